/** What every use-case is given: the store, the time, and a way to make ids. */
import { randomUUID } from 'node:crypto';
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

export const systemClock: Clock = {
  now: () => {
    const d = new Date();
    return formatInstant(d.getTime(), -d.getTimezoneOffset());
  },
};

export const randomIds = (): string => randomUUID();
