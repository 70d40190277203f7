/** What an entry says, in plain words, for the history list. */
import { BODY_STATE_LABELS, MOOD_LABELS, SHIFT_KIND_LABELS } from '../../../../src/core/vocabulary.js';
import type { AnyEntry } from './journal.js';

export function entryTitle(e: AnyEntry): string {
  switch (e.kind) {
    case 'moments':
      return e.entry.trigger;
    case 'checkins':
      return 'Check-in';
    case 'practices':
      return e.entry.kind;
    case 'shifts':
      return e.entry.kind === 'own-words' ? (e.entry.note ?? SHIFT_KIND_LABELS['own-words']) : SHIFT_KIND_LABELS[e.entry.kind];
  }
}

function helpedWord(helped: boolean | null): string {
  if (helped === true) return ' (helped)';
  if (helped === false) return " (didn't help)";
  return '';
}

function facts(e: AnyEntry): string[] {
  switch (e.kind) {
    case 'moments': {
      const m = e.entry;
      const out = [`Intensity ${m.intensity} of 10`];
      if (m.bodyState !== null) out.push(BODY_STATE_LABELS[m.bodyState]);
      if (m.settledMinutes !== null) out.push(`settled in ${m.settledMinutes} min`);
      if (m.recognizedEarly) out.push('recognised the pattern early');
      if (m.followedThought === false) out.push('let the thought pass');
      if (m.followedThought === true) out.push('followed the thought');
      if (m.handledDifferently) out.push('handled it differently');
      return out;
    }
    case 'checkins': {
      const c = e.entry;
      const out = [`Distress ${c.distress} of 10`];
      const mood = c.mood as keyof typeof MOOD_LABELS | null;
      if (mood !== null && MOOD_LABELS[mood] !== undefined) out.push(`mood: ${MOOD_LABELS[mood].toLowerCase()}`);
      if (c.windowState !== null) out.push(BODY_STATE_LABELS[c.windowState]);
      if (c.sleepHours !== null) out.push(`${c.sleepHours} h sleep`);
      return out;
    }
    case 'practices':
      return e.entry.minutes !== null ? [`${e.entry.minutes} minutes`] : [];
    case 'shifts':
      return [];
  }
}

export function EntrySummary({ e }: { e: AnyEntry }) {
  const list = facts(e);
  const thought = e.kind === 'moments' ? e.entry.thought : null;
  const strategies = e.kind === 'moments' ? e.entry.strategies : [];
  const note = e.kind === 'shifts' && e.entry.kind === 'own-words' ? null : e.entry.note;
  return (
    <>
      {list.length > 0 && <p className="facts">{list.join(' · ')}</p>}
      {strategies.length > 0 && (
        <p className="facts">
          <span className="muted">Used: </span>
          {strategies.map((s) => `${s.name}${helpedWord(s.helped)}`).join(', ')}
        </p>
      )}
      {thought !== null && <p className="thought">“{thought}”</p>}
      {note !== null && <p className="note">{note}</p>}
    </>
  );
}
