import { vi } from 'vitest';

/** Cache Storage for node tests (the backup transfer's drop box): blobs by URL, per cache name. */
export function stubCaches(): Map<string, Map<string, Blob>> {
  const stores = new Map<string, Map<string, Blob>>();
  const key = (req: string | { url: string }) => (typeof req === 'string' ? req : req.url);
  const open = async (name: string) => {
    const m = stores.get(name) ?? new Map<string, Blob>();
    stores.set(name, m);
    return {
      put: async (req: string, res: Response) => void m.set(key(req), await res.blob()),
      // the stored blob itself (not a copy), so a test can give it any size
      match: async (req: string) => (m.has(key(req)) ? { blob: async () => m.get(key(req))! } : undefined),
      delete: async (req: string | { url: string }) => m.delete(key(req)),
      keys: async () => [...m.keys()].map((url) => ({ url })),
    };
  };
  vi.stubGlobal('caches', { open });
  return stores;
}
