import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './support/test';
import { openExtensionPage, send, type Launched } from './support/extension';
import { serveFixture } from './support/fixtures';
import { panelFor } from './support/panel';

// Issue 19: the CRM list distributed like the playbook — a URL the background downloads and
// re-checks with If-None-Match (served here from a loopback server), and the Chrome policy
// "crmUrl" fed through the e2e-only 'policy/simulate' hook (ICP_E2E_HOOKS=1 build).
const ACME = 'https://www.linkedin.com/company/acme-analytics/';
const HEADER = 'Company name,Company Domain Name,Company owner,Lifecycle Stage,LinkedIn Company Page';
const V1 = [HEADER, 'Acme Analytics,,Dana Lee,Customer,https://www.linkedin.com/company/acme-analytics', 'Globex,globex.com,Sam Roe,Lead,'].join('\n');
const V2 = [V1, 'Initech,initech.com,Kim Park,Opportunity,'].join('\n');

let served: Record<string, { etag: string; type: string; body: string }> = {};
let seen: { path: string; headers: IncomingHttpHeaders; status: number }[] = [];
let server: Server;
let base = '';
test.beforeAll(async () => {
  server = createServer((req, res) => {
    const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'If-None-Match, If-Modified-Since', 'access-control-expose-headers': 'ETag, Last-Modified' };
    if (req.method === 'OPTIONS') return void res.writeHead(204, cors).end();
    const file = served[req.url ?? ''];
    const status = !file ? 404 : req.headers['if-none-match'] === file.etag ? 304 : 200;
    seen.push({ path: req.url ?? '', headers: req.headers, status });
    if (!file) return void res.writeHead(404, cors).end('gone');
    if (status === 304) return void res.writeHead(304, { ...cors, etag: file.etag }).end();
    res.writeHead(200, { ...cors, 'content-type': file.type, etag: file.etag }).end(file.body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((r) => server.close(() => r())));

let l: Launched;
test.beforeEach(async ({ l: launched }) => {
  l = launched;
  await l.context.route(`${base}/**`, (route) => route.continue());
  await serveFixture(l.context, ACME, 'e2e/company-guest.acme.html');
  served = { '/companies.csv': { etag: '"v1"', type: 'text/csv', body: V1 } };
  seen = [];
});

test('a CRM list URL: downloaded on subscribe, re-checked with If-None-Match, a new file replaces the list, a broken one keeps it', async () => {
  const options = await openExtensionPage(l, 'options');
  await options.evaluate(() => (location.hash = '#crm'));
  await options.getByTestId('crm-url').fill(`${base}/companies.csv`);
  await options.getByTestId('crm-subscribe').click();
  await expect(options.getByTestId('crm-url-message')).toHaveText('Subscribed: the CRM list was downloaded.');
  await expect(options.getByTestId('crm-stored')).toContainText(`CRM list: 2 companies from ${base}/companies.csv`);
  await expect(options.getByTestId('crm-url-status')).toContainText(`Re-checked every 6 hours from ${base}/companies.csv`);
  // the alarm that re-checks it
  expect(await options.evaluate(() => chrome.alarms.get('crm-url'))).toMatchObject({ periodInMinutes: 30 });

  // the panel answers from the downloaded list
  const { panel } = await panelFor(l, ACME);
  await expect(panel.getByTestId('crm')).toHaveText(/^In CRM · Customer · owner Dana Lee/);

  // unchanged: one conditional request answered 304, nothing replaced
  await options.bringToFront();
  await options.getByTestId('crm-check-now').click();
  await expect(options.getByTestId('crm-url-message')).toHaveText('The CRM list at the URL has not changed.');
  expect(seen.at(-1)).toMatchObject({ path: '/companies.csv', status: 304, headers: { 'if-none-match': '"v1"' } });

  served['/companies.csv'] = { etag: '"v2"', type: 'text/csv', body: V2 };
  await options.getByTestId('crm-check-now').click();
  await expect(options.getByTestId('crm-url-message')).toHaveText('A new CRM list was downloaded (3 companies).');
  await expect(options.getByTestId('crm-stored')).toContainText('CRM list: 3 companies');

  // a sign-in page instead of the file: refused, the last good list stays
  served['/companies.csv'] = { etag: '"v3"', type: 'text/html', body: '<html><body>Sign in</body></html>' };
  await options.getByTestId('crm-check-now').click();
  await expect(options.getByTestId('crm-url-message')).toContainText('HTML');
  await expect(options.getByTestId('crm-url-status')).toContainText('last check failed');
  await expect(options.getByTestId('crm-stored')).toContainText('CRM list: 3 companies');

  // plain http to anything but loopback is refused
  await options.getByRole('button', { name: 'Unsubscribe' }).click();
  await options.getByTestId('crm-url').fill('http://example.com/companies.csv');
  await options.getByTestId('crm-subscribe').click();
  await expect(options.getByTestId('crm-url-message')).toContainText('must start with https://');
});

test('Chrome policy "crmUrl": the list is downloaded, shown as set by the administrator, cannot be removed here, and goes with the policy', async () => {
  served['/policy.csv'] = { etag: '"p1"', type: 'text/csv', body: V2 };
  const options = await openExtensionPage(l, 'options');
  // the harness's switch for the e2e-only hook (as distribution.spec.ts)
  await options.evaluate(() => chrome.storage.local.set({ 'icpfit:test-hooks': true }));
  const applied = await send(options, 'policy/simulate', { value: { crmUrl: `${base}/policy.csv` } });
  expect(applied).toMatchObject({ ok: true, data: { ok: true } });
  await options.evaluate(() => (location.hash = '#crm'));
  await options.reload();
  await expect(options.getByTestId('crm-url-status')).toContainText(`Set by your administrator: ${base}/policy.csv`);
  await expect(options.getByTestId('crm-stored')).toContainText(`CRM list: 3 companies from ${base}/policy.csv`);
  await expect(options.getByRole('button', { name: 'Unsubscribe' })).toHaveCount(0);
  expect(await send(options, 'crm/unsubscribe', {})).toMatchObject({ ok: true, data: { ok: false, error: expect.stringContaining('administrator') } });
  expect(await send(options, 'crm/subscribe', { url: `${base}/companies.csv` })).toMatchObject({ data: { ok: false } });

  await send(options, 'policy/simulate', { value: null });
  await options.reload();
  await expect(options.getByTestId('crm-url')).toBeVisible();
  // the list it brought stays until the rep removes it or imports another
  await expect(options.getByTestId('crm-stored')).toContainText('CRM list: 3 companies');
});
