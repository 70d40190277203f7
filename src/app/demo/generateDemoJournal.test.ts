import { describe, it, expect } from 'vitest';
import type { ExportFile, ExportMoment } from '../../contracts/export-format.js';
import { DEFAULT_TOOLKIT } from '../../core/default-toolkit.js';
import { addDays, instantToMs, localDayOf } from '../../core/time.js';
import { checkImportFile } from '../transfer/checkImportFile.js';
import { generateDemoJournal, type DemoOptions } from './generateDemoJournal.js';

const TODAY = '2026-11-20';
const DAYS = 26 * 7;
const base: DemoOptions = { today: TODAY, offsetMinutes: 0 };

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;
/** Day index of an instant in the journal: 0 is the first day, DAYS - 1 is today. */
const dayOf = (instant: string) => dayNumber(localDayOf(instant)) - dayNumber(addDays(TODAY, -(DAYS - 1)));
const inFirstSixWeeks = (instant: string) => dayOf(instant) < 42;
const inLastSixWeeks = (instant: string) => dayOf(instant) >= DAYS - 42;
const inHardFortnight = (instant: string) => {
  const fromEnd = DAYS - 1 - dayOf(instant);
  return fromEnd >= 22 && fromEnd <= 35;
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
};
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

function allInstants(file: ExportFile): string[] {
  const entries = [...file.moments, ...file.checkins, ...file.practices, ...file.shifts];
  return [
    file.exportedAt,
    ...file.toolkit.flatMap((s) => [s.createdAt, s.updatedAt]),
    ...file.triggers.map((t) => t.createdAt),
    ...entries.flatMap((e) => [e.occurredAt, e.createdAt, e.updatedAt]),
  ];
}

