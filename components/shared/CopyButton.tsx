import { useEffect, useState } from 'react';

/** Copies `text`; says whether it worked (politely, for screen readers too). */
export function CopyButton({ text, label, onCopy, children }: { text: string; label: string; onCopy: (text: string) => Promise<boolean>; children?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const t = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(t);
  }, [state]);
  return (
    <>
      <button type="button" className="copy" aria-label={label} onClick={() => void onCopy(text).then((ok) => setState(ok ? 'copied' : 'failed'))}>
        {state === 'copied' ? '✓ Copied' : state === 'failed' ? 'Copy failed' : (children ?? 'Copy')}
      </button>
      <span className="visually-hidden" role="status">{state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : ''}</span>
    </>
  );
}
