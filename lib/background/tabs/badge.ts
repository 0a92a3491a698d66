import { browser } from 'wxt/browser';
import { headlineKey, type BadgeHeadline } from '../../view/badge-headline';

/** Badge colours: the letter is always there too, colour is never the only signal. */
const COLOURS = { top: '#1a7f37', middle: '#9a6700', low: '#57606a', dq: '#cf222e', unknown: '#57606a', busy: '#0969da' } as const;

export interface BadgeSpec {
  text: string;
  colour: string;
  title: string;
  /** what a tier badge stands for: kept beside it for the side panel's first paint (view/badge-headline.ts) */
  headline?: BadgeHeadline;
}

/**
 * Badge for a scored tab. `tierIndex` is the tier's rank in its ICP (0 = best) of `tierCount`.
 * Tier names longer than 4 characters are cut (the badge shows ~4).
 */
export function tierBadge(tier: string, tierIndex: number, tierCount: number, title: string): BadgeSpec {
  if (tier === 'DQ') return { text: 'DQ', colour: COLOURS.dq, title };
  const colour = tierIndex === 0 ? COLOURS.top : tierIndex >= tierCount - 1 ? COLOURS.low : COLOURS.middle;
  return { text: tier.slice(0, 4), colour, title };
}

export const UNRECOGNISED: BadgeSpec = { text: '?', colour: COLOURS.unknown, title: 'ICP Fit: page not recognised' };
export const READING: BadgeSpec = { text: '…', colour: COLOURS.busy, title: 'ICP Fit: reading the page' };
export const NO_DATA: BadgeSpec = { text: '–', colour: COLOURS.unknown, title: 'ICP Fit: not enough data to score' };
export const CLEAR: BadgeSpec = { text: '', colour: COLOURS.unknown, title: 'ICP Fit' };

export async function setBadge(tabId: number, spec: BadgeSpec): Promise<void> {
  try {
    // independent calls: one round trip to the browser instead of four. The headline goes with
    // the badge, and any badge without one removes it: the panel never paints a tier the toolbar lost.
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: spec.text }),
      spec.text ? browser.action.setBadgeBackgroundColor({ tabId, color: spec.colour }) : undefined,
      browser.action.setTitle({ tabId, title: spec.title }),
      spec.headline ? browser.storage.session.set({ [headlineKey(tabId)]: spec.headline }) : browser.storage.session.remove(headlineKey(tabId)),
    ]);
  } catch {
    // the tab closed meanwhile: nothing to show it on, and no headline left behind for it
    await forgetHeadline(tabId);
  }
}

/** A closed tab's headline goes with it. */
export async function forgetHeadline(tabId: number): Promise<void> {
  await browser.storage.session.remove(headlineKey(tabId)).catch(() => undefined);
}
