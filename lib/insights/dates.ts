// Dates as CRMs export them: "2026-03-15", "2026-03-15 10:22", "2026-03-15T10:22:00Z",
// "15.03.2026" (day first, as dotted dates always are), "3/15/2026" or "15/3/2026". A slashed
// date's order is decided once per column, from a value that can only be read one way (a part
// above 12); when every value fits both readings, the dates stay unknown rather than guessed.

export type DateOrder = 'dmy' | 'mdy' | null;

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T ])/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:$|\s)/;
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:$|\s|,)/;

/** The order of slashed dates in one column, or null when there are none or none can tell. */
export function dateOrderOf(rows: readonly string[][], column: number | undefined): DateOrder {
  if (column === undefined) return null;
  for (const r of rows) {
    const m = SLASHED.exec((r[column] ?? '').trim());
    if (!m) continue;
    if (Number(m[1]) > 12) return 'dmy';
    if (Number(m[2]) > 12) return 'mdy';
  }
  return null;
}

/** A date cell → YYYY-MM-DD, or undefined when it is blank, not a date or ambiguous. */
export function isoDate(text: string, order: DateOrder): string | undefined {
  const t = text.trim();
  if (!t) return undefined;
  let m = ISO.exec(t);
  if (m) return valid(+m[1]!, +m[2]!, +m[3]!);
  m = DOTTED.exec(t);
  if (m) return valid(+m[3]!, +m[2]!, +m[1]!);
  m = SLASHED.exec(t);
  if (!m || !order) return undefined;
  return order === 'dmy' ? valid(+m[3]!, +m[2]!, +m[1]!) : valid(+m[3]!, +m[1]!, +m[2]!);
}

function valid(y: number, mo: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}
