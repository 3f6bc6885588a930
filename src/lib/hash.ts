/** Small integer hashing shared by the duplicate-story check and the corpus generator's seeds. */

/** murmur3's finaliser: spreads the bits of a 32-bit hash, so that nearby inputs land far apart. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
