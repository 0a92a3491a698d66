import { readAs, type PageRead } from '../read';
import { extractCrunchbase } from './index';

/** The Crunchbase content script's pass (no parsers: the background replays the log). */
export function readCrunchbase(url: string, doc: Document): PageRead {
  const isOrg = /^https:\/\/(www\.)?crunchbase\.com\/organization\/[^/?#]+/i.test(typeof url === 'string' ? url : '');
  return readAs(isOrg ? 'crunchbase-org' : 'unknown', url, doc, undefined, isOrg ? extractCrunchbase : undefined);
}
