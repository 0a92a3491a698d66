/** Undo / redo, the validation summary, save and discard, and the raw JSON switch. */
export interface ToolbarProps {
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  problems: number;
  warnings: number;
  /** the validation on screen is for an older draft (Save waits) */
  checking: boolean;
  /** no validation has come back yet */
  unchecked: boolean;
  dirty: boolean;
  saving: boolean;
  readOnly: boolean;
  raw: boolean;
  onSave: () => void;
  onDiscard: () => void;
  onToggleRaw: () => void;
}

export function EditorToolbar(p: ToolbarProps) {
  const summary = p.unchecked ? 'Checking…' : p.problems > 0 ? `${p.problems} problem${p.problems === 1 ? '' : 's'} to fix before saving` : p.warnings > 0 ? `Valid · ${p.warnings} warning${p.warnings === 1 ? '' : 's'}` : 'Valid';
  return (
    <div className="editor-toolbar row" role="toolbar" aria-label="Editor">
      {!p.readOnly && (
        <>
          <button type="button" onClick={p.onUndo} disabled={!p.canUndo} title="Undo (Ctrl+Z)" data-testid="undo">↶ Undo</button>
          <button type="button" onClick={p.onRedo} disabled={!p.canRedo} title="Redo (Ctrl+Shift+Z)" data-testid="redo">↷ Redo</button>
        </>
      )}
      <button type="button" aria-pressed={p.raw} onClick={p.onToggleRaw} data-testid="toggle-raw">{'{ }'} Raw JSON</button>
      <span className={`grow small ${p.problems ? 'error-text' : 'muted'}`} role="status" data-testid="validation-summary">{summary}</span>
      {!p.readOnly && (
        <>
          <button type="button" onClick={p.onDiscard} disabled={!p.dirty || p.saving} data-testid="discard">Discard changes</button>
          <button type="button" className="primary" onClick={p.onSave} disabled={!p.dirty || p.problems > 0 || p.checking || p.saving} data-testid="save" title={p.problems ? 'Fix the problems first' : 'Save as a new version: every account is rescored'}>
            {p.saving ? 'Saving…' : 'Save as new version'}
          </button>
        </>
      )}
    </div>
  );
}
