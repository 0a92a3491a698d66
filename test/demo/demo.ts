// `npm run demo`: the main job on the bundled starter playbook and sample pages, with no network.
// Builds the extension, opens a sample LinkedIn company page at its real URL in Chromium with the
// extension loaded, opens the side panel, prints the fit result, and saves screenshots.
// Headed when a display exists (keep browsing; Ctrl+C to quit), headless otherwise.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { badgeOf, launchWithExtension, openExtensionPage, tabIdOf } from '../e2e/support/extension';
import { serveFixture } from '../e2e/support/fixtures';
import { formatTabView } from './format';
import type { TabView } from '../../lib/messaging/views';

const OUT = path.resolve('demo-output');
const SAMPLES = [
  { url: 'https://www.linkedin.com/company/acme-analytics/', fixture: 'e2e/company-guest.acme.html' },
  { url: 'https://www.linkedin.com/company/beta-freight/', fixture: 'e2e/company-loggedin.beta.html' },
];

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) {
    const built = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
    if (built.status !== 0) throw new Error('build failed');
  }
  const headed = !!process.env.DISPLAY && !process.env.CI && !process.argv.includes('--headless');
  mkdirSync(OUT, { recursive: true });
  const l = await launchWithExtension({ headless: !headed, offline: !headed });
  for (const s of SAMPLES) await serveFixture(l.context, s.url, s.fixture);

  const page = await l.context.newPage();
  await page.goto(SAMPLES[0]!.url);
  const panel = await openExtensionPage(l, 'sidepanel');
  const tabId = await tabIdOf(panel, 'https://www.linkedin.com/company/acme-analytics/*');
  const view = await waitForResult(panel, tabId);
  await panel.goto(panel.url().split('?')[0] + `?tabId=${tabId}`);
  await panel.getByTestId('tier').waitFor();
  await panel.setViewportSize({ width: 420, height: 1100 });
  await page.screenshot({ path: path.join(OUT, '1-linkedin-page.png') });
  await panel.screenshot({ path: path.join(OUT, '2-side-panel.png'), fullPage: true });
  await panel.emulateMedia({ colorScheme: 'dark' });
  await panel.screenshot({ path: path.join(OUT, '3-side-panel-dark.png'), fullPage: true });

  const badge = await badgeOf(panel, tabId);
  console.log('\n' + formatTabView(view, badge.text));
  console.log(`\nScreenshots: ${OUT}/`);
  if (headed) {
    console.log('Chromium stays open: browse on, click the ICP Fit toolbar icon for the panel. Ctrl+C to quit.');
    await new Promise<void>((resolve) => l.context.on('close', () => resolve()));
  }
  await l.close();
}

async function waitForResult(panel: import('@playwright/test').Page, tabId: number): Promise<TabView> {
  for (let i = 0; i < 100; i++) {
    const reply = (await panel.evaluate((id) => chrome.runtime.sendMessage({ type: 'tab/view', data: { tabId: id } }), tabId)) as { ok: boolean; data?: TabView };
    if (reply.ok && reply.data?.status === 'ready' && reply.data.result) return reply.data;
    await panel.waitForTimeout(100);
  }
  throw new Error('The sample page was not scored within 10 s');
}

main().catch((e: unknown) => {
  console.error(`demo: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
