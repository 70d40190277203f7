import { describe, expect, it } from 'vitest';
import { instantToMs } from '../core/time.js';
import { readAt } from './flags.js';

const localDay = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

describe('readAt: --at as the person types it', () => {
  it('reads a day alone as its midday', () => {
    const at = readAt('2026-03-02', () => new Date(2026, 5, 1, 9, 0).getTime());
    expect(instantToMs(at!)).toBe(new Date(2026, 2, 2, 12, 0).getTime());
  });

  it('reads today alone as now while midday is still to come, so a morning entry is not "in the future"', () => {
    const morning = new Date(2026, 10, 21, 5, 46, 30);
    const at = readAt(localDay(morning), () => morning.getTime());
    expect(instantToMs(at!)).toBe(Math.floor(morning.getTime() / 1000) * 1000);
  });

  it('keeps tomorrow alone at its midday, for the schema to refuse as the future', () => {
    const now = new Date(2026, 10, 21, 5, 46);
    const tomorrow = new Date(2026, 10, 22, 12, 0);
    expect(instantToMs(readAt(localDay(tomorrow), () => now.getTime())!)).toBe(tomorrow.getTime());
  });

  it('keeps a time the person gave, and passes anything else on unchanged', () => {
    expect(instantToMs(readAt('2026-03-02 21:15', () => 0)!)).toBe(new Date(2026, 2, 2, 21, 15).getTime());
    expect(readAt('2026-03-02T21:15:00+01:00')).toBe('2026-03-02T21:15:00+01:00');
    expect(readAt('yesterday')).toBe('yesterday');
  });
});
