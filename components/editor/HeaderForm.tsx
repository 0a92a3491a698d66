import type { Json } from '../../lib/playbook/edit/draft';
import { asObj, type EditApi } from './api';
import { Problems, TextField } from './fields';

/** The playbook's own fields: name, version, owner, updated. */
export function HeaderForm({ ed, draft, versionInUse }: { ed: EditApi; draft: Json; versionInUse?: string }) {
  const d = asObj(draft);
  const same = versionInUse !== undefined && d.version === versionInUse;
  return (
    <section aria-labelledby="header-h">
      <h3 id="header-h">Playbook</h3>
      <Problems ed={ed} path={[]} />
      <Problems ed={ed} path={['format']} />
      <div className="fields">
        <TextField ed={ed} path={['name']} label="Name reps see" value={d.name} wide />
        <TextField ed={ed} path={['version']} label="Version" value={d.version} hint={same ? 'the same label as the version in use: reps will see it as updated all the same' : undefined} />
        <TextField ed={ed} path={['owner']} label="Owner" value={d.owner} optional />
        <TextField ed={ed} path={['updated']} label="Updated (YYYY-MM-DD)" value={d.updated} optional placeholder="2027-01-15" />
      </div>
    </section>
  );
}
