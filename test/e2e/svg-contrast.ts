/**
 * Contrast of text drawn in SVG charts, which axe-core does not check: run in the page
 * (page.evaluate(svgTextContrast, 4.5)). For each visible <text>, its computed fill is
 * compared with what lies under the middle of it: the shapes drawn before it in the same
 * SVG that cover that point (a band, a bar, a calendar cell; each with its opacity),
 * over the first opaque background of the chart's ancestors. WCAG 2.x relative luminance.
 * Self-contained (no imports, no outer names): the browser receives its source text.
 */
export interface LowContrast {
  text: string;
  ratio: number;
  fill: string;
  background: string;
  chart: string;
}

export function svgTextContrast(min: number): LowContrast[] {
  const canvas = document.createElement('canvas');
  canvas.width = 1;
  canvas.height = 1;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (ctx === null) return [];
  /** Any CSS colour (rgb(), color(srgb …), named) as 0–255 RGBA, through the canvas. */
  const rgba = (colour: string): [number, number, number, number] => {
    ctx.clearRect(0, 0, 1, 1);
    ctx.fillStyle = '#000000';
    ctx.fillStyle = colour;
    ctx.fillRect(0, 0, 1, 1);
    const d = ctx.getImageData(0, 0, 1, 1).data;
    return [d[0] ?? 0, d[1] ?? 0, d[2] ?? 0, (d[3] ?? 0) / 255];
  };
  const over = (top: [number, number, number, number], below: [number, number, number]): [number, number, number] => [
    top[0] * top[3] + below[0] * (1 - top[3]),
    top[1] * top[3] + below[1] * (1 - top[3]),
    top[2] * top[3] + below[2] * (1 - top[3]),
  ];
  const lum = (c: [number, number, number]): number => {
    const f = (v: number) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]);
  };
  const ratio = (a: [number, number, number], b: [number, number, number]): number => {
    const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
    return (hi + 0.05) / (lo + 0.05);
  };
  /** The first opaque background up the tree (white when none: the canvas default). */
  const pageBackground = (el: Element): [number, number, number] => {
    const layers: Array<[number, number, number, number]> = [];
    for (let n: Element | null = el; n !== null; n = n.parentElement) {
      const c = rgba(getComputedStyle(n).backgroundColor);
      if (c[3] > 0) layers.push(c);
      if (c[3] >= 1) break;
    }
    let base: [number, number, number] = [255, 255, 255];
    for (const layer of layers.reverse()) base = over(layer, base);
    return base;
  };
  const opacity = (el: Element, stop: Element): number => {
    let o = 1;
    for (let n: Element | null = el; n !== null && n !== stop; n = n.parentElement) o *= Number(getComputedStyle(n).opacity || '1');
    return o;
  };

  const out: LowContrast[] = [];
  for (const svg of document.querySelectorAll('svg')) {
    const texts = [...svg.querySelectorAll('text')].filter((t) => (t.textContent ?? '').trim() !== '' && t.getClientRects().length > 0);
    if (texts.length === 0) continue;
    const base = pageBackground(svg);
    const shapes = [...svg.querySelectorAll('rect, path, circle, polygon')];
    for (const t of texts) {
      const box = t.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      let bg = base;
      for (const s of shapes) {
        // Only shapes painted before the text, with a fill, covering its middle.
        if (!(s.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
        const style = getComputedStyle(s);
        if (style.fill === 'none' || style.visibility === 'hidden') continue;
        const r = s.getBoundingClientRect();
        if (x < r.left || x > r.right || y < r.top || y > r.bottom) continue;
        if (s.tagName !== 'rect') {
          // A path or circle: its box is not its shape; ask the geometry itself.
          const g = s as SVGGeometryElement;
          const m = g.getScreenCTM();
          if (m === null) continue;
          const p = new DOMPoint(x, y).matrixTransform(m.inverse());
          if (!g.isPointInFill(p)) continue;
        }
        const fill = rgba(style.fill);
        const alpha = fill[3] * Number(style.fillOpacity || '1') * opacity(s, svg);
        bg = over([fill[0], fill[1], fill[2], alpha], bg);
      }
      const style = getComputedStyle(t);
      const fill = rgba(style.fill);
      const colour = over([fill[0], fill[1], fill[2], fill[3] * Number(style.fillOpacity || '1') * opacity(t, svg)], bg);
      const r = ratio(colour, bg);
      if (r < min) {
        out.push({
          text: (t.textContent ?? '').trim().slice(0, 40),
          ratio: Math.round(r * 100) / 100,
          fill: `rgb(${colour.map(Math.round).join(', ')})`,
          background: `rgb(${bg.map(Math.round).join(', ')})`,
          chart: (svg.getAttribute('aria-label') ?? '').slice(0, 60),
        });
      }
    }
  }
  return out;
}
