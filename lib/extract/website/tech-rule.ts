// The shape of one technology rule. Rules are data written by this project (not derived from
// Wappalyzer or its GPL-3.0 forks): each names the signals that prove a technology is on the page.

export type TechCategory =
  | 'crm' | 'marketing-automation' | 'chat' | 'analytics' | 'cdp' | 'tag-manager' | 'ab-testing' | 'ecommerce'
  | 'cms' | 'payments' | 'support' | 'scheduling' | 'cloud-cdn' | 'advertising' | 'monitoring' | 'framework'
  | 'consent' | 'ats' | 'intent-data' | 'video' | 'forms' | 'seo';

export interface TechRule {
  name: string;
  category: TechCategory;
  /** Lower-case substrings of script/stylesheet/iframe URLs (host and path); also looked for in inline scripts. */
  urls?: string[];
  /** Matched against <meta name="generator" content>. */
  generator?: RegExp;
  /** Strings or patterns in inline scripts and <head> comments (snippets, init calls, ids). */
  markers?: (string | RegExp)[];
  /** Elements that only this technology puts on a page. */
  selectors?: string[];
  /** Lower-case substrings of <a href> (booking links, job boards). */
  links?: string[];
  /** Page globals reported by the main-world probe (see globals-probe.ts). */
  globals?: string[];
}
