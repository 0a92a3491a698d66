import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { crmAdvice } from '../../../lib/playbook/crm-rules';
import { CrmMe, foldOwner, ownerMatcher, parseMeAliases } from '../../../lib/playbook/crm-me';
import { parsePlaybook } from '../../../lib/playbook/validate';
import type { CrmRules } from '../../../lib/playbook/schema';

const starter = JSON.parse(readFileSync(fileURLToPath(new URL('../../../lib/playbook/templates/starter.json', import.meta.url)), 'utf8'));
const inCrm = (owner: string | null, stage: string | null = 'Lead') => ({ matched: true, stage, owner });
const COLLEAGUE: CrmRules = { rules: [{ owner: 'someone-else', mark: 'Owned by {{owner}}' }] };
const MINE: CrmRules = { rules: [{ owner: 'me', action: 'Your account — follow up' }] };
const DANA = ['Dana Lee', 'dana.lee@acme.com'];

describe('"Your name in the CRM": matching the CRM owner with the rep', () => {
  it('a colleague\'s account is marked, the rep\'s own is not', () => {
    expect(crmAdvice(COLLEAGUE, inCrm('Sam Roe'), DANA)).toEqual({ mark: 'Owned by Sam Roe' });
    expect(crmAdvice(COLLEAGUE, inCrm('Dana Lee'), DANA)).toBeUndefined();
    expect(crmAdvice(MINE, inCrm('Dana Lee'), DANA)).toEqual({ action: 'Your account — follow up' });
    expect(crmAdvice(MINE, inCrm('Sam Roe'), DANA)).toBeUndefined();
  });

  it('ignores case, spacing and accents', () => {
    for (const owner of ['DANA LEE', '  dana\u00a0  lee ', 'Dána Lée', 'Dana Le\u0301e']) expect(crmAdvice(MINE, inCrm(owner), DANA)?.action).toBe('Your account — follow up');
    expect(crmAdvice(MINE, inCrm('Jürgen Strauß'), ['jurgen strauss'])?.action).toBe('Your account — follow up');
    expect(crmAdvice(MINE, inCrm('Dana Leer'), DANA)).toBeUndefined();
    expect(crmAdvice(MINE, inCrm('DanaLee'), DANA)).toBeUndefined();
  });

  it('an email alias matches an owner written as that email, alone or beside the name', () => {
    for (const owner of ['dana.lee@acme.com', 'Dana.Lee@ACME.com', 'D. Lee <dana.lee@acme.com>', 'Lee, D. (dana.lee@acme.com)']) {
      expect(crmAdvice(MINE, inCrm(owner), ['dana.lee@acme.com'])?.action).toBe('Your account — follow up');
    }
    expect(crmAdvice(MINE, inCrm('Dana Lee <dana.lee@acme.com>'), ['Dana Lee'])?.action).toBe('Your account — follow up');
    // a name alias is not an email, and another person's email is not the rep's
    expect(crmAdvice(MINE, inCrm('dana.lee@acme.com'), ['Dana Lee'])).toBeUndefined();
    expect(crmAdvice(MINE, inCrm('dana.lee@other.com'), ['dana.lee@acme.com'])).toBeUndefined();
  });

  it('without the rep\'s name a "me" or "someone-else" rule does not apply, and says why', () => {
    for (const me of [undefined, [], ['  ']]) {
      expect(crmAdvice(COLLEAGUE, inCrm('Sam Roe'), me)).toEqual({ needsMe: true });
      expect(crmAdvice(MINE, inCrm('Dana Lee'), me)).toEqual({ needsMe: true });
    }
    // the next rule that fits still applies, with the note
    const rules: CrmRules = { rules: [...COLLEAGUE.rules, { stages: ['Lead'], action: 'Lead — check first' }] };
    expect(crmAdvice(rules, inCrm('Sam Roe'))).toEqual({ needsMe: true, action: 'Lead — check first' });
  });

  it('the note only when the rule could have applied: stages fit, the account has an owner, no earlier rule won', () => {
    const rules: CrmRules = { rules: [{ stages: ['Customer'], action: 'Customer' }, { stages: ['Lead'], owner: 'someone-else', mark: 'x' }] };
    expect(crmAdvice(rules, inCrm('Sam Roe', 'Customer'))).toEqual({ action: 'Customer' });
    expect(crmAdvice(rules, inCrm('Sam Roe', 'Opportunity'))).toBeUndefined();
    expect(crmAdvice(rules, inCrm(null, 'Lead'))).toBeUndefined();
    // an unowned account is nobody's: neither the rep's nor a colleague's, whoever the rep is
    expect(crmAdvice(COLLEAGUE, inCrm(null), DANA)).toBeUndefined();
    expect(crmAdvice(MINE, inCrm(null), DANA)).toBeUndefined();
  });

  it('"someone" and "nobody" are unchanged, with or without the rep\'s name', () => {
    const rules: CrmRules = { rules: [{ owner: 'someone', mark: 'Owned' }, { owner: 'nobody', mark: 'Unowned' }] };
    for (const me of [undefined, DANA]) {
      expect(crmAdvice(rules, inCrm('Dana Lee'), me)).toEqual({ mark: 'Owned' });
      expect(crmAdvice(rules, inCrm('Sam Roe'), me)).toEqual({ mark: 'Owned' });
      expect(crmAdvice(rules, inCrm(null), me)).toEqual({ mark: 'Unowned' });
    }
  });

  it('the playbook format takes the new owners, and old playbooks still parse', () => {
    for (const owner of ['me', 'someone-else', 'someone', 'nobody']) expect(parsePlaybook({ ...starter, crm: { rules: [{ owner, mark: 'x' }] } }).ok).toBe(true);
    expect(parsePlaybook({ ...starter, crm: { rules: [{ owner: 'someone_else', mark: 'x' }] } }).ok).toBe(false);
  });
});

describe('the aliases the rep types', () => {
  it('splits on commas, semicolons and lines; trims; keeps each alias once', () => {
    expect(parseMeAliases(' Dana Lee, dana.lee@acme.com;DANA LEE\n\nD. Lee ,, ')).toEqual(['Dana Lee', 'dana.lee@acme.com', 'D. Lee']);
    expect(parseMeAliases('')).toEqual([]);
  });

  it('caps the count and the length, never throws', () => {
    const many = Array.from({ length: 30 }, (_, i) => `rep ${i}`).join(',');
    expect(parseMeAliases(many)).toHaveLength(10);
    expect(parseMeAliases('x'.repeat(5000))[0]).toHaveLength(200);
    expect(CrmMe.safeParse({ aliases: parseMeAliases(many) }).success).toBe(true);
  });

  it('the stored setting refuses what the field could never write', () => {
    expect(CrmMe.safeParse({ aliases: Array(11).fill('a') }).success).toBe(false);
    expect(CrmMe.safeParse({ aliases: ['x'.repeat(201)] }).success).toBe(false);
    expect(CrmMe.safeParse({ aliases: [''] }).success).toBe(false);
    expect(CrmMe.safeParse({ aliases: ['a'], extra: 1 }).success).toBe(false);
  });

  it('folding and the matcher', () => {
    expect(foldOwner('  Ærø  Ørsted ')).toBe('aero orsted');
    expect(ownerMatcher([])).toBeNull();
    expect(ownerMatcher(['', ' '])).toBeNull();
    expect(ownerMatcher(['Dana Lee'])!('dana lee')).toBe(true);
  });
});
