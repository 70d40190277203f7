/**
 * Crisis lines for the person's country, the emergency number first. Works even when the
 * server cannot be reached (built-in list). With `picker`, lines for another country can
 * be shown, e.g. when travelling.
 */
import { useEffect, useId, useState } from 'react';
import { CRISIS_COUNTRIES, crisisLinesFor, type CrisisLine, type CrisisLinesFor } from '../../../../src/core/crisis-lines.js';
import { api } from '../../lib/api.js';
import { countryName, countryOption } from '../../lib/labels.js';
import { href } from '../../lib/route.js';
import { useSession } from '../../lib/session.js';
import { CrisisLineCard } from './CrisisLineCard.js';

/** Groups keep the order crisisLinesFor gives (core/crisis-lines.ts: emergency number first), the terminal's order too. */
function byCountry(lines: readonly CrisisLine[]): Array<[string, CrisisLine[]]> {
  const groups = new Map<string, CrisisLine[]>();
  for (const l of lines) groups.set(l.country, [...(groups.get(l.country) ?? []), l]);
  return [...groups.entries()];
}

/** The lines for `country`: the session's own when it is the person's country, else fetched (or built in). */
function useLinesFor(country: string, own: string): CrisisLinesFor {
  const session = useSession();
  const [shown, setShown] = useState<CrisisLinesFor>(session.crisis);
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
  return shown;
}

export function CrisisLines({ picker = false }: { picker?: boolean }) {
  const session = useSession();
  const pickerId = useId();
  const own = session.person?.country ?? session.crisis.shownFor;
  const [country, setCountry] = useState(own);
  useEffect(() => setCountry(own), [own]);
  const shown = useLinesFor(country, own);

  // By name, as a person looks for their country; the EU-wide numbers last.
  const byName = [...CRISIS_COUNTRIES].sort((a, b) => (a === 'EU' ? 1 : b === 'EU' ? -1 : countryName(a).localeCompare(countryName(b))));
  const choices = CRISIS_COUNTRIES.includes(own as (typeof CRISIS_COUNTRIES)[number]) ? byName : [own, ...byName];
  return (
    <div className="crisis-lines">
      {!shown.exact && (
        <p className="notice">
          {shown.shownFor === 'EU'
            ? `Headway doesn't have a list for ${countryName(country)} yet, so it shows the numbers that work across the European Union. Your local emergency number always works.`
            : `Headway doesn't have a list for ${countryName(country)} yet. In an emergency, call your local emergency number; for someone to talk to, the directory below lists helplines.`}
        </p>
      )}
      {byCountry(shown.lines).map(([code, lines]) => (
        <section key={code} aria-labelledby={`lines-${pickerId}-${code}`}>
          <h2 id={`lines-${pickerId}-${code}`}>{`Crisis lines: ${countryName(code)}`}</h2>
          <ul className="lines">
            {lines.map((l) => (
              <CrisisLineCard key={`${l.country}-${l.service}`} line={l} />
            ))}
          </ul>
        </section>
      ))}
      {picker && (
        <div className="field country-picker no-print">
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
      )}
    </div>
  );
}
