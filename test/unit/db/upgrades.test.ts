import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { IcpDatabase, SCHEMAS } from '../../../lib/db/database';
import { allResults, getResult, PACKS, packOf } from '../../../lib/db/results-repo';
import type { ResultRow } from '../../../lib/db/rows';
import { allInputs, getInput, INPUT_PACKS, inputPackOf } from '../../../lib/db/inputs-repo';
import type { ScoringInputRow } from '../../../lib/db/scoring-inputs';

// Every released schema keeps a fixture (test/fixtures/db/v<N>.json). A database written by that
// version, opened by today's code, must keep every row.
const DIR = path.resolve(import.meta.dirname, '../../fixtures/db');
const fixtures = readdirSync(DIR).filter((f) => /^v\d+\.json$/.test(f));
/** Typed arrays (schema 5's packs) are written in a fixture as {"$f64": [...]} / {"$u16": [...]} / {"$u32": [...]} / {"$u8": [...]}, null for NaN. */
const revive = (_: string, v: unknown) => {
  if (v && typeof v === 'object' && '$f64' in v) return Float64Array.from((v as { $f64: (number | null)[] }).$f64, (x) => x ?? NaN);
  if (v && typeof v === 'object' && '$u16' in v) return Uint16Array.from((v as { $u16: number[] }).$u16);
  if (v && typeof v === 'object' && '$u32' in v) return Uint32Array.from((v as { $u32: number[] }).$u32);
  if (v && typeof v === 'object' && '$u8' in v) return Uint8Array.from((v as { $u8: number[] }).$u8);
  return v;
};

describe('database upgrades', () => {
  it('has a fixture for every released schema', () => {
    expect(fixtures.map((f) => Number(f.slice(1, -5))).sort()).toEqual(SCHEMAS.map((s) => s.version));
  });

  it.each(fixtures)('opens a database written by schema %s with everything intact', async (file) => {
    const fixture = JSON.parse(readFileSync(path.join(DIR, file), 'utf8'), revive) as { version: number; tables: Record<string, unknown[]> };
    const name = `upgrade-${fixture.version}`;
    const old = new Dexie(name);
    for (const s of SCHEMAS.filter((s) => s.version <= fixture.version)) old.version(s.version).stores(s.stores);
    await old.open();
    for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
    old.close();

    const current = new IcpDatabase(name);
    await current.open();
    expect(current.verno).toBe(SCHEMAS[SCHEMAS.length - 1]!.version);
    for (const [table, rows] of Object.entries(fixture.tables)) {
      // schema 4 moved the result rows into packs (results-repo.ts): counted as results, one per account
      if (table === 'results') expect(await allResults(current), table).toHaveLength(rows.length);
      // schema 5 moved the scoring inputs into packs (inputs-repo.ts): counted one per account
      else if (table === 'scoringInputs') expect(await allInputs(current), table).toHaveLength(rows.length);
      else expect(await current.table(table).count(), table).toBe(rows.length);
    }
    // every result headline reads back, whichever shape its version stored it in
    const results = fixture.tables.results ?? (fixture.tables.resultPacks as { rows?: unknown[]; ids?: unknown[] }[] | undefined)?.flatMap((p) => p.rows ?? p.ids ?? []) ?? [];
    expect((await allResults(current)).map((r) => typeof r.playbookVersion)).toEqual(results.map(() => 'string'));
    const acme = await current.accounts.get('li:acme-analytics');
    expect(acme?.facts.industry?.source).toBe('rep');
    expect(await current.accounts.where('keys').equals('domain:acme-analytics.io').count()).toBe(1);
    await current.delete();
  });
});

