import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumArgs, chromiumPath } from '../../test/e2e/support/chromium';
import { figure, type Figure } from '../stats';
import { companyHtml } from './generated';

/**
 * Figure 3g: side panel open → tier, in a Chromium that nothing automates (docs/benchmarks.md,
 * "session 15"). `panel.openToTierMs` is measured under Playwright, which attaches to every new
 * page before it runs and adds a script world of its own to it; this is the same open without
 * that. Chromium is started as a plain process (no DevTools client) with a copy of the build that
 * carries three extra files, none in the product:
 * - `panel-probe.js`, first in the panel's head: when the tier enters the DOM, whether it leaves
 *   the DOM again within the first second (React's first commit drawing "Loading…" over it did,
 *   until session 15), and the first contentful paint, sent to the probe page as a runtime message;
 * - `probe.html` / `probe-run.js`, opened by the copy's worker when it is installed: loads a
 *   generated company page (from a loopback HTTPS server with a throwaway self-signed certificate,
 *   which `--host-resolver-rules` puts at www.linkedin.com), waits for its badge headline, opens `sidepanel.html?tabId=…` in a tab
 *   `opens` times (two more first, not counted) and posts the times back to the server.
 * No budget: the issue's ≤ 100 ms stays on panel.openToTierMs, measured as it always was.
 */
const PANEL_PROBE = `(() => {
  // when the tier first enters the DOM, and whether it leaves it again before the panel settles
  let tier = null, gone = null;
  const mo = new MutationObserver(() => {
    const has = !!document.querySelector('[data-testid="tier"]');
    if (has && tier === null) tier = performance.now();
    if (!has && tier !== null && gone === null) gone = performance.now();
  });
  mo.observe(document, { childList: true, subtree: true });
  setTimeout(() => {
    mo.disconnect();
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
    chrome.runtime.sendMessage({ probeTier: tier, probeFcp: fcp, probeGone: gone }).catch(() => undefined);
  }, 1000);
})();
`;

const PROBE_RUN = `(async () => {
  const q = new URLSearchParams(location.search);
  const server = 'https://127.0.0.1:' + q.get('port');
  const opens = Number(q.get('opens'));
  const post = (p, body) => fetch(server + p, { method: 'POST', body: JSON.stringify(body) });
  try {
    const page = await chrome.tabs.create({ url: 'https://www.linkedin.com/company/company-1/', active: false });
    const key = 'badge:' + page.id;
    for (let i = 0; !(await chrome.storage.session.get(key))[key]; i++) {
      if (i > 300) throw new Error('the company page got no tier badge in 30 s');
      await new Promise((r) => setTimeout(r, 100));
    }
    const rows = [];
    for (let i = 0; i < opens + 2; i++) {
      const shown = new Promise((resolve) => {
        const on = (m) => { if (m && 'probeTier' in m) { chrome.runtime.onMessage.removeListener(on); resolve(m); } };
        chrome.runtime.onMessage.addListener(on);
        setTimeout(() => resolve({ probeTier: null, probeFcp: null, probeGone: null }), 15000);
      });
      const tab = await chrome.tabs.create({ url: 'sidepanel.html?tabId=' + page.id, active: true });
      const m = await shown;
      if (i >= 2) rows.push([m.probeTier, m.probeFcp, m.probeGone]);
      await chrome.tabs.remove(tab.id);
      await new Promise((r) => setTimeout(r, 300));
    }
    await post('/result', rows);
  } catch (e) {
    await post('/error', String(e && e.stack || e));
  }
})();
`;

/** A copy of the build with the probe files; the caller removes `root`. */
function probeCopy(extensionDir: string, port: number, opens: number): { dir: string; root: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'icp-fit-unattached-'));
  const dir = path.join(root, 'chrome-mv3');
  cpSync(extensionDir, dir, { recursive: true });
  writeFileSync(path.join(dir, 'panel-probe.js'), PANEL_PROBE);
  writeFileSync(path.join(dir, 'probe-run.js'), PROBE_RUN);
  writeFileSync(path.join(dir, 'probe.html'), '<!DOCTYPE html><meta charset="utf-8"><title>probe</title><script src="/probe-run.js"></script>');
  const html = path.join(dir, 'sidepanel.html');
  const panel = readFileSync(html, 'utf8');
  if (!panel.includes('<title>ICP Fit</title>')) throw new Error('sidepanel.html has no <title> to put the probe after');
  writeFileSync(html, panel.replace('<title>ICP Fit</title>', '<title>ICP Fit</title>\n    <script src="/panel-probe.js"></script>'));
  const bg = path.join(dir, 'background.js');
  writeFileSync(bg, `${readFileSync(bg, 'utf8')}\nchrome.runtime.onInstalled.addListener(() => chrome.tabs.create({ url: 'probe.html?port=${port}&opens=${opens}' }));\n`);
  return { dir, root };
}

