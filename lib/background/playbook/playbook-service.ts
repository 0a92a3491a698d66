import { db } from '../../db/database';
import { writeEpoch } from '../../db/write-epochs';
import { parsePlaybookText } from '../../playbook/validate';
import { starterPlaybookText } from '../../playbook/templates';
import { compilePlaybook, type CompiledPlaybook } from '../../scoring';
import type { Playbook } from '../../playbook/schema';
import { playbookKey } from '../../playbook/content-key';
import { log } from '../data/diagnostics';

export interface ActivePlaybook {
  playbook: Playbook;
  compiled: CompiledPlaybook;
  /** "name@version#contenthash" — results record which playbook produced them (content-key.ts) */
  key: string;
  source: 'builtin' | 'file' | 'url' | 'policy' | 'local';
  activatedAt: number | null;
  /** why a newer stored version is not the one in use */
  fallbackReason?: string;
}

// A cache, not the truth: the truth is the playbooks table (newest row = active). It is keyed on
// the newest row's seq, read as a key only: a hit (every observation, every rescore) clones no
// playbook text and validates nothing; a new, pruned or restored version changes the newest seq.
// `epoch` is the table's write count when it was last checked (activePlaybookNow).
let cache: { newest: number | null; epoch: number; active: ActivePlaybook } | undefined;
const reported = new Set<number>();
/** The check under way for callers that found the cache stale, and the write epoch it is for. */
let checking: { epoch: number; active: Promise<ActivePlaybook> } | undefined;

/**
 * The playbook in use: the newest valid stored version, else the bundled starter. Always checks
 * the newest row's key (one small read): what the options page and the panel show follows the
 * table even when something other than this worker wrote to it (a damaged row, say).
 */
export async function getActivePlaybook(): Promise<ActivePlaybook> {
  const epoch = writeEpoch('playbooks');
  const newest = ((await db().playbooks.orderBy('seq').reverse().limit(1).primaryKeys())[0] as number | undefined) ?? null;
  if (cache && cache.newest === newest) {
    cache = { ...cache, epoch };
    return cache.active;
  }
  const active = await resolveActive();
  cache = { newest, epoch, active };
  return active;
}

/**
 * The same, for the observation path (issue 17: the check above cost 1–12 ms before every badge):
 * no read while this worker wrote nothing to `playbooks` since the last check (write-epochs.ts).
 */
export async function activePlaybookNow(): Promise<ActivePlaybook> {
  const epoch = writeEpoch('playbooks');
  if (cache && cache.epoch === epoch) return cache.active;
  // One check for every caller that finds the cache stale: a worker woken by 20 tabs' observations
  // read, validated and compiled the playbook once per observation (session 17).
  if (checking?.epoch === epoch) return checking.active;
  const active = getActivePlaybook();
  checking = { epoch, active };
  try {
    return await active;
  } finally {
    if (checking?.active === active) checking = undefined;
  }
}

async function resolveActive(): Promise<ActivePlaybook> {
  const rows = await db().playbooks.orderBy('seq').reverse().limit(10).toArray();
  let fallbackReason: string | undefined;
  for (const row of rows) {
    const parsed = parsePlaybookText(row.text);
    if (parsed.ok) return activate(parsed.playbook, row.source, row.activatedAt, fallbackReason);
    fallbackReason ??= `The stored playbook "${row.name}" ${row.version} is damaged (${parsed.errors[0]?.message}); the previous valid version is in use.`;
    if (row.seq !== undefined && !reported.has(row.seq)) {
      reported.add(row.seq);
      await log('error', fallbackReason);
    }
  }
  const parsed = parsePlaybookText(starterPlaybookText);
  if (!parsed.ok) throw new Error('The bundled starter playbook is invalid');
  return activate(parsed.playbook, 'builtin', null, fallbackReason);
}

function activate(playbook: Playbook, source: ActivePlaybook['source'], activatedAt: number | null, fallbackReason?: string): ActivePlaybook {
  return { playbook, compiled: compilePlaybook(playbook), key: playbookKey(playbook), source, activatedAt, fallbackReason };
}

/** Validate and activate a playbook file; an invalid one changes nothing. */
export async function importPlaybook(text: string, source: ActivePlaybook['source'], note?: string): Promise<ReturnType<typeof parsePlaybookText>> {
  const parsed = parsePlaybookText(text);
  if (!parsed.ok) return parsed;
  await db().playbooks.add({ version: parsed.playbook.version, name: parsed.playbook.name, source, text, activatedAt: Date.now(), ...(note ? { note } : {}) });
  return parsed;
}
