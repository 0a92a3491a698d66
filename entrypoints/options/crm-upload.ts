// Types only: the protocol's zod schemas stay out of the pages' bundles (issue 17).
import type { CRM_UPLOAD as CrmUploadType } from '../../lib/messaging/protocol/crm';

/** Same string as the protocol's CRM_UPLOAD; the annotation makes the compiler check they agree. */
const CRM_UPLOAD: typeof CrmUploadType = 'icp/crm-upload';

/**
 * Hand a CRM export's text to the background by posting it to the service worker (a structured
 * clone) rather than inside the 'crm/import' message, which Chrome carries as JSON through the
 * browser process (0.3–1.5 s for 20,000 rows; lib/background/crm/crm-upload.ts). The id to
 * import it by once the worker said it kept it; null when it could not (no worker, no answer in
 * time): the caller then sends the text in the message as before.
 */
export async function postCrmUpload(text: string, timeoutMs = 10_000): Promise<string | null> {
  try {
    const worker = await activeWorker(timeoutMs);
    if (!worker) return null;
    const id = crypto.randomUUID();
    const kept = await new Promise<boolean>((resolve) => {
      const channel = new MessageChannel();
      const timer = setTimeout(() => resolve(false), timeoutMs);
      channel.port1.onmessage = (e: MessageEvent<unknown>) => {
        clearTimeout(timer);
        resolve(typeof e.data === 'object' && e.data !== null && (e.data as { kept?: unknown }).kept === true);
      };
      worker.postMessage({ type: CRM_UPLOAD, id, text }, [channel.port2]);
    });
    return kept ? id : null;
  } catch {
    return null;
  }
}

/**
 * The extension's running service worker. `getRegistration()` alone can come back without an
 * active worker right after the extension was installed or updated (seen on CI: the first page
 * opened after a launch); `ready` waits for it to be activated.
 */
async function activeWorker(timeoutMs: number): Promise<ServiceWorker | null> {
  if (!navigator.serviceWorker) return null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), timeoutMs)));
  const registration = await Promise.race([navigator.serviceWorker.ready, late]).finally(() => clearTimeout(timer));
  return registration?.active ?? null;
}
