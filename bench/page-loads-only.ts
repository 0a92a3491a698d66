// Ad-hoc: only the page-load figures, against a given build (for A/B while working on the hot path).
// usage: npx tsx bench/page-loads-only.ts <extension dir> [loads]
import { launchWithExtension, openExtensionPage } from '../test/e2e/support/extension';
import { pageLoadFigures, servePageTypes } from './chromium/page-loads';
import { allowNamedFunctions } from './chromium/session';

const [dir, n] = process.argv.slice(2);
const l = await launchWithExtension({ extensionDir: dir! });
try {
  await servePageTypes(l);
  const ext = await openExtensionPage(l, 'options');
  await allowNamedFunctions(ext);
  const figs = await pageLoadFigures(l, ext, Number(n ?? 20));
  for (const f of figs) if (/dclToBadge|floorMs|Ratio$|observationToBadge|messageMs|storeMs|showMs/.test(f.id) && !/extractRatio|coldExtract/.test(f.id)) console.log(f.id.padEnd(48), f.median, f.unit);
} finally {
  await l.close();
}
