import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { send, type Launched } from './support/extension';
import { serveFixture } from './support/fixtures';
import { axeSerious, panelFor } from './support/panel';
import { saveScreens } from './support/screens';
import { HubSpotStandIn, PORTAL_ID } from './support/hubspot-stand-in';

// Issue 19 §2: Send to HubSpot, in real Chromium, with https://api.hubapi.com routed to a local
// stand-in that checks the token, the paths and the bodies (support/hubspot-stand-in.ts).
const ACME = 'https://www.linkedin.com/company/acme-analytics/';
const BETA = 'https://www.linkedin.com/company/beta-freight/';

let l: Launched;
let hub: HubSpotStandIn;
test.beforeEach(async ({ l: launched }) => {
  l = launched;
  hub = new HubSpotStandIn();
  await hub.install(l.context);
  await serveFixture(l.context, ACME, 'e2e/company-guest.acme.html');
  await serveFixture(l.context, BETA, 'e2e/company-loggedin.beta.html');
});
test.afterEach(() => expect(hub.unexpected).toEqual([]));

/**
 * Headless Chromium cannot show Chrome's permission prompt (permissions.request never settles),
 * so the options page answers it here as a rep clicking Allow would, and records what was asked.
 * The stand-in sends CORS headers, so the worker's requests pass without a real grant.
 */
async function answerPermissionPrompts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    if (location.protocol !== 'chrome-extension:') return;
    const asked: unknown[] = [];
    Object.assign(window, { __permissionAsks: asked });
    chrome.permissions.request = ((p: chrome.permissions.Permissions) => (asked.push(p), Promise.resolve(true))) as typeof chrome.permissions.request;
  });
}

/** Connect on the CRM tab; `refusedFirst`: the error the first attempt shows (then the rep tries again). */
async function connect(refusedFirst?: string): Promise<Page> {
  const options = await l.context.newPage();
  await answerPermissionPrompts(options);
  await options.goto(`chrome-extension://${l.extensionId}/options.html#crm`);
  if (refusedFirst) {
    await options.getByTestId('hubspot-token').fill(hub.token);
    await options.getByTestId('hubspot-connect').click();
    await expect(options.getByTestId('hubspot-error')).toContainText(refusedFirst);
    expect(await options.evaluate(() => chrome.storage.local.get('icpfit:hubspot'))).toEqual({}); // nothing kept
  }
  await options.getByTestId('hubspot-token').fill(hub.token);
  await options.getByTestId('hubspot-connect').click();
  await expect(options.getByTestId('hubspot-connected')).toContainText(`Connected to HubSpot account ${PORTAL_ID}`);
  expect((await options.evaluate(() => (window as unknown as { __permissionAsks: unknown[] }).__permissionAsks)).at(-1)).toEqual({ origins: ['https://api.hubapi.com/*'] });
  return options;
}

