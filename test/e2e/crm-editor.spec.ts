import { expect, test } from './support/test';
import { openEditor } from './support/editor';
import { send, type Launched } from './support/extension';

// Issue 19: the playbook's CRM rules in the editor (options #editor): added, edited, checked like
// every other field, saved into the playbook in use.
let l: Launched;
test.beforeEach(({ l: launched }) => {
  l = launched;
});

test('the editor adds a CRM rule, checks it, and saves it into the playbook in use', async () => {
  const options = await openEditor(l);
  const section = options.getByTestId('crm-rules');
  await expect(section.getByRole('heading', { name: 'Accounts already in the CRM' })).toBeVisible();
  await options.getByTestId('crm-rule-add').click();
  const action = options.locator('[data-field="crm.rules[0].action"]');
  await expect(action).toHaveValue('Customer — talk to {{owner}}');
  await expect(options.locator('[data-field="crm.rules[0].stages"]')).toHaveValue('Customer');

  // a mark longer than the format allows is shown as a problem next to the field, and Save waits
  await options.locator('[data-field="crm.rules[0].mark"]').fill('x'.repeat(81));
  await expect(options.getByTestId('validation-summary')).not.toHaveText(/^Valid/);
  await options.locator('[data-field="crm.rules[0].mark"]').fill('Owned by {{owner}}');
  await options.locator('[data-field="crm.rules[0].owner"]').selectOption('someone');
  await action.fill('Customer — call {{owner}} first');
  await expect(options.getByTestId('validation-summary')).toHaveText(/^Valid/);
  await options.locator('[data-field="version"]').fill('2027.crm');
  await options.getByTestId('save').click();
  await expect(options.getByTestId('editor-notice')).toContainText('Saved: version 2027.crm is now in use');

  const current = await send<{ text: string }>(options, 'playbook/current', {});
  expect(JSON.parse(current.data.text).crm).toEqual({ rules: [{ stages: ['Customer'], owner: 'someone', action: 'Customer — call {{owner}} first', mark: 'Owned by {{owner}}' }] });
});
