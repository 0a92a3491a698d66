import { useMemo, useState } from 'react';
import { copyAllText } from '../../lib/view/copy-text';
import { AccountHeader } from './AccountHeader';
import { CriteriaList } from './CriteriaList';
import { FactsSection } from './FactsSection';
import { FitTiming } from './FitTiming';
import { GapList } from './GapList';
import { IcpSwitcher } from './IcpSwitcher';
import type { PanelActions, PanelModel } from '../../lib/view/model';
import { NextSteps } from './NextSteps';
import { OutcomeSection } from './OutcomeSection';
import { PersonaSection } from './PersonaSection';
import { SinceLastVisit } from './SinceLastVisit';

/**
 * The scored account: header, fit/timing, criteria with evidence, gaps, what to say, other ICPs,
 * facts. Mount one per account (key by account id).
 */
export function FitPanel({ model, actions }: { model: PanelModel; actions: PanelActions }) {
  // Follows the best ICP until the rep picks one or edits: then the ICP they are working on stays
  // on screen even if the edit makes another one the best (no panel swapping under their cursor).
  const [selected, setSelected] = useState<string | undefined>(undefined);
  const icp = model.icps.find((i) => i.id === selected) ?? model.icps[0];
  const shownId = icp?.id;
  const pinning = useMemo<PanelActions>(
    () => ({
      ...actions,
      setFact: (fact, value) => (setSelected((s) => s ?? shownId), actions.setFact(fact, value)),
      answer: (id, value) => (setSelected((s) => s ?? shownId), actions.answer(id, value)),
    }),
    [actions, shownId],
  );
  if (!icp) return null;
  const best = model.icps[0]!;
  // on a person's profile, who they are and what to say comes first
  const onProfile = !!(model.person?.name || model.person?.title);
  const persona = <PersonaSection model={model} icp={icp} actions={actions} allText={copyAllText(model, icp)} />;
  return (
    <>
      <AccountHeader model={model} icp={icp} icpCount={model.icps.length} best={best.id === icp.id ? undefined : best} onShowBest={() => setSelected(best.id)} />
      <SinceLastVisit since={model.sinceLastVisit} />
      {(best.score === null || best.provisional) && <NextSteps steps={model.nextSteps} noScore={best.score === null} />}
      {onProfile && persona}
      <FitTiming fit={icp.fit} timing={icp.timing} />
      <CriteriaList icp={icp} actions={pinning} />
      <GapList icp={icp} actions={pinning} />
      {!onProfile && persona}
      <IcpSwitcher icps={model.icps} selected={icp.id} onSelect={setSelected} />
      <OutcomeSection outcome={model.outcome} onSave={actions.setOutcome} />
      <FactsSection model={model} actions={pinning} />
    </>
  );
}
