import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IcpDatabase } from '../../../lib/db/database';
import { recordObservation } from '../../../lib/db/accounts-repo';
import type { PageObservation } from '../../../lib/facts/model';
import { getInput } from '../../../lib/db/inputs-repo';

let database: IcpDatabase;
let n = 0;
beforeEach(() => {
  database = new IcpDatabase(`history-${++n}`);
});
afterEach(async () => {
  await database.delete();
});

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 9, 6);
const URL = 'https://www.linkedin.com/company/acme/';
const acme = (employees: number, followers = 1000): PageObservation => ({
  pageType: 'linkedin-company',
  url: URL,
  facts: {
    name: { value: 'Acme', evidence: { source: 'linkedin-company', url: URL, text: 'Acme' } },
    employees: { value: employees, evidence: { source: 'linkedin-company', url: URL, text: `${employees} employees` } },
    followers: { value: followers, evidence: { source: 'linkedin-company', url: URL, text: `${followers} followers` } },
  },
  missing: [],
});

describe('history on the observation path (issue 20)', () => {
  it('keeps the history in the account row, derives headcount growth, and marks the account changed', async () => {
    await recordObservation(database, 'obs-1', acme(180), T0);
    const first = await database.accounts.get('li:acme');
    expect(first?.changedAt).toBeUndefined();
    expect(first?.facts.headcountGrowth).toBeUndefined();

    await recordObservation(database, 'obs-2', acme(214), T0 + 60 * DAY);
    const account = (await database.accounts.get('li:acme'))!;
    expect(account.history?.employees?.map((e) => e.value)).toEqual([180, 214]);
    expect(account.changedAt).toBe(T0 + 60 * DAY);
    expect(account.facts.headcountGrowth?.value).toBe(18.9);
    expect(account.facts.headcountGrowth?.evidence[0]?.text).toContain('180 employees; ');
    // rescoring reads the derived fact from the scoring inputs, with its date, never the history
    const input = await getInput(database, 'li:acme');
    expect(input?.facts.headcountGrowth).toEqual({ value: 18.9, source: 'linkedin-company', observedAt: T0 + 60 * DAY });
    expect(JSON.stringify(input)).not.toContain('firstAt');
  });

  it('a repeat visit with the same values keeps changedAt where it was', async () => {
    await recordObservation(database, 'obs-1', acme(180), T0);
    await recordObservation(database, 'obs-2', acme(180, 1100), T0 + DAY);
    await recordObservation(database, 'obs-3', acme(180, 1100), T0 + 2 * DAY);
    const account = (await database.accounts.get('li:acme'))!;
    expect(account.changedAt).toBe(T0 + DAY);
    expect(account.history?.followers?.at(-1)).toMatchObject({ value: 1100, firstAt: T0 + DAY, lastAt: T0 + 2 * DAY });
  });
});
