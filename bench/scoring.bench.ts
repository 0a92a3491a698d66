// Scoring and validation speed: `npx tsx bench/scoring.bench.ts` (add `node --expose-gc --import tsx`
// for exact heap figures). Budgets (issue): ≥ 100,000 account scorings/s on one core with the starter
// playbook (all ICPs, talking points on), heap flat over 1,000,000 scorings, and a 500-criterion
// playbook validated in ≤ 50 ms. Prints figures; `npm run bench` can call runScoringBench().
import { fileURLToPath } from 'node:url';
import type { PlaybookInput } from '../lib/playbook/schema';
import { parsePlaybookText } from '../lib/playbook/validate';
import { starterPlaybookText } from '../lib/playbook/templates';
import { compilePlaybook, scoreAccount, type ScoringFacts } from '../lib/scoring';

export interface ScoringBenchResult {
  scorings: number;
  /** wall clock */
  accountsPerSecond: number;
  nsPerAccount: number;
  /** CPU time of this process: the one-core figure even when other work shares the machine */
  accountsPerCpuSecond: number;
  cpuNsPerAccount: number;
  heapBeforeMB: number;
  heapAfterMB: number;
  /** heap sampled every 10% of the run: flat means no growth with the number of scorings */
  heapSamplesMB: number[];
  validate500Ms: number;
}

const INDUSTRIES = ['Computer Software', 'Software Development', 'Construction', 'Hospitals and Health Care', 'Machinery Manufacturing', 'Financial Services', 'Retail', 'Staffing and Recruiting'];
const COUNTRIES = ['US', 'United States', 'GB', 'Germany', 'FR', 'Sweden', 'BR', 'IN', 'AU'];
const STAGES = ['Seed', 'Series A', 'series-b', 'Series C', 'Private equity', 'IPO', 'Pre-seed'];
const TECH = ['HubSpot', 'Salesforce', 'Segment', 'Google Analytics', 'SAP', 'Workday', 'jQuery', 'React', 'Greenhouse'];
const ROLES = ['Senior SDR', 'Account Executive', 'Site Manager', 'Nurse', 'Head of Growth', 'Backend Engineer', 'Recruiter', 'Demand Planner'];
const TITLES = ['VP of Sales', 'Head of Marketing', 'Co-Founder & CEO', 'RevOps Manager', 'Software Engineer', 'HR Director', 'CTO'];

/** Deterministic varied accounts (a fixed LCG, not Math.random: runs are comparable). */
export function sampleAccounts(n: number): { facts: ScoringFacts; title: string }[] {
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const some = <T>(xs: T[]) => xs.filter(() => rnd() < 0.3);
  const ev = [{ source: 'linkedin-company' as const, url: 'https://www.linkedin.com/company/x/', text: 'from the page' }];
  return Array.from({ length: n }, (_, i) => {
    const facts: ScoringFacts = {
      name: { value: `Company ${i}` },
      industry: { value: pick(INDUSTRIES), evidence: ev },
      hqCountry: { value: pick(COUNTRIES), evidence: ev },
      foundedYear: { value: 1990 + Math.floor(rnd() * 35) },
      technologies: { value: some(TECH) },
      openRoles: { value: some(ROLES) },
      jobCount: { value: Math.floor(rnd() * 60) },
    };
    if (rnd() < 0.5) facts.employees = { value: Math.floor(rnd() * 3000) };
    else facts.employeeRange = { value: pick([{ min: 11, max: 50 }, { min: 51, max: 200 }, { min: 201, max: 500 }, { min: 10001, max: null }]) };
    if (rnd() < 0.6) facts.fundingStage = { value: pick(STAGES) };
    if (rnd() < 0.4) facts.lastFundingDate = { value: `2026-0${1 + Math.floor(rnd() * 9)}-15` };
    if (rnd() < 0.3) facts.headcountGrowth = { value: Math.floor(rnd() * 40) - 10 };
    return { facts, title: pick(TITLES) };
  });
}

