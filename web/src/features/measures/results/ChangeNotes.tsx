/**
 * What the numbers say about change: the overview's sentence, the change from first to
 * latest and whether it is reliable, and the not-on-track rule of thumb, labelled as the
 * heuristic it is, with its reason.
 */
import type { InstrumentOverview, InstrumentView } from '../../../../../src/contracts/measures.js';
import { RELIABLE_WORDS, signed } from '../measureWords.js';

function NotOnTrack({ check, reassure }: { check: NonNullable<InstrumentOverview['notOnTrack']>; reassure: boolean }) {
  // "Nothing suggests things are off track" would contradict a critical answer shown above.
  if (!check.flag && !reassure) return null;
  return (
    <div className={`heuristic${check.flag ? ' heuristic-flag' : ''}`}>
      <p className="eyebrow">A rule of thumb (heuristic), not a prediction</p>
      {check.flag ? (
        <p>
          By Headway’s simple rule, things may not be moving as hoped{check.reason !== null ? `: ${check.reason}` : '.'} Slow stretches are part
          of a path that is rarely straight. It could be worth talking about in a session — together you can look at what might help.
        </p>
      ) : (
        <p>By Headway’s simple rule, nothing suggests things are off track.{check.reason !== null ? ` ${check.reason}` : ''}</p>
      )}
    </div>
  );
}

/** `reassure` false leaves out the all-clear line of the rule of thumb (the latest form holds a critical answer). */
export function ChangeNotes({ instrument, overview, reassure = true }: { instrument: InstrumentView; overview: InstrumentOverview; reassure?: boolean }) {
  if (overview.count === 0) return null;
  const { first, latest, change, reliableChange } = overview;
  const rule = instrument.reliableChange;
  return (
    <section className="change-notes" aria-label="What has changed">
      {overview.summary !== null ? (
        <p className="change-sentence">{overview.summary}</p>
      ) : (
        change !== null &&
        first !== null &&
        latest !== null && (
          <p className="change-sentence">
            From {first.total} to {latest.total} ({signed(change)}).{rule !== null && ` A change of ${rule.points} points or more counts as reliable.`}
          </p>
        )
      )}
      {reliableChange !== null && overview.count > 1 && (
        <p className={`reliable reliable-${reliableChange}`}>
          <strong>Reliable change? </strong>
          {RELIABLE_WORDS[reliableChange]}
        </p>
      )}
      {overview.notOnTrack !== null && <NotOnTrack check={overview.notOnTrack} reassure={reassure} />}
    </section>
  );
}
