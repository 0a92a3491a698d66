import { browser } from 'wxt/browser';

/** Open the options page (optionally at a section, e.g. "diagnostics") in a new tab. */
export async function openOptions(section?: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/options.html${section ? `#${section}` : ''}`) });
}

/**
 * Marks the moment the panel first shows a result ("icp-fit:result"), so the e2e bench can
 * read open→result from the page's own clock.
 */
export function markResultShown(): void {
  if (performance.getEntriesByName('icp-fit:result').length === 0) performance.mark('icp-fit:result');
}

/**
 * Open an address in the tab the panel follows (a list row's page): the rep's own navigation, as
 * if they clicked the link on the page. Only http(s): the address comes from page text.
 */
export async function openInTab(tabId: number, href: string): Promise<void> {
  if (!/^https?:\/\//i.test(href)) throw new Error('Only web pages open from the list');
  await browser.tabs.update(tabId, { url: href });
}

/** Save text as a file through a temporary link (no downloads permission needed). */
export function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  Object.assign(document.createElement('a'), { href: url, download: name }).click();
  // revoking at once can cancel the download in Chrome: give it time to start
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
