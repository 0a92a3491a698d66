import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './support/test';
import { ACME, status, badPlaybook } from './support/editor';
import { openExtensionPage, type Launched } from './support/extension';
import { serveFixture } from './support/fixtures';
import { axeSerious } from './support/panel';

// The playbook editor (options #editor), import/export in the Playbook tab, and what the side
// panel shows when the playbook changes — the built extension in real Chromium.

let l: Launched;
test.beforeEach(async ({ l: launched }) => {
  l = launched;
  await serveFixture(l.context, ACME, 'e2e/company-guest.acme.html');
});
test('a suggested playbook handed over by another tab opens as an unsaved draft, once; axe finds nothing serious', async () => {
  const options = await openExtensionPage(l, 'options');
  const suggested = JSON.parse(badPlaybook());
  suggested.name = 'Suggested from my customers';
  await options.evaluate((text) => sessionStorage.setItem('icp-fit/editor-draft', text), JSON.stringify(suggested));
  await options.goto(options.url().split('#')[0] + '#editor');
  await expect(options.getByTestId('editor-notice')).toContainText('unsaved draft');
  await expect(options.locator('[data-field="name"]')).toHaveValue('Suggested from my customers');
  // its problems are listed and it cannot be saved as is; the playbook in use is untouched
  await expect(options.getByTestId('validation-summary')).toHaveText(/problems? to fix before saving/);
  await expect(options.getByTestId('save')).toBeDisabled();
  expect(await options.evaluate(() => sessionStorage.getItem('icp-fit/editor-draft'))).toBeNull();
  expect((await status(options)).version).toBe('2026.4');
  expect(await axeSerious(options)).toEqual([]);
  await options.getByTestId('discard').click();
  await expect(options.locator('[data-field="name"]')).toHaveValue('ICP Fit starter playbook');
  await options.getByTestId('persona-form').first().locator('summary').click();
  expect(await axeSerious(options)).toEqual([]);
  await options.reload();
  await expect(options.locator('[data-field="name"]')).toHaveValue('ICP Fit starter playbook');
  await expect(options.getByTestId('editor-notice')).toHaveCount(0);
});

test('the side panel footer names the playbook, its source and, for a URL, when it was last checked and changed', async () => {
  // a loopback host with the CORS headers docs/team-rollout.md asks for (no host permission needed)
  const body = JSON.stringify({ format: 'icp-fit/playbook@1', name: 'Team playbook', version: '2027.2', icps: [{ id: 'x', name: 'X', criteria: [{ id: 'c', label: 'Europe', layer: 'firmographic', points: 100, fact: 'hqRegion', is: 'in', values: ['europe'] }], tiers: [{ name: 'A', min: 0 }] }] });
  const server = createServer((req, res) => {
    const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'If-None-Match, If-Modified-Since' };
    if (req.method === 'OPTIONS') return void res.writeHead(204, cors).end();
    res.writeHead(200, { ...cors, 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/playbook.json`;
  await l.context.route(`${url}*`, (route) => route.continue());
  try {
    const panel = await openExtensionPage(l, 'sidepanel');
    const footer = panel.getByTestId('playbook-footer');
    await expect(footer).toContainText('ICP Fit starter playbook v2026.4 · source: built-in starter');
    await expect(panel.getByTestId('playbook-footer-checked')).toHaveCount(0);
    const r = await panel.evaluate((u) => chrome.runtime.sendMessage({ type: 'playbook/subscribe', data: { url: u } }), url);
    expect((r as { data: { ok: boolean } }).data.ok).toBe(true);
    await expect(footer).toContainText('Team playbook v2027.2 · source: URL');
    await expect(panel.getByTestId('playbook-footer-checked')).toHaveText(/^URL checked .*\d.* · changed .*\d/);
    await expect(panel.getByTestId('playbook-updated')).toContainText('Playbook updated to v2027.2');
  } finally {
    await new Promise<void>((r) => server.close(() => r()));
  }
});
