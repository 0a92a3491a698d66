import { db } from '../../db/database';
import type { PlaybookRow } from '../../db/rows';
import type { Input, Output } from '../../messaging/protocol';
import { diffPlaybooks } from '../../playbook/diff';
import { sampleFacts } from '../../view/editor-preview';
import { scoreAccount, type Answers, type ScoringFacts } from '../../scoring';
import { answersOf } from '../accounts/scoring-service';
import { starterPlaybook, starterPlaybookText } from '../../playbook/templates';
import { parsePlaybookText } from '../../playbook/validate';
import { getPolicyState } from './playbook-activate';
import { getActivePlaybook } from './playbook-service';
import { loadVersion } from './playbook-versions';
import { localToday } from '../../facts/calendar';

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

export async function handleCurrent(input: Input<'playbook/current'>): Promise<Output<'playbook/current'>> {
  const [row, policy] = await Promise.all([input.starter ? null : activeRow(), getPolicyState()]);
  return row ? { text: row.text, source: row.source, locked: policy.locked } : { text: starterPlaybookText, source: 'builtin', locked: policy.locked };
}

const MAX_PROBLEMS = 500;

/** Validate a draft and, when valid, score the chosen account (or the sample) with it. Stores nothing. */
export async function handleCheck(input: Input<'playbook/check'>): Promise<Output<'playbook/check'>> {
  const parsed = parsePlaybookText(input.text);
  if (!parsed.ok) return { ok: false, errors: parsed.errors.slice(0, MAX_PROBLEMS), warnings: [], result: null };
  const warnings = parsed.warnings.slice(0, MAX_PROBLEMS);
  const subject = await previewSubject(input.accountId);
  const result = subject ? scoreAccount({ ...subject, personaId: input.personaId }, parsed.playbook, { today: localToday() }) : null;
  return { ok: true, errors: [], warnings, result };
}

async function previewSubject(accountId: string | null): Promise<{ facts: ScoringFacts; answers: Answers } | null> {
  if (accountId === null) return { facts: sampleFacts(), answers: {} };
  const account = await db().accounts.get(accountId);
  if (!account) return null;
  const answers = await db().answers.where('accountId').equals(accountId).toArray();
  return { facts: account.facts as ScoringFacts, answers: answersOf(answers) };
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
  'playbook/check': handleCheck,
  'playbook/update-notice': handleUpdateNotice,
  'playbook/update-seen': handleUpdateSeen,
} as const;
