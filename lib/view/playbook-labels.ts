import type { PlaybookStatus } from '../messaging/views';

/** Where the playbook in use came from, in the words reps and managers see (panel footer, options). */
export const SOURCE_LABEL: Record<PlaybookStatus['source'], string> = {
  builtin: 'built-in starter',
  file: 'file',
  url: 'URL',
  policy: 'Chrome policy',
  local: 'local edits',
};

/** A moment in the reader's local time, or "never". */
export const when = (t: number | null | undefined): string => (t ? new Date(t).toLocaleString() : 'never');
