import { describe, expect, it } from 'vitest';
import { scoreAccount } from '../../../lib/scoring';
import { format } from '../../../lib/scoring/template';
import { facts, playbookOf, TODAY } from './helpers';

// Scoring memoises by value (lib/scoring/forms.ts, template.ts, evaluate.ts, index.ts) so that
// repeated values cost a lookup. Each memo must give exactly the answer the uncached path gives.
describe('memoised scoring answers', () => {
  it('formats -0 as Intl does, even after 0 was formatted (a Map takes -0 for 0)', () => {
    expect(format(0)).toBe('0');
    expect(format(-0)).toBe('-0');
    expect(format(0)).toBe('0');
  });

  it('reads a sparse list like a full one, as Array.prototype.every skips holes', () => {
    // eslint-disable-next-line no-sparse-arrays
    const sparse = ['Segment', , 'HubSpot'];
    const c = playbookOf([{ fact: 'technologies', is: 'any', values: ['HubSpot'] }]);
    expect(scoreAccount({ facts: facts({ technologies: sparse }) }, c, { today: TODAY }).results[0]!.criteria[0]!.state).toBe('matched');
  });

  it("follows a caller's own region list when it changes between scorings (only frozen lists are memoised)", () => {
    const c = playbookOf([{ fact: 'hqRegion', is: 'in', values: ['europe'] }]);
    const regions = ['europe'];
    const input = { facts: facts({ hqRegion: regions }) };
    expect(scoreAccount(input, c, { today: TODAY }).results[0]!.criteria[0]!.state).toBe('matched');
    regions[0] = 'apac';
    expect(scoreAccount(input, c, { today: TODAY }).results[0]!.criteria[0]!.state).toBe('missed');
  });

  it('keeps the persona a title picks per playbook', () => {
    const persona = (id: string, titles: string[]) => ({ id, name: id, titles, talkingPoints: [], questions: [] });
    const one = playbookOf([{ fact: 'employees', is: 'at-least', value: 1 }], {}, { personas: [persona('sales', ['VP Sales'])] } as never);
    const two = playbookOf([{ fact: 'employees', is: 'at-least', value: 1 }], {}, { personas: [persona('other', ['Founder'])] } as never);
    const pick = (c: typeof one) => scoreAccount({ facts: facts({ employees: 5 }), person: { title: 'VP of Sales' } }, c, { today: TODAY }).persona;
    expect(pick(one)).toEqual({ id: 'sales', name: 'sales', matchedBy: 'VP Sales' });
    expect(pick(two)).toBeNull();
    expect(pick(one)?.id).toBe('sales');
  });

  it('answers a matches test the same for a text seen before and a long text never kept', () => {
    const c = playbookOf([{ fact: 'openRoles', is: 'matches', values: ['SDR'] }]);
    const state = (roles: string[]) => scoreAccount({ facts: facts({ openRoles: roles }) }, c, { today: TODAY }).results[0]!.criteria[0]!.state;
    expect(state(['Senior SDR'])).toBe('matched');
    expect(state(['Senior SDR'])).toBe('matched');
    expect(state(['SDRs'])).toBe('missed');
    expect(state([`${'x'.repeat(300)} SDR`])).toBe('matched');
  });
});
