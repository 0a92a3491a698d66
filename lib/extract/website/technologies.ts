import { MAX_LIST } from '../../facts/limits';
import { all, attr, meta } from '../core/dom';
import type { TechCategory, TechRule } from './tech-rule';
import { MARKETING_RULES } from './tech-rules-marketing';
import { PLATFORM_RULES } from './tech-rules-platform';

// Technologies on a page, from what the page itself carries: script/stylesheet/iframe hosts, the
// generator meta tag, inline snippets and <head> comments, marker elements, outbound links, and the
// page globals the main-world probe saw. Each detection says which signal matched.

export const TECH_RULES: readonly TechRule[] = [...MARKETING_RULES, ...PLATFORM_RULES];

export interface Detection {
  name: string;
  category: TechCategory;
  /** The signal that matched, e.g. "script js.hs-scripts.com/123.js" or "page global Intercom". */
  evidence: string;
}

interface Signals {
  urls: string[];
  inline: string;
  /** lower-cased once: URL patterns are lower-case */
  inlineLower: string;
  generator: string;
  links: string[];
}

const MAX_URLS = 600;
const MAX_SCRIPT = 200_000;
const MAX_INLINE = 600_000;
const JS_TYPE = /^$|javascript|ecmascript|^module$/i;

const short = (u: string) => u.replace(/^(https?:)?\/\//, '').slice(0, 100);

function inlineText(doc: Document): string {
  let out = '';
  for (const s of all(doc, 'script:not([src])', 300)) {
    if (!JS_TYPE.test(attr(s, 'type', 60))) continue;
    out += (s.textContent ?? '').slice(0, MAX_SCRIPT) + '\n';
    if (out.length > MAX_INLINE) break;
  }
  // <head> comments carry plugin banners ("optimized with the Yoast SEO plugin").
  const head = doc.head;
  if (head) {
    const walker = doc.createTreeWalker(head, 128 /* NodeFilter.SHOW_COMMENT */);
    for (let i = 0; i < 100 && walker.nextNode(); i++) out += (walker.currentNode.textContent ?? '').slice(0, 2000) + '\n';
  }
  return out.slice(0, MAX_INLINE);
}

function collect(doc: Document): Signals {
  const urls: string[] = [];
  for (const [sel, at] of [['script[src]', 'src'], ['link[href]', 'href'], ['iframe[src]', 'src'], ['img[src]', 'src']] as const) {
    for (const el of all(doc, sel, MAX_URLS)) urls.push(attr(el, at, 1000).toLowerCase());
  }
  const links = all(doc, 'a[href]', 3000).map((a) => attr(a, 'href', 500).toLowerCase());
  const inline = inlineText(doc);
  return { urls: urls.slice(0, MAX_URLS * 2), inline, inlineLower: inline.toLowerCase(), generator: meta(doc, 'generator', 200), links };
}

function byMarker(rule: TechRule, s: Signals): string | null {
  const inline = s.inline;
  for (const m of rule.markers ?? []) {
    if (typeof m === 'string') {
      if (inline.includes(m)) return `inline snippet "${m}"`;
    } else {
      const hit = m.exec(inline);
      if (hit) return `inline snippet "${hit[0].slice(0, 60)}"`;
    }
  }
  for (const u of rule.urls ?? []) if (s.inlineLower.includes(u)) return `inline script loads ${u}`;
  return null;
}

function bySelector(rule: TechRule, doc: Document): string | null {
  for (const sel of rule.selectors ?? []) {
    try {
      if (doc.querySelector(sel)) return `element ${sel}`;
    } catch {
      // unsupported selector: skip
    }
  }
  return null;
}

function match(rule: TechRule, s: Signals, doc: Document, globals: Set<string>): string | null {
  for (const u of rule.urls ?? []) {
    const hit = s.urls.find((x) => x.includes(u));
    if (hit) return `script/link ${short(hit)}`;
  }
  if (rule.generator && rule.generator.test(s.generator)) return `meta generator "${s.generator.slice(0, 60)}"`;
  const g = rule.globals?.find((name) => globals.has(name));
  if (g) return `page global ${g}`;
  for (const l of rule.links ?? []) {
    const hit = s.links.find((x) => x.includes(l));
    if (hit) return `link ${short(hit)}`;
  }
  return byMarker(rule, s) ?? bySelector(rule, doc);
}

/**
 * Every known technology on the page, in rule order. `globalsFound` is what the main-world probe
 * reported; only names from our own rules count (the probe's answer is page-influenced too).
 */
export function detectTechnologies(doc: Document, globalsFound: readonly string[] = []): Detection[] {
  const s = collect(doc);
  const globals = new Set(Array.isArray(globalsFound) ? globalsFound.filter((g) => typeof g === 'string').slice(0, 500) : []);
  const out: Detection[] = [];
  for (const rule of TECH_RULES) {
    if (out.length >= MAX_LIST) break;
    try {
      const evidence = match(rule, s, doc, globals);
      if (evidence) out.push({ name: rule.name, category: rule.category, evidence });
    } catch {
      // one broken rule never hides the others
    }
  }
  return out;
}
