import type { PageObservation } from '../../facts/model';
import { MAX_EVIDENCE_TEXT } from '../../facts/limits';
import type { LogEntry, Parsers } from '../core/deferred';
import { newReader, put, safely, type Reader } from '../core/facts';
import { finish } from '../finish';
import { readAddress } from './address';
import { WEBSITE_EXPECTED } from './expected';
import { readLinkedInLink, readOpenRoles } from './links';
import { readMeta, readOrganization, readSiteIdentity } from './organization';
import { detectTechnologies, type Detection } from './technologies';

// Any company website, read on the rep's click (its own bundle, injected with activeTab):
// schema.org Organization, OpenGraph/meta, address, LinkedIn link, open roles, technologies.

function putTechnologies(r: Reader, found: Detection[]): void {
  if (!found.length) return; // none found is a normal result: no fact, not an error
  const said = found.map((d) => `${d.name}: ${d.evidence}`).join('; ');
  put(r, 'technologies', found.map((d) => d.name), said.slice(0, MAX_EVIDENCE_TEXT));
}

/**
 * One bounded pass over a company website. `globalsFound` comes from the main-world probe. Without
 * `parsers` (the injected reader, to stay small) page text that needs parsing is logged for the
 * background to replay (core/deferred.ts). Never throws.
 */
export function readWebsite(url: string, doc: Document, globalsFound: string[] = [], parsers?: Parsers): { observation: PageObservation; log?: LogEntry[] } {
  const r = newReader(doc, typeof url === 'string' ? url : '', 'company-website', parsers);
  return { observation: readAll(r, doc, globalsFound), log: r.log };
}

function readAll(r: Reader, doc: Document, globalsFound: string[]): PageObservation {
  safely(() => readOrganization(r));
  safely(() => readSiteIdentity(r));
  safely(() => readMeta(r));
  safely(() => readAddress(r));
  safely(() => readLinkedInLink(r));
  safely(() => readOpenRoles(r));
  safely(() => putTechnologies(r, detectTechnologies(doc, globalsFound)));
  try {
    return finish(r, WEBSITE_EXPECTED);
  } catch {
    return { pageType: 'company-website', url: r.url, facts: {}, missing: [] };
  }
}
