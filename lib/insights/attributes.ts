import { fundingStageLabel, normaliseFundingStage } from '../facts/funding';
import { industryKey, normaliseIndustry } from '../facts/industry';
import { countryName, regionLabel, regionsOf, type Region } from '../facts/location';
import type { ScoringFacts } from '../scoring/facts';
import type { CategoryAttribute, NumberAttribute } from './attribute-names';

/**
 * The attributes an analysis compares, each read from a record's scoring facts the way the
 * scorer reads them (industries, countries and stages normalised), so a pattern found here is a
 * test a playbook can write: the `key` is the playbook value.
 */
export { ATTRIBUTE_LABELS, CATEGORY_ATTRIBUTES, NUMBER_ATTRIBUTES, type Attribute, type CategoryAttribute, type NumberAttribute } from './attribute-names';


export interface Value {
  key: string;
  label: string;
}

/** Reads the category values of records; remembers the first spelling of free text as its label. */
export class CategoryReader {
  private labels = new Map<string, string>();
  // one map per kind of value: a key made per record ("kind + text") and a closure per call cost
  // more than the lookup they guard (100,000 records × 5 attributes)
  private memos = { industry: new Map<string, Value[] | null>(), stage: new Map<string, Value[] | null>(), country: new Map<string, Value[] | null>(), region: new Map<string, Value[] | null>() };

  /** Industry, stage and country text repeat across records: read each spelling once. */
  private cached(memo: Map<string, Value[] | null>, text: string, read: (this: CategoryReader, text: string) => Value[] | null): Value[] | null {
    let v = memo.get(text);
    if (v === undefined) {
      v = read.call(this, text);
      if (memo.size < 20_000) memo.set(text, v);
    }
    return v;
  }

  /** The values a record has for an attribute, or null when unknown. */
  values(facts: ScoringFacts, attr: CategoryAttribute): Value[] | null {
    switch (attr) {
      case 'industry': {
        const v = facts.industry?.value;
        return typeof v === 'string' ? this.cached(this.memos.industry, v, this.industry) : null;
      }
      case 'hqCountry': {
        const c = facts.hqCountry?.value;
        return typeof c === 'string' ? this.cached(this.memos.country, c, countryValues) : null;
      }
      case 'hqRegion': {
        const c = facts.hqCountry?.value;
        return typeof c === 'string' ? this.cached(this.memos.region, c, regionValues) : null;
      }
      case 'fundingStage': {
        const s = facts.fundingStage?.value;
        return typeof s === 'string' ? this.cached(this.memos.stage, s, this.stage) : null;
      }
      case 'technologies':
        return this.technologies(facts.technologies?.value);
    }
  }

  private stage(s: string): Value[] | null {
    const stage = normaliseFundingStage(s);
    return stage ? [{ key: stage, label: fundingStageLabel(stage) }] : null;
  }

  private industry(v: unknown): Value[] | null {
    if (typeof v !== 'string' || !v.trim()) return null;
    const known = normaliseIndustry(v);
    if (known) return [{ key: known, label: known }];
    // free text ("SaaS", "fintech"): one value per folded spelling, shown as first written
    return [this.freeText(`industry:${industryKey(v)}`, v.trim())];
  }

  private techMemo = new WeakMap<object, Value[] | null>();

  private technologies(v: unknown): Value[] | null {
    if (!Array.isArray(v) || v.length === 0) return null;
    // records read from one CSV share the list object of equal cells: read each list once
    const known = this.techMemo.get(v);
    if (known !== undefined) return known;
    const out = this.techList(v);
    this.techMemo.set(v, out);
    return out;
  }

  private techList(v: unknown[]): Value[] | null {
    const out = new Map<string, Value>();
    for (const t of v) if (typeof t === 'string' && t.trim()) {
      const value = this.freeText(`tech:${t.trim().toLowerCase()}`, t.trim());
      out.set(value.key.toLowerCase(), value);
    }
    return out.size ? [...out.values()] : null;
  }

  private freeText(memoKey: string, text: string): Value {
    let label = this.labels.get(memoKey);
    if (label === undefined) this.labels.set(memoKey, (label = text.slice(0, 200)));
    return { key: label, label };
  }
}

function countryValues(c: string): Value[] {
  return [{ key: c, label: countryName(c) ?? c }];
}

function regionValues(c: string): Value[] | null {
  const regions = regionsOf(c);
  return regions.length ? regions.map((r: Region) => ({ key: r, label: regionLabel(r) })) : null;
}

/** A number a range test can be checked against: the exact value, else the middle of the band. */
export function numberOf(facts: ScoringFacts, attr: NumberAttribute): number | null {
  // no [exact, band] array per call: this runs for every record, several times per analysis
  return numberIn(facts[attr]?.value) ?? numberIn(facts[attr === 'employees' ? 'employeeRange' : 'revenueRange']?.value);
}

function numberIn(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v) && v >= 0) return v;
  if (v && typeof v === 'object' && 'min' in v) {
    const r = v as { min: unknown; max: unknown };
    if (typeof r.min !== 'number') return null;
    return typeof r.max === 'number' ? (r.min + r.max) / 2 : r.min;
  }
  return null;
}
