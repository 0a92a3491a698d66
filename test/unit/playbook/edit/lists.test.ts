import { describe, expect, it } from 'vitest';
import { duplicateItem, insertItem, moveItem, nextId, removeItem, uniqueId } from '../../../../lib/playbook/edit/lists';
import type { Draft } from '../../../../lib/playbook/edit/draft';

const doc = (): Draft => ({ icps: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }, { id: 'c', name: 'C' }] });
const ids = (d: Draft) => (d.icps as { id: string }[]).map((i) => i.id);

describe('moveItem', () => {
  it.each([
    [0, 2, ['b', 'c', 'a']],
    [2, 0, ['c', 'a', 'b']],
    [1, 0, ['b', 'a', 'c']],
    [1, 2, ['a', 'c', 'b']],
    [0, 0, ['a', 'b', 'c']],
    [0, 3, ['a', 'b', 'c']],
    [-1, 0, ['a', 'b', 'c']],
  ])('%i → %i', (from, to, want) => expect(ids(moveItem(doc(), ['icps'], from, to))).toEqual(want));
});

describe('insert and remove', () => {
  it('appends by default, inserts at an index, clamps', () => {
    expect(ids(insertItem(doc(), ['icps'], { id: 'd' }))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(insertItem(doc(), ['icps'], { id: 'd' }, 1))).toEqual(['a', 'd', 'b', 'c']);
    expect(ids(insertItem(doc(), ['icps'], { id: 'd' }, 99))).toEqual(['a', 'b', 'c', 'd']);
    expect(insertItem({}, ['personas'], { id: 'p' })).toEqual({ personas: [{ id: 'p' }] });
  });
  it('removes one item; an index out of range changes nothing', () => {
    expect(ids(removeItem(doc(), ['icps'], 1))).toEqual(['a', 'c']);
    const d = doc();
    expect(removeItem(d, ['icps'], 3)).toBe(d);
  });
});

describe('duplicateItem', () => {
  it('inserts a deep copy after the original with a unique id and "(copy)" name', () => {
    const d: Draft = { icps: [{ id: 'saas', name: 'SaaS', criteria: [{ id: 'x' }] }, { id: 'saas-copy', name: 'Other' }] };
    const next = duplicateItem(d, ['icps'], 0);
    const list = next.icps as { id: string; name: string; criteria?: unknown[] }[];
    expect(list.map((i) => i.id)).toEqual(['saas', 'saas-copy-2', 'saas-copy']);
    expect(list[1]!.name).toBe('SaaS (copy)');
    expect(list[1]!.criteria).toEqual([{ id: 'x' }]);
    expect(list[1]!.criteria).not.toBe(list[0]!.criteria);
  });
  it('copies an item without a name (a criterion) and keeps its label', () => {
    const d: Draft = { c: [{ id: 'size', label: 'Size' }] };
    expect(duplicateItem(d, ['c'], 0).c).toEqual([{ id: 'size', label: 'Size' }, { id: 'size-copy', label: 'Size' }]);
  });
  it('ignores a missing item', () => {
    const d = doc();
    expect(duplicateItem(d, ['icps'], 9)).toBe(d);
  });
});

describe('ids', () => {
  it.each([
    ['a', [], 'a'],
    ['a', ['a'], 'a-2'],
    ['a', ['a', 'a-2', 'a-3'], 'a-4'],
    ['', [], 'item'],
    ['x'.repeat(80), [], 'x'.repeat(58)],
  ] as const)('uniqueId(%s, %j) = %s', (base, taken, want) => expect(uniqueId(base, taken)).toBe(want));
  it('nextId counts the list and skips taken ids', () => {
    expect(nextId({ c: [{ id: 'criterion-2' }] }, ['c'], 'criterion')).toBe('criterion-2-2');
    expect(nextId({}, ['c'], 'criterion')).toBe('criterion-1');
  });
});
