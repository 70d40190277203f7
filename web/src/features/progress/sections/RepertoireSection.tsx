/**
 * "Your toolkit in use": each strategy's uses, grouped by role, split into helped /
 * didn't help / not rated. Plain HTML bars: the names and counts are visible text (so
 * they wrap on a phone and read aloud as they are); the bars only echo them.
 * Pattern and fill, not colour alone, tell the parts apart.
 */
import type { InsightReport, StrategyUse } from '../../../../../src/core/insight/report.js';
import { STRATEGY_ROLES } from '../../../../../src/core/vocabulary.js';
import { ROLE_WORDS } from '../../toolkit/roles.js';
import { DataTable } from '../charts/ChartFigure.js';
import { evennessWords, shareWords } from '../../../../../src/core/insight/words.js';
import { count } from '../../../../../src/core/words/plural.js';
import { earlyToRecent, percent } from '../trendWords.js';

/** How evenly the strategies are used, in words (the evenness number itself stays in the JSON). */
function diversityWords(diversity: number | null, distinct: number): string {
  return diversity === null || distinct < 2 ? '' : `: ${evennessWords(diversity)}`;
}

/** "About 38% of uses were avoidant ones", "None of the uses were avoidant ones": never "About 0%". */
function avoidantWords(share: number): string {
  const words = shareWords(share);
  if (words === 'none') return 'None of the uses were avoidant ones';
  if (words === 'all') return 'All of the uses were avoidant ones';
  return `${words.charAt(0).toUpperCase()}${words.slice(1)} of uses were avoidant ones`;
}

function counts(s: StrategyUse): string {
  const rated = s.helped + s.notHelped;
  if (rated === 0) return count(s.uses, 'use');
  return `${count(s.uses, 'use')} · helped ${s.helped} · didn’t help ${s.notHelped}`;
}

function Bar({ s, max }: { s: StrategyUse; max: number }) {
  const pct = (x: number) => `${(x / max) * 100}%`;
  const unrated = Math.max(0, s.uses - s.helped - s.notHelped);
  return (
    <span className={`bar bar-${s.role}`} aria-hidden="true">
      <span className="bar-helped" style={{ width: pct(s.helped) }} />
      <span className="bar-not-helped" style={{ width: pct(s.notHelped) }} />
      <span className="bar-unrated" style={{ width: pct(unrated) }} />
    </span>
  );
}

export function RepertoireLegend() {
  return (
    <ul className="legend" aria-label="How to read the bars">
      <li>
        <span className="swatch bar-helped" aria-hidden="true" />
        helped
      </li>
      <li>
        <span className="swatch bar-not-helped" aria-hidden="true" />
        didn’t help
      </li>
      <li>
        <span className="swatch bar-unrated" aria-hidden="true" />
        not rated
      </li>
    </ul>
  );
}

export function RepertoireSection({ report, limit }: { report: InsightReport; limit?: number }) {
  const r = report.repertoire;
  const max = Math.max(1, ...r.strategies.map((s) => s.uses));
  const trend = r.avoidantShareTrend;
  return (
    <section className="report-section repertoire-section" aria-labelledby="repertoire-heading">
      <h2 id="repertoire-heading">Your toolkit in use</h2>
      {r.strategies.length === 0 ? (
        <p className="empty">No strategies noted with moments in this period yet.</p>
      ) : (
        <>
          <p className="section-lead">
            You used {count(r.distinct, 'different strategy', 'different strategies')}
            {diversityWords(r.diversity, r.distinct)}.
            {r.avoidantShare !== null &&
              ` ${avoidantWords(r.avoidantShare)}${
                trend.early !== null && trend.recent !== null ? ` (${earlyToRecent(trend, percent)} from the early weeks to the recent ones)` : ''
              }.`}{' '}
            This is information, not judgement: avoidant strategies help in the moment, and can keep you stuck when they are the only way.
          </p>
          {r.overReliance !== null && (
            <p className="notice">
              “{r.overReliance.strategy}” carried {percent(r.overReliance.share)} of all uses. Having a favourite is fine; a second option
              can help for the times it isn’t enough.
            </p>
          )}
          <RepertoireLegend />
          {STRATEGY_ROLES.map((role) => {
            const list = r.strategies.filter((s) => s.role === role).sort((a, b) => b.uses - a.uses).slice(0, limit);
            if (list.length === 0) return null;
            return (
              <div key={role} className={`role-group role-${role}`}>
                <h3>{ROLE_WORDS[role].title}</h3>
                <ul className="bars">
                  {list.map((s) => (
                    <li key={s.strategy}>
                      <span className="bar-label">
                        <span className="bar-name">{s.strategy}</span> <span className="bar-counts">{counts(s)}</span>
                      </span>
                      <Bar s={s} max={max} />
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
          <details className="as-table">
            <summary>Show as table</summary>
            <DataTable
              caption="Strategy uses in this period"
              head={['Strategy', 'Role', 'Uses', 'Helped', 'Didn’t help', 'Not rated']}
              rows={r.strategies.map((s) => [
                s.strategy,
                ROLE_WORDS[s.role].title,
                s.uses,
                s.helped,
                s.notHelped,
                Math.max(0, s.uses - s.helped - s.notHelped),
              ])}
            />
          </details>
        </>
      )}
    </section>
  );
}
