import { starterPlaybookText } from '../../../lib/playbook/templates';

/** Playbook rows for backup tests (apart from backup-fixtures.ts: Playwright cannot load the JSON templates). */
const T0 = Date.UTC(2026, 9, 1);

export const starterRow = (activatedAt = T0) => {
  const p = JSON.parse(starterPlaybookText) as { name: string; version: string };
  return { version: p.version, name: p.name, source: 'file' as const, text: starterPlaybookText, activatedAt };
};

/** The starter playbook under another name/version (a different, valid playbook text). */
export function playbookText(name: string, version: string): string {
  return JSON.stringify({ ...(JSON.parse(starterPlaybookText) as object), name, version }, null, 2);
}
