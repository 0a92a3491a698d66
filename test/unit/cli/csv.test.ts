import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../lib/cli/csv';

describe('parseCsv', () => {
  it('reads quoted fields with commas, quotes and line breaks, CRLF and a BOM', () => {
    const r = parseCsv('\uFEFFname,notes\r\n"Acme, Inc.","said ""hi""\nthen left"\r\nB,\n');
    expect(r).toEqual({ ok: true, header: ['name', 'notes'], rows: [['Acme, Inc.', 'said "hi"\nthen left'], ['B', '']] });
  });

  it('skips blank lines and keeps a last line without a newline', () => {
    expect(parseCsv('a,b\n\n1,2')).toEqual({ ok: true, header: ['a', 'b'], rows: [['1', '2']] });
  });

  it('reports an unclosed quote and an empty file', () => {
    expect(parseCsv('a\n"open')).toEqual({ ok: false, message: 'a quoted field is not closed' });
    expect(parseCsv('')).toEqual({ ok: false, message: 'the file is empty' });
  });
});
