import { z } from 'zod';

/**
 * Messages of the options page's "Analyse customers" tab. The analysis itself runs in the page
 * (pure lib/insights); the background only hands over the playbook in use, whose personas the
 * draft keeps. Adopting a draft goes through the existing 'playbook/import'.
 */
export const analyseMessages = {
  /** The active playbook as JSON text (a playbook is at most 1 MB). */
  'analyse/active-playbook': {
    from: 'page',
    input: z.object({}),
    output: z.object({ text: z.string().max(2_000_000) }),
  },
} as const;
