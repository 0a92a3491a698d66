import { describe, expect, it } from 'vitest';
import { scoreAccount } from '../../../lib/scoring';
import { facts, playbookOf, TODAY } from './helpers';

// Discovery questions are remembered per ICP and persona by which criteria are unknown (a bit mask,
// lib/scoring/talking-points.ts). Each remembered list must be exactly what working it out gives.
describe('remembered discovery questions', () => {
  const qualitative = (n: number) => Array.from({ length: n }, (_, i) => ({ label: `Check ${i}`, layer: 'qualitative' }));
  const asked = (pb: ReturnType<typeof playbookOf>, answers: Record<string, boolean>, title?: string) =>
    scoreAccount({ facts: facts({}), answers, person: title ? { title } : undefined }, pb, { today: TODAY }).results[0]!.questions;

  it('tells apart criteria 32 places apart in a long ICP (a 32-bit mask would wrap and mix them up)', () => {
    const pb = playbookOf(qualitative(40));
    const all = qualitative(40).map((_, i) => `Can you confirm: check ${i}?`);
    // c31 answered in both: a wrapped mask then has the same bits either way (c32's bit is c0's)
    expect(asked(pb, { c31: true, c32: true })).toEqual(all.filter((_, i) => i !== 31 && i !== 32));
    expect(asked(pb, { c31: true, c0: true })).toEqual(all.filter((_, i) => i !== 31 && i !== 0));
    expect(asked(pb, { c31: true, c32: true })).toEqual(all.filter((_, i) => i !== 31 && i !== 32));
  });

  it('keeps each persona’s own questions apart for the same unknown criteria', () => {
    const persona = (id: string, titles: string[], questions: string[]) => ({ id, name: id, titles, talkingPoints: [], questions });
    const pb = playbookOf(qualitative(2), {}, { personas: [persona('sales', ['VP Sales'], ['Sales?']), persona('cto', ['CTO'], ['Tech?'])] } as never);
    expect(asked(pb, { c1: true }, 'VP Sales')).toEqual(['Can you confirm: check 0?', 'Sales?']);
    expect(asked(pb, { c1: true }, 'CTO')).toEqual(['Can you confirm: check 0?', 'Tech?']);
    expect(asked(pb, { c1: true })).toEqual(['Can you confirm: check 0?']);
  });

  it('are frozen, as they are shared between accounts', () => {
    const pb = playbookOf(qualitative(3));
    const q = asked(pb, {});
    expect(Object.isFrozen(q)).toBe(true);
    expect(asked(pb, {})).toEqual(['Can you confirm: check 0?', 'Can you confirm: check 1?', 'Can you confirm: check 2?']);
  });
});
