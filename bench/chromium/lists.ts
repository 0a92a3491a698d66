import type { Page } from '@playwright/test';
import { type Launched, tabIdOf } from '../../test/e2e/support/extension';
import { serveHtml } from '../../test/e2e/support/fixtures';
import { COMPANY_SEARCH, companyResults, companySearchPage } from '../../test/e2e/support/list-pages';
import { figure, type Figure } from '../stats';
import { domContentLoadedAt } from './session';

/**
 * Figure 3f: a 25-row company search page (issue 18). Per load: the time the list content script
 * spent reading the rows (it reports it with its rows), and DOMContentLoaded → every row tiered in
 * 'list/view' (asked as the side panel asks). Each load has its own search URL, so the list of the
 * load before is never mistaken for this one.
 */
const ROWS = 25;

interface ListReply {
  ok: boolean;
  data?: { rows: { bestIcp?: unknown }[]; readMs?: number } | null;
}

/** Polls the badge (answered by the browser, not the worker) and asks 'list/view' once it is set. */
function waitForTieredRows(ext: Page, tabId: number, rows: number, timeoutMs = 20_000): Promise<{ at: number; readMs: number }> {
  return ext.evaluate(
    async ({ tabId, rows, timeoutMs }) => {
      const end = Date.now() + timeoutMs;
      for (;;) {
        const text = await chrome.action.getBadgeText({ tabId });
        if (text && text !== '…') {
          const r = (await chrome.runtime.sendMessage({ type: 'list/view', data: { tabId } })) as ListReply;
          const got = r.data?.rows ?? [];
          if (got.length >= rows && got.every((row) => row.bestIcp)) return { at: Date.now(), readMs: r.data?.readMs ?? NaN };
        }
        if (Date.now() > end) throw new Error(`list of tab ${tabId} not tiered (badge "${text}")`);
        await new Promise((r) => setTimeout(r, 5));
      }
    },
    { tabId, rows, timeoutMs },
  );
}

/** At least 20 loads: a median of fewer says little on this shared machine. */
export async function listFigures(l: Launched, ext: Page, loads: number, warmup = 2): Promise<Figure[]> {
  loads = Math.max(loads, 20);
  await serveHtml(l.context, COMPANY_SEARCH, companySearchPage(companyResults(1, ROWS)));
  const page = await l.context.newPage();
  const read: number[] = [];
  const tiered: number[] = [];
  let tabId: number | undefined;
  for (let i = 0; i < warmup + loads; i++) {
    await page.goto(`${COMPANY_SEARCH}&bench=${i}`);
    tabId ??= await tabIdOf(ext, 'https://www.linkedin.com/search/*');
    const dcl = await domContentLoadedAt(page);
    const done = await waitForTieredRows(ext, tabId, ROWS);
    if (i < warmup) continue; // the first loads pay for waking the worker and compiling the playbook
    read.push(done.readMs);
    tiered.push(done.at - dcl);
  }
  await page.close();
  const g = 'chromium';
  return [
    figure('chromium.list25.readRowsMs', g, '25-row search: reading the rows in the list content script', 'ms', read, 'as the content script reports it with its rows'),
    figure('chromium.list25.rowsTieredMs', g, "25-row search: DOMContentLoaded → every row tiered in 'list/view'", 'ms', tiered),
  ];
}
