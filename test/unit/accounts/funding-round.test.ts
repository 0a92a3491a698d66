import { describe, expect, it } from 'vitest';
import type { FactChange } from '../../../lib/accounts/changes';
import { newFundingRound } from '../../../lib/accounts/funding-round';

// Issue 20: which changes at a visit say "a new funding round", as opposed to a value read for the
// first time or a corrected date.
const ch = (fact: string, before: FactChange['before'], after: FactChange['after']): FactChange => ({ fact, before, after, source: 'linkedin-company' });

describe('a new funding round (issue 20)', () => {
  it('a later round date is a new round, with every funding change of that visit', () => {
    const changes = [ch('employees', 118, 140), ch('fundingStage', 'series-a', 'series-b'), ch('lastFundingDate', '2026-08-14', '2026-11-20'), ch('lastFundingAmount', 12e6, 40e6)];
    expect(newFundingRound(changes)?.map((c) => c.fact)).toEqual(['fundingStage', 'lastFundingDate', 'lastFundingAmount']);
  });

  it('a later stage alone, or more rounds alone, is a new round', () => {
    expect(newFundingRound([ch('fundingStage', 'series-a', 'series-b')])).not.toBeNull();
    expect(newFundingRound([ch('fundingRounds', 3, 4)])).not.toBeNull();
  });

  it('no round: a first reading, a date moved earlier, fewer rounds, an earlier or unranked stage, other facts', () => {
    expect(newFundingRound([ch('lastFundingDate', null, '2026-11-20'), ch('fundingStage', null, 'series-b')])).toBeNull();
    expect(newFundingRound([ch('lastFundingDate', '2026-11-20', '2026-08-14')])).toBeNull();
    expect(newFundingRound([ch('fundingRounds', 4, 3)])).toBeNull();
    expect(newFundingRound([ch('fundingStage', 'series-b', 'series-a')])).toBeNull();
    expect(newFundingRound([ch('fundingStage', 'series-a', 'debt')])).toBeNull();
    expect(newFundingRound([ch('lastFundingAmount', 12e6, 40e6)])).toBeNull();
    expect(newFundingRound([ch('employees', 118, 140)])).toBeNull();
  });

  it('a date that is not a day is never compared as text', () => {
    expect(newFundingRound([ch('lastFundingDate', '2026-08-14', 'zzzz')])).toBeNull();
  });
});
