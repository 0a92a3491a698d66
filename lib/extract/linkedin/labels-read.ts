import { industryById, industryUrnId } from '../../facts/industry-ids';
import { industryFromLocal } from '../../facts/industry-locale';
import { languageName } from '../../facts/locale-languages';
import { parseLocation } from '../../facts/location-parse';
import type { FactName } from '../../facts/model';
import { parseCount, parseEmployeeBand } from '../../facts/numbers';
import { cleanText, matchKey } from '../../facts/text';
import type { FieldFact } from '../core/deferred';
import { isObj, parseJson, str, strings } from '../core/json';
import { yearIn } from '../core/place';
import { normaliseWebsite, websiteFromText } from '../core/urls';
import { splitSpecialties } from './company-details';
import { DETAIL_LABELS, TYPE_CODES, TYPE_VALUES, UNIT_WORDS, type DetailField, type LabelLang, type Unit } from './labels';
import type { FieldRecord } from './labels-record';

// The background's half of reading LinkedIn in any language (labels-record.ts is the content
// script's): one recorded field → the facts it states, each with evidence that names the language
// read ("LinkedIn (Deutsch): Branche: IT-Dienstleistungen und IT-Beratung").

const ORDER: LabelLang[] = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl'];
const isLabelLang = (l: unknown): l is LabelLang => typeof l === 'string' && (ORDER as string[]).includes(l);

let labelMaps: Map<LabelLang, Map<string, DetailField>> | undefined;
function labelMap(lang: LabelLang): Map<string, DetailField> {
  labelMaps ??= new Map(ORDER.map((l) => [l, new Map(DETAIL_LABELS[l].map(([w, f]) => [matchKey(w), f]))]));
  return labelMaps.get(lang)!;
}

/** The languages to try, page language first (LinkedIn keeps some English words), else all. */
const tryOrder = (lang?: string): LabelLang[] => (isLabelLang(lang) ? [...new Set<LabelLang>([lang, 'en'])] : ORDER);

