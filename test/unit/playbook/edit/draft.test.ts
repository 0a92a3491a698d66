import { describe, expect, it } from 'vitest';
import { getAt, parsePath, pathText, setAt, type Draft } from '../../../../lib/playbook/edit/draft';

const doc: Draft = { name: 'P', icps: [{ id: 'a', criteria: [{ id: 'c', values: ['x', 'y'] }] }] };

describe('getAt', () => {
  it.each([
    [['name'], 'P'],
    [['icps', 0, 'id'], 'a'],
    [['icps', 0, 'criteria', 0, 'values', 1], 'y'],
    [['icps', 1, 'id'], undefined],
    [['name', 'x'], undefined],
    [['icps', 'x'], undefined],
    [['toString'], undefined],
  ] as const)('%j → %j', (path, want) => expect(getAt(doc, path)).toEqual(want));
});

describe('setAt', () => {
  it('replaces a nested value and leaves the original untouched', () => {
    const next = setAt(doc, ['icps', 0, 'criteria', 0, 'values', 1], 'z');
    expect(getAt(next, ['icps', 0, 'criteria', 0, 'values'])).toEqual(['x', 'z']);
    expect(getAt(doc, ['icps', 0, 'criteria', 0, 'values'])).toEqual(['x', 'y']);
    expect(next.name).toBe('P');
    expect(next.icps).not.toBe(doc.icps);
  });
  it('removes a key for undefined (an empty optional field is absent)', () => {
    const next = setAt(doc, ['name'], undefined);
    expect(Object.hasOwn(next, 'name')).toBe(false);
  });
  it('creates missing objects and lists on the way', () => {
    expect(setAt({} as Draft, ['icps', 0, 'name'], 'n')).toEqual({ icps: [{ name: 'n' }] });
  });
  it.each(['__proto__', 'constructor', 'prototype'])('refuses the key %s, alone or on the way to another', (k) => {
    expect(() => setAt(doc, [k], 1)).toThrow(/not a playbook field/);
    // without the refusal, ['__proto__', 'isAdmin'] would hand the new draft a prototype {isAdmin: true}
    expect(() => setAt(doc, [k, 'isAdmin'], true)).toThrow(/not a playbook field/);
    expect(() => setAt(doc, ['icps', 0, k, 'isAdmin'], true)).toThrow(/not a playbook field/);
  });
  it('refuses an index past the end', () => expect(() => setAt(doc, ['icps', 5, 'id'], 'x')).toThrow(RangeError));
});

describe('paths as text', () => {
  it.each([
    ['', []],
    ['name', ['name']],
    ['icps[0].criteria[12].values', ['icps', 0, 'criteria', 12, 'values']],
    ['personas[1].talkingPoints[0].if[2]', ['personas', 1, 'talkingPoints', 0, 'if', 2]],
  ] as const)('%s ⇄ %j', (text, path) => {
    expect(parsePath(text)).toEqual(path);
    expect(pathText(path)).toBe(text);
  });
});
