import { cleanText } from '../../facts/text';

/**
 * A profile headline is free text. Its first segment (before "|", "•", "//") usually names the role,
 * and "@"/" at " the company: "Founder & CPO @ MavenAGI | Ex-Google" → title "Founder & CPO",
 * company "MavenAGI". The last " at " splits, so "Head of Growth at Scale at Acme" keeps its title.
 */
export function parseHeadline(headline: string): { title?: string; company?: string } {
  const h = cleanText(headline, 300);
  if (!h) return {};
  const segment = h.split(/\s+[|•·]\s+|\s*\|\s*|\s+\/\/\s+/)[0]!.trim();
  const m = /^(.*\S)\s+(?:@\s*|at\s+)(\S.*)$/i.exec(segment) ?? /^(.*\S)\s*@(\S.*)$/.exec(segment);
  if (m) {
    const title = m[1]!.replace(/[,;:–-]+$/, '').trim();
    const company = m[2]!.replace(/[,;:.]+$/, '').trim();
    return { ...(title && { title }), ...(company && { company }) };
  }
  return segment.length <= 100 ? { title: segment } : {};
}
