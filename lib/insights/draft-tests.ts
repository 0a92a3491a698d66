import type { Criterion, Disqualifier } from '../playbook/schema';
import { CategoryReader, numberOf, type Attribute, type CategoryAttribute, type NumberAttribute } from './attributes';
import { rangeLabel, type Pattern } from './analyze';
import type { OutcomeRecord } from './record';

/** One criterion of the draft before points: which values (or range) of one attribute, and its lift. */
export interface DraftTest {
  attribute: Attribute;
  values?: string[];
  labels?: string[];
  range?: { min: number; max: number | null };
  lift: number;
}

type TestShape = Pick<Criterion, 'fact' | 'is' | 'values' | 'value' | 'min' | 'max'>;

const MAX_VALUES = 25;
const FACT: Record<Attribute, Criterion['fact']> = { industry: 'industry', hqCountry: 'hqCountry', hqRegion: 'hqRegion', fundingStage: 'fundingStage', technologies: 'technologies', employees: 'employees', revenue: 'revenue' };
export const CRITERION_ID: Record<Attribute, string> = { industry: 'industry', hqCountry: 'country', hqRegion: 'region', fundingStage: 'funding', technologies: 'technologies', employees: 'employees', revenue: 'revenue' };
const QUESTIONS: Record<Attribute, string> = {
  industry: 'What does the company sell, and to whom?',
  hqCountry: 'Where is the company headquartered?',
  hqRegion: 'Where is the company headquartered?',
  fundingStage: 'How is the company funded, and what was the last round?',
  technologies: 'Which tools does the team use today?',
  employees: 'How many people work there today?',
  revenue: 'Roughly what is their annual revenue?',
};

const orList = (xs: string[]) => (xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} or ${xs[xs.length - 1]}`);
const cut = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

/** The playbook test and the label a rep reads. */
export function testOf(t: DraftTest): TestShape & { label: string } {
  if (t.range) {
    const label = rangeLabel(t.attribute as NumberAttribute, t.range);
    const test: TestShape = t.range.max === null ? { fact: FACT[t.attribute], is: 'at-least', value: t.range.min } : { fact: FACT[t.attribute], is: 'between', min: t.range.min, max: t.range.max };
    return { ...test, label };
  }
  const values = (t.values ?? []).slice(0, MAX_VALUES);
  const names = orList((t.labels ?? values).slice(0, 6)) + (values.length > 6 ? ` (+${values.length - 6} more)` : '');
  const label = t.attribute === 'technologies' ? `Uses ${names}` : t.attribute === 'hqCountry' || t.attribute === 'hqRegion' ? `Headquartered in ${names}` : t.attribute === 'fundingStage' ? `Funding stage: ${names}` : `Industry: ${names}`;
  return { fact: FACT[t.attribute], is: t.attribute === 'technologies' ? 'any' : 'in', values, label: cut(label, 200) };
}

export function criterionOf(t: DraftTest, points: number): Criterion {
  const { label, ...test } = testOf(t);
  return { id: CRITERION_ID[t.attribute], label, layer: t.attribute === 'technologies' ? 'technographic' : 'firmographic', points, question: QUESTIONS[t.attribute], ...test };
}

export function disqualifierOf(p: Pattern, i: number): Disqualifier {
  const { label, ...test } = testOf(p.range ? { attribute: p.attribute, range: p.range, lift: p.lift } : { attribute: p.attribute, values: [p.key], labels: [p.label], lift: p.lift });
  const reason = `${label}: ${p.lost} of ${p.lostKnown} lost deals, ${p.won} of ${p.wonKnown} won`;
  return { id: `dq-${CRITERION_ID[p.attribute]}-${i + 1}`, reason: cut(reason, 300), ...test };
}

/**
 * Lift of a whole test (any of its values / inside its range) on these records: smoothed share
 * among positives that pass ÷ share among negatives that pass, over records where it is known.
 */
export function liftOf(t: DraftTest, positives: readonly OutcomeRecord[], negatives: readonly OutcomeRecord[]): { lift: number; a: number; n1: number; b: number; n0: number } {
  const pass = passOf(t);
  const tally = (rs: readonly OutcomeRecord[]) => {
    let yes = 0;
    let knownCount = 0;
    for (const r of rs) {
      const x = pass(r);
      if (x === null) continue;
      knownCount++;
      if (x) yes++;
    }
    return [yes, knownCount] as const;
  };
  const [a, n1] = tally(positives);
  const [b, n0] = tally(negatives);
  return { lift: (a + 0.5) / (n1 + 1) / ((b + 0.5) / (n0 + 1)), a, n1, b, n0 };
}

/** Whether a record passes the test: any of its values / inside its range; null when the fact is unknown. */
export function passOf(t: Pick<DraftTest, 'attribute' | 'values' | 'range'>): (r: OutcomeRecord) => boolean | null {
  const reader = new CategoryReader();
  const wanted = new Set(t.values ?? []);
  return (r) => {
    if (t.range) {
      const v = numberOf(r.facts, t.attribute as NumberAttribute);
      return v === null ? null : v >= t.range.min && (t.range.max === null || v <= t.range.max);
    }
    const vs = reader.values(r.facts, t.attribute as CategoryAttribute);
    return vs === null ? null : vs.some((v) => wanted.has(v.key));
  };
}
