// The starter playbook: what a new install scores with, and where the editor's templates come from.
import type { Playbook } from '../schema';
import { parsePlaybook } from '../validate';
import starter from './starter.json';

/** The starter playbook file exactly as shipped (validated at use, like any other file). */
export const starterPlaybookText: string = JSON.stringify(starter);

let parsed: Playbook | undefined;

/**
 * The starter playbook, parsed and validated once, and each caller's own copy of it: a caller that
 * edits what it got (a draft, a test's hostile label) must not change every later caller's starter.
 * It ships with the extension, so a test keeps it valid.
 */
export function starterPlaybook(): Playbook {
  if (!parsed) {
    const r = parsePlaybook(JSON.parse(starterPlaybookText));
    if (!r.ok) throw new Error(`the bundled starter playbook is invalid: ${r.errors[0]?.path} ${r.errors[0]?.message}`);
    parsed = r.playbook;
  }
  return structuredClone(parsed);
}
