import { PLAYBOOK_FORMAT } from './schema';

/**
 * Format versions. A file of an older format is upgraded step by step to the current one before
 * validation, so a manager's old file keeps working after an update. Adding @2 is one change:
 * bump PLAYBOOK_FORMAT in schema.ts and add `1: (v1) => v2` below. A step receives the file as
 * written (not yet validated), so it must tolerate anything and only move what it recognises.
 */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;
const MIGRATIONS: Readonly<Record<number, Migration>> = {};
const CURRENT = formatVersion(PLAYBOOK_FORMAT)!;

export type Migrated = { ok: true; doc: Record<string, unknown>; from: number; to: number } | { ok: false; message: string };

function formatVersion(format: unknown): number | null {
  const m = typeof format === 'string' ? /^icp-fit\/playbook@([1-9]\d{0,3})$/.exec(format) : null;
  return m ? Number(m[1]) : null;
}

export function migrate(doc: unknown): Migrated {
  return migrateWith(doc, MIGRATIONS, CURRENT);
}

/** The migration loop, with the registry as a parameter so tests can prove a chain of steps. */
export function migrateWith(doc: unknown, steps: Readonly<Record<number, Migration>>, current: number): Migrated {
  const target = `icp-fit/playbook@${current}`;
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return { ok: false, message: 'a playbook must be a JSON object' };
  const format = (doc as Record<string, unknown>).format;
  if (format === undefined) return { ok: false, message: `missing "format": "${target}"` };
  let version = formatVersion(format);
  if (version === null) return { ok: false, message: `"format" must be "${target}", not ${JSON.stringify(format).slice(0, 60)}` };
  if (version > current) return { ok: false, message: `this file is format @${version}, newer than this version of ICP Fit understands (@${current}): update the extension` };
  const from = version;
  let out = doc as Record<string, unknown>;
  while (version < current) {
    const step = Object.hasOwn(steps, version) ? steps[version] : undefined;
    if (!step) return { ok: false, message: `format @${version} is no longer supported` };
    try {
      out = step(out);
    } catch {
      return { ok: false, message: `could not upgrade this file from format @${version}` };
    }
    version++;
  }
  return { ok: true, doc: { ...out, format: target }, from, to: current };
}
