/**
 * Draws one Observable Plot chart at the width of its container, and again when that
 * width changes (a phone turned sideways, a print preview). The SVG is one image to
 * assistive technology: role="img" with a plain-words label; the numbers are in the
 * table beside it.
 */
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** Makes the chart for a given width in CSS pixels. */
export type DrawChart = (width: number) => SVGSVGElement | HTMLElement;

/** Below this a container is mid-layout (collapsed for a frame), not really that narrow: wait. */
const MIN_WIDTH = 120;

function useWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (el === null) return;
    setWidth(Math.floor(el.getBoundingClientRect().width));
    let frame = 0;
    const observer = new ResizeObserver((entries) => {
      const w = Math.floor(entries[0]?.contentRect.width ?? 0);
      cancelAnimationFrame(frame);
      // Reason: redraw once per frame, not once per pixel while a window is dragged.
      frame = requestAnimationFrame(() => setWidth(w));
    });
    observer.observe(el);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [ref]);
  return width;
}

export function PlotChart({ draw, label, className }: { draw: DrawChart; label: string; className?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useWidth(ref);

  useEffect(() => {
    const el = ref.current;
    if (el === null || width < MIN_WIDTH) return;
    const chart = draw(width);
    const svg = chart instanceof SVGSVGElement ? chart : chart.querySelector('svg');
    svg?.setAttribute('role', 'img');
    svg?.setAttribute('aria-label', label);
    // Observable Plot names its marks' groups (aria-label="dot"…); inside one image those
    // names are never read, and an aria-label on an element with no role is not allowed.
    svg?.querySelectorAll('[aria-label], [aria-description]').forEach((n) => {
      n.removeAttribute('aria-label');
      n.removeAttribute('aria-description');
    });
    el.replaceChildren(chart);
    el.dataset['ready'] = 'true';
    return () => chart.remove();
  }, [draw, label, width]);

  return <div ref={ref} className={`chart${className !== undefined ? ` ${className}` : ''}`} />;
}
