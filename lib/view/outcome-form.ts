import { OutcomeInput } from '../insights/outcome';
import type { OutcomeStatus } from '../insights/record';
import { parseAmount } from './fact-input';

/** The side panel's outcome form: what the rep typed, checked into what the background stores. */

export const OUTCOME_CHOICES: { status: OutcomeStatus; label: string }[] = [
  { status: 'won', label: 'Won' },
  { status: 'lost', label: 'Lost' },
  { status: 'open', label: 'Open' },
  { status: 'good-fit', label: 'Good fit' },
  { status: 'bad-fit', label: 'Bad fit' },
];

/** The currencies offered first; any other three-letter code can be typed. */
export const CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'CHF', 'SEK', 'NOK', 'DKK', 'JPY', 'INR', 'BRL', 'SGD'] as const;

export interface OutcomeDraft {
  status: OutcomeStatus | null;
  /** as typed: "12000", "12,000", "40k", "" */
  value: string;
  currency: string;
  openedAt: string;
  closedAt: string;
}

export function draftOf(o: { status: OutcomeStatus; value?: number; currency?: string; openedAt?: string; closedAt?: string } | undefined, defaultCurrency = 'USD'): OutcomeDraft {
  return {
    status: o?.status ?? null,
    value: o?.value === undefined ? '' : String(o.value),
    currency: o?.currency ?? defaultCurrency,
    openedAt: o?.openedAt ?? '',
    closedAt: o?.closedAt ?? '',
  };
}

export type Checked = { ok: true; outcome: OutcomeInput | null } | { ok: false; field: 'value' | 'currency' | 'closedAt' | 'openedAt'; error: string };

/** Draft → the message's outcome (null: no status, i.e. cleared), or the first problem in plain words. */
export function checkDraft(d: OutcomeDraft): Checked {
  if (d.status === null) return { ok: true, outcome: null };
  // the same amounts the fact editor reads: "12,000", "40k", "1.2m"
  const value = d.value.trim() === '' ? undefined : (parseAmount(d.value) ?? NaN);
  if (value !== undefined && Number.isNaN(value)) return { ok: false, field: 'value', error: 'Enter the deal value as a number, 0 or more (e.g. 12000).' };
  const currency = d.currency.trim().toUpperCase();
  const parsed = OutcomeInput.safeParse({
    status: d.status,
    ...(value !== undefined && { value, currency }),
    ...(d.openedAt && { openedAt: d.openedAt }),
    ...(d.closedAt && { closedAt: d.closedAt }),
  });
  if (parsed.success) return { ok: true, outcome: parsed.data };
  const issue = parsed.error.issues[0]!;
  const field = (issue.path[0] as 'value' | 'currency' | 'closedAt' | 'openedAt' | undefined) ?? 'value';
  return { ok: false, field, error: messageFor(field, issue.message) };
}

function messageFor(field: string, fallback: string): string {
  if (field === 'closedAt' && /before/.test(fallback)) return 'The close date is before the open date.';
  if (field === 'currency') return 'Use a three-letter currency code such as USD or EUR.';
  if (field === 'value') return 'Enter a deal value of at most 1,000,000,000,000.';
  if (field === 'openedAt' || field === 'closedAt') return 'Enter a date as YYYY-MM-DD.';
  return fallback;
}
