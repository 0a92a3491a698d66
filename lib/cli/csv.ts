// RFC 4180 CSV as spreadsheets export it: quoted fields, "" inside quotes, commas and line breaks
// inside quotes, CRLF or LF, an optional byte-order mark. No type guessing here: cells stay text.

export type CsvResult = { ok: true; header: string[]; rows: string[][] } | { ok: false; message: string };

export function parseCsv(text: string): CsvResult {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (src[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      records.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (quoted) return { ok: false, message: 'a quoted field is not closed' };
  if (field !== '' || row.length) {
    row.push(field);
    records.push(row);
  }
  const nonEmpty = records.filter((r) => r.length > 1 || r[0] !== '');
  const [header, ...rows] = nonEmpty;
  if (!header) return { ok: false, message: 'the file is empty' };
  return { ok: true, header: header.map((h) => h.trim()), rows };
}
