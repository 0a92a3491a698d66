import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser } from './fake-browser';
import { playbookText } from './playbook-fakes';
import { starterPlaybookText } from '../../../lib/playbook/templates';
import { hash53, playbookKey } from '../../../lib/playbook/content-key';
import { largePlaybookText } from '../../../bench/scoring.bench';

const fake = createFakeBrowser();
vi.mock('wxt/browser', () => ({ browser: fake.browser }));

// count the validations while keeping the real validator
const validations = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../lib/playbook/validate', async (original) => {
  const real = await original<typeof import('../../../lib/playbook/validate')>();
  return { ...real, parsePlaybookText: (text: string) => (validations.count++, real.parsePlaybookText(text)) };
});

const { parsePlaybookText } = await import('../../../lib/playbook/validate');
const { VALIDATED_KEY, forgetValidatedMemo, validatedPlaybook } = await import('../../../lib/background/playbook/validated-cache');
const { getActivePlaybook, importPlaybook } = await import('../../../lib/background/playbook/playbook-service');
const { db } = await import('../../../lib/db/database');

/** A new worker: nothing in memory, storage.session as the last one left it. */
const newWorker = () => forgetValidatedMemo();
const settle = () => new Promise((r) => setTimeout(r, 0));

// Issue 17: a worker woken after 30 s idle took the stored playbook text through zod again before
// its first badge. Now a browser session validates each text once and later workers read the
// result back from storage.session.
describe('a playbook text validated once per browser session', () => {
  beforeEach(() => {
    fake.session.clear();
    newWorker();
    validations.count = 0;
  });

  it('the next worker gets the same playbook and key without validating', async () => {
    for (const text of [starterPlaybookText, largePlaybookText(500)]) {
      const first = await validatedPlaybook(text);
      await settle();
      newWorker();
      const before = validations.count;
      const again = await validatedPlaybook(text);
      expect(validations.count).toBe(before);
      const fresh = parsePlaybookText(text);
      if (!fresh.ok || !again.ok || !first.ok) throw new Error('expected valid');
      // the same object, key for key and in the same order (the content key hashes its JSON)
      expect(JSON.stringify(again.playbook)).toBe(JSON.stringify(fresh.playbook));
      expect(again.playbook).toEqual(fresh.playbook);
      expect(again.key).toBe(playbookKey(fresh.playbook));
      expect(again.key).toBe(first.key);
    }
  });

  it('another text is validated, even one of the same length', async () => {
    const a = playbookText('2027.1');
    const b = playbookText('2027.2'); // same length, other content
    expect(b.length).toBe(a.length);
    await validatedPlaybook(a);
    await settle();
    newWorker();
    const got = await validatedPlaybook(b);
    expect(validations.count).toBe(2);
    expect(got.ok && got.playbook.version).toBe('2027.2');
  });

  it('an invalid text is refused every time and nothing is kept for it', async () => {
    const bad = '{"format":"icp-fit/playbook@1","name":';
    expect(await validatedPlaybook(bad)).toMatchObject({ ok: false, message: expect.stringMatching(/not valid JSON/) });
    await settle();
    expect(fake.session.has(VALIDATED_KEY)).toBe(false);
    newWorker();
    expect((await validatedPlaybook(bad)).ok).toBe(false);
    expect(validations.count).toBe(2);
  });

  it('a damaged entry is ignored: the text is validated again', async () => {
    // the right hash and length, but no playbook in it
    fake.session.set(VALIDATED_KEY, { hash: hash53(starterPlaybookText), length: starterPlaybookText.length, key: 'k', playbook: 'not an object' });
    const got = await validatedPlaybook(starterPlaybookText);
    expect(got.ok && got.playbook.icps.length).toBeGreaterThan(0);
    expect(validations.count).toBe(1);
  });

  it('the active playbook after a worker restart: read back, not validated; an import is remembered as it is validated', async () => {
    await db().delete();
    await db().open();
    await importPlaybook(playbookText('2027.1'), 'file');
    expect(validations.count).toBe(1);
    const active = await getActivePlaybook();
    expect(active.playbook.version).toBe('2027.1');
    expect(validations.count).toBe(1); // the import's own validation is reused
    await settle();
    vi.resetModules(); // a new worker: the service's in-memory cache is gone too
    newWorker();
    const service = await import('../../../lib/background/playbook/playbook-service');
    const cold = await service.getActivePlaybook();
    expect(cold.playbook.version).toBe('2027.1');
    expect(cold.key).toBe(active.key);
    expect(validations.count).toBe(1);
  });
});
