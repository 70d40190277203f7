/** "As of" day and how far back to look; changing either fetches the report again. */
import { useId } from 'react';
import { isCalendarDay, type CalendarDay } from '../../../../src/core/time.js';
import { today } from '../../lib/when.js';
import type { Weeks } from './loadReport.js';

interface Props<W extends Weeks | 'therapy'> {
  asOf: CalendarDay;
  onAsOf: (day: CalendarDay) => void;
  weeks: W;
  onWeeks: (weeks: W) => void;
  options: ReadonlyArray<{ value: W; label: string }>;
  busy: boolean;
}

export function ReportControls<W extends Weeks | 'therapy'>({ asOf, onAsOf, weeks, onWeeks, options, busy }: Props<W>) {
  const id = useId();
  return (
    <div className="report-controls" aria-busy={busy}>
      <div className="field">
        <label htmlFor={`${id}-asof`}>As of</label>
        <input
          id={`${id}-asof`}
          type="date"
          value={asOf}
          max={today()}
          required
          onChange={(e) => {
            if (isCalendarDay(e.target.value)) onAsOf(e.target.value);
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-weeks`}>Looking back</label>
        <select
          id={`${id}-weeks`}
          value={String(weeks)}
          onChange={(e) => {
            const chosen = options.find((o) => String(o.value) === e.target.value);
            if (chosen !== undefined) onWeeks(chosen.value);
          }}
        >
          {options.map((o) => (
            <option key={String(o.value)} value={String(o.value)}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <p className="small muted controls-status" role="status">
        {busy ? 'Updating…' : ''}
      </p>
    </div>
  );
}
