import type { FactSource } from '../../../lib/facts/model';
import type { TabView } from '../../../lib/messaging/views';
import { starterPlaybook } from '../../../lib/playbook/templates';
import { scoreAccount } from '../../../lib/scoring';

const READ_AT = Date.parse('2026-11-20T12:00:00Z');

type Facts = Record<string, { value: unknown; source?: FactSource; text?: string }>;

/** A TabView as the background builds it: the starter playbook scoring these facts. */
export function viewFor(facts: Facts, opts: { person?: { name?: string; title?: string }; personaId?: string; answers?: Record<string, boolean>; name?: string } = {}): TabView {
  const playbook = starterPlaybook();
  const stored = Object.fromEntries(
    Object.entries(facts).map(([k, f]) => {
      const source = f.source ?? 'linkedin-company';
      // read three days before the scoring date: fresh for every layer's maximum age (issue 20)
      const evidence = [{ source, url: 'https://www.linkedin.com/company/acme/', text: f.text ?? `${k}: ${JSON.stringify(f.value)}`, observedAt: READ_AT }];
      return [k, { value: f.value, source, evidence, observedAt: READ_AT }];
    }),
  );
  const result = scoreAccount({ facts: stored as never, answers: opts.answers, person: opts.person, personaId: opts.personaId }, playbook, { today: '2026-11-23' });
  return {
    tabId: 7,
    url: 'https://www.linkedin.com/company/acme/',
    status: 'ready',
    pageType: 'linkedin-company',
    account: {
      id: 'li:acme',
      name: opts.name ?? (facts.name?.value as string | undefined),
      domain: facts.domain?.value as string | undefined,
      keys: ['li:acme'],
      facts: stored as TabView['account'] extends infer A ? (A extends { facts: infer F } ? F : never) : never,
      answers: opts.answers ?? {},
      firstSeenAt: 1,
      lastSeenAt: 2,
    },
    result,
    person: opts.person,
    playbook: { name: playbook.name, version: playbook.version },
    personas: playbook.personas.map((p) => ({ id: p.id, name: p.name })),
    personaId: opts.personaId,
  };
}

export const ACME: Facts = {
  name: { value: 'Acme Analytics' },
  domain: { value: 'acme-analytics.io' },
  industry: { value: 'Software Development', text: 'Industry: Software Development' },
  employees: { value: 118 },
  hqCountry: { value: 'US' },
  fundingStage: { value: 'series-a' },
  lastFundingDate: { value: '2026-08-14' },
};
