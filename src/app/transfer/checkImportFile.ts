/**
 * Everything that can be wrong with an import file, found before anything is written:
 * its shape (every field, with its path) and its references (a moment naming a strategy
 * the file's toolkit lacks, the same id twice, the same name twice).
 */
import { problemsOf, type Problem } from '../../contracts/errors.js';
import { exportFileSchema, type ExportFile } from '../../contracts/export-format.js';
import { nameKey } from '../../core/names.js';

export type Checked = { ok: true; file: ExportFile } | { ok: false; problems: Problem[] };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function checkImportFile(raw: unknown): Checked {
  if (!isObject(raw)) {
    return { ok: false, problems: [{ path: 'file', message: 'must be a Headway export: a JSON object with "format": "headway.export"' }] };
  }
  const parsed = exportFileSchema.safeParse(raw);
  // References are checked on whatever parts are readable, so one pass reports both kinds.
  const problems: Problem[] = [...(parsed.success ? [] : problemsOf(parsed.error)), ...referenceProblems(readable(raw))];
  if (!parsed.success || problems.length > 0) return { ok: false, problems: dedupe(problems) };
  return { ok: true, file: parsed.data };
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
