import { MAX_TEXT } from '../../facts/limits';
import { cleanText } from '../../facts/text';

// DOM access for extractors: textContent/getAttribute/querySelector only (no innerText, no layout
// reads), every query bounded, and a selector the engine rejects counts as "not found".

export function text(el: Element | null | undefined, max = MAX_TEXT): string {
  if (!el) return '';
  // Collapse whitespace before capping: indented markup can hold pages of spaces before the words.
  const raw = el.textContent ?? '';
  return cleanText((raw.length > max * 50 ? raw.slice(0, max * 50) : raw).replace(/\s+/g, ' '), max);
}

export function attr(el: Element | null | undefined, name: string, max = MAX_TEXT): string {
  return el ? cleanText(el.getAttribute(name) ?? '', max) : '';
}

/** The first element matching any selector, tried in order (the list's order is the priority). */
export function first(root: ParentNode, selectors: readonly string[]): Element | null {
  // One query per selector, stopping at the first hit: a selector list ("a, b") would return
  // document order, not priority order.
  for (const s of selectors) {
    try {
      const el = root.querySelector(s);
      if (el) return el;
    } catch {
      // an unsupported selector: try the next one
    }
  }
  return null;
}

/** At most `limit` elements matching the selector, in document order. */
export function all(root: ParentNode, selector: string, limit = 200): Element[] {
  let list: NodeListOf<Element>;
  try {
    list = root.querySelectorAll(selector);
  } catch {
    return [];
  }
  const out: Element[] = [];
  for (let i = 0; i < list.length && i < limit; i++) out.push(list[i]!);
  return out;
}

/** The first non-empty text among the selectors (in priority order). */
export function firstText(root: ParentNode, selectors: readonly string[], max = MAX_TEXT): { el: Element; text: string } | null {
  for (const s of selectors) {
    for (const el of all(root, s, 5)) {
      const t = text(el, max);
      if (t) return { el, text: t };
    }
  }
  return null;
}

/** <meta name|property=key content>. */
export function meta(doc: Document, key: string, max = MAX_TEXT): string {
  return attr(first(doc, [`meta[name="${key}"]`, `meta[property="${key}"]`]), 'content', max);
}

/** Text lines of a block: <br> and child elements break lines (addresses in footers). */
export function lines(el: Element, limit = 40): string[] {
  const out: string[] = [];
  let cur = '';
  const flush = () => {
    const t = cleanText(cur, 300);
    if (t) out.push(t);
    cur = '';
  };
  const nodes = el.childNodes;
  for (let i = 0; i < nodes.length && out.length < limit; i++) {
    const n = nodes[i]!;
    if (n.nodeType === 3) cur += n.textContent ?? '';
    else if (n.nodeType === 1) {
      flush();
      if ((n as Element).tagName !== 'BR') {
        cur = n.textContent ?? '';
        flush();
      }
    }
  }
  flush();
  return out;
}
