import { pinnedTabId, startEarlyTabView } from '../hooks/early-tab-view';
import { earlyPaint, headlineOfView, paintFromBadge } from '../hooks/early-paint';

// A classic script in sidepanel.html's head (not part of the module bundle): it runs while the
// page is parsed, so the tab's view is on its way before the panel's JS is even fetched, and its
// header (with the tier) is drawn before React: from the tab's badge headline in storage.session,
// or from the view if that comes first (hooks/early-paint.ts).
export default defineUnlistedScript(() => {
  startEarlyTabView();
  // the badge's headline usually comes first (no worker hop); whichever comes first draws
  paintFromBadge(pinnedTabId()).catch(() => undefined);
  window.__icpEarlyTabView?.promise.then((view) => earlyPaint(headlineOfView(view), 'view')).catch(() => undefined);
});
