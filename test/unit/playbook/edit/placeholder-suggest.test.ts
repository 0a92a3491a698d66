import { describe, expect, it } from 'vitest';
import { applyPlaceholder, suggestPlaceholders } from '../../../../lib/playbook/edit/placeholder-suggest';

describe('placeholder suggestions', () => {
  it.each([
    ['Hi {{', 5, '', true],
    ['Hi {{emp', 8, 'emp', true],
    ['Hi {{ emp', 9, 'emp', true],
    ['Hi {{name}} ', 12, null, false],
    ['Hi {', 4, null, false],
    ['no braces', 9, null, false],
    ['{{zzz', 5, null, false],
  ] as const)('%j at %i → prefix %j', (text, caret, prefix, any) => {
    const s = suggestPlaceholders(text, caret);
    expect(s !== null).toBe(any);
    if (s) expect(s.prefix).toBe(prefix);
  });

  it('names starting with the prefix come first, then names containing it', () => {
    const s = suggestPlaceholders('{{fund', 6)!;
    expect(s.names[0]).toBe('fundingStage');
    expect(s.names).toContain('lastFundingDate');
    expect(s.names.indexOf('fundingStage')).toBeLessThan(s.names.indexOf('lastFundingDate'));
  });

  it.each([
    ['Hi {{emp', 8, 'employees', 'Hi {{employees}}', 16],
    ['Hi {{emp and more', 8, 'employees', 'Hi {{employees}} and more', 16],
    ['Hi {{emp}} there', 8, 'employees', 'Hi {{employees}} there', 16],
    ['{{', 2, 'name', '{{name}}', 8],
  ] as const)('apply %j → %j', (text, caret, name, want, wantCaret) => {
    const s = suggestPlaceholders(text, caret)!;
    expect(applyPlaceholder(text, caret, s, name)).toEqual({ text: want, caret: wantCaret });
  });
});
