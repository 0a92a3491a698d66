/**
 * Which playbook version was in use at a moment, from the kept versions' activation times (an
 * outcome row does not record it). The newest version activated at or before the moment wins;
 * before every kept version it was the built-in starter, or a version no longer kept.
 */
export interface KeptVersion {
  seq: number;
  label: string;
  activatedAt: number;
  /** a damaged row was never in use (lib/background/playbook/playbook-service.ts skips it) */
  damaged?: boolean;
}

export const STARTER_LABEL = 'the built-in starter playbook';

/** `complete`: no version was ever pruned, so before the oldest kept one the starter was in use. */
export function versionAt(versions: readonly KeptVersion[], at: number, complete = true): string {
  let found: KeptVersion | undefined;
  let oldest: KeptVersion | undefined;
  for (const v of versions) {
    if (v.damaged) continue;
    if (!oldest || v.seq < oldest.seq) oldest = v;
    if (v.activatedAt <= at && (!found || v.seq > found.seq)) found = v;
  }
  if (found) return found.label;
  return oldest && !complete ? `a version older than ${oldest.label} (no longer kept)` : STARTER_LABEL;
}
