import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IcpDatabase } from '../../../lib/db/database';
import { recordObservation } from '../../../lib/db/accounts-repo';
import { attachKey, keepApart, mergeChosen, splitAccount } from '../../../lib/db/identity-repo';
import { conflictSentence } from '../../../lib/accounts/identity-labels';
import type { PageObservation } from '../../../lib/facts/model';
import { AccountRow } from '../../../lib/accounts/account-row';

// Issue 15 part 2: a page's claims never merge two accounts silently; a merge keeps everything
// and can be split again.
let database: IcpDatabase;
let n = 0;
beforeEach(() => {
  database = new IcpDatabase(`identity-${++n}`);
});
afterEach(async () => {
  await database.delete();
});

const ev = (source: PageObservation['pageType'], text: string) => ({ source, url: 'https://x', text });
const linkedin = (slug: string, website?: string, industry = 'Software Development'): PageObservation => ({
  pageType: 'linkedin-company',
  url: `https://www.linkedin.com/company/${slug}/`,
  facts: {
    name: { value: slug.toUpperCase(), evidence: ev('linkedin-company', slug) },
    industry: { value: industry, evidence: ev('linkedin-company', industry) },
    ...(website ? { website: { value: website, evidence: ev('linkedin-company', website) } } : {}),
  },
  missing: [],
});
const site = (domain: string, linkedinUrl?: string): PageObservation => ({
  pageType: 'company-website',
  url: `https://www.${domain}/`,
  facts: {
    technologies: { value: ['HubSpot'], evidence: ev('company-website', 'js.hs-scripts.com') },
    ...(linkedinUrl ? { linkedinUrl: { value: linkedinUrl, evidence: ev('company-website', linkedinUrl) } } : {}),
  },
  missing: [],
});
const person = (name: string, savedAt: number) => ({ name, title: 'VP Sales', savedAt });

/** The victim: known as linkedin.com/company/y with website victim.com, an answer, an outcome, a contact. */
async function victim(): Promise<AccountRow> {
  await recordObservation(database, 'obs-y-000001', linkedin('y', 'https://victim.com', 'Banking'), 1000);
  const row = (await database.accounts.get('domain:victim.com'))!;
  await database.accounts.put({ ...row, people: [person('Yvonne', 1100)] });
  await database.answers.put({ accountId: row.id, criterionId: 'budget', value: true, answeredAt: 1200 });
  await database.outcomes.put({ accountId: row.id, status: 'won', value: 40000, updatedAt: 1300 });
  return (await database.accounts.get(row.id))!;
}

describe('a page claiming another account’s key', () => {
  it('keeps both apart, marks the conflict on both and says so in the rep’s words', async () => {
    const before = await victim();
    const rec = await recordObservation(database, 'obs-x-000001', linkedin('x', 'https://victim.com'), 2000);
    expect(await database.accounts.count()).toBe(2);
    expect(rec?.account.id).toBe('li:x');
    expect(rec?.account.keys).toEqual(['li:x']);
    const after = (await database.accounts.get('domain:victim.com'))!;
    expect({ ...after, conflicts: undefined }).toEqual({ ...before, conflicts: undefined });
    expect((await database.outcomes.get('domain:victim.com'))?.status).toBe('won');
    for (const row of [rec!.account, after]) {
      expect(row.conflicts).toHaveLength(1);
      expect(conflictSentence(row.conflicts![0]!)).toBe('linkedin.com/company/x says its website is victim.com, which you already know as linkedin.com/company/y.');
    }
    expect(rec!.account.conflicts![0]!.otherAccountId).toBe('domain:victim.com');
    expect(after.conflicts![0]!.otherAccountId).toBe('li:x');
  });

  it('remembers “keep apart”: the same claim again raises no conflict and moves nothing', async () => {
    await victim();
    await recordObservation(database, 'obs-x-000001', linkedin('x', 'https://victim.com'), 2000);
    await keepApart(database, 'li:x', { otherAccountId: 'domain:victim.com', key: 'domain:victim.com' });
    await recordObservation(database, 'obs-x-000002', linkedin('x', 'https://victim.com'), 3000);
    const [x, v] = await database.accounts.bulkGet(['li:x', 'domain:victim.com']);
    expect([x?.conflicts, v?.conflicts]).toEqual([undefined, undefined]);
    expect(x?.keptApart).toEqual(['domain:victim.com']);
    expect(v?.keptApart).toEqual(['li:x']);
    expect(x?.keys).toEqual(['li:x']);
    expect(await database.observations.where('accountId').equals('li:x').count()).toBe(2);
  });

  it('a website linking another LinkedIn page than the one its account has: the key is not taken, the conflict is shown', async () => {
    await victim();
    const rec = await recordObservation(database, 'obs-site-0001', site('victim.com', 'https://www.linkedin.com/company/x/'), 2000);
    expect(rec?.account.id).toBe('domain:victim.com');
    expect(rec?.account.keys).toEqual(['domain:victim.com', 'li:y']);
    expect(conflictSentence(rec!.account.conflicts![0]!)).toBe("victim.com says its LinkedIn page is linkedin.com/company/x, but this account's LinkedIn page is linkedin.com/company/y.");
    await attachKey(database, 'domain:victim.com', 'li:x', 3000);
    const v = (await database.accounts.get('domain:victim.com'))!;
    expect(v.keys).toEqual(['domain:victim.com', 'li:x', 'li:y']);
    expect(v.conflicts).toBeUndefined();
  });

  it('a key of another kind still joins silently (a LinkedIn page naming its website for the first time)', async () => {
    await recordObservation(database, 'obs-a-000001', linkedin('acme'), 1000);
    const rec = await recordObservation(database, 'obs-a-000002', linkedin('acme', 'https://acme.com'), 2000);
    expect(rec?.account.keys).toEqual(['domain:acme.com', 'li:acme']);
    expect(rec?.account.conflicts).toBeUndefined();
    expect(rec?.account.merges).toBeUndefined();
  });
});

