import { db } from '../db/database';
import type { PlaybookRow } from '../db/rows';
import type { Input, Output } from '../messaging/protocol';
import { diffPlaybooks } from '../playbook/diff';
import { starterPlaybook, starterPlaybookText } from '../playbook/templates';
import { parsePlaybookText } from '../playbook/validate';
import { getPolicyState } from './playbook-activate';
import { getActivePlaybook } from './playbook-service';
import { loadVersion } from './playbook-versions';

/**
 * The editor's starting text and the side panel's "playbook updated" notice. The version the
 * rep last saw is a settings row (not a worker variable: the worker stops whenever it likes).
 */
export const SEEN_KEY = 'playbook:seen';
const MAX_CHANGES = 200;

/** The newest stored version that parses — the same rule getActivePlaybook follows. */
async function activeRow(): Promise<PlaybookRow | null> {
  const rows = await db().playbooks.orderBy('seq').reverse().limit(10).toArray();
  return rows.find((r) => parsePlaybookText(r.text).ok) ?? null;
}

export async function handleCurrent(): Promise<Output<'playbook/current'>> {
  const [row, policy] = await Promise.all([activeRow(), getPolicyState()]);
  return row ? { text: row.text, source: row.source, locked: policy.locked } : { text: starterPlaybookText, source: 'builtin', locked: policy.locked };
}

async function seenSeq(): Promise<{ seq: number | null } | undefined> {
  const v = (await db().settings.get(SEEN_KEY))?.value as { seq?: unknown } | undefined;
  return v && (typeof v.seq === 'number' || v.seq === null) ? { seq: v.seq } : undefined;
}

/**
 * Show the notice when the version in use is not the one the rep saw last. The first look
 * records the version in use without a notice: a new install has nothing to announce.
 */
export async function handleUpdateNotice(): Promise<Output<'playbook/update-notice'>> {
  const row = await activeRow();
  const current = row?.seq ?? null;
  const seen = await seenSeq();
  if (!seen) {
    await db().settings.put({ key: SEEN_KEY, value: { seq: current } });
    return { show: false };
  }
  if (seen.seq === current) return { show: false };
  const active = await getActivePlaybook();
  const before = seen.seq === null ? { ok: true as const, playbook: starterPlaybook() } : await loadVersion(seen.seq);
  const changes = before.ok ? diffPlaybooks(before.playbook, active.playbook).slice(0, MAX_CHANGES) : [];
  return { show: true, seq: current, name: active.playbook.name, version: active.playbook.version, changes, complete: before.ok };
}

export async function handleUpdateSeen(input: Input<'playbook/update-seen'>): Promise<Output<'playbook/update-seen'>> {
  await db().settings.put({ key: SEEN_KEY, value: { seq: input.seq } });
  return {};
}

export const editorHandlers = {
  'playbook/current': handleCurrent,
  'playbook/update-notice': handleUpdateNotice,
  'playbook/update-seen': handleUpdateSeen,
} as const;
