import { db } from '../db/database';
import { parsePlaybookText } from '../playbook/validate';
import { starterPlaybookText } from '../playbook/templates';
import { compilePlaybook, type CompiledPlaybook } from '../scoring';
import type { Playbook } from '../playbook/schema';
import { log } from './diagnostics';

export interface ActivePlaybook {
  playbook: Playbook;
  compiled: CompiledPlaybook;
  /** "name@version" — results record which playbook produced them */
  key: string;
  source: 'builtin' | 'file' | 'url' | 'policy' | 'local';
}

// A cache, not the truth: the truth is the playbooks table (newest row = active).
let cache: { seq: number | null; active: ActivePlaybook } | undefined;

/** The playbook in use: the newest valid stored version, else the bundled starter. */
export async function getActivePlaybook(): Promise<ActivePlaybook> {
  const rows = await db().playbooks.orderBy('seq').reverse().limit(10).toArray();
  for (const row of rows) {
    if (cache && cache.seq === (row.seq ?? null)) return cache.active;
    const parsed = parsePlaybookText(row.text);
    if (parsed.ok) {
      const active = activate(parsed.playbook, row.source);
      cache = { seq: row.seq ?? null, active };
      return active;
    }
    await log('error', `stored playbook ${row.name} ${row.version} is invalid; using the previous version`);
  }
  if (cache && cache.seq === null) return cache.active;
  const parsed = parsePlaybookText(starterPlaybookText);
  if (!parsed.ok) throw new Error('The bundled starter playbook is invalid');
  cache = { seq: null, active: activate(parsed.playbook, 'builtin') };
  return cache.active;
}

function activate(playbook: Playbook, source: ActivePlaybook['source']): ActivePlaybook {
  return { playbook, compiled: compilePlaybook(playbook), key: `${playbook.name}@${playbook.version}`, source };
}
