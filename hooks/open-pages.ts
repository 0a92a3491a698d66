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
