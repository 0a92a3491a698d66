// Ad-hoc: only the side-panel figures, against a given build (for A/B while working on the panel).
// usage: npx tsx bench/panel-only.ts <extension dir> [opens]
import { launchWithExtension, openExtensionPage } from '../test/e2e/support/extension';
import { serveCompanies } from './chromium/generated';
import { panelFigures } from './chromium/panel';
import { allowNamedFunctions } from './chromium/session';

const [dir, n] = process.argv.slice(2);
const l = await launchWithExtension({ extensionDir: dir! });
try {
  await serveCompanies(l.context);
  const ext = await openExtensionPage(l, 'options');
  await allowNamedFunctions(ext);
  for (const f of await panelFigures(l, ext, Number(n ?? 20), Number(n ?? 20))) console.log(f.id.padEnd(32), f.median, f.unit);
} finally {
  await l.close();
}
