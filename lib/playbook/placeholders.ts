import { PLAYBOOK_FACTS } from './facts';

/** Names a talking point may use as {{placeholder}}: every playbook fact plus a few account extras. */
export const PLACEHOLDER_NAMES: ReadonlySet<string> = new Set<string>([
  ...PLAYBOOK_FACTS,
  'name', 'domain', 'tagline', 'specialties', 'employeeRange', 'openRoles.count', 'segment', 'icp',
]);
