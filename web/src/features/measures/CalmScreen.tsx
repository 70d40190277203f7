/**
 * Shown first, before any score, when an answer calls for care (PHQ-9 item 9 above zero,
 * MEASURES.md §4): warm words, the crisis lines for the person's country, their safety
 * plan, and only then the way on to the results. No alarm and no diagnosis.
 */
import { useEffect, useRef } from 'react';
import type { MeasureTaken } from '../../../../src/contracts/measures.js';
import { href } from '../../lib/route.js';
import { CrisisLines } from '../help/CrisisLines.js';

interface Props {
  critical: MeasureTaken['critical'];
  busy: boolean;
  onContinue: () => void;
}

export function CalmScreen({ critical, busy, onContinue }: Props) {
  const headingRef = useRef<HTMLHeadingElement | null>(null);
  useEffect(() => headingRef.current?.focus(), []);
  // Only lower-tier answers (e.g. PCL-5 risk-taking): the same care, with words that fit them.
  const noticeOnly = critical.length > 0 && critical.every((c) => c.tier === 'notice');

  return (
    <section className="calm" aria-labelledby="calm-heading">
      <h2 id="calm-heading" ref={headingRef} tabIndex={-1}>
        Thank you for answering honestly
      </h2>
      <p className="calm-words">
        {noticeOnly
          ? 'One of your answers says you have sometimes been doing things that could hurt you. That can be a sign of how much you are carrying.'
          : 'One of your answers says that thoughts of being better off dead, or of hurting yourself, have been there lately. You do not have to hold that alone.'}{' '}
        Nobody is watching these answers as you give them, so if you might not be safe, please reach out now — people are there to listen,
        day or night.
      </p>
      <CrisisLines />
      <div className="calm-plan">
        <p>Your safety plan keeps the steps and people that help in a hard moment. If you have not written one yet, one line is a good start.</p>
        <a className="button secondary" href={href({ page: 'safety' })}>
          Open my safety plan
        </a>
      </div>
      <p className="small muted">
        If you see someone for therapy, this answer is worth bringing to them. There is no rush; your results are ready when you are.
      </p>
      <div className="actions">
        <button type="button" className="primary" onClick={onContinue} disabled={busy}>
          Continue to my results
        </button>
      </div>
    </section>
  );
}