test('Send to HubSpot creates once, updates after, survives a 429 and a dropped network; the token stays out of backups and diagnostics', async () => {
  const { panel } = await panelFor(l, ACME);
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText('Acme Analytics');
  await expect(panel.getByTestId('hubspot-send')).toHaveCount(0); // not connected: no button
  expect(hub.calls).toEqual([]); // nothing sent before Connect

  const options = await connect();
  expect(hub.calls.slice(0, 2)).toEqual(['GET /account-info/v3/details', 'POST /crm/v3/properties/companies/groups']);
  expect(hub.groups).toEqual(new Set(['icp_fit']));
  expect([...hub.properties].sort()).toEqual(['icp_fit_coverage', 'icp_fit_icp', 'icp_fit_matched', 'icp_fit_missed', 'icp_fit_playbook_version', 'icp_fit_score', 'icp_fit_scored_at', 'icp_fit_tier']);

  await panel.reload();
  await expect(panel.getByTestId('hubspot-live')).toHaveText('Not in HubSpot yet (asked HubSpot)');
  await panel.getByTestId('hubspot-send-button').click();
  await expect(panel.getByTestId('hubspot-sent')).toContainText('Created in HubSpot.');
  await expect(panel.getByTestId('hubspot-live')).toHaveText('In HubSpot (asked HubSpot)');
  expect(hub.companies.size).toBe(1);
  expect(await axeSerious(panel)).toEqual([]);
  await saveScreens(panel, 'panel-hubspot-sent');
  const [id, props] = [...hub.companies][0]!;
  await expect(panel.getByTestId('hubspot-record-link')).toHaveAttribute('href', `https://app.hubspot.com/contacts/${PORTAL_ID}/record/0-2/${id}`);
  expect(props).toMatchObject({ name: 'Acme Analytics', domain: 'acme-analytics.io', icp_fit_playbook_version: expect.any(String) });
  expect(props.icp_fit_scored_at).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(props.icp_fit_tier).toBeTruthy();

  // again: found by domain, updated, never a second company
  await panel.getByTestId('hubspot-send-button').click();
  await expect(panel.getByTestId('hubspot-sent')).toContainText('Updated in HubSpot');
  expect(hub.companies.size).toBe(1);
  expect(hub.calls.filter((c) => c.startsWith('PATCH'))).toEqual([`PATCH /crm/v3/objects/companies/${id}`]);

  // a 429 with Retry-After: waited out, then the update goes through
  hub.failNext(/^PATCH /, 429, { status: 'error', message: 'You have reached your secondly limit.', errorType: 'RATE_LIMIT', correlationId: 'c-429', policyName: 'SECONDLY' }, { 'retry-after': '1' });
  await panel.getByTestId('hubspot-send-button').click();
  await expect(panel.getByTestId('hubspot-sent')).toContainText('Updated in HubSpot');
  expect(hub.calls.filter((c) => c.startsWith('PATCH'))).toHaveLength(3);
  expect(hub.companies.size).toBe(1);

  // the network drops: queued, visible in Options with its retry alarm, sent on Retry
  hub.offline = true;
  await panel.getByTestId('hubspot-send-button').click();
  await expect(panel.getByTestId('hubspot-sent')).toContainText('It is queued');
  // offline, the panel keeps HubSpot's remembered answer (10 minutes); past that it says HubSpot
  // could not be asked and the imported CRM list, if any, answers
  await panel.reload();
  await expect(panel.getByTestId('hubspot-live')).toHaveText('In HubSpot (asked HubSpot)');
  await panel.evaluate(() => chrome.storage.local.remove('icpfit:hubspot-cache')); // as if the 10 minutes had passed
  await panel.reload();
  await expect(panel.getByTestId('hubspot-live')).toHaveText('HubSpot could not be asked now; the imported CRM list (if any) answers instead.');
  await options.bringToFront();
  await options.reload();
  await expect(options.getByTestId('hubspot-progress')).toContainText('0 of 1 done, 1 waiting');
  await expect(options.getByTestId('hubspot-problem')).toContainText('HubSpot could not be reached');
  const alarm = await options.evaluate(() => chrome.alarms.get('hubspot-queue'));
  expect(alarm?.scheduledTime).toBeGreaterThan(Date.now());
  hub.offline = false;
  await options.getByTestId('hubspot-retry').click();
  await expect(options.getByTestId('hubspot-progress')).toContainText('Sent 1. Created 0 · updated 1 · skipped 0 · failed 0');
  expect(hub.companies.size).toBe(1);

  // the token never leaves storage.local: not in a backup, the diagnostics copy or the CRM export
  const backup = (await send<{ json: string }>(options, 'data/export', {})).data.json;
  const diagnostics = JSON.stringify((await send(options, 'diagnostics/get', {})).data);
  const csv = (await send<{ csv: string }>(options, 'accounts/export-crm', { target: 'hubspot' })).data.csv;
  const session = JSON.stringify(await options.evaluate(() => chrome.storage.session.get(null)));
  for (const text of [backup, diagnostics, csv, session]) expect(text).not.toContain(hub.token);
  expect(diagnostics).toContain('HubSpot send stopped'); // the offline stop was logged, without the token

  // a value HubSpot refuses: the property is named
  hub.failNext(/^PATCH /, 400, { status: 'error', message: 'Property values were not valid: [{"isValid":false,"message":"-5 is not a valid number","error":"INVALID_INTEGER","name":"numberofemployees"}]', correlationId: 'c-400', category: 'VALIDATION_ERROR' });
  await panel.bringToFront();
  await panel.getByTestId('hubspot-send-button').click();
  await expect(panel.getByTestId('hubspot-sent')).toContainText('HubSpot refused the value of "numberofemployees"');

  // a server error: said so, nothing half-done
  await panel.bringToFront();
  hub.failNext(/search$/, 500, { status: 'error', message: 'internal error', correlationId: 'c-500', category: 'INTERNAL_ERROR' });
  await panel.getByTestId('hubspot-send-button').click();
  await expect(panel.getByTestId('hubspot-sent')).toContainText('HubSpot answered 500: internal error. Nothing was lost: try again later.');
  expect(hub.companies.size).toBe(1);

  // an expired token: said so, with what to do
  hub.token = 'pat-na1-99999999-8888-7777-6666-555555555555';
  await panel.bringToFront();
  await panel.getByTestId('hubspot-send-button').click();
  await expect(panel.getByTestId('hubspot-sent')).toContainText('HubSpot refused the token (invalid or expired)');

  // Disconnect erases it
  await options.bringToFront();
  await options.getByTestId('hubspot-disconnect').click();
  await expect(options.getByTestId('hubspot-done')).toHaveText('Disconnected: the token was erased from this browser.');
  const local = JSON.stringify(await options.evaluate(() => chrome.storage.local.get(null)));
  expect(local).not.toContain('pat-na1');
});

