import { useEffect, useRef, useState } from 'react';
import { isGlobalChange, onChanged, request } from '../../../lib/messaging/client';
import type { Problem } from '../../../lib/playbook/validate';
import { MAX_PLAYBOOK_BYTES, tooLargeMessage } from '../../../lib/playbook/limits';
import { loadEditorStart, toDraft, WORKING_DRAFT_KEY } from './load';
import { useDraft } from './use-draft';

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * One editing session: the draft loaded from the playbook in use (or a pending suggestion),
 * the lock, Save (a new 'local' version, atomic like any import), and "start from the template".
 */
export function useEditorSession() {
  const ed = useDraft();
  const [locked, setLocked] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [saveErrors, setSaveErrors] = useState<Problem[]>([]);
  const [saving, setSaving] = useState(false);
  const [inUseVersion, setInUseVersion] = useState<string>();
  const { reset, replace, markSaved } = ed;

  useEffect(() => {
    loadEditorStart()
      .then((s) => {
        setLocked(s.locked);
        setInUseVersion(typeof s.inUse.version === 'string' ? s.inUse.version : undefined);
        reset(s.inUse);
        if (s.pending) {
          replace(s.pending);
          setNotice('A suggested playbook was opened as an unsaved draft: review it, then save (or discard to go back to the playbook in use).');
        } else if (s.working && !s.locked) {
          replace(s.working);
          setNotice('Your unsaved changes are back: save them, or discard to go back to the playbook in use.');
        }
      })
      .catch((e: unknown) => setLoadError(message(e)));
  }, [reset, replace]);

  // The playbook can change under an open editor (a URL check, policy, another tab): say so, so a
  // save does not silently replace a version the manager has not seen. Our own save is not news.
  const known = useRef<{ version?: string; saving: boolean }>({ saving: false });
  known.current.version = inUseVersion;
  known.current.saving = saving;
  useEffect(
    () =>
      onChanged((e) => {
        if (!isGlobalChange(e)) return;
        void request('playbook/status', {}).then((st) => {
          setLocked(!!st.locked);
          const k = known.current;
          if (k.saving || k.version === undefined || st.version === k.version) return;
          k.version = st.version;
          setInUseVersion(st.version);
          setNotice(`The playbook in use changed to v${st.version} while this editor was open. Saving would replace it with this draft; reload the page to edit the new version instead.`);
        }, () => undefined);
      }),
    [],
  );

  // keep unsaved work across a visit to another options tab or a reload (this browser tab only)
  const { draft, dirty } = ed;
  useEffect(() => {
    if (!draft) return;
    if (dirty) sessionStorage.setItem(WORKING_DRAFT_KEY, JSON.stringify(draft));
    else sessionStorage.removeItem(WORKING_DRAFT_KEY);
  }, [draft, dirty]);

  const save = async () => {
    const draft = ed.draft;
    if (!draft) return;
    setSaving(true);
    setSaveErrors([]);
    try {
      const r = await request('playbook/import', { text: JSON.stringify(draft, null, 2), source: 'local' });
      if (!r.ok) return setSaveErrors(r.errors);
      markSaved(draft);
      known.current.version = r.version;
      setInUseVersion(r.version);
      setNotice(`Saved: version ${r.version} is now in use. Every account is being rescored.`);
    } catch (e) {
      setSaveErrors([{ path: '', message: message(e) }]);
    } finally {
      setSaving(false);
    }
  };

  const fromTemplate = async () => {
    try {
      const t = toDraft((await request('playbook/current', { starter: true })).text);
      if (!t) return;
      replace(t);
      setNotice('Started from the starter template (undo takes you back).');
    } catch (e) {
      setNotice(`The starter template could not be loaded: ${message(e)}`);
    }
  };

  /** A playbook file dropped on (or picked in) the editor opens as an unsaved draft: review, then Save. */
  const openFile = async (file: File) => {
    const name = file.name.slice(0, 120);
    if (file.size > MAX_PLAYBOOK_BYTES) return setNotice(`${name} was not opened: ${tooLargeMessage(file.size)}.`);
    const d = toDraft(await file.text().catch(() => ''));
    if (!d) return setNotice(`${name} was not opened: it is not a JSON object (a playbook file is one). The draft is unchanged.`);
    replace(d);
    setNotice(`${name} is open as an unsaved draft: its problems show next to their fields. Save makes it the playbook in use; undo takes you back.`);
  };

  return { ed, locked, loadError, notice, saveErrors, saving, inUseVersion, save, fromTemplate, openFile };
}
