// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractLinkedInFamily } from '../../../lib/extract';
import { fixturesDir, parse } from './helpers';

// LinkedIn is a single-page app: after in-app navigation the document still carries leftovers of
// the previous company (canonical link, embedded API data). They must not leak into the new one.

const html = (f: string) => readFileSync(path.join(fixturesDir, f), 'utf8');

describe('in-app navigation leftovers', () => {
  it('the address in the URL bar wins over a stale canonical link', () => {
    const doc = parse(html('linkedin/company.guest-2024.html')); // canonical: brightwave-logistics
    const obs = extractLinkedInFamily('https://www.linkedin.com/company/other-co/', doc);
    expect(obs.facts.linkedinUrl?.value).toBe('https://www.linkedin.com/company/other-co');
  });

  it('embedded data of another company is not read', () => {
    const doc = parse(html('linkedin/company.loggedin-2021.html')); // embedded data: lattice-lane (48213957)
    const obs = extractLinkedInFamily('https://www.linkedin.com/company/northbeam-health/', doc);
    expect(obs.facts.employeeRange).toBeUndefined();
    expect(obs.facts.foundedYear).toBeUndefined();
    expect(obs.facts.name?.value).toBe('Lattice Lane'); // the visible card is what the page shows
  });

  it('the content-script entry never reads company websites or Crunchbase', () => {
    const doc = parse(html('website/company-website.jsonld-graph.html'));
    expect(extractLinkedInFamily('https://www.corvidsecurity.com/', doc)).toMatchObject({ pageType: 'unknown', facts: {} });
    const cb = parse(html('crunchbase/crunchbase-org.2024.html'));
    expect(extractLinkedInFamily('https://www.crunchbase.com/organization/lumen-ledger', cb)).toMatchObject({ pageType: 'unknown', facts: {} });
  });
});
