import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// `npm run icp` is `node cli/run.mjs`: it bundles cli/main.ts into a cache folder and rebuilds the
// bundle when a file it was built from changed. A scratch cache per run, under node_modules like the
// real one, so the user's cache is not touched.
const ROOT = resolve(import.meta.dirname, '../../..');
const CACHE = `node_modules/.cache/icp-cli-test-${process.pid}`;
const BUNDLE = join(ROOT, CACHE, 'main.mjs');
const STAMP = join(ROOT, CACHE, 'inputs.json');
const STARTER = 'lib/playbook/templates/starter.json';

function icp(...args: string[]) {
  return spawnSync(process.execPath, ['cli/run.mjs', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ICP_CLI_CACHE: CACHE } });
}
const bundleTime = () => statSync(BUNDLE).mtimeMs;
type Entry = [string, number, number];
const stamp = () => JSON.parse(readFileSync(STAMP, 'utf8')) as Entry[];

afterAll(() => rmSync(join(ROOT, CACHE), { recursive: true, force: true }));

describe('cli/run.mjs (the bundled command line)', () => {
  it('builds on the first run (a fresh clone) and runs the command', () => {
    expect(existsSync(BUNDLE)).toBe(false);
    const r = icp('validate', STARTER);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('valid: "ICP Fit starter playbook" version 2026.4: 5 ICPs (36 criteria, 8 disqualifiers), 6 personas\n');
    expect(r.status).toBe(0);
    const files = stamp().map((e) => e[0]);
    expect(files).toEqual(expect.arrayContaining(['cli/main.ts', 'cli/commands/analyze.ts', 'lib/insights/csv.ts', STARTER, 'cli/run.mjs']));
  });

  it('reuses the bundle while no source changed', () => {
    const before = bundleTime();
    const r = icp('help');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^usage: npm run --silent icp -- <command>/);
    expect(bundleTime()).toBe(before);
  });

  it('rebuilds when a source file it was built from changed since', () => {
    const before = bundleTime();
    // as if cli/main.ts had been saved after the build: its recorded mtime no longer matches
    writeFileSync(STAMP, JSON.stringify(stamp().map((e): Entry => (e[0] === 'cli/main.ts' ? [e[0], e[1] - 1000, e[2]] : e))));
    expect(icp('help').status).toBe(0);
    expect(bundleTime()).toBeGreaterThan(before);
    expect(stamp().find((e) => e[0] === 'cli/main.ts')![1]).toBe(statSync(join(ROOT, 'cli/main.ts')).mtimeMs);
  });

  it('rebuilds when the record of inputs is unreadable, and still exits with the command\'s code', () => {
    const before = bundleTime();
    writeFileSync(STAMP, '{not json');
    const r = icp('validate');
    expect(r.status).toBe(1);
    expect(bundleTime()).toBeGreaterThan(before);
    expect(Array.isArray(stamp())).toBe(true);
  });

  it('rebuilds when the bundle is not the one its record was written for (a concurrent build renamed another over it)', () => {
    expect(icp('help').status).toBe(0);
    const before = bundleTime();
    writeFileSync(BUNDLE, readFileSync(BUNDLE, 'utf8') + '\n');
    const replaced = bundleTime();
    expect(icp('help').status).toBe(0);
    expect(bundleTime()).toBeGreaterThan(replaced);
    expect(replaced).toBeGreaterThanOrEqual(before);
  });

  it('when the cache cannot be written, runs the command from source through tsx, and says so', () => {
    const r = spawnSync(process.execPath, ['cli/run.mjs', 'validate', STARTER], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ICP_CLI_CACHE: 'package.json/icp-cli' } });
    expect(r.stdout).toBe('valid: "ICP Fit starter playbook" version 2026.4: 5 ICPs (36 criteria, 8 disqualifiers), 6 personas\n');
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^icp: could not build the command line \(.*\); running it through tsx\n$/);
  });

  it('commands that load packages at run time (jsdom for extract) work from the bundle', () => {
    const page = 'test/fixtures/linkedin/company-about.i18n-de.html';
    const r = icp('extract', page, '--url', 'https://www.linkedin.com/company/kestrel-data/about/');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ pageType: 'linkedin-company-about', facts: { website: { value: 'https://www.kestreldata.de' } } });
  });
});
