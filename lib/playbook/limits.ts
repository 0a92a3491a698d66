// Size limits of a playbook file, in a module of their own so extension pages can check a file
// before sending it without loading the validator (and the industry tables it checks against).

export const MAX_PLAYBOOK_BYTES = 1024 * 1024;

/** The plain-words refusal for a file over MAX_PLAYBOOK_BYTES (the validator says the same). */
export const tooLargeMessage = (bytes: number) => `the file is larger than 1 MB (${Math.ceil(bytes / 1024)} KB): a playbook is never that big`;
