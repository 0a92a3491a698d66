import { meta } from '../core/dom';
import { safely, type Reader } from '../core/facts';
import { jsonLdNodes } from '../core/json';
import { pageLanguage } from '../core/lang';
import { isOrg, putOrgNode } from '../core/organization';
import { readCompanyDetails } from './company-details';
import { embeddedBlocksInBody, readEmbedded } from './company-embedded';
import {
  deriveDomain, readContactInfo, readDescription, readJobs, readLinkedInUrl, readNumericLinkedInUrl, readPeopleCount,
} from './company-extras';
import { readFundingCard } from './company-funding';
import { putFollowers, readName, readTagline, readTopCard } from './company-top-card';

// A LinkedIn company page, any tab, any layout. Readers run from the most trusted signal to the
// least (visible labels → top card → JSON-LD → embedded data → meta tags); the first value of a fact
// wins and later disagreeing ones are kept in its evidence.

/**
 * Guest 2024: JSON-LD Organization in <head> (address written with "type", employees on LinkedIn),
 * looked for there first. The rest of the page is searched only on a page without embedded data:
 * logged-in pages carry theirs in code blocks and none seen (2017-2026) has had JSON-LD, while a
 * page-wide `script[type=…]` query walks every element of a long Home feed (docs/benchmarks.md, session 19).
 */
function readJsonLd(r: Reader): void {
  const inHead = r.doc.head ? jsonLdNodes(r.doc.head, 50).find(isOrg) : undefined;
  const org = inHead ?? (embeddedBlocksInBody(r.doc).length ? undefined : jsonLdNodes(r.doc, 50).find(isOrg));
  if (org) putOrgNode(r, org, 'JSON-LD');
}

/** Guest 2024 meta description: "<Name> | 5,750 followers on LinkedIn. <tagline> | <about>". */
function readMetaDescription(r: Reader): void {
  const d = meta(r.doc, 'description', 600);
  if (/followers on LinkedIn/i.test(d)) putFollowers(r, d.slice(0, 200), 'meta description');
}

const READERS: ((r: Reader) => void)[] = [
  readCompanyDetails,
  readName,
  readTagline,
  readTopCard,
  readDescription,
  readContactInfo,
  readFundingCard,
  readLinkedInUrl,
  readJsonLd,
  readEmbedded,
  readMetaDescription,
  readNumericLinkedInUrl,
  deriveDomain,
];

export function extractCompany(r: Reader): void {
  // the page's language decides how its words and numbers are read (core/lang.ts)
  r.lang = pageLanguage(r.doc);
  for (const read of READERS) safely(() => read(r));
  // Tab-specific readers look at every heading / link of the page: run them on their tab only,
  // so a long Home feed is not walked for text it cannot hold.
  if (r.source === 'linkedin-company-jobs') safely(() => readJobs(r));
  if (r.source === 'linkedin-company-people') safely(() => readPeopleCount(r));
}
