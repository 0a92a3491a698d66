// Issue 20: how big the per-account history gets. `npx tsx bench/history.ts [accounts] [visits]`
// (default 10,000 × 100). Each visit reads the facts a LinkedIn company page shows; followers
// change on most visits, the employee count on a third, open jobs on half, funding rarely;
// visits 1–14 days apart (100 visits ≈ 2 years). Also the worst case: every kept fact changes on
// every visit. Sizes are JSON bytes of the `history` field (what IndexedDB stores is of the same
// order). Also times the history step of the observation path (record + derive), per visit.
import { fileURLToPath } from 'node:url';
import { recordHistory, HISTORY_FACTS, type AccountHistory } from '../lib/accounts/history';
import { withDerivedTiming } from '../lib/accounts/derived-timing';
import type { ObservedFacts } from '../lib/facts/model';
import { figure, type Figure } from './stats';

const DAY = 86_400_000;
const URL = 'https://www.linkedin.com/company/bench/';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const ev = (text: string) => ({ source: 'linkedin-company' as const, url: URL, text });

function visit(rnd: () => number, state: { employees: number; followers: number; jobs: number; stage: number }, worst: boolean, i: number): ObservedFacts {
  if (worst || rnd() < 0.33) state.employees += Math.floor(rnd() * 9) - 2;
  if (worst || rnd() < 0.8) state.followers += Math.floor(rnd() * 200);
  if (worst || rnd() < 0.5) state.jobs = Math.max(0, state.jobs + Math.floor(rnd() * 7) - 3);
  if (worst || rnd() < 0.02) state.stage++;
  const facts: ObservedFacts = {
    employees: { value: state.employees, evidence: ev(`${state.employees} employees`) },
    employeeRange: { value: { min: 51, max: 200 }, evidence: ev('51-200 employees') },
    followers: { value: state.followers, evidence: ev(`${state.followers} followers`) },
    jobCount: { value: state.jobs, evidence: ev(`${state.jobs} jobs`) },
    industry: { value: worst ? `Industry ${i}` : 'Software Development', evidence: ev('industry') },
    hqCountry: { value: 'US', evidence: ev('US') },
    fundingStage: { value: `Series ${String.fromCharCode(65 + (state.stage % 26))}`, evidence: ev('stage') },
  };
  if (worst) {
    for (const f of ['revenue', 'lastFundingAmount', 'totalFunding', 'fundingRounds', 'headcountGrowth'] as const) facts[f] = { value: i * 1000 + 1, evidence: ev(f) };
    facts.revenueRange = { value: { min: i, max: i * 10 }, evidence: ev('range') };
    facts.companyType = { value: `Type ${i}`, evidence: ev('type') };
    facts.lastFundingDate = { value: new Date(Date.UTC(2020, 0, 1) + i * DAY).toISOString().slice(0, 10), evidence: ev('date') };
  }
  return facts;
}

export interface HistoryBenchResult {
  accounts: number;
  visits: number;
  totalMB: number;
  meanBytesPerAccount: number;
  maxBytesPerAccount: number;
  worstCaseBytesPerAccount: number;
  entriesMaxPerFact: number;
  usPerVisit: number;
}

function simulate(seed: number, visits: number, worst: boolean): { history: AccountHistory; ns: bigint } {
  const rnd = rng(seed);
  const state = { employees: 50 + Math.floor(rnd() * 500), followers: Math.floor(rnd() * 50_000), jobs: Math.floor(rnd() * 30), stage: 0 };
  let at = Date.UTC(2025, 0, 1);
  let history: AccountHistory | undefined;
  let facts = {};
  let ns = 0n;
  for (let i = 0; i < visits; i++) {
    at += (1 + Math.floor(rnd() * 14)) * DAY;
    const observed = visit(rnd, state, worst, i);
    const t = process.hrtime.bigint();
    history = recordHistory(history, observed, at);
    facts = withDerivedTiming(facts, history, URL);
    ns += process.hrtime.bigint() - t;
  }
  return { history: history ?? {}, ns };
}

export function runHistoryBench(accounts = 10_000, visits = 100): HistoryBenchResult {
  let total = 0, max = 0, entriesMax = 0, ns = 0n;
  for (let a = 0; a < accounts; a++) {
    const run = simulate(a + 1, visits, false);
    const bytes = Buffer.byteLength(JSON.stringify(run.history));
    total += bytes;
    max = Math.max(max, bytes);
    ns += run.ns;
    for (const f of HISTORY_FACTS) entriesMax = Math.max(entriesMax, run.history[f]?.length ?? 0);
  }
  const worst = Buffer.byteLength(JSON.stringify(simulate(1, Math.max(visits, 400), true).history));
  return {
    accounts,
    visits,
    totalMB: Math.round((total / 1e6) * 10) / 10,
    meanBytesPerAccount: Math.round(total / accounts),
    maxBytesPerAccount: max,
    worstCaseBytesPerAccount: worst,
    entriesMaxPerFact: entriesMax,
    usPerVisit: Math.round(Number(ns) / (accounts * visits) / 100) / 10,
  };
}

/** The bench's figures (`npm run bench`, section "history"): one run of 10,000 accounts × 100 visits. */
export function historyFigures(accounts = 10_000, visits = 100): Figure[] {
  const r = runHistoryBench(accounts, visits);
  const scenario = `${accounts.toLocaleString('en-US')} accounts × ${visits} visits`;
  return [
    figure('history.totalMB', 'history', `fact history kept, ${scenario}`, 'MB', [r.totalMB], `mean ${(r.meanBytesPerAccount / 1000).toFixed(1)} kB, largest ${(r.maxBytesPerAccount / 1000).toFixed(1)} kB per account; JSON bytes of the history`),
    figure('history.worstCaseKB', 'history', 'fact history of one account whose every kept fact changes on every visit', 'kB', [r.worstCaseBytesPerAccount / 1000], `at most ${r.entriesMaxPerFact} values per fact in the run above`),
    figure('history.usPerVisit', 'history', 'history step of the observation path (record + derive growth), per visit', 'µs', [r.usPerVisit]),
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [accounts, visits] = process.argv.slice(2).map(Number);
  console.log(JSON.stringify(runHistoryBench(accounts || undefined, visits || undefined), null, 2));
}