describe('schema 3 (issue 20)', () => {
  it('rebuilds the scoring inputs of a schema-2 database with each fact\'s observedAt, and indexes changedAt', async () => {
    const fixture = JSON.parse(readFileSync(path.join(DIR, 'v2.json'), 'utf8')) as { tables: Record<string, unknown[]> };
    const old = new Dexie('upgrade-2-to-3');
    for (const s of SCHEMAS.filter((s) => s.version <= 2)) old.version(s.version).stores(s.stores);
    await old.open();
    for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
    old.close();
    const current = new IcpDatabase('upgrade-2-to-3');
    await current.open();
    const input = await getInput(current, 'li:acme-analytics');
    expect(input?.facts.name?.observedAt).toBe(1763856000000);
    await current.accounts.update('li:acme-analytics', { changedAt: 5 });
    expect(await current.accounts.where('changedAt').above(0).primaryKeys()).toEqual(['li:acme-analytics']);
    await current.delete();
  });
});

describe('schema 4 (issue 17)', () => {
  const best = { icpId: 'i', icpName: 'Mid-market SaaS', tier: 'B', tierRank: 1, tierCount: 3, score: 50, coverage: 0.5 };
  const row = (accountId: string, i: number): ResultRow => ({ accountId, playbookVersion: `p@${i % 3}`, scoredAt: i, tier: 'B', score: i % 100, best: { ...best, score: i % 100 } });

  it('moves every result row of a schema-3 database into packs, each row unchanged, and drops the results table', async () => {
    const fixture = JSON.parse(readFileSync(path.join(DIR, 'v3.json'), 'utf8')) as { tables: Record<string, unknown[]> };
    const old = new Dexie('upgrade-3-to-4');
    for (const s of SCHEMAS.filter((s) => s.version <= 3)) old.version(s.version).stores(s.stores);
    await old.open();
    for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
    // 1,000 results, ids out of order: more than one per pack
    const rows = Array.from({ length: 1000 }, (_, i) => row(`li:co-${(i * 7919) % 1000}`, i));
    await old.table('results').bulkAdd(rows);
    old.close();

    const current = new IcpDatabase('upgrade-3-to-4');
    await current.open();
    expect(current.tables.map((t) => t.name)).not.toContain('results');
    expect(await allResults(current)).toEqual([...rows].sort((a, b) => (a.accountId < b.accountId ? -1 : 1)));
    expect(await getResult(current, 'li:co-7')).toEqual(rows.find((r) => r.accountId === 'li:co-7'));
    const packs = await current.resultPacks.toArray();
    expect(packs.length).toBeLessThanOrEqual(PACKS);
    for (const p of packs) expect(p.ids.every((id) => packOf(id) === p.pack)).toBe(true);
    await current.delete();
  });
});

describe('schema 5 (issue 17)', () => {
  it('moves every scoring input of a schema-4 database into packs, each input unchanged, and drops the scoringInputs table', async () => {
    const fixture = JSON.parse(readFileSync(path.join(DIR, 'v4.json'), 'utf8')) as { tables: Record<string, unknown[]> };
    const old = new Dexie('upgrade-4-to-5');
    for (const s of SCHEMAS.filter((s) => s.version <= 4)) old.version(s.version).stores(s.stores);
    await old.open();
    for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
    // 1,000 more, ids out of order, with and without sources and read times: many per pack
    const inputs = Array.from({ length: 1000 }, (_, i) => ({
      id: `li:co-${(i * 7919) % 1000}`,
      facts: { employees: { value: i, source: i % 2 ? 'rep' : 'linkedin-company', observedAt: i % 3 ? 1_700_000_000_000 + i : undefined }, ...(i % 5 ? {} : { hqCountry: { value: 'US', observedAt: 5 } }) },
    }));
    await old.table('scoringInputs').bulkAdd(inputs);
    const before = (await old.table('scoringInputs').toArray()) as ScoringInputRow[];
    old.close();

    const current = new IcpDatabase('upgrade-4-to-5');
    await current.open();
    expect(current.tables.map((t) => t.name)).not.toContain('scoringInputs');
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    expect((await allInputs(current)).sort(byId)).toEqual(before.sort(byId));
    expect(await getInput(current, 'li:co-7')).toEqual(before.find((r) => r.id === 'li:co-7'));
    const packs = await current.inputPacks.toArray();
    expect(packs.length).toBeLessThanOrEqual(INPUT_PACKS);
    for (const p of packs) expect(p.ids.every((id) => inputPackOf(id) === p.pack)).toBe(true);
    await current.delete();
  });
});
