import { useState } from 'react';
import { copyAllText } from '../lib/ui/copy-text';
import { AccountHeader } from './AccountHeader';
import { CriteriaList } from './CriteriaList';
import { FactsSection } from './FactsSection';
import { FitTiming } from './FitTiming';
import { GapList } from './GapList';
import { IcpSwitcher } from './IcpSwitcher';
import type { PanelActions, PanelModel } from './model';
import { NextSteps } from './NextSteps';
import { PersonaSection } from './PersonaSection';

/** The scored account: header, fit/timing, criteria with evidence, gaps, what to say, other ICPs, facts. */
export function FitPanel({ model, actions }: { model: PanelModel; actions: PanelActions }) {
  const [selected, setSelected] = useState<string | undefined>(undefined);
  const icp = model.icps.find((i) => i.id === selected) ?? model.icps[0];
  if (!icp) return null;
  const best = model.icps[0]!;
  return (
    <>
      <AccountHeader model={model} icp={icp} icpCount={model.icps.length} />
      {(best.score === null || best.provisional) && <NextSteps steps={model.nextSteps} noScore={best.score === null} />}
      <FitTiming fit={icp.fit} timing={icp.timing} />
      <CriteriaList icp={icp} actions={actions} />
      <GapList icp={icp} actions={actions} />
      <PersonaSection model={model} icp={icp} actions={actions} allText={copyAllText(model, icp)} />
      <IcpSwitcher icps={model.icps} selected={icp.id} onSelect={setSelected} />
      <FactsSection model={model} actions={actions} />
    </>
  );
}
