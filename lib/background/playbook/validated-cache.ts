import { browser } from 'wxt/browser';
import { z } from 'zod';
import { hash53, playbookKey } from '../../playbook/content-key';
import type { Playbook } from '../../playbook/schema';
import { parsePlaybookText } from '../../playbook/validate';

/**
 * The playbook text this browser session last validated, and the playbook it validated to, kept
 * in storage.session under the text's hash (issue 17). Chrome stops the worker after 30 s idle,
 * so a rep's next page usually meets a new worker, which used to validate the same stored text
 * again before the first badge: 8–21 ms of zod on the cold path for the starter playbook
 * (docs/benchmarks.md, session 15), more for a team's larger one. Now only the first worker of a
 * browser session (or of a new playbook version) validates; the next ones read the result back.
 *
 * Why the result is trusted without validating it again: storage.session lives in memory only,
 * is emptied when the browser closes and when the extension is updated or reloaded, and only the
 * extension's own pages and worker can reach it (content scripts cannot: the access level is
 * never widened). Every entry was written here, from parsePlaybookText's own output, in this
 * browser session. The entry is looked up by the text's hash and length, so a different text
 * can never be answered with another text's playbook; a damaged entry is ignored.
 */
export const VALIDATED_KEY = 'icpfit:validated-playbook';
/**
 * Texts above this are validated every time rather than copied into storage.session: a few rare
 * paths read the whole area (tab-state.ts's tabsWithAccounts after a rescore, list-store.ts once the
 * lists' bound is crossed) and would copy the playbook too. The starter is 19 kB; 500 criteria ~150 kB.
 */
const MAX_CACHED_CHARS = 256 * 1024;

const Entry = z.object({
  hash: z.string().max(20),
  length: z.number().int().nonnegative(),
  key: z.string().max(1000),
  // taken as it is (z.custom copies nothing): a rebuilt object could reorder its keys
  playbook: z.custom<Playbook>((v) => !!v && typeof v === 'object' && !Array.isArray(v) && Array.isArray((v as { icps?: unknown }).icps)),
});
type Entry = z.infer<typeof Entry>;

export type Validated = { ok: true; playbook: Playbook; key: string } | { ok: false; message: string };

/** This worker's copy: read from storage.session once per worker (null: it held nothing usable). */
let memo: Promise<Entry | null> | undefined;

/** Start reading this browser session's entry (the caller reads its rows from IndexedDB meanwhile). */
export function loadValidated(): Promise<Entry | null> {
  return (memo ??= readEntry());
}

/** Validate a stored playbook text, or take this browser session's earlier result for the same text. */
export async function validatedPlaybook(text: string): Promise<Validated> {
  const hash = hash53(text);
  const entry = await loadValidated();
  if (entry && entry.hash === hash && entry.length === text.length) return { ok: true, playbook: entry.playbook, key: entry.key };
  const parsed = parsePlaybookText(text);
  if (!parsed.ok) return { ok: false, message: parsed.errors[0]?.message ?? 'invalid' };
  return { ok: true, playbook: parsed.playbook, key: rememberValidated(text, parsed.playbook, hash) };
}

/** Keep a text's validated playbook for the next worker (an import has just validated it); its content key. */
export function rememberValidated(text: string, playbook: Playbook, hash = hash53(text)): string {
  const key = playbookKey(playbook);
  if (text.length <= MAX_CACHED_CHARS) {
    const entry: Entry = { hash, length: text.length, key, playbook };
    memo = Promise.resolve(entry);
    // not awaited: nothing waits for this copy; a failed write only costs the next worker a validation
    void Promise.resolve()
      .then(() => browser.storage.session.set({ [VALIDATED_KEY]: entry }))
      .catch(() => undefined);
  }
  return key;
}

async function readEntry(): Promise<Entry | null> {
  try {
    const parsed = Entry.safeParse((await browser.storage.session.get(VALIDATED_KEY))[VALIDATED_KEY]);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Tests: forget this worker's copy, as a new worker starts without it. */
export function forgetValidatedMemo(): void {
  memo = undefined;
}
