import type { OutcomeInput } from '../insights/outcome';
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

type Field = 'value' | 'currency' | 'closedAt' | 'openedAt';
export type Checked = { ok: true; outcome: OutcomeInput | null } | { ok: false; field: Field; error: string };

/** lib/insights/outcome.ts's MAX_DEAL_VALUE (a test holds them equal): importing it would pull zod into the panel. */
export const MAX_DEAL_VALUE = 1e12;

/**
 * A real calendar date written YYYY-MM-DD, the rule of OutcomeInput's IsoDate (lib/scoring/evaluate.ts's
 * dayMs). Checked by hand so the side panel ships without zod; the background parses the outcome
 * again with OutcomeInput, so this check only decides which message the rep sees.
 */
export function isIsoDay(v: string): boolean {
  // dayMs's steps, kept as they are (it accepts "2026-01-1 "): the parity test compares the two
  if (v.length !== 10 || v[4] !== '-' || v[7] !== '-') return false;
  const y = +v.slice(0, 4), m = +v.slice(5, 7), d = +v.slice(8, 10);
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || m < 1 || m > 12 || d < 1 || d > 31) return false;
  return new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
}

const refuse = (field: Field): Checked => ({ ok: false, field, error: MESSAGES[field] });

const MESSAGES: Record<Field, string> = {
  value: 'Enter a deal value of at most 1,000,000,000,000.',
  currency: 'Use a three-letter currency code such as USD or EUR.',
  openedAt: 'Enter a date as YYYY-MM-DD.',
  closedAt: 'Enter a date as YYYY-MM-DD.',
};

/** Draft → the message's outcome (null: no status, i.e. cleared), or the first problem in plain words. */
export function checkDraft(d: OutcomeDraft): Checked {
  if (d.status === null) return { ok: true, outcome: null };
  // the same amounts the fact editor reads: "12,000", "40k", "1.2m"
  const value = d.value.trim() === '' ? undefined : (parseAmount(d.value) ?? NaN);
  if (value !== undefined && Number.isNaN(value)) return { ok: false, field: 'value', error: 'Enter the deal value as a number, 0 or more (e.g. 12000).' };
  const currency = d.currency.trim().toUpperCase();
  // OutcomeInput's order: value, currency, openedAt, closedAt, then "closed before opened"
  if (value !== undefined && !(Number.isFinite(value) && value >= 0 && value <= MAX_DEAL_VALUE)) return refuse('value');
  if (value !== undefined && !/^[A-Z]{3}$/.test(currency)) return refuse('currency');
  if (d.openedAt && !isIsoDay(d.openedAt)) return refuse('openedAt');
  if (d.closedAt && !isIsoDay(d.closedAt)) return refuse('closedAt');
  if (d.openedAt && d.closedAt && d.closedAt < d.openedAt) return { ok: false, field: 'closedAt', error: 'The close date is before the open date.' };
  return {
    ok: true,
    outcome: {
      status: d.status,
      ...(value !== undefined && { value, currency }),
      ...(d.openedAt && { openedAt: d.openedAt }),
      ...(d.closedAt && { closedAt: d.closedAt }),
    },
  };
}
