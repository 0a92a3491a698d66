import { expect, test } from './support/test';
import { ACME, paste, openEditor, badPlaybook } from './support/editor';
import { openExtensionPage, type Launched } from './support/extension';
import { serveFixture } from './support/fixtures';
import { saveScreens } from './support/screens';

// The playbook editor (options #editor), import/export in the Playbook tab, and what the side
// panel shows when the playbook changes — the built extension in real Chromium.

let l: Launched;
test.beforeEach(async ({ l: launched }) => {
  l = launched;
  await serveFixture(l.context, ACME, 'e2e/company-guest.acme.html');
});
test('inline validation, undo, raw JSON view, reorder and duplicate in the editor', async () => {
  const options = await openEditor(l);
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
