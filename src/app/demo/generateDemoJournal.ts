/**
 * A made-up half-year of one person's journal, so every part of the "coping or healing?"
 * report (PRODUCT.md) has something true to say. Pure and deterministic: the same options
 * give the same file, byte for byte.
 *
 * The story. Sam is in weekly therapy (a couple of sessions missed) and logs most evenings.
 * - "Criticism at work" (about twice a week, on workdays) lands hard at first: intensity
 *   about 8, around three hours to settle, the "they think I'm useless" thought followed,
 *   and a pile of scrolling and overwork to get through it. Over the months it softens to
 *   about 5 and forty minutes; Sam spots the pattern early more often, lets the thought
 *   pass, and in later weeks handles it differently.
 * - "Arguments with my partner" (about weekly) hold steady: no real change yet.
 * - "Being alone in the evening" hits only a little less, but passes much sooner.
 * - "Crowded places" happens three or four times: not enough data to say anything.
 * - "Money worries" are rare, then rise in the last three weeks: something new to watch.
 * - Fewer strategies are needed per moment as time goes on, and the mix moves from
 *   avoidant ones to coping and healing ones; the body is on alert less often.
 * - A hard fortnight, five to four weeks before the end, makes everything worse for a while
 *   (a setback inside progress), and then Sam recovers.
 * - Check-ins show distress easing a little while mood stays flat: the progress Sam cannot
 *   feel yet. Practice grows in the second half; shifts are rare at first, common later.
 */
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportCheckin, type ExportFile, type ExportMoment, type ExportPractice, type ExportShift } from '../../contracts/export-format.js';
import { DEFAULT_TOOLKIT } from '../../core/default-toolkit.js';
import { addDays, formatInstant, type IsoInstant } from '../../core/time.js';
import { SHIFT_KINDS, type BodyState, type ShiftKind, type StrategyRole } from '../../core/vocabulary.js';
import { clamp, createRng, lerp, streamSeed, type Rng } from './demo-random.js';
import { CHECKIN_NOTES, HARD_PATCH_NOTES, OWN_WORDS_NOTES, PRACTICE_NOTES, SHIFT_NOTES, TRIGGER_WORDS, type DemoTrigger } from './demo-words.js';

export interface DemoOptions {
  today: string; // 'YYYY-MM-DD', the last day of the journal
  offsetMinutes: number; // the person's UTC offset, e.g. 60 for +01:00
  seed?: number;
  weeks?: number; // default 26
}

const DEFAULT_SEED = 20261120;
const PERSONAL_TOOLKIT = [
  { name: 'Cold water on my face', role: 'coping', function: 'soothe' },
  { name: 'Stepping outside for air', role: 'coping', function: 'ground' },
] as const;

/** Where the day sits in the story: t runs 0 → 1 over the journal; heal is the slower-starting recovery curve. */
interface Phase { t: number; heal: number; fromEnd: number; hard: boolean }
type Weights = ReadonlyArray<readonly [string, number]>;

interface TriggerStory {
  key: DemoTrigger;
  name: string;
  perWeek(p: Phase): number; // expected moments in a week (the hard fortnight adds 40%)
  workdaysOnly?: true;
  fixedDays?: ReadonlySet<number>; // instead of perWeek: exactly these days
  intensity(p: Phase): number; // mean, before the hard-fortnight bump
  settleMinutes(p: Phase): number; // median
  recognisedEarly(p: Phase): number;
  followsThought(p: Phase): number;
  handledDifferently(p: Phase): number;
  avoidant: Weights; // the avoidant strategies this trigger pulls towards
  minutesOfDay: readonly [number, number];
}

const towards = (from: number, to: number, x: number) => from * Math.pow(to / from, x); // geometric, for minutes
const after = (t: number, t0: number) => clamp((t - t0) / (1 - t0), 0, 1);

