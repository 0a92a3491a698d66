const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "Mar 14, 2024", "14 March 2024", "2024-03-14" → "2024-03-14"; a month or year alone is not a date. */
export function parseDate(text: string): string | null {
  const t = text.trim().slice(0, 60);
  const iso = /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(t);
  if (iso) return valid(+iso[1]!, +iso[2]!, +iso[3]!);
  const mdy = /\b([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b/.exec(t);
  if (mdy) return valid(+mdy[3]!, MONTHS.indexOf(mdy[1]!.toLowerCase()) + 1, +mdy[2]!);
  const dmy = /\b(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})\b/.exec(t);
  if (dmy) return valid(+dmy[3]!, MONTHS.indexOf(dmy[2]!.toLowerCase()) + 1, +dmy[1]!);
  return null;
}

function valid(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || new Date(Date.UTC(y, m - 1, d)).getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
