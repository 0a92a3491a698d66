import { HubSpotQueueView } from '../../components/options/HubSpotQueueView';
import { request } from '../../lib/messaging/client';
import type { HubSpotStatus } from '../../lib/messaging/protocol/hubspot';

/**
 * The Accounts tab's bulk send (issue 19 §2): the selected rows go to the background's queue,
 * which sends them in batches of 100 and survives a closed page or a dropped network.
 */
export function HubSpotBulk({ status, selected, onQueued, setStatus }: { status: HubSpotStatus; selected: readonly string[]; onQueued: () => void; setStatus: (s: HubSpotStatus) => void }) {
  const sendSelected = async () => {
    setStatus(await request('hubspot/send-many', { accountIds: [...selected] }));
    onQueued();
  };
  const pause = (paused: boolean) => void request('hubspot/pause', { paused }).then(setStatus);
  const retry = () => void request('hubspot/retry', {}).then(setStatus);
  return (
    <div className="card" data-testid="hubspot-bulk" style={{ marginTop: 12 }}>
      <button type="button" className="primary" disabled={!selected.length} data-testid="hubspot-send-selected" onClick={() => void sendSelected()}>
        Send {selected.length || ''} selected to HubSpot
      </button>{' '}
      <span className="muted small">Tick rows above. Companies already in HubSpot (same domain) are updated, the others created; rows without a domain are skipped.</span>
      <HubSpotQueueView queue={status.queue} onPause={pause} onRetry={retry} />
    </div>
  );
}
