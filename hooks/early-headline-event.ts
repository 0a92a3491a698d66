/**
 * Fired on window when the side panel's early script has a headline to show
 * (hooks/early-paint.ts); React's loading state listens (entrypoints/sidepanel/EarlyHeadline.tsx).
 * A module of its own, so the panel's module bundle takes this name and none of that script.
 */
export const EARLY_HEADLINE_EVENT = 'icp-early-headline';
