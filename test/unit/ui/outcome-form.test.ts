import { describe, expect, it } from 'vitest';
import { checkDraft, draftOf } from '../../../lib/view/outcome-form';
import { cycleDays } from '../../../lib/insights/outcome';

const draft = (over: Partial<ReturnType<typeof draftOf>> = {}) => ({ ...draftOf(undefined), status: 'won' as const, ...over });

describe('the outcome form', () => {
  it('a status alone, a value with its currency, dates in order', () => {
    expect(checkDraft(draft())).toEqual({ ok: true, outcome: { status: 'won' } });
    expect(checkDraft(draft({ value: '12,000', currency: 'eur', openedAt: '2026-01-05', closedAt: '2026-03-01' }))).toEqual({
      ok: true,
      outcome: { status: 'won', value: 12000, currency: 'EUR', openedAt: '2026-01-05', closedAt: '2026-03-01' },
    });
    expect(checkDraft(draft({ status: null, value: '5' }))).toEqual({ ok: true, outcome: null });
    // the fact editor's amounts: shorthand a rep types
    expect(checkDraft(draft({ value: '40k', currency: 'usd' }))).toEqual({ ok: true, outcome: { status: 'won', value: 40000, currency: 'USD' } });
  });

  it.each([
    ['a negative value', { value: '-5' }, 'value', /0 or more/],
    ['a value that is not a number', { value: 'lots' }, 'value', /number/],
    ['a huge value', { value: '2000bn' }, 'value', /at most/],
    ['a bad currency', { value: '5', currency: 'dollars' }, 'currency', /three-letter/],
    ['closed before opened', { openedAt: '2026-03-01', closedAt: '2026-02-01' }, 'closedAt', /before the open date/],
    ['an impossible date', { openedAt: '2026-02-30' }, 'openedAt', /YYYY-MM-DD/],
  ])('refuses %s with a plain message', (_name, over, field, message) => {
    const r = checkDraft(draft(over));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.field).toBe(field);
      expect(r.error).toMatch(message);
    }
  });

  it('draftOf shows a stored outcome again', () => {
    expect(draftOf({ status: 'lost', value: 900, currency: 'GBP', closedAt: '2026-05-01' })).toEqual({ status: 'lost', value: '900', currency: 'GBP', openedAt: '', closedAt: '2026-05-01' });
  });

  it('cycle length in days, only for valid dates in order', () => {
    expect(cycleDays('2026-01-01', '2026-03-01')).toBe(59);
    expect(cycleDays('2026-03-01', '2026-01-01')).toBeNull();
    expect(cycleDays(undefined, '2026-01-01')).toBeNull();
    expect(cycleDays('nope', '2026-01-01')).toBeNull();
  });
});
