// Only issue 19's CRM import in Chromium, against a given build (for A/B while working on the import).
// usage: node --import tsx bench/crm-chromium-only.ts <extension dir> [runs]
import { loadavg } from 'node:os';
import { crmImportChromiumFigures } from './chromium/crm-import';

const [dir, n] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node --import tsx bench/crm-chromium-only.ts <extension dir, e.g. .output/chrome-mv3> [runs]');
  process.exit(2);
}
const load = () => loadavg().map((x) => x.toFixed(2)).join(' / ');
console.log(`load average (1 / 5 / 15 min) before: ${load()}`);
for (const f of await crmImportChromiumFigures({ runs: Number(n ?? 5), extensionDir: dir, log: (s) => console.error(s) })) {
  console.log(`${f.id.padEnd(32)} median ${f.median} ${f.unit}  p95 ${f.p95} ${f.unit}  (${f.runs} runs)`);
}
console.log(`load average (1 / 5 / 15 min) after: ${load()}`);
