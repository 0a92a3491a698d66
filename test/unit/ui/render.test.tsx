import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { clip } from '../../../components/shared/ClampText';
import { FitPanel } from '../../../components/panel/FitPanel';
import type { PanelActions } from '../../../lib/view/model';
import { PanelBody } from '../../../entrypoints/sidepanel/PanelBody';
import { toPanelModel } from '../../../lib/view/panel-model';
import { ACME, viewFor } from './view-factory';

const actions: PanelActions = { setFact: async () => undefined, answer: async () => undefined, choosePersona: async () => undefined, savePerson: async () => undefined, copy: async () => true, setOutcome: async () => undefined };

describe('rendering', () => {
  it('page text is rendered as text, never as markup', () => {
    const name = '<img src=x onerror="alert(1)">شركة 🚀';
    const html = renderToStaticMarkup(<FitPanel model={toPanelModel(viewFor({ ...ACME, name: { value: name } }))!} actions={actions} />);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;شركة 🚀');
    expect(html).toMatch(/<bdi dir="auto">&lt;img/);
  });

  it('long text is cut without splitting an emoji, with a "more" button', () => {
    expect(clip('ab👩‍💻cd', 3)).toBe('ab');
    expect(clip('ab👩‍💻cd', 7)).toBe('ab👩‍💻');
    const long = 'x'.repeat(300);
    const html = renderToStaticMarkup(<FitPanel model={toPanelModel(viewFor({ ...ACME, name: { value: long } }))!} actions={actions} />);
    expect(html).toContain(`${'x'.repeat(80)}…`);
    expect(html).toContain('aria-expanded="false"');
  });

  it('says "no playbook" when the view has no result because the playbook failed', () => {
    const view = { ...viewFor(ACME), result: undefined, playbook: undefined, playbookError: 'The bundled starter playbook is invalid' };
    const html = renderToStaticMarkup(<PanelBody data={{ state: 'ready', view }} actions={actions} retry={() => undefined} />);
    expect(html).toContain('No playbook to score with');
    expect(html).toContain('The bundled starter playbook is invalid');
    expect(html).toContain('Open options');
  });

  it('a 200-criterion ICP renders every row (bodies only on expand)', () => {
    const model = toPanelModel(viewFor(ACME))!;
    const icp = model.icps[0]!;
    const many = Array.from({ length: 200 }, (_, i) => ({ ...icp.criteria[i % icp.criteria.length]!, id: `c${i}` }));
    const t0 = performance.now();
    const html = renderToStaticMarkup(<FitPanel model={{ ...model, icps: [{ ...icp, criteria: many }] }} actions={actions} />);
    const ms = performance.now() - t0;
    expect(html.match(/data-testid="criterion-c\d+"/g)).toHaveLength(200);
    expect(ms).toBeLessThan(1000);
  });
});
