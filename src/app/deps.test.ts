import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatInstant } from '../core/time.js';
import { systemClock } from './deps.js';

const written = (ms: number) => formatInstant(ms, -new Date(ms).getTimezoneOffset());

describe('the system clock', () => {
  afterEach(() => vi.useRealTimers());

  it('writes the current second in local time, and moves on with it', () => {
    vi.useFakeTimers();
    const start = Date.UTC(2026, 10, 21, 10, 15, 30, 100);
    vi.setSystemTime(start);
    expect(systemClock.now()).toBe(written(start));
    vi.setSystemTime(start + 800); // the same second
    expect(systemClock.now()).toBe(written(start));
    vi.setSystemTime(start + 900);
    expect(systemClock.now()).toBe(written(start + 900)); // the next second
    expect(systemClock.now()).not.toBe(written(start));
    vi.setSystemTime(start - 86_400_000); // back a day: never a remembered later time
    expect(systemClock.now()).toBe(written(start - 86_400_000));
  });
});
