import { describe, expect, it } from 'vitest';
import { setAt, type Json } from '../../../lib/playbook/edit/draft';
import { parsePlaybook } from '../../../lib/playbook/validate';
import { starterPlaybookText } from '../../../lib/playbook/templates';

// The editor's max-age fields (components/editor/HeaderForm.tsx, CriteriaTable.tsx) write these
// paths: what they write must be what the format accepts (issue 20).
describe('editing the maximum age of facts', () => {
  const starter = JSON.parse(starterPlaybookText) as Json;

  it('per layer and per criterion, at the paths the editor writes', () => {
    let d = setAt(starter, ['maxAgeDays', 'signal'], 30);
    d = setAt(d, ['maxAgeDays', 'firmographic'], 200);
    d = setAt(d, ['icps', 0, 'criteria', 0, 'maxAgeDays'], 45);
    const r = parsePlaybook(d);
    expect(r.ok).toBe(true);
    expect(r.ok && r.playbook.maxAgeDays).toEqual({ signal: 30, firmographic: 200 });
    expect(r.ok && r.playbook.icps[0]!.criteria[0]!.maxAgeDays).toBe(45);
  });

  it('an emptied field leaves the defaults; a zero or fractional age is a problem at its path', () => {
    const emptied = setAt(setAt(starter, ['maxAgeDays', 'signal'], 30), ['maxAgeDays', 'signal'], undefined);
    expect(parsePlaybook(emptied).ok).toBe(true);
    const bad = parsePlaybook(setAt(starter, ['maxAgeDays', 'signal'], 0));
    expect(!bad.ok && bad.errors.map((e) => e.path)).toContain('maxAgeDays.signal');
  });
});
