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

/** A rule: its name, category and the signals that prove it (short form keeps the data readable and the bundle small). */
export const rule = (name: string, category: TechCategory, signals: Omit<TechRule, 'name' | 'category'>): TechRule => ({ name, category, ...signals });

// Category shorthands for the rule tables.
export const CRM: TechCategory = 'crm';
export const MA: TechCategory = 'marketing-automation';
export const CHAT: TechCategory = 'chat';
export const ANALYTICS: TechCategory = 'analytics';
export const CDP: TechCategory = 'cdp';
export const TAGS: TechCategory = 'tag-manager';
export const AB: TechCategory = 'ab-testing';
export const SHOP: TechCategory = 'ecommerce';
export const CMS: TechCategory = 'cms';
export const PAY: TechCategory = 'payments';
export const SUPPORT: TechCategory = 'support';
export const SCHED: TechCategory = 'scheduling';
export const CLOUD: TechCategory = 'cloud-cdn';
export const ADS: TechCategory = 'advertising';
export const MONITOR: TechCategory = 'monitoring';
export const FRAMEWORK: TechCategory = 'framework';
export const CONSENT: TechCategory = 'consent';
export const ATS: TechCategory = 'ats';
export const INTENT: TechCategory = 'intent-data';
export const VIDEO: TechCategory = 'video';
export const FORMS: TechCategory = 'forms';
export const SEO: TechCategory = 'seo';