describe('merging and splitting', () => {
  async function conflicted() {
    const v = await victim();
    await recordObservation(database, 'obs-x-000001', linkedin('x', 'https://victim.com', 'Gambling'), 2000);
    await database.outcomes.put({ accountId: 'li:x', status: 'lost', updatedAt: 2100 });
    await database.answers.put({ accountId: 'li:x', criterionId: 'budget', value: false, answeredAt: 2200 });
    await database.answers.put({ accountId: 'li:x', criterionId: 'champion', value: true, answeredAt: 2200 });
    const x = (await database.accounts.get('li:x'))!;
    await database.accounts.put({ ...x, people: [person('Xavier', 2300)] });
    return { v, x: (await database.accounts.get('li:x'))! };
  }

  it('the rep’s merge keeps everything from both sides: facts with evidence, answers, contacts, both outcomes, history', async () => {
    await conflicted();
    const pair = await mergeChosen(database, 'li:x', 'domain:victim.com', 5000);
    expect(pair).toEqual({ survivorId: 'domain:victim.com', absorbedId: 'li:x' });
    const m = (await database.accounts.get('domain:victim.com'))!;
    expect(await database.accounts.count()).toBe(1);
    expect(m.keys).toEqual(['domain:victim.com', 'li:x', 'li:y']);
    expect(m.conflicts).toBeUndefined();
    expect(m.people?.map((p) => p.name)).toEqual(['Xavier', 'Yvonne']);
    expect(m.facts.industry?.value).toBe('Gambling'); // same source, newer
    expect(m.facts.industry?.evidence.map((e) => e.text)).toContain('Banking');
    expect((await database.outcomes.get('domain:victim.com'))?.status).toBe('won');
    expect(m.merges?.[0]?.outcomes.map((o) => o.status)).toEqual(['won', 'lost']);
    expect((await database.answers.where('accountId').equals('domain:victim.com').toArray()).map((a) => [a.criterionId, a.value])).toEqual([['budget', false], ['champion', true]]);
    expect(m.merges?.[0]?.answers).toHaveLength(3);
    expect(await database.observations.where('accountId').equals('domain:victim.com').count()).toBe(2);
  });

  it('split restores both accounts as they were; what came after the merge stays with the survivor', async () => {
    const { v, x } = await conflicted();
    const answersBefore = await database.answers.toArray();
    await mergeChosen(database, 'li:x', 'domain:victim.com', 5000);
    await recordObservation(database, 'obs-y-000002', { ...linkedin('y', 'https://victim.com'), facts: { followers: { value: 99, evidence: ev('linkedin-company', '99 followers') } } }, 6000);
    const pair = await splitAccount(database, 'domain:victim.com');
    expect(pair).toEqual({ survivorId: 'domain:victim.com', absorbedId: 'li:x' });
    const [v2, x2] = await database.accounts.bulkGet(['domain:victim.com', 'li:x']);
    // what came after the merge (the follower count read at 6000) stays, in the facts and in the history (issue 20)
    const strip = (r: AccountRow | undefined) => ({ ...r, conflicts: undefined, keptApart: undefined, merges: undefined, lastSeenAt: 0, facts: { ...r?.facts, followers: undefined }, history: { ...r?.history, followers: undefined } });
    expect(strip(v2)).toEqual(strip(v));
    expect(v2?.facts.followers?.value).toBe(99);
    expect(v2?.history?.followers?.map((e) => e.value)).toEqual([99]);
    expect(v2?.lastSeenAt).toBe(6000);
    expect(strip(x2)).toEqual(strip(x));
    expect([v2?.keptApart, x2?.keptApart]).toEqual([['li:x'], ['domain:victim.com']]);
    expect(await database.answers.toArray()).toEqual(answersBefore);
    expect((await database.outcomes.get('domain:victim.com'))?.status).toBe('won');
    expect((await database.outcomes.get('li:x'))?.status).toBe('lost');
    expect((await database.observations.get('obs-x-000001'))?.accountId).toBe('li:x');
    expect((await database.observations.get('obs-y-000002'))?.accountId).toBe('domain:victim.com');
    // kept apart from now on: the same claim raises nothing
    await recordObservation(database, 'obs-x-000002', linkedin('x', 'https://victim.com'), 7000);
    expect((await database.accounts.get('li:x'))?.conflicts).toBeUndefined();
  });

  it('a page that joined an account on its claim alone can be split off again', async () => {
    await recordObservation(database, 'obs-site-0001', site('victim.com'), 1000);
    const v = (await database.accounts.get('domain:victim.com'))!;
    const rec = await recordObservation(database, 'obs-x-000001', linkedin('x', 'https://victim.com', 'Gambling'), 2000);
    expect(rec?.account.id).toBe('domain:victim.com');
    expect(rec?.account.merges?.[0]?.kind).toBe('joined');
    await splitAccount(database, 'domain:victim.com');
    const [v2, x2] = await database.accounts.bulkGet(['domain:victim.com', 'li:x']);
    expect({ ...v2, keptApart: undefined }).toEqual({ ...v, keptApart: undefined });
    expect(x2?.keys).toEqual(['li:x']);
    expect(x2?.facts.industry?.value).toBe('Gambling');
    expect((await database.observations.get('obs-x-000001'))?.accountId).toBe('li:x');
  });
});

