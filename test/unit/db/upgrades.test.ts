import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { IcpDatabase, SCHEMAS } from '../../../lib/db/database';

// Every released schema keeps a fixture (test/fixtures/db/v<N>.json). A database written by that
// version, opened by today's code, must keep every row.
const DIR = path.resolve(import.meta.dirname, '../../fixtures/db');
const fixtures = readdirSync(DIR).filter((f) => /^v\d+\.json$/.test(f));

describe('database upgrades', () => {
  it('has a fixture for every released schema', () => {
    expect(fixtures.map((f) => Number(f.slice(1, -5))).sort()).toEqual(SCHEMAS.map((s) => s.version));
  });

  it.each(fixtures)('opens a database written by schema %s with everything intact', async (file) => {
    const fixture = JSON.parse(readFileSync(path.join(DIR, file), 'utf8')) as { version: number; tables: Record<string, unknown[]> };
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
      expect(await current.table(table).count(), table).toBe(rows.length);
    }
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
    const input = await current.scoringInputs.get('li:acme-analytics');
    expect(input?.facts.name?.observedAt).toBe(1763856000000);
    await current.accounts.update('li:acme-analytics', { changedAt: 5 });
    expect(await current.accounts.where('changedAt').above(0).primaryKeys()).toEqual(['li:acme-analytics']);
    await current.delete();
  });
});
