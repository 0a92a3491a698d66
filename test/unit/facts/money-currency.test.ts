import { describe, expect, it } from 'vitest';
import { currenciesIn, parseMoneyWithCurrency } from '../../../lib/facts/money';
import { toScoringFacts } from '../../../lib/scoring';

// CRM exports write money the local way (issue #8, "Bad input"): a euro is never read as a dollar.
describe('money in other currencies', () => {
  it.each([
    ['1.2 Mio €', { amount: 1_200_000, currency: 'EUR' }],
    ['1.2 Mio. €', { amount: 1_200_000, currency: 'EUR' }],
    ['3,5 Mio. €', null],
    ['1 200 000 €', null],
    ['1.200.000 €', null],
  ])('%j', (text, want) => {
    expect(parseMoneyWithCurrency(text)).toEqual(want);
  });

  it('currenciesIn names every currency marker, readable amount or not', () => {
    expect(currenciesIn('1.200.000 €')).toEqual(['EUR']);
    expect(currenciesIn('€5M ($5.4M)')).toEqual(['EUR', 'USD']);
    expect(currenciesIn('1,200,000')).toEqual([]);
  });

  it('an unreadable amount next to another currency is unknown revenue, not dollars', () => {
    for (const text of ['1.2 Mio. €', '1.200.000 €', '1 200 000 €', '£3m']) expect(toScoringFacts({ revenue: text }).facts.revenue).toBeUndefined();
    expect(toScoringFacts({ revenue: '1,200,000' }).facts.revenue?.value).toBe(1_200_000);
  });
});
