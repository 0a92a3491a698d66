import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { expect, test } from './support/test';
import { EXTENSION_DIR, openExtensionPage, send, type Launched } from './support/extension';

// Distribution to a team: a URL subscription served from a loopback server this test starts, and
// Chrome policy fed through the e2e-only 'policy/simulate' hook (headless Chromium has no policy);
// the hook exists only in an e2e build (ICP_E2E_HOOKS=1 npx wxt build, as npm test makes one).
function playbook(version: string, minEmployees = 500) {
  return JSON.stringify({
    format: 'icp-fit/playbook@1',
    name: 'Team playbook',
    version,
    icps: [
      {
        id: 'big',
        name: 'Big companies',
        criteria: [{ id: 'size', label: 'Headcount', layer: 'firmographic', points: 100, fact: 'employees', is: 'at-least', value: minEmployees }],
        tiers: [
          { name: 'Top', min: 70 },
          { name: 'Low', min: 0 },
        ],
      },
    ],
  });
}

/**
 * The hosted file. CORS headers as docs/team-rollout.md asks of hosting without the optional host
 * permission: the extension's service worker has no access to 127.0.0.1 otherwise.
 */
let served: { status: number; type: string; body: string } = { status: 200, type: 'application/json', body: playbook('1') };
let hits = 0;
let server: Server;
let base = '';
test.beforeAll(async () => {
  server = createServer((req, res) => {
    const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'If-None-Match, If-Modified-Since', 'access-control-expose-headers': 'ETag, Last-Modified' };
    if (req.method === 'OPTIONS') return void res.writeHead(204, cors).end();
    // an address that moved: Chrome shows the extension no Location, so no hop could be checked
    if (req.url === '/moved.json') return void res.writeHead(302, { ...cors, location: '/playbook.json' }).end();
    hits++;
    res.writeHead(served.status, { ...cors, 'content-type': served.type }).end(served.body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((r) => server.close(() => r())));

let l: Launched;
test.beforeEach(async ({ l: launched }) => {
  l = launched;
  // the harness aborts every non-extension request; the loopback playbook host is this test's own
  await l.context.route(`${base}/**`, (route) => route.continue());
  served = { status: 200, type: 'application/json', body: playbook('1') };
});

test('the built manifest declares the managed-storage schema Chrome validates policies against', () => {
  const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  expect(manifest.storage).toEqual({ managed_schema: 'managed_schema.json' });
  const schema = JSON.parse(readFileSync(path.join(EXTENSION_DIR, manifest.storage.managed_schema), 'utf8'));
  expect(schema.type).toBe('object');
  expect(schema.additionalProperties).toBeUndefined(); // Chrome refuses it at the top level
  // Chrome allows exactly one type per policy
  expect(Object.fromEntries(Object.entries(schema.properties as Record<string, { type: string }>).map(([k, v]) => [k, v.type]))).toEqual({
    playbook: 'string',
    playbookUrl: 'string',
    playbookSha256: 'string',
    crmUrl: 'string',
    locked: 'boolean',
  });
});


test('subscribe to a URL: the version activates, a change is picked up with its diff, a broken file keeps the last good one', async () => {
  const options = await openExtensionPage(l, 'options');
  await options.getByTestId('subscribe-url').fill(`${base}/playbook.json`);
  await options.getByTestId('subscribe').click();
  const status = options.getByTestId('playbook-status');
  await expect(status).toContainText('Team playbook v1');
  await expect(status).toContainText('source: URL');
  await expect(options.getByTestId('playbook-checked')).toContainText('last changed');

  served = { ...served, body: playbook('2', 1000) };
  await options.getByTestId('check-now').click();
  await expect(status).toContainText('Team playbook v2');
  await expect(options.getByTestId('version-row')).toHaveCount(2);
  await options.getByTestId('version-row').first().getByRole('button', { name: 'What changed' }).click();
  const changes = options.getByTestId('version-changes');
  await expect(changes).toContainText('Version 1 → 2');
  await expect(changes).toContainText('now tests employees at-least 1000 (was employees at-least 500)');

  for (const [bad, why] of [
    [{ status: 200, type: 'application/json', body: '{"format":"icp-fit/playbook@1","name":' }, /not valid JSON/],
    [{ status: 404, type: 'text/plain', body: 'gone' }, /404/],
    [{ status: 200, type: 'text/html', body: '<html><body>Sign in</body></html>' }, /HTML/],
  ] as const) {
    served = bad;
    await options.getByTestId('check-now').click();
    await expect(options.getByTestId('subscription-error')).toContainText(why);
    await expect(status).toContainText('Team playbook v2');
  }
  expect(hits).toBeGreaterThanOrEqual(5);

  // back to good: the error goes, the same text is not a new version
  served = { status: 200, type: 'application/json', body: playbook('2', 1000) };
  await options.getByTestId('check-now').click();
  await expect(options.getByTestId('subscription-error')).toHaveCount(0);
  await expect(options.getByTestId('version-row')).toHaveCount(2);

  // roll back to v1 from the history
  await options.getByTestId('version-row').nth(1).getByRole('button', { name: 'Roll back to this' }).click();
  await expect(status).toContainText('Team playbook v1');
  await expect(options.getByTestId('version-row')).toHaveCount(3);
});

test('a URL that goes back to an older version asks first; a URL that redirects is refused', async () => {
  const options = await openExtensionPage(l, 'options');
  served = { ...served, body: playbook('2026.4') };
  await options.getByTestId('subscribe-url').fill(`${base}/playbook.json`);
  await options.getByTestId('subscribe').click();
  const status = options.getByTestId('playbook-status');
  await expect(status).toContainText('Team playbook v2026.4');

  served = { ...served, body: playbook('2026.3', 1000) };
  await options.getByTestId('check-now').click();
  const older = options.getByTestId('older-version');
  await expect(older).toContainText('The URL now serves an older version 2026.3 (you have 2026.4)');
  await expect(status).toContainText('v2026.4');
  await options.getByTestId('use-older').click();
  await expect(status).toContainText('Team playbook v2026.3');
  await expect(older).toHaveCount(0);

  served = { ...served, body: playbook('2026.2') };
  await options.getByTestId('check-now').click();
  await options.getByTestId('keep-current').click();
  await expect(older).toHaveCount(0);
  await options.getByTestId('check-now').click();
  await expect(options.getByTestId('subscription-message')).toHaveText('No change.');
  await expect(status).toContainText('v2026.3');

  // the same file behind a redirect: refused, the last good version stays
  await options.getByTestId('subscribe-url').fill(`${base}/moved.json`);
  await options.getByTestId('subscribe').click();
  await expect(options.getByTestId('subscription-error')).toContainText('the server redirects: ICP Fit follows no redirect');
  await expect(status).toContainText('v2026.3');
});

test('a plain-http URL on another host is refused before anything is fetched', async () => {
  const options = await openExtensionPage(l, 'options');
  const r = await send(options, 'playbook/subscribe', { url: 'http://example.com/playbook.json' });
  expect(r.ok && (r.data as { ok: boolean; error?: string }).error).toMatch(/https/);
});

test('Chrome policy: simulated only with the e2e flag; a locked policy playbook shows the lock and refuses changes; a wrong type keeps the last good one', async () => {
  const options = await openExtensionPage(l, 'options');
  const refused = await send(options, 'policy/simulate', { value: { playbook: playbook('policy-1'), locked: true } });
  expect((refused.data as { ok: boolean; error: string }).error).toBe('policy simulation is not enabled');

  await options.evaluate(() => chrome.storage.local.set({ 'icpfit:test-hooks': true }));
  const ok = await send(options, 'policy/simulate', { value: { playbook: playbook('policy-1'), locked: true } });
  expect(ok.data).toEqual({ ok: true });
  await options.reload();
  const status = options.getByTestId('playbook-status');
  await expect(status).toContainText('Team playbook vpolicy-1');
  await expect(status).toContainText('source: Chrome policy');
  await expect(options.getByTestId('playbook-lock')).toBeVisible();
  await expect(options.getByTestId('playbook-file')).toHaveCount(0);
  await expect(options.getByTestId('subscribe')).toHaveCount(0);
  const imported = await send(options, 'playbook/import', { text: playbook('mine'), source: 'file' });
  expect(JSON.stringify(imported.data)).toMatch(/locked/);

  await send(options, 'policy/simulate', { value: { playbook: 42, locked: true } });
  await options.reload();
  await expect(options.getByTestId('policy-error')).toContainText('policy "playbook" must be a playbook object or its JSON text');
  await expect(status).toContainText('Team playbook vpolicy-1');

  // the policy goes away: unlocked, the playbook stays until someone changes it
  await send(options, 'policy/simulate', { value: null });
  await options.reload();
  await expect(options.getByTestId('playbook-lock')).toHaveCount(0);
  await expect(options.getByTestId('playbook-file')).toBeVisible();
});
