import type { z } from 'zod';
import { API_ORIGIN, type HubSpotRequest } from '../../../insights/hubspot/hubspot-requests';
import { describeFailure, type HubSpotProblem } from '../../../insights/hubspot/hubspot-errors';
import { redact } from './hubspot-store';

/** A HubSpot answer, read and checked, or the problem to show. */
export type Answer<T> = { ok: true; status: number; data: T } | { ok: false; status: number; problem: HubSpotProblem };

/** Largest answer we read (a 100-company batch is ~200 KB): anything bigger is refused. */
const MAX_BODY = 2_000_000;
const TIMEOUT_MS = 20_000;
/** 429s waited out in place (short waits); a longer one leaves the work queued for the alarm. */
export const MAX_INLINE_WAIT_MS = 10_000;
const MAX_RATE_RETRIES = 4;

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

async function readCapped(res: Response): Promise<string | null> {
  const declared = Number(res.headers.get('content-length') ?? 0);
  if (declared > MAX_BODY) return null;
  const text = await res.text();
  return text.length > MAX_BODY ? null : text;
}

async function once(req: HubSpotRequest, token: string): Promise<{ res: Response; text: string | null } | HubSpotProblem> {
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), TIMEOUT_MS);
  try {
    const res = await fetch(API_ORIGIN + req.path, {
      method: req.method,
      headers: { authorization: `Bearer ${token}`, ...(req.body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: req.body === undefined ? undefined : JSON.stringify(req.body),
      credentials: 'omit',
      redirect: 'error',
      signal: ctrl.signal,
    });
    return { res, text: await readCapped(res) };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { kind: 'network', message: `HubSpot could not be reached (${redact(why, token).slice(0, 200)}). The work is kept and retried.` };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * One call: the token as a Bearer header (the only place it is used), no cookies, no redirects,
 * a timeout and a size cap; short 429 waits are taken here (Retry-After), the answer checked with
 * `schema`. `scope`: what the call needs, named when HubSpot answers 403 without saying.
 */
export async function call<S extends z.ZodType>(req: HubSpotRequest, token: string, schema: S, scope: string): Promise<Answer<z.infer<S>>> {
  for (let attempt = 0; ; attempt++) {
    const got = await once(req, token);
    if (!('res' in got)) return { ok: false, status: 0, problem: got };
    const { res, text } = got;
    if (text === null) return { ok: false, status: res.status, problem: { kind: 'server', message: 'HubSpot sent an answer too large to read.' } };
    if (!res.ok) {
      const problem = describeFailure(res.status, text, res.headers.get('retry-after'), scope);
      problem.message = redact(problem.message, token);
      if (problem.kind === 'rate' && problem.waitMs <= MAX_INLINE_WAIT_MS && attempt < MAX_RATE_RETRIES) {
        await sleep(problem.waitMs);
        continue;
      }
      return { ok: false, status: res.status, problem };
    }
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : {};
    } catch {
      return { ok: false, status: res.status, problem: { kind: 'server', message: 'HubSpot sent an answer that is not JSON.' } };
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) return { ok: false, status: res.status, problem: { kind: 'server', message: `HubSpot's answer was not in the expected shape (${parsed.error.issues[0]?.path.join('.') ?? '?'}).` } };
    return { ok: true, status: res.status, data: parsed.data };
  }
}
