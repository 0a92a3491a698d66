import { startPageReader } from '../lib/content/page-reader';
import { readCrunchbase } from '../lib/extract/crunchbase/read';

// Reads Crunchbase organisation pages (funding stage, last round, total raised, size band, HQ).
// Nothing is injected into the page.
export default defineContentScript({
  matches: ['*://*.crunchbase.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startPageReader(ctx, readCrunchbase);
  },
});
