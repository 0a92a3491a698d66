import type { BrowserContext, Request, Route } from '@playwright/test';

/**
 * A local stand-in for HubSpot's CRM v3 API at https://api.hubapi.com (issue 19 §2), installed
 * with context.route so the extension's service worker talks to it as to the real host. It
 * checks the Bearer token, the paths and the bodies (anything unexpected is recorded in
 * `unexpected`, which specs assert empty), keeps companies in memory, and replays scripted
 * failures (401 / 429 / 500) or a dropped network.
 */
export const PORTAL_ID = 4242;
// expose Retry-After: without the host grant (headless cannot give it) the worker reads HubSpot as a CORS client
const CORS = { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'authorization, content-type', 'access-control-allow-methods': 'GET, POST, PATCH', 'access-control-expose-headers': 'retry-after' };

type Props = Record<string, string>;
interface Scripted { match: RegExp; status: number; body: unknown; headers?: Record<string, string> }

export class HubSpotStandIn {
  token = 'pat-na1-11111111-2222-3333-4444-555555555555';
  companies = new Map<string, Props>();
  groups = new Set<string>();
  owners = new Map<string, { firstName: string; lastName: string; email: string }>([['5', { firstName: 'Dana', lastName: 'Lee', email: 'dana@example.com' }]]);
  properties = new Set<string>();
  /** "METHOD path" of every request that reached the stand-in, in order */
  calls: string[] = [];
  unexpected: string[] = [];
  offline = false;
  private nextId = 9001;
  private scripted: Scripted[] = [];

  async install(context: BrowserContext): Promise<void> {
    await context.route('https://api.hubapi.com/**', (route) => this.handle(route));
  }

  /** The next request whose "METHOD path" matches gets this answer instead. */
  failNext(match: RegExp, status: number, body: unknown = {}, headers: Record<string, string> = {}): void {
    this.scripted.push({ match, status, body, headers });
  }

  private async handle(route: Route): Promise<void> {
    const req = route.request();
    if (req.method() === 'OPTIONS') return route.fulfill({ status: 204, headers: CORS });
    if (this.offline) return route.abort('internetdisconnected');
    const path = new URL(req.url()).pathname;
    const key = `${req.method()} ${path}`;
    this.calls.push(key);
    const reply = (status: number, body: unknown, headers: Record<string, string> = {}) => route.fulfill({ status, headers: { ...CORS, 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    if (req.headers()['authorization'] !== `Bearer ${this.token}`) {
      return reply(401, { status: 'error', message: 'Authentication credentials not found.', correlationId: 'c-401', category: 'INVALID_AUTHENTICATION' });
    }
    const i = this.scripted.findIndex((s) => s.match.test(key));
    if (i >= 0) {
      const [s] = this.scripted.splice(i, 1);
      return reply(s!.status, s!.body, s!.headers);
    }
    const answer = this.answer(req, key);
    if (!answer) {
      this.unexpected.push(`${key} ${req.postData() ?? ''}`);
      return reply(404, { status: 'error', message: 'not found', correlationId: 'c-404', category: 'OBJECT_NOT_FOUND' });
    }
    return reply(answer[0], answer[1]);
  }

  private record(id: string) {
    return { id, properties: { ...this.companies.get(id)!, hs_object_id: id }, createdAt: '2026-12-06T10:00:00Z', updatedAt: '2026-12-06T10:00:00Z', archived: false };
  }

  private body(req: Request): Record<string, unknown> | null {
    try {
      return JSON.parse(req.postData() ?? 'null') as Record<string, unknown>;
    } catch {
      return null;
    }
  }

  private answer(req: Request, key: string): [number, unknown] | null {
    const b = this.body(req);
    if (key === 'GET /account-info/v3/details') return [200, { portalId: PORTAL_ID, accountType: 'STANDARD', timeZone: 'US/Eastern', companyCurrency: 'USD', additionalCurrencies: [], utcOffset: '-05:00', utcOffsetMilliseconds: -18000000, uiDomain: 'app.hubspot.com', dataHostingLocation: 'na1' }];
    if (key === 'GET /crm/v3/properties/companies/industry') return [200, { name: 'industry', options: [{ value: 'COMPUTER_SOFTWARE', label: 'Computer Software' }] }];
    if (key === 'POST /crm/v3/properties/companies/groups' && b?.name === 'icp_fit' && b.label === 'ICP Fit') return this.once(this.groups, 'icp_fit');
    if (key === 'POST /crm/v3/properties/companies' && typeof b?.name === 'string' && b.groupName === 'icp_fit' && b.type && b.fieldType) return this.once(this.properties, b.name);
    if (key === 'POST /crm/v3/objects/companies/search') return this.search(b);
    const owner = /^GET \/crm\/v3\/owners\/(\d+)$/.exec(key);
    if (owner && this.owners.has(owner[1]!)) return [200, { id: owner[1], ...this.owners.get(owner[1]!) }];
    if (key === 'POST /crm/v3/objects/companies' && this.validProps(b?.properties)) return [201, this.create(b!.properties as Props)];
    const patch = /^PATCH \/crm\/v3\/objects\/companies\/(\d+)$/.exec(key);
    if (patch && this.companies.has(patch[1]!) && this.validProps(b?.properties)) return [200, this.update(patch[1]!, b!.properties as Props)];
    if (key === 'POST /crm/v3/objects/companies/batch/create' && this.validInputs(b, false)) return [201, { status: 'COMPLETE', results: (b!.inputs as { properties: Props }[]).map((x) => this.create(x.properties)) }];
    if (key === 'POST /crm/v3/objects/companies/batch/update' && this.validInputs(b, true)) return [200, { status: 'COMPLETE', results: (b!.inputs as { id: string; properties: Props }[]).map((x) => this.update(x.id, x.properties)) }];
    return null;
  }

  private once(set: Set<string>, name: string): [number, unknown] {
    if (set.has(name)) return [409, { status: 'error', message: `${name} already exists`, correlationId: 'c-409', category: 'OBJECT_ALREADY_EXISTS' }];
    set.add(name);
    return [201, { name }];
  }

  private validProps(p: unknown): boolean {
    return !!p && typeof p === 'object' && Object.values(p).every((v) => typeof v === 'string') && typeof (p as Props).domain === 'string';
  }

  private validInputs(b: Record<string, unknown> | null, update: boolean): boolean {
    const inputs = b?.inputs;
    return Array.isArray(inputs) && inputs.length >= 1 && inputs.length <= 100 && inputs.every((x: { id?: string; properties?: unknown }) => this.validProps(x.properties) && (!update || (typeof x.id === 'string' && this.companies.has(x.id))));
  }

  private search(b: Record<string, unknown> | null): [number, unknown] | null {
    const filter = (b?.filterGroups as { filters: { propertyName: string; operator: string; value?: string; values?: string[] }[] }[] | undefined)?.[0]?.filters?.[0];
    if (!filter || filter.propertyName !== 'domain' || !['EQ', 'IN'].includes(filter.operator)) return null;
    const wanted = new Set(filter.operator === 'EQ' ? [filter.value] : (filter.values ?? []));
    const hits = [...this.companies.keys()].filter((id) => wanted.has(this.companies.get(id)!.domain));
    return [200, { total: hits.length, results: hits.map((id) => this.record(id)) }];
  }

  private create(p: Props) {
    const id = String(this.nextId++);
    this.companies.set(id, { ...p });
    return this.record(id);
  }

  private update(id: string, p: Props) {
    this.companies.set(id, { ...this.companies.get(id)!, ...p });
    return this.record(id);
  }
}
