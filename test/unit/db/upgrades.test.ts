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
