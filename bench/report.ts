import { readFileSync, writeFileSync } from 'node:fs';
import type { Budget, Figure } from './stats';

/** Budgets from bench/budgets.json attached to figures; the table; the JSON summary. */
export function loadBudgets(file: string): Record<string, Budget> {
  return (JSON.parse(readFileSync(file, 'utf8')) as { budgets: Record<string, Budget> }).budgets;
}

/** '*' stands for one dot-separated segment of a figure id. */
function matches(pattern: string, id: string): boolean {
  const re = new RegExp('^' + pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\/]/g, '\\$&')).join('[^.]+') + '$');
  return re.test(id);
}

/** The median is what is checked: p95 is reported, not budgeted (one slow run on a shared box is noise). */
export function applyBudgets(figures: Figure[], budgets: Record<string, Budget>): Figure[] {
  return figures.map((f) => {
    const key = Object.keys(budgets).find((k) => matches(k, f.id));
    if (!key) return f;
    const budget = budgets[key]!;
    const pass = (budget.max === undefined || f.median <= budget.max) && (budget.min === undefined || f.median >= budget.min);
    return { ...f, budget, pass };
  });
}

/** Budget patterns that no figure matched: a renamed figure must not silently drop its budget. */
export function unmatchedBudgets(figures: Figure[], budgets: Record<string, Budget>): string[] {
  return Object.keys(budgets).filter((k) => !figures.some((f) => matches(k, f.id)));
}

const fmt = (x: number): string => (Number.isFinite(x) ? (Math.abs(x) >= 1000 ? Math.round(x).toLocaleString('en-US') : String(x)) : '–');
const budgetText = (b?: Budget): string => (!b ? '' : b.max !== undefined ? `≤ ${fmt(b.max)}` : `≥ ${fmt(b.min!)}`);
const status = (f: Figure): string => (f.pass === undefined ? '' : f.pass ? 'pass' : 'FAIL');

export function tableRows(figures: Figure[]): string[][] {
  return figures.map((f) => [f.label, fmt(f.median), fmt(f.p95), String(f.runs), f.unit, budgetText(f.budget), status(f)]);
}

export const HEADER = ['figure', 'median', 'p95', 'runs', 'unit', 'budget', 'status'];

/** Plain-text table, grouped by section, for the terminal. */
export function printTable(figures: Figure[], log: (s: string) => void = console.log): void {
  const rows = [HEADER, ...tableRows(figures)];
  const widths = HEADER.map((_, c) => Math.max(...rows.map((r) => [...r[c]!].length)));
  const line = (r: string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  log(line(HEADER));
  let group = '';
  for (const [i, f] of figures.entries()) {
    if (f.group !== group) log(`── ${(group = f.group)}`);
    log(line(rows[i + 1]!));
  }
}

export function writeJson(file: string, meta: object, figures: Figure[]): void {
  writeFileSync(file, JSON.stringify({ ...meta, figures }, null, 2) + '\n');
}
