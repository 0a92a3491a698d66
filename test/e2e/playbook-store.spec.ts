import { type Page } from '@playwright/test';
import { expect, test } from './support/test';
import { badgeOf, openExtensionPage, tabIdOf, type Launched } from './support/extension';
import { serveFixture } from './support/fixtures';

const ACME = 'https://www.linkedin.com/company/acme-analytics/';
let l: Launched;
test.beforeEach(async ({ l: launched }) => {
  l = launched;
  await serveFixture(l.context, ACME, 'e2e/company-guest.acme.html');
});

const status = (p: Page) => p.evaluate(() => chrome.runtime.sendMessage({ type: 'playbook/status', data: {} })).then((r) => (r as { data: { name: string; version: string; fallbackReason?: string } }).data);

/** A one-ICP playbook where Acme (51-200 employees, software) lands in tier "Low". */
function tinyPlaybook(version: string, minEmployees: number) {
  return JSON.stringify({
    format: 'icp-fit/playbook@1',
    name: 'Team playbook',
    version,
    icps: [
      {
        id: 'big-software',
        name: 'Big software companies',
        criteria: [{ id: 'size', label: `At least ${minEmployees} employees`, layer: 'firmographic', points: 100, fact: 'employees', is: 'at-least', value: minEmployees }],
        tiers: [
          { name: 'Top', min: 70, action: 'Call today' },
          { name: 'Low', min: 0, action: 'Later' },
        ],
      },
    ],
  });
}

test('importing a bad playbook lists every problem and keeps the playbook in use; a good one rescores', async () => {
  const page = await l.context.newPage();
  await page.goto(ACME);
  const options = await openExtensionPage(l, 'options');
  const tabId = await tabIdOf(options, ACME + '*');
  await expect.poll(async () => (await badgeOf(options, tabId)).text).toBe('A');
  const before = await status(options);

  const bad = JSON.parse(tinyPlaybook('2027.1', 50));
  bad.icps[0].criteria[0].points = -5;
  bad.icps[0].surprise = true;
  await options.getByTestId('playbook-file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  const problems = options.getByTestId('problems');
  await expect(problems).toContainText('icps[0].criteria[0].points');
  await expect(problems).toContainText('icps[0]');
  await expect(problems).toContainText('surprise');
  expect(await status(options)).toEqual(before);

  await options.getByTestId('playbook-file').setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(tinyPlaybook('2027.1', 500)) });
  await expect(options.getByTestId('playbook-status')).toContainText('Team playbook');
  await expect.poll(async () => (await badgeOf(options, tabId)).text, { timeout: 15_000 }).toBe('Low');
});

test('a damaged stored playbook falls back to the previous valid one, and the options page says so', async () => {
  const options = await openExtensionPage(l, 'options');
  await options.getByTestId('playbook-file').setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(tinyPlaybook('2027.1', 500)) });
  await expect(options.getByTestId('playbook-status')).toContainText('2027.1');
  // Damage: a newer row whose text is not a valid playbook, written straight into the extension's IndexedDB.
  await options.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('icp-fit');
        open.onsuccess = () => {
          const tx = open.result.transaction('playbooks', 'readwrite');
          tx.objectStore('playbooks').add({ version: '2027.2', name: 'Team playbook', source: 'file', text: '{"format":"icp-fit/playbook@1","name":', activatedAt: Date.now() });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
  await options.reload();
  await expect(options.getByTestId('playbook-status')).toContainText('2027.1');
  await expect(options.getByText('Using an older playbook')).toBeVisible();
  const s = await status(options);
  expect(s.version).toBe('2027.1');
  expect(s.fallbackReason).toMatch(/damaged/);
});
