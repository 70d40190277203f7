/**
 * Totals of one questionnaire over time, drawn on its bands: each band a light horizontal
 * tint (one hue, darker where scores mean more difficulty, so it reads without colour
 * vision and the band names are written beside it), the cut-off as a dashed line, and the
 * totals as dots joined by a thin line.
 */
import * as Plot from '@observablehq/plot';
import type { InstrumentView, MeasureView } from '../../../../../src/contracts/measures.js';
import { baseOptions, COLOURS, DAY_MS, timeAxis } from '../../progress/charts/common.js';

export interface ScorePoint {
  date: Date;
  total: number;
  band: string | null;
}

export function scorePoints(results: readonly MeasureView[]): ScorePoint[] {
  return results.flatMap((m) => (m.total === null ? [] : [{ date: new Date(m.takenAt), total: m.total, band: m.band?.label ?? null }]));
}

export interface BandRect {
  y1: number;
  y2: number;
  label: string;
  min: number;
  max: number;
  /** 0 for the band that means least difficulty, 1 for the most. */
  weight: number;
}

/** The tint of a band, the same in the chart and its key: a light wash, deeper with more difficulty. */
export function bandTint(weight: number): string {
  return `color-mix(in srgb, var(--band-tint) ${Math.round((0.06 + 0.42 * weight) * 100)}%, var(--surface))`;
}

/** Bands meet halfway between one band's top and the next one's bottom (4.5 between 0–4 and 5–9). */
export function bandRects(instrument: InstrumentView): BandRect[] {
  const bands = instrument.bands;
  const n = bands.length;
  const better = instrument.total?.better ?? 'lower';
  return bands.map((b, i) => {
    const prev = bands[i - 1];
    const next = bands[i + 1];
    const rank = n > 1 ? i / (n - 1) : 0;
    return {
      y1: prev === undefined ? b.min : (prev.max + b.min) / 2,
      y2: next === undefined ? b.max : (b.max + next.min) / 2,
      label: b.label,
      min: b.min,
      max: b.max,
      weight: better === 'lower' ? rank : 1 - rank,
    };
  });
}

/** Where the cut-off line sits: between the last total outside it and the first inside. */
export function cutOffLine(instrument: InstrumentView): number | null {
  const c = instrument.caseness;
  if (c === null) return null;
  return c.direction === 'at-or-above' ? c.cutOff - 0.5 : c.cutOff + 0.5;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

export function drawScores(instrument: InstrumentView, points: readonly ScorePoint[], width: number): SVGSVGElement | HTMLElement {
  const total = instrument.total ?? { min: 0, max: 1 };
  const times = points.map((p) => p.date.getTime());
  const first = Math.min(...times);
  const last = Math.max(...times);
  const pad = Math.max(3 * DAY_MS, (last - first) * 0.05);
  const from = new Date(first - pad);
  // Never past the end of today: an axis running into the future suggests results to come.
  const endOfToday = new Date(`${day(new Date())}T00:00:00Z`).getTime() + DAY_MS;
  const to = new Date(Math.max(last + 1, Math.min(last + pad, endOfToday)));
  const wide = width >= 480;
  const cut = cutOffLine(instrument);

  return Plot.plot({
    ...baseOptions(width, wide ? 260 : 220),
    marginLeft: 36,
    x: { type: 'utc', domain: [from, to], ...timeAxis(day(from), day(to), width), label: null },
    marginTop: 24,
    y: { domain: [total.min, total.max], label: '↑ total score', ticks: 5 },
    marks: [
      Plot.rectY(bandRects(instrument), {
        y1: 'y1',
        y2: 'y2',
        fill: (b: BandRect) => bandTint(b.weight),
      }),
      wide
        ? Plot.text(bandRects(instrument), {
            x: () => from,
            y: (b: BandRect) => (b.y1 + b.y2) / 2,
            text: 'label',
            textAnchor: 'start',
            dx: 6,
            // Full text colour: muted grey on the darkest band was 3.75:1 (light) and 2.81:1 (dark).
            fill: 'var(--text)',
            fontSize: 11,
          })
        : null,
      cut === null ? null : Plot.ruleY([cut], { stroke: COLOURS.median, strokeWidth: 1.5, strokeDasharray: '6 4' }),
      Plot.line(points, { x: 'date', y: 'total', stroke: COLOURS.dots, strokeWidth: 1.5, strokeOpacity: 0.7 }),
      Plot.dot(points, {
        x: 'date',
        y: 'total',
        r: 4.5,
        fill: COLOURS.dots,
        stroke: 'var(--surface)',
        strokeWidth: 1.2,
        title: (p: ScorePoint) => `${p.date.toLocaleDateString()}: ${p.total}${p.band !== null ? ` (${p.band})` : ''}`,
      }),
    ],
  });
}
