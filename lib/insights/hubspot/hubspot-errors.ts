import { ErrorBody } from './hubspot-schemas';

/**
 * What a failed HubSpot call means for the rep, in words they can act on (issue 19 §2):
 * 401 a bad token, 403 a missing scope (named), 429 wait and continue, a validation error naming
 * the property, 5xx try later. HubSpot's error body is described at
 * https://developers.hubspot.com/docs/guides/api/error-handling and parsed as hostile input.
 */
export type HubSpotProblem =
  | { kind: 'auth'; message: string }
  | { kind: 'scope'; message: string; scopes: string[] }
  | { kind: 'rate'; message: string; waitMs: number }
  | { kind: 'validation'; message: string; property?: string }
  | { kind: 'conflict'; message: string }
  | { kind: 'server'; message: string }
  | { kind: 'network'; message: string };

/** Scopes a 403 may name (context.requiredScopes / missingScopes); only scope-like words are kept. */
const SCOPE = /^[a-z][a-z0-9_.-]{2,80}$/;
/** The scope each write needs, named when HubSpot's answer does not say. */
export const SCOPES = { companiesRead: 'crm.objects.companies.read', companiesWrite: 'crm.objects.companies.write', schemasWrite: 'crm.schemas.companies.write' } as const;

const MAX_WAIT_MS = 24 * 60 * 60 * 1000;

/** Retry-After is seconds (or an HTTP date); HubSpot's own 429s often carry none: 1 s for the per-second limit, 10 s otherwise. */
export function waitFor(retryAfter: string | null, body: ErrorBody | undefined, now = Date.now()): number {
  if (retryAfter) {
    const s = Number(retryAfter);
    if (Number.isFinite(s) && s >= 0) return Math.min(MAX_WAIT_MS, Math.ceil(s * 1000));
    const at = Date.parse(retryAfter);
    if (Number.isFinite(at)) return Math.min(MAX_WAIT_MS, Math.max(0, at - now));
  }
  if (body?.policyName === 'DAILY') return MAX_WAIT_MS;
  return body?.policyName === 'SECONDLY' ? 1_000 : 10_000;
}

function parseBody(text: string): ErrorBody | undefined {
  try {
    const r = ErrorBody.safeParse(JSON.parse(text.slice(0, 100_000)));
    return r.success ? r.data : undefined;
  } catch {
    return undefined;
  }
}

/** The property a validation error names: context.propertyName, or "Property values were not valid" details. */
function propertyOf(body: ErrorBody | undefined): string | undefined {
  const named = body?.context?.propertyName?.[0] ?? body?.errors?.find((e) => e.context?.propertyName)?.context?.propertyName?.[0];
  if (named) return named.slice(0, 100);
  const inMessage = /"name"\s*:\s*"([a-z0-9_]{1,100})"/i.exec(body?.message ?? '') ?? /property "?([a-z0-9_]{1,100})"?/i.exec(body?.message ?? '');
  return inMessage?.[1];
}

function scopesOf(body: ErrorBody | undefined, needed: string): string[] {
  const named = [...(body?.context?.requiredScopes ?? []), ...(body?.context?.missingScopes ?? []), ...(body?.errors?.flatMap((e) => e.context?.requiredScopes ?? []) ?? [])];
  const kept = [...new Set(named.filter((s) => SCOPE.test(s)))].slice(0, 10);
  return kept.length ? kept : [needed];
}

/** What a stored or shown problem may hold (hubspot-state.ts: the queue's `problem`, an unreachable lookup). */
export const MAX_PROBLEM_CHARS = 600;

/**
 * One failed answer → a problem the UI shows. `needed`: the scope this call needs. The message
 * fits where it is kept: ten long scope names made one of ~940 characters, which the queue's schema
 * refused, so the queue stopped with no reason stored.
 */
export function describeFailure(status: number, bodyText: string, retryAfter: string | null, needed: string, now = Date.now()): HubSpotProblem {
  const p = failureOf(status, bodyText, retryAfter, needed, now);
  return p.message.length <= MAX_PROBLEM_CHARS ? p : { ...p, message: `${p.message.slice(0, MAX_PROBLEM_CHARS - 1)}…` };
}

function failureOf(status: number, bodyText: string, retryAfter: string | null, needed: string, now: number): HubSpotProblem {
  const body = parseBody(bodyText);
  const said = body?.message ? `: ${body.message.slice(0, 300)}` : '';
  if (status === 401) return { kind: 'auth', message: 'HubSpot refused the token (invalid or expired). Paste a new private app token in Options → CRM → HubSpot.' };
  if (status === 403) {
    const scopes = scopesOf(body, needed);
    return { kind: 'scope', scopes, message: `The private app lacks the scope ${scopes.join(', ')}. Add it in HubSpot (Settings → Integrations → Private apps), then connect again.` };
  }
  if (status === 429) {
    const waitMs = waitFor(retryAfter, body, now);
    return { kind: 'rate', waitMs, message: `HubSpot's rate limit was reached; continuing in ${Math.ceil(waitMs / 1000)} s.` };
  }
  if (status === 409) return { kind: 'conflict', message: `HubSpot says it already exists${said}` };
  if (status === 400 || status === 422) {
    const property = propertyOf(body);
    return { kind: 'validation', property, message: property ? `HubSpot refused the value of "${property}"${said}` : `HubSpot refused the request${said}` };
  }
  return { kind: 'server', message: `HubSpot answered ${status}${said}. Nothing was lost: try again later.` };
}
