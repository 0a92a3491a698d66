import { AxeBuilder } from '@axe-core/playwright';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Page } from '@playwright/test';
import { expect, test } from './support/test';
import { badgeOf, openExtensionPage, tabIdOf, type Launched } from './support/extension';
import { serveFixture } from './support/fixtures';
import { PANEL_VIEWPORT, saveScreens } from './support/screens';

// The playbook editor (options #editor), import/export in the Playbook tab, and what the side
// panel shows when the playbook changes — the built extension in real Chromium.
const ACME = 'https://www.linkedin.com/company/acme-analytics/';

let l: Launched;
test.beforeEach(async ({ l: launched }) => {
  l = launched;
  await serveFixture(l.context, ACME, 'e2e/company-guest.acme.html');
});

const status = (p: Page) => p.evaluate(() => chrome.runtime.sendMessage({ type: 'playbook/status', data: {} })).then((r) => (r as { data: { name: string; version: string; source: string } }).data);

/** Acme's page scored in a tab, and the side panel pinned to it. */
async function panelForAcme(): Promise<Page> {
  const page = await l.context.newPage();
  await page.goto(ACME);
  const panel = await openExtensionPage(l, 'sidepanel');
  const tabId = await tabIdOf(panel, ACME + '*');
  await expect.poll(async () => (await badgeOf(panel, tabId)).text).toMatch(/^(A|B|C|DQ)$/);
  await panel.setViewportSize(PANEL_VIEWPORT);
  await panel.goto(panel.url().split('?')[0] + `?tabId=${tabId}`);
  await expect(panel.getByTestId('score')).toHaveText(/\d+\/100/);
  return panel;
}

/**
 * Put a whole text into a text area as a paste does (one input event). Playwright's fill types
 * through the editing pipeline and takes seconds for a 26 KB playbook; the page's own handling
 * takes milliseconds.
 */
