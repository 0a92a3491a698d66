import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shareAtOrAbove } from '../../../lib/insights/draft-tiers';

// The tier cut-offs ask "what share of scores is at or above t" ~50 times: answered by binary
// search in sorted scores, it must say exactly what counting does.
const byCounting = (xs: readonly (number | null)[], t: number) => xs.filter((x) => x !== null && x >= t).length / (xs.length || 1);

describe('shareAtOrAbove', () => {
  it('equals counting, with disqualified (null) scores in the denominator', () => {
    const score = fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true }));
    fc.assert(
      fc.property(fc.array(score, { maxLength: 60 }), fc.integer({ min: -5, max: 105 }), (xs, t) => {
        expect(shareAtOrAbove(xs)(t)).toBe(byCounting(xs, t));
      }),
    );
  });

  it('a NaN score is never at or above a cut-off', () => {
    const xs = [NaN, 10, null, 50, NaN];
    for (const t of [0, 10, 11, 50, 51]) expect(shareAtOrAbove(xs)(t)).toBe(byCounting(xs, t));
    expect(shareAtOrAbove(xs)(0)).toBe(2 / 5);
  });

  it('no scores: 0, never NaN', () => {
    expect(shareAtOrAbove([])(50)).toBe(0);
  });
});
