/**
 * A small seeded pseudo-random generator, so that permutation tests give the same p-value
 * for the same data every time (the core may not call Math.random).
 */

/**
 * Mulberry32 (Tommy Ettinger, 2017): a 32-bit state generator with period 2³², ample for
 * shuffling a few thousand short series. `seed` is taken modulo 2³². Returns a function
 * yielding uniform numbers in [0, 1) with 32 random bits each.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Shuffles `a` in place into a uniformly random order (Fisher–Yates, Durstenfeld 1964),
 * drawing from `random` (uniform in [0, 1)).
 */
export function shuffleInPlace(a: Float64Array | Int32Array, random: () => number): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = a[i]!;
    a[i] = a[j]!;
    a[j] = t;
  }
}
