import type { Json, Path } from '../../lib/playbook/edit/draft';
import { newCriterion } from '../../lib/playbook/edit/new-items';
import { pointsTotal, withoutTest } from '../../lib/playbook/edit/tests';
import { Layer } from '../../lib/playbook/schema';
import { asList, asObj, asText, type EditApi } from './api';
import { CheckField, NumberField, Problems, SelectField, TextField } from './fields';
import { Reorderable } from './Reorderable';
import { TestFields } from './TestFields';

const LAYERS = Layer.options.map((l) => ({ value: l }));

/** An ICP's criteria: one row per criterion, and the points running total. */
export function CriteriaTable({ ed, path, icp, draft }: { ed: EditApi; path: Path; icp: Json | undefined; draft: Json }) {
  const at = [...path, 'criteria'];
  const list = asList(asObj(icp).criteria);
  const { total, is100 } = pointsTotal(icp);
  return (
    <div className="editor-block">
      <h4>
        Criteria{' '}
        <span className={is100 ? 'pill' : 'pill warn'} data-testid="points-total" title="Scores are percentages of the total whatever it is; 100 keeps points readable as %">
          {total} points{is100 ? '' : ' — not 100'}
        </span>
      </h4>
      <Problems ed={ed} path={at} />
      <Reorderable
        count={list.length}
        testId="criteria"
        min={1}
        name={(i) => `criterion "${asText(asObj(list[i]).label) || i + 1}"`}
        readOnly={ed.readOnly}
        onMove={(from, to) => ed.move(at, from, to)}
        onRemove={(i) => ed.remove(at, i)}
        onDuplicate={(i) => ed.duplicate(at, i)}
        render={(i) => <CriterionRow ed={ed} path={[...at, i]} value={list[i]} />}
      />
      {!ed.readOnly && (
        <button type="button" data-testid="add-criterion" onClick={() => ed.insert(at, newCriterion(draft, at))}>+ Add criterion</button>
      )}
    </div>
  );
}

function CriterionRow({ ed, path, value }: { ed: EditApi; path: Path; value: Json | undefined }) {
  const c = asObj(value);
  const qualitative = c.layer === 'qualitative';
  const pickLayer = (layer: string | undefined) => ed.update(path, (v) => ({ ...(layer === 'qualitative' ? withoutTest(asObj(v)) : asObj(v)), ...(layer ? { layer } : {}) }));
  return (
    <div className="criterion-edit" data-testid={`edit-criterion-${asText(c.id)}`}>
      <Problems ed={ed} path={path} />
      <div className="fields">
        <TextField ed={ed} path={[...path, 'label']} label="Label" value={c.label} wide />
        <NumberField ed={ed} path={[...path, 'points']} label="Points" value={c.points} min={0} />
        <TextField ed={ed} path={[...path, 'id']} label="Id" value={c.id} />
        <SelectField ed={ed} path={[...path, 'layer']} label="Layer" value={c.layer} options={LAYERS} onPick={pickLayer} />
        {qualitative ? <span className="small muted field">Answered by the rep after discovery: no fact test.</span> : <TestFields ed={ed} path={path} value={c} />}
        <TextField ed={ed} path={[...path, 'question']} label="Question while unknown" value={c.question} optional wide />
        {/* issue 20: a rep's answer ages like a fact; a qualitative criterion has no layer default */}
        <NumberField ed={ed} path={[...path, 'maxAgeDays']} label={qualitative ? 'Max age of the answer (days)' : 'Max age of the fact (days)'} value={c.maxAgeDays} min={1} step={1} hint={qualitative ? 'an older answer counts as unknown; empty: no limit' : "older counts as unknown; empty: the layer's"} />
        <CheckField ed={ed} path={[...path, 'required']} label="Required (a must-have)" value={c.required} />
      </div>
    </div>
  );
}
