import { PLAYBOOK_FACTS } from './facts';

/**
 * Names a talking point may use as {{placeholder}}: every playbook fact, a few account extras, and
 * {{segment}} / {{icp}} (the account's segment name and the ICP's name).
 */
export const PLACEHOLDER_NAMES: ReadonlySet<string> = new Set<string>([
  ...PLAYBOOK_FACTS,
  'name', 'domain', 'website', 'tagline', 'specialties', 'employeeRange', 'revenueRange', 'openRoles.count', 'segment', 'icp',
]);
