import { describe, expect, it } from 'vitest';
import { hostPattern, revocableAccess, type HostPermissions } from '../../../hooks/host-access';

const perms = (granted: string[]): HostPermissions & { removed: string[] } => {
  const removed: string[] = [];
  return { removed, contains: async ({ origins }) => origins.every((o) => granted.includes(o)), remove: async ({ origins }) => (removed.push(...origins), true) };
};

describe('host access of a playbook URL', () => {
  it.each([
    ['https://files.example.com/team/playbook.json?x=1', 'https://files.example.com/*'],
    ['https://files.example.com:8443/p.json', 'https://files.example.com:8443/*'],
    ['http://127.0.0.1:8080/p.json', null],
    ['not a url', null],
  ])('%s asks for %s', (url, pattern) => expect(hostPattern(url)).toBe(pattern));

  it('offers to give back a granted origin nothing else needs', async () => {
    expect(await revocableAccess(perms(['https://files.example.com/*']), 'https://files.example.com/p.json')).toBe('https://files.example.com/*');
  });

  it('offers nothing when the origin was never granted (CORS hosting) or is still needed', async () => {
    expect(await revocableAccess(perms([]), 'https://files.example.com/p.json')).toBeNull();
    expect(await revocableAccess(perms(['https://files.example.com/*']), 'https://files.example.com/p.json', ['https://files.example.com/other.json'])).toBeNull();
    expect(await revocableAccess(perms(['https://files.example.com/*']), 'https://files.example.com/p.json', ['https://elsewhere.example/p.json'])).toBe('https://files.example.com/*');
  });
});