function lookupLabel(label: string, lang?: string): { field: DetailField; lang: LabelLang } | null {
  const key = matchKey(label.replace(/[:：]\s*$/, ''), 80);
  for (const l of tryOrder(lang)) {
    const field = key ? labelMap(l).get(key) : undefined;
    if (field) return { field, lang: l };
  }
  return null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The unit a count's words name, and the language they are in. */
function unitOf(text: string, lang?: string): { unit: Unit; lang: LabelLang } | null {
  for (const l of tryOrder(lang)) {
    for (const [word, unit] of UNIT_WORDS[l]) {
      if (new RegExp(`(?<!\\p{L})${escape(word)}(?!\\p{L})`, 'iu').test(text)) return { unit, lang: l };
    }
  }
  return null;
}

interface Ctx { lang: string; label: string }

function fact(ctx: Ctx, name: FactName, value: unknown, shown: string): FieldFact {
  const prefix = ctx.lang && ctx.lang !== 'en' ? `LinkedIn (${languageName(ctx.lang)}): ` : '';
  return { name, value, evidence: cleanText(`${prefix}${ctx.label ? `${ctx.label}: ` : ''}${shown}`, 200) };
}

/** A headcount text: a band ("1.001–5.000 Beschäftigte"), else an exact count ("30 verknüpfte Mitglieder"). */
function headcount(ctx: Ctx, text: string, unit: Unit | null): FieldFact[] {
  const band = unit === 'members' ? null : parseEmployeeBand(text, ctx.lang);
  if (band) return [fact(ctx, 'employeeRange', band, text)];
  const n = parseCount(text, ctx.lang);
  return n === null ? [] : [fact(ctx, 'employees', n, text)];
}

function count(ctx: Ctx, text: string, fallback?: string): FieldFact[] {
  const found = unitOf(text, ctx.lang || undefined);
  const c = { ...ctx, lang: ctx.lang || found?.lang || '' };
  const unit = found?.unit ?? (fallback === 'followers' ? 'followers' : fallback === 'headcount' ? 'employees' : null);
  if (unit === 'followers') {
    const n = parseCount(text, c.lang);
    return n === null ? [] : [fact(c, 'followers', n, text)];
  }
  return unit ? headcount(c, text, unit) : [];
}

function place(ctx: Ctx, text: string): FieldFact[] {
  const p = parseLocation(text);
  return [
    fact(ctx, 'hqCity', p.city, text), fact(ctx, 'hqState', p.state, text),
    fact(ctx, 'hqCountry', p.country?.toUpperCase(), text),
  ].filter((f) => f.value);
}

function industry(ctx: Ctx, text: string, urn: string): FieldFact[] {
  const id = industryUrnId(urn);
  const byId = id === null ? null : industryById(id);
  const shown = urn ? `${text} (${urn})` : text;
  if (byId) return [fact(ctx, 'industry', byId, shown)];
  const local = text ? industryFromLocal(text, ctx.lang || undefined) : null;
  if (local) return [fact({ ...ctx, lang: ctx.lang || local.lang }, 'industry', local.label, shown)];
  // an English page keeps a label newer than our table as it reads (it still matches itself when scored)
  return text && isEnglishCtx(ctx) ? [fact(ctx, 'industry', text, shown)] : [];
}

const isEnglishCtx = (ctx: Ctx) => !ctx.lang || ctx.lang === 'en';

function companyType(ctx: Ctx, text: string, code: string): FieldFact[] {
  const byCode = Object.hasOwn(TYPE_CODES, code) ? TYPE_CODES[code] : undefined;
  const local = (isLabelLang(ctx.lang) ? TYPE_VALUES[ctx.lang] : undefined)?.find(([w]) => matchKey(w) === matchKey(text))?.[1];
  const english = isEnglishCtx(ctx) && text ? text : undefined;
  const value = byCode ?? local ?? english;
  return value ? [fact(ctx, 'companyType', value, text || code)] : [];
}

function detail(ctx: Ctx, field: DetailField, rec: FieldRecord): FieldFact[] {
  const [first = ''] = rec.v;
  switch (field) {
    case 'website': {
      const url = websiteFromText(first) ?? (rec.u ? normaliseWebsite(rec.u, 'https://www.linkedin.com/') : null);
      return url ? [fact(ctx, 'website', url, first || rec.u || '')] : [];
    }
    case 'industry': return industry(ctx, first, rec.u ?? '');
    case 'size': return rec.v.flatMap((t) => headcount(ctx, t, unitOf(t, ctx.lang)?.unit ?? null));
    case 'headquarters': return place(ctx, first);
    case 'type': return companyType(ctx, first, rec.u ?? '');
    case 'founded': {
      const year = yearIn(first);
      return year ? [fact(ctx, 'foundedYear', year, first)] : [];
    }
    case 'specialties': return [fact(ctx, 'specialties', splitSpecialties(first), first)];
  }
}

function decode(text: string): FieldRecord | null {
  const data = parseJson(text);
  if (!isObj(data)) return null;
  const v = strings(data['v'], 3).map((s) => cleanText(s, 500)).filter(Boolean);
  const hint = str(data['h']);
  const h = hint === 'industry' || hint === 'place' || hint === 'count' || hint === 'type' ? hint : undefined;
  const d = str(data['d']);
  return { l: cleanText(str(data['l']), 80), h, v, u: cleanText(str(data['u']), 300), d: d === 'followers' || d === 'headcount' ? d : undefined, g: str(data['g']) };
}

/**
 * A recorded field (labels-record.ts) → the facts it states, read in the page's language when
 * known, else in the language its words are in. A label no dictionary has gives nothing.
 */
export function readField(text: string, pageLang?: string): FieldFact[] {
  const rec = typeof text === 'string' ? decode(text) : null;
  if (!rec) return [];
  const lang = isLabelLang(pageLang) ? pageLang : isLabelLang(rec.g) ? rec.g : '';
  const ctx: Ctx = { lang, label: rec.l ?? '' };
  const [first = ''] = rec.v;
  switch (rec.h) {
    case 'industry': return industry(ctx, first, rec.u ?? '');
    case 'place': return first ? place(ctx, first) : [];
    case 'count': return first ? count(ctx, first, rec.d) : [];
    case 'type': return companyType(ctx, first, rec.u ?? '');
  }
  const hit = lookupLabel(rec.l ?? '', lang || undefined);
  return hit ? detail({ ...ctx, lang: lang || hit.lang }, hit.field, rec) : [];
}
