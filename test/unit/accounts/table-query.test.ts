import { describe, expect, it } from 'vitest';
import { queryTable, type TableEntry } from '../../../lib/accounts/table-query';

const e = (id: string, over: Partial<TableEntry> = {}): TableEntry => ({ id, lastSeenAt: 0, score: null, ...over });
const all: TableEntry[] = [
  e('domain:acme.com', { name: 'Acme', lastSeenAt: 3, tier: 'A', tierRank: 0, score: 88 }),
  e('li:beta-labs', { name: 'Beta Labs', lastSeenAt: 5, tier: 'C', tierRank: 2, score: 20 }),
  e('domain:gamma.io', { lastSeenAt: 1, tier: 'DQ', score: 70 }),
  e('li:delta', { name: 'Delta', lastSeenAt: 4 }),
  e('domain:echo.com', { name: 'echo', lastSeenAt: 2, tier: 'B', tierRank: 1, score: 55 }),
];
const ids = (p: ReturnType<typeof queryTable>) => p.entries.map((x) => x.id);

describe('the accounts table query', () => {
  it.each([
    ['last-seen', ['li:beta-labs', 'li:delta', 'domain:acme.com', 'domain:echo.com', 'domain:gamma.io']],
    ['score', ['domain:acme.com', 'domain:gamma.io', 'domain:echo.com', 'li:beta-labs', 'li:delta']],
    ['name', ['domain:acme.com', 'li:beta-labs', 'li:delta', 'domain:echo.com', 'domain:gamma.io']],
    ['tier', ['domain:acme.com', 'domain:echo.com', 'li:beta-labs', 'domain:gamma.io', 'li:delta']],
  ] as const)('sorts by %s (unknown scores and untiered accounts last)', (sort, expected) => {
    expect(ids(queryTable(all, { sort }))).toEqual(expected);
  });

  it('searches names and the domain or slug in the id, case-insensitively', () => {
    expect(ids(queryTable(all, { query: 'GAMMA' }))).toEqual(['domain:gamma.io']);
    expect(ids(queryTable(all, { query: 'labs' }))).toEqual(['li:beta-labs']);
    expect(queryTable(all, { query: 'zzz' }).total).toBe(0);
  });

  it('filters by tier, or by no tier, and lists the tiers present', () => {
    expect(ids(queryTable(all, { tier: 'DQ' }))).toEqual(['domain:gamma.io']);
    expect(ids(queryTable(all, { tier: 'none' }))).toEqual(['li:delta']);
    expect(queryTable(all, {}).tiers).toEqual(['A', 'B', 'C', 'DQ']);
  });

  it('pages: total counts every match, entries only the page', () => {
    const p = queryTable(all, { sort: 'name', offset: 2, limit: 2 });
    expect(p.total).toBe(5);
    expect(ids(p)).toEqual(['li:delta', 'domain:echo.com']);
  });

  it('refuses out-of-range input rather than reading everything', () => {
    expect(() => queryTable(all, { limit: 100_000 })).toThrow();
    expect(() => queryTable(all, { sort: 'evil' as never })).toThrow();
  });
});
