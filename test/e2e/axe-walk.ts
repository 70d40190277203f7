/**
 * Walking Headway's pages for test/e2e/axe-all.test.ts: waiting until a page has drawn,
 * going to a page, opening every disclosure, and auditing it with axe-core plus the SVG
 * text contrast that axe does not judge (svg-contrast.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SHOTS } from './chromium.js';
import { svgTextContrast, type LowContrast } from './svg-contrast.js';

export const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const RULES = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
export const SIZES = [
  { name: 'phone', width: 390, height: 844, mobile: true },
  { name: 'desktop', width: 1280, height: 900, mobile: false },
] as const;
export const SCHEMES = ['light', 'dark'] as const;
/** The WCAG A/AA rules whose verdict depends on colours. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

export interface Finding {
  where: string;
  axe: string[];
  svg: LowContrast[];
}

/** Waits until the page has drawn: a heading, no "Loading…", every chart drawn, layout settled. */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const main = document.getElementById('main');
    if (main === null || main.querySelector('h1') === null) return false;
    if (main.querySelector('[aria-busy="true"]') !== null) return false;
    if (/Loading…|Putting your (report|summary) together/.test(main.textContent ?? '')) return false;
    return [...main.querySelectorAll<HTMLElement>('.chart')].every((c) => c.dataset['ready'] === 'true');
  });
  // Two frames: charts redraw at their measured width and scroll regions measure themselves.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

export async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
  await settle(page);
}

/** Opens every closed disclosure (chart tables, "show each moment", help texts), once. */
export async function openAll(page: Page): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const opened = await page.evaluate(() => {
      const closed = [...document.querySelectorAll<HTMLDetailsElement>('#main details:not([open])')];
      closed.forEach((d) => {
        d.open = true;
      });
      return closed.length;
    });
    if (opened === 0) break;
    await settle(page);
  }
}

/**
 * axe's violations and the SVG labels under 4.5:1. `coloursOnly`: the second theme of a
 * state differs from the first only in colours (the same DOM, a media query), so there
 * only the rules that read colours run again — half the time for the same verdict.
 */
export async function audit(page: Page, where: string, coloursOnly: boolean): Promise<Finding> {
  const runOnly = coloursOnly ? { type: 'rule', values: COLOUR_RULES } : RULES;
  const axe = await page.evaluate(async (only) => {
    const w = window as unknown as {
      axe: { run: (ctx: Document, o: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> };
    };
    // label-content-name-mismatch (WCAG 2.5.3) is "experimental" in axe, so off unless asked for.
    const rules = { 'label-content-name-mismatch': { enabled: true } };
    const result = await w.axe.run(document, { runOnly: only, rules, resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.length} (${v.nodes.slice(0, 3).map((n) => String(n.target)).join(' | ')})`);
  }, runOnly);
  const svg = await page.evaluate(svgTextContrast, 4.5);
  return { where, axe, svg };
}

/** The first screenful, and each weekly chart's section on its own (small enough to look at). */
export async function screenshots(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `charts-${name}.png`) });
  for (const id of ['load-heading', 'sleep-mood-heading', 'healing-heading']) {
    const section = page.locator(`section[aria-labelledby="${id}"]`);
    if ((await section.count()) > 0) await section.screenshot({ path: join(SHOTS, `charts-${name}-${id.replace('-heading', '')}.png`) });
  }
  const trigger = page.locator('.trigger-panel').first();
  if ((await trigger.count()) > 0) await trigger.screenshot({ path: join(SHOTS, `charts-${name}-trigger.png`) });
}