describe('generateDemoJournal', () => {
  const file = generateDemoJournal(base);

  it('produces a file that the importer accepts as it is', async () => {
    const checked = await checkImportFile(JSON.parse(JSON.stringify(file)));
    if (!checked.ok) console.error(checked.problems);
    expect(checked.ok).toBe(true);
  });

  it('also produces a valid file for a shorter journal in a negative offset', async () => {
    const checked = await checkImportFile(generateDemoJournal({ today: '2026-03-02', offsetMinutes: -300, weeks: 8, seed: 3 }));
    if (!checked.ok) console.error(checked.problems);
    expect(checked.ok).toBe(true);
  });

  it('gives byte-identical output for the same options and different output for another seed', () => {
    const again = generateDemoJournal(base);
    expect(again).toEqual(file);
    expect(JSON.stringify(again)).toBe(JSON.stringify(file));
    expect(generateDemoJournal({ ...base, seed: 2 })).not.toEqual(file);
  });

  it('builds version 4 UUIDs, each used once', () => {
    const ids = [...file.moments, ...file.checkins, ...file.practices, ...file.shifts].map((e) => e.id);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each([0, 60, -300, 330])('keeps every instant between the first day and today at 21:00 in offset %i', (offsetMinutes) => {
    const journal = generateDemoJournal({ ...base, offsetMinutes });
    const sign = offsetMinutes < 0 ? '-' : '+';
    const zone = `${sign}${String(Math.floor(Math.abs(offsetMinutes) / 60)).padStart(2, '0')}:${String(Math.abs(offsetMinutes) % 60).padStart(2, '0')}`;
    const earliest = Date.parse(`${addDays(TODAY, -(DAYS - 1))}T00:00:00${zone}`);
    const latest = Date.parse(`${TODAY}T21:00:00${zone}`);
    for (const instant of allInstants(journal)) {
      expect(instant.endsWith(zone)).toBe(true);
      const ms = instantToMs(instant) ?? NaN;
      expect(ms).toBeGreaterThanOrEqual(earliest);
      expect(ms).toBeLessThanOrEqual(latest);
    }
  });

  it('offers the whole default toolkit plus personal strategies, all active', () => {
    const names = file.toolkit.map((s) => s.name);
    for (const seed of DEFAULT_TOOLKIT) expect(names).toContain(seed.name);
    expect(names).toContain('Cold water on my face');
    expect(file.toolkit.every((s) => !s.archived)).toBe(true);
    expect(file.person).toEqual({ displayName: 'Sam (demo)', country: 'GB' });
  });

  it('creates each trigger no later than its first moment, and uses every trigger', () => {
    for (const trigger of file.triggers) {
      const own = file.moments.filter((m) => m.trigger === trigger.name).map((m) => m.occurredAt).sort();
      expect(own.length).toBeGreaterThan(0);
      expect(trigger.createdAt <= (own[0] ?? '')).toBe(true);
    }
  });

  it('stamps entries as created and updated when they happened, in time order', () => {
    for (const list of [file.moments, file.checkins, file.practices, file.shifts]) {
      const times = list.map((e) => e.occurredAt);
      expect(times).toEqual([...times].sort());
      for (const e of list) expect([e.createdAt, e.updatedAt]).toEqual([e.occurredAt, e.occurredAt]);
    }
  });

  it('never writes crisis language in a note or thought', () => {
    const texts = [...file.moments.flatMap((m) => [m.note, m.thought]), ...file.checkins.map((c) => c.note),
      ...file.practices.map((p) => p.note), ...file.shifts.map((s) => s.note)].filter((t): t is string => t !== null);
    expect(texts.length).toBeGreaterThan(40);
    for (const text of texts) expect(text).not.toMatch(/\b(die|dying|dead|death|suicid\w*|kill\w*|self-harm|harm myself|hurt myself|end it)\b/i);
  });

  it('lands in the expected size for half a year', () => {
    expect(file.moments.length).toBeGreaterThanOrEqual(120);
    expect(file.moments.length).toBeLessThanOrEqual(180);
    expect(file.checkins.length).toBeGreaterThanOrEqual(120);
    expect(file.checkins.length).toBeLessThanOrEqual(140);
    expect(file.practices.length).toBeGreaterThanOrEqual(30);
    expect(file.practices.length).toBeLessThanOrEqual(45);
    expect(file.shifts.length).toBeGreaterThanOrEqual(15);
    expect(file.shifts.length).toBeLessThanOrEqual(30);
  });
});

describe.each([undefined, 1, 7, 99])('the demo story with seed %s', (seed) => {
  const file = generateDemoJournal(seed === undefined ? base : { ...base, seed });
  const role = new Map(file.toolkit.map((s) => [s.name, s.role]));
  const criticism = file.moments.filter((m) => m.trigger === 'Criticism at work');
  const early = criticism.filter((m) => inFirstSixWeeks(m.occurredAt));
  const late = criticism.filter((m) => inLastSixWeeks(m.occurredAt) && !inHardFortnight(m.occurredAt));
  const settled = (ms: ExportMoment[]) => ms.flatMap((m) => (m.settledMinutes === null ? [] : [m.settledMinutes]));

  it('shows criticism at work hitting at least two points less than it used to', () => {
    expect(early.length).toBeGreaterThanOrEqual(6);
    expect(late.length).toBeGreaterThanOrEqual(6);
    expect(median(early.map((m) => m.intensity)) - median(late.map((m) => m.intensity))).toBeGreaterThanOrEqual(2);
  });

  it('shows criticism at work settling in half the time or less', () => {
    expect(median(settled(late))).toBeLessThanOrEqual(median(settled(early)) / 2);
  });

  it('shows criticism at work recognised early more often and the thought followed less often', () => {
    const share = (ms: ExportMoment[], f: (m: ExportMoment) => boolean) => ms.filter(f).length / ms.length;
    expect(share(late, (m) => m.recognizedEarly)).toBeGreaterThan(share(early, (m) => m.recognizedEarly));
    expect(share(late, (m) => m.followedThought === true)).toBeLessThan(share(early, (m) => m.followedThought === true));
    expect(early.some((m) => m.handledDifferently)).toBe(false);
    expect(late.some((m) => m.handledDifferently)).toBe(true);
  });

  it('needs fewer strategies per moment, and fewer avoidant ones, later on', () => {
    const first = file.moments.filter((m) => inFirstSixWeeks(m.occurredAt));
    const last = file.moments.filter((m) => inLastSixWeeks(m.occurredAt));
    expect(mean(first.map((m) => m.strategies.length))).toBeGreaterThan(mean(last.map((m) => m.strategies.length)));
    const avoidantShare = (ms: ExportMoment[]) => {
      const uses = ms.flatMap((m) => m.strategies);
      return uses.filter((u) => role.get(u.name) === 'avoidant').length / uses.length;
    };
    expect(avoidantShare(last)).toBeLessThan(avoidantShare(first));
  });

  it('makes the hard fortnight worse than the weeks just before it', () => {
    const intensities = (from: number, to: number) =>
      file.moments.filter((m) => { const d = DAYS - 1 - dayOf(m.occurredAt); return d >= from && d <= to; }).map((m) => m.intensity);
    expect(mean(intensities(22, 35))).toBeGreaterThan(mean(intensities(36, 63)) + 0.5);
  });

  it('has too few crowded-places moments to say anything', () => {
    expect(file.moments.filter((m) => m.trigger === 'Crowded places').length).toBeLessThan(6);
  });

  it('keeps mood fairly flat while the triggers soften', () => {
    const moods = (pick: (i: string) => boolean) =>
      file.checkins.filter((c) => pick(c.occurredAt)).flatMap((c) => (c.mood === null ? [] : [c.mood]));
    expect(Math.abs(mean(moods(inFirstSixWeeks)) - mean(moods(inLastSixWeeks)))).toBeLessThan(0.8);
  });

  it('notes more shifts in the second half than in the first', () => {
    const firstHalf = file.shifts.filter((s) => dayOf(s.occurredAt) < DAYS / 2).length;
    expect(file.shifts.length - firstHalf).toBeGreaterThan(firstHalf);
    expect(file.shifts.filter((s) => s.kind === 'own-words').length).toBeGreaterThanOrEqual(1);
  });

  it('leaves at least one gap of three days or more without a check-in', () => {
    const days = file.checkins.map((c) => dayOf(c.occurredAt));
    const longestGap = Math.max(...days.slice(1).map((d, i) => d - (days[i] ?? d) - 1));
    expect(longestGap).toBeGreaterThanOrEqual(3);
  });
});
