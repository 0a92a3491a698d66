import { describe, expect, it } from 'vitest';
import type { SinceLastVisit } from '../../../lib/accounts/changes';
import type { AccountView } from '../../../lib/messaging/views';
import { sinceView } from '../../../lib/view/freshness';
import { stageLabel } from '../../../lib/view/funding-round-view';

// Issue 20: "Since your last visit" tells a new funding round once, as a round, with its evidence.
const DAY = 86_400_000;
const AT = Date.UTC(2026, 11, 5, 12);
const URL = 'https://www.linkedin.com/company/acme/';
const fact = (value: unknown, text: string, observedAt = AT) => ({ value, source: 'linkedin-company' as const, evidence: [{ source: 'linkedin-company' as const, url: URL, text, observedAt }], observedAt });
const facts: AccountView['facts'] = {
  employees: fact(140, 'View all 140 employees'),
  fundingStage: fact('series-b', 'Series B — Series B Nov 20, 2026 US$ 40.0M'),
  lastFundingDate: fact('2026-11-20', 'Series B Nov 20, 2026'),
  lastFundingAmount: fact(40e6, '$40M — Series B'),
};
const change = (list: SinceLastVisit['facts']): SinceLastVisit => ({ since: AT - 60 * DAY, at: AT, facts: list, criteria: [] });
const src = 'linkedin-company';

describe('a new funding round under "Since your last visit" (issue 20)', () => {
  it('is one line with the new stage, amount and date and what it was; the date is not listed again', () => {
    const v = sinceView(
      change([
        { fact: 'employees', before: 118, after: 140, source: src },
        { fact: 'fundingStage', before: 'series-a', after: 'series-b', source: src },
        { fact: 'lastFundingDate', before: '2026-08-14', after: '2026-11-20', source: src },
        { fact: 'lastFundingAmount', before: 12e6, after: 40e6, source: src },
      ]),
      facts,
    )!;
    expect(v.round?.text).toBe('New funding round: Series B, $40M, 2026-11-20 (was Series A, 2026-08-14)');
    expect(v.round?.evidence).toEqual([{ sourceLabel: 'LinkedIn company page', url: URL, text: 'Series B — Series B Nov 20, 2026 US$ 40.0M', observedAt: AT }]);
    expect(v.facts.map((f) => f.fact)).toEqual(['employees']);
  });

  it('a round with only a new date keeps the stage read at that visit, not an amount read before it', () => {
    const older = { ...facts, lastFundingAmount: fact(12e6, '$12M', AT - 60 * DAY) };
    const v = sinceView(change([{ fact: 'lastFundingDate', before: '2026-08-14', after: '2026-11-20', source: src }]), older)!;
    expect(v.round?.text).toBe('New funding round: Series B, 2026-11-20 (was 2026-08-14)');
    expect(v.facts).toEqual([]);
  });

  it('no round: a date read for the first time is listed as a plain change', () => {
    const v = sinceView(change([{ fact: 'employees', before: 118, after: 140, source: src }, { fact: 'lastFundingDate', before: null, after: '2026-11-20', source: src }]), facts)!;
    expect(v.round).toBeUndefined();
    expect(v.facts.map((f) => f.fact)).toEqual(['employees', 'lastFundingDate']);
  });

  it('names stages as a rep says them', () => {
    expect(['series-b', 'Series C round', 'series-e-plus', 'pre-seed', 'seed', 'something else'].map(stageLabel)).toEqual(['Series B', 'Series C', 'Series E+', 'Pre-seed', 'Seed', 'something else']);
  });
});
