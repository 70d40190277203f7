/**
 * Everything that can be wrong with an import file, found before anything is written:
 * its version, its shape (every field, with its path), its references (a moment naming a
 * strategy the file's toolkit lacks, the same id twice, the same name twice) and its
 * questionnaires (each must score). Version 1 files are read with the sections version 2
 * added left empty; a file from a newer Headway is refused before anything else.
 *
 * A file can hold a million broken items: the first PROBLEM_LIMIT problems are kept and
 * the rest counted (core/problems.ts), and the check runs in slices (paced.ts).
 */
import { addIssue, formatPath } from '../../contracts/errors.js';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  exportCheckinSchema,
  exportFileSchema,
  exportMeasureSchema,
  exportMomentSchema,
  exportPracticeSchema,
  exportSafetyEventSchema,
  exportScheduleSchema,
  exportShiftSchema,
  exportStrategySchema,
  exportTriggerSchema,
  READABLE_EXPORT_VERSIONS,
  type CompleteExportFile,
  type ExportFile,
} from '../../contracts/export-format.js';
import { ProblemList, type Problem } from '../../core/problems.js';
import { addDays, isCalendarDay, localDayOf, type IsoInstant } from '../../core/time.js';
import { isInFuture } from '../journal/time-rules.js';
import { CareCheck } from './checkCareSections.js';
import { ReferenceCheck } from './checkReferences.js';
import { withoutHugeLists } from './hugeLists.js';
import { paced, type Steps } from './paced.js';

export type Checked =
  | { ok: true; file: CompleteExportFile }
  /**
   * `problems`: the first PROBLEM_LIMIT, in order (shape, then references, questionnaires,
   * dates); `problemCount`: all of them. `newerVersion`: the file's version, when it comes
   * from a newer Headway.
   */
  | { ok: false; problems: readonly Problem[]; problemCount: number; newerVersion?: number };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const SINCE_VERSION_2 = ['measures', 'safetyPlan', 'schedules', 'safetyEvents'] as const;

/** The list sections, in the order they are read: toolkit and triggers before the entries that name them. */
const SECTIONS = {
  toolkit: exportStrategySchema,
  triggers: exportTriggerSchema,
  moments: exportMomentSchema,
  checkins: exportCheckinSchema,
  practices: exportPracticeSchema,
  shifts: exportShiftSchema,
  measures: exportMeasureSchema,
  schedules: exportScheduleSchema,
  safetyEvents: exportSafetyEventSchema,
};
type Section = keyof typeof SECTIONS;
type Read = { [S in Section]: Array<NonNullable<CompleteExportFile[S]>[number]> };
const CARE_SECTIONS: ReadonlySet<Section> = new Set(['measures', 'schedules', 'safetyEvents']);

/** Items checked between chances to pause (see paced.ts). */
const ITEMS_PER_STEP = 256;

/**
 * Checks `raw` (a parsed JSON file) in slices, letting other requests in meanwhile.
 * @param now with it, entries and questionnaires dated after it (beyond the clock drift
 *   logging allows) are problems too, as they are when logged one by one.
 */
export function checkImportFile(raw: unknown, now?: IsoInstant): Promise<Checked> {
  return paced(checkSteps(raw, now));
}

const refused = (path: string, message: string, newerVersion?: number): Checked => ({
  ok: false,
  problems: [{ path, message }],
  problemCount: 1,
  ...(newerVersion !== undefined && { newerVersion }),
});

/**
 * The check itself. Memory stays bounded whatever the file holds: items are checked one
 * at a time (never the whole file by one zod parse, which builds every issue at once),
 * each kind of problem is kept in a ProblemList, and what was read is let go at the first
 * problem, since nothing will be imported.
 */
