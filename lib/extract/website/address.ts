import { all, first, lines, text } from '../core/dom';
import { has, type Reader } from '../core/facts';
import { putAddress } from '../core/place';
import { ADDRESS_BLOCKS, MICRODATA } from './selectors';

// A postal address the site shows when it has no JSON-LD one: schema.org microdata, else a
// "City, ST 12345" line (a US address: ZIP after a two-letter state) in <address> or the footer.
// Only patterns that name the place unambiguously are read; anything else stays unknown.

const US_STATES = new Set(
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR'.split(' '),
);
const US_LINE = /(?:^|,\s*|\s)([A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*){0,3}),\s*([A-Z]{2})\s+(\d{5})(?:-\d{4})?(?:,?\s*(?:USA|US|United States))?$/;

function readMicrodata(r: Reader): boolean {
  const scope = first(r.doc, ['[itemtype*="PostalAddress"]']);
  if (!scope) return false;
  const city = text(first(scope, [MICRODATA.city]), 200);
  const state = text(first(scope, [MICRODATA.region]), 200);
  const country = text(first(scope, [MICRODATA.country]), 100);
  if (!city && !country) return false;
  putAddress(r, { city, state, country }, `address: ${text(scope, 200)}`);
  return true;
}

/** "Suite 2 Durham, NC 27701" → {city: "Durham", state: "NC", country: "US"} when the state is a US state. */
export function parseUsAddressLine(line: string): { city: string; state: string; country: string } | null {
  const m = US_LINE.exec(line.trim());
  if (!m) return null;
  const city = m[1]!.replace(/^(Suite|Ste|Floor|Fl|Unit)\b.*$/i, '').trim();
  if (!city || !US_STATES.has(m[2]!)) return null;
  return { city, state: m[2]!, country: 'US' };
}

function readAddressLines(r: Reader): void {
  for (const sel of ADDRESS_BLOCKS) {
    for (const block of all(r.doc, sel, 150)) {
      for (const line of lines(block, 20)) {
        const hit = parseUsAddressLine(line);
        if (hit) {
          putAddress(r, hit, `address: ${line}`);
          return;
        }
      }
    }
  }
}

export function readAddress(r: Reader): void {
  if (has(r, 'hqCity') || has(r, 'hqCountry')) return;
  if (!readMicrodata(r)) readAddressLines(r);
}
