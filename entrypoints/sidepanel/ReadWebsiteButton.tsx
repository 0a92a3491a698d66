import { useState } from 'react';
import { request } from '../../lib/messaging/client';

// Chrome lets us read a site the user did not grant only after a click on our toolbar button
// (activeTab); without it the tab's URL is hidden from us too, so say what to do either way.
const HINT = 'On a company website? Click the ICP Fit toolbar button on that page, then try again.';

/** Reads the company website in the tab (needs the toolbar click's activeTab grant or host access). */
export function ReadWebsiteButton({ tabId }: { tabId: number }) {
  const [message, setMessage] = useState<string | null>(null);
  const read = () => {
    setMessage('Reading…');
    request('tab/read-website', { tabId })
      .then((r) => setMessage(r.read ? null : `${r.reason ?? 'Nothing could be read.'} ${HINT}`))
      .catch((e: unknown) => setMessage(`${e instanceof Error ? e.message : String(e)} ${HINT}`));
  };
  return (
    <div>
      <button type="button" className="primary" onClick={read}>
        Read this company website
      </button>
      <div className="muted" role="status">{message}</div>
    </div>
  );
}