async function paste(field: import('@playwright/test').Locator, text: string): Promise<void> {
  await field.evaluate((el: HTMLTextAreaElement, v) => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(el, v);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

async function openEditor(): Promise<Page> {
  const options = await openExtensionPage(l, 'options');
  await options.goto(options.url().split('#')[0] + '#editor');
  await expect(options.getByTestId('validation-summary')).toHaveText(/^Valid/);
  return options;
}

test('edit a criterion: the preview rescores as you type, Save rescores the side panel, which says once what changed', async () => {
  const panel = await panelForAcme();
  await expect(panel.getByTestId('criterion-industry-software')).toHaveAttribute('data-state', 'matched');
  const before = await panel.getByTestId('icp-switcher').textContent();
  await expect(panel.getByTestId('playbook-footer')).toContainText('ICP Fit starter playbook v2026.4 · source: built-in starter');

  const options = await openEditor();
  // the preview scores the account stored last (Acme) with the draft
  await expect(options.getByTestId('preview-account')).toHaveValue(/acme/);
  await options.getByTestId('preview-icp-pick').selectOption('outbound-saas');
  await expect(options.getByTestId('preview-criterion-industry-software')).toHaveAttribute('data-state', 'matched');
  const previewBefore = await options.getByTestId('preview-score').textContent();
  await expect(options.getByTestId('points-total')).toHaveText('100 points');

  const criterion = options.getByTestId('edit-criterion-industry-software');
  await criterion.locator('[data-field="icps[0].criteria[0].values"]').fill('Hospitals and Health Care');
  await expect(options.getByTestId('preview-criterion-industry-software')).toHaveAttribute('data-state', 'missed');
  await expect(options.getByTestId('preview-score')).not.toHaveText(previewBefore!);
  await options.locator('[data-field="version"]').fill('2027.1');
  await saveScreens(options, 'editor');
  await options.evaluate(() => window.scrollTo(0, 0));
  await saveScreens(options, 'editor-first-screen', { fullPage: false });

  await options.getByTestId('save').click();
  await expect(options.getByTestId('editor-notice')).toContainText('Saved: version 2027.1 is now in use');
  await expect(options.getByTestId('save')).toBeDisabled();

  // the side panel follows: rescored, with the notice and its changes, and the footer
  await panel.bringToFront();
  // Acme is no longer a software company for "Outbound sales tool": another ICP fits best now
  await expect(panel.getByTestId('icp-switcher')).not.toHaveText(before!, { timeout: 15_000 });
  await panel.getByTestId('icp-switcher').getByRole('button', { name: /Outbound sales tool/ }).click();
  await expect(panel.getByTestId('criterion-industry-software')).toHaveAttribute('data-state', 'missed');
  const notice = panel.getByTestId('playbook-updated');
  await expect(notice).toContainText('Playbook updated to v2027.1');
  await notice.getByText('What changed').click();
  await expect(notice).toContainText('Version 2026.4 → 2027.1');
  await expect(notice).toContainText('Hospitals and Health Care');
  await expect(panel.getByTestId('playbook-footer')).toContainText('ICP Fit starter playbook v2027.1 · source: local edits');
  await saveScreens(panel, 'panel-playbook-updated', { fullPage: false });

  // shown once: a reopened panel does not show it again
  await panel.reload();
  await expect(panel.getByTestId('score')).toHaveText(/\d+\/100/);
  await expect(panel.getByTestId('playbook-footer')).toContainText('v2027.1');
  await expect(panel.getByTestId('playbook-updated')).toHaveCount(0);
});

test('the preview lists what a persona would say and ask, as the side panel does, and follows an edited talking point', async () => {
  const panel = await panelForAcme();
  await panel.getByTestId('persona-picker').selectOption('head-of-sales');
  await expect(panel.getByTestId('persona')).toContainText('Your pick: Head of Sales');
  const points = await panel.getByTestId('talking-points').locator('bdi').allTextContents();
  const questions = await panel.getByTestId('questions').locator('bdi').allTextContents();
  expect(points.length).toBeGreaterThan(0);
  expect(questions.length).toBeGreaterThan(0);

  const options = await openEditor();
  await expect(options.getByTestId('preview-account')).toHaveValue(/acme/);
  // the draft's first persona is shown until another is picked
  await expect(options.getByTestId('preview-persona')).toHaveValue('founder-ceo');
  await options.getByTestId('preview-persona').selectOption('head-of-sales');
  await expect(options.getByTestId('preview-points').locator('li')).toHaveText(points);
  await expect(options.getByTestId('preview-questions').locator('li')).toHaveText(questions);

  // edit the persona's unconditional point: the preview says the new words, placeholder filled
  const form = options.getByTestId('persona-form').filter({ hasText: 'Head of Sales' });
  await form.locator('summary').click();
  await form.locator('[data-field="personas[1].talkingPoints[2].text"]').fill('{{name}} reps: ask how they pick accounts today.');
  await expect(options.getByTestId('preview-points')).toContainText('Acme Analytics reps: ask how they pick accounts today.');
  await options.getByTestId('preview').screenshot({ path: 'test-results/screens/editor-preview-persona.png' });

  // no persona: no talking points, the questions about what is unknown stay
  await options.getByTestId('preview-persona').selectOption('');
  await expect(options.getByTestId('preview-points')).toHaveCount(0);
  await expect(options.getByTestId('preview-questions').locator('li').first()).toBeVisible();
});

test('a playbook changed elsewhere while the editor is open is announced; the unsaved draft is kept', async () => {
  const options = await openEditor();
  await options.locator('[data-field="owner"]').fill('RevOps — draft in progress');
  // another page (or a URL check) activates a new version meanwhile
  const other = await openExtensionPage(l, 'options');
  const current = (await other.evaluate(() => chrome.runtime.sendMessage({ type: 'playbook/current', data: {} }))) as { data: { text: string } };
  const next = { ...JSON.parse(current.data.text), version: '2027.9' };
  const r = (await other.evaluate((text) => chrome.runtime.sendMessage({ type: 'playbook/import', data: { text, source: 'file' } }), JSON.stringify(next))) as { ok: boolean; data: { ok: boolean } };
  expect(r.ok && r.data.ok).toBe(true);
  await options.bringToFront();
  await expect(options.getByTestId('editor-notice')).toContainText('The playbook in use changed to v2027.9 while this editor was open');
  await expect(options.locator('[data-field="owner"]')).toHaveValue('RevOps — draft in progress');
});

/** A playbook with three problems zod and the cross-checks find (by path). */
function badPlaybook(): string {
  return JSON.stringify({
    format: 'icp-fit/playbook@1',
    name: 'Bad',
    version: '9',
    icps: [{ id: 'x', name: 'X', criteria: [{ id: 'c', label: 'c', layer: 'firmographic', points: -5, fact: 'hqRegion', is: 'in', values: ['westeros'] }], tiers: [{ name: 'A', min: 10 }], surprise: 1 }],
  });
}

test('a file dropped on the editor opens as an unsaved draft with its problems by field; the playbook in use is unchanged until Save', async () => {
  const options = await openEditor();
  const before = await status(options);
  const dropOn = (name: string, text: string) =>
    options.getByTestId('editor').evaluate((el, [n, t]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t!], n!, { type: 'application/json' }));
      el.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      el.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, [name, text]);

  await dropOn('notes.json', 'not json at all');
  await expect(options.getByTestId('editor-notice')).toContainText('notes.json was not opened: it is not a JSON object');
  await expect(options.getByTestId('validation-summary')).toHaveText(/^Valid/);

  await dropOn('bad.json', badPlaybook());
  await expect(options.getByTestId('editor-notice')).toContainText('bad.json is open as an unsaved draft');
  await expect(options.locator('[data-field="name"]')).toHaveValue('Bad');
  await expect(options.getByTestId('validation-summary')).not.toHaveText(/^Valid/);
  await expect(options.getByTestId('save')).toBeDisabled();
  expect(await status(options)).toEqual(before);

  // the same through the picker, with a good file: Save makes it the playbook in use
  const good = JSON.parse((await options.evaluate(() => chrome.runtime.sendMessage({ type: 'playbook/current', data: {} })) as { data: { text: string } }).data.text);
  await options.getByTestId('editor-open-file').setInputFiles({ name: 'team.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...good, version: '2027.2' })) });
  await expect(options.getByTestId('editor-notice')).toContainText('team.json is open as an unsaved draft');
  await expect(options.getByTestId('validation-summary')).toHaveText(/^Valid/);
  expect((await status(options)).version).toBe(before.version);
  await options.getByTestId('save').click();
  await expect(options.getByTestId('editor-notice')).toContainText('Saved: version 2027.2 is now in use');
  expect((await status(options)).version).toBe('2027.2');
});

test('import by drag-and-drop and by paste: a bad file lists every problem and changes nothing; export has $schema', async () => {
  const options = await openExtensionPage(l, 'options');
  const before = await status(options);
  await expect(options.getByTestId('playbook-status')).toContainText('v2026.4');

  // a file dropped on the drop zone, as the browser delivers it
  await options.getByTestId('playbook-drop').evaluate((zone, text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'bad.json', { type: 'application/json' }));
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, badPlaybook());
  const problems = options.getByTestId('problems');
  await expect(problems).toContainText('icps[0].criteria[0].points');
  await expect(problems).toContainText('"westeros" is not a region');
  await expect(problems).toContainText('icps[0].tiers[0].min');
  await expect(problems).toContainText('surprise');
  await saveScreens(options, 'playbook-import-refused', { fullPage: false });
  expect(await status(options)).toEqual(before);

  // pasted: the same atomic import
  await options.getByTestId('paste-open').click();
  await options.getByTestId('paste-json').fill('{"format": "icp-fit/playbook@1", "name": ');
  await options.getByTestId('paste-import').click();
  await expect(problems).toContainText('not valid JSON');
  await options.getByTestId('paste-json').fill(badPlaybook());
  await options.getByTestId('paste-import').click();
  await expect(problems).toContainText('icps[0].criteria[0].points');
  expect(await status(options)).toEqual(before);
  const good = JSON.parse(badPlaybook());
  good.icps[0] = { id: 'x', name: 'X', criteria: [{ id: 'c', label: 'c', layer: 'firmographic', points: 100, fact: 'hqRegion', is: 'in', values: ['europe'] }], tiers: [{ name: 'A', min: 0 }] };
  await options.getByTestId('paste-json').fill(JSON.stringify(good));
  await options.getByTestId('paste-import').click();
  await expect(options.getByTestId('playbook-status')).toContainText('Bad v9');
  await expect(problems).toHaveCount(0);

  // export: <name>-<version>.json with a $schema reference, the playbook in use
  const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('export-playbook').click()]);
  expect(download.suggestedFilename()).toBe('bad-9.json');
  const exported = JSON.parse(await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8')));
  expect(Object.keys(exported)[0]).toBe('$schema');
  expect(exported.$schema).toBe('./playbook.schema.json');
  expect(exported.icps[0].criteria[0].values).toEqual(['europe']);
});

