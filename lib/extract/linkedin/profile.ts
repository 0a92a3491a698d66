import type { Person } from '../../facts/model';
import { MAX_TEXT } from '../../facts/limits';
import { cleanText } from '../../facts/text';
import { all, attr, first, firstText, text } from '../core/dom';
import { put, safely, type Reader } from '../core/facts';
import { pageLanguage } from '../core/lang';
import { parseHeadline } from '../core/headline';
import { obj, str } from '../core/json';
import { linkedinCompanyUrl } from '../core/urls';
import { currentPosition, personNode } from './profile-position';
import * as S from './selectors';

// A person profile → {name, title, headline, location, company}. The title comes from the current
// position where the page shows one, else from the headline; the company from the top card's
// "Current company" (aria-label 2022-25, guest link 2024), else the position, else the headline.

/** "Current company: Novare Potential. Click to skip to experience card" → "Novare Potential". */
export function currentCompanyFromAria(label: string): string {
  const m = /^Current company:\s*(.+?)(?:\.\s+Click to skip.*)?$/i.exec(label);
  return m ? cleanText(m[1], 200) : '';
}

function topCardCompany(doc: Document): { name: string; url?: string; evidence: string } | null {
  const link = first(doc, [S.CURRENT_COMPANY_LINK]);
  if (link) {
    const url = linkedinCompanyUrl(link.getAttribute('href') ?? '') ?? undefined;
    return { name: text(link, 200), url, evidence: `current company: ${text(link, 200)}` };
  }
  for (const el of all(doc, S.CURRENT_COMPANY_ARIA.join(', '), 3)) {
    const label = attr(el, 'aria-label', 300);
    const name = currentCompanyFromAria(label) || (label === 'Current company' ? text(el, 200) : '');
    if (name) return { name, evidence: label.length > 16 ? label : `Current company: ${name}` };
  }
  return null;
}

function location(doc: Document): string {
  const hit = firstText(doc, S.PROFILE_LOCATION, 200);
  if (hit) return hit.text;
  const address = obj(personNode(doc)?.['address']);
  return address ? cleanText(str(address['addressLocality']), 200) : '';
}

function compact(p: Person): Person {
  const out: Person = {};
  for (const k of ['name', 'title', 'headline', 'location'] as const) {
    const v = cleanText(p[k], MAX_TEXT);
    if (v) out[k] = v;
  }
  const name = cleanText(p.company?.name, MAX_TEXT);
  const url = p.company?.linkedinUrl;
  if (name || url) out.company = { ...(name && { name }), ...(url && { linkedinUrl: url }) };
  return out;
}

export function extractProfile(r: Reader): void {
  // the person is read by the page's structure in any language; the language is kept as evidence
  r.lang = pageLanguage(r.doc);
  const p: Person = {};
  safely(() => {
    p.name = firstText(r.doc, S.PROFILE_NAME, 200)?.text || str(personNode(r.doc)?.['name']);
  });
  safely(() => {
    p.headline = firstText(r.doc, S.PROFILE_HEADLINE, 500)?.text;
  });
  safely(() => {
    p.location = location(r.doc);
  });
  let evidence = '';
  safely(() => {
    const top = topCardCompany(r.doc);
    const pos = currentPosition(r.doc);
    const fromHeadline = parseHeadline(p.headline ?? '');
    p.title = pos?.title || fromHeadline.title;
    const name = top?.name || pos?.company || fromHeadline.company;
    // The position's company link is only this company's if the names agree.
    const samePos = pos && (!top || !pos.company || pos.company === top.name);
    const url = top?.url ?? (samePos ? pos?.companyUrl : undefined);
    if (name || url) p.company = { name, linkedinUrl: url };
    evidence = top?.evidence ?? pos?.evidence ?? p.headline ?? '';
  });
  r.person = compact(p);
  // The company the person works for is an account too: name it and link it.
  put(r, 'name', r.person.company?.name, evidence);
  put(r, 'linkedinUrl', r.person.company?.linkedinUrl, evidence);
}
