import { extractWebsite } from '@/lib/extract/website';

// Injected on demand (scripting.executeScript with activeTab) into a company website the rep
// is looking at; returns what it read. Not a persistent content script: nothing runs on sites
// the rep did not ask about.
export default defineUnlistedScript(() => {
  return { observation: extractWebsite(location.href, document) };
});
