import { parsePlaybookText } from '../playbook/validate';
import type { RestoreReport } from '../messaging/protocol/backup';
import type { PlaybookRow } from './rows';

/**
 * The playbook versions a restore adds. A restore never overwrites a stored version (the history
 * stays honest): the file's versions are appended after the stored ones, oldest first, so the
 * file's newest becomes the playbook in use — unless Chrome policy locks the playbook, in which
 * case nothing is added. A version already stored (same text, source and time) is not added twice,
 * so restoring the same file again changes nothing.
 */

/** The newest row whose text parses: the rule lib/background/playbook/playbook-service.ts follows. */
export function newestValid(rowsOldestFirst: PlaybookRow[]): PlaybookRow | null {
  for (let i = rowsOldestFirst.length - 1; i >= 0; i--) if (parsePlaybookText(rowsOldestFirst[i]!.text).ok) return rowsOldestFirst[i]!;
  return null;
}

const same = (a: PlaybookRow, b: PlaybookRow) => a.text === b.text && a.source === b.source && a.activatedAt === b.activatedAt;

export function planPlaybooks(storedOldestFirst: PlaybookRow[], fromFile: PlaybookRow[], locked: boolean): { rows: PlaybookRow[]; report: Omit<RestoreReport['playbook'], 'current'> } {
  const ordered = [...fromFile].sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0) || a.activatedAt - b.activatedAt);
  const newest = ordered.at(-1);
  if (!newest) return { rows: [], report: { action: 'none', added: 0 } };
  const named = { name: newest.name, version: newest.version };
  if (locked) return { rows: [], report: { action: 'locked', added: 0, ...named } };
  if (newestValid(storedOldestFirst)?.text === newest.text) return { rows: [], report: { action: 'same', added: 0, ...named } };
  const missing = ordered.filter((row) => !storedOldestFirst.some((s) => same(s, row)));
  // the file's newest must end up newest (in use), even when an older copy of it is stored
  if (missing.at(-1) !== newest) missing.push(newest);
  let seq = storedOldestFirst.reduce((max, r) => Math.max(max, r.seq ?? 0), 0);
  const rows = missing.map((row) => {
    // keep the file's numbering when it continues ours (a fresh install gets its history back as it was)
    seq = Math.max(row.seq ?? 0, seq + 1);
    return { ...row, seq };
  });
  return { rows, report: { action: 'activate', added: rows.length, ...named } };
}
