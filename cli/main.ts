// `npm run --silent icp -- <command> [...args]`: the command-line face of the same engine the
// extension runs. Each command lives in its own module under ./commands/ and is loaded on demand.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const COMMANDS: Record<string, string> = {
  schema: 'print the playbook JSON Schema',
  validate: 'validate a playbook file: validate <file.json>',
  score: 'score accounts: score --playbook <file.json> [--today YYYY-MM-DD] [--persona id|title] [--format json|table] <facts.json|.jsonl|.csv>',
  extract: 'read facts from a saved page: extract <file.html> [--url <page url>]',
  analyze: 'find what wins in a CRM export: analyze <deals.csv> [--outcome-column X] [--out draft.json]',
};

export interface CommandIo {
  out: (line: string) => void;
  err: (line: string) => void;
}
/** A command returns its exit code. */
export type Command = (args: string[], io: CommandIo) => Promise<number>;

function usage(io: CommandIo): void {
  io.out('usage: npm run --silent icp -- <command> [options]\n');
  for (const [name, help] of Object.entries(COMMANDS)) io.out(`  ${name.padEnd(9)} ${help}`);
}

export async function run(argv: string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    usage(io);
    return name ? 0 : 1;
  }
  if (!(name in COMMANDS)) {
    io.err(`icp: unknown command "${name}"`);
    usage(io);
    return 1;
  }
  const file = fileURLToPath(new URL(`./commands/${name}.ts`, import.meta.url));
  if (!existsSync(file)) {
    io.err(`icp: "${name}" is not available in this version yet`);
    return 1;
  }
  const mod = (await import(file)) as { default: Command };
  return mod.default(rest, io);
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const io: CommandIo = { out: (l) => process.stdout.write(l + '\n'), err: (l) => process.stderr.write(l + '\n') };
  run(process.argv.slice(2), io).then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      io.err(`icp: ${e instanceof Error ? e.message : String(e)}`);
      process.exitCode = 2;
    },
  );
}
