// @vitest-environment jsdom
import { act, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { HubSpotSendView } from '../../../components/panel/HubSpotSendView';
import { HubSpotQueueView } from '../../../components/options/HubSpotQueueView';
import { emptyQueue, queueView } from '../../../lib/insights/hubspot/hubspot-state';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

async function render(el: ReactElement): Promise<HTMLElement> {
  const host = document.createElement('div');
  document.body.append(host);
  await act(async () => createRoot(host).render(el));
  return host;
}

const HOSTILE = '<img src=x onerror="alert(1)">Acme';

// What HubSpot (or a stored queue) says is shown as text, and only hubspot.com record links are links.
describe('the HubSpot views', () => {
  it('the panel links to the record only on app(-region).hubspot.com', async () => {
    const ok = await render(<HubSpotSendView lookup={null} sending={false} sent={{ result: 'created', message: 'Created in HubSpot.', url: 'https://app-eu1.hubspot.com/contacts/1/record/0-2/9' }} onSend={() => undefined} />);
    expect(ok.querySelector('a')?.getAttribute('href')).toBe('https://app-eu1.hubspot.com/contacts/1/record/0-2/9');
    for (const url of ['javascript:alert(1)', 'https://evil.example/app.hubspot.com/', 'http://app.hubspot.com/contacts/1']) {
      const host = await render(<HubSpotSendView lookup={null} sending={false} sent={{ result: 'created', message: HOSTILE, url }} onSend={() => undefined} />);
      expect(host.querySelector('a')).toBeNull();
      expect(host.querySelector('img')).toBeNull();
      expect(host.textContent).toContain(HOSTILE);
    }
  });

  it('the live answer and the queue render names and details as text', async () => {
    const live = await render(<HubSpotSendView lookup={{ state: 'live', live: { found: true, url: null, owner: HOSTILE, stage: 'customer', checkedAt: 1 } }} sending={false} sent={null} onSend={() => undefined} />);
    expect(live.textContent).toContain(`In HubSpot · lifecycle customer · owner ${HOSTILE}`);
    const q = queueView({ ...emptyQueue(), total: 2, recent: [
      { accountId: 'a', name: HOSTILE, action: 'failed', detail: 'javascript:alert(1)' },
      { accountId: 'b', name: 'Beta', action: 'created', detail: 'https://app.hubspot.com/contacts/1/record/0-2/5' },
    ] });
    const host = await render(<HubSpotQueueView queue={q} onPause={() => undefined} onRetry={() => undefined} />);
    expect([...host.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://app.hubspot.com/contacts/1/record/0-2/5']);
    expect(host.querySelector('img')).toBeNull();
    expect(host.textContent).toContain('Sent 2. Created 0 · updated 0 · skipped 0 · failed 0');
  });
});
