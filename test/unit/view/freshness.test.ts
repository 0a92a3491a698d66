import { describe, expect, it } from 'vitest';
import { ageText, sinceView } from '../../../lib/view/freshness';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 6, 12);

describe('fact age and "since your last visit" in the panel (issue 20)', () => {
  it.each([
    [0, 'read today'],
    [1, 'read yesterday'],
    [12, 'read 12 days ago'],
    [35, 'read a month ago'],
    [95, 'read 3 months ago'],
    [400, 'read a year ago'],
    [800, 'read 2 years ago'],
  ])('%i days → %s', (days, text) => {
    expect(ageText(NOW - days * DAY, NOW)).toBe(text);
  });

  it('no date, no age', () => {
    expect(ageText(undefined, NOW)).toBeUndefined();
    expect(ageText(Number.NaN, NOW)).toBeUndefined();
  });

  it('lists each changed fact old → new with its label, a new value as "not known" before', () => {
    const v = sinceView({
      since: NOW - 60 * DAY,
      at: NOW,
      facts: [
        { fact: 'employees', before: 180, after: 214, source: 'linkedin-company' },
        { fact: 'headcountGrowth', before: null, after: 18.9, source: 'linkedin-company' },
      ],
      criteria: [{ icpName: 'Mid-market', label: 'Headcount up 10%+', before: 'unknown', after: 'matched' }],
    })!;
    expect(v.facts.map((f) => [f.label, f.before, f.after])).toEqual([
      ['Employees', '180', '214'],
      ['Headcount growth (%)', 'not known', '18.9%'],
    ]);
    expect(v.criteria).toHaveLength(1);
  });

  it('nothing when nothing changed', () => {
    expect(sinceView(undefined)).toBeUndefined();
  });
});