function triggerStories(crowdDays: ReadonlySet<number>): TriggerStory[] {
  const evening = [18 * 60 + 30, 20 * 60 + 59] as const;
  return [
    {
      key: 'criticism', name: 'Criticism at work', minutesOfDay: [9 * 60, 17 * 60 + 30],
      perWeek: () => 2, workdaysOnly: true,
      intensity: (p) => 8.3 - 3.5 * p.heal,
      settleMinutes: (p) => towards(180, 40, p.heal),
      recognisedEarly: (p) => lerp(0.08, 0.62, p.heal),
      followsThought: (p) => lerp(0.88, 0.28, p.heal),
      handledDifferently: (p) => (p.t < 0.3 ? 0 : lerp(0.2, 0.6, after(p.t, 0.3))),
      avoidant: [['Keeping busy / overworking', 3], ['Scrolling', 2], ['Overthinking', 2], ['People-pleasing', 1]],
    },
    {
      key: 'partner', name: 'Arguments with my partner', minutesOfDay: evening,
      perWeek: () => 1,
      intensity: () => 6,
      settleMinutes: () => 120,
      recognisedEarly: () => 0.25,
      followsThought: () => 0.6,
      handledDifferently: () => 0.08,
      avoidant: [['People-pleasing', 3], ['Scrolling', 2], ['Binge-watching', 1]],
    },
    {
      key: 'alone', name: 'Being alone in the evening', minutesOfDay: [19 * 60, 20 * 60 + 59],
      perWeek: () => 1.5,
      intensity: (p) => 6.8 - 1.0 * p.heal,
      settleMinutes: (p) => towards(150, 35, p.heal),
      recognisedEarly: (p) => lerp(0.15, 0.45, p.heal),
      followsThought: (p) => lerp(0.7, 0.45, p.heal),
      handledDifferently: (p) => (p.t < 0.4 ? 0 : 0.2),
      avoidant: [['Binge-watching', 3], ['Scrolling', 3], ['Overeating', 1]],
    },
    {
      key: 'crowds', name: 'Crowded places', minutesOfDay: [11 * 60, 18 * 60],
      perWeek: () => 0, fixedDays: crowdDays,
      intensity: () => 7,
      settleMinutes: () => 90,
      recognisedEarly: () => 0.2,
      followsThought: () => 0.5,
      handledDifferently: () => 0,
      avoidant: [['Scrolling', 2], ['Overthinking', 1]],
    },
    {
      key: 'money', name: 'Money worries', minutesOfDay: [8 * 60, 20 * 60 + 59],
      perWeek: (p) => (p.fromEnd < 21 ? 1.3 : p.t > 0.3 ? 0.3 : 0),
      intensity: (p) => (p.fromEnd < 21 ? 6.3 : 4.3),
      settleMinutes: () => 60,
      recognisedEarly: () => 0.3,
      followsThought: () => 0.5,
      handledDifferently: () => 0,
      avoidant: [['Overthinking', 3], ['Scrolling', 2], ['Keeping busy / overworking', 1]],
    },
  ];
}

const SHIFT_WEIGHTS: Partial<Record<ShiftKind, number>> = {
  'handled-differently': 3, 'thought-not-followed': 2.5, 'pattern-recognised': 2.5, 'trigger-softer': 2,
};

const ROLE_POOLS: Record<Exclude<StrategyRole, 'avoidant'>, Weights> = {
  coping: [
    ['Slow breathing', 3], ['A walk', 3], ['Reaching out to someone', 2], ['Music', 1], ['Journaling', 1],
    ['Grounding (5-4-3-2-1)', 1], ['Cold water on my face', 1.5], ['Stepping outside for air', 1], ['A comforting show', 0.5],
  ],
  healing: [['Sitting with the feeling', 3], ['Naming the pattern', 3], ['Questioning the thought', 1.5], ['Self-compassion', 1.5]],
};

function helpedChance(role: StrategyRole, heal: number): number {
  if (role === 'avoidant') return lerp(0.6, 0.15, heal);
  return role === 'coping' ? lerp(0.65, 0.8, heal) : lerp(0.5, 0.85, heal);
}

