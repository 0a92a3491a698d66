import { describe, expect, it } from 'vitest';
import { applyEdits, nextVersion, suggestEdits } from '../../../lib/insights/review-edits';
import type { ReviewEdit } from '../../../lib/insights/review-schema';
import { diffPlaybooks } from '../../../lib/playbook/diff';
import { planted, reviewPlaybook } from './review-fixtures';

const TODAY = '2026-12-06';

function edits(): ReviewEdit[] {
  const s = suggestEdits(reviewPlaybook(), 'core', [...planted('2026-05-01', 60, 0.5, 0.5), ...planted('2026-08-01', 60, 0.8, 0.1)], TODAY);
  if (!s.ok) throw new Error(s.message);
  return s.edits;
}

describe('accepting some of the suggested edits', () => {
  it('makes only the accepted edits, under the new version', () => {
    const all = edits();
    const retest = all.find((e) => e.kind === 'retest')!;
    const base = reviewPlaybook();
    const r = applyEdits(base, [retest], { version: '2026.4', today: TODAY });
    if (!r.ok) throw new Error(r.error);
    expect(r.playbook.version).toBe('2026.4');
    expect(r.playbook.updated).toBe(TODAY);
    const core = r.playbook.icps[0]!;
    // re-tested in place: same id, points and position; the added criterion was not accepted
    expect(core.criteria.map((c) => [c.id, c.points])).toEqual([['software', 60], ['emea', 40]]);
    expect(core.criteria[0]).toMatchObject({ fact: 'industry', is: 'in', values: ['Software Development'], label: 'Industry: Software Development' });
    expect(diffPlaybooks(base, r.playbook).map((c) => c.text)).toEqual([
      'Version 2026.3 → 2026.4',
      ...retest.changes.map((c) => c.text),
    ]);
    // the playbook it started from is untouched
    expect(base.icps[0]!.criteria[0]!.values).toEqual(['Retail']);
  });

  it('makes every accepted edit together', () => {
    const all = edits();
    const r = applyEdits(reviewPlaybook(), all, { version: '2026.4' });
    if (!r.ok) throw new Error(r.error);
    const ids = r.playbook.icps[0]!.criteria.map((c) => c.id);
    expect(ids).toEqual(['software', 'emea', ...all.filter((e) => e.kind === 'add-criterion').map((e) => (e.kind === 'add-criterion' ? e.criterion.id : ''))]);
    const added = r.playbook.icps[0]!.criteria.find((c) => c.id === 'technologies')!;
    // points scaled to the ICP's total (100 here), never 0
    expect(added.points).toBeGreaterThanOrEqual(1);
  });

  it('refuses edits that no longer fit the playbook, changing nothing', () => {
    const all = edits();
    const retest = all.find((e) => e.kind === 'retest')!;
    const gone = { ...retest, criterion: { ...(retest.kind === 'retest' ? retest.criterion : { id: '' }), id: 'nope' } } as ReviewEdit;
    expect(applyEdits(reviewPlaybook(), [gone], { version: '2' })).toEqual({ ok: false, error: 'criterion "nope" is not in ICP "Core" any more' });
    const add = all.find((e) => e.kind === 'add-criterion')!;
    expect(applyEdits(reviewPlaybook(), [add, add], { version: '2' })).toMatchObject({ ok: false, error: expect.stringContaining('already in the playbook') });
    expect(applyEdits(reviewPlaybook(), [{ ...add, icpId: 'other' }], { version: '2' })).toEqual({ ok: false, error: 'ICP "other" is not in the playbook' });
    // a version label the format refuses
    expect(applyEdits(reviewPlaybook(), [add], { version: 'x'.repeat(41) })).toMatchObject({ ok: false });
  });

  it('does not suggest what the playbook already says', () => {
    const all = edits();
    const r = applyEdits(reviewPlaybook(), all, { version: '2026.4' });
    if (!r.ok) throw new Error(r.error);
    const again = suggestEdits(r.playbook, 'core', [...planted('2026-05-01', 60, 0.5, 0.5), ...planted('2026-08-01', 60, 0.8, 0.1)], TODAY);
    expect(again.ok && again.edits.filter((e) => e.kind !== 'add-disqualifier')).toEqual([]);
  });

  it.each([
    ['2026.3', '2026.4'],
    ['2026.9', '2026.10'],
    ['v7', 'v8'],
    ['1.09', '1.10'],
    ['Q3 edition', 'Q3 edition (reviewed)'],
    ['12345678901234567890', '12345678901234567891'],
    ['2026.999999999999999999999', '2026.1000000000000000000000'.slice(0, 40)],
  ])('the next version after %s is %s', (v, next) => expect(nextVersion(v)).toBe(next));
});
