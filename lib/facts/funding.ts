// STUB (to be completed by the normalisers work): signatures are the contract.
export const FUNDING_STAGES = [
  'pre-seed', 'seed', 'series-a', 'series-b', 'series-c', 'series-d', 'series-e-plus',
  'series-unknown', 'private-equity', 'debt', 'grant', 'public', 'acquired', 'bootstrapped',
] as const;
export type FundingStage = (typeof FUNDING_STAGES)[number];

/** "Series B", "series-b", "B round", "Seed", "IPO" … → canonical stage, or null. */
export function normaliseFundingStage(_text: string): FundingStage | null {
  return null;
}
