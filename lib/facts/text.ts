const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]/g;

/** Page text → one clean line: invisible/bidi controls removed, whitespace collapsed, capped. */
export function cleanText(input: unknown, max = 2000): string {
  if (typeof input !== 'string') return '';
  const s = input.length > max * 4 ? input.slice(0, max * 4) : input;
  const out = s.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  return out.length > max ? out.slice(0, max - 1) + '…' : out;
}
