/**
 * The flag a person typed for each field of a request body, so errors name `--at`, not
 * `occurredAt`. Kept free of imports: the CLI's error reporting loads it on every run.
 */
const FLAG_OF: Record<string, string> = {
  trigger: '--trigger',
  intensity: '--intensity',
  bodyState: '--body',
  thought: '--thought',
  followedThought: '--followed-thought',
  recognizedEarly: '--recognized-early',
  handledDifferently: '--differently',
  settledMinutes: '--settled',
  strategies: '--strategy',
  note: '--note',
  occurredAt: '--at',
  takenAt: '--at',
  answers: '--items',
  everyDays: '--every',
  distress: '--distress',
  mood: '--mood',
  windowState: '--window',
  sleepHours: '--sleep',
  kind: '--kind',
  minutes: '--minutes',
  name: '--name',
  role: '--role',
  function: '--function',
  since: '--since',
  limit: '--limit',
  asOf: '--as-of',
  weeks: '--weeks',
};

export function flagFor(path: string): string {
  const head = path.split(/[.[]/)[0] ?? path;
  return FLAG_OF[head] ?? head;
}
