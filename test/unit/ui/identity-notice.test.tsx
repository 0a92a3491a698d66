import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { prerenderToNodeStream } from 'react-dom/static';
import { describe, expect, it } from 'vitest';
import { IdentityNotice } from '../../../components/panel/IdentityNotice';
import { PanelBody } from '../../../entrypoints/sidepanel/PanelBody';
import type { PanelActions } from '../../../lib/view/model';
import { ACME, viewFor } from './view-factory';

const none = () => undefined;
const actions: PanelActions = { setFact: async () => undefined, answer: async () => undefined, choosePersona: async () => undefined, savePerson: async () => undefined, copy: async () => true, setOutcome: async () => undefined };
const conflict = { otherAccountId: 'domain:victim.com', key: 'domain:victim.com', sentence: 'linkedin.com/company/<img src=x> says its website is victim.com, which you already know as linkedin.com/company/y.', seenAt: 1 };

/** Rendered with every lazy part loaded (Suspense boundaries waited for), as the panel ends up. */
async function renderAll(element: ReactElement): Promise<string> {
  const { prelude } = await prerenderToNodeStream(element);
  let html = '';
  for await (const chunk of prelude) html += String(chunk);
  return html;
}

describe('the identity notice', () => {
  it('shows the conflict in the rep’s words, as text, with the two choices', () => {
    const html = renderToStaticMarkup(<IdentityNotice identity={{ conflicts: [conflict] }} onMerge={none} onKeepApart={none} onSplit={none} />);
    expect(html).toContain('linkedin.com/company/&lt;img src=x&gt; says its website is victim.com');
    expect(html).not.toContain('<img');
    expect(html).toMatch(/>Merge<\/button>.*>Keep apart<\/button>/);
  });

  it('after a merge: says when, shows that there were two outcomes, offers split', () => {
    const identity = { conflicts: [], lastMerge: { at: Date.UTC(2026, 0, 5, 12), kind: 'merged' as const, otherName: 'X Corp', outcomes: [{ name: 'Victim', status: 'won' as const }, { name: 'X Corp', status: 'lost' as const }] } };
    const html = renderToStaticMarkup(<IdentityNotice identity={identity} onMerge={none} onKeepApart={none} onSplit={none} />);
    expect(html).toContain('Merged with <bdi>X Corp</bdi> on Jan 5, 2026.');
    expect(html.replace(/<[^>]+>/g, '')).toContain('Both had an outcome: Victim: Won (shown) · X Corp: Lost (kept)');
    expect(html).toContain('>Split</button>');
  });

  it('the side panel shows it above the result (once its lazily loaded code is in)', async () => {
    const view = viewFor(ACME);
    const withConflict = { ...view, account: { ...view.account!, identity: { conflicts: [conflict] } } };
    const html = await renderAll(<PanelBody data={{ state: 'ready', view: withConflict }} actions={actions} retry={none} />);
    expect(html.indexOf('identity-conflict')).toBeGreaterThan(-1);
    expect(html.indexOf('identity-conflict')).toBeLessThan(html.indexOf('Account summary'));
  });
});

describe('a page that joined an account on its claim', () => {
  it('is said quietly, named by its own address, and can be split off', () => {
    const identity = { conflicts: [], lastMerge: { at: Date.UTC(2026, 0, 5, 12), kind: 'joined' as const, otherName: 'linkedin.com/company/x', outcomes: [] } };
    const html = renderToStaticMarkup(<IdentityNotice identity={identity} onMerge={none} onKeepApart={none} onSplit={none} />);
    expect(html.replace(/<[^>]+>/g, '')).toContain('linkedin.com/company/x was added to this account on Jan 5, 2026 because it links to it.');
    expect(html).toContain('>Split it off</button>');
    expect(html).not.toContain('role="status"');
  });
});
