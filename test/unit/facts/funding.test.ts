import { describe, expect, it } from 'vitest';
import { FUNDING_STAGES, fundingStageRank, fundingStageWithin, normaliseFundingStage } from '../../../lib/facts/funding';
import { HOSTILE } from './hostile';

describe('normaliseFundingStage', () => {
  it.each([
    ['Series B', 'series-b'], ['series-b', 'series-b'], ['Series B round', 'series-b'], ['B round', 'series-b'],
    ['Round B', 'series-b'], ['SERIES B2', 'series-b'], ['Series A', 'series-a'], ['Series A1', 'series-a'],
    ['Series C', 'series-c'], ['Series D', 'series-d'],
    ['Series E', 'series-e-plus'], ['Series F', 'series-e-plus'], ['Series G round', 'series-e-plus'], ['Series E+', 'series-e-plus'],
    ['Seed', 'seed'], ['Seed round', 'seed'], ['Seed Stage', 'seed'], ['Series Seed', 'seed'],
    ['Pre-seed', 'pre-seed'], ['Pre Seed', 'pre-seed'], ['Preseed', 'pre-seed'], ['Angel', 'pre-seed'], ['Angel Round', 'pre-seed'],
    ['Series unknown', 'series-unknown'], ['Venture - Series Unknown', 'series-unknown'], ['Venture Round', 'series-unknown'],
    ['Corporate round', 'series-unknown'], ['Early Stage Venture', 'series-unknown'],
    ['Private equity', 'private-equity'], ['Private Equity Round', 'private-equity'], ['PE', 'private-equity'], ['Buyout', 'private-equity'],
    ['Debt financing', 'debt'], ['Venture debt', 'debt'], ['Convertible note', 'debt'],
    ['Grant', 'grant'], ['Non-equity Assistance', 'grant'],
    ['IPO', 'public'], ['Public', 'public'], ['Post-IPO equity', 'public'], ['Post-IPO Debt', 'public'], ['Publicly traded', 'public'],
    ['Acquired', 'acquired'], ['Acquisition', 'acquired'],
    ['Bootstrapped', 'bootstrapped'], ['Self-funded', 'bootstrapped'],
  ])('%j → %s', (input, expected) => expect(normaliseFundingStage(input)).toBe(expected));

  it('maps every canonical stage to itself', () => {
    for (const s of FUNDING_STAGES) expect(normaliseFundingStage(s)).toBe(s);
  });

  it.each([['A'], ['round'], ['Funding'], ['Series Z'], ['Equity Crowdfunding'], ['Initial Coin Offering'], ['Undisclosed'], ['Secondary Market'], ['Seedling farm']])(
    'no stage in %j → null',
    (input) => expect(normaliseFundingStage(input)).toBeNull(),
  );

  it.each(HOSTILE.map((h) => [h]))('hostile input %# → null', (input) => expect(normaliseFundingStage(input as string)).toBeNull());
});

describe('fundingStageRank', () => {
  it('orders bootstrapped < pre-seed < seed < series-a … < series-e-plus < private-equity < public', () => {
    const scale = ['bootstrapped', 'pre-seed', 'seed', 'series-a', 'series-b', 'series-c', 'series-d', 'series-e-plus', 'private-equity', 'public'];
    const ranks = scale.map((s) => fundingStageRank(s));
    expect(ranks).toEqual(scale.map((_, i) => i));
  });

  it.each([['series-unknown'], ['debt'], ['grant'], ['acquired'], ['Widgets'], ['']])('%j has no rank', (stage) =>
    expect(fundingStageRank(stage)).toBeNull(),
  );

  it('accepts any spelling that normalises', () => {
    expect(fundingStageRank('Series B round')).toBe(fundingStageRank('series-b'));
    expect(fundingStageRank('IPO')).toBe(fundingStageRank('public'));
  });
});

describe('fundingStageWithin', () => {
  it.each([
    ['series-b', 'series-a', 'series-c', true],
    ['series-b', 'series-b', undefined, true],
    ['seed', 'series-a', undefined, false],
    ['series-d', undefined, 'series-b', false],
    ['Series E', 'series-a', undefined, true],
    ['public', 'private-equity', undefined, true],
    ['debt', 'seed', undefined, null],
    ['acquired', undefined, 'public', null],
    ['series-b', 'Widgets', undefined, null],
  ])('%s in [%s, %s] → %s', (stage, min, max, expected) => expect(fundingStageWithin(stage, min, max)).toBe(expected));
});
