import type { ListRowView, ListView } from '../messaging/protocol/lists';
import type { TierClass } from './model';
import { crmLine } from './crm-line';
import { localToday } from '../facts/calendar';

// The side panel on a list page (issue 18, "What the rep sees"): every row read so far, best first,
// with words that stay honest about how little a list row shows. Pure: the panel renders this.

export interface ListRowModel {
  key: string;
  kind: ListRowView['kind'];
  /** the person's or company's name; a placeholder's own words ("LinkedIn Member") */
  name: string;
  placeholder: boolean;
  /** people rows: title / headline */
  title?: string;
  location?: string;
  /** the company the row names; `companyNote` says when it was only guessed from a headline */
  company?: string;
  companyNote?: string;
  /** an http(s) address to open, never anything else (a row's link is page text) */
  href?: string;
  tier: string;
  tierClass: TierClass;
  score: number | null;
  scoreText: string;
  /** "From the list row only — open the page for more · 20% known · could be 40–85" */
  coverageText: string;
  bestIcp?: { id: string; name: string };
  persona?: { id: string; name: string };
  /** what the rep already has on this account: "You have it: tier A (72) · won · seen 3 d ago" */
  knownText?: string;
  /** "In CRM · Customer · owner …" or "Not in CRM"; absent before a CRM list is imported (issue 19) */
  crmText?: string;
  accountId?: string;
  /** the row as the background sent it (export, save) */
  source: ListRowView;
}

export interface ListFilters {
  tier?: string;
  icp?: string;
  persona?: string;
}

export interface FilterOption {
  value: string;
  label: string;
  count: number;
}

export interface ListModelOptions {
  /** the playbook's tier ids, best first; without them rows sort by score */
  tierOrder?: readonly string[];
  /** formats when the account was last seen ("3 d") */
  seen?: (at: number) => string;
}

const PLACEHOLDER_NAME: Record<NonNullable<ListRowView['placeholder']>, string> = {
  'linkedin-member': 'LinkedIn Member',
  'confidential-company': 'Confidential company',
};
const LETTER_CLASS: Record<string, TierClass> = { A: 'top', B: 'mid', C: 'low', DQ: 'dq' };
export const ROW_ONLY = 'From the list row only — open the page for more';

