/* eslint-disable @typescript-eslint/no-explicit-any -- these tests edit and inspect arbitrary JSON documents */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { starterPlaybookText } from '../../../lib/playbook/templates';
import { parsePlaybook, parsePlaybookText } from '../../../lib/playbook/validate';

const PATH = /^(|[^.[\]]+|\[\d+\])((\.[^.[\]]+)|(\[\d+\]))*$/;

function expectWellFormed(r: ReturnType<typeof parsePlaybookText>): void {
  if (r.ok) return void expect(r.playbook.icps.length).toBeGreaterThan(0);
  expect(r.errors.length).toBeGreaterThan(0);
  for (const e of r.errors) {
    expect(typeof e.path).toBe('string');
    expect(e.path).toMatch(PATH);
    expect(e.message.length).toBeGreaterThan(0);
    expect(e.message).not.toMatch(/\n\s+at |TypeError|undefined/);
  }
}

/** Replace the value at a random path of the starter with an arbitrary JSON value. */
function mutate(doc: unknown, choices: number[], replacement: unknown): unknown {
  if (!choices.length || !doc || typeof doc !== 'object') return replacement;
  const keys = Object.keys(doc);
  if (!keys.length) return replacement;
  const key = keys[choices[0]! % keys.length]!;
  const copy: any = Array.isArray(doc) ? [...doc] : { ...doc };
  copy[key] = mutate((doc as any)[key], choices.slice(1), replacement);
  return copy;
}

describe('validation never throws', () => {
  it('any JSON text either validates or yields path-level errors', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => expectWellFormed(parsePlaybookText(JSON.stringify(v)))), { numRuns: 500 });
  });

  it('any string either validates or yields errors', () => {
    fc.assert(fc.property(fc.string(), (s) => expectWellFormed(parsePlaybookText(s))), { numRuns: 300 });
  });

  it('the starter with any one value replaced by any JSON validates or yields path-level errors', () => {
    const starter = JSON.parse(starterPlaybookText);
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 7 }), fc.jsonValue({ maxDepth: 3 }), (choices, value) => {
        const r = parsePlaybook(mutate(starter, choices, value));
        expectWellFormed(r);
      }),
      { numRuns: 500 },
    );
  });

  it('a key that is empty or holds ".", "[" or "]" stays one path segment (found by the property above, seed 361698390)', () => {
    const starter = JSON.parse(starterPlaybookText);
    const paths = (v: unknown) => {
      const r = parsePlaybook({ ...starter, $schema: v });
      expectWellFormed(r);
      return r.ok ? [] : r.errors.map((e) => e.path);
    };
    expect(paths({ '': { prototype: '' } })).toEqual(['$schema."".prototype']);
    expect(paths({ '[': { prototype: 1 } })).toEqual(['$schema."\\u005b".prototype']);
    expect(paths({ 'a.b': { constructor: 1 } })).toEqual(['$schema."a\\u002eb".constructor']);
  });

  it('non-JSON inputs to parsePlaybook (already-parsed values) are handled too', () => {
    fc.assert(fc.property(fc.anything(), (v) => expectWellFormed(parsePlaybook(v))), { numRuns: 300 });
  });
});
