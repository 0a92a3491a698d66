import { useState, type ReactNode } from 'react';
import { useFileDrop } from '../shared/use-file-drop';
import '../editor/editor.css';

/** Drop a playbook file here (or use the picker inside). Hands the file over; reading it is the caller's job. */
export function PlaybookDropZone({ onFile, children }: { onFile: (file: File) => void; children?: ReactNode }) {
  const { over, handlers } = useFileDrop(onFile);
  return (
    <div className={over ? 'drop-zone over' : 'drop-zone'} data-testid="playbook-drop" {...handlers}>
      <div>Drop a playbook file (.json) here</div>
      {children}
    </div>
  );
}

/** "Paste JSON": a text area and an Import button. */
export function PastePlaybook({ onImport }: { onImport: (text: string) => void }) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  if (!open) return <button type="button" onClick={() => setOpen(true)} data-testid="paste-open">Paste JSON…</button>;
  return (
    <div className="card" style={{ marginTop: 8 }}>
      <label htmlFor="paste-json" className="small muted">Paste the playbook JSON</label>
      <textarea id="paste-json" data-testid="paste-json" rows={8} style={{ width: '100%', font: '12px ui-monospace, monospace' }} value={text} onChange={(e) => setText(e.target.value)} />
      <div className="row">
        <button type="button" className="primary" disabled={!text.trim()} onClick={() => onImport(text)} data-testid="paste-import">Import</button>
        <button type="button" onClick={() => setOpen(false)}>Cancel</button>
      </div>
    </div>
  );
}
