import { useState } from 'react';
import type { PanelModel } from './model';
import { AccountHeader } from './AccountHeader';
import { CriteriaList } from './CriteriaList';
import { FitTiming } from './FitTiming';
import { IcpSwitcher } from './IcpSwitcher';

/** The scored account: header, fit/timing, criteria with evidence, other ICPs. */
export function FitPanel({ model }: { model: PanelModel }) {
  const [selected, setSelected] = useState<string | undefined>(undefined);
  const icp = model.icps.find((i) => i.id === selected) ?? model.icps[0];
  if (!icp) return null;
  return (
    <>
      <AccountHeader model={model} icp={icp} />
      <FitTiming fit={icp.fit} timing={icp.timing} />
      <CriteriaList icp={icp} />
      <IcpSwitcher icps={model.icps} selected={icp.id} onSelect={setSelected} />
      {model.playbook && (
        <footer className="muted" style={{ marginTop: 16 }}>
          Scored with {model.playbook.name} v{model.playbook.version}
        </footer>
      )}
    </>
  );
}
