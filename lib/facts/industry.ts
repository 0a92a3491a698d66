import { INDUSTRY_OUTLINE } from './industry-table';

/** Case, "&" vs "and", punctuation and spacing do not matter when matching industry labels. */
const key = (s: string) =>
  s.toLowerCase().replace(/&/g, ' and ').replace(/[^a-z0-9]+/g, ' ').trim();

interface Taxonomy {
  byKey: Map<string, string>;
  parent: Map<string, string>;
  hasChildren: Set<string>;
  labels: string[];
}
let taxonomy: Taxonomy | undefined;

function load(): Taxonomy {
  if (taxonomy) return taxonomy;
  const t: Taxonomy = { byKey: new Map(), parent: new Map(), hasChildren: new Set(), labels: [] };
  const stack: string[] = [];
  for (const line of INDUSTRY_OUTLINE.split('\n')) {
    if (!line.trim()) continue;
    const depth = (line.length - line.trimStart().length) / 2;
    const [label, aliases] = line.trim().split(' = ').map((s) => s.trim()) as [string, string | undefined];
    stack.length = depth;
    const parent = stack[depth - 1];
    if (parent) {
      t.parent.set(label, parent);
      t.hasChildren.add(parent);
    }
    stack.push(label);
    t.labels.push(label);
    t.byKey.set(key(label), label);
    for (const alias of aliases?.split(';') ?? []) if (!t.byKey.has(key(alias))) t.byKey.set(key(alias), label);
  }
  taxonomy = t;
  return t;
}

/** Any LinkedIn industry label, old (pre-2022) or current, any case → the current label, or null. */
export function normaliseIndustry(text: string): string | null {
  if (typeof text !== 'string' || text.length > 200) return null;
  return load().byKey.get(key(text)) ?? null;
}

/** The groups an industry sits in, nearest first ("Software Development" → Technology, Information and Internet → …Media). */
export function industryGroupsOf(label: string): string[] {
  const t = load();
  const out: string[] = [];
  for (let p = t.parent.get(label); p && out.length < 10; p = t.parent.get(p)) out.push(p);
  return out;
}

/** True when the company's industry is the ICP's value, or sits inside the ICP value's group. */
export function industryMatches(companyIndustry: string, icpValue: string): boolean {
  const company = normaliseIndustry(companyIndustry);
  const wanted = normaliseIndustry(icpValue);
  // a label outside our table still matches itself, exactly
  if (!company || !wanted) return key(companyIndustry) !== '' && key(companyIndustry) === key(icpValue);
  return company === wanted || industryGroupsOf(company).includes(wanted);
}

export function isKnownIndustryOrGroup(text: string): boolean {
  return normaliseIndustry(text) !== null;
}

/** Every current label (groups included), in outline order. */
export function listIndustries(): string[] {
  return [...load().labels];
}

/** Labels that cover other industries. */
export function listIndustryGroups(): string[] {
  const t = load();
  return t.labels.filter((l) => t.hasChildren.has(l));
}
