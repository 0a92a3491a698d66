import type { Json, Path } from '../../lib/playbook/edit/draft';
import { asObj, type EditApi } from './api';
import { CriteriaTable } from './CriteriaTable';
import { NumberField, Problems, TextField } from './fields';
import { TestRows } from './TestRows';
import { TiersEdit } from './TiersEdit';

/** One ICP: its name, criteria with the running total, disqualifiers, tiers, segments. */
export function IcpForm({ ed, path, icp, draft }: { ed: EditApi; path: Path; icp: Json | undefined; draft: Json }) {
  const v = asObj(icp);
  return (
    <div className="card icp-form" data-testid="icp-form">
      <Problems ed={ed} path={path} />
      <div className="fields">
        <TextField ed={ed} path={[...path, 'name']} label="ICP name" value={v.name} wide />
        <TextField ed={ed} path={[...path, 'id']} label="Id" value={v.id} />
        <NumberField ed={ed} path={[...path, 'minCoverage']} label="Min coverage (0–1)" value={v.minCoverage} min={0} max={1} step={0.05} hint="below it the tier is provisional (default 0.5)" />
        <TextField ed={ed} path={[...path, 'description']} label="Description" value={v.description} optional multiline wide />
      </div>
      <CriteriaTable ed={ed} path={path} icp={icp} draft={draft} />
      <TestRows ed={ed} path={path} icp={icp} kind="disqualifiers" draft={draft} />
      <TiersEdit ed={ed} path={path} icp={icp} draft={draft} />
      <TestRows ed={ed} path={path} icp={icp} kind="segments" draft={draft} />
    </div>
  );
}
