/**
 * The one origin a playbook-URL subscription asks Chrome to read (optional host permission,
 * docs/team-rollout.md), and whether it can be given back when the rep unsubscribes (issue 15).
 * The browser API is a parameter, so the rule is tested without Chrome.
 */
export interface HostPermissions {
  contains(p: { origins: string[] }): Promise<boolean>;
  remove(p: { origins: string[] }): Promise<boolean>;
}

/** `https://host/*` for an https URL, else null (http is only ever loopback, which needs no grant). */
export function hostPattern(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' ? `${u.origin}/*` : null;
  } catch {
    return null;
  }
}

/**
 * After unsubscribing from `url`: the origin pattern ICP Fit may still read and no longer needs,
 * else null. `stillNeeded` lists URLs something else still reads (a subscription set by policy);
 * the subscription is the only feature that asks for host access, so that is the whole list.
 */
export async function revocableAccess(perms: HostPermissions, url: string, stillNeeded: string[] = []): Promise<string | null> {
  const pattern = hostPattern(url);
  if (!pattern || stillNeeded.some((u) => hostPattern(u) === pattern)) return null;
  return (await perms.contains({ origins: [pattern] }).catch(() => false)) ? pattern : null;
}
