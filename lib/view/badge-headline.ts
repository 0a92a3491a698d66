import type { IcpResult } from '../scoring';
import { shownName } from './header-basics';

/**
 * What a tab's tier badge stands for, kept beside the badge (issue 17: side panel open → tier).
 * The worker writes it to storage.session with every badge it sets (lib/background/tabs/badge.ts)
 * and removes it with every badge that shows no tier, so it is always what the toolbar shows. The
 * side panel's first script reads it directly (hooks/early-paint.ts): the tier is drawn without
 * waking the worker or reading IndexedDB, before the panel's bundle has loaded.
 */
export interface BadgeHeadline {
  name: string;
  domain?: string;
  icpName: string;
  /** null: scored, but no tier yet (the panel's view can say so; a badge headline always has one) */
  tier: string | null;
  tierRank: number;
  tierCount: number;
  score: number | null;
}

export const headlineKey = (tabId: number) => `badge:${tabId}`;

export function headlineOf(best: Pick<IcpResult, 'icpName' | 'tier' | 'tierRank' | 'tierCount' | 'score'>, account: { name?: string; domain?: string } | undefined, accountId: string): BadgeHeadline {
  const h: BadgeHeadline = { name: shownName(account, accountId), icpName: best.icpName, tier: best.tier, tierRank: best.tierRank, tierCount: best.tierCount, score: best.score };
  if (account?.domain) h.domain = account.domain;
  return h;
}

const str = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const int = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) < 1000;

/**
 * A stored headline checked by hand (extension pages carry no zod, issue 17): only the worker
 * writes storage.session, but what is read is still checked before it is drawn. Null when it is
 * anything else.
 */
export function readHeadline(v: unknown): BadgeHeadline | null {
  if (typeof v !== 'object' || v === null) return null;
  const h = v as Record<string, unknown>;
  if (!str(h.name, 2000) || !str(h.icpName, 2000) || !(h.tier === null || str(h.tier, 200)) || !int(h.tierRank) || !int(h.tierCount)) return null;
  if (h.domain !== undefined && !str(h.domain, 300)) return null;
  if (h.score !== null && !(typeof h.score === 'number' && h.score >= 0 && h.score <= 100)) return null;
  const out: BadgeHeadline = { name: h.name, icpName: h.icpName, tier: h.tier as string | null, tierRank: h.tierRank, tierCount: h.tierCount, score: h.score as number | null };
  if (h.domain !== undefined) out.domain = h.domain;
  return out;
}
