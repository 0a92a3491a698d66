import { matchWords } from './text';

/** Canonical funding stages. The first ten, in this order, are the maturity scale (see fundingStageRank). */
export const FUNDING_STAGES = [
  'bootstrapped', 'pre-seed', 'seed', 'series-a', 'series-b', 'series-c', 'series-d', 'series-e-plus',
  'private-equity', 'public', 'series-unknown', 'debt', 'grant', 'acquired',
] as const;
export type FundingStage = (typeof FUNDING_STAGES)[number];

const LAST_RANKED = FUNDING_STAGES.indexOf('public');

/**
 * Rank on the maturity scale: bootstrapped (0) < pre-seed < seed < series-a < … < series-e-plus <
 * private-equity < public (9). Bootstrapped sits lowest because it means "no outside money yet".
 * series-unknown, debt, grant and acquired say nothing about maturity, so they have no rank (null)
 * and an at-least / at-most / between test on them is unknown, never guessed. Accepts any
 * spelling a stage normalises from ("Series B" → 4); unknown text → null.
 */
export function fundingStageRank(stage: string): number | null {
  const canonical = normaliseFundingStage(stage);
  const i = canonical ? FUNDING_STAGES.indexOf(canonical) : -1;
  return i >= 0 && i <= LAST_RANKED ? i : null;
}

/** null when the stage has no rank; else whether it lies within [min, max] (either bound optional). */
export function fundingStageWithin(stage: string, min?: string, max?: string): boolean | null {
  const r = fundingStageRank(stage);
  if (r === null) return null;
  const lo = min === undefined ? 0 : fundingStageRank(min);
  const hi = max === undefined ? LAST_RANKED : fundingStageRank(max);
  if (lo === null || hi === null) return null;
  return r >= lo && r <= hi;
}

// Whole-phrase synonyms, after folding and dropping filler words ("round", "funding", "venture"…).
// Decisions: Angel → pre-seed (Crunchbase lists angel rounds before seed); convertible notes and
// venture debt are instruments, not stages → debt; a corporate round says who invested, not how
// far along → series-unknown; post-IPO rounds → public. Crowdfunding, ICOs, secondary sales and
// "undisclosed" carry no stage → null.
const PHRASES = new Map<string, FundingStage>([
  ['bootstrapped', 'bootstrapped'], ['selffunded', 'bootstrapped'], ['selffinanced', 'bootstrapped'],
  ['preseed', 'pre-seed'], ['angel', 'pre-seed'], ['friendsandfamily', 'pre-seed'],
  ['seed', 'seed'], ['seriesseed', 'seed'],
  ['seriesunknown', 'series-unknown'], ['unknownseries', 'series-unknown'], ['', 'series-unknown'],
  ['corporate', 'series-unknown'], ['early', 'series-unknown'], ['late', 'series-unknown'],
  ['privateequity', 'private-equity'], ['pe', 'private-equity'], ['buyout', 'private-equity'],
  ['lbo', 'private-equity'], ['leveragedbuyout', 'private-equity'], ['growthequity', 'private-equity'],
  ['debt', 'debt'], ['convertiblenote', 'debt'], ['convertible', 'debt'], ['loan', 'debt'],
  ['grant', 'grant'], ['nonequityassistance', 'grant'],
  ['ipo', 'public'], ['public', 'public'], ['postipoequity', 'public'], ['postipodebt', 'public'],
  ['postiposecondary', 'public'], ['postipo', 'public'], ['publiclytraded', 'public'], ['listed', 'public'],
  ['publiccompany', 'public'], ['initialpublicoffering', 'public'],
  ['acquired', 'acquired'], ['acquisition', 'acquired'], ['merger', 'acquired'], ['mergedoracquired', 'acquired'],
]);
const FILLER = new Set(['round', 'funding', 'financing', 'stage', 'venture', 'investment', 'raise', 'extension', 'the']);

/** "Series B", "series-b", "B round", "Round B", "Series B2", "Series E+" → the series stage, or null. */
function seriesStage(words: string[]): FundingStage | null {
  const w = words.filter((x) => !FILLER.has(x) && x !== 'plus');
  // a lone letter is only a stage next to "round" ("B round"); "A" on its own is just a letter
  const letter = w.length === 2 && w[0] === 'series' ? w[1] : w.length === 1 && words.includes('round') ? w[0] : null;
  const m = letter ? /^([a-z])\d?$/.exec(letter) : null;
  if (!m) return null;
  const l = m[1]!;
  if ('abcd'.includes(l)) return `series-${l}` as FundingStage;
  return l >= 'e' && l <= 'k' ? 'series-e-plus' : null;
}

/**
 * "Series B", "series-b", "Series B round", "B round", "Seed", "Pre Seed", "Angel", "Venture -
 * Series Unknown", "Private equity", "PE", "Debt financing", "Grant", "IPO", "Post-IPO equity",
 * "Acquired", "Series F" … → canonical stage, or null when the text names no stage.
 */
export function normaliseFundingStage(text: string): FundingStage | null {
  const words = matchWords(text, 60);
  if (words.length === 0) return null;
  const series = seriesStage(words);
  if (series) return series;
  const core = words.filter((x) => !FILLER.has(x));
  // a bare "round"/"funding" says nothing; only "venture" alone means venture money, stage unknown
  if (core.length === 0 && !words.includes('venture')) return null;
  return PHRASES.get(core.join('')) ?? null;
}

const STAGE_LABELS: Record<string, string> = { 'series-e-plus': 'Series E+', 'pre-seed': 'Pre-seed', 'private-equity': 'Private equity', 'series-unknown': 'Series unknown' };

/** A canonical stage ("series-b", "pre-seed") as people write it: "Series B", "Pre-seed". */
export function fundingStageLabel(stage: string): string {
  return STAGE_LABELS[stage] ?? stage.replace(/^series-(\w)$/, (_, l: string) => `Series ${l.toUpperCase()}`).replace(/^./, (x) => x.toUpperCase());
}
