import { z } from 'zod';
import { CRM_UPLOAD } from '../../messaging/protocol/crm';
import { CSV_LIMITS } from '../../insights/csv';

/**
 * The CRM export's text, handed to the worker by `postMessage` instead of inside the 'crm/import'
 * message. chrome.runtime.sendMessage carries a message as JSON through the browser process: a
 * 20,000-row export (2.4 MB) took 0.3–1.5 s to reach the worker, the largest part of the import
 * (docs/benchmarks.md, "CRM list import"). A message posted to the service worker is a structured
 * clone and takes a fraction of that. Only this extension's own pages can post to its worker
 * (a service worker hears its own origin's clients only, and the origin is checked again here);
 * the text is untrusted all the same: 'crm/import' reads and validates it like a text it carried.
 */
const Upload = z.object({ type: z.literal(CRM_UPLOAD), id: z.string().uuid(), text: z.string().max(CSV_LIMITS.maxChars) }).strict();

/** an upload not imported within a minute is dropped: the page imports right after posting it */
const KEEP_MS = 60_000;
/** at most this many held at once (a second options tab): each may be 50 MB */
const MAX_HELD = 2;

const held = new Map<string, { text: string; at: number }>();

function dropExpired(now: number): void {
  for (const [id, h] of held) if (now - h.at > KEEP_MS) held.delete(id);
}

/** Keep a posted text until 'crm/import' takes it. False (and nothing kept) for anything else. */
export function receiveCrmUpload(data: unknown, origin: string, ownOrigin: string, now = Date.now()): boolean {
  if (origin !== ownOrigin) return false;
  const upload = Upload.safeParse(data);
  if (!upload.success) return false;
  dropExpired(now);
  for (const id of held.keys()) if (held.size >= MAX_HELD) held.delete(id);
  held.set(upload.data.id, { text: upload.data.text, at: now });
  return true;
}

/** The text posted under this id, once: it is forgotten as it is taken. */
export function takeCrmUpload(id: string, now = Date.now()): string | undefined {
  dropExpired(now);
  const h = held.get(id);
  held.delete(id);
  return h?.text;
}

export function heldCrmUploads(): number {
  return held.size;
}

/** The worker's 'message' listener: keep the upload and say on the reply port whether it was kept. */
export function onCrmUploadMessage(e: Pick<MessageEvent, 'data' | 'origin' | 'ports'>, ownOrigin: string): void {
  if ((e.data as { type?: unknown } | null)?.type !== CRM_UPLOAD) return;
  const kept = receiveCrmUpload(e.data, e.origin, ownOrigin);
  e.ports[0]?.postMessage({ kept });
}
