import { useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import { EARLY_HEADLINE_EVENT } from '../../hooks/early-headline-event';
import type {} from '../../hooks/early-paint'; // window.__icpEarlyHeadline's type only: that script's code stays out of this bundle

const subscribe = (onChange: () => void) => {
  window.addEventListener(EARLY_HEADLINE_EVENT, onChange);
  return () => window.removeEventListener(EARLY_HEADLINE_EVENT, onChange);
};
const headline = () => window.__icpEarlyHeadline;

/** The headline the panel's early script drew (hooks/early-paint.ts), once it is there. */
export function useEarlyHeadline() {
  return useSyncExternalStore(subscribe, headline);
}

/**
 * While the panel's first view loads: the header the early script drew from the tab's badge
 * headline, built by that script's own function (the same DOM, so React's first commit changes
 * nothing on screen), instead of "Loading…" taking the tier away until the view comes.
 */
export function EarlyHeadline({ early }: { early: NonNullable<Window['__icpEarlyHeadline']> }) {
  const slot = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    slot.current?.replaceChildren(early.header());
  }, [early]);
  return <div ref={slot} className="early-headline" />;
}
