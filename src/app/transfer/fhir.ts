/**
 * Questionnaire results in and out as FHIR R4 (issue 4): a Bundle of Questionnaires,
 * QuestionnaireResponses and total Observations out; QuestionnaireResponses in, all or
 * nothing. Imported critical answers are recorded as safety events like any other.
 */
import type { PersonId, MeasureId } from '../../core/ids.js';
import { fhirBundle, loincNoticeFor } from '../../core/fhir/bundle.js';
import type { Bundle } from '../../core/fhir/types.js';
import { readQuestionnaireResponses } from '../../core/fhir/import.js';
import { ProblemList } from '../../core/problems.js';
import type { MeasureResponse } from '../../core/safety/records.js';
import { instantToMs } from '../../core/time.js';
import type { Deps } from '../deps.js';
import { AppError, notFound } from '../errors.js';
import { isInFuture } from '../journal/time-rules.js';
import { criticalAnswerEvents } from '../safety/criticalAnswerEvents.js';
import { paced } from './paced.js';
import { problemsWords } from './problemsWords.js';

export interface FhirExport {
  bundle: Bundle;
  /** Regenstrief's notice, present when the bundle carries LOINC codes. */
  loincNotice: string | null;
}

export async function exportFhir(deps: Deps, personId: PersonId): Promise<FhirExport> {
  const person = await deps.store.getPerson(personId);
  if (!person) throw notFound('person');
  const measures = await deps.store.listMeasures(personId);
  const bundle = fhirBundle({
    person: { id: person.id, displayName: person.displayName },
    administrations: measures.map((m) => ({ id: m.id, instrument: m.instrument, takenAt: m.takenAt, answers: m.answers })),
    exportedAt: deps.clock.now(),
  });
  return { bundle, loincNotice: loincNoticeFor(bundle) };
}

export interface FhirImportResult {
  added: number;
  alreadyPresent: number;
  /** How many imported forms hold an answer that needs care (recorded as safety events). */
  withCriticalAnswers: number;
}

const sameAdministration = (a: MeasureResponse, instrument: string, takenAt: string, answers: number[]) =>
  a.instrument === instrument && instantToMs(a.takenAt) === instantToMs(takenAt) && a.answers.join() === answers.join();

export async function importFhir(deps: Deps, personId: PersonId, raw: unknown): Promise<FhirImportResult> {
  const problems = new ProblemList();
  // Read in slices, so the server keeps answering while a huge file is checked.
  const administrations = await paced(readQuestionnaireResponses(raw, problems));
  const now = deps.clock.now();
  if (problems.count === 0) for (const a of administrations) if (isInFuture(a.takenAt, now)) problems.add(a.authoredPath, "can't be in the future");
  if (problems.count > 0) {
    const message = `The FHIR file has ${problemsWords(problems.count, problems.problems.length)}, so nothing was imported.`;
    throw new AppError('import_invalid', message, problems.problems[0]?.path, problems.problems, problems.count);
  }
  return deps.store.transaction(async (tx) => {
    // As with entries, importing a file again brings back no result the person deleted.
    const existing = await tx.listMeasures(personId, { deleted: 'include' });
    const result: FhirImportResult = { added: 0, alreadyPresent: 0, withCriticalAnswers: 0 };
    for (const a of administrations) {
      if (existing.some((m) => sameAdministration(m, a.instrument, a.takenAt, a.answers))) {
        result.alreadyPresent++;
        continue;
      }
      const measure: MeasureResponse = { id: deps.newId() as MeasureId, instrument: a.instrument, takenAt: a.takenAt, answers: a.answers, source: 'fhir', createdAt: now };
      await tx.insertMeasure(personId, measure);
      existing.push(measure);
      result.added++;
      const events = criticalAnswerEvents(deps, measure);
      if (events.length > 0) result.withCriticalAnswers++;
      for (const e of events) await tx.insertSafetyEvent(personId, e);
    }
    return result;
  });
}
