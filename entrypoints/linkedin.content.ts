import { startPageReader } from '../lib/content/page-reader';
import { readLinkedInFamily } from '../lib/extract/sites';

// Reads LinkedIn company pages, profiles and Sales Navigator. Nothing is injected into
// LinkedIn's page: the result lives in the badge and the side panel.
export default defineContentScript({
  matches: ['*://*.linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startPageReader(ctx, readLinkedInFamily);
  },
});
