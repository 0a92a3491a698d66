// Delimited text as CRMs and spreadsheets export it (RFC 4180 and its local variants): the
// delimiter is sniffed from the header line (`,` `;` tab `|`; an Excel "sep=;" first line wins),
// quoted fields hold delimiters, "" and line breaks, CRLF or LF, an optional byte-order mark.
// Cells stay text. Hostile files are bounded: total size, rows, columns and cell length are capped
// and every cap that was hit is reported, never silent.

/** maxColumns: a CRM export with every property has a few hundred; a line of a million commas would
 * otherwise become a million columns in every mapping list of the options page. */
export const CSV_LIMITS = { maxChars: 50 * 1024 * 1024, maxRows: 200_000, maxCell: 2000, maxColumns: 2000 };
export type CsvLimits = typeof CSV_LIMITS;

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export type DelimitedResult =
  | { ok: true; header: string[]; rows: string[][]; delimiter: Delimiter; notes: string[] }
  | { ok: false; message: string };

interface Options extends Partial<CsvLimits> {
  /** fixed delimiter (no sniffing) */
  delimiter?: Delimiter;
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** Text of a CRM export → header and rows, or a message a person can act on. Never throws. */
export function parseDelimited(input: string, opts: Options = {}): DelimitedResult {
  const limits = { ...CSV_LIMITS, ...opts };
  if (typeof input !== 'string') return { ok: false, message: 'not a text file' };
  if (input.length > limits.maxChars) return { ok: false, message: `the file is larger than ${Math.round(limits.maxChars / 1024 / 1024)} MB` };
  let src = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const sep = /^sep=([,;\t|])\r?\n/.exec(src);
  if (sep) src = src.slice(sep[0].length);
  const delimiter = opts.delimiter ?? (sep?.[1] as Delimiter | undefined) ?? sniffDelimiter(src);
  const parsed = scan(src, delimiter.charCodeAt(0), limits);
  if ('message' in parsed) return { ok: false, message: parsed.message };
  const [header, ...rows] = parsed.records;
  if (!header) return { ok: false, message: 'the file is empty' };
  return { ok: true, header: header.map((h) => h.trim()), rows, delimiter, notes: parsed.notes };
}

/** The delimiter that splits the first line (outside quotes) into the most columns; "," on a tie. */
export function sniffDelimiter(src: string): Delimiter {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (let i = 0; i < src.length && i < 64 * 1024; i++) {
    const c = src[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best: Delimiter = ',';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

interface Scanned {
  records: string[][];
  notes: string[];
}

// One pass over char codes, slicing unquoted fields rather than appending characters: 100,000
// rows parse in well under a second.
function scan(src: string, delim: number, limits: CsvLimits): Scanned | { message: string } {
  const records: string[][] = [];
  let row: string[] = [];
  let longCells = 0;
  let cutColumns = 0;
  let truncatedAt = 0;
  let line = 1;
  const cell = (text: string) => {
    if (text.length <= limits.maxCell) return text;
    longCells++;
    return text.slice(0, limits.maxCell);
  };
  const push = (text: string) => {
    if (row.length < limits.maxColumns) row.push(cell(text));
    else cutColumns++;
  };
  const endRow = () => {
    if (row.length > 1 || row[0] !== '') records.push(row);
    row = [];
  };
  let i = 0;
  const n = src.length;
  while (i <= n) {
    if (records.length > limits.maxRows && i < n) {
      truncatedAt = line;
      break;
    }
    if (src.charCodeAt(i) === QUOTE) {
      const startLine = line;
      let text = '';
      let from = ++i;
      for (;;) {
        const q = src.indexOf('"', i);
        if (q < 0) return { message: `a quoted field opened on line ${startLine} is not closed` };
        line += countLines(src, i, q);
        if (src.charCodeAt(q + 1) === QUOTE) {
          // past the cell cap the rest is cut anyway: no need to build it (a field of 25 million "")
          if (text.length <= limits.maxCell) text += src.slice(from, q + 1);
          i = from = q + 2;
          continue;
        }
        if (text.length <= limits.maxCell) text += src.slice(from, q);
        i = q + 1;
        break;
      }
      // text after a closing quote (`"a"b`) is kept, as spreadsheets do
      const end = nextBreak(src, i, delim);
      push(text.length <= limits.maxCell ? text + src.slice(i, end) : text);
      i = end;
    } else {
      const end = nextBreak(src, i, delim);
      push(src.slice(i, end));
      i = end;
    }
    const c = src.charCodeAt(i);
    if (c === delim) {
      i++;
      continue;
    }
    if (c === CR && src.charCodeAt(i + 1) === LF) i++;
    i++;
    line++;
    endRow();
  }
  const notes: string[] = [];
  if (truncatedAt) notes.push(`only the first ${limits.maxRows.toLocaleString('en-US')} rows were read (the file has more)`);
  if (cutColumns) notes.push(`only the first ${limits.maxColumns.toLocaleString('en-US')} columns were read (${cutColumns.toLocaleString('en-US')} cell${cutColumns > 1 ? 's' : ''} beyond them left out)`);
  if (longCells) notes.push(`${longCells} cell${longCells > 1 ? 's were' : ' was'} longer than ${limits.maxCell} characters and cut`);
  return { records, notes };
}

function nextBreak(src: string, from: number, delim: number): number {
  for (let j = from; j < src.length; j++) {
    const c = src.charCodeAt(j);
    if (c === delim || c === LF || c === CR) return j;
  }
  return src.length;
}

/**
 * Line breaks between `from` and `to` only: `indexOf('\n', from)` looked past `to` to the next
 * break, so a quoted field of millions of "" pairs (one call per pair) scanned the rest of the
 * field each time: quadratic, minutes for a 10 MB field.
 */
function countLines(src: string, from: number, to: number): number {
  let k = 0;
  for (let j = from; j < to; j++) if (src.charCodeAt(j) === LF) k++;
  return k;
}