test('inline validation, undo, raw JSON view, reorder and duplicate in the editor', async () => {
  const options = await openEditor();
  const name = options.locator('[data-field="name"]');
  const summary = options.getByTestId('validation-summary');
  await name.fill('');
  await expect(summary).toHaveText('1 problem to fix before saving');
  await expect(options.locator('[data-problem-for="name"]')).toHaveText('must not be empty');
  await expect(options.getByTestId('save')).toBeDisabled();
  await options.getByTestId('undo').click();
  await expect(name).toHaveValue('ICP Fit starter playbook');
  await expect(summary).toHaveText(/^Valid/);
  await expect(options.getByTestId('save')).toBeDisabled(); // nothing to save: back to the playbook in use

  // a points change shows in the running total; Ctrl+Z outside a text field undoes it
  const points = options.locator('[data-field="icps[0].criteria[0].points"]');
  await points.fill('30');
  await expect(options.getByTestId('points-total')).toHaveText('110 points — not 100');
  await expect(options.locator('[data-problem-for="icps[0].criteria"]')).toContainText('points add up to 110');
  await expect(options.getByTestId('save')).toBeEnabled(); // a warning does not block saving
  await options.locator('h2#editor-h').click();
  await options.keyboard.press('Control+z');
  await expect(points).toHaveValue('20');
  await options.keyboard.press('Control+Shift+z');
  await expect(points).toHaveValue('30');
  await options.getByTestId('undo').click();

  // switching the fact keeps only operators that apply to it
  const op = options.locator('[data-field="icps[0].criteria[1].is"]');
  await expect(op).toHaveValue('between');
  await options.locator('[data-field="icps[0].criteria[1].fact"]').selectOption('lastFundingDate');
  await expect(op).toHaveValue('within-days');
  expect(await op.locator('option').allTextContents()).toEqual(['within-days', 'present', 'absent']);
  await expect(options.locator('[data-problem-for="icps[0].criteria[1].days"]')).toHaveText('required by "within-days"');
  await options.getByTestId('undo').click();
  await expect(op).toHaveValue('between');

  // reorder ICPs by keyboard (Alt+↓ on a row) and by dragging the handle; duplicate one
  const icpRows = options.getByTestId('icps-row');
  const firstTwo = async () => (await icpRows.locator('.icp-pick .grow').allTextContents()).slice(0, 2);
  const [a, b] = await firstTwo();
  await icpRows.first().locator('.icp-pick').focus();
  await options.keyboard.press('Alt+ArrowDown');
  await expect.poll(firstTwo).toEqual([b, a]);
  await icpRows.nth(1).locator('.handle').dragTo(icpRows.first());
  await expect.poll(firstTwo).toEqual([a, b]);
  await icpRows.first().getByRole('button', { name: /^Duplicate/ }).click();
  await expect.poll(firstTwo).toEqual([a, `${a} (copy)`]);
  await expect(options.locator('[data-field="icps[1].id"]')).toHaveValue('outbound-saas-copy');
  await expect(summary).toHaveText(/^Valid/);

  // lists nest: Alt+↓ in a persona's talking point moves that talking point, not the persona
  const personas = async () => options.getByTestId('personas-row').locator('summary').allTextContents();
  const personasBefore = await personas();
  await options.getByTestId('persona-form').first().locator('summary').click();
  const tp = (i: number) => options.locator(`[data-field="personas[0].talkingPoints[${i}].text"]`);
  const [tp0, tp1] = [await tp(0).inputValue(), await tp(1).inputValue()];
  await options.getByTestId('talking-points-row').first().getByRole('button', { name: 'Move talking point 1 down' }).focus();
  await options.keyboard.press('Alt+ArrowDown');
  await expect(tp(0)).toHaveValue(tp1);
  await expect(tp(1)).toHaveValue(tp0);
  expect(await personas()).toEqual(personasBefore);

  // the raw JSON view: same validation, syntax errors kept as text, back to the forms from valid JSON
  await options.getByTestId('toggle-raw').click();
  const raw = options.getByTestId('raw-json');
  const doc = JSON.parse(await raw.inputValue());
  expect(doc.icps[1].name).toBe(`${a} (copy)`);
  doc.icps[0].criteria[0].points = -5;
  await paste(raw, JSON.stringify(doc, null, 2));
  await expect(options.getByTestId('problems')).toContainText('icps[0].criteria[0].points');
  await expect(summary).toHaveText('1 problem to fix before saving');
  await raw.fill('{ "format": ');
  await expect(options.getByTestId('raw-syntax')).toContainText('Not valid JSON');
  await expect(options.getByTestId('back-to-forms')).toBeDisabled();
  doc.icps[0].criteria[0].points = 25;
  doc.name = 'Edited as JSON';
  // a stage written another way than the picker lists it stays as written
  Object.assign(doc.icps[0].criteria[2], { is: 'between', min: 'Series A', max: 'series-b', values: undefined });
  await paste(raw, JSON.stringify(doc, null, 2));
  await options.getByTestId('back-to-forms').click();
  await expect(name).toHaveValue('Edited as JSON');
  await expect(points).toHaveValue('25');
  await expect(options.locator('[data-field="icps[0].criteria[2].min"]')).toHaveValue('Series A');
  await expect(options.locator('[data-field="icps[0].criteria[2].max"]')).toHaveValue('series-b');
  await expect(summary).toHaveText(/^Valid/);
  await saveScreens(options, 'editor-validation', { fullPage: false });

  // unsaved work survives a visit to another options tab; discarding ends it
  await options.getByRole('tab', { name: 'Playbook' }).click();
  await expect(options.getByTestId('playbook-status')).toContainText('v2026.4');
  await options.getByRole('tab', { name: 'Editor' }).click();
  await expect(name).toHaveValue('Edited as JSON');
  await expect(options.getByTestId('editor-notice')).toContainText('Your unsaved changes are back');
  await options.getByTestId('discard').click();
  await expect(name).toHaveValue('ICP Fit starter playbook');
  await options.reload();
  await expect(name).toHaveValue('ICP Fit starter playbook');
  await expect(options.getByTestId('editor-notice')).toHaveCount(0);
});

