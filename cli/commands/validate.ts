// `icp validate <file.json>`: a one-line summary and exit 0, or every problem by JSON path and exit 1.
import { MAX_PLAYBOOK_BYTES, parsePlaybookText } from '../../lib/playbook/validate';
import type { Playbook } from '../../lib/playbook/schema';
import type { Command } from '../command';
import { readText } from '../read-file';

const validate: Command = async (args, io) => {
  if (args.length !== 1 || args[0]!.startsWith('--')) {
    io.err('usage: npm run --silent icp -- validate <file.json>');
    return 1;
  }
  const file = args[0]!;
  const read = readText(file, MAX_PLAYBOOK_BYTES);
  if (!read.ok) {
    io.out(`invalid: ${read.message}`);
    return 1;
  }
  const parsed = parsePlaybookText(read.text);
  if (!parsed.ok) {
    const n = parsed.errors.length;
    io.out(`invalid: ${file} has ${n} problem${n === 1 ? '' : 's'}`);
    for (const p of parsed.errors) io.out(`  ${p.path || '(file)'}: ${p.message}`);
    return 1;
  }
  io.out(`valid: ${summary(parsed.playbook)}`);
  for (const w of parsed.warnings) io.err(`  warning: ${w.path || '(file)'}: ${w.message}`);
  return 0;
};
export default validate;

export function summary(p: Playbook): string {
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const criteria = p.icps.reduce((n, i) => n + i.criteria.length, 0);
  const dqs = p.icps.reduce((n, i) => n + i.disqualifiers.length, 0);
  return `"${p.name}" version ${p.version}: ${count(p.icps.length, 'ICP')} (${count(criteria, 'criterion').replace('criterions', 'criteria')}, ${count(dqs, 'disqualifier')}), ${count(p.personas.length, 'persona')}`;
}
