// Writing CSV that page text cannot turn against the reader: RFC 4180 quoting, and cells that a
// spreadsheet would run as a formula (= + - @, tab, CR first) neutralised with a leading
// apostrophe (OWASP "CSV injection"). Page text ends up in these cells: it is hostile.

const FORMULA_START = /^[=+\-@\t\r]/;

/** Text cell: neutralised when a spreadsheet would read it as a formula. */
export function safeText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * RFC 4180: quote a field holding a quote, a comma or a line break; double the quotes inside.
 * Also a semicolon or a tab: a spreadsheet set to split on those (Excel in many European locales
 * uses ";") would otherwise start a new cell inside the text, and that cell could start with "="
 * (`Acme;=1+1`); quoted, the field stays one cell whatever the separator.
 */
export function quoteField(field: string): string {
  return /[",;\t\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

export type Cell = string | number | null | undefined;

/** A cell as written: numbers as plain decimals (our own figures), text neutralised, nothing as empty. */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return safeText(cell);
}

/** A whole file: UTF-8 byte-order mark (Excel reads UTF-8 by it), CRLF line ends, header first. */
export function toCsv(header: readonly string[], rows: readonly Cell[][]): string {
  const line = (cells: readonly Cell[]) => cells.map((c) => quoteField(cellText(c))).join(',');
  return '\uFEFF' + [header.map((h) => quoteField(h)).join(','), ...rows.map(line)].join('\r\n') + '\r\n';
}
