import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { registrableDomain } from '../../../lib/facts/registrable-domain';

// The account key is the registrable domain by the Public Suffix List, private section included
// (issue 15.1): a label-list guess made every Shopify store, GitHub Pages site, Vercel app… one account.
describe('registrableDomain (Public Suffix List, private section included)', () => {
  it.each([
    // ICANN suffixes, one and two labels
    ['https://dashboard.acme.com/x', 'acme.com'],
    ['acme.io', 'acme.io'],
    ['https://www.acme.co.uk/about', 'acme.co.uk'],
    ['shop.acme.com.au', 'acme.com.au'],
    ['x.gov.uk', 'x.gov.uk'],
    ['https://www.acme.co.jp', 'acme.co.jp'],
    ['acme.com.br', 'acme.com.br'],
    ['https://news.bbc.co.uk', 'bbc.co.uk'],
    ['https://a.b.acme.org', 'acme.org'],
    ['github.blog', 'github.blog'],
    ['https://www.brightwave.co.uk', 'brightwave.co.uk'],
    ['https://city.kawasaki.jp', 'city.kawasaki.jp'], // an exception rule (!city.kawasaki.jp)
    ['https://acme.ck', null], // wildcard rule *.ck: "acme.ck" is itself a suffix
    // private suffixes: the tenant is the company
    ['https://acme-store.myshopify.com/', 'acme-store.myshopify.com'],
    ['https://shop-a.myshopify.com/collections/all', 'shop-a.myshopify.com'],
    ['https://alice.github.io/project/', 'alice.github.io'],
    ['my-app.vercel.app', 'my-app.vercel.app'],
    ['https://acme.blogspot.com', 'acme.blogspot.com'],
    ['https://acme-api.herokuapp.com', 'acme-api.herokuapp.com'],
    ['https://acme.netlify.app', 'acme.netlify.app'],
    ['https://acme.wixsite.com/home', 'acme.wixsite.com'],
    ['https://acme.webflow.io', 'acme.webflow.io'],
    ['https://acme.notion.site/Careers-123', 'acme.notion.site'],
    ['https://acme.pages.dev', 'acme.pages.dev'],
    ['https://acme.appspot.com', 'acme.appspot.com'],
    ['https://acme.azurewebsites.net', 'acme.azurewebsites.net'],
    ['https://d1234abcd.cloudfront.net/a.js', 'd1234abcd.cloudfront.net'],
    ['https://acme-assets.s3.amazonaws.com/logo.png', 'acme-assets.s3.amazonaws.com'],
    ['https://tax.service.gov.uk/', 'tax.service.gov.uk'], // service.gov.uk is in the private section
    ['https://www.shop-a.myshopify.com', 'shop-a.myshopify.com'],
    // a bare shared suffix is nobody's company
    ['https://myshopify.com/', null],
    ['github.io', null],
    ['https://co.uk', null],
    // IDNs: always the punycode form WHATWG URL gives (the `domain` fact is ASCII)
    ['https://www.bücher.de/', 'xn--bcher-kva.de'],
    ['https://xn--bcher-kva.de/', 'xn--bcher-kva.de'],
    ['https://shop.acme.公司.cn', 'acme.xn--55qx5d.cn'],
    ['https://münchen.example.com', 'example.com'],
    // IPs and local names
    ['https://192.168.0.1/', null],
    ['http://10.0.0.7:8080/admin', null],
    ['https://[::1]/', null],
    ['https://[2001:db8::1]:8443/', null],
    ['localhost', null],
    ['http://localhost:3000/', null],
    ['intranet', null],
    // trailing dots, www2., case, ports, credentials, paths
    ['https://acme.com./', 'acme.com'],
    ['acme.co.uk.', 'acme.co.uk'],
    ['http://www2.example.co.uk/', 'example.co.uk'],
    ['https://WWW.ACME.COM/About', 'acme.com'],
    ['https://acme.com:8443/x?y=1#z', 'acme.com'],
    ['https://user:pw@app.acme.com/', 'acme.com'],
    // the sources we read are no company's domain
    ['https://www.linkedin.com/company/acme/', null],
    ['https://uk.linkedin.com/company/acme', null],
    ['https://www.crunchbase.com/organization/acme', null],
    ['https://lnkd.in/abc', null],
    // not web addresses
    ['javascript:alert(1)', null],
    ['ftp://acme.com', null],
    ['mailto:jane@acme.com', null],
    ['tel:+44123', null],
    ['acme.com:8080/x', 'acme.com'],
    ['', null],
    ['not a url at all', null],
    ['https://acme_store.com', null], // not a hostname the `domain` fact accepts
  ])('%s → %s', (input, want) => expect(registrableDomain(input)).toBe(want));

  it('never throws, and whatever it returns is a valid domain that maps to itself', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.domain()), (input) => {
        const d = registrableDomain(input);
        if (d === null) return;
        expect(d).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
        expect(d.length).toBeLessThanOrEqual(253);
        expect(registrableDomain(d)).toBe(d);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses hostile sizes and types', () => {
    expect(registrableDomain(`https://acme.com/${'a'.repeat(5000)}`)).toBeNull(); // longer than any URL we keep
    expect(registrableDomain(`https://${'a'.repeat(300)}.com`)).toBeNull(); // longer than DNS allows
    expect(registrableDomain(undefined)).toBeNull();
    expect(registrableDomain(null)).toBeNull();
    expect(registrableDomain(42 as unknown as string)).toBeNull();
  });
});
