import { startEarlyTabView } from '../hooks/early-tab-view';

// A classic script in sidepanel.html's head (not part of the module bundle): it runs while the
// page is parsed, so the tab's view is on its way before the panel's JS is even fetched.
export default defineUnlistedScript(() => {
  startEarlyTabView();
});