/** A playbook with `n` criteria (10 ICPs × n/10), as a manager-written file. */
export function largePlaybookText(n: number): string {
  const perIcp = n / 10;
  const criterion = (i: number, j: number) =>
    [
      { fact: 'employees', is: 'between', min: j, max: j + 100 },
      { fact: 'industry', is: 'in', values: ['Software Development', 'Computer Software', 'Construction'] },
      { fact: 'technologies', is: 'any', values: ['HubSpot', 'Salesforce'] },
      { fact: 'openRoles', is: 'matches', values: ['SDR', 'Head of Growth'] },
      { fact: 'hqRegion', is: 'in', values: ['europe', 'north-america'] },
    ][j % 5]!;
  const icps = Array.from({ length: 10 }, (_, i) => ({
    id: `icp-${i}`,
    name: `ICP ${i}`,
    criteria: Array.from({ length: perIcp }, (_, j) => ({ id: `c-${j}`, label: `Criterion ${j}`, layer: 'firmographic', points: 2, question: 'Is it?', ...criterion(i, j) })),
    disqualifiers: [{ id: 'tiny', reason: 'Too small', fact: 'employees', is: 'below', value: 5 }],
    tiers: [{ name: 'A', min: 70 }, { name: 'B', min: 40 }, { name: 'C', min: 0 }],
    segments: [{ id: 'small', name: 'Small', fact: 'employees', is: 'at-most', value: 50 }],
  }));
  const doc: PlaybookInput = { format: 'icp-fit/playbook@1', name: 'Large', version: '1', icps: icps as PlaybookInput['icps'] };
  return JSON.stringify(doc, null, 2);
}

const heapMB = () => {
  (globalThis as { gc?: () => void }).gc?.();
  return Math.round((process.memoryUsage().heapUsed / 1024 / 1024) * 10) / 10;
};

export function runScoringBench(scorings = 1_000_000): ScoringBenchResult {
  const parsed = parsePlaybookText(starterPlaybookText);
  if (!parsed.ok) throw new Error('starter playbook is invalid');
  const compiled = compilePlaybook(parsed.playbook);
  const accounts = sampleAccounts(1000);
  const score = (i: number) => {
    const a = accounts[i % accounts.length]!;
    return scoreAccount({ facts: a.facts, person: { title: a.title } }, compiled, { today: '2026-11-23' });
  };
  for (let i = 0; i < 20_000; i++) score(i); // warm-up: let the JIT settle before timing
  const heapBeforeMB = heapMB();
  const heapSamplesMB: number[] = [];
  let sink = 0;
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let i = 0; i < scorings; i++) {
    sink += score(i).results.length;
    if (i % (scorings / 10) === scorings / 10 - 1) heapSamplesMB.push(Math.round((process.memoryUsage().heapUsed / 1024 / 1024) * 10) / 10);
  }
  const ns = Number(process.hrtime.bigint() - start);
  const used = process.cpuUsage(cpu);
  const cpuNs = (used.user + used.system) * 1000;
  if (sink === 0) throw new Error('nothing scored');
  const heapAfterMB = heapMB();
  return {
    scorings,
    accountsPerSecond: Math.round(scorings / (ns / 1e9)),
    nsPerAccount: Math.round(ns / scorings),
    accountsPerCpuSecond: Math.round(scorings / (cpuNs / 1e9)),
    cpuNsPerAccount: Math.round(cpuNs / scorings),
    heapBeforeMB, heapAfterMB, heapSamplesMB, validate500Ms: validateBench() };
}

/** Median of 15 validations of a 500-criterion playbook file (text in, checked playbook out). */
function validateBench(): number {
  const text = largePlaybookText(500);
  const times: number[] = [];
  for (let i = 0; i < 18; i++) {
    const t = process.hrtime.bigint();
    const r = parsePlaybookText(text);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
    if (!r.ok) throw new Error(`generated playbook invalid: ${r.errors[0]?.path} ${r.errors[0]?.message}`);
  }
  const warm = times.slice(3).sort((a, b) => a - b);
  return Math.round(warm[Math.floor(warm.length / 2)]! * 100) / 100;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = runScoringBench(Number(process.env.SCORINGS ?? 1_000_000));
  const ok = (pass: boolean) => (pass ? 'ok' : 'OVER BUDGET');
  console.log(`scoring  ${r.scorings.toLocaleString('en-US')} accounts × 5 ICPs (starter playbook, talking points on)`);
  console.log(`         wall ${r.accountsPerSecond.toLocaleString('en-US')} accounts/s   ${r.nsPerAccount.toLocaleString('en-US')} ns/account`);
  console.log(`         cpu  ${r.accountsPerCpuSecond.toLocaleString('en-US')} accounts/s   ${r.cpuNsPerAccount.toLocaleString('en-US')} ns/account   ${ok(r.accountsPerCpuSecond >= 100_000)} (budget ≥ 100,000/s on one core)`);
  console.log(`heap     before ${r.heapBeforeMB} MB   after ${r.heapAfterMB} MB   samples ${r.heapSamplesMB.join(' ')} MB${(globalThis as { gc?: unknown }).gc ? '' : '   (run with node --expose-gc for exact figures)'}`);
  console.log(`validate 500-criterion playbook: ${r.validate500Ms} ms (median)   ${ok(r.validate500Ms <= 50)} (budget ≤ 50 ms)`);
}
