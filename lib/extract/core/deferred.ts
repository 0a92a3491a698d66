import type { FactName } from '../../facts/model';

/**
 * Parsing page text into typed values (counts, bands, money, places, funding stages) needs the
 * normaliser tables and the Public Suffix List ('domain'), which are too big for the content scripts'
 * 40 KB budget. So a reader either parses at once (Node, CLI: `parsers` given), or — in the content
 * scripts and the injected website reader — records every fact it puts, in order, as a log. The
 * background replays that log with the parsers (lib/extract/replay.ts): the same puts in the same
 * order give the same facts, by construction.
 */
export type ParseKind = 'count' | 'band' | 'money' | 'revenueBand' | 'stage' | 'place' | 'country' | 'domain' | 'field';

/**
 * A parser reads page text, in the page's UI language when known (`lang`, from <html lang>: "1.234"
 * is a thousand in German). 'field' is the language-neutral record of a label and its values (or
 * of a value whose role the layout gives, such as the top card's industry): the background maps
 * it with the label dictionaries (lib/extract/linkedin/labels*.ts) and returns FieldFacts.
 */
export type Parsers = Record<ParseKind, (text: string, lang?: string) => unknown>;

/** One fact a 'field' parse yields: its value as kept and the evidence it is shown with. */
export interface FieldFact {
  name: FactName;
  value: unknown;
  evidence: string;
}

/** What a log entry carries: a fact's value as kept, or text (lib/facts/fact-value.ts caps it in transit). */
export type LogValue = string | number | boolean | string[] | { min: number; max: number | null };

/** One recorded put: a typed value (`kind` absent) or page text still to be parsed as `kind`. */
export interface LogEntry {
  name: FactName;
  kind?: ParseKind;
  value: LogValue;
  evidence: string;
  via: string;
}

/** Longest log a page may send (every put is bounded by the extractors; this is a backstop). */
export const MAX_LOG = 400;
