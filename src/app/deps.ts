/** What every use-case is given: the store, the time, and a way to make ids. */
import { randomBytes } from 'node:crypto';
import { uuid7 } from '../core/uuid7.js';
import { formatInstant, type IsoInstant } from '../core/time.js';
import type { Store } from '../store/port.js';

export interface Clock {
  /** The current instant, written in this machine's local offset. */
  now(): IsoInstant;
}

export interface Deps {
  store: Store;
  clock: Clock;
  newId: () => string;
}

// Instants are written to the second, so within one second the text is the same:
// remembered, as formatting it is a visible cost when logging many moments.
let lastSecond = Number.NaN;
let lastText = '' as IsoInstant;

export const systemClock: Clock = {
  now: () => {
    const ms = Date.now();
    const second = Math.floor(ms / 1000);
    if (second !== lastSecond) {
      lastText = formatInstant(ms, -new Date(ms).getTimezoneOffset());
      lastSecond = second;
    }
    return lastText;
  },
};

// randomBytes(16) per id was a visible cost when logging; draw from a pool instead,
// as crypto.randomUUID does internally.
const POOL_BYTES = 16 * 256;
let pool = randomBytes(POOL_BYTES);
let offset = 0;

/** Time-ordered UUIDv7 ids (core/uuid7.ts) from cryptographic randomness. */
export const randomIds = (): string => {
  if (offset + 16 > POOL_BYTES) {
    pool = randomBytes(POOL_BYTES);
    offset = 0;
  }
  const id = uuid7(Date.now(), pool.subarray(offset, offset + 16));
  offset += 16;
  return id;
};
