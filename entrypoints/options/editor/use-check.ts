import { useEffect, useMemo, useRef, useState } from 'react';
import { request } from '../../../lib/messaging/client';
import type { Output } from '../../../lib/messaging/protocol';
import type { Draft } from '../../../lib/playbook/edit/draft';
import { indexProblems } from '../../../lib/playbook/edit/problems';

type Checked = Output<'playbook/check'>;
const DEBOUNCE_MS = 120;

/**
 * Validation and preview of the draft, by the background (playbook/check): the same
 * parsePlaybook an import runs, a short pause after each change. `current` is false while the
 * answer on screen is for an older draft — Save waits for it.
 */
export function useCheck(draft: Draft | null, accountId: string | null | undefined, personaId: string | undefined) {
  const [state, setState] = useState<{ draft: Draft; out: Checked } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const lastResult = useRef<Checked['result']>(null);
  useEffect(() => {
    if (!draft || accountId === undefined) return;
    let live = true;
    const t = setTimeout(() => {
      request('playbook/check', { text: JSON.stringify(draft), accountId, personaId })
        .then((out) => {
          if (!live) return;
          setError(null);
          setState({ draft, out });
        })
        .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [draft, accountId, personaId]);

  const out = state?.out;
  if (out?.ok) lastResult.current = out.result;
  const problems = useMemo(() => indexProblems([...(out?.errors ?? []), ...(out?.warnings ?? []).map((w) => ({ ...w, message: `warning: ${w.message}` }))]), [out]);
  return {
    current: !!state && state.draft === draft,
    checked: !!state,
    errors: out?.errors ?? [],
    warnings: out?.warnings ?? [],
    problems,
    /** the preview: from the last valid draft when this one is invalid (`stale`) */
    result: out?.ok ? out.result : lastResult.current,
    stale: !!out && !out.ok && lastResult.current !== null,
    error,
  };
}
