// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { listPageTypeFromUrl } from '../../../lib/extract/list-detect';
import { extractList } from '../../../lib/extract/list-extract';
import { ungroupDots } from '../../../lib/extract/linkedin/jobs-card';
import { parseCurrentLine } from '../../../lib/extract/linkedin/list-person';
import { jobUrl, linkedinProfileUrl, readRow, salesNavLeadUrl } from '../../../lib/extract/linkedin/list-row';
import { parse } from './helpers';

// The small rules of list reading, each shown on the smallest row that needs it: what is a subtitle,
// what is a current company, what a number means, what a link is. Fixtures show them in full pages.

const SEARCH = 'https://www.linkedin.com/search/results/people/';
const rows = (html: string, url = SEARCH) => extractList(url, parse(`<main>${html}</main>`))!.rows;
const title = (slug: string, name: string) => `<a data-view-name="search-result-lockup-title" href="https://www.linkedin.com/in/${slug}/">${name}</a>`;

describe('subtitles of a search row', () => {
  it('a degree badge beside the name is not the headline', () => {
    const [row] = rows(`<div role="listitem"><div><p>${title('jane', 'Jane Roe')}</p><span>• 2nd</span><p>VP Sales at Acme</p><p>Oslo, Norway</p></div></div>`);
    expect(row!.person).toMatchObject({ headline: 'VP Sales at Acme', location: 'Oslo, Norway' });
  });

  it('mutual connections and the "Current:" line are never a headline, even when the row shows no headline', () => {
    const [row] = rows(
      `<div role="listitem"><div><p>${title('jane', 'Jane Roe')}</p></div>` +
        `<p>Current: Head of Sales at Acme</p>` +
        `<p><a data-view-name="search-result-social-proof-insight" href="https://www.linkedin.com/in/friend/"><strong>Friend Name</strong></a> is a mutual connection</p></div>`,
    );
    expect(row!.person).toEqual({ name: 'Jane Roe', profileUrl: 'https://www.linkedin.com/in/jane', title: 'Head of Sales', company: { name: 'Acme' }, companyFrom: 'current' });
  });

  it.each(['Aktuell: Vertriebsleiter bei Acme', 'Früher: Ingenieur bei Altco', 'Actual: Vendedor en Mango', 'Atual: Gerente na Acme', 'Attuale: Responsabile presso Acme', 'Precedente: Ingegnere presso Altco'])(
    'the "%s" line of a row in another language is neither headline nor location',
    (line) => {
      const [row] = rows(`<div role="listitem"><div><p>${title('jane', 'Jane Roe')}</p></div><p>${line}</p></div>`);
      expect(row!.person).toEqual({ name: 'Jane Roe', profileUrl: 'https://www.linkedin.com/in/jane' });
    },
  );

  it('a 2024 row’s visible name is never taken from a mutual connection’s link', () => {
    const html = `<div data-chameleon-result-urn="urn:li:member:1"><div class="entity-result__insights"><a href="https://www.linkedin.com/in/friend/"><span aria-hidden="true">Friend Name</span></a></div></div>`;
    expect(rows(html)).toEqual([]);
  });

  it('a school is not a company', () => {
    const html = `<div role="listitem"><div><p><a data-view-name="search-result-lockup-title" href="https://www.linkedin.com/school/cmu/">Carnegie Mellon University</a></p><p>Higher Education • Pittsburgh, PA</p></div></div>`;
    expect(rows(html, 'https://www.linkedin.com/search/results/all/')).toEqual([]);
  });
});

describe('job search cards', () => {
  it('a card without a company line is not a row (nothing to score)', () => {
    const html = `<li data-occludable-job-id="7"><a href="/jobs/view/7/"><span aria-hidden="true">SDR</span></a><div class="artdeco-entity-lockup__caption">Remote</div></li>`;
    expect(rows(html, 'https://www.linkedin.com/jobs/search/')).toEqual([]);
  });
});

