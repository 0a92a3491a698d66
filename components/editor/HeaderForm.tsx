import type { Json } from '../../lib/playbook/edit/draft';
import { asObj, type EditApi } from './api';
import { NumberField, Problems, TextField } from './fields';

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
      {/* issue 20: a fact older than this counts as unknown (empty: the default) */}
      <Problems ed={ed} path={['maxAgeDays']} />
      <div className="fields" data-testid="max-age">
        <NumberField ed={ed} path={['maxAgeDays', 'firmographic']} label="Firmographic facts: max age (days)" value={asObj(d.maxAgeDays).firmographic} min={1} step={1} hint="default 365" />
        <NumberField ed={ed} path={['maxAgeDays', 'technographic']} label="Technographic facts: max age (days)" value={asObj(d.maxAgeDays).technographic} min={1} step={1} hint="default: no limit" />
        <NumberField ed={ed} path={['maxAgeDays', 'signal']} label="Signals: max age (days)" value={asObj(d.maxAgeDays).signal} min={1} step={1} hint="default 90" />
      </div>
    </section>
  );
}
