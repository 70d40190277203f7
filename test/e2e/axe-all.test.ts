/**
 * Every page of Headway passes axe-core's WCAG 2.0, 2.1 and 2.2 A/AA rules in a real
 * browser — at a phone size (390×844, touch) and a desktop size (1280×900), each in the
 * light and the dark theme — with an empty journal and with the demo journal, with every
 * "Show as table" and other disclosure opened. axe does not judge text drawn in SVG, so
 * the test also measures every chart label against what lies under it (≥ 4.5:1).
 *
 * One browser, one page per size, reused: a state is set up once per size and checked in
 * both themes by switching the colour scheme; the two sizes run side by side (65–120 s in all, screenshots included,
 * for 36 states × 2 sizes × 2 themes on a shared 2-core VM at load 10–14).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomIds, systemClock } from '../../src/app/deps.js';
import { fillDemo } from '../../src/app/demo/fillDemo.js';
import { LOCAL_PERSON_ID } from '../../src/core/ids.js';
import { audit, AXE, go, openAll, screenshots, settle, SCHEMES, SIZES, type Finding } from './axe-walk.js';
import { HAVE_CHROMIUM, SHOTS, startBrowserSession, type BrowserSession } from './chromium.js';

if (!HAVE_CHROMIUM) {
  // Reason: this developer machine has no Debian chromium; .ci/run installs it, so CI always runs this.
  describe.skip('axe on every page (install Debian chromium to run)', () => it('passes axe', () => undefined));
} else {
  describe('every page with axe-core, both sizes, both themes', () => {
    let session: BrowserSession;
    const pages = new Map<string, Page>();
    const findings: Finding[] = [];

    /** Sets a state up on each size (`setup`), then audits it in the light and the dark theme. */
    async function check(name: string, setup: (page: Page) => Promise<void>): Promise<Finding[]> {
      // The two sizes are two tabs of one browser: checked side by side.
      const perSize = await Promise.all(
        SIZES.map(async (size) => {
          const page = pages.get(size.name);
          if (page === undefined) throw new Error('no page');
          await page.emulateMedia({ colorScheme: 'light' });
          await setup(page);
          const out: Finding[] = [];
          for (const scheme of SCHEMES) {
            await page.emulateMedia({ colorScheme: scheme });
            await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
            const f = await audit(page, `${name} @ ${size.name} ${scheme}`, scheme !== SCHEMES[0]);
            if (f.axe.length > 0 || f.svg.length > 0) out.push(f);
          }
          return out;
        }),
      );
      const out = perSize.flat();
      findings.push(...out);
      return out;
    }

    const api = (method: 'GET' | 'POST', url: string, payload?: object) =>
      session.running.app.inject({
        method,
        url,
        headers: { host: `127.0.0.1:${session.running.port}`, authorization: `Bearer ${session.running.token}` },
        ...(payload !== undefined ? { payload } : {}),
      });

    beforeAll(async () => {
      session = await startBrowserSession('headway-axe-all-');
      for (const size of SIZES) {
        const context = await session.browser.newContext({
          viewport: { width: size.width, height: size.height },
          isMobile: size.mobile,
          hasTouch: size.mobile,
          // axe is injected by the test, not served by Headway: the page's CSP would (rightly) refuse it.
          bypassCSP: true,
        });
        await context.addInitScript(AXE);
        const page = await context.newPage();
        page.setDefaultTimeout(15_000);
        await page.goto(session.running.url);
        pages.set(size.name, page);
      }
    }, 60_000);

    afterAll(async () => {
      // Every finding, in one place, for whoever reads the log.
      if (findings.length > 0) console.log(JSON.stringify(findings, null, 1));
      await session?.close();
    });

    it('finds what it looks for: a missing alt text, a name that hides its words, grey chart text on white', async () => {
      const page = await session.browser.newPage({ bypassCSP: true });
      await page.setContent(
        '<main><h1>t</h1><img src="x.png"><button aria-label="Call Emergency services on 911">Call 911</button><svg width="200" height="50" role="img" aria-label="c"><rect width="200" height="50" fill="#fff"/><text x="10" y="30" fill="#aaa">faint</text></svg></main>',
      );
      await page.evaluate(AXE);
      const f = await audit(page, 'self-check', false);
      expect(f.axe.join()).toMatch(/image-alt/);
      expect(f.axe.join()).toMatch(/label-content-name-mismatch/);
      expect(f.svg).toEqual([expect.objectContaining({ text: 'faint', ratio: 2.32 })]);
      await page.close();
    });

    it('the first-start screen', async () => {
      const found = await check('welcome', async (page) => {
        await page.reload();
        await page.locator('#main h1').first().waitFor();
        await settle(page);
      });
      expect(found).toEqual([]);
      // Done with it, so the pages behind it can be checked; US crisis lines ("Call 911"), whose
      // names once differed from their words (label-content-name-mismatch).
      const done = await api('POST', '/api/person/welcome', { choice: 'continue', country: 'US' });
      expect(done.statusCode).toBe(200);
      for (const page of pages.values()) {
        await page.reload();
        await settle(page);
      }
    });

    it('an empty journal: every page', async () => {
      const found: Finding[] = [];
      for (const [name, hash] of [
        ['log-moments-empty', '#/log/moments'],
        ['log-checkins-empty', '#/log/checkins'],
        ['log-practices-empty', '#/log/practices'],
        ['log-shifts-empty', '#/log/shifts'],
        ['progress-empty', '#/progress'],
        ['summary-empty', '#/summary'],
        ['history-empty', '#/history'],
        ['deleted-empty', '#/history/deleted'],
        ['measures-empty', '#/questionnaires'],
        ['toolkit-empty', '#/toolkit'],
        ['safety-empty', '#/safety-plan'],
        ['safety-edit-empty', '#/safety-plan/edit'],
        ['settings-empty', '#/settings'],
      ] as const) {
        found.push(...(await check(name, (page) => go(page, hash))));
      }
      expect(found).toEqual([]);
    }, 120_000);

    it('the demo journal: log, history, edit, toolkit, safety plan, settings', async () => {
      await fillDemo({ store: session.running.store, clock: systemClock, newId: randomIds }, LOCAL_PERSON_ID);
      const moments = await session.running.store.listEntries('moments', LOCAL_PERSON_ID, {});
      const checkins = await session.running.store.listEntries('checkins', LOCAL_PERSON_ID, {});
      const gone = moments[0];
      if (gone !== undefined) await session.running.store.setEntryDeleted('moments', LOCAL_PERSON_ID, gone.id, new Date().toISOString());
      const found: Finding[] = [];
      const routes: Array<[string, string]> = [
        ['log-moments', '#/log/moments'],
        ['log-checkins', '#/log/checkins'],
        ['log-practices', '#/log/practices'],
        ['log-shifts', '#/log/shifts'],
        ['history', '#/history'],
        ['deleted', '#/history/deleted'],
        ['edit-moment', `#/edit/moments/${moments.at(-1)?.id ?? ''}`],
        ['edit-checkin', `#/edit/checkins/${checkins.at(-1)?.id ?? ''}`],
        ['toolkit', '#/toolkit'],
        ['safety', '#/safety-plan'],
        ['safety-edit', '#/safety-plan/edit'],
        ['settings', '#/settings'],
      ];
      for (const [name, hash] of routes) {
        found.push(
          ...(await check(name, async (page) => {
            await go(page, hash);
            await openAll(page);
          })),
        );
      }
      // A moment saved with nothing chosen: the problems beside their fields.
      found.push(
        ...(await check('log-moments-problems', async (page) => {
          await go(page, '#/log/moments');
          await page.locator('#main form button[type="submit"]').first().click();
          await page.locator('#main [aria-invalid="true"], #main .has-error, #main [role="alert"]').first().waitFor();
          await settle(page);
        })),
      );
      expect(found).toEqual([]);
    }, 120_000);

    it('the demo journal: Progress and the summary, every table open', async () => {
      const found = [
        ...(await check('progress', async (page) => {
          await go(page, '#/progress');
          await openAll(page);
        })),
        ...(await check('summary', async (page) => {
          await go(page, '#/summary');
          await openAll(page);
        })),
      ];
      expect(found).toEqual([]);
    }, 120_000);

    it('screenshots of the Progress charts, both sizes, both themes (test-results/charts-*.png)', async () => {
      for (const size of SIZES) {
        const page = pages.get(size.name);
        if (page === undefined) continue;
        // A fresh Progress: charts drawn, tables closed.
        await go(page, '#/history');
        await go(page, '#/progress');
        for (const scheme of SCHEMES) {
          await page.emulateMedia({ colorScheme: scheme });
          await screenshots(page, `progress-${size.name}-${scheme}`);
        }
        await go(page, '#/summary');
        for (const scheme of SCHEMES) {
          await page.emulateMedia({ colorScheme: scheme });
          await screenshots(page, `summary-${size.name}-${scheme}`);
        }
        // As of the latest Monday: the week just begun is one day, drawn hollow, "so far".
        const now = new Date();
        const monday = new Date(now.getTime() - ((now.getDay() + 6) % 7) * 86_400_000);
        const day = `${monday.getFullYear()}-${String(monday.getMonth() + 1).padStart(2, '0')}-${String(monday.getDate()).padStart(2, '0')}`;
        await go(page, '#/progress');
        await page.emulateMedia({ colorScheme: 'light' });
        await page.getByLabel('As of').fill(day);
        await page.locator('.period-line', { hasText: /–/ }).waitFor();
        await settle(page);
        await screenshots(page, `progress-monday-${size.name}-light`);
      }
      expect(await pages.get('phone')?.locator('.chart[data-ready="true"]').count()).toBeGreaterThan(5);
    }, 90_000);

    it('a table too wide for a phone says it scrolls, and the keyboard can scroll it; on a desktop it fits and says nothing', async () => {
      const phone = pages.get('phone');
      const desktop = pages.get('desktop');
      if (phone === undefined || desktop === undefined) throw new Error('no page');
      for (const page of [phone, desktop]) {
        await go(page, '#/questionnaires/Brief-COPE');
        await page.locator('.cope-scales table').waitFor();
      }
      const region = phone.getByRole('region', { name: /^Each time you took it|^The latest/ });
      await expect.poll(() => region.getAttribute('tabindex')).toBe('0');
      expect(await phone.locator('.cope-scales .scroll-hint').isVisible()).toBe(true);
      expect(await phone.locator('.cope-scales .scroll-hint').textContent()).toContain('Scroll sideways');
      await region.focus();
      await phone.keyboard.press('ArrowRight');
      await phone.keyboard.press('ArrowRight');
      await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
      await phone.locator('.cope-scales').screenshot({ path: join(SHOTS, 'wide-table-phone.png') });
      // The desktop's table fits: no hint, no extra tab stop.
      expect(await desktop.locator('.cope-scales .scroll-hint').count()).toBe(0);
      expect(await desktop.locator('.cope-scales .table-scroll').getAttribute('tabindex')).toBeNull();
    });

    it('the demo journal: questionnaires, results, and each step of taking one', async () => {
      const found: Finding[] = [];
      for (const [name, hash] of [
        ['measures', '#/questionnaires'],
        ['results-phq9', '#/questionnaires/PHQ-9'],
        ['results-cope', '#/questionnaires/Brief-COPE'],
      ] as const) {
        found.push(
          ...(await check(name, async (page) => {
            await go(page, hash);
            await openAll(page);
          })),
        );
      }
      found.push(...(await check('take-first-question', (page) => go(page, '#/questionnaires/PHQ-9/take'))));
      found.push(
        ...(await check('take-unanswered', async (page) => {
          await page.getByRole('button', { name: 'Next' }).click();
          await page.getByText('Choose the answer that fits best').waitFor();
        })),
      );
      // Answer all nine ("several days" on question 9): the calm screen, then the result.
      await Promise.all(
        SIZES.map(async (size) => {
          const page = pages.get(size.name);
          if (page === undefined) return;
          await page.emulateMedia({ colorScheme: 'light' });
          for (let q = 1; q <= 9; q++) {
            await page.getByText(`Question ${q} of 9`, { exact: true }).waitFor();
            await page
              .getByRole('radiogroup')
              .getByRole('radio')
              .nth(q === 9 ? 1 : 0)
              .check();
            await page.getByRole('button', { name: q === 9 ? 'See my results' : 'Next' }).click();
          }
          await page.locator('section.calm').waitFor();
          await settle(page);
        }),
      );
      found.push(...(await check('take-calm-screen', async () => undefined)));
      found.push(
        ...(await check('take-result', async (page) => {
          if ((await page.locator('section.calm').count()) > 0) {
            await page.locator('section.calm button.primary').click();
          }
          await page.locator('section.result').waitFor();
          await settle(page);
          await openAll(page);
        })),
      );
      expect(found).toEqual([]);
    }, 120_000);
  });
}
