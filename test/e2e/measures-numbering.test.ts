/**
 * One numbering and honest change in the browser: each answer shows the number it scores
 * (WHO-5 from 5 down to 0, as on its form and in the terminal), and two results minutes
 * apart show their numbers with the reason no change is claimed; the crisis lines come in
 * core's one order. Phone and desktop, light and dark; screenshots in test-results/.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crisisLinesFor } from '../../src/core/crisis-lines.js';
import type { Running } from '../../src/server/main.js';
import { HAVE_CHROMIUM, SHOTS, startBrowserSession, type BrowserSession } from './chromium.js';

const SIZES = [
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  { name: 'desktop', viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false },
] as const;

if (!HAVE_CHROMIUM) {
  describe.skip('answer numbers (install Debian chromium to run)', () => it('numbers answers', () => undefined));
} else {
  describe('answer numbers and change in the browser', () => {
    let session: BrowserSession;
    let running: Running;
    let browser: Browser;

    beforeAll(async () => {
      session = await startBrowserSession('headway-e2e-numbering-');
      ({ running, browser } = session);
      const phq = async (answers: number[], takenAt: string) => {
        const res = await running.app.inject({
          method: 'POST',
          url: '/api/measures',
          headers: { host: `127.0.0.1:${running.port}`, authorization: `Bearer ${running.token}` },
          payload: { instrument: 'PHQ-9', answers, takenAt, source: 'paper' },
        });
        expect(res.statusCode).toBe(201);
      };
      await phq([3, 3, 3, 3, 3, 3, 2, 0, 0], '2026-12-07T20:00:00+00:00');
      await phq([1, 1, 1, 1, 1, 1, 2, 0, 0], '2026-12-07T20:03:00+00:00');
    });
    afterAll(async () => {
      await session?.close();
    });

    async function open(size: (typeof SIZES)[number], scheme: 'light' | 'dark', hash: string): Promise<Page> {
      const page = await browser.newPage({ viewport: size.viewport, isMobile: size.isMobile, hasTouch: size.hasTouch, colorScheme: scheme });
      page.setDefaultTimeout(10_000);
      await page.goto(`${running.url}${hash}`);
      return page;
    }

    it('lists the crisis lines in core’s order (emergency number first), the order the terminal prints', async () => {
      const page = await open(SIZES[0], 'light', '#/safety-plan');
      // Until the session arrives the page shows the browser language's lines (en-US under LANG=C); wait for the person's own.
      await page.getByRole('heading', { name: 'Crisis lines: United Kingdom' }).waitFor();
      const names = page.locator('.crisis-lines li.line h3');
      expect((await names.allTextContents()).map((t) => t.trim())).toEqual(crisisLinesFor('GB').lines.map((l) => l.service));
      expect(crisisLinesFor('GB').lines[0]?.emergency).toBe(true);
      await page.close();
    });

    for (const size of SIZES) {
      for (const scheme of ['light', 'dark'] as const) {
        it(`${size.name}, ${scheme}: the WHO-5 numbers its answers 5 to 0, and "5" (or a tap) picks "All of the time"`, async () => {
          const page = await open(size, scheme, '#/questionnaires/WHO-5/take');
          const answers = page.getByRole('radiogroup');
          await answers.waitFor();
          expect((await answers.locator('.key-hint').allTextContents()).map((t) => t.trim())).toEqual(['5', '4', '3', '2', '1', '0']);
          if (size.hasTouch) {
            // A phone hides the keyboard tip; a tap picks the answer.
            await answers.getByRole('radio', { name: 'All of the time' }).tap();
          } else {
            await page.getByText('Tip: press 0–5 to answer').waitFor();
            await page.keyboard.press('5');
          }
          expect(await answers.getByRole('radio', { name: 'All of the time' }).isChecked()).toBe(true);
          await page.screenshot({ path: join(SHOTS, `who5-numbers-${size.name}-${scheme}.png`), fullPage: true });
          await page.close();
        });

        it(`${size.name}, ${scheme}: two PHQ-9s minutes apart say why no change is claimed`, async () => {
          const page = await open(size, scheme, '#/questionnaires/PHQ-9');
          await page.getByText('These were taken 3 minutes apart; both ask about the last 2 weeks, so Headway compares results at least 2 weeks apart.').waitFor();
          expect(await page.getByText('Reliable change?').count()).toBe(0);
          expect(await page.getByText(/off track/).count()).toBe(0);
          await page.screenshot({ path: join(SHOTS, `phq9-minutes-apart-${size.name}-${scheme}.png`), fullPage: true });
          await page.close();
        });
      }
    }
  });
}
