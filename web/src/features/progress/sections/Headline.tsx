/**
 * The top of the report: the overall mode as a sentence, the phase, the invisible
 * progress (the heart of Headway), then the evidence behind the mode, each line marked
 * in words as progress, steady or strain.
 */
import type { InsightReport } from '../../../../../src/core/insight/report.js';
import { MODE_WORDS, PHASE_WORDS, POINTS_WORDS } from '../reportWords.js';

export function ModeSummary({ report }: { report: InsightReport }) {
  const mode = MODE_WORDS[report.mode];
  const phase = PHASE_WORDS[report.phase];
  return (
    <section className={`mode-card mode-${report.mode}`} aria-labelledby="mode-heading">
      <p className="eyebrow">Where things stand</p>
      <h2 id="mode-heading">{mode.headline}</h2>
      <p>{mode.more}</p>
      <p className="phase">
        <strong>{phase.title}.</strong> {phase.text}
      </p>
    </section>
  );
}

export function InvisibleProgress({ report }: { report: InsightReport }) {
  if (report.invisibleProgress.length === 0) return null;
  return (
    <section className="invisible" aria-labelledby="invisible-heading">
      <h2 id="invisible-heading">Progress you might not feel yet</h2>
      <ul className="invisible-list">
        {report.invisibleProgress.map((p) => (
          <li key={p.text}>{p.text}</li>
        ))}
      </ul>
    </section>
  );
}

export function Evidence({ report }: { report: InsightReport }) {
  if (report.evidence.length === 0) return null;
  return (
    <section className="report-section" aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">Why we say this</h2>
      <ul className="evidence-list">
        {report.evidence.map((e) => {
          const w = POINTS_WORDS[e.points];
          return (
            <li key={`${e.source}-${e.text}`} className={`evidence evidence-${e.points}`}>
              <span className="evidence-mark">
                <span aria-hidden="true">{w.symbol}</span> {w.label}
              </span>
              <span className="evidence-text">{e.text}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function NotEnoughYet({ report }: { report: InsightReport }) {
  if (report.notEnoughData.length === 0) return null;
  return (
    <section className="report-section" aria-labelledby="not-yet-heading">
      <h2 id="not-yet-heading">Not enough yet</h2>
      <p className="section-lead">Nothing is wrong here — there is just too little to say something honest. What would help:</p>
      <ul className="gentle">
        {report.notEnoughData.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
    </section>
  );
}
