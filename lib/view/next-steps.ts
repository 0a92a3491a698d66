import type { NextStep } from './model';
import type { AccountView } from '../messaging/views';

const DOMAIN = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i;

/** A link to the company's site, only for a plain host name (the domain is page text). */
export function websiteHref(domain: string | undefined): string | undefined {
  return domain && DOMAIN.test(domain) ? `https://${domain.toLowerCase()}/` : undefined;
}

/** A LinkedIn company link read from a page, only when it really is one. */
export function linkedinHref(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && (u.hostname === 'linkedin.com' || u.hostname.endsWith('.linkedin.com')) ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What to look at next when too little is known: the sources that supply the missing facts
 * (PRODUCT: Sources), in the order they fill most of a typical ICP.
 */
export function nextSteps(account: AccountView): NextStep[] {
  const has = (...facts: string[]) => facts.some((f) => account.facts[f] !== undefined);
  const steps: NextStep[] = [];
  if (!has('technologies')) {
    steps.push({ text: 'Open their website to detect their stack', href: websiteHref(account.domain ?? (account.facts.domain?.value as string | undefined)) });
  }
  if (!has('employees', 'employeeRange') || !has('industry') || !has('hqCountry', 'hqCity')) {
    steps.push({ text: 'Open their LinkedIn company page (the About tab shows size, industry and HQ)', href: linkedinHref(account.facts.linkedinUrl?.value) });
  }
  if (!has('fundingStage', 'lastFundingDate')) steps.push({ text: 'Open their Crunchbase page for funding stage and last round' });
  steps.push({ text: 'Or ask: answer the questions under "Fill the gaps" after your call' });
  return steps;
}
