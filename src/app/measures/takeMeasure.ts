/**
 * Records one completed questionnaire. A critical answer (PHQ-9 item 9 ≥ 1, PCL-5 item
 * 16 ≥ 2; MEASURES.md §4) is recorded as a safety event in the same transaction, and the
 * result lists critical answers first, so every edge can show care before any score.
 * An incomplete form is refused with the missing items named: never pro-rated, never a
 * silent PHQ-8.
 */
import type { MeasureCreate, MeasureTaken } from '../../contracts/measures.js';
import type { Problem } from '../../contracts/errors.js';
import type { MeasureId, PersonId } from '../../core/ids.js';
import { INSTRUMENTS } from '../../core/measures/catalogue.js';
import type { Instrument } from '../../core/measures/instrument.js';
import { scoreAdministration } from '../../core/measures/score.js';
import type { MeasureResponse, MeasureSource } from '../../core/safety/records.js';
import type { Deps } from '../deps.js';
import { AppError } from '../errors.js';
import { checkNotFuture } from '../journal/time-rules.js';
import { criticalAnswerEvents } from '../safety/criticalAnswerEvents.js';
import { measureView } from './views.js';

function refusal(i: Instrument, problems: Problem[]): AppError {
  const first = problems[0];
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  return new AppError('validation_failed', `${first?.path ?? 'answers'}: ${first?.message ?? 'is not complete'}${more}`, first?.path, problems);
}

/** Checks answers against the instrument, naming each problem by its item. */
export function checkAnswers(i: Instrument, answers: ReadonlyArray<number | null>): number[] {
  const r = scoreAdministration(i, answers);
  if (r.ok) return answers.map((a) => a ?? 0);
  const allowed = i.responses.map((x) => x.value).join(', ');
  if (r.reason === 'out-of-range') {
    throw refusal(
      i,
      r.items.map((n) =>
        n > i.items.length
          ? { path: `answers[${n - 1}]`, message: `is one answer too many: the ${i.id} has ${i.items.length} questions` }
          : { path: `answers[${n - 1}]`, message: `must be one of ${allowed} (question ${n}, “${i.items[n - 1]?.label}”)` },
      ),
    );
  }
  throw refusal(
    i,
    r.missing.map((n) => ({
      path: `answers[${n - 1}]`,
      message: `has no answer: question ${n} (“${i.items[n - 1]?.label}”) is needed for a score, which is never guessed`,
    })),
  );
}

export async function takeMeasure(deps: Deps, personId: PersonId, input: MeasureCreate, source: MeasureSource = input.source ?? 'app'): Promise<MeasureTaken> {
  const instrument = INSTRUMENTS[input.instrument];
  const answers = checkAnswers(instrument, input.answers);
  const now = deps.clock.now();
  const takenAt = input.takenAt ?? now;
  if (input.takenAt !== undefined) checkNotFuture(takenAt, now, 'takenAt');
  const measure: MeasureResponse = { id: deps.newId() as MeasureId, instrument: instrument.id, takenAt, answers, source, createdAt: now };
  const view = measureView(instrument, measure);

  const events = criticalAnswerEvents(deps, measure);
  await deps.store.transaction(async (tx) => {
    await tx.insertMeasure(personId, measure);
    for (const e of events) await tx.insertSafetyEvent(personId, e);
  });
  return { critical: view.critical, safetyEventIds: events.map((e) => e.id), measure: view };
}
