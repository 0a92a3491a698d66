import type { Json, Path } from '../../lib/playbook/edit/draft';
import { newPersona, newTalkingPoint } from '../../lib/playbook/edit/new-items';
import { asList, asObj, asText, type EditApi } from './api';
import { Problems, TextField } from './fields';
import { PlaceholderText } from './PlaceholderText';
import { Reorderable } from './Reorderable';
import { WordsField } from './WordsField';

type Refs = { icp: string; ids: string[] }[];

/** Criterion and segment ids per ICP, for the talking points' "if" and "segment" pickers. */
function refsOf(draft: Json, key: 'criteria' | 'segments'): Refs {
  return asList(asObj(draft).icps).map((icp) => ({ icp: asText(asObj(icp).name) || asText(asObj(icp).id), ids: asList(asObj(icp)[key]).map((c) => asText(asObj(c).id)).filter(Boolean) }));
}

export function PersonasSection({ ed, draft }: { ed: EditApi; draft: Json }) {
  const list = asList(asObj(draft).personas);
  const criteria = refsOf(draft, 'criteria');
  const segments = refsOf(draft, 'segments');
  return (
    <section aria-labelledby="personas-h">
      <h3 id="personas-h">Personas</h3>
      <Reorderable
        count={list.length}
        testId="personas"
        name={(i) => `persona "${asText(asObj(list[i]).name) || i + 1}"`}
        readOnly={ed.readOnly}
        onMove={(from, to) => ed.move(['personas'], from, to)}
        onRemove={(i) => ed.remove(['personas'], i)}
        onDuplicate={(i) => ed.duplicate(['personas'], i)}
        render={(i) => <PersonaForm ed={ed} path={['personas', i]} value={list[i]} criteria={criteria} segments={segments} />}
      />
      {!ed.readOnly && <button type="button" onClick={() => ed.insert(['personas'], newPersona(draft, ['personas']))}>+ Add persona</button>}
    </section>
  );
}

function PersonaForm({ ed, path, value, criteria, segments }: { ed: EditApi; path: Path; value: Json | undefined; criteria: Refs; segments: Refs }) {
  const p = asObj(value);
  const tps = asList(p.talkingPoints);
  const at = [...path, 'talkingPoints'];
  return (
    <details className="persona-edit" data-testid="persona-form">
      <summary>{asText(p.name) || 'Persona'} <span className="small muted">{asList(p.titles).length} titles · {tps.length} talking points</span></summary>
      <Problems ed={ed} path={path} />
      <div className="fields">
        <TextField ed={ed} path={[...path, 'name']} label="Name" value={p.name} wide />
        <TextField ed={ed} path={[...path, 'id']} label="Id" value={p.id} />
        <WordsField ed={ed} path={[...path, 'titles']} label="Job titles (comma-separated)" value={p.titles} />
        <WordsField ed={ed} path={[...path, 'cares']} label="Cares about (one per line)" value={p.cares} lines emptyAs="empty" />
        <WordsField ed={ed} path={[...path, 'questions']} label="Discovery questions (one per line)" value={p.questions} lines emptyAs="empty" />
      </div>
      <h4>Talking points</h4>
      <Reorderable
        count={tps.length}
        testId="talking-points"
        name={(j) => `talking point ${j + 1}`}
        readOnly={ed.readOnly}
        onMove={(from, to) => ed.move(at, from, to)}
        onRemove={(j) => ed.remove(at, j)}
        render={(j) => {
          const tp = asObj(tps[j]);
          const row = [...at, j];
          return (
            <div className="fields">
              <Problems ed={ed} path={row} />
              <PlaceholderText ed={ed} path={[...row, 'text']} label="Text" value={tp.text} />
              <RefPicker ed={ed} path={[...row, 'if']} label="Only when matched (criteria)" value={tp.if} refs={criteria} multiple />
              <RefPicker ed={ed} path={[...row, 'segment']} label="Only in segment" value={tp.segment} refs={segments} />
            </div>
          );
        }}
      />
      {!ed.readOnly && <button type="button" onClick={() => ed.insert(at, newTalkingPoint())}>+ Add talking point</button>}
    </details>
  );
}

/** Pick criterion (several) or segment (one) ids, grouped by ICP; nothing picked removes the key. */
function RefPicker({ ed, path, label, value, refs, multiple }: { ed: EditApi; path: Path; label: string; value: Json | undefined; refs: Refs; multiple?: boolean }) {
  const picked = Array.isArray(value) ? value.map(asText) : value === undefined ? [] : [asText(value)];
  const set = (ids: string[]) => ed.set(path, ids.length === 0 ? undefined : ids.length === 1 || !multiple ? ids[0]! : ids);
  const known = new Set(refs.flatMap((r) => r.ids));
  return (
    <div className="field">
      <label className="small muted">
        {label}
        <select multiple={multiple} size={multiple ? 4 : undefined} value={multiple ? picked : (picked[0] ?? '')} disabled={ed.readOnly} onChange={(e) => set(Array.from(e.target.selectedOptions, (o) => o.value).filter(Boolean))}>
          {!multiple && <option value="">— any —</option>}
          {picked.filter((id) => !known.has(id)).map((id) => <option key={id} value={id}>{id} (unknown)</option>)}
          {refs.filter((r) => r.ids.length).map((r, i) => (
            <optgroup key={i} label={r.icp}>
              {r.ids.map((id) => <option key={id} value={id}>{id}</option>)}
            </optgroup>
          ))}
        </select>
      </label>
      <Problems ed={ed} path={path} />
    </div>
  );
}
