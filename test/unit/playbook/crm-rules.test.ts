import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { crmAdvice } from '../../../lib/playbook/crm-rules';
import { parsePlaybook } from '../../../lib/playbook/validate';
import type { CrmRules } from '../../../lib/playbook/schema';

const starter = JSON.parse(readFileSync(fileURLToPath(new URL('../../../lib/playbook/templates/starter.json', import.meta.url)), 'utf8'));

const RULES: CrmRules = {
  rules: [
    { stages: ['Customer'], action: 'Customer — talk to {{owner}}' },
    { stages: ['Opportunity', 'Sales Qualified Lead'], action: 'Open deal ({{stage}}) — ask {{owner}} first' },
    { owner: 'someone', mark: 'Owned by {{owner}}' },
  ],
};
const inCrm = (stage: string | null, owner: string | null) => ({ matched: true, stage, owner });

describe('playbook CRM rules', () => {
  it('a customer gets the customer action, whatever the case of the stage', () => {
    expect(crmAdvice(RULES, inCrm('customer', 'Dana Lee'))).toEqual({ action: 'Customer — talk to Dana Lee' });
  });

  it('the first rule that fits wins; {{stage}} is filled in', () => {
    expect(crmAdvice(RULES, inCrm('Opportunity', 'Sam Roe'))).toEqual({ action: 'Open deal (Opportunity) — ask Sam Roe first' });
  });

  it('an owned lead gets the mark only; an unowned lead nothing', () => {
    expect(crmAdvice(RULES, inCrm('Lead', 'Sam Roe'))).toEqual({ mark: 'Owned by Sam Roe' });
    expect(crmAdvice(RULES, inCrm('Lead', null))).toBeUndefined();
  });

  it('"nobody" fits only accounts without an owner', () => {
    const rules: CrmRules = { rules: [{ owner: 'nobody', mark: 'Unowned' }] };
    expect(crmAdvice(rules, inCrm(null, null))).toEqual({ mark: 'Unowned' });
    expect(crmAdvice(rules, inCrm(null, 'Dana'))).toBeUndefined();
  });

  it('an empty owner reads as "the account owner", never a hole', () => {
    expect(crmAdvice(RULES, inCrm('Customer', null))?.action).toBe('Customer — talk to the account owner');
  });

  it('an account not in the CRM list, or a playbook without rules, gets nothing', () => {
    expect(crmAdvice(RULES, { matched: false, stage: null, owner: null })).toBeUndefined();
    expect(crmAdvice(RULES, undefined)).toBeUndefined();
    expect(crmAdvice(undefined, inCrm('Customer', 'Dana'))).toBeUndefined();
  });

  it('the format accepts the rules and refuses typos, empty lists and unknown owners', () => {
    expect(parsePlaybook({ ...starter, crm: RULES }).ok).toBe(true);
    expect(parsePlaybook({ ...starter, crm: { rules: [] } }).ok).toBe(false);
    expect(parsePlaybook({ ...starter, crm: { rules: [{ stage: ['Customer'], action: 'x' }] } }).ok).toBe(false);
    expect(parsePlaybook({ ...starter, crm: { rules: [{ owner: 'colleague', action: 'x' }] } }).ok).toBe(false);
    expect(parsePlaybook({ ...starter, crm: { rules: [{ owner: 'Me', action: 'x' }] } }).ok).toBe(false);
    expect(parsePlaybook({ ...starter, crm: { rules: [{ action: 'x'.repeat(301) }] } }).ok).toBe(false);
  });
});
