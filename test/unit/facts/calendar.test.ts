import { describe, expect, it } from 'vitest';
import { localToday } from '../../../lib/facts/calendar';

describe('localToday', () => {
  it.each([
    [new Date(2026, 0, 5, 0, 0, 1), '2026-01-05'],
    [new Date(2026, 11, 31, 23, 59, 59), '2026-12-31'], // the local day, not the UTC one
  ])('%s → %s', (d, expected) => expect(localToday(d)).toBe(expected));
});
