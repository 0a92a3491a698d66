import { db } from '../../db/database';
import type { PlaybookRow } from '../../db/rows';
import type { PolicyState } from '../../messaging/views';
import { broadcastChanged } from '../tabs/broadcast';
import { importPlaybook } from './playbook-service';
import { pruneVersions } from './playbook-versions';
import { rescoreStale } from '../accounts/rescore-all';

/** Activate playbook text as a new version (validated; an invalid one changes nothing), then rescore. */
export async function activatePlaybookText(text: string, source: PlaybookRow['source'], note?: string) {
  const r = await importPlaybook(text, source, note);
  if (r.ok) {
    await pruneVersions();
    void rescoreStale().then(() => broadcastChanged({}));
  }
  return r;
}

export const POLICY_KEY = 'playbook:policy';
const NO_POLICY: PolicyState = { present: false, locked: false, appliedAt: null, error: null };

export async function getPolicyState(): Promise<PolicyState> {
  const row = await db().settings.get(POLICY_KEY);
  return { ...NO_POLICY, ...(row?.value as Partial<PolicyState> | undefined) };
}

export async function savePolicyState(state: PolicyState): Promise<void> {
  await db().settings.put({ key: POLICY_KEY, value: state });
}

/** The refusal reps see when a manager locked the playbook through Chrome policy. */
export async function lockedReason(): Promise<string | null> {
  return (await getPolicyState()).locked ? 'The playbook is managed by your organisation (Chrome policy) and locked: it cannot be changed here.' : null;
}

let queue: Promise<unknown> = Promise.resolve();
/**
 * Run playbook-changing work one at a time in this worker (start-up policy retries, an alarm and a
 * "check now" click can overlap; each decides "is this text new?" and must see the other's row).
 */
export function serially<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}
