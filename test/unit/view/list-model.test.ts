import { describe, expect, it } from 'vitest';
import { listView, row } from './list-factory';
import { ROW_ONLY, coverageText, knownText, safeHref, sortRows, toListModel } from '../../../lib/view/list-model';

const ICP = { id: 'mid', name: 'Mid-market SaaS' };
const ENT = { id: 'ent', name: 'Enterprise' };
const HEAD = { id: 'head-sales', name: 'Head of Sales' };

const ROWS = [
  row({ key: 'c', name: 'Gamma', tier: 'C', score: 30, bestIcp: ICP }),
  row({ key: 'none', placeholder: 'linkedin-member', kind: 'person', text: 'LinkedIn Member' }),
  row({ key: 'dq', name: 'Delta Gov', tier: 'DQ', score: 80, bestIcp: ICP }),
  row({ key: 'a2', name: 'Alpha Two', tier: 'A', score: 75, bestIcp: ENT }),
  row({ key: 'b', name: 'Beta', kind: 'person', title: 'VP Sales', company: 'Beta Inc', companyFrom: 'headline', tier: 'B', score: 90, bestIcp: ICP, persona: HEAD }),
  row({ key: 'a1', name: 'Alpha One', tier: 'A', score: 88, bestIcp: ICP }),
];

describe('list model: order', () => {
  it('by the playbook tier order, then score; DQ after every tier; unknown last', () => {
    const m = toListModel(listView(ROWS), {}, { tierOrder: ['A', 'B', 'C'] });
    expect(m.all.map((r) => r.key)).toEqual(['a1', 'a2', 'b', 'c', 'dq', 'none']);
    expect(m.all.map((r) => r.tierClass)).toEqual(['top', 'top', 'mid', 'low', 'dq', 'none']);
  });

  it('without tiers: by score, a disqualified row below every other scored one, unknown last', () => {
    const m = toListModel(listView(ROWS));
    expect(m.all.map((r) => r.key)).toEqual(['b', 'a1', 'a2', 'c', 'dq', 'none']);
  });

  it('a tier the order does not name goes after the named ones, ties keep page order', () => {
    const rows = [row({ key: 'x', tier: 'Z', score: 99 }), row({ key: 'p', tier: 'B', score: 50 }), row({ key: 'q', tier: 'B', score: 50 })];
    const m = toListModel(listView(rows), {}, { tierOrder: ['A', 'B'] });
    expect(m.all.map((r) => r.key)).toEqual(['p', 'q', 'x']);
    expect(m.all[2]!.tierClass).toBe('none');
  });

  it('non-finite scores count as unknown', () => {
    const sorted = sortRows(toListModel(listView([row({ key: 'n', score: NaN }), row({ key: 's', score: 10 })])).all);
    expect(sorted.map((r) => [r.key, r.scoreText])).toEqual([['s', '10'], ['n', '–']]);
  });
});

describe('list model: filters', () => {
  const m = (f = {}) => toListModel(listView(ROWS), f, { tierOrder: ['A', 'B', 'C'] });

  it('options come from the rows, in list order, with counts', () => {
    const { filters } = m();
    expect(filters.tiers).toEqual([
      { value: 'A', label: 'Tier A', count: 2 },
      { value: 'B', label: 'Tier B', count: 1 },
      { value: 'C', label: 'Tier C', count: 1 },
      { value: 'DQ', label: 'Tier DQ', count: 1 },
      { value: '–', label: 'No tier', count: 1 },
    ]);
    expect(filters.icps.map((o) => [o.value, o.count])).toEqual([['mid', 4], ['ent', 1]]);
    expect(filters.personas).toEqual([{ value: 'head-sales', label: 'Head of Sales', count: 1 }]);
  });

  it('by tier, ICP and persona, together', () => {
    expect(m({ tier: 'A' }).rows.map((r) => r.key)).toEqual(['a1', 'a2']);
    expect(m({ icp: 'ent' }).rows.map((r) => r.key)).toEqual(['a2']);
    expect(m({ persona: 'head-sales' }).rows.map((r) => r.key)).toEqual(['b']);
    expect(m({ tier: 'A', icp: 'mid' }).rows.map((r) => r.key)).toEqual(['a1']);
    expect(m({ tier: '–' }).rows.map((r) => r.key)).toEqual(['none']);
    expect(m({ tier: 'A' }).all).toHaveLength(6);
  });

  it('a choice no row offers any more is dropped, not applied out of sight', () => {
    const gone = m({ tier: 'Z', persona: 'cfo', icp: 'mid' });
    expect(gone.applied).toEqual({ tier: undefined, icp: 'mid', persona: undefined });
    expect(gone.rows.map((r) => r.key)).toEqual(['a1', 'b', 'c', 'dq']);
  });

  it('summary counts the top tier and says when the page held more', () => {
    expect(m().summary).toBe('6 rows read · 2 tier A');
    expect(toListModel(listView(ROWS.slice(0, 1), { truncated: true })).summary).toBe('1 row read (the page held more: the first 1 are kept)');
    expect(toListModel(listView([])).summary).toMatch(/^No rows read yet/);
  });
});