test('the Accounts tab sends the ticked rows in batches: one updated, one created, a long 429 waits in the queue until resumed', async () => {
  await panelFor(l, ACME);
  await panelFor(l, BETA);
  // a private app without the schema scope: the scope is named, nothing is kept; the rep adds it and connects again
  hub.failNext(/groups$/, 403, { status: 'error', message: "This app hasn't been granted all required scopes to make this call.", correlationId: 'c-403', category: 'MISSING_SCOPES', context: { requiredScopes: ['crm.schemas.companies.write'] } });
  const options = await connect('The private app lacks the scope crm.schemas.companies.write');
  hub.companies.set('777', { name: 'Beta Freight (CRM)', domain: 'betafreight.com', hubspot_owner_id: '5', lifecyclestage: 'customer' });

  // the panel asks HubSpot itself: stage and owner by name; when HubSpot is unreachable it says the imported list answers
  const { panel } = await panelFor(l, BETA);
  await expect(panel.getByTestId('hubspot-live')).toHaveText('In HubSpot · lifecycle customer · owner Dana Lee (asked HubSpot)');
  await options.bringToFront();

  await options.evaluate(() => (location.hash = '#accounts'));
  await expect(options.getByTestId('account-row')).toHaveCount(2);
  await options.getByTestId('account-select-all').check();
  // a rate limit longer than is worth waiting in place: the run stops, says so, and is retried later
  hub.failNext(/search$/, 429, { status: 'error', message: 'You have reached your ten secondly limit.', errorType: 'RATE_LIMIT', correlationId: 'c-429', policyName: 'TEN_SECONDLY_ROLLING' }, { 'retry-after': '120' });
  const before = hub.calls.length;
  await options.getByTestId('hubspot-send-selected').click();
  await expect(options.getByTestId('hubspot-problem')).toContainText("HubSpot's rate limit was reached; continuing in 120 s. Next try at");
  await expect(options.getByTestId('hubspot-progress')).toContainText('0 of 2 done, 2 waiting');
  await options.getByTestId('hubspot-pause').click();
  await expect(options.getByTestId('hubspot-progress')).toContainText('(paused)');
  await options.getByTestId('hubspot-pause').click(); // Resume
  await expect(options.getByTestId('hubspot-progress')).toContainText('Sent 2. Created 1 · updated 1 · skipped 0 · failed 0');

  expect(hub.calls.slice(before)).toEqual([
    'POST /crm/v3/objects/companies/search',
    'POST /crm/v3/objects/companies/search',
    'POST /crm/v3/objects/companies/batch/update',
    'POST /crm/v3/objects/companies/batch/create',
  ]);
  expect([...hub.companies.values()].map((c) => c.domain).sort()).toEqual(['acme-analytics.io', 'betafreight.com']);
  expect(hub.companies.get('777')).toMatchObject({ hubspot_owner_id: '5', icp_fit_playbook_version: expect.any(String) }); // the owner a colleague set stays
  await expect(options.getByTestId('hubspot-recent')).toContainText('Beta Freight: updated open in HubSpot');
  expect(await axeSerious(options)).toEqual([]);
  await saveScreens(options, 'options-accounts-hubspot');
});

test('a list in the panel sends its saved rows; a row with no known domain is skipped, never created blind', async () => {
  const SEARCH = 'https://www.linkedin.com/search/results/companies/?keywords=ledger';
  await serveFixture(l.context, SEARCH, 'linkedin/search-companies.loggedin-2024.html');
  const options = await connect();
  const { panel } = await panelFor(l, SEARCH, /^(\d+A|A|B|C|DQ)$/);
  const list = panel.getByTestId('list-panel');
  const rows = list.getByTestId('list-row');
  await expect(rows).toHaveCount(3);
  await list.getByTestId('list-send-hubspot').click();
  await expect(list.getByTestId('list-status')).toHaveText('No row shown is saved to your accounts: save the rows to send first.');
  await rows.nth(0).getByRole('button', { name: 'Save to accounts' }).click();
  await expect(rows.nth(0).getByTestId('list-known')).toContainText('You have it');
  await list.getByTestId('list-send-hubspot').click();
  await expect(list.getByTestId('list-status')).toHaveText('1 company queued for HubSpot (progress in Options → CRM). 2 rows are not saved to your accounts yet and were left out.');
  await options.bringToFront();
  await options.reload();
  await expect(options.getByTestId('hubspot-progress')).toContainText('Sent 1. Created 0 · updated 0 · skipped 1 · failed 0');
  await expect(options.getByTestId('hubspot-recent')).toContainText('skipped no website domain known');
  expect(hub.companies.size).toBe(0);
});
