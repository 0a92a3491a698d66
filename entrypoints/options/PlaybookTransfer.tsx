import { useState } from 'react';
import { PastePlaybook, PlaybookDropZone } from '../../components/options/PlaybookDropZone';
import { request } from '../../lib/messaging/client';
import { exportFile } from '../../lib/playbook/edit/export';
import type { Playbook } from '../../lib/playbook/schema';
import { toDraft } from './editor/load';
import { MAX_PLAYBOOK_BYTES, tooLargeMessage } from '../../lib/playbook/limits';


/**
 * The ways in and out of the Playbook tab: file picker, drag and drop, paste — all through the
 * same atomic `playbook/import` — and "Export playbook" (with "$schema", named name-version.json).
 */
export function PlaybookTransfer({ locked, importText, refuse }: { locked: boolean; importText: (text: string, source: 'file' | 'local') => void; refuse: (message: string) => void }) {
  const [exportError, setExportError] = useState<string | null>(null);
  const fromFile = async (file: File | undefined) => {
    if (!file) return;
    // the background refuses it anyway, and a message that big would not even reach it
    if (file.size > MAX_PLAYBOOK_BYTES) return refuse(tooLargeMessage(file.size));
    importText(await file.text(), 'file');
  };
  const exportNow = async () => {
    setExportError(null);
    // the playbook in use was validated when it was activated
    const inUse = toDraft((await request('playbook/current', {})).text);
    if (!inUse) return setExportError('The playbook in use could not be read for export.');
    const { fileName, text } = exportFile(inUse as unknown as Playbook);
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = Object.assign(document.createElement('a'), { href: url, download: fileName });
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  return (
    <div style={{ marginTop: 10 }}>
      {!locked && (
        <PlaybookDropZone onFile={(f) => void fromFile(f)}>
          <label style={{ display: 'block', marginTop: 6 }}>
            or choose a file:{' '}
            <input type="file" accept=".json,application/json" data-testid="playbook-file" onChange={(e) => void fromFile(e.target.files?.[0])} />
          </label>
          <div style={{ marginTop: 6 }}>
            <PastePlaybook onImport={(t) => importText(t, 'file')} />
          </div>
        </PlaybookDropZone>
      )}
      <div className="row" style={{ marginTop: 8 }}>
        <button type="button" onClick={() => void exportNow()} data-testid="export-playbook">Export playbook</button>
        <a href="/playbook.schema.json" download="playbook.schema.json" className="small">Download the JSON Schema (for editor autocomplete)</a>
        <a href="#editor" className="small">Edit in the editor</a>
      </div>
      {exportError && <div role="alert" className="notice error">{exportError}</div>}
    </div>
  );
}