/** Many strategies, mostly avoidant, early; one or two, mostly coping and healing, later. */
function strategiesFor(rng: Rng, story: TriggerStory, p: Phase): ExportMoment['strategies'] {
  const count = clamp(Math.round(rng.normal(lerp(3, 1.4, p.heal) + (p.hard ? 0.8 : 0), 0.6)), 1, 4);
  const roles: ReadonlyArray<readonly [StrategyRole, number]> = [
    ['avoidant', lerp(0.65, 0.12, p.heal) + (p.hard ? 0.3 : 0)],
    ['coping', lerp(0.3, 0.45, p.heal)],
    ['healing', lerp(0.05, 0.43, p.heal)],
  ];
  const chosen = new Map<string, StrategyRole>();
  for (let tries = 0; chosen.size < count && tries < 30; tries++) {
    const role = rng.weighted(roles);
    const name = rng.weighted(role === 'avoidant' ? story.avoidant : ROLE_POOLS[role]);
    if (!chosen.has(name)) chosen.set(name, role);
  }
  return [...chosen].map(([name, role]) => ({ name, helped: rng.chance(0.5) ? rng.chance(helpedChance(role, p.heal)) : null }));
}

function bodyStateFor(rng: Rng, hyperFrom: number, p: Phase): BodyState | null {
  if (rng.chance(0.05)) return null;
  const hyper = clamp(lerp(hyperFrom, 0.22, p.heal) + (p.hard ? 0.3 : 0), 0, 0.85);
  return rng.weighted([['hyper', hyper], ['hypo', 0.1], ['within', 0.9 - hyper]] as const);
}

