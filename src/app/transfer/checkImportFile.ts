/**
 * Everything that can be wrong with an import file, found before anything is written:
 * its version, its shape (every field, with its path), its references (a moment naming a
 * strategy the file's toolkit lacks, the same id twice, the same name twice) and its
 * questionnaires (each must score). Version 1 files are read with the sections version 2
 * added left empty; a file from a newer Headway is refused before anything else.
 */
import { problemsOf, type Problem } from '../../contracts/errors.js';
import { EXPORT_FORMAT, EXPORT_VERSION, exportFileSchema, READABLE_EXPORT_VERSIONS, type CompleteExportFile } from '../../contracts/export-format.js';
import { nameKey } from '../../core/names.js';
import type { IsoInstant } from '../../core/time.js';
import { isInFuture } from '../journal/time-rules.js';
import { careProblems } from './checkCareSections.js';

export type Checked =
  | { ok: true; file: CompleteExportFile }
  /** `newerVersion`: the file's version, when it comes from a newer Headway. */
  | { ok: false; problems: Problem[]; newerVersion?: number };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const SINCE_VERSION_2 = ['measures', 'safetyPlan', 'schedules', 'safetyEvents'] as const;

/**
 * @param now with it, entries and questionnaires dated after it (beyond the clock drift
 *   logging allows) are problems too, as they are when logged one by one.
 */
export function checkImportFile(raw: unknown, now?: IsoInstant): Checked {
  if (!isObject(raw)) {
    return { ok: false, problems: [{ path: 'file', message: 'must be a Headway export: a JSON object with "format": "headway.export"' }] };
  }
  if (raw['format'] !== EXPORT_FORMAT && !('moments' in raw) && !('toolkit' in raw)) {
    // Not a damaged export but some other file: one plain sentence, not a line per missing field.
    return {
      ok: false,
      problems: [{ path: 'file', message: 'does not look like a Headway export (it has no "format": "headway.export"). Choose a file made with Headway’s Export' }],
    };
  }
  const version = raw['version'];
  if (typeof version === 'number' && version > EXPORT_VERSION) {
    const readable = READABLE_EXPORT_VERSIONS.join(' and ');
    return { ok: false, newerVersion: version, problems: [{ path: 'version', message: `is ${version}, from a newer Headway; this one reads versions ${readable}` }] };
  }
  const parsed = exportFileSchema.safeParse(raw);
  const shape = parsed.success ? [] : problemsOf(parsed.error);
  // References are checked on whatever parts are readable, so one pass reports every kind.
  const problems: Problem[] = [
    ...shape,
    ...(version === 1 ? SINCE_VERSION_2.filter((k) => k in raw).map((k) => ({ path: k, message: 'is not part of a version 1 file; version 2 added it' })) : []),
    ...referenceProblems(readable(raw)),
    ...careProblems(raw, new Set(shape.map((p) => p.path))),
    ...(now === undefined ? [] : futureProblems(raw, now)),
  ];
  if (!parsed.success || problems.length > 0) return { ok: false, problems: dedupe(problems) };
  const file = parsed.data;
  return {
    ok: true,
    file: { ...file, measures: file.measures ?? [], safetyPlan: file.safetyPlan ?? null, schedules: file.schedules ?? [], safetyEvents: file.safetyEvents ?? [] },
  };
}

const DATED = [
  ['moments', 'occurredAt'],
  ['checkins', 'occurredAt'],
  ['practices', 'occurredAt'],
  ['shifts', 'occurredAt'],
  ['measures', 'takenAt'],
] as const;

function futureProblems(raw: Record<string, unknown>, now: IsoInstant): Problem[] {
  return DATED.flatMap(([section, field]) => {
    const list = raw[section];
    if (!Array.isArray(list)) return [];
    return list.flatMap((item: unknown, i) => {
      const at = isObject(item) ? item[field] : undefined;
      return typeof at === 'string' && isInFuture(at, now) ? [{ path: `${section}[${i}].${field}`, message: "can't be in the future" }] : [];
    });
  });
}

interface Readable {
  toolkit: Array<{ name: string }>;
  triggers: Array<{ name: string }>;
  moments: Array<{ id: string; trigger: string; strategies: Array<{ name: string }> }>;
  checkins: Array<{ id: string }>;
  practices: Array<{ id: string }>;
  shifts: Array<{ id: string; kind: string; note: string | null }>;
}

/** The parts of a possibly malformed file that reference checks can read (non-strings become ""). */
function readable(raw: Record<string, unknown>): Readable {
  const list = (v: unknown) => (Array.isArray(v) ? v.map((x) => (isObject(x) ? x : {})) : []);
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    toolkit: list(raw['toolkit']).map((s) => ({ name: text(s['name']) })),
    triggers: list(raw['triggers']).map((t) => ({ name: text(t['name']) })),
    moments: list(raw['moments']).map((m) => ({
      id: text(m['id']),
      trigger: text(m['trigger']),
      strategies: list(m['strategies']).map((s) => ({ name: text(s['name']) })),
    })),
    checkins: list(raw['checkins']).map((c) => ({ id: text(c['id']) })),
    practices: list(raw['practices']).map((p) => ({ id: text(p['id']) })),
    shifts: list(raw['shifts']).map((s) => ({ id: text(s['id']), kind: text(s['kind']), note: typeof s['note'] === 'string' ? s['note'] : null })),
  };
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function referenceProblems(file: Readable): Problem[] {
  const problems: Problem[] = [];

  const uniqueNames = (list: Array<{ name: string }>, where: string) => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (item.name.trim() === '') return;
      const key = nameKey(item.name);
      if (seen.has(key)) problems.push({ path: `${where}[${i}].name`, message: `"${item.name}" appears twice` });
      seen.add(key);
    });
    return seen;
  };
  const toolkit = uniqueNames(file.toolkit, 'toolkit');
  const triggers = uniqueNames(file.triggers, 'triggers');

  const ids = new Set<string>();
  for (const kind of ['moments', 'checkins', 'practices', 'shifts'] as const) {
    file[kind].forEach((entry, i) => {
      if (entry.id === '') return;
      if (ids.has(entry.id)) problems.push({ path: `${kind}[${i}].id`, message: 'is used by another entry in this file' });
      ids.add(entry.id);
    });
  }

  file.moments.forEach((m, i) => {
    if (m.trigger.trim() !== '' && !triggers.has(nameKey(m.trigger))) {
      problems.push({ path: `moments[${i}].trigger`, message: `"${m.trigger}" is not in the file's triggers` });
    }
    const inMoment = new Set<string>();
    m.strategies.forEach((s, j) => {
      const key = nameKey(s.name);
      if (key === '') return;
      if (!toolkit.has(key)) {
        problems.push({ path: `moments[${i}].strategies[${j}].name`, message: `"${s.name}" is not in the file's toolkit` });
      }
      if (inMoment.has(key)) problems.push({ path: `moments[${i}].strategies[${j}].name`, message: `"${s.name}" appears twice` });
      inMoment.add(key);
    });
  });

  file.shifts.forEach((s, i) => {
    if (s.kind === 'own-words' && (s.note === null || s.note.trim() === '')) {
      problems.push({ path: `shifts[${i}].note`, message: 'needs your own words when the kind is own-words' });
    }
  });

  return problems;
}
