import type { TierClass } from './model';
import type { IcpResult } from '../scoring';

/**
 * The account header's derived bits, on their own (no other import) so the side panel's
 * early paint (hooks/early-paint.ts, a classic script of ~2 kB) shows the tier exactly as the
 * panel will.
 */
export function initials(name: string): string {
  const words = name.replace(/[^\p{L}\p{N}\s]/gu, ' ').trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0]!, words[1]!].map((w) => [...w][0]) : [...(words[0] ?? '?')].slice(0, 2);
  return letters.join('').toUpperCase() || '?';
}

/** An account's shown name — badge title, panel header, recent list, accounts table: name, else domain, else its key without the kind. */
export const shownName = (a: { name?: string; domain?: string } | undefined, accountId: string): string =>
  a?.name ?? a?.domain ?? accountId.replace(/^[a-z]+:/, '');

export function tierClass(r: Pick<IcpResult, 'tier' | 'tierRank' | 'tierCount'>): TierClass {
  if (r.tier === 'DQ') return 'dq';
  if (r.tier === null) return 'none';
  if (r.tierRank === 0) return 'top';
  return r.tierRank >= r.tierCount - 1 ? 'low' : 'mid';
}
