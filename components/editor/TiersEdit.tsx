import type { Json, Path } from '../../lib/playbook/edit/draft';
import { newTier } from '../../lib/playbook/edit/new-items';
import { asList, asObj, asText, type EditApi } from './api';
import { NumberField, Problems, TextField } from './fields';
import { Reorderable } from './Reorderable';

/** Tiers, highest min first; the last one at min 0 (validation says so next to the field). */
export function TiersEdit({ ed, path, icp, draft }: { ed: EditApi; path: Path; icp: Json | undefined; draft: Json }) {
  const at = [...path, 'tiers'];
  const list = asList(asObj(icp).tiers);
  return (
    <div className="editor-block">
      <h4>Tiers <span className="small muted">highest min first; the last at 0; &quot;DQ&quot; is reserved</span></h4>
      <Problems ed={ed} path={at} />
      <Reorderable
        count={list.length}
        testId="tiers"
        min={1}
        name={(i) => `tier "${asText(asObj(list[i]).name) || i + 1}"`}
        readOnly={ed.readOnly}
        onMove={(from, to) => ed.move(at, from, to)}
        onRemove={(i) => ed.remove(at, i)}
        render={(i) => {
          const row = [...at, i];
          const t = asObj(list[i]);
          return (
            <div className="fields">
              <Problems ed={ed} path={row} />
              <TextField ed={ed} path={[...row, 'name']} label="Name" value={t.name} />
              <NumberField ed={ed} path={[...row, 'min']} label="Min score" value={t.min} min={0} max={100} />
              <TextField ed={ed} path={[...row, 'action']} label="What the rep should do" value={t.action} optional wide />
            </div>
          );
        }}
      />
      {!ed.readOnly && <button type="button" onClick={() => ed.insert(at, newTier(draft, at))}>+ Add tier</button>}
    </div>
  );
}
