/**
 * "Show each moment": a long history's chart shows the middle value of each week, so the
 * moments themselves are fetched one by one only when the person asks for them.
 */
import { useState } from 'react';
import type { InsightReport } from '../../../../../src/core/insight/report.js';
import { LoadProblem } from '../../../lib/ui/LoadProblem.js';
import { useLoad } from '../../../lib/useLoad.js';
import { DataTable } from '../charts/ChartFigure.js';
import { shortDayYear } from '../days.js';
import { loadTriggerPoints, reportProblem, triggerPointsPath } from '../loadReport.js';

interface Props {
  trigger: string;
  period: InsightReport['period'];
}

function MomentTable({ trigger, period }: Props) {
  const loaded = useLoad(() => loadTriggerPoints(trigger, period.from, period.to), triggerPointsPath(trigger, period.from, period.to));
  const d = loaded.data;
  if (loaded.error !== null) return <LoadProblem error={loaded.error} onRetry={loaded.reload} describe={reportProblem} />;
  if (d === undefined) return <p className="small muted">Getting each moment…</p>;
  return (
    <>
      {d.total > d.points.length && (
        <p className="small muted">
          The latest {d.points.length.toLocaleString()} of {d.total.toLocaleString()} moments. A shorter period shows the earlier ones.
        </p>
      )}
      <DataTable
        caption={`Each moment with "${d.trigger}"`}
        head={['Day', 'Intensity (0–10)', 'Minutes to settle']}
        rows={d.points.map((p) => [shortDayYear(p.day), p.intensity, p.settledMinutes ?? 'not noted'])}
      />
    </>
  );
}

export function TriggerMoments(props: Props) {
  const [open, setOpen] = useState(false);
  return (
    <details className="as-table" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Show each moment</summary>
      {open && <MomentTable {...props} />}
    </details>
  );
}
