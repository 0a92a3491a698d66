import { z } from 'zod';
import { localToday } from '../facts/calendar';
import { dayMs } from '../scoring/evaluate';
import { IsoDate } from './outcome';

/**
 * The periods of the quarterly ICP review (issue 20 §3): calendar quarters (Q1 = January–March),
 * both ends inclusive, as YYYY-MM-DD so a day compares with a plain string compare. The default
 * compares the last complete quarter with the one before it: a quarter still running would
 * compare a few weeks with three months.
 */
export const ReviewPeriod = z
  .object({ label: z.string().min(1).max(60), start: IsoDate, end: IsoDate })
  .strict()
  .refine((p) => p.start <= p.end, { message: 'the period ends before it starts', path: ['end'] });
export type ReviewPeriod = z.infer<typeof ReviewPeriod>;

export interface Quarter {
  year: number;
  /** 1..4 */
  q: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const LAST_DAY = [31, 30, 30, 31];

export function quarterOf(day: string): Quarter {
  return { year: Number(day.slice(0, 4)), q: Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1 };
}

/** `n` quarters after (or before, n < 0) `q`, across years. */
export function addQuarters(q: Quarter, n: number): Quarter {
  const index = q.year * 4 + (q.q - 1) + n;
  return { year: Math.floor(index / 4), q: (index % 4) + 1 };
}

export function quarterPeriod(q: Quarter): ReviewPeriod {
  const first = (q.q - 1) * 3 + 1;
  const last = first + 2;
  return { label: `${q.year} Q${q.q}`, start: `${q.year}-${pad(first)}-01`, end: `${q.year}-${pad(last)}-${LAST_DAY[q.q - 1]}` };
}

/** [the quarter before the last, the last complete quarter]: older first. */
export function defaultPeriods(today: string): [ReviewPeriod, ReviewPeriod] {
  const last = addQuarters(quarterOf(today), -1);
  return [quarterPeriod(addQuarters(last, -1)), quarterPeriod(last)];
}

/** The quarters a manager picks from: the running one (to date) and the `count − 1` before it, newest first. */
export function recentQuarters(today: string, count = 8): ReviewPeriod[] {
  const now = quarterOf(today);
  return Array.from({ length: count }, (_, i) => {
    const p = quarterPeriod(addQuarters(now, -i));
    return i === 0 ? { ...p, label: `${p.label} (to date)`, end: today } : p;
  });
}

/** Two periods as a text key (the page's early ask and the worker's kept review match by it). */
export const periodsKey = (periods: readonly ReviewPeriod[]): string => JSON.stringify(periods.map((p) => [p.start, p.end, p.label]));

export const inPeriod = (day: string, p: Pick<ReviewPeriod, 'start' | 'end'>): boolean => day >= p.start && day <= p.end;

/**
 * The day an outcome counts on: its close date when the rep gave one, else the local day it was
 * recorded (a rep marks a deal won on the day it closes more often than not).
 */
export function outcomeDay(o: { closedAt?: string; updatedAt: number }): string {
  return isDay(o.closedAt) ? o.closedAt : localToday(new Date(o.updatedAt));
}

/**
 * IsoDate's own check, called directly: the review asks it of every won and lost outcome, and
 * zod's safeParse around it cost ~2 µs each (10–20 ms of the review on 5,000 closed deals).
 */
const isDay = (v: unknown): v is string => typeof v === 'string' && dayMs(v) !== null;

/** The moment whose playbook version an outcome is reported with: the end of its local close day, else when it was recorded. */
export function outcomeMoment(o: { closedAt?: string; updatedAt: number }): number {
  if (!isDay(o.closedAt)) return o.updatedAt;
  const [y, m, d] = o.closedAt.split('-').map(Number);
  return new Date(y!, m! - 1, d!, 23, 59, 59, 999).getTime();
}
