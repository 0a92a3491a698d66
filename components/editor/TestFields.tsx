import { FUNDING_STAGES } from '../../lib/facts/funding';
import { REGIONS } from '../../lib/facts/location';
import type { Path } from '../../lib/playbook/edit/draft';
import { kindOf, operandsFor, operatorsFor, setFact, setOperator, isFact, type TestDraft } from '../../lib/playbook/edit/tests';
import { FACT_KINDS, PLAYBOOK_FACTS, type Operator } from '../../lib/playbook/facts';
import { asObj, type EditApi, type Obj } from './api';
import { NumberField, SelectField, TextField } from './fields';
import { WordsField } from './WordsField';

/**
 * The fact → operator → operand pickers shared by criteria, disqualifiers and segments. The
 * operator list only holds operators valid for the fact; the operand inputs are the ones the
 * operator takes, typed for the fact (numbers, funding stages, words).
 */
const FACT_OPTIONS = PLAYBOOK_FACTS.map((f) => ({ value: f, label: `${f} (${FACT_KINDS[f]})` }));
const STAGE_OPTIONS = FUNDING_STAGES.map((s) => ({ value: s }));
const VALUES_HINT: Record<string, string> = {
  hqRegion: `regions: ${REGIONS.join(', ')}`,
  fundingStage: 'stages such as seed, series-a, series-b',
  hqCountry: 'country names or ISO codes: US, DE, United Kingdom',
};

export function TestFields({ ed, path, value }: { ed: EditApi; path: Path; value: Obj }) {
  const kind = kindOf(value.fact);
  const ops = operatorsFor(value.fact);
  const retest = (fn: (t: TestDraft) => TestDraft) => ed.update(path, (v) => fn(asObj(v)));
  return (
    <>
      <SelectField ed={ed} path={[...path, 'fact']} label="Fact" value={value.fact} options={FACT_OPTIONS} blank="— choose a fact —" onPick={(f) => retest((t) => setFact(t, isFact(f) ? f : undefined))} />
      {ops.length > 0 && (
        <SelectField ed={ed} path={[...path, 'is']} label="Operator" value={value.is} options={ops.map((o) => ({ value: o }))} onPick={(o) => o && retest((t) => setOperator(t, o as Operator))} />
      )}
      {operandsFor(value.is).map((k) => {
        const at = [...path, k];
        if (k === 'values') return <WordsField key={k} ed={ed} path={at} label="Values (comma-separated)" value={value.values} numbers={kind === 'number'} hint={VALUES_HINT[String(value.fact)]} />;
        if (k === 'days') return <NumberField key={k} ed={ed} path={at} label="Within days" value={value.days} step={1} min={1} />;
        const label = k === 'value' ? 'Value' : k === 'min' ? 'Min (inclusive)' : 'Max (inclusive)';
        if (kind === 'stage') return <SelectField key={k} ed={ed} path={at} label={label} value={value[k]} options={STAGE_OPTIONS} blank="— stage —" />;
        if (kind === 'number') return <NumberField key={k} ed={ed} path={at} label={label} value={value[k]} />;
        return <TextField key={k} ed={ed} path={at} label={label} value={value[k]} />;
      })}
    </>
  );
}
