/**
 * The Progress page in a real browser, on the demo half-year: the mode and invisible
 * progress at the top, a chart per trigger with a text alternative, and the printable
 * session summary. Screenshots go to test-results/.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomIds, systemClock } from '../../src/app/deps.js';
import { fillDemo } from '../../src/app/demo/fillDemo.js';
import { LOCAL_PERSON_ID } from '../../src/core/ids.js';
import type { Running } from '../../src/server/main.js';
import { HAVE_CHROMIUM, SHOTS, startBrowserSession, type BrowserSession } from './chromium.js';

if (!HAVE_CHROMIUM) {
  // Reason: this developer machine has no Debian chromium; .ci/run installs it, so CI always runs this.
  describe.skip('progress page (install Debian chromium to run)', () => it('renders', () => undefined));
} else {
  describe('the Progress page', () => {
    let running: Running;
    let browser: Browser;

    let session: BrowserSession;

    beforeAll(async () => {
      session = await startBrowserSession('headway-e2e-progress-');
      ({ running, browser } = session);
      await fillDemo({ store: running.store, clock: systemClock, newId: randomIds }, LOCAL_PERSON_ID);
    });

    afterAll(async () => {
      await session?.close();
    });

    it('leads with the mode and the progress you may not feel yet, then a chart per trigger', async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
      page.setDefaultTimeout(15_000);
      await page.goto(running.url);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }).click();
      await page.getByText('Criticism at work used to hit').first().waitFor();
      await page.locator('svg[role="img"]').first().waitFor();
      await page.screenshot({ path: join(SHOTS, 'progress-top.png') });
      expect(await page.getByText(/shifting/i).count()).toBeGreaterThan(0);
      const charts = page.locator('svg[role="img"]');
      expect(await charts.count()).toBeGreaterThanOrEqual(5);
      for (const label of await charts.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''))) {
        expect(label.length).toBeGreaterThan(10);
      }
      await page.screenshot({ path: join(SHOTS, 'progress-full.png'), fullPage: true });
      await page.close();
    });

    it('prepares a printable summary for a therapist', async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
      page.setDefaultTimeout(15_000);
      await page.goto(running.url);
      await page.goto(`http://127.0.0.1:${running.port}/#/summary`);
      await page.getByRole('button', { name: /Print or save as PDF/ }).waitFor();
      await page.emulateMedia({ media: 'print' });
      expect(await page.getByRole('button', { name: /Print or save as PDF/ }).isVisible()).toBe(false);
      await page.screenshot({ path: join(SHOTS, 'summary-print.png'), fullPage: true });
      await page.close();
    });
  });
}
