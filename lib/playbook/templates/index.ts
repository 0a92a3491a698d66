// The starter playbook: what a new install scores with, and where the editor's templates come from.
import starter from './starter.json';

/** The starter playbook file exactly as shipped (validated at use, like any other file). */
export const starterPlaybookText: string = JSON.stringify(starter);
