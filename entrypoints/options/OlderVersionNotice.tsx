import { useState } from 'react';
import { request } from '../../lib/messaging/client';
import type { Subscription } from '../../lib/messaging/views';

/**
 * "The URL now serves an older version X (you have Y) — use it?" (issue 15). An older file is
 * never activated on its own; the choice names the exact file shown (its SHA-256). Under a policy
 * lock nobody here may change the playbook, so the notice only informs.
 */
export function OlderVersionNotice({ older, locked, onChange }: { older: NonNullable<Subscription['olderVersion']>; locked: boolean; onChange: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const choose = async (use: boolean) => {
    setError(null);
    const r = await request('playbook/older-version', { sha256: older.sha256, use });
    if (!r.ok) setError(r.error);
    onChange();
  };
  return (
    <div className="notice" role="status" data-testid="older-version">
      <strong>
        The URL now serves an older version {older.version} (you have {older.current}).
      </strong>
      <div className="notice-body">
        {locked ? (
          'It was not activated. The playbook is locked by your organisation.'
        ) : (
          <>
            It was not activated. Use it?{' '}
            <button type="button" data-testid="use-older" onClick={() => void choose(true)}>
              Use version {older.version}
            </button>{' '}
            <button type="button" data-testid="keep-current" onClick={() => void choose(false)}>
              Keep {older.current}
            </button>
          </>
        )}
        {error && <div role="alert">{error}</div>}
      </div>
    </div>
  );
}
