import { all, text } from './dom';

// Label → value pairs read by the words a person sees ("Company size", "Last Funding Type"), for
// sites whose classes are hashed or unverified. Labels are matched case-insensitively without a
// trailing colon; the first occurrence of a label wins.

export const labelKey = (s: string): string => s.toLowerCase().replace(/[:：]\s*$/, '').replace(/\s+/g, ' ').trim();

/** The value element of a label: dt → dd, th → td, else the next element sibling. */
export function nextValue(label: Element): Element | null {
  let el = label.nextElementSibling;
  const want = label.tagName === 'DT' ? 'DD' : label.tagName === 'TH' ? 'TD' : '';
  while (el && want && el.tagName !== want) el = el.nextElementSibling;
  return el;
}

export function labelled(
  root: ParentNode,
  labelSelector: string,
  valueOf: (label: Element) => Element | null = nextValue,
  limit = 150,
): Map<string, Element> {
  const out = new Map<string, Element>();
  for (const label of all(root, labelSelector, limit)) {
    const key = labelKey(text(label, 80));
    if (!key || key.length > 60 || out.has(key)) continue;
    const value = valueOf(label);
    if (value && text(value, 10)) out.set(key, value);
  }
  return out;
}

/** The first value whose label matches. */
export function pick(map: Map<string, Element>, re: RegExp): { label: string; el: Element } | null {
  for (const [label, el] of map) if (re.test(label)) return { label, el };
  return null;
}
