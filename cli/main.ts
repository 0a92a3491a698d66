// `npm run --silent icp -- <command> [...args]`: the command-line face of the same engine the
// extension runs. Each command lives in its own module under ./commands/ and is loaded on demand.
// `npm run icp` runs a prebuilt bundle of this file (cli/run.mjs); `node --import tsx cli/main.ts`
// runs it from source.
import { fileURLToPath } from 'node:url';
import type { Command, CommandIo } from './command';

export type { Command, CommandIo } from './command';
type Load = () => Promise<{ default: Command }>;

// Static import() calls, so a bundler can follow them; each command's modules (and the zod schemas
// they build) are still only evaluated when that command runs.
const COMMANDS: Record<string, { help: string; load: Load }> = {
  schema: { help: 'print the playbook JSON Schema', load: () => import('./commands/schema') },
  validate: { help: 'validate a playbook file: validate <file.json>', load: () => import('./commands/validate') },
  score: {
    help: 'score accounts: score --playbook <file.json> [--today YYYY-MM-DD] [--persona id|title] [--format json|table] <facts.json|.jsonl|.csv>',
    load: () => import('./commands/score'),
  },
  extract: { help: 'read facts from a saved page: extract <file.html> [--url <page url>]', load: () => import('./commands/extract') },
  analyze: { help: 'find what wins in a CRM export: analyze <deals.csv> [--outcome-column X] [--out draft.json]', load: () => import('./commands/analyze') },
};

function usage(io: CommandIo): void {
  io.out('usage: npm run --silent icp -- <command> [options]\n');
  for (const [name, { help }] of Object.entries(COMMANDS)) io.out(`  ${name.padEnd(9)} ${help}`);
}

export async function run(argv: string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    usage(io);
    return name ? 0 : 1;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.err(`icp: unknown command "${name}"`);
    usage(io);
    return 1;
  }
  const mod = await command.load();
  return mod.default(rest, io);
}

/** The process entry: stdout/stderr, and the exit code (2 and one line, never a stack trace, on a crash). */
export function main(argv: string[]): void {
  const io: CommandIo = { out: (l) => process.stdout.write(l + '\n'), err: (l) => process.stderr.write(l + '\n') };
  run(argv, io).then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      io.err(`icp: ${e instanceof Error ? e.message : String(e)}`);
      process.exitCode = 2;
    },
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
