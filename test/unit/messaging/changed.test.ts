import { describe, expect, it } from 'vitest';
import { changesStored, isGlobalChange } from '../../../lib/messaging/client';

// Which "changed" broadcasts a page acts on (lib/background/**: broadcastChanged's callers).
describe('changed broadcasts', () => {
  it('everything: only the bare broadcast', () => {
    expect(isGlobalChange({})).toBe(true);
    expect(isGlobalChange({ tabId: 3 })).toBe(false);
    expect(isGlobalChange({ accountId: 'li:acme' })).toBe(false);
  });
  it("stored data: an account or everything, never a tab's own news", () => {
    expect(changesStored({})).toBe(true);
    expect(changesStored({ accountId: 'li:acme' })).toBe(true);
    expect(changesStored({ tabId: 3, accountId: 'li:acme' })).toBe(true);
    expect(changesStored({ tabId: 3 })).toBe(false);
  });
});