test('a playbook locked by Chrome policy opens read-only in the editor', async () => {
  const options = await openExtensionPage(l, 'options');
  await options.evaluate(() => chrome.storage.local.set({ 'icpfit:test-hooks': true }));
  const policyPlaybook = JSON.parse(badPlaybook());
  policyPlaybook.icps[0] = { id: 'x', name: 'X', criteria: [{ id: 'c', label: 'Europe', layer: 'firmographic', points: 100, fact: 'hqRegion', is: 'in', values: ['europe'] }], tiers: [{ name: 'A', min: 0 }] };
  const r = await options.evaluate((v) => chrome.runtime.sendMessage({ type: 'policy/simulate', data: { value: { playbook: v, locked: true } } }), JSON.stringify(policyPlaybook));
  expect(r).toEqual({ ok: true, data: { ok: true } });
  await options.goto(options.url().split('#')[0] + '#editor');
  await expect(options.getByTestId('editor-lock')).toBeVisible();
  await expect(options.locator('[data-field="name"]')).toHaveValue('Bad');
  await expect(options.locator('[data-field="name"]')).toHaveAttribute('readonly', '');
  await expect(options.locator('[data-field="icps[0].criteria[0].fact"]')).toBeDisabled();
  await expect(options.getByTestId('save')).toHaveCount(0);
  await expect(options.getByTestId('undo')).toHaveCount(0);
  await expect(options.getByTestId('add-criterion')).toHaveCount(0);
  await expect(options.locator('.handle')).toHaveCount(0);
  await expect(options.getByTestId('preview')).toBeVisible();
});

/** Serious or critical accessibility problems axe finds on the page. */
async function axeSerious(page: Page): Promise<string[]> {
  const { violations, passes } = await new AxeBuilder({ page }).analyze();
  expect(passes.length, 'axe ran its checks').toBeGreaterThan(10);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

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
