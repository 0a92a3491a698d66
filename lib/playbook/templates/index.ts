// The starter playbook: what a new install scores with, and where the editor's templates come from.
import type { Playbook } from '../schema';
import { parsePlaybook } from '../validate';
import starter from './starter.json';

/** The starter playbook file exactly as shipped (validated at use, like any other file). */
export const starterPlaybookText: string = JSON.stringify(starter);

let parsed: Playbook | undefined;

/** The starter playbook, parsed and validated (once). It ships with the extension, so a test keeps it valid. */
export function starterPlaybook(): Playbook {
  if (parsed) return parsed;
  const r = parsePlaybook(JSON.parse(starterPlaybookText));
  if (!r.ok) throw new Error(`the bundled starter playbook is invalid: ${r.errors[0]?.path} ${r.errors[0]?.message}`);
  return (parsed = r.playbook);
}
