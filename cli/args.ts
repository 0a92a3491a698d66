// A tiny argv reader for the icp commands: `--name value`, `--name=value`, and positionals.
export interface ParsedArgs {
  options: Map<string, string>;
  positionals: string[];
  error?: string;
}

/** `known` lists the options that take a value; anything else starting with "--" is an error. */
export function parseArgs(args: string[], known: readonly string[]): ParsedArgs {
  const options = new Map<string, string>();
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--') || arg === '--') {
      if (arg !== '--') positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (!known.includes(name)) return { options, positionals, error: `unknown option --${name}` };
    const value = eq < 0 ? args[++i] : arg.slice(eq + 1);
    if (value === undefined || value === '') return { options, positionals, error: `--${name} needs a value` };
    options.set(name, value);
  }
  return { options, positionals };
}
