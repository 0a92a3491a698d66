import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { icp, scratch } from './run-cli';

// `icp score --crm … --me "<name>, <email>"`: RevOps get the same "me" / "someone-else" rule
// results as the rep's side panel (lib/playbook/crm-me.ts). In the fixture Dana Lee owns Acme
// (a customer), Sam Roe owns Brickworks, Ann Bo owns Precision Parts; Tiny Co is not in the CRM.
const crmFixture = (name: string) => fileURLToPath(new URL(`../../fixtures/crm/${name}`, import.meta.url));
const starter = JSON.parse(readFileSync(fileURLToPath(new URL('../../../lib/playbook/templates/starter.json', import.meta.url)), 'utf8')) as Record<string, unknown>;
const { file } = scratch('icp-crm-me-');

const playbook = file('colleague.json', JSON.stringify({ ...starter, crm: { rules: [{ owner: 'someone-else', mark: 'Owned by {{owner}}' }, { owner: 'me', action: 'Yours — follow up' }] } }));
const score = (...extra: string[]) => icp('score', '--playbook', playbook, '--today', '2026-11-23', '--crm', crmFixture('hubspot-companies.csv'), ...extra, crmFixture('prospects.jsonl'));
type Line = { crm?: { owner: string | null; mark?: string }; results: { action?: string }[] };
const lines = (out: string[]) => out.map((l) => JSON.parse(l) as Line);

describe('icp score --crm --me', () => {
  it('marks a colleague\'s accounts, gives the rep\'s own their action, matching names without case or accents', async () => {
    const r = await score('--me', 'DÁNA lee, dana.lee@acme.com');
    expect(r.code).toBe(0);
    const out = lines(r.out);
    expect(out.map((l) => l.crm?.mark ?? null)).toEqual([null, 'Owned by Sam Roe', 'Owned by Ann Bo', null]);
    expect(out[0]!.results.every((x) => x.action === 'Yours — follow up')).toBe(true);
    expect(out[1]!.results.some((x) => x.action === 'Yours — follow up')).toBe(false);
    expect(r.err.join('\n')).not.toMatch(/need --me/);
  });

  it('without --me the rules are not guessed: no mark, no action, and stderr says what is missing', async () => {
    const r = await score();
    expect(r.code).toBe(0);
    const out = lines(r.out);
    expect(out.every((l) => !l.crm?.mark)).toBe(true);
    expect(out.every((l) => l.results.every((x) => x.action !== 'Yours — follow up'))).toBe(true);
    expect(r.err.filter((l) => l.includes('need --me'))).toEqual(['warning: crm: the playbook\'s CRM rules for "me" / "someone-else" need --me "<your name in the CRM>": without it they were not applied']);
  });

  it.each([
    ['--me without --crm', ['score', '--playbook', playbook, '--me', 'Dana Lee', crmFixture('prospects.jsonl')], /--me is for the CRM rules: give --crm/],
    ['--me with no name in it', ['score', '--playbook', playbook, '--crm', crmFixture('hubspot-companies.csv'), '--me', ' , ;', crmFixture('prospects.jsonl')], /--me needs a name or an email/],
    ['--me with no value', ['score', '--playbook', playbook, '--crm', crmFixture('hubspot-companies.csv'), crmFixture('prospects.jsonl'), '--me'], /--me needs a value/],
  ])('%s: exit 1 with a message, nothing scored', async (_, argv, message) => {
    const r = await icp(...argv);
    expect(r.code).toBe(1);
    expect(r.out).toEqual([]);
    expect(r.err.join('\n')).toMatch(message);
  });
});
