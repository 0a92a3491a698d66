import { useMemo, useRef, useState } from 'react';
import { asList, asObj, asText, type EditApi } from '../../../components/editor/api';
import { EditorToolbar } from '../../../components/editor/EditorToolbar';
import { HeaderForm } from '../../../components/editor/HeaderForm';
import { IcpsSection } from '../../../components/editor/IcpsSection';
import { PersonasSection } from '../../../components/editor/PersonasSection';
import { CrmRulesSection } from '../../../components/editor/CrmRulesSection';
import { ProblemList } from '../../../components/options/ProblemList';
import { StatusNotice } from '../../../components/panel/StatusNotice';
import '../../../components/editor/editor.css';
import { PreviewPane } from '../../../components/editor/PreviewPane';
import { usePreviewAccounts } from './use-preview-accounts';
import { RawView } from './RawView';
import { useCheck } from './use-check';
import { useEditorSession } from './use-editor-session';
import { useUndoKeys } from './use-undo-keys';
import { useFileDrop } from '../../../components/shared/use-file-drop';

/** Options tab "Editor": the playbook as forms (or raw JSON), validated as you type, with a live preview. */
export function EditorTab() {
  const { ed, locked, loadError, notice, saveErrors, saving, inUseVersion, save, fromTemplate, openFile } = useEditorSession();
  const fileInput = useRef<HTMLInputElement>(null);
  const drop = useFileDrop(locked ? null : (f) => void openFile(f));
  const [raw, setRaw] = useState(false);
  const [previewIcp, setPreviewIcp] = useState('');
  const [previewPersona, setPreviewPersona] = useState<string | null>(null);
  const accounts = usePreviewAccounts();
  // the persona the preview speaks to: the one picked, else the draft's first ('' = none)
  const personas = asList(ed.draft?.personas).map(asObj).map((p) => ({ id: asText(p.id), name: asText(p.name) || asText(p.id) })).filter((p) => p.id);
  const personaId = previewPersona !== null && (previewPersona === '' || personas.some((p) => p.id === previewPersona)) ? previewPersona : (personas[0]?.id ?? '');
  const check = useCheck(ed.draft, accounts.selected, personaId || undefined);
  const api = useMemo<EditApi>(() => ({ ...ed.ops, readOnly: locked, problems: check.problems }), [ed.ops, locked, check.problems]);
  useUndoKeys(ed.undo, ed.redo, !locked);

  if (loadError) return <StatusNotice tone="error" title="The editor could not load the playbook">{loadError}</StatusNotice>;
  if (!ed.draft) return <StatusNotice title="Loading the playbook…" />;
  const invalid = check.errors.length;

  return (
    <section aria-labelledby="editor-h" data-testid="editor" className={drop.over ? 'drop-over' : undefined} {...drop.handlers}>
      <h2 id="editor-h">Playbook editor</h2>
      {locked && (
        <StatusNotice title="🔒 Locked by your organisation" testId="editor-lock">
          Your administrator manages this playbook through Chrome policy: you can read it here, not change it.
        </StatusNotice>
      )}
      {notice && <div role="status" className="notice" data-testid="editor-notice">{notice}</div>}
      <ProblemList title="Not saved; the playbook in use is unchanged." problems={saveErrors} />
      <EditorToolbar
        canUndo={ed.canUndo} canRedo={ed.canRedo} onUndo={ed.undo} onRedo={ed.redo}
        problems={invalid} warnings={check.warnings.length} checking={!check.current} unchecked={!check.checked} dirty={ed.dirty} saving={saving} readOnly={locked} raw={raw}
        onSave={() => void save()}
        onDiscard={() => ed.base && ed.replace(ed.base)}
        onToggleRaw={() => setRaw((r) => !r)}
      />
      <div className="editor">
        <div className="editor-main">
          {raw ? (
            <RawView draft={ed.draft} errors={check.errors} readOnly={locked} onDraft={(d) => ed.replace(d, 'raw')} onClose={() => setRaw(false)} />
          ) : (
            <>
              <HeaderForm ed={api} draft={ed.draft} versionInUse={ed.dirty ? inUseVersion : undefined} />
              <IcpsSection ed={api} draft={ed.draft} />
              <PersonasSection ed={api} draft={ed.draft} />
              <CrmRulesSection ed={api} draft={ed.draft} />
            </>
          )}
          {!locked && (
            <div className="row small muted">
              <button type="button" className="link" onClick={() => void fromTemplate()} data-testid="from-template">Start from the starter template</button>
              <button type="button" className="link" onClick={() => fileInput.current?.click()}>Open a file as a draft…</button>
              <input ref={fileInput} type="file" accept=".json,application/json" hidden data-testid="editor-open-file" onChange={(e) => { const f = e.target.files?.[0]; e.target.value = ''; if (f) void openFile(f); }} />
              <span>Save makes a new version (kept in the history on the Playbook tab, where you can roll back).</span>
            </div>
          )}
        </div>
        <PreviewPane accounts={accounts.options} selected={accounts.selectedOption} onSelect={accounts.select} result={check.result} icpId={previewIcp} onIcp={setPreviewIcp} personas={personas} personaId={personaId} onPersona={setPreviewPersona} stale={check.stale} error={check.error ?? undefined} />
      </div>
    </section>
  );
}
