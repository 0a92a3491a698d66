import { describe, expect, it } from 'vitest';
import { crmLine, shortDate } from '../../../lib/view/crm-line';

const base = { owner: 'Dana Lee', stage: 'Customer', lastActivity: '2026-10-12', snapshotDate: '2026-12-06T08:00:00.000Z' };

describe('CRM line', () => {
  it('says in CRM with stage, owner and last activity', () => {
    expect(crmLine({ ...base, matched: true, matchedBy: 'domain' }, '2026-12-06')).toEqual({ matched: true, text: 'In CRM · Customer · owner Dana Lee · last activity 12 Oct', title: 'Matched by domain · CRM list imported 6 Dec 2026' });
  });

  it('labels a name-only match', () => {
    expect(crmLine({ ...base, matched: true, matchedBy: 'name', stage: null, lastActivity: null }, '2026-12-06')?.text).toBe('In CRM (matched by name) · owner Dana Lee');
  });

  it('says Not in CRM, and nothing before any import', () => {
    expect(crmLine({ matched: false, matchedBy: null, owner: null, stage: null, lastActivity: null, snapshotDate: base.snapshotDate }, '2026-12-06')?.text).toBe('Not in CRM');
    expect(crmLine(undefined, '2026-12-06')).toBeUndefined();
  });

  it('adds the year to dates of another year', () => {
    expect(shortDate('2025-10-12', '2026-12-06', false)).toBe('12 Oct 2025');
    expect(shortDate('garbage', '2026-12-06', false)).toBe('garbage');
  });
});

describe('CRM line with the playbook mark', () => {
  it('carries the mark the playbook rule gave', () => {
    expect(crmLine({ ...base, matched: true, matchedBy: 'domain', mark: 'Owned by Dana Lee' }, '2026-12-06')?.mark).toBe('Owned by Dana Lee');
    expect(crmLine({ ...base, matched: true, matchedBy: 'domain' }, '2026-12-06')).not.toHaveProperty('mark');
  });
});

describe('CRM line when a rule needs the rep\'s name', () => {
  it('says where to set "Your name in the CRM", only when a rule was left out for it', () => {
    expect(crmLine({ ...base, matched: true, matchedBy: 'domain', needsMe: true }, '2026-12-06')?.needsMe).toMatch(/needs your name in the CRM: set it in Options → CRM/);
    expect(crmLine({ ...base, matched: true, matchedBy: 'domain' }, '2026-12-06')).not.toHaveProperty('needsMe');
  });
});
