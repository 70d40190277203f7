/**
 * What every printed page carries in its margins: whose summary, which period, and "page n
 * of m". Chromium draws CSS page-margin boxes (@top-left … @bottom-right) with the
 * page and pages counters; their text cannot come from the page, so it is written here as a
 * style sheet for this summary alone (the name escaped as a CSS string).
 */
const cssString = (s: string) => `"${s.replace(/[\\"]/g, '\\$&').replace(/[\u0000-\u001f\u007f]/g, ' ')}"`;

export function PrintMargins({ name, period }: { name: string; period: string }) {
  const who = name !== '' ? `Headway session summary · ${name}` : 'Headway session summary';
  const css = `@page {
  @top-left { content: ${cssString(who)}; font: 8.5pt system-ui, sans-serif; color: #333; }
  @top-right { content: ${cssString(period)}; font: 8.5pt system-ui, sans-serif; color: #333; }
  @bottom-right { content: "page " counter(page) " of " counter(pages); font: 8.5pt system-ui, sans-serif; color: #333; }
}`;
  return <style>{css}</style>;
}
