import { describe, expect, it } from 'vitest';
import { parseDelimited, sniffDelimiter } from '../../../lib/insights/csv';

describe('parseDelimited', () => {
  it.each([
    [',', 'name,stage\nAcme,Won\n'],
    [';', 'name;stage\nAcme;Won\n'],
    ['\t', 'name\tstage\nAcme\tWon\n'],
    ['|', 'name|stage\nAcme|Won\n'],
  ])('sniffs the delimiter %j from the header line', (delimiter, text) => {
    expect(parseDelimited(text)).toMatchObject({ ok: true, delimiter, header: ['name', 'stage'], rows: [['Acme', 'Won']] });
  });

  it('a delimiter inside quotes in the header does not count', () => {
    expect(sniffDelimiter('"a;b;c",d\n1,2')).toBe(',');
  });

  it("honours Excel's sep= line", () => {
    expect(parseDelimited('sep=;\r\na,b;c\r\n1,5;2\r\n')).toMatchObject({ ok: true, delimiter: ';', header: ['a,b', 'c'], rows: [['1,5', '2']] });
  });

  it('reads a BOM, CRLF, quoted delimiters, "" and line breaks inside quotes', () => {
    const r = parseDelimited('\uFEFFname;notes\r\n"Acme; Inc.";"said ""hi""\r\nthen left"\r\nB;\r\n');
    expect(r).toMatchObject({ ok: true, header: ['name', 'notes'], rows: [['Acme; Inc.', 'said "hi"\r\nthen left'], ['B', '']] });
  });

  it('skips blank lines, keeps a last line without a newline and short rows as they are', () => {
    expect(parseDelimited('a,b,c\n\n1,2\n3,4,5')).toMatchObject({ ok: true, rows: [['1', '2'], ['3', '4', '5']] });
  });

  it('an unclosed quote says on which line it opened', () => {
    expect(parseDelimited('a,b\n1,2\n3,"open\nmore')).toEqual({ ok: false, message: 'a quoted field opened on line 3 is not closed' });
  });

  it('empty and oversized files are refused with a message', () => {
    expect(parseDelimited('')).toEqual({ ok: false, message: 'the file is empty' });
    expect(parseDelimited('\n\n\r\n')).toEqual({ ok: false, message: 'the file is empty' });
    expect(parseDelimited('a,b\n1,2\n', { maxChars: 4 })).toEqual({ ok: false, message: expect.stringMatching(/^the file is larger than/) });
  });

  it('caps rows and cell length, and says so', () => {
    const r = parseDelimited(`a,b\n1,${'x'.repeat(50)}\n2,2\n3,3\n`, { maxRows: 2, maxCell: 10 });
    expect(r).toMatchObject({ ok: true, rows: [['1', 'x'.repeat(10)], ['2', '2']] });
    expect(r.ok && r.notes).toEqual(['only the first 2 rows were read (the file has more)', '1 cell was longer than 10 characters and cut']);
    expect(parseDelimited('a\n1\n2\n', { maxRows: 2 })).toMatchObject({ ok: true, notes: [] });
  });

  it('caps columns, and says so: a line of a million commas is not a million columns', () => {
    const r = parseDelimited(`a,b,c,d\n1,2,3,4\n5,6\n`, { maxColumns: 3 });
    expect(r).toMatchObject({ ok: true, header: ['a', 'b', 'c'], rows: [['1', '2', '3'], ['5', '6']] });
    expect(r.ok && r.notes).toEqual(['only the first 3 columns were read (2 cells beyond them left out)']);
    const wide = parseDelimited(','.repeat(1_000_000) + '\n1\n');
    expect(wide.ok && wide.header.length).toBe(2000);
  });

  it('a quoted cell of millions of "" pairs is cut without being built whole', () => {
    const text = `a,b\n"${'""'.repeat(5_000_000)}x",2\n"${'y'.repeat(30)}"tail,3\n`;
    const r = parseDelimited(text, { maxCell: 10 });
    expect(r).toMatchObject({ ok: true, rows: [['"'.repeat(10), '2'], ['y'.repeat(10), '3']] });
    expect(r.ok && r.notes).toEqual(['2 cells were longer than 10 characters and cut']);
    const short = parseDelimited('a\n"say ""hi"""after\n', { maxCell: 20 });
    expect(short).toMatchObject({ ok: true, rows: [['say "hi"after']] });
  });

  it('reads 100,000 rows with quoted cells in well under a second', () => {
    const text = 'name,industry,employees\n' + Array.from({ length: 100_000 }, (_, i) => `"Acme ${i}, Inc",Software Development,${i}`).join('\n');
    const t = performance.now();
    const r = parseDelimited(text);
    expect(performance.now() - t).toBeLessThan(3000);
    expect(r.ok && r.rows.length).toBe(100_000);
    expect(r.ok && r.rows[99_999]).toEqual(['Acme 99999, Inc', 'Software Development', '99999']);
  });
});
