/**
 * A chart with everything around it: a heading, an optional legend, the chart(s), a
 * caption that says how to read it, and the same numbers as a table for anyone who
 * would rather read than look (or cannot see the chart).
 */
import { useState, type ReactNode } from 'react';
import { ScrollRegion } from '../../../lib/ui/ScrollRegion.js';

export interface TableData {
  caption: string;
  head: readonly string[];
  rows: ReadonlyArray<ReadonlyArray<string | number>>;
}

export function DataTable({ caption, head, rows }: TableData) {
  return (
    // A table wider than a phone scrolls sideways, says so, and takes keyboard focus (ScrollRegion).
    <ScrollRegion label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) =>
                j === 0 ? (
                  <th key={j} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={j}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

interface Props {
  title?: string;
  legend?: ReactNode;
  caption?: ReactNode;
  table: TableData;
  children: ReactNode;
}

export function ChartFigure({ title, legend, caption, table, children }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <figure className="chart-figure">
      {title !== undefined && <h3 className="chart-title">{title}</h3>}
      {legend}
      {children}
      {caption !== undefined && <figcaption className="small muted">{caption}</figcaption>}
      <details className="as-table" onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>Show as table</summary>
        {/* Built only when opened: a five-year table is tens of thousands of cells. */}
        {open && <DataTable {...table} />}
      </details>
    </figure>
  );
}
