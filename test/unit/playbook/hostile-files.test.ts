import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlaybookText } from '../../../lib/playbook/validate';
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

  it('10,000 criteria are refused with a clear message, in bounded time', () => {
    const doc = JSON.parse(starterPlaybookText);
    const c = doc.icps[0].criteria[1];
    doc.icps[0].criteria = Array.from({ length: 10_000 }, (_, i) => ({ ...c, id: `c${i}` }));
    const text = JSON.stringify(doc);
    const started = performance.now();
    const r = parsePlaybookText(text.length > 1_048_576 ? text.slice(0, 1_000_000) : text);
    wellFormedFailure(r);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('__proto__ / constructor keys anywhere are refused and pollute nothing', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const text = starterPlaybookText.replace('"criteria":', `"${key}": {"polluted": true}, "criteria":`);
      const r = parsePlaybookText(text);
      wellFormedFailure(r);
      expect(!r.ok && r.errors.some((e) => e.path.endsWith(key))).toBe(true);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
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
