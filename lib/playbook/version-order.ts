/**
 * Playbook version labels are free text ("2026.4", "v12", "Q3-2026"). To notice a subscribed URL
 * going back to an older file (issue 15), labels are compared the way a person reads them: runs of
 * digits as numbers ("2026.10" after "2026.9", "v10" after "v2"), letters without regard to case.
 * An equal label is not older: a file re-saved under the same label is a change, not a downgrade.
 */
export function isOlderVersion(candidate: string, current: string): boolean {
  return COLLATOR.compare(candidate.trim(), current.trim()) < 0;
}

const COLLATOR = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
