// Regenerates public/playbook.schema.json from the zod schema: `npx tsx scripts/gen-schema.ts`.
// A unit test fails when the committed file is out of date, so run this after editing lib/playbook/schema.ts.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { playbookJsonSchemaText } from '../lib/playbook/json-schema';

const target = fileURLToPath(new URL('../public/playbook.schema.json', import.meta.url));
writeFileSync(target, playbookJsonSchemaText());
process.stdout.write(`wrote ${target}\n`);
