// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';

// storage.session and the active tab, as the panel's first script sees them
const session = new Map<string, unknown>();
vi.mock('wxt/browser', () => ({
  browser: {
    storage: { session: { get: async (key: string) => (session.has(key) ? { [key]: structuredClone(session.get(key)) } : {}) } },
    tabs: { query: async () => [{ id: 42 }] },
  },
}));
const { earlyPaint, headlineOfView, paintFromBadge } = await import('../../../hooks/early-paint');
const { EARLY_HEADLINE_EVENT } = await import('../../../hooks/early-headline-event');
import { toPanelModel } from '../../../lib/view/panel-model';
import { viewFor } from './view-factory';

const FACTS = { name: { value: 'Acme Analytics' }, domain: { value: 'acme.io' }, industry: { value: 'Software Development' }, employeeRange: { value: { min: 51, max: 200 } }, hqCountry: { value: 'DE' } };

/** A new panel page: an empty #root, no headline drawn yet, React not started. */
function newPage() {
  document.body.replaceChildren(Object.assign(document.createElement('div'), { id: 'root' }));
  delete window.__icpEarlyHeadline;
}

describe('the side panel early paint (before React)', () => {
  beforeEach(newPage);
  const root = () => document.getElementById('root')!;

  it('draws the best ICP tier, score, company and ICP as the panel model has them', () => {
    const view = viewFor(FACTS);
    earlyPaint(headlineOfView(view), 'view');
    const card = toPanelModel(view)!.icps[0]!;
    const tier = root().querySelector('[data-testid="tier"]')!;
    expect(tier.textContent).toBe(card.tier);
    expect(tier.className).toBe(`tier ${card.tierClass}`);
    expect(root().querySelector('[data-testid="score"]')!.textContent).toBe(card.score === null ? 'Not enough data' : `${card.score}/100`);
    expect(root().querySelector('h1')!.textContent).toBe('Acme Analytics');
    expect(root().querySelector('[data-testid="icp-name"]')!.textContent).toBe(card.name);
    expect(root().querySelector('[data-early]')).not.toBeNull();
  });

  it('sets page text as text: a name with markup stays text', () => {
    earlyPaint(headlineOfView(viewFor(FACTS, { name: '<img src=x onerror="alert(1)">Evil' })), 'view');
    expect(root().querySelector('img')).toBeNull();
    expect(root().querySelector('h1')!.textContent).toBe('<img src=x onerror="alert(1)">Evil');
  });

  it('the first answer wins, and is kept for React with an event', () => {
    const heard: string[] = [];
    const on = () => heard.push(window.__icpEarlyHeadline!.from);
    window.addEventListener(EARLY_HEADLINE_EVENT, on);
    const view = viewFor(FACTS);
    earlyPaint(headlineOfView(view), 'badge');
    earlyPaint(headlineOfView(viewFor(FACTS, { name: 'Other Co' })), 'view');
    window.removeEventListener(EARLY_HEADLINE_EVENT, on);
    expect(heard).toEqual(['badge']);
    expect(window.__icpEarlyHeadline).toMatchObject({ h: headlineOfView(view), from: 'badge' });
    expect(root().querySelectorAll('header')).toHaveLength(1);
    expect(root().querySelector('h1')!.textContent).toBe('Acme Analytics');
  });

  it('once React has drawn into #root, only React draws: #root is left alone, the headline is still kept', () => {
    root().append(Object.assign(document.createElement('main'), { className: 'panel', textContent: 'Loading…' }));
    earlyPaint(headlineOfView(viewFor(FACTS)), 'badge');
    expect(root().querySelector('header')).toBeNull();
    expect(window.__icpEarlyHeadline?.h.name).toBe('Acme Analytics');
  });

  it('draws nothing into a root React already rendered, nor without a scored account', () => {
    root().append(Object.assign(document.createElement('main'), { className: 'panel', textContent: 'Loading…' }));
    earlyPaint(headlineOfView(viewFor(FACTS)), 'view');
    expect(root().querySelector('[data-early]')).toBeNull();
    newPage();
    earlyPaint(headlineOfView({ ...viewFor(FACTS), status: 'reading' }), 'view');
    expect(root().firstChild).toBeNull();
    earlyPaint(headlineOfView({ ...viewFor(FACTS), result: undefined }), 'view');
    expect(root().firstChild).toBeNull();
  });
});

describe("the side panel early paint from the tab's badge headline (no worker)", () => {
  beforeEach(() => {
    newPage();
    session.clear();
  });
  const root = () => document.getElementById('root')!;

  it('draws the same header as from the view, marked as drawn from the badge', async () => {
    const view = viewFor(FACTS);
    session.set('badge:7', headlineOfView(view));
    await paintFromBadge(7);
    const markup = () => new XMLSerializer().serializeToString(root());
    const fromBadge = markup();
    expect(root().querySelector('[data-early="badge"] [data-testid="tier"]')!.textContent).toBe(toPanelModel(view)!.icps[0]!.tier);
    newPage();
    earlyPaint(headlineOfView(view), 'view');
    expect(fromBadge).toBe(markup().replace('data-early="view"', 'data-early="badge"'));
  });

  it("follows the window's active tab when the page is not pinned to one", async () => {
    session.set('badge:42', headlineOfView(viewFor(FACTS)));
    await paintFromBadge(undefined);
    expect(root().querySelector('h1')!.textContent).toBe('Acme Analytics');
  });

  it('draws nothing from a stored value of the wrong shape, or when there is none', async () => {
    session.set('badge:7', { name: { toString: 'x' }, tier: 'A' });
    await paintFromBadge(7);
    await paintFromBadge(8);
    expect(root().firstChild).toBeNull();
  });
});
