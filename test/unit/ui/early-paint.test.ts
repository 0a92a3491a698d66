// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { earlyPaint } from '../../../hooks/early-paint';
import { toPanelModel } from '../../../lib/view/panel-model';
import { viewFor } from './view-factory';

const FACTS = { name: { value: 'Acme Analytics' }, domain: { value: 'acme.io' }, industry: { value: 'Software Development' }, employeeRange: { value: { min: 51, max: 200 } }, hqCountry: { value: 'DE' } };

describe('the side panel early paint (before React)', () => {
  beforeEach(() => {
    document.body.replaceChildren(Object.assign(document.createElement('div'), { id: 'root' }));
  });
  const root = () => document.getElementById('root')!;

  it('draws the best ICP tier, score, company and ICP as the panel model has them', () => {
    const view = viewFor(FACTS);
    earlyPaint(view);
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
    earlyPaint(viewFor(FACTS, { name: '<img src=x onerror="alert(1)">Evil' }));
    expect(root().querySelector('img')).toBeNull();
    expect(root().querySelector('h1')!.textContent).toBe('<img src=x onerror="alert(1)">Evil');
  });

  it('draws nothing into a root React already rendered, nor without a scored account', () => {
    root().append(Object.assign(document.createElement('main'), { className: 'panel', textContent: 'Loading…' }));
    earlyPaint(viewFor(FACTS));
    expect(root().querySelector('[data-early]')).toBeNull();
    root().replaceChildren();
    earlyPaint({ ...viewFor(FACTS), status: 'reading' });
    expect(root().firstChild).toBeNull();
    earlyPaint({ ...viewFor(FACTS), result: undefined });
    expect(root().firstChild).toBeNull();
  });
});
