import { MAX_PLAYBOOK_BYTES } from '../../playbook/validate';

/**
 * One download of a subscribed playbook: conditional, time-limited, size-capped. Everything the
 * server sends is untrusted; the caller validates the text. Never throws: errors are values.
 */
export const TIMEOUT_MS = 15_000;

export type Download =
  | { status: 'unchanged' }
  | { status: 'ok'; text: string; sha256: string; etag?: string; lastModified?: string }
  | { status: 'error'; message: string };

/** Why this URL may not be subscribed to, or null. https only; http only for loopback (tests, local hosting). */
export function urlProblem(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'not a valid URL';
  }
  if (url.username || url.password) return 'the URL must not contain a user name or password';
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && isLoopback(url.hostname)) return null;
  return 'the URL must start with https:// (plain http is allowed only for 127.0.0.1 and localhost)';
}

function isLoopback(host: string): boolean {
  return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
}

/** What is downloaded: its size cap and what the messages call it (the CRM list's URL uses the same download, issue 19). */
export interface DownloadKind {
  maxBytes: number;
  what: string;
}
const PLAYBOOK: DownloadKind = { maxBytes: MAX_PLAYBOOK_BYTES, what: 'playbook' };

export async function downloadPlaybook(url: string, cache: { etag?: string; lastModified?: string }, fetchImpl: typeof fetch = fetch, timeoutMs = TIMEOUT_MS, kind: DownloadKind = PLAYBOOK): Promise<Download> {
  const problem = urlProblem(url);
  if (problem) return { status: 'error', message: problem };
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    const headers: Record<string, string> = {};
    if (cache.etag) headers['If-None-Match'] = cache.etag;
    if (cache.lastModified) headers['If-Modified-Since'] = cache.lastModified;
    // no cookies: a playbook URL is public or secret-in-the-URL, never a logged-in page
    const res = await fetchImpl(url, { headers, signal: abort.signal, redirect: 'manual', credentials: 'omit', cache: 'no-store' });
    if (isRedirect(res)) return { status: 'error', message: redirectRefusal(res) };
    if (res.status === 304) return { status: 'unchanged' };
    if (!res.ok) return { status: 'error', message: `the server answered ${res.status}${res.statusText ? ' ' + res.statusText : ''}` };
    const type = res.headers.get('content-type') ?? '';
    if (/text\/html/i.test(type)) return { status: 'error', message: `the server sent a web page (HTML), not a ${kind.what} file` };
    const bytes = await readCapped(res, kind.maxBytes);
    if (!bytes) return { status: 'error', message: `the file is larger than ${Math.round(kind.maxBytes / 1_048_576)} MB: a ${kind.what} is never that big` };
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return { status: 'error', message: 'the file is not UTF-8 text' };
    }
    if (/^\s*</.test(text)) return { status: 'error', message: `the server sent a web page (HTML), not a ${kind.what} file` };
    return { status: 'ok', text, sha256: await sha256Hex(bytes), etag: header(res, 'etag', 500), lastModified: header(res, 'last-modified', 200) };
  } catch (e) {
    if (abort.signal.aborted) return { status: 'error', message: `no answer within ${Math.round(timeoutMs / 1000)} s` };
    return { status: 'error', message: `the download failed (${e instanceof Error ? e.message : String(e)})` };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Every hop of a download must be https (issue 15). Chrome does not let an extension see where a
 * redirect goes: with `redirect: 'manual'` it answers an opaque response with no Location
 * (measured in Chromium, the extension's service worker), and `follow` only shows the last address.
 * So no redirect is followed at all: the manager subscribes to the file's final https address.
 */
function isRedirect(res: Response): boolean {
  return res.type === 'opaqueredirect' || (res.status >= 300 && res.status < 400 && res.status !== 304);
}

function redirectRefusal(res: Response): string {
  const to = res.type === 'opaqueredirect' ? null : res.headers.get('location');
  const where = to ? ` to ${to.slice(0, 200)}` : '';
  return `the server redirects${where}: ICP Fit follows no redirect, since it cannot check that every step is https. Subscribe to the file's final https address (open the URL in a tab to see it)`;
}

/** A validator header worth keeping: an absurdly long one is dropped (the next download is then unconditional). */
function header(res: Response, name: string, max: number): string | undefined {
  const v = res.headers.get(name);
  return v && v.length <= max ? v : undefined;
}

/** The body, or null as soon as it passes `cap` bytes (a huge or endless response is not buffered). */
async function readCapped(res: Response, cap: number): Promise<Uint8Array | null> {
  if (Number(res.headers.get('content-length') ?? 0) > cap) {
    await res.body?.cancel().catch(() => undefined);
    return null;
  }
  if (!res.body) return new Uint8Array(await res.arrayBuffer());
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > cap) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

export async function sha256Hex(data: Uint8Array | string): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const digest = await crypto.subtle.digest('SHA-256', bytes as BufferSource);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
