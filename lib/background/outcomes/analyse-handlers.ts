import type { Output } from '../../messaging/protocol';
import { getActivePlaybook } from '../playbook/playbook-service';

async function handleActivePlaybook(): Promise<Output<'analyse/active-playbook'>> {
  return { text: JSON.stringify((await getActivePlaybook()).playbook) };
}

export const analyseHandlers = { 'analyse/active-playbook': handleActivePlaybook };
