import { useState } from 'react';
import { request } from '@/lib/messaging/client';

/** Reads the company website in the tab (needs the toolbar click's activeTab grant or host access). */
export function ReadWebsiteButton({ tabId }: { tabId: number }) {
  const [message, setMessage] = useState<string | null>(null);
  const read = () => {
    setMessage('Reading…');
    request('tab/read-website', { tabId })
      .then((r) => setMessage(r.read ? null : (r.reason ?? 'Nothing could be read.')))
      .catch((e: unknown) => setMessage(e instanceof Error ? e.message : String(e)));
  };
  return (
    <div style={{ marginTop: 8 }}>
      <button type="button" onClick={read}>Read this company website</button>
      {message && <div className="muted" role="status">{message}</div>}
    </div>
  );
}