/** One browser's opens: [tier in the DOM, first contentful paint, tier gone again or null] per open, ms from the panel's navigation start. */
async function oneBrowser(extensionDir: string, opens: number): Promise<number[][]> {
  let settle: (rows: number[][]) => void = () => undefined;
  let fail: (e: Error) => void = () => undefined;
  const done = new Promise<number[][]>((resolve, reject) => ((settle = resolve), (fail = reject)));
  const certDir = mkdtempSync(path.join(tmpdir(), 'icp-fit-unattached-cert-'));
  // a certificate for this run only; Chromium is told to accept it (--ignore-certificate-errors)
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=www.linkedin.com', '-keyout', path.join(certDir, 'key.pem'), '-out', path.join(certDir, 'cert.pem')], { stdio: 'ignore' });
  const tls = { key: readFileSync(path.join(certDir, 'key.pem')), cert: readFileSync(path.join(certDir, 'cert.pem')) };
  rmSync(certDir, { recursive: true, force: true });
  const server: Server = createServer(tls, (req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', () => {
      if (req.method === 'GET' && req.url === '/company/company-1/') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return res.end(companyHtml(1));
      }
      res.writeHead(req.method === 'POST' ? 200 : 404, { 'access-control-allow-origin': '*' });
      res.end();
      if (req.url === '/result') settle(JSON.parse(body) as number[][]);
      if (req.url === '/error') fail(new Error(`unattached panel probe: ${body}`));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  const { dir, root } = probeCopy(extensionDir, port, opens);
  const profile = mkdtempSync(path.join(tmpdir(), 'icp-fit-unattached-profile-'));
  const args = [
    ...chromiumArgs(dir),
    '--headless=new',
    `--user-data-dir=${profile}`,
    // as Playwright's launch does, so tabs behind the active one are not throttled
    '--disable-background-timer-throttling',
    '--disable-backgrounding-occluded-windows',
    '--disable-renderer-backgrounding',
    // www.linkedin.com is the loopback server, with the run's own certificate
    `--host-resolver-rules=MAP www.linkedin.com:443 127.0.0.1:${port}`,
    '--ignore-certificate-errors',
    'about:blank',
  ];
  const chromium = spawn(chromiumPath(), args, { stdio: 'ignore' });
  const timer = setTimeout(() => fail(new Error('unattached panel probe: no answer in 180 s')), 180_000);
  try {
    return await done;
  } finally {
    clearTimeout(timer);
    chromium.kill();
    await new Promise((r) => setTimeout(r, 500));
    server.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(root, { recursive: true, force: true });
  }
}

export async function unattachedPanelFigures(extensionDir: string, opens: number, log: (s: string) => void = console.log): Promise<Figure[]> {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
  } catch {
    log('    skipped: the unattached side panel needs openssl for its throwaway certificate');
    return [];
  }
  const rows = await oneBrowser(extensionDir, opens);
  const note = 'Chromium started as a plain process, no DevTools client; the tier from the early paint or React, whichever came first';
  return [
    figure('panel.unattached.openToTierMs', 'panel', 'side panel open → tier shown, in a browser nothing automates', 'ms', rows.map((r) => r[0] ?? NaN), note),
    figure('panel.unattached.openToFirstPaintMs', 'panel', 'side panel open → first contentful paint, in a browser nothing automates', 'ms', rows.map((r) => r[1] ?? NaN)),
    figure('panel.unattached.tierGoneOpens', 'panel', 'opens whose tier left the screen again in the first second', 'opens', [rows.filter((r) => r[2] !== null).length], `of ${rows.length} opens`),
  ];
}
