import { describe, expect, it } from 'vitest';
import { dayMs } from '../../../lib/scoring/evaluate';
import { MAX_DEAL_VALUE as STORED_MAX, OutcomeInput } from '../../../lib/insights/outcome';
import { checkDraft, draftOf, isIsoDay, MAX_DEAL_VALUE, type OutcomeDraft } from '../../../lib/view/outcome-form';

/**
 * The form checks its fields by hand so the side panel ships without zod (issue 17); the
 * background still parses with OutcomeInput. These hold the two to the same answers, so the rep
 * never sees the form accept what the background then refuses, nor refuse what it would store.
 */

const draft = (over: Partial<OutcomeDraft>): OutcomeDraft => ({ ...draftOf(undefined), status: 'won', ...over });

const DRAFTS: Partial<OutcomeDraft>[] = [
  {},
  { value: '0', currency: 'usd' },
  { value: '12,000', currency: ' eur ' },
  { value: '1000bn', currency: 'USD' },
  { value: '1000.5bn', currency: 'USD' },
  { value: '2000bn', currency: 'USD' },
  { value: '5', currency: '' },
  { value: '5', currency: 'US' },
  { value: '5', currency: 'USDX' },
  { value: '5', currency: 'U$D' },
  { value: '5', currency: 'dollars' },
  { value: '', currency: 'nonsense' },
  { openedAt: '2026-01-05', closedAt: '2026-03-01' },
  { openedAt: '2026-03-01', closedAt: '2026-03-01' },
  { openedAt: '2026-03-01', closedAt: '2026-02-01' },
  { openedAt: '2026-02-30' },
  { closedAt: '2024-02-29' },
  { closedAt: '2025-02-29' },
  { closedAt: '2026-13-01' },
  { closedAt: '2026-00-10' },
  { closedAt: '2026-01-00' },
  { closedAt: '2026-1-01' },
  { closedAt: '26-01-01x' },
  { closedAt: '+2026-01-1' },
  { closedAt: '2026-01-1 ' },
  { openedAt: 'soon', closedAt: '2026-01-01' },
  { value: '2000bn', currency: 'x', openedAt: 'bad' },
  { value: '5', currency: 'x', openedAt: 'bad' },
];

describe('the outcome form agrees with OutcomeInput', () => {
  it('has the same largest deal value', () => {
    expect(MAX_DEAL_VALUE).toBe(STORED_MAX);
  });

  it.each(DRAFTS.map((d) => [JSON.stringify(d), d] as const))('%s', (_name, over) => {
    const r = checkDraft(draft(over));
    if (r.ok) {
      expect(r.outcome && OutcomeInput.parse(r.outcome)).toEqual(r.outcome);
      return;
    }
    // the same input the zod version built, refused on the same first field
    const d = draft(over);
    const value = d.value.trim() === '' ? undefined : Number(d.value.replace(/,/g, '').replace(/bn$/, 'e9'));
    const parsed = OutcomeInput.safeParse({ status: d.status, ...(value !== undefined && { value, currency: d.currency.trim().toUpperCase() }), ...(d.openedAt && { openedAt: d.openedAt }), ...(d.closedAt && { closedAt: d.closedAt }) });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(r.field).toBe(parsed.error.issues[0]!.path[0]);
  });

  it('reads a calendar date as the engine does', () => {
    const dates = ['2026-02-28', '2024-02-29', '1999-12-31', '2026-02-29', '2026-04-31', '2026-1-1', '２０２６-01-01', '2026-01-01T00:00', '2026-01-1 ', '0x10-01-01', '2026-1e-01', '', '2026-01-32'];
    for (const s of dates) expect([s, isIsoDay(s)]).toEqual([s, dayMs(s) !== null]);
  });
});
