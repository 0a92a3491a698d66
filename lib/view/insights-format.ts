import type { DealSize, OutcomeGroup } from '../insights/performance-schema';
import type { z } from 'zod';

/** Words and numbers for "Is the ICP working?": every figure shown with what it was computed on. */

export { pct } from '../insights/summary';

export function money(average: number, currency: string): string {
  if (!currency) return `${Math.round(average).toLocaleString('en')} (no currency)`;
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency, maximumFractionDigits: 0 }).format(average);
  } catch {
    return `${Math.round(average).toLocaleString('en')} ${currency}`;
  }
}

/** "USD 12,000 (8 deals) · EUR 9,000 (2)": one figure per currency, never a sum across them. */
export function dealSizes(d: z.infer<typeof DealSize>[]): string {
  if (d.length === 0) return '–';
  return d.map((x) => `${money(x.average, x.currency)} (${x.count} deal${x.count === 1 ? '' : 's'})`).join(' · ');
}

export const cycle = (g: OutcomeGroup): string => (g.cycle ? `${Math.round(g.cycle.averageDays)} days (${g.cycle.count})` : '–');

export const closedText = (g: Pick<OutcomeGroup, 'won' | 'lost'>): string => `${g.won} won of ${g.won + g.lost} closed`;

export function points(diff: number | null): string {
  if (diff === null) return '–';
  const r = Math.round(diff);
  return `${r > 0 ? '+' : r < 0 ? '−' : '±'}${Math.abs(r)} pts`;
}

export const CONFIDENCE_TEXT = { high: 'strong evidence', medium: 'some evidence', low: 'could be chance', insufficient: 'too few accounts' } as const;
