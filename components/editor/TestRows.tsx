import type { Json, Path } from '../../lib/playbook/edit/draft';
import { newDisqualifier, newSegment } from '../../lib/playbook/edit/new-items';
import { asList, asText, asObj, type EditApi } from './api';
import { Problems, TextField } from './fields';
import { Reorderable } from './Reorderable';
import { TestFields } from './TestFields';

/** Disqualifiers and segments: a text (reason / name), an id and a fact test each. */
const KINDS = {
  disqualifiers: { title: 'Disqualifiers', text: 'reason', textLabel: 'Reason (shown first when hit)', one: 'disqualifier', add: newDisqualifier, note: 'Any hit puts the account in tier DQ.' },
  segments: { title: 'Segments', text: 'name', textLabel: 'Name', one: 'segment', add: newSegment, note: 'The first segment whose test matches picks the messaging.' },
} as const;

export function TestRows({ ed, path, icp, kind, draft }: { ed: EditApi; path: Path; icp: Json | undefined; kind: keyof typeof KINDS; draft: Json }) {
  const k = KINDS[kind];
  const at = [...path, kind];
  const list = asList(asObj(icp)[kind]);
  return (
    <div className="editor-block">
      <h4>{k.title} <span className="small muted">{k.note}</span></h4>
      <Problems ed={ed} path={at} />
      <Reorderable
        count={list.length}
        testId={kind}
        name={(i) => `${k.one} "${asText(asObj(list[i])[k.text]) || i + 1}"`}
        readOnly={ed.readOnly}
        onMove={(from, to) => ed.move(at, from, to)}
        onRemove={(i) => ed.remove(at, i)}
        onDuplicate={(i) => ed.duplicate(at, i)}
        render={(i) => {
          const row = [...at, i];
          const v = asObj(list[i]);
          return (
            <div className="fields">
              <Problems ed={ed} path={row} />
              <TextField ed={ed} path={[...row, k.text]} label={k.textLabel} value={v[k.text]} wide />
              <TextField ed={ed} path={[...row, 'id']} label="Id" value={v.id} />
              <TestFields ed={ed} path={row} value={v} />
            </div>
          );
        }}
      />
      {!ed.readOnly && <button type="button" onClick={() => ed.insert(at, k.add(draft, at))}>+ Add {k.one}</button>}
    </div>
  );
}
