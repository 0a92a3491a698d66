// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { OutcomeSection } from '../../../components/panel/OutcomeSection';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const checked = (el: HTMLElement) => (el.querySelector('input[type=radio]:checked') as HTMLInputElement | null)?.value ?? null;

describe('the outcome form', () => {
  it('shows an outcome saved elsewhere for the same account, and does not save it back', async () => {
    const el = document.createElement('div');
    const root = createRoot(el);
    const onSave = vi.fn(async () => undefined);
    await act(async () => root.render(<OutcomeSection outcome={undefined} onSave={onSave} />));
    expect(checked(el)).toBeNull();

    // another side panel marked the account won with a value
    const won = { status: 'won' as const, value: 40000, currency: 'EUR', recordedAt: 1 };
    await act(async () => root.render(<OutcomeSection outcome={won as never} onSave={onSave} />));
    expect(checked(el)).toBe('won');
    expect((el.querySelector('input[name=value]') as HTMLInputElement).value).toBe('40000');
    expect((el.querySelector('select') as HTMLSelectElement).value).toBe('EUR');

    // leaving the value field unchanged writes nothing: the form knows it is what is stored
    await act(async () => {
      (el.querySelector('input[name=value]') as HTMLInputElement).dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    });
    expect(onSave).not.toHaveBeenCalled();

    // cleared elsewhere
    await act(async () => root.render(<OutcomeSection outcome={undefined} onSave={onSave} />));
    expect(checked(el)).toBeNull();
    act(() => root.unmount());
  });

  it('the echoes of its own quick saves (lost, then won) do not undo the newer one', async () => {
    const el = document.createElement('div');
    const root = createRoot(el);
    const onSave = vi.fn(async () => undefined);
    await act(async () => root.render(<OutcomeSection outcome={undefined} onSave={onSave} />));
    const radio = (v: string) => el.querySelector(`input[value=${v}]`) as HTMLInputElement;
    await act(async () => radio('lost').click());
    await act(async () => radio('won').click());
    expect(onSave).toHaveBeenCalledTimes(2);
    // the background answers both, in order, after the second was sent
    await act(async () => root.render(<OutcomeSection outcome={{ status: 'lost', currency: 'USD' } as never} onSave={onSave} />));
    expect(checked(el)).toBe('won');
    await act(async () => root.render(<OutcomeSection outcome={{ status: 'won', currency: 'USD' } as never} onSave={onSave} />));
    expect(checked(el)).toBe('won');
    expect(el.querySelector('[data-testid=outcome-saved]')!.textContent).toBe('Saved: Won');
    expect(onSave).toHaveBeenCalledTimes(2);
    act(() => root.unmount());
  });
});
