import { startListReader } from '../lib/content/list-reader';

// Reads LinkedIn and Sales Navigator list pages (searches, saved lists, a company's People tab, job
// searches and postings): every row the page shows. Its own script because the single-page script
// (linkedin.content.ts) is at its size budget; it acts only on list URLs (lib/extract/list-detect.ts).
// Nothing is injected into LinkedIn's page: the result lives in the badge and the side panel.
export default defineContentScript({
  matches: ['*://*.linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startListReader(ctx);
  },
});
