import type { Playbook } from '../schema';

/**
 * The file "Export playbook" downloads: the playbook with a "$schema" reference first (so any
 * editor autocompletes it; docs/playbook-format.md), named after the playbook and its version.
 * A URL the manager set is kept; a relative path is replaced, since it pointed somewhere on the
 * author's disk (the starter's points into this repository) and the exported file travels.
 */
export const SCHEMA_REF = './playbook.schema.json';

export function exportFile(playbook: Pick<Playbook, 'name' | 'version' | '$schema'>): { fileName: string; text: string } {
  const { $schema, ...rest } = playbook;
  const text = JSON.stringify({ $schema: $schema && /^https?:\/\//.test($schema) ? $schema : SCHEMA_REF, ...rest }, null, 2) + '\n';
  return { fileName: `${slug(playbook.name)}-${slug(playbook.version)}.json`, text };
}

/** A file-name-safe form of a label: "Acme sales / Q3" → "acme-sales-q3". */
export function slug(text: string): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 60);
  return s || 'playbook';
}
