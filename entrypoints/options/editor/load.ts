import type { Draft } from '../../../lib/playbook/edit/draft';
import { request } from '../../../lib/messaging/client';

/** Where "Analyse customers" leaves a suggested playbook for "Edit in the editor" (taken once). */
export const PENDING_DRAFT_KEY = 'icp-fit/editor-draft';
/** The editor's own unsaved draft, so switching to another options tab (or reloading) keeps it. */
export const WORKING_DRAFT_KEY = 'icp-fit/editor-working';

/** JSON text → a draft object, or null when it is not a JSON object. */
export function toDraft(text: string): Draft | null {
  try {
    const v: unknown = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Draft) : null;
  } catch {
    return null;
  }
}

export interface EditorStart {
  inUse: Draft;
  /** an unsaved draft handed over by another tab of the options page */
  pending: Draft | null;
  /** the editor's own unsaved draft from earlier in this browser tab */
  working: Draft | null;
  locked: boolean;
}

/** The playbook in use (as written) and a pending draft, which is removed so a reload starts clean. */
export async function loadEditorStart(): Promise<EditorStart> {
  const pendingText = sessionStorage.getItem(PENDING_DRAFT_KEY);
  sessionStorage.removeItem(PENDING_DRAFT_KEY);
  const current = await request('playbook/current', {});
  const inUse = toDraft(current.text);
  if (!inUse) throw new Error('The playbook in use could not be read');
  const workingText = sessionStorage.getItem(WORKING_DRAFT_KEY);
  const read = (t: string | null) => (t ? toDraft(t.slice(0, 2_000_000)) : null);
  return { inUse, pending: read(pendingText), working: read(workingText), locked: current.locked };
}
