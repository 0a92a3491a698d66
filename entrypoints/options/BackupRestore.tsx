import { useRef, useState } from 'react';
import { request } from '../../lib/messaging/client';
import type { RestoreReport } from '../../lib/messaging/protocol/backup';
import { RestorePreview } from '../../components/options/RestorePreview';
import { uploadAndPreview } from './backup-transfer';

type Step = { kind: 'idle' } | { kind: 'busy'; text: string } | { kind: 'preview'; uploadId: string; report: RestoreReport } | { kind: 'done'; report: RestoreReport } | { kind: 'refused'; error: string };

/**
 * Restore in two steps: choose a file → the background validates it and says what restoring
 * would do → Restore or Cancel → what was done. A refused file changes nothing.
 */
export function BackupRestore({ onRestored }: { onRestored: () => void }) {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const reset = () => {
    // the same file can be chosen again (after fixing it, or after Cancel)
    if (input.current) input.current.value = '';
  };

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setStep({ kind: 'busy', text: 'Checking the file…' });
    const r = await uploadAndPreview(file);
    setStep(r.ok ? { kind: 'preview', uploadId: r.uploadId, report: r.report } : { kind: 'refused', error: r.error });
    reset();
  };
  const confirm = async (uploadId: string) => {
    setStep({ kind: 'busy', text: 'Restoring…' });
    const r = await request('data/restore', { uploadId }).catch((e: unknown) => ({ ok: false as const, error: e instanceof Error ? e.message : String(e) }));
    setStep(r.ok ? { kind: 'done', report: r.report } : { kind: 'refused', error: r.error });
    if (r.ok) onRestored();
  };
  const cancel = async (uploadId: string) => {
    setStep({ kind: 'idle' });
    await request('data/restore-cancel', { uploadId }).catch(() => undefined);
  };

  return (
    <div data-testid="restore">
      <label>
        Restore from a backup: <input ref={input} type="file" accept=".json,application/json" disabled={step.kind === 'busy'} onChange={(e) => void choose(e.target.files?.[0])} />
      </label>
      {step.kind === 'busy' && <div role="status">{step.text}</div>}
      {step.kind === 'refused' && (
        <div className="notice error" role="alert" data-testid="restore-error">
          {step.error}
        </div>
      )}
      {step.kind === 'preview' && <RestorePreview report={step.report} done={false} onConfirm={() => void confirm(step.uploadId)} onCancel={() => void cancel(step.uploadId)} />}
      {step.kind === 'done' && <RestorePreview report={step.report} done />}
    </div>
  );
}
