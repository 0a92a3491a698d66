import type { Pattern } from './analyze';
import { ATTRIBUTE_LABELS } from './attribute-names';
import type { ImportReport } from './records';

// Plain-English lines about an import and a pattern, shared by the command line and the options
// page so both say the same thing.

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
const quoteList = (xs: string[]) => xs.map((x) => `"${x}"`).join(', ');

/** What was left out or read with care, one line each (cells that could not be read, currencies, free-text industries). */
export function importNotes(r: ImportReport): string[] {
  const lines: string[] = [];
  for (const u of r.unreadable) lines.push(`${u.label}: ${plural(u.count, 'value')} could not be read and ${u.count === 1 ? 'is' : 'are'} left unknown (e.g. ${quoteList(u.examples)}).`);
  const foreign = r.currencies.filter((c) => c.field === 'revenue');
  if (foreign.length) lines.push(`Annual revenue in ${foreign.map((c) => `${c.currency} (${plural(c.count, 'row')})`).join(', ')} is left unknown: the playbook counts revenue in US dollars and no exchange rate is guessed.`);
  if (r.revenueWithoutCurrency) lines.push(`Annual revenue: ${plural(r.revenueWithoutCurrency, 'value')} without a currency sign ${r.revenueWithoutCurrency === 1 ? 'is' : 'are'} read as US dollars, the playbook's unit. If your CRM counts in another currency, convert that column first.`);
  const amounts = r.currencies.filter((c) => c.field === 'amount');
  if (amounts.length > 1) lines.push(`Deal amounts are in ${amounts.length} currencies (${amounts.map((c) => `${c.currency} ${c.count}`).join(', ')}): they are never added together or converted.`);
  if (r.freeTextIndustries.count) lines.push(`${plural(r.freeTextIndustries.count, 'row has an industry', 'rows have industries')} outside LinkedIn's list (e.g. ${quoteList(r.freeTextIndustries.examples)}): compared as written.`);
  return lines;
}

/** "3 rows: no outcome (the stage cell is blank) — rows 4, 9, 12" */
export function skippedLines(r: ImportReport, maxRows = 8): string[] {
  return r.skippedByReason.map(({ reason, count }) => {
    const rows = r.skipped.filter((s) => s.reason === reason).map((s) => s.row);
    const shown = rows.slice(0, maxRows).join(', ') + (count > maxRows ? ', …' : '');
    return `${plural(count, 'row')}: ${reason} — ${count === 1 ? 'row' : 'rows'} ${shown}`;
  });
}

export const CONFIDENCE_TEXT = { strong: 'strong evidence', some: 'some evidence', weak: 'could be chance' } as const;

/** "Industry: Software Development — 71% of won vs 14% of lost (154 / 53), 5.1× — strong evidence" */
export function patternLine(p: Pattern, baseline: 'lost' | 'open' = 'lost'): string {
  return `${ATTRIBUTE_LABELS[p.attribute]}: ${p.label} — ${pct(p.shareWon)} of won vs ${pct(p.shareLost)} of ${baseline} (${p.won} / ${p.lost}), ${liftText(p.lift)} — ${CONFIDENCE_TEXT[p.confidence]}`;
}

/** A share as a whole percentage; "–" when there is nothing to divide by. */
export const pct = (r: number | null): string => (r === null ? '–' : `${Math.round(100 * r)}%`);

export const liftText = (lift: number): string => `${lift >= 10 ? Math.round(lift) : lift.toFixed(1)}×`;
