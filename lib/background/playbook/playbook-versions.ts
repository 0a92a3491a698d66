import { db } from '../../db/database';
import type { PlaybookRow } from '../../db/rows';
import { diffPlaybooks, type PlaybookChange } from '../../playbook/diff';
import { parsePlaybookText } from '../../playbook/validate';

/**
 * Every activated playbook is a row; the newest valid one is in use. Managers roll back to any
 * kept version, so we keep the newest MAX_VERSIONS rows (the issue asks for at least 10).
 */
export const MAX_VERSIONS = 50;

export interface VersionEntry {
  seq: number;
  name: string;
  version: string;
  source: PlaybookRow['source'];
  activatedAt: number;
  /** the stored text no longer parses (kept so the history is honest, never re-activated) */
  damaged: boolean;
  /** why this version was made, when its maker said (the quarterly review asks) */
  note?: string;
}

export async function listVersions(): Promise<VersionEntry[]> {
  const rows = await db().playbooks.orderBy('seq').reverse().limit(MAX_VERSIONS).toArray();
  return rows.map((r) => ({ seq: r.seq!, name: r.name, version: r.version, source: r.source, activatedAt: r.activatedAt, damaged: !parsePlaybookText(r.text).ok, ...(r.note ? { note: r.note } : {}) }));
}

/** Delete every row older than the newest MAX_VERSIONS. */
export async function pruneVersions(): Promise<number> {
  const old = await db().playbooks.orderBy('seq').reverse().offset(MAX_VERSIONS).primaryKeys();
  await db().playbooks.bulkDelete(old);
  return old.length;
}

/** Changes from version `fromSeq` to version `toSeq`; an error value when either is missing or damaged. */
export async function diffVersions(fromSeq: number, toSeq: number): Promise<{ ok: true; changes: PlaybookChange[] } | { ok: false; error: string }> {
  const [a, b] = await Promise.all([loadVersion(fromSeq), loadVersion(toSeq)]);
  if (!a.ok) return a;
  if (!b.ok) return b;
  return { ok: true, changes: diffPlaybooks(a.playbook, b.playbook) };
}

/** A kept version, parsed; an error value when it is gone or damaged. */
export async function loadVersion(seq: number) {
  const row = await db().playbooks.get(seq);
  if (!row) return { ok: false as const, error: `Version #${seq} is not kept any more` };
  const parsed = parsePlaybookText(row.text);
  if (!parsed.ok) return { ok: false as const, error: `Version #${seq} (${row.version}) is damaged: ${parsed.errors[0]?.message ?? 'invalid'}` };
  return { ok: true as const, playbook: parsed.playbook, row };
}
