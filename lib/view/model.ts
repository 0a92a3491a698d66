// The shapes presentational components render. Built from the background's TabView by
// lib/view/panel-model.ts, so components never depend on storage or scoring internals.
import type { FactInputKind } from './fact-input';
import type { OutcomeInput, OutcomeView } from '../insights/outcome';
import type { CrmLine } from './crm-line';

export type CriterionState = 'matched' | 'partial' | 'missed' | 'unknown';
export type TierClass = 'top' | 'mid' | 'low' | 'dq' | 'none';

export interface EvidenceItem {
  /** "LinkedIn company page", "Entered by you", … */
  sourceLabel: string;
  url: string;
  text: string;
  observedAt?: number;
}

/** How the rep edits one stored fact. */
export interface FactEdit {
  fact: string;
  label: string;
  kind: FactInputKind;
  max?: number;
  current: unknown;
  byRep: boolean;
}

export interface CriterionRow {
  id: string;
  label: string;
  layer: string;
  state: CriterionState;
  earned: number;
  points: number;
  required: boolean;
  /** no fact: only the rep can answer it (yes / no) */
  qualitative: boolean;
  /** the rep's yes/no answer, when given */
  answered?: boolean;
  /** the stored fact the rep enters to answer or correct this criterion */
  edit?: FactEdit;
  valueText?: string;
  evidence: EvidenceItem[];
  question: string;
  /** issue 20: how old the tested value is ("read 3 months ago"); stale: older than the playbook allows */
  age?: string;
  stale?: boolean;
}

export interface IcpCard {
  id: string;
  name: string;
  tier: string;
  tierClass: TierClass;
  score: number | null;
  coverage: number;
  range: [number, number];
  fit: number | null;
  timing: number | null;
  action?: string;
  provisional: boolean;
  cappedBy?: string;
  disqualifiers: { id: string; reason: string; valueText?: string; evidence: EvidenceItem[] }[];
  segment?: string;
  criteria: CriterionRow[];
  talkingPoints: string[];
  questions: string[];
}

export interface FactRow extends FactEdit {
  valueText: string;
  sourceLabel: string;
  evidence: EvidenceItem[];
  /** issue 20: "read 3 months ago" (a rep's value: when they entered it) */
  age?: string;
}

export interface NextStep {
  text: string;
  /** an http(s) link to open, when there is one */
  href?: string;
}

export interface PanelModel {
  account: { id: string; name: string; domain?: string; initials: string; crm?: CrmLine };
  playbook?: { name: string; version: string };
  icps: IcpCard[];
  /** the person on screen (a profile); `saved` once the rep kept them with the account */
  person?: { name?: string; title?: string; headline?: string; profileUrl?: string; saved: boolean };
  /** the persona the result was written for */
  persona?: { id: string; name: string; matchedBy?: string };
  personas: { id: string; name: string }[];
  /** the rep's own pick for this account (else automatic) */
  personaChoice?: string;
  facts: FactRow[];
  /** facts not known yet, for "add a fact" */
  addable: FactEdit[];
  nextSteps: NextStep[];
  /** what the rep recorded happened to the account */
  outcome?: OutcomeView;
  /** issue 20: what changed since the previous visit with other values; absent when nothing did */
  sinceLastVisit?: SinceView;
}

/** What the panel asks of its container (which talks to the background). */
export interface PanelActions {
  setFact(fact: string, value: unknown): Promise<void>;
  answer(criterionId: string, value: boolean | null): Promise<void>;
  choosePersona(personaId: string | null): Promise<void>;
  /** keep the person on screen with the account (otherwise person data lasts the session only) */
  savePerson(person: { name?: string; title?: string; headline?: string; profileUrl?: string }): Promise<void>;
  /** put text on the clipboard; false when the browser refused */
  copy(text: string): Promise<boolean>;
  /** record what happened with the account (null clears it) */
  setOutcome(outcome: OutcomeInput | null): Promise<void>;
}

/** One row of the recent-accounts list (side panel and popup). */
export interface RecentItem {
  id: string;
  name: string;
  domain?: string;
  tier: string;
  tierClass: TierClass;
  score: number | null;
  seen: string;
}

/** One row of the Accounts tab. */
export interface AccountsTableRow {
  id: string;
  name: string;
  domain?: string;
  tier: string;
  tierClass: TierClass;
  score: string;
  icp: string;
  coverage: string;
  outcome: string;
  seen: string;
  /** issue 20: "changed 3 days ago", or "–" when no page ever read another value */
  changed: string;
  /** a merge split can undo, and identity conflicts waiting for the rep (issue 15) */
  splittable?: boolean;
  conflicts?: number;
  /** "In CRM · Customer · owner …" or "Not in CRM"; absent before a CRM list is imported */
  crm?: string;
}

/** What changed since the previous visit with other values, as the panel shows it (lib/view/freshness.ts builds it). */
export interface SinceView {
  /** "12 Oct 2026": the previous visit with other values */
  sinceText: string;
  facts: { fact: string; label: string; before: string; after: string }[];
  criteria: { icpName: string; label: string; before: string; after: string }[];
  /** issue 20: a new funding round, told once ("New funding round: Series B, $40M …") with where it was read */
  round?: { text: string; evidence: EvidenceItem[] };
}
