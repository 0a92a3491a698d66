import { describe, expect, it } from 'vitest';
import { migrate, migrateWith, type Migration } from '../../../lib/playbook/migrate';

describe('format migrations', () => {
  it('@1 is current: a file passes through unchanged', () => {
    const doc = { format: 'icp-fit/playbook@1', name: 'x' };
    expect(migrate(doc)).toEqual({ ok: true, doc, from: 1, to: 1 });
  });

  it('older formats are upgraded step by step to the current one (as @2 will be)', () => {
    // a pretend @3 world: @1 named the list "profiles", @2 named tier thresholds "from"
    const steps: Record<number, Migration> = {
      1: ({ profiles, ...rest }) => ({ ...rest, icps: profiles }),
      2: (d) => ({ ...d, icps: (d.icps as { tiers: { from: number }[] }[]).map((i) => ({ tiers: i.tiers.map(({ from }) => ({ min: from })) })) }),
    };
    const v1 = { format: 'icp-fit/playbook@1', profiles: [{ tiers: [{ from: 70 }] }] };
    expect(migrateWith(v1, steps, 3)).toEqual({ ok: true, doc: { format: 'icp-fit/playbook@3', icps: [{ tiers: [{ min: 70 }] }] }, from: 1, to: 3 });
  });

  it('a step that fails, or a missing step, is a clear error, never a throw', () => {
    const boom: Record<number, Migration> = {
      1: () => {
        throw new Error('x');
      },
    };
    expect(migrateWith({ format: 'icp-fit/playbook@1' }, boom, 2)).toEqual({ ok: false, message: 'could not upgrade this file from format @1' });
    expect(migrateWith({ format: 'icp-fit/playbook@1' }, {}, 2)).toEqual({ ok: false, message: 'format @1 is no longer supported' });
  });

  it.each([
    [{ format: 'icp-fit/playbook@9' }, 'this file is format @9, newer than this version of ICP Fit understands (@1): update the extension'],
    [{ format: 'icp-fit/playbook@0' }, '"format" must be "icp-fit/playbook@1", not "icp-fit/playbook@0"'],
    [{ format: 7 }, '"format" must be "icp-fit/playbook@1", not 7'],
    [{}, 'missing "format": "icp-fit/playbook@1"'],
    [null, 'a playbook must be a JSON object'],
  ])('rejects %j', (doc, message) => {
    expect(migrate(doc)).toEqual({ ok: false, message });
  });
});
