import { expect, test } from './support/test';
import { ACME, panelForAcme, openEditor } from './support/editor';
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

test('edit a criterion: the preview rescores as you type, Save rescores the side panel, which says once what changed', async () => {
  const panel = await panelForAcme(l);
  await expect(panel.getByTestId('criterion-industry-software')).toHaveAttribute('data-state', 'matched');
  const before = await panel.getByTestId('icp-switcher').textContent();
  await expect(panel.getByTestId('playbook-footer')).toContainText('ICP Fit starter playbook v2026.4 · source: built-in starter');

  const options = await openEditor(l);
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
  const panel = await panelForAcme(l);
  await panel.getByTestId('persona-picker').selectOption('head-of-sales');
  await expect(panel.getByTestId('persona')).toContainText('Your pick: Head of Sales');
  const points = await panel.getByTestId('talking-points').locator('bdi').allTextContents();
  const questions = await panel.getByTestId('questions').locator('bdi').allTextContents();
  expect(points.length).toBeGreaterThan(0);
  expect(questions.length).toBeGreaterThan(0);

  const options = await openEditor(l);
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
  const options = await openEditor(l);
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
