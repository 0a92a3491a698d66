// The shapes presentational components render. Built from the background's TabView by
// lib/ui/panel-model.ts, so components never depend on storage or scoring internals.

export type CriterionState = 'matched' | 'partial' | 'missed' | 'unknown';
export type TierClass = 'top' | 'mid' | 'low' | 'dq' | 'none';

export interface EvidenceItem {
  source: string;
  url: string;
  text: string;
  observedAt?: number;
}

export interface CriterionRow {
  id: string;
  label: string;
  layer: string;
  state: CriterionState;
  earned: number;
  points: number;
  required: boolean;
  fact?: string;
  valueText?: string;
  evidence: EvidenceItem[];
  question?: string;
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
  disqualifiers: { id: string; reason: string; valueText?: string }[];
  segment?: string;
  criteria: CriterionRow[];
  talkingPoints: string[];
  questions: string[];
}

export interface PanelModel {
  account: { id: string; name: string; domain?: string; initials: string };
  playbook?: { name: string; version: string };
  icps: IcpCard[];
  person?: { name?: string; title?: string };
  persona?: { id: string; name: string };
}