describe('guards', () => {
  it('a page split off an account does not join it again, even once its own account is deleted', async () => {
    await recordObservation(database, 'obs-site-0001', site('victim.com'), 1000);
    await recordObservation(database, 'obs-x-000001', linkedin('x', 'https://victim.com'), 2000);
    await splitAccount(database, 'domain:victim.com');
    await database.accounts.delete('li:x');
    const rec = await recordObservation(database, 'obs-x-000002', linkedin('x', 'https://victim.com'), 3000);
    expect(rec?.account.id).toBe('li:x');
    expect(rec?.account.keys).toEqual(['li:x']);
    expect((await database.accounts.get('domain:victim.com'))?.keys).toEqual(['domain:victim.com']);
  });

  it('split refuses, and changes nothing, when the other side’s id is taken again', async () => {
    await recordObservation(database, 'obs-site-0001', site('victim.com'), 1000);
    await recordObservation(database, 'obs-x-000001', linkedin('x', 'https://victim.com'), 2000);
    const before = await database.accounts.get('domain:victim.com');
    await database.accounts.put({ id: 'li:x', keys: [], facts: {}, firstSeenAt: 5, lastSeenAt: 5 });
    await expect(splitAccount(database, 'domain:victim.com')).rejects.toThrow(/exists again/);
    expect(await database.accounts.get('domain:victim.com')).toEqual(before);
  });

  it('an account is never merged with itself', async () => {
    await victim();
    await expect(mergeChosen(database, 'domain:victim.com', 'domain:victim.com', 5)).rejects.toThrow(/itself/);
  });

  it('what a row (and so a backup) may carry is capped; rows from before keep importing', () => {
    const row = { id: 'li:a', keys: ['li:a'], facts: {}, firstSeenAt: 1, lastSeenAt: 1 };
    expect(AccountRow.safeParse(row).success).toBe(true);
    const record = { at: 1, kind: 'merged', survivor: row, absorbed: row, answers: [], outcomes: [], observationIds: [] };
    expect(AccountRow.safeParse({ ...row, merges: Array(10).fill(record) }).success).toBe(true);
    expect(AccountRow.safeParse({ ...row, merges: Array(11).fill(record) }).success).toBe(false);
    const conflict = { key: 'domain:v.com', claimant: 'li:x', url: 'u', seenAt: 1 };
    expect(AccountRow.safeParse({ ...row, conflicts: Array(21).fill(conflict) }).success).toBe(false);
    expect(AccountRow.safeParse({ ...row, conflicts: [{ ...conflict, holderName: 'x'.repeat(5000) }] }).success).toBe(false);
  });
});

describe('the race: two tabs observing the two sides at once', () => {
  const x = linkedin('x', 'https://victim.com');
  const y = linkedin('y', 'https://victim.com');
  async function endState() {
    const accounts = (await database.accounts.toArray()).map((a) => ({
      id: a.id,
      keys: a.keys,
      conflicts: a.conflicts?.map((c) => [c.otherAccountId, c.key, c.claimant]),
    }));
    const observations = (await database.observations.toArray()).map((o) => [o.id, o.accountId]);
    await database.delete();
    database = new IcpDatabase(`identity-${++n}`);
    return { accounts, observations };
  }

  it('ends in the state of one of the two sequential orders, with the conflict on both', async () => {
    await recordObservation(database, 'obs-x-000001', x, 1000);
    await recordObservation(database, 'obs-y-000001', y, 1000);
    const xFirst = await endState();
    await recordObservation(database, 'obs-y-000001', y, 1000);
    await recordObservation(database, 'obs-x-000001', x, 1000);
    const yFirst = await endState();
    for (let i = 0; i < 5; i++) {
      await Promise.all([recordObservation(database, 'obs-x-000001', x, 1000), recordObservation(database, 'obs-y-000001', y, 1000)]);
      const parallel = await endState();
      expect([xFirst, yFirst]).toContainEqual(parallel);
      expect(parallel.accounts).toHaveLength(2);
      expect(parallel.accounts.every((a) => a.conflicts?.length === 1)).toBe(true);
    }
  });
});
