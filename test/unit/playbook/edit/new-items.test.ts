import { describe, expect, it } from 'vitest';
import { insertItem } from '../../../../lib/playbook/edit/lists';
import { newCriterion, newDisqualifier, newIcp, newPersona, newSegment, newTalkingPoint, newTier } from '../../../../lib/playbook/edit/new-items';
import type { Draft } from '../../../../lib/playbook/edit/draft';
import { sampleFacts } from '../../../../lib/view/editor-preview';
import { parsePlaybook } from '../../../../lib/playbook/validate';

const base = (): Draft => ({ format: 'icp-fit/playbook@1', name: 'n', version: '1', icps: [], personas: [] });

describe('new items', () => {
  it('a playbook built only from "Add" buttons is valid', () => {
    let d = base();
    d = insertItem(d, ['icps'], newIcp(d, ['icps']));
    d = insertItem(d, ['icps'], newIcp(d, ['icps']));
    const at = ['icps', 0] as const;
    d = insertItem(d, [...at, 'criteria'], newCriterion(d, [...at, 'criteria']));
    d = insertItem(d, [...at, 'disqualifiers'], newDisqualifier(d, [...at, 'disqualifiers']));
    d = insertItem(d, [...at, 'segments'], newSegment(d, [...at, 'segments']));
    d = insertItem(d, ['personas'], newPersona(d, ['personas']));
    d = insertItem(d, ['personas', 0, 'talkingPoints'], newTalkingPoint());
    const r = parsePlaybook(d);
    expect(r.ok ? [] : r.errors).toEqual([]);
    expect((d.icps as { id: string }[]).map((i) => i.id)).toEqual(['icp-1', 'icp-2']);
  });
  it('a new tier at the end (min 0) after the existing last tier is reported, not hidden', () => {
    let d = base();
    d = insertItem(d, ['icps'], newIcp(d, ['icps']));
    d = insertItem(d, ['icps', 0, 'tiers'], newTier(d, ['icps', 0, 'tiers']));
    const r = parsePlaybook(d);
    expect(r.ok).toBe(false);
  });
  it('the sample account has readable facts', () => {
    const f = sampleFacts();
    expect(Object.keys(f)).toEqual(expect.arrayContaining(['industry', 'employees', 'fundingStage', 'technologies']));
  });
});