describe('list model: wording', () => {
  it('a row-only score says so, with coverage and the range it could move in', () => {
    expect(coverageText({ rowOnly: true, coverage: 0.2, range: [40, 85] })).toBe(`${ROW_ONLY} · 20% known · could be 40–85`);
    expect(coverageText({ rowOnly: false, coverage: 0.755, range: [70, 70] })).toBe('76% known');
    expect(coverageText({ rowOnly: false, coverage: 7, range: [NaN, 3] })).toBe('100% known');
  });

  it('what the rep already has, when the row is a stored account', () => {
    const seen = (at: number) => `${at} d`;
    expect(knownText({ tier: 'A', score: 71.6, outcome: 'good-fit', lastSeen: 3 }, seen)).toBe('You have it: tier A (72) · good fit · seen 3 d ago');
    expect(knownText({})).toBe('You have it in your accounts');
    expect(knownText(undefined)).toBeUndefined();
    const m = toListModel(listView([row({ key: 'k', name: 'K', accountId: 'li:k' }), row({ key: 'u', name: 'U' })]));
    expect(m.all.map((r) => r.knownText)).toEqual(['You have it in your accounts', undefined]);
  });

  it('people rows show title, company (and how it was read) and persona; company rows do not', () => {
    const m = toListModel(listView(ROWS));
    const b = m.all.find((r) => r.key === 'b')!;
    expect([b.title, b.company, b.companyNote, b.persona?.name]).toEqual(['VP Sales', 'Beta Inc', 'from the headline', 'Head of Sales']);
    const c = toListModel(listView([row({ key: 'c', name: 'C', title: 'ignored', persona: HEAD })])).all[0]!;
    expect([c.title, c.persona]).toEqual([undefined, undefined]);
  });

  it('placeholders show with no account and no name of their own', () => {
    const m = toListModel(
      listView([
        row({ key: 'm', kind: 'person', placeholder: 'linkedin-member', name: 'ignored', text: 'LinkedIn Member' }),
        row({ key: 'cc', placeholder: 'confidential-company', text: 'Confidential Company' }),
        row({ key: 'blank', name: '   ' }),
      ]),
    );
    expect(m.all.map((r) => [r.name, r.placeholder, r.tier, r.scoreText, r.knownText])).toEqual([
      ['LinkedIn Member', true, '–', '–', undefined],
      ['Confidential company', true, '–', '–', undefined],
      ['Unnamed row', false, '–', '–', undefined],
    ]);
  });
});

describe('list model: hostile rows', () => {
  it('only http(s) links open', () => {
    expect(safeHref('https://www.linkedin.com/in/x/')).toBe('https://www.linkedin.com/in/x/');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,<script>alert(1)</script>')).toBeUndefined();
    expect(safeHref('/in/relative')).toBeUndefined();
    expect(safeHref(undefined)).toBeUndefined();
    const m = toListModel(listView([row({ key: 'j', name: 'J', href: 'javascript:alert(1)' })]));
    expect(m.all[0]!.href).toBeUndefined();
  });

  it('long and markup-laden text passes through as text, 1,000 rows sort', () => {
    const name = '<img src=x onerror=alert(1)>'.repeat(70);
    const rows = Array.from({ length: 1000 }, (_, i) => row({ key: `k${i}`, name: i === 500 ? name : `R${i}`, score: i % 101, tier: ['A', 'B', 'C'][i % 3] }));
    const m = toListModel(listView(rows), { tier: 'A' }, { tierOrder: ['A', 'B', 'C'] });
    expect(m.all).toHaveLength(1000);
    expect(m.rows.every((r) => r.tier === 'A')).toBe(true);
    expect(m.all.find((r) => r.key === 'k500')!.name).toBe(name);
    const scores = m.rows.map((r) => r.score!);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

describe('list model: the CRM answer per row (issue 19)', () => {
  const crm = { matched: true, matchedBy: 'linkedin' as const, owner: 'Dana Lee', stage: 'Customer', lastActivity: null, snapshotDate: '2026-12-06T08:00:00.000Z' };
  it('says In CRM or Not in CRM once a list is imported, nothing before', () => {
    const m = toListModel(listView([row({ key: 'a', name: 'Acme', crm }), row({ key: 'b', name: 'Beta', crm: { ...crm, matched: false, matchedBy: null, owner: null, stage: null } }), row({ key: 'c', name: 'Gamma' })]));
    const byKey = Object.fromEntries(m.all.map((r) => [r.key, r.crmText]));
    expect(byKey).toEqual({ a: 'In CRM · Customer · owner Dana Lee', b: 'Not in CRM', c: undefined });
  });
});
