import { startEarlyTabView } from '../hooks/early-tab-view';
import { earlyPaint } from '../hooks/early-paint';

// A classic script in sidepanel.html's head (not part of the module bundle): it runs while the
// page is parsed, so the tab's view is on its way before the panel's JS is even fetched, and its
// header (with the tier) is drawn as soon as it comes, before React (hooks/early-paint.ts).
export default defineUnlistedScript(() => {
  startEarlyTabView();
  window.__icpEarlyTabView?.promise.then(earlyPaint).catch(() => undefined);
});
