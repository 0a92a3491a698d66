import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PLAYBOOK_BYTES, parsePlaybook, parsePlaybookText } from '../../../lib/playbook/validate';
import { starterPlaybookText } from '../../../lib/playbook/templates';

// Hostile playbook files (issue: hardening): every one ends in bounded time with path-level
// errors, never a throw, never prototype pollution.
const wellFormedFailure = (r: ReturnType<typeof parsePlaybookText>) => {
  expect(r.ok).toBe(false);
  if (!r.ok) for (const e of r.errors) expect(typeof e.path === 'string' && e.message.length > 0).toBe(true);
};

describe('hostile playbook files', () => {
  it('every truncation of a valid file is refused with errors', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: starterPlaybookText.length - 2 }), (cut) => wellFormedFailure(parsePlaybookText(starterPlaybookText.slice(0, cut)))),
      { numRuns: 300 },
    );
  });

  it('a file over 1 MB is refused before parsing', () => {
    const huge = starterPlaybookText.replace('"version":', `"pad": "${'x'.repeat(1_100_000)}", "version":`);
    const started = performance.now();
    const r = parsePlaybookText(huge);
    wellFormedFailure(r);
    expect(!r.ok && r.errors[0]!.message).toMatch(/larger than 1 MB/);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('10,000 criteria in a valid, under-1 MB file are refused by the criteria cap, in bounded time', () => {
    const doc = JSON.parse(starterPlaybookText);
    // the smallest valid criterion, so the file stays under the 1 MB cap and parses: the refusal
    // must come from the criteria cap (schema.ts, at most 1000 per ICP), not from size or syntax
    doc.icps[0].criteria = Array.from({ length: 10_000 }, (_, i) => ({ id: `c${i}`, label: 'x', layer: 'signal', points: 1, fact: 'jobCount', is: 'present' }));
    const text = JSON.stringify(doc);
    expect(text.length).toBeLessThan(MAX_PLAYBOOK_BYTES);
    expect(JSON.parse(text).icps[0].criteria).toHaveLength(10_000);
    const started = performance.now();
    const r = parsePlaybookText(text);
    wellFormedFailure(r);
    expect(!r.ok && r.errors).toContainEqual({ path: 'icps[0].criteria', message: 'at most 1000 items' });
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('__proto__ / constructor / prototype keys anywhere are refused by name, in a file or an object', () => {
    // JSON.parse keeps "__proto__" as an own key; it becomes a prototype wherever it is later
    // copied by assignment. The validator refuses it by name before any other step looks at it.
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const text = starterPlaybookText.replace('"criteria":', `"${key}": {"isAdmin": true}, "criteria":`);
      expect(text).not.toBe(starterPlaybookText);
      for (const r of [parsePlaybookText(text), parsePlaybook(JSON.parse(text))]) {
        wellFormedFailure(r);
        expect(!r.ok && r.errors).toEqual([{ path: `icps[0].${key}`, message: `"${key}" is not allowed as a key` }]);
      }
    }
  });

  it('absurd numbers are refused with a path', () => {
    for (const bad of ['1e400', '-1', '1e12']) {
      const text = starterPlaybookText.replace('"points":20', `"points":${bad}`);
      expect(text).not.toBe(starterPlaybookText);
      const r = parsePlaybookText(text);
      wellFormedFailure(r);
      expect(!r.ok && r.errors.some((e) => /icps\[0\]\.criteria\[0\]\.points/.test(e.path))).toBe(true);
    }
  });
});
