import { useMemo } from 'react';
import type { PanelActions } from '../lib/view/model';
import { request } from '../lib/messaging/client';
import type { FactName } from '../lib/facts/model';

/** Put text on the clipboard; the textarea fallback covers a panel that lost focus. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

/**
 * The panel's edits, sent to the background; each refreshes the view when saved (the background
 * also broadcasts the change, which updates any other open page).
 */
export function usePanelActions(accountId: string | undefined, refresh: () => void): PanelActions {
  return useMemo<PanelActions>(() => {
    const need = () => {
      if (!accountId) throw new Error('No account is shown');
      return accountId;
    };
    return {
      async setFact(fact, value) {
        await request('account/set-fact', { accountId: need(), fact: fact as FactName, value: value ?? null });
        refresh();
      },
      async answer(criterionId, value) {
        await request('account/answer', { accountId: need(), criterionId, value });
        refresh();
      },
      async choosePersona(personaId) {
        await request('account/persona', { accountId: need(), personaId });
        refresh();
      },
      async savePerson(person) {
        await request('account/save-person', { accountId: need(), person });
        refresh();
      },
      async setOutcome(outcome) {
        await request('account/outcome', { accountId: need(), outcome });
        refresh();
      },
      copy: copyText,
    };
  }, [accountId, refresh]);
}
