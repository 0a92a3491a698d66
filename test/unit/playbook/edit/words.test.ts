import { describe, expect, it } from 'vitest';
import { parseWords, showWords } from '../../../../lib/playbook/edit/words';

describe('list fields typed as text', () => {
  it.each([
    ['HubSpot, Salesforce', false, false, ['HubSpot', 'Salesforce']],
    ['HubSpot, ', false, false, ['HubSpot']],
    ['  ,, ', false, false, []],
    ['50, 200, x', true, false, [50, 200, 'x']],
    ['1e3, 0x10, -5, 2.5', true, false, ['1e3', '0x10', -5, 2.5]],
    ['Who, besides you, decides?\nWhat budget?', false, true, ['Who, besides you, decides?', 'What budget?']],
  ] as const)('%j (numbers %s, lines %s)', (text, numbers, lines, want) => expect(parseWords(text, numbers, lines)).toEqual(want));

  it('shows a list back the way it is typed', () => {
    expect(showWords(['a', 5], false)).toBe('a, 5');
    expect(showWords(['q1?', 'q2?'], true)).toBe('q1?\nq2?');
    expect(parseWords(showWords(['a', 'b c'], false), false)).toEqual(['a', 'b c']);
  });
});
