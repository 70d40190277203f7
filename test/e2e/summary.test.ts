/**
 * The session summary in a real browser, on the demo half-year with a therapy start day:
 * "since therapy began" is the default; questionnaire change comes from the right first
 * result (PHQ-9 15 → 8 over the therapy, 9 → 8 in six weeks, never called recovery); the
 * printed PDF fits three A4 pages, each naming the person and period with "page n of m".
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomIds, systemClock } from '../../src/app/deps.js';
import { fillDemo } from '../../src/app/demo/fillDemo.js';
import { LOCAL_PERSON_ID } from '../../src/core/ids.js';
import { dayWords } from '../../src/core/words/dates.js';
import type { Running } from '../../src/server/main.js';
import { HAVE_CHROMIUM, SHOTS, startBrowserSession, type BrowserSession } from './chromium.js';
import { pdfPages } from './pdf-text.js';

const NAME = 'Sam Rivera';
const SIZES = [
  { size: 'desktop', viewport: { width: 1280, height: 900 }, touch: false },
  { size: 'phone', viewport: { width: 390, height: 844 }, touch: true },
] as const;

if (!HAVE_CHROMIUM) {
  // Reason: this developer machine has no Debian chromium; .ci/run installs it, so CI always runs this.
  describe.skip('session summary (install Debian chromium to run)', () => it('renders', () => undefined));
} else {
  describe('the session summary since therapy began', () => {
    let session: BrowserSession;
    let running: Running;
    let browser: Browser;
    let started: string;

    beforeAll(async () => {
      session = await startBrowserSession('headway-e2e-summary-');
      ({ running, browser } = session);
      await fillDemo({ store: running.store, clock: systemClock, newId: randomIds }, LOCAL_PERSON_ID);
      // Therapy began the day of the first questionnaire (PHQ-9 15), about six months ago.
      started = (await running.store.listMeasures(LOCAL_PERSON_ID))[0]!.takenAt.slice(0, 10);
      await running.store.updatePerson(LOCAL_PERSON_ID, { displayName: NAME, therapyStartedOn: started, therapyStartAskedAt: new Date().toISOString() });
    }, 60_000);

    afterAll(async () => {
      await session?.close();
    });

    async function openSummary(opts: { viewport: { width: number; height: number }; touch: boolean; dark?: boolean }): Promise<Page> {
      const page = await browser.newPage({ viewport: opts.viewport, hasTouch: opts.touch, isMobile: opts.touch, colorScheme: opts.dark === true ? 'dark' : 'light' });
      page.setDefaultTimeout(20_000);
      await page.goto(running.url);
      await page.goto(`http://127.0.0.1:${running.port}/#/summary`);
      await page.locator('.sheet').waitFor();
      return page;
    }

    it('starts since therapy began, and counts questionnaire change from the first result after that day', async () => {
      const page = await openSummary({ viewport: { width: 1280, height: 900 }, touch: false });
      const select = page.getByLabel('Looking back');
      expect(await select.inputValue()).toBe('therapy');
      expect(await select.locator('option:checked').textContent()).toBe(`Since therapy began (${dayWords(started)})`);
      await expect.poll(() => page.locator('.sheet-period').textContent()).toContain('Since therapy began');

      const therapy = page.locator('.course').filter({ has: page.getByRole('heading', { name: /^Since therapy began/ }) });
      expect(await therapy.getByRole('heading').textContent()).toContain(`(${dayWords(started)} → `);
      const phq = therapy.getByRole('row', { name: /PHQ-9/ });
      expect(await phq.textContent()).toContain('15 → 8');
      expect(await phq.textContent()).toContain('reliably better');
      expect(await therapy.locator('.course-outcome').textContent()).toContain('reliable recovery');
      // Over the therapy the period and the course are the same: one table, not two.
      expect(await page.locator('.course').count()).toBe(1);

      // The first questionnaire line of the evidence is the therapy's 15 → 8, not a window's 9 → 8.
      const evidence = await page.locator('.evidence-text').allTextContents();
      const firstPhq = evidence.find((t) => t.includes('PHQ-9'));
      expect(firstPhq).toContain(`Since therapy began (${dayWords(started)} → `);
      expect(firstPhq).toContain('went from 15 to 8');
      expect(evidence.some((t) => t.includes('from 9 to 8'))).toBe(false);
      await page.close();
    });

    it('over the last six weeks shows both spans, each with its days, and never calls a −1 change recovery', async () => {
      const page = await openSummary({ viewport: { width: 1280, height: 900 }, touch: false });
      await page.getByLabel('Looking back').selectOption('6');
      await page.getByRole('heading', { name: /^In these 6 weeks/ }).waitFor();
      const six = page.locator('.course').filter({ has: page.getByRole('heading', { name: /^In these 6 weeks/ }) });
      expect(await six.getByRole('row', { name: /PHQ-9/ }).textContent()).toContain('9 → 8');
      expect(await six.getByRole('row', { name: /PHQ-9/ }).textContent()).toContain('within the usual ups and downs');
      expect(await six.locator('.course-outcome').textContent()).not.toMatch(/recovery/i);
      const therapy = page.locator('.course').filter({ has: page.getByRole('heading', { name: /^Since therapy began/ }) });
      expect(await therapy.getByRole('row', { name: /PHQ-9/ }).textContent()).toContain('15 → 8');
      // The therapy's change comes first on the page and in the evidence.
      const evidence = await page.locator('.evidence-text').allTextContents();
      const i15 = evidence.findIndex((t) => t.includes('from 15 to 8'));
      const i9 = evidence.findIndex((t) => t.includes('from 9 to 8'));
      expect(i15).toBeGreaterThanOrEqual(0);
      expect(i9).toBeGreaterThan(i15);
      expect(evidence[i9]).toMatch(/^In these 6 weeks \(\d+ \w+ \d{4} → \d+ \w+ \d{4}\)/);
      await page.close();
    });

    it('prints on at most three A4 pages, each with the name, the period and "page n of m"', async () => {
      const page = await openSummary({ viewport: { width: 1280, height: 900 }, touch: false });
      await page.locator('.course').waitFor();
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4' });
      writeFileSync(join(SHOTS, 'summary.pdf'), pdf);
      const pages = await pdfPages(new Uint8Array(pdf));
      const period = (await page.locator('.sheet-period').textContent())?.split(' (')[0] ?? '';
      console.log(`summary PDF: ${pages.length} pages; lowest text per page (pt from bottom): ${pages.map((p) => Math.round(Math.min(...p.ys.filter((y) => y > 40)))).join(', ')}`);
      expect(pages.length).toBeLessThanOrEqual(3);
      expect(period).toMatch(/^Since therapy began: /);
      pages.forEach((p, i) => {
        expect(p.text).toContain(NAME);
        expect(p.text).toContain(period);
        expect(p.text).toContain(`page ${i + 1} of ${pages.length}`);
      });
      // No half-empty page: every page but the last is filled to its lower third.
      for (const p of pages.slice(0, -1)) expect(Math.min(...p.ys.filter((y) => y > 40))).toBeLessThan(p.height / 3);
      await page.close();
    });

    it('looks right at both sizes, light and dark (screenshots)', async () => {
      for (const s of SIZES) {
        for (const dark of [false, true]) {
          const page = await openSummary({ viewport: s.viewport, touch: s.touch, dark });
          await page.locator('.course').waitFor();
          // Nothing widens the page past the screen (a wide table scrolls in its own box).
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(s.viewport.width);
          await page.screenshot({ path: join(SHOTS, `summary-${s.size}-${dark ? 'dark' : 'light'}.png`), fullPage: true });
          await page.close();
        }
      }
      const page = await openSummary({ viewport: { width: 1280, height: 900 }, touch: false });
      await page.locator('.course').waitFor();
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: join(SHOTS, 'summary-print.png'), fullPage: true });
      await page.close();
    });

    it('Settings keeps the day therapy began, and explains a day in the future beside the field', async () => {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
      page.setDefaultTimeout(20_000);
      await page.goto(running.url);
      await page.goto(`http://127.0.0.1:${running.port}/#/settings`);
      const field = page.getByLabel('The day your therapy began');
      expect(await field.inputValue()).toBe(started);
      await field.fill('2099-01-01');
      await page.getByRole('button', { name: 'Save the day therapy began' }).click();
      const error = page.locator('.field-error').filter({ hasText: "can't be in the future" });
      await error.waitFor();
      expect(await field.getAttribute('aria-invalid')).toBe('true');
      expect(await field.getAttribute('aria-describedby')).toContain(await error.getAttribute('id'));
      await page.screenshot({ path: join(SHOTS, 'summary-settings-therapy-start-phone.png'), fullPage: true });
      expect((await running.store.getPerson(LOCAL_PERSON_ID))?.therapyStartedOn).toBe(started);
      await page.close();
    });
  });
}
