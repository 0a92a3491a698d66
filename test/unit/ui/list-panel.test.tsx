// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { ListPanel, type ListPanelProps } from '../../../components/panel/ListPanel';
import { listView, row } from '../view/list-factory';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const HOSTILE = '<img src=x onerror="alert(1)">شركة';
const VIEW = listView([
  row({ key: 'b', name: 'Beta', tier: 'B', score: 60, href: 'https://www.linkedin.com/company/beta/' }),
  row({ key: 'a', name: HOSTILE, tier: 'A', score: 90, href: 'https://www.linkedin.com/company/a/' }),
  row({ key: 'p', kind: 'person', placeholder: 'linkedin-member', text: 'LinkedIn Member', title: 'x'.repeat(1500) }),
  row({ key: 'j', name: 'Jay', tier: 'C', score: 10, href: 'javascript:alert(1)' }),
]);

async function render(props: Partial<ListPanelProps> = {}) {
  const host = document.createElement('div');
  document.body.append(host);
  const onOpen = vi.fn();
  const onSave = vi.fn(async () => undefined);
  await act(async () => createRoot(host).render(<ListPanel view={VIEW} onOpen={onOpen} onSave={onSave} onExport={async () => 'done'} {...props} />));
  const opens = () => [...host.querySelectorAll<HTMLButtonElement>('[data-testid="list-row"] > button')];
  return { host, onOpen, onSave, opens };
}

const key = (el: Element, k: string) => act(async () => void el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })));

describe('the list panel', () => {
  it('page text is text: a name with markup stays text, a long line is cut with "more"', async () => {
    const { host } = await render();
    expect(host.querySelector('img')).toBeNull();
    expect(host.querySelector('[data-testid="list-name"] bdi')!.textContent).toBe(HOSTILE);
    const placeholder = [...host.querySelectorAll('[data-testid="list-row"]')].find((li) => li.textContent!.includes('LinkedIn Member'))!;
    expect(placeholder.textContent!.length).toBeLessThan(500);
    expect(placeholder.querySelector('button[aria-expanded="false"]')).not.toBeNull();
    // a placeholder links to no account: nothing to save
    expect(placeholder.textContent).not.toContain('Save to accounts');
  });

  it('one row in the Tab order; arrows move it, Enter/click opens the row, a non-web link opens nothing', async () => {
    const { onOpen, opens } = await render();
    expect(opens().map((b) => b.tabIndex)).toEqual([0, -1, -1, -1]);
    expect(opens()[0]!.textContent).toContain(HOSTILE); // best first
    opens()[0]!.focus();
    await key(opens()[0]!, 'ArrowDown');
    expect(document.activeElement).toBe(opens()[1]);
    expect(opens().map((b) => b.tabIndex)).toEqual([-1, 0, -1, -1]);
    await key(opens()[1]!, 'End');
    expect(document.activeElement).toBe(opens()[3]);
    await key(opens()[3]!, 'Home');
    expect(document.activeElement).toBe(opens()[0]);
    await act(async () => opens()[1]!.click());
    expect(onOpen).toHaveBeenCalledWith('https://www.linkedin.com/company/beta/');
    const jay = opens().find((b) => b.textContent!.includes('Jay'))!;
    await act(async () => jay.click());
    expect(onOpen).toHaveBeenCalledTimes(1);
  });

  it('Save to accounts asks once and says it is saved', async () => {
    const { host, onSave } = await render();
    const save = host.querySelector<HTMLButtonElement>('[data-testid="list-row"] button.copy')!;
    await act(async () => save.click());
    expect(onSave).toHaveBeenCalledWith('a');
    expect(save.textContent).toBe('Saved to accounts');
    expect(save.disabled).toBe(true);
    expect(host.querySelector('[data-testid="list-status"]')!.textContent).toBe('Saved to your accounts.');
  });
});
