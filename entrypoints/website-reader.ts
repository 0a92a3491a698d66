import { readWebsite } from '../lib/extract/website';

// Injected on demand (scripting.executeScript with activeTab) into a company website the rep
// is looking at; returns what it read (and the log of text the background parses). Not a
// persistent content script: nothing runs on sites the rep did not ask about. The background
// sets __icpFitGlobals (names of known page globals found by the main-world probe) just before.
export default defineUnlistedScript(() => {
  const globals = (globalThis as { __icpFitGlobals?: unknown }).__icpFitGlobals;
  const names = Array.isArray(globals) ? globals.filter((g): g is string => typeof g === 'string') : [];
  return readWebsite(location.href, document, names);
});
