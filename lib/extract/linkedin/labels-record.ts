import type { FactName } from '../../facts/model';
import { putParsed, type Reader } from '../core/facts';
import { isReadLanguage } from '../core/lang';

// The content script's half of reading LinkedIn in any language: it records what it sees — a
// label and its values, or a value whose role the layout gives (the top card's first item is the
// industry) — without knowing the words. The background maps it with the dictionaries
// (labels-read.ts). One record is one 'field' log entry (core/deferred.ts), JSON in a string.

/** A value whose role the layout gives: industry, a place, a count (its unit word decides), a company type code. */
export type FieldHint = 'industry' | 'place' | 'count' | 'type';

export interface FieldRecord {
  /** the visible label ("Branche"), looked up in the dictionaries; with a hint, only shown in evidence */
  l?: string;
  h?: FieldHint;
  /** the values as shown (About "Company size" has two: the band, then the members) */
  v: string[];
  /** a link's href (website) or an id: an industry URN, a company type code */
  u?: string;
  /** what a count is when its words are unknown, by its place in the layout */
  d?: 'followers' | 'headcount';
  /** the page language, for a reader whose log is replayed without the page's (a list row) */
  g?: string;
}

const cap = (s: string | undefined, n: number) => (s ?? '').slice(0, n);

/**
 * Record one field for the background. `name` files the log entry and marks that fact as
 * pending for completeness; the record itself may set several facts (or none). On a page in a
 * language we do not read only ids are worth sending: words there would be read as nothing.
 */
export function putField(r: Reader, name: FactName, rec: FieldRecord, via = ''): void {
  if (!isReadLanguage(r) && !rec.u) return;
  const v = rec.v.map((s) => cap(s, 300)).filter(Boolean).slice(0, 3);
  if (!v.length && !rec.u) return;
  // capped so the JSON stays whole within a log entry's 2,000 characters
  const out: FieldRecord = { ...rec, l: cap(rec.l, 80), v, u: cap(rec.u, 300) };
  putParsed(r, name, 'field', JSON.stringify(out), `${out.l ? `${out.l}: ` : ''}${v.join(' · ')}`, via);
}