/** The demo journal for `weeks` weeks ending on `today`; every instant is in `offsetMinutes` and no later than 21:00 today. */
export function generateDemoJournal(opts: DemoOptions): ExportFile {
  const weeks = opts.weeks ?? 26;
  if (!Number.isInteger(weeks) || weeks < 1) throw new RangeError('weeks must be a whole number of at least 1');
  const seed = opts.seed ?? DEFAULT_SEED;
  const days = weeks * 7;
  const start = addDays(opts.today, -(days - 1));
  const dayMs = (d: number) => Date.parse(`${addDays(start, d)}T00:00:00Z`);
  const at = (d: number, minuteOfDay: number, second = 0): IsoInstant =>
    formatInstant(dayMs(d) + (minuteOfDay * 60 + second) * 1000 - opts.offsetMinutes * 60_000, opts.offsetMinutes);
  const weekday = (d: number) => new Date(dayMs(d)).getUTCDay();
  const phase = (d: number): Phase => {
    const t = d / (days - 1);
    const fromEnd = days - 1 - d;
    return { t, heal: clamp((t - 0.1) / 0.8, 0, 1), fromEnd, hard: fromEnd >= 22 && fromEnd <= 35 };
  };
  const ids = createRng(streamSeed(seed, 0));
  const stamped = <T extends { occurredAt: IsoInstant }>(entry: T) => ({ ...entry, createdAt: entry.occurredAt, updatedAt: entry.occurredAt });
  const byTime = <T extends { occurredAt: IsoInstant }>(list: T[]) => list.sort((a, b) => (a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : 0));
  const timeIn = (rng: Rng, [from, to]: readonly [number, number], d: number) => at(d, rng.int(from, to), rng.int(0, 59));

  // Moments, week by week: each trigger's expected count for the week, on random days.
  const rm = createRng(streamSeed(seed, 1));
  const crowdCount = rm.int(3, 4);
  const crowdDays = new Set(Array.from({ length: crowdCount }, (_, i) => Math.floor((i * days) / crowdCount) + rm.int(0, Math.floor(days / crowdCount) - 1)));
  const stories = triggerStories(crowdDays);
  const moments: ExportMoment[] = [];
  const weekDays = (w: number) => Array.from({ length: 7 }, (_, i) => 7 * w + i);
  const midWeek = (w: number) => phase(7 * w + 3);
  const momentDays = (story: TriggerStory, w: number): number[] => {
    const fixed = story.fixedDays;
    if (fixed) return weekDays(w).filter((d) => fixed.has(d));
    const open = weekDays(w).filter((d) => !story.workdaysOnly || (weekday(d) >= 1 && weekday(d) <= 5));
    return rm.sample(open, rm.count(story.perWeek(midWeek(w)) * (midWeek(w).hard ? 1.4 : 1)));
  };
  for (let w = 0; w < weeks; w++) {
    for (const story of stories) for (const d of momentDays(story, w)) {
      const p = phase(d);
      const words = TRIGGER_WORDS[story.key];
      const settled = Math.round(story.settleMinutes(p) * (p.hard ? 1.6 : 1) * Math.exp(rm.normal(0, 0.35)));
      const notePool = p.hard && rm.chance(0.4) ? HARD_PATCH_NOTES : rm.chance(p.heal) ? words.late : words.early;
      moments.push(stamped({
        id: ids.uuid(),
        occurredAt: timeIn(rm, story.minutesOfDay, d),
        trigger: story.name,
        intensity: clamp(Math.round(rm.normal(story.intensity(p) + (p.hard ? 2 : 0), 1)), 0, 10),
        bodyState: bodyStateFor(rm, 0.72, p),
        thought: rm.chance(0.4) ? rm.pick(words.thoughts) : null,
        followedThought: rm.chance(0.85) ? rm.chance(clamp(story.followsThought(p) + (p.hard ? 0.2 : 0), 0, 1)) : null,
        recognizedEarly: rm.chance(story.recognisedEarly(p) * (p.hard ? 0.5 : 1)),
        handledDifferently: rm.chance(story.handledDifferently(p) * (p.hard ? 0.3 : 1)),
        settledMinutes: rm.chance(0.06) ? null : clamp(settled, 2, 600),
        strategies: strategiesFor(rm, story, p),
        note: rm.chance(0.3) ? rm.pick(notePool) : null,
      }));
    }
  }

  // Check-ins on five or six evenings a week around nine, with a few longer gaps (one inside the hard fortnight).
  const rc = createRng(streamSeed(seed, 2));
  const gapDays = new Set<number>();
  for (const gapStart of [Math.floor(days * 0.15), Math.floor(days * 0.5), days - 32]) {
    const first = gapStart + rc.int(0, 6);
    const length = rc.int(3, 5);
    for (let d = first; d < first + length; d++) if (d >= 0 && d < days - 1) gapDays.add(d);
  }
  const checkinDays = Array.from({ length: weeks }, (_, w) => {
    const open = weekDays(w).filter((d) => !gapDays.has(d));
    return rc.sample(open, Math.min(open.length, rc.count(5.25))).sort((a, b) => a - b);
  }).flat();
  const checkins: ExportCheckin[] = [];
  for (const d of checkinDays) {
    const p = phase(d);
    const notePool = p.hard ? CHECKIN_NOTES.hard : rc.chance(p.heal) ? CHECKIN_NOTES.late : CHECKIN_NOTES.early;
    checkins.push(stamped({
      id: ids.uuid(),
      occurredAt: at(d, 20 * 60 + 15 + rc.int(0, 44), rc.int(0, 59)),
      distress: clamp(Math.round(rc.normal(lerp(6, 4, p.heal) + (p.hard ? 2 : 0), 1.2)), 0, 10),
      mood: rc.chance(0.04) ? null : clamp(Math.round(rc.normal(3 + 0.15 * p.t - (p.hard ? 0.6 : 0), 0.75)), 1, 5),
      windowState: bodyStateFor(rc, 0.5, p),
      sleepHours: rc.chance(0.05) ? null : clamp(Math.round(rc.normal(6.7 + 0.3 * p.t - (p.hard ? 0.6 : 0), 0.8) * 2) / 2, 5, 8.5),
      note: rc.chance(0.12) ? rc.pick(notePool) : null,
    }));
  }

  // Practices: therapy on Wednesdays (two missed), sitting with a feeling more often later, two reframings.
  const rp = createRng(streamSeed(seed, 3));
  const half = Math.floor(weeks / 2);
  const missedWeeks = new Set([rp.int(1, half), rp.int(half + 1, weeks - 1)]);
  const practices: ExportPractice[] = [];
  const practice = (occurredAt: IsoInstant, kind: string, minutes: number, noteChance: number) =>
    practices.push(stamped({ id: ids.uuid(), occurredAt, kind, minutes, note: rp.chance(noteChance) ? rp.pick(PRACTICE_NOTES[kind] ?? []) : null }));
  const reframingDays = new Set([Math.floor(days * 0.55) + rp.int(0, 6), Math.floor(days * 0.8) + rp.int(0, 6)]);
  const sittingDays = new Set(Array.from({ length: weeks }, (_, w) => {
    const p = midWeek(w);
    return rp.sample(weekDays(w), rp.count(p.t < 0.5 ? 0.15 : lerp(0.55, 1.1, after(p.t, 0.5))));
  }).flat());
  for (let d = 0; d < days; d++) {
    if (weekday(d) === 3 && !missedWeeks.has(Math.floor(d / 7))) practice(at(d, 18 * 60 + 20 + rp.int(0, 20)), 'Therapy session', 50, 0.35);
    if (sittingDays.has(d)) practice(timeIn(rp, [7 * 60, 20 * 60 + 30], d), 'Sitting with a feeling', rp.int(10, 20), 0.3);
    if (reframingDays.has(d)) practice(timeIn(rp, [10 * 60, 19 * 60], d), 'Reframing a core belief', rp.int(20, 40), 1);
  }

  // Shifts: rare in the first two months, then more and more; two in Sam's own words.
  const rs = createRng(streamSeed(seed, 4));
  const kinds = SHIFT_KINDS.filter((k) => k !== 'own-words').map((k) => [k, SHIFT_WEIGHTS[k] ?? 0.4] as const);
  const ownWordsDays = [Math.floor(days * 0.7) + rs.int(0, 3), Math.floor(days * 0.92) + rs.int(0, 3)];
  const shiftDays = new Set(Array.from({ length: weeks }, (_, w) => {
    const p = midWeek(w);
    return rs.sample(weekDays(w), rs.count((p.t < 0.33 ? 0.1 : lerp(0.6, 1.7, after(p.t, 0.33))) * (p.hard ? 0.3 : 1)));
  }).flat());
  const shifts: ExportShift[] = [];
  for (let d = 0; d < days; d++) {
    if (shiftDays.has(d)) {
      const kind = rs.weighted(kinds);
      const lines = SHIFT_NOTES[kind];
      const note = lines && rs.chance(0.4) ? rs.pick(lines) : null;
      shifts.push(stamped({ id: ids.uuid(), occurredAt: timeIn(rs, [12 * 60, 20 * 60 + 50], d), kind, note }));
    }
    const own = ownWordsDays.indexOf(d);
    const ownNote = OWN_WORDS_NOTES[own];
    if (ownNote !== undefined) {
      shifts.push(stamped({ id: ids.uuid(), occurredAt: timeIn(rs, [12 * 60, 20 * 60 + 50], d), kind: 'own-words' as const, note: ownNote }));
    }
  }

  const firstInstant = at(0, 8 * 60);
  const firstSeen = new Map<string, IsoInstant>();
  byTime(moments);
  for (const m of moments) if (!firstSeen.has(m.trigger)) firstSeen.set(m.trigger, m.occurredAt);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: at(days - 1, 21 * 60),
    person: { displayName: 'Sam (demo)', country: 'GB' },
    toolkit: [...DEFAULT_TOOLKIT, ...PERSONAL_TOOLKIT].map((s) => ({
      name: s.name, role: s.role, function: s.function, archived: false, createdAt: firstInstant, updatedAt: firstInstant,
    })),
    triggers: stories.map((s) => ({ name: s.name, createdAt: firstSeen.get(s.name) ?? firstInstant })),
    moments,
    checkins: byTime(checkins),
    practices: byTime(practices),
    shifts: byTime(shifts),
  };
}
