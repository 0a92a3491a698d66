import { PLAYBOOK_FORMAT } from './schema';

/**
 * Format versions. A file of an older format is migrated step by step to the current one before
 * validation; adding @2 means: bump PLAYBOOK_FORMAT, and add `1: (v1) => v2` here.
 */
const MIGRATIONS: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>> = {};
const CURRENT = Number(PLAYBOOK_FORMAT.split('@')[1]);

export type Migrated = { ok: true; doc: unknown; from: number } | { ok: false; message: string };

export function migrate(doc: unknown): Migrated {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return { ok: false, message: 'a playbook must be a JSON object' };
  const format = (doc as Record<string, unknown>).format;
  if (format === undefined) return { ok: false, message: `missing "format": "${PLAYBOOK_FORMAT}"` };
  const m = typeof format === 'string' ? /^icp-fit\/playbook@(\d+)$/.exec(format) : null;
  if (!m) return { ok: false, message: `"format" must be "${PLAYBOOK_FORMAT}"` };
  let version = Number(m[1]);
  if (version > CURRENT) return { ok: false, message: `this file is format @${version}, newer than this version of ICP Fit understands (@${CURRENT}): update the extension` };
  const from = version;
  let current = doc as Record<string, unknown>;
  while (version < CURRENT) {
    const step = MIGRATIONS[version];
    if (!step) return { ok: false, message: `format @${version} is no longer supported` };
    current = step(current);
    version++;
  }
  return { ok: true, doc: { ...current, format: PLAYBOOK_FORMAT }, from };
}
