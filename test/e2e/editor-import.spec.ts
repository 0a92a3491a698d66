import { expect, test } from './support/test';
import { ACME, status, openEditor, badPlaybook } from './support/editor';
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

test('a file dropped on the editor opens as an unsaved draft with its problems by field; the playbook in use is unchanged until Save', async () => {
  const options = await openEditor(l);
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
