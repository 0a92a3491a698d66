// Size caps for anything read from a page or a file. Plain constants (no zod) so the content
// script can import them without pulling in a validation runtime.
/** Longest text kept for any single value. */
export const MAX_TEXT = 2000;
/** Longest evidence snippet. */
export const MAX_EVIDENCE_TEXT = 200;
/** Most items kept in a list fact (technologies, specialties, open roles). */
export const MAX_LIST = 200;
/** Longest list item. */
export const MAX_ITEM = 200;
/** Longest URL kept. */
export const MAX_URL = 2048;
/** Most rows kept from one list page (search results, saved lists): LinkedIn shows 10–25 a page, SN up to 100. */
export const MAX_LIST_ROWS = 1000;
