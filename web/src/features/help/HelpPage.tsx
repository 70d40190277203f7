/**
 * "I need help now": crisis lines for the person's country, the emergency number first,
 * reachable from every page. Works even when the server cannot be reached (built-in list).
 */
import { useEffect, useId, useState } from 'react';
import { CRISIS_COUNTRIES, crisisLinesFor, type CrisisLine, type CrisisLinesFor } from '../../../../src/core/crisis-lines.js';
import { api } from '../../lib/api.js';
import { countryName, countryOption } from '../../lib/labels.js';
import { href } from '../../lib/route.js';
import { useSession } from '../../lib/session.js';
import { CrisisLineCard } from './CrisisLineCard.js';

function byCountry(lines: readonly CrisisLine[]): Array<[string, CrisisLine[]]> {
  const groups = new Map<string, CrisisLine[]>();
  for (const l of lines) groups.set(l.country, [...(groups.get(l.country) ?? []), l]);
  return [...groups.entries()];
}

/** Emergency services first: they are what matters most when someone is in danger. */
function ordered(lines: readonly CrisisLine[]): CrisisLine[] {
  return [...lines.filter((l) => l.emergency), ...lines.filter((l) => !l.emergency)];
}

export function HelpPage() {
  const session = useSession();
  const pickerId = useId();
  const own = session.person?.country ?? session.crisis.shownFor;
  const [country, setCountry] = useState(own);
  const [shown, setShown] = useState<CrisisLinesFor>(session.crisis);

  useEffect(() => setCountry(own), [own]);
  useEffect(() => {
    if (country === own) {
      setShown(session.crisis);
      return;
    }
    let live = true;
    api.get<CrisisLinesFor>(`/api/crisis-lines?country=${encodeURIComponent(country)}`).then(
      (c) => live && setShown(c),
      () => live && setShown(crisisLinesFor(country)),
    );
    return () => {
      live = false;
    };
  }, [country, own, session.crisis]);

  const choices = CRISIS_COUNTRIES.includes(own as (typeof CRISIS_COUNTRIES)[number]) ? [...CRISIS_COUNTRIES] : [own, ...CRISIS_COUNTRIES];
  const groups = byCountry(shown.lines);

  return (
    <div className="help-page">
      <h1 tabIndex={-1}>Help, right now</h1>
      <p className="lead">
        You reached out, and that matters. If you are in danger, or might act on thoughts of hurting yourself, call the
        emergency number now. The other lines are there to listen — day or night, free, and you don&apos;t need to have
        the right words.
      </p>
      {!shown.exact && (
        <p className="notice">
          Headway doesn&apos;t have a list for {countryName(country)} yet, so it shows{' '}
          {shown.shownFor === 'EU' ? 'the numbers that work across the European Union' : 'every line it knows'}. Your local
          emergency number always works.
        </p>
      )}
      {groups.map(([code, lines]) => (
        <section key={code} aria-labelledby={`lines-${code}`}>
          <h2 id={`lines-${code}`}>{`Crisis lines: ${countryName(code)}`}</h2>
          <ul className="lines">
            {ordered(lines).map((l) => (
              <CrisisLineCard key={`${l.country}-${l.service}`} line={l} />
            ))}
          </ul>
        </section>
      ))}
      <div className="field country-picker">
        <label htmlFor={pickerId}>Show lines for</label>
        <select id={pickerId} value={country} onChange={(e) => setCountry(e.target.value)} aria-describedby={`${pickerId}-hint`}>
          {choices.map((c) => (
            <option key={c} value={c}>
              {countryOption(c)}
            </option>
          ))}
        </select>
        <p id={`${pickerId}-hint`} className="hint">
          To change your country for good, go to <a href={href({ page: 'settings' })}>Settings</a>.
        </p>
      </div>
      <section className="card" aria-labelledby="meanwhile">
        <h2 id="meanwhile">While you reach out</h2>
        <ul className="gentle">
          <li>Breathe out slowly, a little longer than you breathe in.</li>
          <li>Feel your feet on the floor, and name a few things you can see.</li>
          <li>If you can, move closer to someone you trust, or let them know how you are.</li>
        </ul>
      </section>
      <p className="small muted">
        Your own safety plan — your warning signs, what helps, people and places, who to call — will live on this page
        soon. Until then, these lines are always one tap away.
      </p>
    </div>
  );
}
