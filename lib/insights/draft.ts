import { PLAYBOOK_FORMAT, type Criterion, type Icp, type Persona, type Playbook } from '../playbook/schema';
import { parsePlaybook } from '../playbook/validate';
import { NUMBER_ATTRIBUTES, type Attribute, type CategoryAttribute } from './attributes';
import type { Analysis, Pattern } from './analyze';
import { criterionOf, disqualifierOf, liftOf, type DraftTest } from './draft-tests';
import { disqualifierCandidates } from './draft-disqualifiers';
import { chooseTiers, type Separation } from './draft-tiers';
import { isNegative, isPositive, type OutcomeRecord } from './record';
import { pct } from './summary';

/**
 * A draft playbook from an analysis: the strongest attributes as criteria (points in proportion
 * to each test's lift, summing to 100), numeric ranges that best separate won from lost (split.ts),
 * negative patterns as disqualifier candidates (together excluding at most 5% of won deals), and tier cut-offs chosen by scoring these same records
 * with the draft. Only patterns with at least "some" evidence are used: on data with no real
 * pattern there is no draft, rather than a draft built on noise.
 *
 * Decision: the draft replaces the ICPs but keeps the personas of the playbook it starts from
 * (`base`: the one in use), since who to talk to does not change with who buys. Talking points
 * tied to criteria or segments that the draft does not have are left out.
 */
export interface DraftOptions {
  /** YYYY-MM-DD: the draft's date and the scoring date */
  today: string;
  /** what the data was ("deals.csv"), for the description */
  source?: string;
  base?: Playbook;
}

export type DraftResult = { ok: true; playbook: Playbook; text: string; separation: Separation; notes: string[] } | { ok: false; message: string };

const MAX_CRITERIA = 7;
const usable = (p: Pattern) => p.confidence !== 'weak';

export function draftPlaybook(analysis: Analysis, records: readonly OutcomeRecord[], opts: DraftOptions): DraftResult {
  const positives = records.filter((r) => isPositive(r.outcome));
  const negatives = records.filter((r) => (analysis.baseline === 'open' ? r.outcome === 'open' : isNegative(r.outcome)));
  const tests = positiveTests(analysis, positives, negatives);
  if (!tests.length) return { ok: false, message: `Nothing sets the ${analysis.counts.positive} won accounts apart from the ${negatives.length} ${analysis.baseline} ones with enough evidence to draft an ICP. Add more closed deals, or map more columns.` };
  const criteria = withPoints(tests);
  const disqualifiers = disqualifierCandidates(analysis, positives).map(disqualifierOf);
  const icp: Icp = { id: 'from-customers', name: 'Accounts like the ones we win', criteria, disqualifiers, tiers: [{ name: 'A', min: 0 }], segments: [] };
  const { tiers, separation } = chooseTiers(icp, positives, negatives, opts.today);
  icp.tiers = tiers;
  icp.description = describe(analysis, opts, separation);
  const draft: Playbook = {
    format: PLAYBOOK_FORMAT,
    name: 'ICP drafted from closed deals',
    version: `draft ${opts.today}`,
    ...(opts.base?.owner ? { owner: opts.base.owner } : {}),
    updated: opts.today,
    icps: [icp],
    personas: keptPersonas(opts.base?.personas ?? [], criteria),
  };
  const checked = parsePlaybook(JSON.parse(JSON.stringify(draft)));
  if (!checked.ok) return { ok: false, message: `the draft is not a valid playbook (${checked.errors[0]?.path}: ${checked.errors[0]?.message})` };
  const notes = checked.warnings.map((w) => `${w.path}: ${w.message}`);
  return { ok: true, playbook: checked.playbook, text: JSON.stringify(checked.playbook, null, 2) + '\n', separation, notes };
}

/** One test per attribute: its over-represented values, or the won accounts' range. */
function positiveTests(analysis: Analysis, pos: readonly OutcomeRecord[], neg: readonly OutcomeRecord[]): DraftTest[] {
  const good = analysis.patterns.filter((p) => usable(p) && p.lift > 1);
  const byAttr = new Map<Attribute, Pattern[]>();
  for (const p of good) byAttr.set(p.attribute, [...(byAttr.get(p.attribute) ?? []), p]);
  const tests: DraftTest[] = [];
  for (const [attribute, ps] of byAttr) {
    let t: DraftTest;
    if ((NUMBER_ATTRIBUTES as readonly string[]).includes(attribute)) {
      // only a range with evidence of its own: the bounds that best separate won from lost (split.ts)
      const split = analysis.numbers[attribute as 'employees' | 'revenue']?.split;
      if (!split || split.p >= 0.05) continue;
      t = { attribute, range: { min: split.min, max: split.max }, lift: 0 };
    } else t = { attribute: attribute as CategoryAttribute, values: ps.map((p) => p.key), labels: ps.map((p) => p.label), lift: 0 };
    t.lift = liftOf(t, pos, neg).lift;
    if (t.lift > 1.05) tests.push(t);
  }
  // country and region say the same thing twice: keep the stronger
  const country = tests.find((t) => t.attribute === 'hqCountry');
  const region = tests.find((t) => t.attribute === 'hqRegion');
  const drop = country && region ? (country.lift >= region.lift ? region : country) : undefined;
  return tests.filter((t) => t !== drop).sort((a, b) => b.lift - a.lift).slice(0, MAX_CRITERIA);
}

/** Points ∝ lift (capped at 10×), whole numbers summing to exactly 100, each at least 1. */
function withPoints(tests: DraftTest[]): Criterion[] {
  const w = tests.map((t) => Math.min(10, t.lift));
  const total = w.reduce((s, x) => s + x, 0);
  const exact = w.map((x) => (100 * x) / total);
  const points = exact.map((x) => Math.max(1, Math.floor(x)));
  let left = 100 - points.reduce((s, x) => s + x, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) points[order[k]![1]]!++;
  for (let k = points.length - 1; left < 0 && k >= 0; k--) {
    if (points[k]! <= 1) continue;
    points[k]!--;
    left++;
  }
  return tests.map((t, i) => criterionOf(t, points[i]!));
}

function keptPersonas(personas: readonly Persona[], criteria: readonly Criterion[]): Persona[] {
  const ids = new Set(criteria.map((c) => c.id));
  const ok = (tp: Persona['talkingPoints'][number]) => !tp.segment && (tp.if === undefined || (Array.isArray(tp.if) ? tp.if : [tp.if]).every((id) => ids.has(id)));
  return personas.map((p) => ({ ...p, talkingPoints: p.talkingPoints.filter(ok) }));
}

function describe(a: Analysis, opts: DraftOptions, s: Separation): string {
  const from = opts.source ? ` ${opts.source.slice(0, 200)}` : '';
  const top = s.tiers[0];
  const sep = top ? ` On this data tier ${top.name} holds ${pct(top.shareWon)} of won and ${pct(top.shareLost)} of ${a.baseline} accounts.` : '';
  const small = a.counts.positive < 20 ? ' Fewer than 20 won accounts: a rough draft.' : '';
  return `Drafted on ${opts.today} from${from}: ${a.counts.positive} won and ${a.baseline === 'open' ? `${a.counts.open} open` : `${a.counts.negative} lost`} accounts. Points follow each criterion's lift; ranges are the bounds that best separate won from lost.${sep}${small} Review it before use.`;
}

