import type { OutcomeGroup } from '../insights/performance-schema';
import type { CriterionShift, PeriodFigures, QuarterlyReview, ReviewAccount } from '../insights/review-schema';
import { CONFIDENCE_TEXT, cycle, dealSizes, money, pct, points } from './insights-format';

/**
 * The quarterly review as a Markdown file a manager can share (issue 20 §3). Every text that came
 * from a page, a rep or a playbook (company names, criterion labels, tier and version names) is
 * escaped: a company called "<img onerror=…>" or "[x](javascript:…)" is shown as those characters,
 * never as markup, a link or an extra table column, wherever the file is rendered.
 */

const MAX_TEXT = 300;
// CommonMark lets a backslash escape any ASCII punctuation. Escaped here: what starts markup,
// links, raw HTML, entities and table cells, and the "." and ":" of GFM's bare-URL autolinks.
const MARKUP = /[\\`*_{}[\]()#+\-.!|<>&~:]/g;

/** Untrusted text as literal Markdown on one line. */
export function mdText(s: string): string {
  // eslint-disable-next-line no-control-regex -- control characters and line breaks end a line or a table row
  const line = s.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
  const cut = line.length > MAX_TEXT ? `${line.slice(0, MAX_TEXT - 1)}…` : line;
  return cut.replace(MARKUP, '\\$&');
}

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
const table = (head: string[], rows: string[][]) => [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

/** A group's figures; a group with nothing closed says so instead of 0%. */
function groupCells(g: OutcomeGroup, label: string): string[] {
  const closed = g.won + g.lost;
  if (closed === 0) return [label, '0', 'no outcomes', '–', '–'];
  return [label, String(closed), `${pct(g.winRate)} (${g.won} won)`, mdText(dealSizes(g.dealSize)), cycle(g)];
}

function periodSection(p: PeriodFigures): string {
  const title = `## ${mdText(p.period.label)} (${p.period.start} to ${p.period.end})`;
  if (p.closed === 0) return `${title}\n\nNo outcomes: no deal was marked won or lost with a close date in this period.`;
  const versions = p.versions.map((v) => `${mdText(v.label)} (${v.count})`).join(', ');
  const rows = [groupCells(p.fit, 'ICP\\-fit'), groupCells(p.notFit, 'Not ICP\\-fit'), ...p.tiers.map((t) => groupCells(t, `Tier ${mdText(t.label)}`))];
  return [
    title,
    `${p.closed} closed (won or lost). Playbook in use when they closed: ${versions}.`,
    table(['Group', 'Closed', 'Win rate', 'Average won deal', 'Average cycle'], rows),
    accountsLine('Won', p.accounts.filter((a) => a.outcome === 'won')),
    accountsLine('Lost', p.accounts.filter((a) => a.outcome === 'lost')),
  ]
    .filter(Boolean)
    .join('\n\n');
}

function accountsLine(what: string, accounts: ReviewAccount[]): string {
  if (!accounts.length) return '';
  const one = (a: ReviewAccount) => `${mdText(a.name)} (tier ${mdText(a.tier)}${a.value !== undefined ? `, ${mdText(money(a.value, a.currency ?? ''))}` : ''})`;
  return `${what}: ${accounts.map(one).join('; ')}.`;
}

const side = (s: CriterionShift['before']) => (s.difference === null ? `– (${CONFIDENCE_TEXT[s.confidence]})` : `${points(s.difference)}, ${CONFIDENCE_TEXT[s.confidence]} (${s.known} closed)`);
export const CHANGE_TEXT = { gained: 'gained predictive power', lost: 'lost predictive power', steady: 'about the same', 'not-comparable': 'not comparable (too few closed accounts)' } as const;

function criteriaSection(r: QuarterlyReview): string {
  const [a, b] = r.periods;
  const head = ['Criterion', `${mdText(a.period.label)}: won when matched − when missed`, mdText(b.period.label), 'Change'];
  const rows = r.criteria.map((c) => [mdText(c.label), side(c.before), side(c.after), CHANGE_TEXT[c.change]]);
  return `## Criteria: predictive power (ICP ${mdText(r.icp.name)})\n\n${rows.length ? table(head, rows) : 'No criteria.'}`;
}

function editsSection(r: QuarterlyReview): string {
  const s = r.suggestions;
  if (!s.ok) return `## Suggested edits\n\nNone: ${mdText(s.message)}`;
  if (!s.edits.length) return '## Suggested edits\n\nNone: the closed deals agree with the playbook in use.';
  const items = s.edits.map((e) => [...e.changes.map((c) => `- ${mdText(c.text)}`), ...e.evidence.map((x) => `  - Evidence: ${mdText(x)}`)].join('\n'));
  return ['## Suggested edits', 'From the same analysis as "Analyse customers", on the closed deals of both periods.', ...items, ...s.notes.map((n) => `> ${mdText(n)}`)].join('\n\n');
}

export function reviewMarkdown(r: QuarterlyReview): string {
  const [a, b] = r.periods;
  return [
    `# Quarterly ICP review: ${mdText(a.period.label)} vs ${mdText(b.period.label)}`,
    `Made on ${r.today} with the playbook ${mdText(r.playbook.name)} ${mdText(r.playbook.version)}: both periods are scored with it, so they are measured the same way. ${mdText(r.fitDefinition)} Win rate = won ÷ (won + lost).`,
    periodSection(a),
    periodSection(b),
    criteriaSection(r),
    editsSection(r),
  ].join('\n\n') + '\n';
}

/** "icp-review-2026-q2-vs-2026-q3.md": only letters, digits and dashes. */
export function reviewFileName(r: QuarterlyReview): string {
  const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'period';
  return `icp-review-${slug(r.periods[0].period.label)}-vs-${slug(r.periods[1].period.label)}.md`;
}
