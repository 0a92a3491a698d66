import { describe, expect, it } from 'vitest';
import { isOlderVersion } from '../../../lib/playbook/version-order';

describe('isOlderVersion', () => {
  it.each([
    ['2026.3', '2026.4', true],
    ['2026.9', '2026.10', true],
    ['2026.10', '2026.9', false],
    ['v2', 'v10', true],
    ['1.9.9', '1.10', true],
    ['1', '2', true],
    ['2025.12', '2026.1', true],
    ['2026.4', '2026.4', false],
    ['V3', 'v3', false],
    [' 2026.4 ', '2026.4', false],
    ['2', '1', false],
  ])('%s older than %s: %s', (a, b, older) => {
    expect(isOlderVersion(a, b)).toBe(older);
  });
});
