import { describe, expect, it } from 'vitest';
import { initials, tierClass } from '../../../lib/ui/panel-model';
import { topReasons } from '../../../components/PopupSummary';
import type { IcpCard } from '../../../components/model';

describe('panel model', () => {
  it.each([
    ['Acme Analytics', 'AA'],
    ['beta', 'BE'],
    ['  ', '?'],
    ['Ünïcode Ltd', 'ÜL'],
    ['🚀 Rocket', 'RO'],
    ['<img src=x onerror=alert(1)>', 'IS'],
    ['شركة أمثلة', 'شأ'],
  ])('initials(%j) = %j', (name, expected) => expect(initials(name)).toBe(expected));

  it('colours tiers by rank, DQ red, no score neutral', () => {
    expect(tierClass({ tier: 'A', tierRank: 0, tierCount: 3 })).toBe('top');
    expect(tierClass({ tier: 'B', tierRank: 1, tierCount: 3 })).toBe('mid');
    expect(tierClass({ tier: 'C', tierRank: 2, tierCount: 3 })).toBe('low');
    expect(tierClass({ tier: 'DQ', tierRank: 4, tierCount: 3 })).toBe('dq');
    expect(tierClass({ tier: null, tierRank: 3, tierCount: 3 })).toBe('none');
  });

  it('the popup leads with disqualifiers, then the heaviest known criteria', () => {
    const icp = {
      disqualifiers: [{ id: 'd', reason: 'Government' }],
      criteria: [
        { id: 'a', label: 'Small thing', state: 'matched', points: 5 },
        { id: 'b', label: 'Big thing', state: 'missed', points: 30 },
        { id: 'c', label: 'Unknown thing', state: 'unknown', points: 50 },
        { id: 'e', label: 'Half thing', state: 'partial', points: 20 },
      ],
    } as unknown as IcpCard;
    expect(topReasons(icp)).toEqual(['✗ Government', '✗ Big thing', '◐ Half thing']);
  });
});
