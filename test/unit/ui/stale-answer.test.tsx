import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { GapList } from '../../../components/panel/GapList';
import type { PanelActions } from '../../../lib/view/model';
import { toPanelModel } from '../../../lib/view/panel-model';
import type { CriterionResult } from '../../../lib/scoring';
import { ACME, viewFor } from './view-factory';

// Issue 20: an old answer stays on screen with its date and "stale", and the panel asks again.
const DAY = 86_400_000;
const actions: Pick<PanelActions, 'answer' | 'setFact'> = { setFact: async () => undefined, answer: async () => undefined };

function withAnswer(patch: Partial<CriterionResult>) {
  const view = viewFor(ACME);
  const icp = view.result!.results[0]!;
  const i = icp.criteria.findIndex((c) => c.fact === undefined);
  icp.criteria[i] = { ...icp.criteria[i]!, ...patch };
  const card = toPanelModel(view)!.icps.find((c) => c.id === icp.icpId)!;
  return { card, row: card.criteria[i]! };
}

describe('a rep answer in the panel (issue 20)', () => {
  it('a fresh answer says when it was given', () => {
    const { row } = withAnswer({ state: 'matched', answered: true, observedAt: Date.now() - 3 * DAY });
    expect(row).toMatchObject({ valueText: 'Yes (your answer)', age: 'answered 3 days ago', stale: false });
  });

  it('a stale answer keeps its value and date, is marked stale and listed among the gaps to ask again', () => {
    const { card, row } = withAnswer({ state: 'unknown', earned: 0, credit: 0, answered: false, stale: true, observedAt: Date.now() - 430 * DAY });
    expect(row).toMatchObject({ state: 'unknown', valueText: 'No (your answer)', age: 'answered a year ago', stale: true, answered: false });
    const html = renderToStaticMarkup(<GapList icp={card} actions={actions} />);
    expect(html).toContain(`data-testid="gap-${row.id}"`);
    expect(html).toContain('stale: answered a year ago, ask again');
    expect(html).toContain('aria-pressed="true"');
  });
});
