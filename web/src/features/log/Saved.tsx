/** The kind word after saving: no streaks, no scores, nothing to live up to. */
import { useEffect, useRef } from 'react';
import type { EntryKind } from '../../../../src/core/vocabulary.js';
import { href } from '../../lib/route.js';
import { SafetyOffer } from '../safety/SafetyOffer.js';

const WORDS: Record<EntryKind, { title: string; body: string }> = {
  moments: {
    title: 'Saved. Thank you for noticing.',
    body: 'Writing down what happened is part of the work. Over time, moments like this one show what is shifting.',
  },
  checkins: {
    title: 'Thanks for checking in.',
    body: 'However today is going, it is noted. There is no right answer here.',
  },
  practices: {
    title: 'Saved — that is healing work.',
    body: 'This is the slow kind of work that changes the moment itself. It counts, even when it does not feel like much.',
  },
  shifts: {
    title: 'That is a real shift.',
    body: 'Something moved. Small changes like this are how healing shows up — often before it can be felt. Well noticed.',
  },
};

interface Props {
  kind: EntryKind;
  onAgain: () => void;
  /** The words saved suggest a hard time: offer the safety plan, quietly. */
  offerSafetyPlan?: boolean;
}

export function Saved({ kind, onAgain, offerSafetyPlan = false }: Props) {
  const headingRef = useRef<HTMLHeadingElement | null>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const words = WORDS[kind];
  return (
    <section className={`saved saved-${kind}`} aria-labelledby="saved-title">
      <h2 id="saved-title" ref={headingRef} tabIndex={-1}>
        {words.title}
      </h2>
      <p>{words.body}</p>
      {offerSafetyPlan && <SafetyOffer />}
      <div className="actions">
        <button type="button" className="primary" onClick={onAgain}>
          Log another
        </button>
        <a className="button secondary" href={href({ page: 'history' })}>
          See history
        </a>
      </div>
    </section>
  );
}
