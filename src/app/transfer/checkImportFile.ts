/**
 * Everything that can be wrong with an import file, found before anything is written:
 * its shape (every field, with its path) and its references (a moment naming a strategy
 * the file's toolkit lacks, the same id twice, the same name twice).
 */
import { problemsOf, type Problem } from '../../contracts/errors.js';
import { exportFileSchema, type ExportFile } from '../../contracts/export-format.js';
import { nameKey } from '../../core/names.js';

export type Checked = { ok: true; file: ExportFile } | { ok: false; problems: Problem[] };

export function checkImportFile(raw: unknown): Checked {
  const parsed = exportFileSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error) };
  const file = parsed.data;
  const problems: Problem[] = [];

  const uniqueNames = (list: Array<{ name: string }>, where: string) => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
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
      if (ids.has(entry.id)) problems.push({ path: `${kind}[${i}].id`, message: 'is used by another entry in this file' });
      ids.add(entry.id);
    });
  }

  file.moments.forEach((m, i) => {
    if (!triggers.has(nameKey(m.trigger))) {
      problems.push({ path: `moments[${i}].trigger`, message: `"${m.trigger}" is not in the file's triggers` });
    }
    const inMoment = new Set<string>();
    m.strategies.forEach((s, j) => {
      const key = nameKey(s.name);
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

  return problems.length > 0 ? { ok: false, problems } : { ok: true, file };
}
