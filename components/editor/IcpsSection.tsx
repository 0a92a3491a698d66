import { useState } from 'react';
import type { Json } from '../../lib/playbook/edit/draft';
import { newIcp } from '../../lib/playbook/edit/new-items';
import { countUnder } from '../../lib/playbook/edit/problems';
import { pointsTotal } from '../../lib/playbook/edit/tests';
import { asList, asObj, asText, type EditApi } from './api';
import { Problems } from './fields';
import { IcpForm } from './IcpForm';
import { Reorderable } from './Reorderable';

/** The ICPs: pick one to edit; add, duplicate, remove and reorder them. */
export function IcpsSection({ ed, draft }: { ed: EditApi; draft: Json }) {
  const icps = asList(asObj(draft).icps);
  const [open, setOpen] = useState(0);
  const shown = Math.min(open, icps.length - 1);
  const follow = (from: number, to: number) => setOpen((o) => (o === from ? to : o === to ? from : o));
  return (
    <section aria-labelledby="icps-h">
      <h3 id="icps-h">ICPs</h3>
      <Problems ed={ed} path={['icps']} />
      <Reorderable
        count={icps.length}
        testId="icps"
        min={1}
        name={(i) => `ICP "${asText(asObj(icps[i]).name) || i + 1}"`}
        readOnly={ed.readOnly}
        onMove={(from, to) => {
          ed.move(['icps'], from, to);
          follow(from, to);
        }}
        onRemove={(i) => ed.remove(['icps'], i)}
        onDuplicate={(i) => {
          ed.duplicate(['icps'], i);
          setOpen(i + 1);
        }}
        render={(i) => {
          const n = countUnder(ed.problems, `icps[${i}]`);
          return (
            <button type="button" className={i === shown ? 'icp-pick shown' : 'icp-pick'} aria-pressed={i === shown} onClick={() => setOpen(i)}>
              <span className="grow">{asText(asObj(icps[i]).name) || `ICP ${i + 1}`}</span>
              <span className="small muted">{pointsTotal(icps[i]).total} pts</span>
              {n > 0 && <span className="pill warn">{n} problem{n === 1 ? '' : 's'}</span>}
            </button>
          );
        }}
      />
      {!ed.readOnly && (
        <button
          type="button"
          onClick={() => {
            ed.insert(['icps'], newIcp(draft, ['icps']));
            setOpen(icps.length);
          }}
        >
          + Add ICP
        </button>
      )}
      {shown >= 0 && <IcpForm key={shown} ed={ed} path={['icps', shown]} icp={icps[shown]} draft={draft} />}
    </section>
  );
}
