/** The per-trigger numbers on one table: early → recent, the trend per month with its range and p. */
import type { InsightReport, Trend } from '../../../../src/core/insight/report.js';
import { triggerLeaning } from '../../../../src/core/insight/leaning.js';
import { ScrollRegion } from '../../lib/ui/ScrollRegion.js';
import { TRIGGER_STATUS } from '../progress/reportWords.js';
import { chanceWords, earlyToRecent, minutes, num, percent, pValue } from '../progress/trendWords.js';

/** "−0.6 a month (−0.8 to −0.4); very unlikely to be chance (p < 0.001)", or what is missing. */
function perMonth(t: Trend, unit: string): string {
  if (t.status === 'not-enough-data' || t.slopePer30Days === null) return 'not enough yet';
  const signed = (x: number) => `${x < 0 ? '−' : x > 0 ? '+' : ''}${num(Math.abs(x))}`;
  const ci = t.slopeCi !== null ? ` (${signed(t.slopeCi[0])} to ${signed(t.slopeCi[1])})` : '';
  return `${signed(t.slopePer30Days)}${unit} a month${ci}${t.p !== null ? `; ${chanceWords(t.p)} (${pValue(t.p)})` : ''}`;
}

export function TriggerTable({ report }: { report: InsightReport }) {
  if (report.triggers.length === 0) return <p>No moments in these weeks.</p>;
  return (
    <ScrollRegion label="Trigger by trigger" className="summary-table">
      <table className="data-table">
        <caption>Trigger by trigger, early → recent (middle values)</caption>
        <thead>
          <tr>
            <th scope="col">Trigger</th>
            <th scope="col">Moments</th>
            <th scope="col">Intensity (0–10)</th>
            <th scope="col">Intensity trend</th>
            <th scope="col">Time to settle</th>
            <th scope="col">Spotted early</th>
            <th scope="col">In words</th>
          </tr>
        </thead>
        <tbody>
          {report.triggers.map((t) => (
            <tr key={t.trigger}>
              <th scope="row">{t.trigger}</th>
              <td>{t.n}</td>
              <td>{earlyToRecent(t.intensity)}</td>
              <td>{perMonth(t.intensity, ' pt')}</td>
              <td>{earlyToRecent(t.settling, minutes)}</td>
              <td>{earlyToRecent(t.awareness, percent)}</td>
              <td>{TRIGGER_STATUS[triggerLeaning(t)].label}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
