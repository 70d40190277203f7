/**
 * A small seeded random source for the demo journal, so the same seed always yields the
 * same journal (no Math.random). Uniforms come from mulberry32 (Tommy Ettinger's 32-bit
 * generator: period 2^32, plenty for a few thousand draws); normals from the Irwin–Hall
 * sum of six uniforms, which is close to normal and has no wild tails.
 */

import { mulberry32 } from '../../core/stats/prng.js';

export interface Rng {
  /** A uniform number in [0, 1). */
  next(): number;
  chance(p: number): boolean;
  /** A whole number from `lo` to `hi`, both included. */
  int(lo: number, hi: number): number;
  /** A normal-ish number with this mean and standard deviation (bounded at ±4.2 sd). */
  normal(mean: number, sd: number): number;
  pick<T>(list: readonly T[]): T;
  /** One item, chosen with probability proportional to its weight. */
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T;
  /** A whole count with this expected value: its floor, plus one with the leftover as chance. */
  count(expected: number): number;
  /** Up to `n` distinct items of `list`, in random order. */
  sample<T>(list: readonly T[], n: number): T[];
  /** A version 4, RFC 4122 variant UUID built from the stream. */
  uuid(): string;
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const hex = (digits: number): string => {
    let out = '';
    while (out.length < digits) out += Math.floor(next() * 16).toString(16);
    return out;
  };
  const rng: Rng = {
    next,
    chance: (p) => next() < p,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    normal: (mean, sd) => {
      let sum = 0;
      for (let i = 0; i < 6; i++) sum += next();
      return mean + sd * (sum - 3) * Math.SQRT2;
    },
    pick: (list) => {
      const item = list[Math.floor(next() * list.length)];
      if (item === undefined) throw new RangeError('cannot pick from an empty list');
      return item;
    },
    weighted: (items) => {
      const total = items.reduce((sum, [, w]) => sum + Math.max(0, w), 0);
      let r = next() * total;
      for (const [item, w] of items) {
        r -= Math.max(0, w);
        if (r < 0) return item;
      }
      const last = items[items.length - 1];
      if (last === undefined) throw new RangeError('cannot choose from an empty list');
      return last[0];
    },
    count: (expected) => {
      const whole = Math.floor(Math.max(0, expected));
      return whole + (next() < Math.max(0, expected) - whole ? 1 : 0);
    },
    sample: (list, n) => {
      const pool = [...list];
      const out: (typeof pool)[number][] = [];
      while (out.length < n && pool.length > 0) out.push(...pool.splice(Math.floor(next() * pool.length), 1));
      return out;
    },
    uuid: () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'.charAt(Math.floor(next() * 4))}${hex(3)}-${hex(12)}`,
  };
  return rng;
}

/** A separate stream for one part of the journal, so tuning one part leaves the others alone. */
export function streamSeed(seed: number, stream: number): number {
  return (Math.imul(seed >>> 0, 0x9e3779b1) + Math.imul(stream + 1, 0x85ebca6b)) >>> 0;
}

/** Straight-line interpolation from `a` (at t = 0) to `b` (at t = 1). */
export const lerp = (a: number, b: number, t: number): number => a + (b - a) * t;

export const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));
