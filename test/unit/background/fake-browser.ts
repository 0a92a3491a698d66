// An in-memory stand-in for the few extension APIs the background logic calls, so its modules
// can run under vitest. Storage and badges are real maps; nothing is mocked away silently.
export function createFakeBrowser() {
  const session = new Map<string, unknown>();
  // storage.local: where the HubSpot connection and its queue live (Delete all my data clears them)
  const local = new Map<string, unknown>();
  const badges = new Map<number, { text: string; title: string; colour?: string }>();
  const sent: unknown[] = [];
  const badge = (tabId: number) => badges.get(tabId) ?? { text: '', title: '' };
  return {
    session,
    local,
    badges,
    sent,
    browser: {
      runtime: { id: 'test-extension', getURL: (p: string) => `chrome-extension://test-extension${p}`, sendMessage: async (m: unknown) => void sent.push(m) },
      storage: {
        session: {
          get: async (key: string | null) => (key === null ? Object.fromEntries(session) : session.has(key) ? { [key]: session.get(key) } : {}),
          set: async (items: Record<string, unknown>) => void Object.entries(items).forEach(([k, v]) => session.set(k, structuredClone(v))),
          remove: async (key: string) => void session.delete(key),
        },
        local: {
          get: async (key: string | null) => (key === null ? Object.fromEntries(local) : local.has(key) ? { [key]: local.get(key) } : {}),
          set: async (items: Record<string, unknown>) => void Object.entries(items).forEach(([k, v]) => local.set(k, structuredClone(v))),
          remove: async (key: string) => void local.delete(key),
        },
      },
      action: {
        setBadgeText: async ({ tabId, text }: { tabId: number; text: string }) => void badges.set(tabId, { ...badge(tabId), text }),
        setBadgeBackgroundColor: async ({ tabId, color }: { tabId: number; color: string }) => void badges.set(tabId, { ...badge(tabId), colour: color }),
        setTitle: async ({ tabId, title }: { tabId: number; title: string }) => void badges.set(tabId, { ...badge(tabId), title }),
      },
    },
  };
}
