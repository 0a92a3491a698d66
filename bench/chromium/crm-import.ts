import type { Page } from '@playwright/test';
import { launchWithExtension, openExtensionPage } from '../../test/e2e/support/extension';
import { hubspotExport } from '../crm';
import { figure, type Figure } from '../stats';

/**
 * Issue 19's "20,000-row CRM import ≤ 2 s" as a rep does it, in Chromium: Options → CRM, choose
 * a 20,000-row HubSpot companies export, press Import, until the tab says "Imported 20,000
 * companies". Timed in the page, from the file input's change event (the file is chosen) to that
 * text: the page reads the file and shows its columns, the background reads it again, validates,
 * stores the snapshot in IndexedDB, indexes it and tells open views. Playwright's hand-over of the
 * file (CDP) is before the change event and not in the figure; Import is pressed by the page
 * itself as soon as it shows, so Playwright's polling is not in it either. Each run starts with
 * the CRM list removed and the tab reloaded.
 */
declare global {
  interface Window {
    __crmBench?: { changeAt?: number; previewAt?: number; doneAt?: number; expect: string };
  }
}

/** Installed before the page's scripts: marks the change, presses Import when it shows, marks the done text. */
function importRecorder(): void {
  const w = window as Window;
  w.__crmBench = { expect: '' };
  document.addEventListener('change', (e) => ((e.target as HTMLElement).dataset.testid === 'crm-file' ? (w.__crmBench!.changeAt = performance.now()) : undefined), true);
  new MutationObserver(() => {
    const b = w.__crmBench!;
    const button = document.querySelector<HTMLButtonElement>('[data-testid="crm-import"]');
    if (b.changeAt !== undefined && b.previewAt === undefined && button && !button.disabled) {
      b.previewAt = performance.now();
      button.click();
    }
    const done = document.querySelector('[data-testid="crm-done"]')?.textContent ?? '';
    if (b.expect && b.doneAt === undefined && done.startsWith(b.expect)) b.doneAt = performance.now();
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

interface Run {
  /** change → "Imported N companies" */
  totalMs: number;
  /** change → the preview's Import button (the page reads and parses the file) */
  pageMs: number;
}

async function importOnce(options: Page, url: string, csv: Buffer, rows: number): Promise<Run> {
  const cleared = (await options.evaluate(() => chrome.runtime.sendMessage({ type: 'crm/clear', data: {} }))) as { ok: boolean };
  if (!cleared.ok) throw new Error('crm/clear failed');
  await options.goto('about:blank');
  await options.goto(url);
  await options.getByTestId('crm-stored').filter({ hasText: 'No CRM list imported yet.' }).waitFor({ timeout: 30_000 });
  const expect = `Imported ${rows.toLocaleString('en-US')} companies from hubspot-companies.csv.`;
  await options.evaluate((e) => (window.__crmBench!.expect = e), expect);
  await options.getByTestId('crm-file').setInputFiles({ name: 'hubspot-companies.csv', mimeType: 'text/csv', buffer: csv });
  await options.waitForFunction(() => window.__crmBench?.doneAt !== undefined, undefined, { polling: 50, timeout: 60_000 });
  const b = await options.evaluate(() => window.__crmBench!);
  return { totalMs: b.doneAt! - b.changeAt!, pageMs: b.previewAt! - b.changeAt! };
}

export async function crmImportChromiumFigures(o: { runs: number; rows?: number; extensionDir: string; log: (s: string) => void }): Promise<Figure[]> {
  const rows = o.rows ?? 20_000;
  const csv = Buffer.from(hubspotExport(rows));
  const l = await launchWithExtension({ extensionDir: o.extensionDir });
  try {
    const options = await openExtensionPage(l, 'options');
    await options.addInitScript(importRecorder);
    const url = options.url().split('#')[0] + '#crm';
    const runs: Run[] = [];
    for (let i = 0; i < o.runs; i++) {
      const r = await importOnce(options, url, csv, rows);
      o.log(`  run ${i + 1}: ${Math.round(r.totalMs)} ms (page read + preview ${Math.round(r.pageMs)} ms)`);
      runs.push(r);
    }
    const n = rows.toLocaleString('en-US');
    const kb = Math.round(csv.length / 1024);
    return [
      figure('crm.importChromium20kMs', 'crm', `CRM list import in Chromium, ${n} rows (${kb} KB), file chosen → "Imported ${n} companies"`, 'ms', runs.map((r) => r.totalMs), 'Options › CRM: page reads + previews, Import pressed at once, background reads, validates, stores in IndexedDB, indexes'),
      figure('crm.importChromiumPage20kMs', 'crm', `of which the page reads the file and shows its columns`, 'ms', runs.map((r) => r.pageMs)),
    ];
  } finally {
    await l.close();
  }
}
