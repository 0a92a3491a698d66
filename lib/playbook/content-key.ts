import type { Playbook } from './schema';

/**
 * What results record as "the playbook that scored them". The version label alone is not enough:
 * a manager who re-saves a file with the same label but a changed criterion must see every account
 * rescored (issue 15). So the key ends with a hash of the validated playbook: zod's output has a
 * fixed key order and filled-in defaults, so re-indenting or reordering a file does not rescore,
 * while any change that can move a score does. Synchronous and pure: the background computes it
 * once per activated version, the bench and tests compute the same key.
 */
export function playbookKey(playbook: Playbook): string {
  return `${playbook.name}@${playbook.version}#${hash53(JSON.stringify(playbook))}`;
}

/**
 * A fast, well-distributed 53-bit string hash (the public-domain "cyrb53" construction: two
 * multiplicative 32-bit lanes mixed at the end). Not cryptographic: it tells versions apart, it
 * does not authenticate them (the SHA-256 pin of a playbook URL does that).
 */
export function hash53(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
