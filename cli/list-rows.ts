// List rows on the command line: `icp extract` prints a list page as JSON Lines, one row per line
// ({kind, pageType, url, key, facts: {name: {value, evidence}}, person, job?, placeholder?, text}),
// and `icp score` reads those lines back (and a page's own `icp extract` output) as accounts.
import type { PageObservation } from '../lib/facts/model';
import type { ListObservation, ListRow } from '../lib/facts/list-model';

/** One printed row: a page observation's fields plus the row's kind, key, posting and text. */
export function rowJson(pageType: string, url: string, row: ListRow): Record<string, unknown> {
  return {
    kind: row.kind,
    pageType,
    url,
    key: row.key,
    facts: row.facts,
    person: row.person ?? null,
    ...(row.job && { job: row.job }),
    ...(row.placeholder && { placeholder: row.placeholder }),
    text: row.text,
  };
}

/** The lines `icp extract` prints for a list page; a People tab's own company comes first. */
export function listLines(list: ListObservation, page?: PageObservation): string[] {
  const lines = list.rows.map((row) => JSON.stringify(rowJson(list.pageType, list.url, row)));
  if (page?.facts.name) {
    const company: ListRow = { kind: 'company', key: page.facts.linkedinUrl?.value ?? page.url, facts: page.facts, text: page.facts.name.value };
    lines.unshift(JSON.stringify(rowJson(page.pageType, page.url, company)));
  }
  return lines;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);

/** A row or a page as `icp extract` prints it: facts as {name: {value, evidence}} beside a kind or page type. */
export function isExtracted(v: unknown): v is Json & { facts: Json } {
  return isObject(v) && isObject(v.facts) && (typeof v.kind === 'string' || typeof v.pageType === 'string');
}

/** An extracted row or page → the plain account `icp score` reads: fact values, and the person's title for the persona. */
export function toPlainAccount(v: Json & { facts: Json }): Json {
  const plain: Json = {};
  for (const [name, fact] of Object.entries(v.facts)) if (isObject(fact) && 'value' in fact) plain[name] = fact.value;
  const person = isObject(v.person) ? v.person : null;
  if (person && typeof person.title === 'string' && person.title) plain.title = person.title;
  return plain;
}

/** How a row is named in `icp score` output: the person and their company, else the company. */
export function rowLabel(v: Json & { facts: Json }): string | undefined {
  const person = isObject(v.person) ? v.person : null;
  const company = isObject(v.facts.name) && typeof v.facts.name.value === 'string' ? v.facts.name.value : undefined;
  if (v.kind !== 'person') return company;
  const who = person && typeof person.name === 'string' ? person.name : 'LinkedIn Member';
  return company ? `${who} · ${company}` : who;
}

/**
 * `icp score` input text with every extracted row or page turned into a plain account, line for
 * line (so line numbers in messages stay the input's), and the label of each converted account by
 * its 1-based index. Anything else is passed through untouched for the accounts reader to judge.
 */
export function unwrapExtracted(text: string, kind: 'json' | 'jsonl'): { text: string; labels: Map<number, string> } {
  const labels = new Map<number, string>();
  const convert = (v: unknown, index: number): unknown => {
    if (!isExtracted(v)) return v;
    const label = rowLabel(v);
    if (label) labels.set(index, label);
    return toPlainAccount(v);
  };
  if (kind === 'jsonl') {
    const lines = text.split(/\r?\n/).map((line, i) => {
      if (!line.trim()) return line;
      try {
        const v: unknown = JSON.parse(line);
        return isExtracted(v) ? JSON.stringify(convert(v, i + 1)) : line;
      } catch {
        return line;
      }
    });
    return { text: lines.join('\n'), labels };
  }
  try {
    const json: unknown = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    if (!(Array.isArray(json) ? json.some(isExtracted) : isExtracted(json))) return { text, labels };
    const out = Array.isArray(json) ? json.map((v, i) => convert(v, i + 1)) : convert(json, 1);
    return { text: JSON.stringify(out), labels };
  } catch {
    return { text, labels };
  }
}
