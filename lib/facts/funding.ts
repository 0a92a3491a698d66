/** One ordered scale for funding stages, so `at-least: series-a` means something. */
export const FUNDING_STAGES = [
  'bootstrapped', 'pre-seed', 'seed', 'series-a', 'series-b', 'series-c', 'series-d', 'series-e-plus',
  'private-equity', 'public', 'series-unknown', 'debt', 'grant', 'acquired',
] as const;
export type FundingStage = (typeof FUNDING_STAGES)[number];

/**
 * Rank on the maturity scale bootstrapped (0) < pre-seed < seed < series-a … < series-e-plus <
 * private-equity < public (9). Stages that say nothing about maturity (series-unknown, debt,
 * grant, acquired) have no rank: comparisons with them are unknown, never guessed.
 */
export function fundingStageRank(stage: string): number | null {
  const i = FUNDING_STAGES.indexOf(stage as FundingStage);
  return i >= 0 && i <= FUNDING_STAGES.indexOf('public') ? i : null;
}

const RULES: [RegExp, FundingStage][] = [
  [/\bpre[- ]?seed\b|\bangel\b/i, 'pre-seed'],
  [/\bseed\b/i, 'seed'],
  [/\bseries[- ]?unknown\b|\bventure\b(?!.*series [a-z]\b)/i, 'series-unknown'],
  [/\bseries[- ]?a\b|^\s*a\s*round\b/i, 'series-a'],
  [/\bseries[- ]?b\b|^\s*b\s*round\b/i, 'series-b'],
  [/\bseries[- ]?c\b|^\s*c\s*round\b/i, 'series-c'],
  [/\bseries[- ]?d\b|^\s*d\s*round\b/i, 'series-d'],
  [/\bseries[- ]?[e-k]\b|^\s*[e-k]\s*round\b|series-e-plus/i, 'series-e-plus'],
  [/\bprivate[- ]equity\b|^\s*pe\s*$/i, 'private-equity'],
  [/\bipo\b|\bpublic\b|post[- ]ipo/i, 'public'],
  [/\bdebt\b|\bconvertible\b|\bloan\b/i, 'debt'],
  [/\bgrant\b/i, 'grant'],
  [/\bacquired\b|\bacquisition\b/i, 'acquired'],
  [/\bbootstrapped\b|\bself[- ]funded\b/i, 'bootstrapped'],
];

/** "Series B", "series-b", "B round", "Seed", "Pre-seed", "Series unknown", "Private equity", "IPO" → stage; else null. */
export function normaliseFundingStage(text: string): FundingStage | null {
  if (typeof text !== 'string' || text.length > 200) return null;
  for (const [re, stage] of RULES) if (re.test(text)) return stage;
  return null;
}
