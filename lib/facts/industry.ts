import { INDUSTRY_OUTLINE } from './industry-table';
import { matchWords } from './text';

/**
 * Folded key for an industry label: case, accents, punctuation, spacing, hyphens and the word
 * "and" (written as "&", "and" or left out) do not matter — "Oil, Gas and Mining",
 * "oil & gas & mining" and "Oil, Gas, and Mining" are one key.
 */
export function industryKey(text: unknown): string {
  return matchWords(text)
    .filter((w) => w !== 'and')
    .join('');
}

interface Taxonomy {
  /** folded key (current label or V1 label) → current label */
  byKey: Map<string, string>;
  /** current label → the group directly above it */
  parent: Map<string, string>;
  groups: Set<string>;
  labels: string[];
}
let taxonomy: Taxonomy | undefined;

// Parsed once, on first use: the outline stays readable in source and costs nothing until needed.
function load(): Taxonomy {
  if (taxonomy) return taxonomy;
  const t: Taxonomy = { byKey: new Map(), parent: new Map(), groups: new Set(), labels: [] };
  const stack: string[] = [];
  for (const line of INDUSTRY_OUTLINE.split('\n')) {
    if (!line.trim()) continue;
    const depth = (line.length - line.trimStart().length) / 2;
    const [label, aliases = ''] = line.trim().split(' = ') as [string, string?];
    stack.length = depth;
    const parent = stack[depth - 1];
    if (parent) {
      t.parent.set(label, parent);
      t.groups.add(parent);
    }
    stack.push(label);
    t.labels.push(label);
    t.byKey.set(industryKey(label), label);
    for (const alias of aliases.split(';')) if (alias.trim()) t.byKey.set(industryKey(alias), label);
  }
  taxonomy = t;
  return t;
}

/** Any LinkedIn industry label, old (pre-2022) or current, any case → current (V2) label, or null if unknown. */
export function normaliseIndustry(text: string): string | null {
  const key = industryKey(text);
  return key ? (load().byKey.get(key) ?? null) : null;
}

/**
 * The groups an industry sits in, nearest first: "Software Development" →
 * ["Technology, Information and Internet", "Technology, Information and Media"]. Accepts any
 * spelling (old labels too); unknown text or a top-level group → [].
 */
export function industryGroupsOf(label: string): string[] {
  const t = load();
  const out: string[] = [];
  const start = normaliseIndustry(label);
  // the outline is at most five deep; the cap only guards against a malformed edit of the table
  for (let p = start ? t.parent.get(start) : undefined; p && out.length < 10; p = t.parent.get(p)) out.push(p);
  return out;
}

/**
 * True when the company's industry equals the ICP value after normalising, or sits anywhere
 * inside the ICP value's group ("Software Development" matches "Technology, Information and
 * Media"). A broader company industry does not match a narrower ICP value ("Financial Services"
 * is not proof of "Banking"). Text outside the taxonomy (a label LinkedIn added after this table
 * was written) still matches itself, compared by folded key.
 */
export function industryMatches(companyIndustry: string, icpValue: string): boolean {
  const company = normaliseIndustry(companyIndustry);
  const wanted = normaliseIndustry(icpValue);
  if (company && wanted) return company === wanted || industryGroupsOf(company).includes(wanted);
  if (company || wanted) return false;
  const key = industryKey(companyIndustry);
  return key !== '' && key === industryKey(icpValue);
}

/** True when the text names a known industry or industry group (for playbook validation warnings). */
export function isKnownIndustryOrGroup(text: string): boolean {
  return normaliseIndustry(text) !== null;
}

/** Every current (V2) label, groups included, alphabetically (for editor pickers). */
export function listIndustries(): string[] {
  return [...load().labels].sort();
}

/** The labels that contain other industries, top-level and sub-groups, alphabetically. */
export function listIndustryGroups(): string[] {
  return [...load().groups].sort();
}

/** The top-level groups only (the first level of LinkedIn's taxonomy), alphabetically. */
export function listTopLevelIndustryGroups(): string[] {
  const t = load();
  return t.labels.filter((l) => !t.parent.has(l)).sort();
}