function* checkSteps(raw: unknown, now: IsoInstant | undefined): Steps<Checked> {
  if (!isObject(raw)) return refused('file', 'must be a Headway export: a JSON object with "format": "headway.export"');
  if (raw['format'] !== EXPORT_FORMAT && !('moments' in raw) && !('toolkit' in raw)) {
    // Not a damaged export but some other file: one plain sentence, not a line per missing field.
    return refused('file', 'does not look like a Headway export (it has no "format": "headway.export"). Choose a file made with Headway’s Export');
  }
  const version = raw['version'];
  if (typeof version === 'number' && version > EXPORT_VERSION) {
    const readable = READABLE_EXPORT_VERSIONS.join(' and ');
    return refused('version', `is ${version}, from a newer Headway; this one reads versions ${readable}`, version);
  }

  // Each kind in its own list, so the answer lists them kind by kind (shape first).
  const shape = new ProblemList();
  const versionOne = new ProblemList();
  const references = new ProblemList();
  const care = new ProblemList();
  const future = new ProblemList();
  const lists = [shape, versionOne, references, care, future];
  const anyProblem = () => lists.some((l) => l.count > 0);

  // The file without its lists, so one parse checks everything else (format, person, plan, unknown keys).
  const outline: Record<string, unknown> = { ...raw };
  for (const section of Object.keys(SECTIONS)) if (Array.isArray(raw[section])) outline[section] = [];
  const top = validate(exportFileSchema, withoutHugeLists(outline, [], shape), shape, []);
  if (now !== undefined) therapyStartCheck(raw['person'], now, future);
  if (version === 1) for (const k of SINCE_VERSION_2) if (k in raw) versionOne.add(k, 'is not part of a version 1 file; version 2 added it');

  const refs = new ReferenceCheck(references);
  const careCheck = new CareCheck(care);
  let read: Partial<Read> | undefined = {};
  for (const section of Object.keys(SECTIONS) as Section[]) {
    const items = raw[section];
    if (!Array.isArray(items)) continue;
    const schema = SECTIONS[section];
    const out: unknown[] = [];
    for (let i = 0; i < items.length; i++) {
      if (i % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
      const item = withoutHugeLists(items[i], [section, i], shape);
      const reported = CARE_SECTIONS.has(section) ? new Set<string>() : undefined;
      const value = validate(schema, item, shape, [section, i], reported);
      refs.check(section, i, item);
      if (reported !== undefined) careCheck.check(section, i, items[i], reported);
      if (now !== undefined) futureCheck(section, i, item, now, future);
      if (read === undefined) continue;
      if (anyProblem()) read = undefined; // nothing will be imported: let go of what was read
      else out.push(value);
    }
    if (read !== undefined) (read as Record<Section, unknown[]>)[section] = out;
  }

  if (anyProblem() || top === undefined || read === undefined) {
    const all = new ProblemList();
    for (const l of lists) all.append(l);
    return { ok: false, problems: all.problems, problemCount: all.count };
  }
  const file = top as ExportFile;
  // Version 1 has none of the sections version 2 added: each is read as empty.
  const { measures = [], schedules = [], safetyEvents = [], ...entries } = read;
  return { ok: true, file: { ...file, ...(entries as Omit<Read, 'measures' | 'schedules' | 'safetyEvents'>), measures, schedules, safetyEvents, safetyPlan: file.safetyPlan ?? null } };
}

/** Standard Schema's validate: zod's issues without building a ZodError (which is most of a failing parse's cost). */
interface Validating {
  '~standard': { validate(value: unknown): unknown };
}
type Outcome = { value: unknown; issues?: undefined } | { issues: ReadonlyArray<{ code?: string; path?: ReadonlyArray<PropertyKey>; message: string; keys?: string[] }> };

/**
 * `value` checked by `schema`: its parsed value, or undefined with every issue added to
 * `problems` at `at` + the issue's path (and, into `reported`, the issue's own path).
 */
function validate(schema: Validating, value: unknown, problems: ProblemList, at: Array<string | number>, reported?: Set<string>): unknown {
  const outcome = schema['~standard'].validate(value) as Outcome;
  if (outcome instanceof Promise) throw new Error('import schemas are synchronous');
  if (outcome.issues === undefined) return outcome.value;
  for (const issue of outcome.issues) {
    addIssue(problems, issue, at);
    if (reported !== undefined && issue.code !== 'unrecognized_keys') reported.add(formatPath(issue.path ?? []));
  }
  return undefined;
}

/** The field that dates an item of each dated section. */
const DATED_FIELD: Partial<Record<string, string>> = { moments: 'occurredAt', checkins: 'occurredAt', practices: 'occurredAt', shifts: 'occurredAt', measures: 'takenAt' };

/**
 * The day therapy began, held to Settings' rule (updatePerson.ts): not after tomorrow here.
 * A later day would make the summary's default period, since therapy began, start after today.
 */
function therapyStartCheck(person: unknown, now: IsoInstant, problems: ProblemList): void {
  const day = isObject(person) ? person['therapyStartedOn'] : undefined;
  if (typeof day === 'string' && isCalendarDay(day) && day > addDays(localDayOf(now), 1)) problems.add('person.therapyStartedOn', "can't be in the future");
}

function futureCheck(section: string, i: number, item: unknown, now: IsoInstant, problems: ProblemList): void {
  const field = DATED_FIELD[section];
  const at = field !== undefined && isObject(item) ? item[field] : undefined;
  if (typeof at === 'string' && isInFuture(at, now)) problems.add(`${section}[${i}].${field}`, "can't be in the future");
}
