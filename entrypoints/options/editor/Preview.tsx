import { useEffect, useMemo, useRef, useState } from 'react';
import { PreviewPane } from '@/components/editor/PreviewPane';
import { request } from '@/lib/messaging/client';
import { localToday, SAMPLE_ACCOUNT, sampleFacts } from '@/lib/playbook/edit/preview';
import type { Playbook } from '@/lib/playbook/schema';
import { scoreAccount, type Answers, type ScoringFacts } from '@/lib/scoring';

/**
 * Score a stored account (its facts and the rep's answers, as the background stores them) or the
 * bundled sample with the draft, right here: the scorer is pure, so nothing is saved or sent.
 */
type Input = { facts: ScoringFacts; answers: Answers };

export function Preview({ playbook }: { playbook: Playbook | null }) {
  const [accounts, setAccounts] = useState<{ id: string; label: string }[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const [input, setInput] = useState<Input | null>(null);
  const [error, setError] = useState<string>();
  const lastValid = useRef<Playbook | null>(null);
  if (playbook) lastValid.current = playbook;

  useEffect(() => {
    void request('accounts/recent', { limit: 50 })
      .then((r) => {
        setAccounts(r.accounts.map((a) => ({ id: a.id, label: a.name ?? a.domain ?? a.id })));
        setSelected((s) => s ?? r.accounts[0]?.id ?? SAMPLE_ACCOUNT.id);
      })
      .catch(() => setSelected(SAMPLE_ACCOUNT.id));
  }, []);

  useEffect(() => {
    if (!selected) return;
    setError(undefined);
    if (selected === SAMPLE_ACCOUNT.id) return setInput({ facts: sampleFacts(), answers: {} });
    let live = true;
    request('account/view', { accountId: selected })
      .then((v) => live && setInput(v.account ? { facts: v.account.facts as ScoringFacts, answers: v.account.answers } : null))
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => void (live = false);
  }, [selected]);

  const shown = playbook ?? lastValid.current;
  const result = useMemo(() => {
    if (!shown || !input) return null;
    try {
      return scoreAccount(input, shown, { today: localToday() });
    } catch {
      return null;
    }
  }, [shown, input]);

  const options = [...accounts, { id: SAMPLE_ACCOUNT.id, label: SAMPLE_ACCOUNT.name }];
  return <PreviewPane accounts={options} selected={selected ?? SAMPLE_ACCOUNT.id} onSelect={setSelected} result={result} stale={!playbook && !!shown} error={error} />;
}