describe('a person’s current company', () => {
  it.each([
    ['Current: Graduate Trainee at Tata Consultancy Services', { title: 'Graduate Trainee', company: 'Tata Consultancy Services' }],
    ['Current: Head of Growth at Scale at Acme', { title: 'Head of Growth at Scale', company: 'Acme' }],
    ['Entreprise actuelle\u00a0\u00a0: Chargée de recrutement chez Quillstone', { title: 'Chargée de recrutement', company: 'Quillstone' }],
    ['Current: Tata Consultancy Services', null],
    ['Past: Engineer at Oldco', null],
    ['Actual: Vendedor en Mango', null],
  ])('%s', (line, want) => expect(parseCurrentLine(line)).toEqual(want));
});

describe('numbers on a job posting’s company card', () => {
  it.each([
    ['931.029 seguidores', '931029 seguidores'],
    ['10.001+ empleados', '10001+ empleados'],
    ['1.001-5.000 empleados', '1001-5000 empleados'],
    ['1.5K', '1.5K'],
    ['1.23', '1.23'],
    ['12.3456', '12.3456'],
  ])('%s → %s', (text, want) => expect(ungroupDots(text)).toBe(want));

  it('an English card is read the English way: "1.234 followers" is not a thousand', () => {
    const card = `<section data-view-name="job-details-about-company-module"><h2>About the company</h2>
      <a data-view-name="job-details-about-company-name-link" href="/company/acme/">Acme</a>
      <div class="artdeco-entity-lockup__subtitle">1.234 followers</div></section>`;
    const [row] = rows(card, 'https://www.linkedin.com/jobs/view/1/');
    expect(row!.facts.name?.value).toBe('Acme');
    expect(row!.facts.followers).toBeUndefined();
  });
});

describe('list pages by URL (what a content script watches)', () => {
  it.each([
    ['https://www.linkedin.com/search/results/people/?keywords=x', 'linkedin-search-people'],
    ['https://www.linkedin.com/company/acme/people/?keywords=sales', 'linkedin-company-people'],
    ['https://www.linkedin.com/company/acme/', null],
    ['https://www.linkedin.com/in/jane/', null],
    ['https://evil.example/search/results/people/', null],
  ])('%s → %s', (url, want) => expect(listPageTypeFromUrl(url)).toBe(want));
});

describe('links', () => {
  it.each([
    ['https://www.linkedin.com/in/jane-doe-123?miniProfileUrn=x', 'https://www.linkedin.com/in/jane-doe-123'],
    ['/in/Jane-Doe/', 'https://www.linkedin.com/in/jane-doe'],
    ['https://de.linkedin.com/in/jane/details/experience/', null],
    ['https://evil.example/in/jane', null],
    ['javascript:alert(1)', null],
  ])('profile %s → %s', (href, want) => expect(linkedinProfileUrl(href)).toBe(want));

  it.each([
    ['/sales/lead/ACwAAA1,NAME_SEARCH,x9Yz?_ntb=1', 'https://www.linkedin.com/sales/lead/ACwAAA1'],
    ['https://evil.example/sales/lead/ACwAAA1', null],
  ])('lead %s → %s', (href, want) => expect(salesNavLeadUrl(href)).toBe(want));

  it.each([
    ['/jobs/view/4012345678/?trk=x', 'https://www.linkedin.com/jobs/view/4012345678/'],
    ['https://es.linkedin.com/jobs/view/vendedor-a-at-mango-4207705658', 'https://www.linkedin.com/jobs/view/4207705658/'],
    ['https://www.linkedin.com/jobs/search/?currentJobId=42&keywords=sdr', 'https://www.linkedin.com/jobs/view/42/'],
    ['https://www.linkedin.com/jobs/search/?currentJobId=42abc', null],
  ])('job %s → %s', (href, want) => expect(jobUrl(href)).toBe(want));
});

describe('a row reader that fails', () => {
  it('loses only its row', () => {
    const el = parse('<div>x</div>').body.firstElementChild!;
    const boom = () => {
      throw new Error('hostile markup');
    };
    expect(readRow('linkedin-search-people', SEARCH, el, boom)).toBeNull();
  });
});