/** Only http(s) addresses open: a `javascript:` or `data:` link from a page is dropped. */
export function safeHref(href: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const u = new URL(href);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

function tierClassOf(tier: string | undefined, order: readonly string[] | undefined): TierClass {
  if (!tier) return 'none';
  if (tier === 'DQ') return 'dq';
  if (!order?.length) return LETTER_CLASS[tier] ?? 'none';
  const i = order.indexOf(tier);
  if (i < 0) return 'none';
  if (i === 0) return 'top';
  return i >= order.length - 1 ? 'low' : 'mid';
}

const pct = (n: number) => `${Math.round(Math.min(1, Math.max(0, n)) * 100)}%`;
const num = (n: number | null | undefined): number | null => (typeof n === 'number' && Number.isFinite(n) ? n : null);

export function coverageText(r: Pick<ListRowView, 'rowOnly' | 'coverage' | 'range'>): string {
  const parts = r.rowOnly ? [ROW_ONLY] : [];
  parts.push(`${pct(r.coverage)} known`);
  const [lo, hi] = r.range ?? [];
  if (num(lo) !== null && num(hi) !== null && Math.round(lo!) !== Math.round(hi!)) parts.push(`could be ${Math.round(lo!)}–${Math.round(hi!)}`);
  return parts.join(' · ');
}

export function knownText(known: ListRowView['known'], seen?: (at: number) => string): string | undefined {
  if (!known) return undefined;
  const parts: string[] = [];
  const score = num(known.score);
  if (known.tier) parts.push(`tier ${known.tier}${score !== null ? ` (${Math.round(score)})` : ''}`);
  if (known.outcome) parts.push(known.outcome.replace(/-/g, ' '));
  if (known.lastSeen !== undefined && seen) parts.push(`seen ${seen(known.lastSeen)} ago`);
  return parts.length ? `You have it: ${parts.join(' · ')}` : 'You have it in your accounts';
}

function toRow(r: ListRowView, opts: ListModelOptions): ListRowModel {
  const score = num(r.score);
  const name = r.placeholder ? PLACEHOLDER_NAME[r.placeholder] : (r.name?.trim() || r.company?.trim() || 'Unnamed row');
  return {
    key: r.key,
    kind: r.kind,
    name,
    placeholder: r.placeholder !== undefined,
    title: r.kind === 'person' ? r.title : undefined,
    location: r.location,
    company: r.kind === 'person' ? r.company : undefined,
    companyNote: r.kind === 'person' && r.companyFrom === 'headline' ? 'from the headline' : undefined,
    href: safeHref(r.href),
    tier: r.tier ?? '–',
    tierClass: tierClassOf(r.tier, opts.tierOrder),
    score,
    scoreText: score === null ? '–' : String(Math.round(score)),
    coverageText: coverageText(r),
    bestIcp: r.bestIcp,
    persona: r.kind === 'person' ? r.persona : undefined,
    knownText: r.accountId || r.known ? knownText(r.known ?? {}, opts.seen) : undefined,
    crmText: r.crm ? crmLine(r.crm, localToday())?.text : undefined,
    accountId: r.accountId,
    source: r,
  };
}

/**
 * Best first. With the playbook's tiers: by tier (in its order, DQ after every tier), then score.
 * Without them: by score, DQ after the rows that are not disqualified. Rows with neither tier nor
 * score (placeholders, nothing decided) last; ties keep the page's order.
 */
function rankOf(r: ListRowModel, order: readonly string[] | undefined): number {
  const unknown = 1e6;
  if (r.tier === '–' && r.score === null) return unknown;
  if (r.tier === 'DQ') return unknown - 1;
  if (!order?.length) return 0;
  const i = order.indexOf(r.tier);
  return i < 0 ? unknown - 2 : i;
}

export function sortRows(rows: readonly ListRowModel[], order?: readonly string[]): ListRowModel[] {
  return rows
    .map((r, i) => ({ r, i, rank: rankOf(r, order) }))
    .sort((a, b) => a.rank - b.rank || (b.r.score ?? -Infinity) - (a.r.score ?? -Infinity) || a.i - b.i)
    .map((x) => x.r);
}

function options(rows: readonly ListRowModel[], pick: (r: ListRowModel) => { value: string; label: string } | undefined): FilterOption[] {
  const by = new Map<string, FilterOption>();
  for (const r of rows) {
    const o = pick(r);
    if (!o) continue;
    const seen = by.get(o.value);
    if (seen) seen.count++;
    else by.set(o.value, { ...o, count: 1 });
  }
  return [...by.values()];
}

export function matches(r: ListRowModel, f: ListFilters): boolean {
  if (f.tier !== undefined && r.tier !== f.tier) return false;
  if (f.icp !== undefined && r.bestIcp?.id !== f.icp) return false;
  if (f.persona !== undefined && r.persona?.id !== f.persona) return false;
  return true;
}

export interface ListModel {
  /** every row, best first */
  all: ListRowModel[];
  /** the rows the filters let through, best first */
  rows: ListRowModel[];
  filters: { tiers: FilterOption[]; icps: FilterOption[]; personas: FilterOption[] };
  /** the filters in force: a choice no row offers any more (the page changed) is dropped, not kept hidden */
  applied: ListFilters;
  /** "12 rows read · 3 tier A" / "… (the page held more: the first 1000 are kept)" */
  summary: string;
}

export function toListModel(view: ListView, filters: ListFilters = {}, opts: ListModelOptions = {}): ListModel {
  const all = sortRows(view.rows.map((r) => toRow(r, opts)), opts.tierOrder);
  // tiers in the order the rows show them (best first), so the filter reads like the list
  const tiers = options(all, (r) => (r.tier === '–' ? { value: '–', label: 'No tier' } : { value: r.tier, label: `Tier ${r.tier}` }));
  const icps = options(all, (r) => r.bestIcp && { value: r.bestIcp.id, label: r.bestIcp.name });
  const personas = options(all, (r) => r.persona && { value: r.persona.id, label: r.persona.name });
  const has = (o: FilterOption[], v: string | undefined) => (v !== undefined && o.some((x) => x.value === v) ? v : undefined);
  const applied: ListFilters = { tier: has(tiers, filters.tier), icp: has(icps, filters.icp), persona: has(personas, filters.persona) };
  const n = all.length;
  const top = all.filter((r) => r.tierClass === 'top').length;
  const topTier = all.find((r) => r.tierClass === 'top')?.tier;
  let summary = n === 0 ? 'No rows read yet: they appear as the page shows them.' : `${n} row${n === 1 ? '' : 's'} read`;
  if (top > 0) summary += ` · ${top} tier ${topTier}`;
  if (view.truncated) summary += ` (the page held more: the first ${n} are kept)`;
  return { all, rows: all.filter((r) => matches(r, applied)), filters: { tiers, icps, personas }, applied, summary };
}
