/**
 * The crisis path in a real browser (issue 11 §1): "I need help now" is on screen at every
 * scroll position of every page, phone and desktop, without hiding the focused element;
 * it shows the crisis lines, then the person's plan as text to read, every phone number a
 * tel: or sms: link; "Edit my plan" is a page of its own; with the session lost the plan
 * still reads (the copy this device last saw) and the page says what to do; each link's
 * name starts with its visible words; axe-core finds nothing. Screenshots: crisis-*.png.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomIds, systemClock } from '../../src/app/deps.js';
import { fillDemo } from '../../src/app/demo/fillDemo.js';
import { LOCAL_PERSON_ID } from '../../src/core/ids.js';
import { HAVE_CHROMIUM, SHOTS, startBrowserSession, type BrowserSession } from './chromium.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const PHONE = { width: 390, height: 844, isMobile: true, hasTouch: true, name: 'phone' } as const;
const DESKTOP = { width: 1280, height: 900, isMobile: false, hasTouch: false, name: 'desktop' } as const;
type Viewport = typeof PHONE | typeof DESKTOP;

const PLAN = {
  steps: {
    warningSigns: ['Not sleeping, staying in my room', 'The appointment on 12/03/2026 felt hard'],
    onMyOwn: ['A walk for 10 minutes, then a shower', 'Music at 10:30 in the evening'],
    distractions: [],
    askForHelp: ['My sister Ana, 07700 900123', 'Dr Patel (555) 123-4567', 'Text my friend Sam on +44 7700 900456'],
    professionals: ['Samaritans 116 123', 'Crisis Text Line: text HOME to 741741', 'Telefonseelsorge 0800 11 11'],
    saferSurroundings: [],
  },
  mattersMost: 'My sister and my dog',
};

/** Every link a number in the plan becomes: the words as written, and where it leads. */
const PLAN_LINKS: Array<[string, string]> = [
  ['07700 900123', 'tel:07700900123'],
  ['(555) 123-4567', 'tel:5551234567'],
  ['+44 7700 900456', 'sms:+447700900456'],
  ['116 123', 'tel:116123'],
  ['741741', 'sms:741741?body=HOME'],
  ['0800 11 11', 'tel:08001111'],
];

if (!HAVE_CHROMIUM) {
  // Reason: this developer machine has no Debian chromium; .ci/run installs it, so CI always runs this.
  describe.skip('the crisis path (install Debian chromium to run)', () => it('reads the plan', () => undefined));
} else {
  describe('the crisis path in the browser', () => {
    let session: BrowserSession;
    const origin = () => `http://127.0.0.1:${session.running.port}`;

    beforeAll(async () => {
      session = await startBrowserSession('headway-crisis-');
      await fillDemo({ store: session.running.store, clock: systemClock, newId: randomIds }, LOCAL_PERSON_ID);
      const put = await session.running.app.inject({
        method: 'PUT',
        url: '/api/safety-plan',
        headers: { host: `127.0.0.1:${session.running.port}`, authorization: `Bearer ${session.running.token}`, 'content-type': 'application/json' },
        payload: PLAN,
      });
      expect(put.statusCode).toBe(200);
    });
    afterAll(async () => {
      await session?.close();
    });

    async function open(viewport: Viewport, colorScheme: 'light' | 'dark' = 'light'): Promise<{ context: BrowserContext; page: Page }> {
      const { width, height, isMobile, hasTouch } = viewport;
      const context = await session.browser.newContext({ viewport: { width, height }, isMobile, hasTouch, colorScheme, bypassCSP: true });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      await page.goto(session.running.url);
      return { context, page };
    }

    /** The help button's box, and whether it is what a tap at its centre reaches (nothing on top of it). */
    const helpButton = (page: Page) =>
      page.evaluate(() => {
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'I need help now');
        if (button === undefined) return null;
        const r = button.getBoundingClientRect();
        const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
        return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, onTop: hit === button || button.contains(hit) };
      });

    /** The focused element, named, when it is wholly under the help button (or the sticky header). */
    const hiddenFocus = (page: Page) =>
      page.evaluate(() => {
        const el = document.activeElement;
        if (el === null || el === document.body) return null;
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) return null;
        const header = document.querySelector('header.top');
        const fixedButton = [...document.querySelectorAll('button')].find((b) => b.textContent === 'I need help now');
        const cover = header !== null && getComputedStyle(header).position === 'sticky' ? header : fixedButton;
        if (cover === undefined || cover === null || cover.contains(el)) return null;
        const s = cover.getBoundingClientRect();
        const w = Math.max(0, Math.min(r.right, s.right) - Math.max(r.left, s.left));
        const h = Math.max(0, Math.min(r.bottom, s.bottom) - Math.max(r.top, s.top));
        if (w * h < r.width * r.height - 1) return null;
        // Wholly inside the cover's box, and the cover drawn over it.
        const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
        return top !== null && (top === el || el.contains(top)) ? null : `${el.tagName} "${(el.textContent ?? '').slice(0, 40)}" at ${Math.round(r.top)}`;
      });

    it.each([PHONE, DESKTOP])('keeps "I need help now" on screen at the bottom of every page ($name)', async (viewport) => {
      const { context, page } = await open(viewport);
      const pages = ['log/moments', 'progress', 'summary', 'questionnaires', 'history', 'toolkit', 'settings', 'safety-plan', 'safety-plan/edit'];
      for (const hash of pages) {
        await page.goto(`${origin()}/#/${hash}`);
        await page.locator('#main h1').first().waitFor();
        if (hash === 'progress') await page.locator('.chart[data-ready="true"]').first().waitFor();
        for (const at of [0.5, 1]) {
          await page.evaluate((f) => window.scrollTo(0, f * document.documentElement.scrollHeight), at);
          await page.waitForTimeout(50);
          const box = await helpButton(page);
          // What is on screen: the visual viewport (a page wider than the phone is shown zoomed out).
          const seen = await page.evaluate(() => {
            const v = window.visualViewport;
            return v === null ? { left: 0, top: 0, width: window.innerWidth, height: window.innerHeight } : { left: v.offsetLeft, top: v.offsetTop, width: v.width, height: v.height };
          });
          // A page wider than the screen widens the layout viewport, and a fixed button at its
          // right edge leaves the screen: every page must fit (wide tables scroll in their own region).
          const wide = await page.evaluate(() => document.documentElement.scrollWidth);
          expect(wide, `${hash}: the page is wider than the screen`).toBeLessThanOrEqual(viewport.width);
          expect(box, hash).not.toBeNull();
          expect(box?.top, hash).toBeGreaterThanOrEqual(seen.top);
          expect(box?.bottom, hash).toBeLessThanOrEqual(seen.top + seen.height);
          expect(box?.left, hash).toBeGreaterThanOrEqual(seen.left);
          expect(box?.right, hash).toBeLessThanOrEqual(seen.left + seen.width);
          expect(box?.onTop, hash).toBe(true);
        }
        if (hash === 'progress') {
          // The longest page: many screens tall, and the button still in reach at its foot.
          const tall = await page.evaluate(() => document.documentElement.scrollHeight);
          expect(tall).toBeGreaterThan(3 * viewport.height);
          await page.screenshot({ path: join(SHOTS, `crisis-progress-bottom-${viewport.name}.png`) });
        }
      }
      // One press from the foot of Progress opens help.
      await page.goto(`${origin()}/#/progress`);
      await page.locator('.chart[data-ready="true"]').first().waitFor();
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.getByRole('button', { name: 'I need help now' }).click();
      await page.getByRole('heading', { name: 'Help, right now' }).waitFor();
      await context.close();
    });

    it.each([PHONE, DESKTOP])('never hides the focused element under the button or the header, tabbing either way on Progress ($name)', async (viewport) => {
      const { context, page } = await open(viewport);
      await page.goto(`${origin()}/#/progress`);
      await page.locator('.chart[data-ready="true"]').first().waitFor();
      const offenders: string[] = [];
      await page.locator('#main h1').first().focus();
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        const h = await hiddenFocus(page);
        if (h !== null) offenders.push(`Tab ${i + 1}: ${h}`);
      }
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.locator('.foot').click({ position: { x: 5, y: 5 } });
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Shift+Tab');
        const h = await hiddenFocus(page);
        if (h !== null) offenders.push(`Shift+Tab ${i + 1}: ${h}`);
      }
      expect(offenders).toEqual([]);
      await context.close();
    });

    it.each([PHONE, DESKTOP])('scrolls an element that sits under the button (or header) out from under it when it takes focus ($name)', async (viewport) => {
      const { context, page } = await open(viewport);
      // The toolkit: a long list with small Edit buttons at the right, where the phone's button sits.
      await page.goto(`${origin()}/#/toolkit`);
      await page.getByRole('button', { name: /^Edit/ }).nth(12).waitFor();
      // Put a link or button that fits inside the cover's box right under it, focus the element
      // before it without scrolling, and Tab onto it: the browser must scroll it clear.
      const placed = await page.evaluate(() => {
        const header = document.querySelector('header.top');
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'I need help now');
        const cover = header !== null && getComputedStyle(header).position === 'sticky' ? header : button;
        if (cover === undefined || cover === null) return null;
        const s = cover.getBoundingClientRect();
        const tabbable = [...document.querySelectorAll<HTMLElement>('#main a[href], #main button:not([disabled]), #main summary, #main [tabindex="0"]')].filter(
          (el) => el.getClientRects().length > 0,
        );
        const index = tabbable.findIndex((el, i) => {
          const r = el.getBoundingClientRect();
          const y = r.top + window.scrollY;
          return i > 0 && y > 900 && r.height <= s.height && r.left >= s.left && r.right <= s.right;
        });
        const target = tabbable[index];
        const before = tabbable[index - 1];
        if (target === undefined || before === undefined) return null;
        const r = target.getBoundingClientRect();
        window.scrollBy(0, r.top - (s.top + (s.height - r.height) / 2));
        before.focus({ preventScroll: true });
        target.setAttribute('data-under-cover', 'yes');
        const now = target.getBoundingClientRect();
        return { text: target.textContent, coveredBefore: now.top >= s.top && now.bottom <= s.bottom };
      });
      expect(placed, 'an element small enough to hide under the cover').not.toBeNull();
      expect(placed?.coveredBefore).toBe(true);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-under-cover'))).toBe('yes');
      expect(await hiddenFocus(page)).toBeNull();
      await context.close();
    });

    it.each([PHONE, DESKTOP])('reads the plan as text below the crisis lines, each number a tel: or sms: link ($name)', async (viewport) => {
      const { context, page } = await open(viewport);
      await page.getByRole('button', { name: 'I need help now' }).click();
      await page.getByRole('heading', { name: 'Help, right now' }).waitFor();
      const plan = page.locator('section.safety-plan');
      await plan.getByText('My sister Ana,').waitFor();
      const linesTop = (await page.locator('.crisis-lines').boundingBox())?.y ?? Infinity;
      const planTop = (await page.getByRole('heading', { name: 'My safety plan' }).boundingBox())?.y ?? -Infinity;
      expect(linesTop).toBeLessThan(planTop);

      expect(await plan.locator('textarea, input, select').count()).toBe(0);
      expect(await plan.getByRole('button', { name: /Remove/ }).count()).toBe(0);
      for (const [text, target] of PLAN_LINKS) {
        const link = plan.getByRole('link', { name: text, exact: true });
        expect(await link.getAttribute('href'), text).toBe(target);
      }
      // Dates, times and minutes stay words.
      expect(await plan.locator('a[href^="tel:"], a[href^="sms:"]').count()).toBe(PLAN_LINKS.length);
      expect(await plan.getByText('The appointment on 12/03/2026 felt hard').isVisible()).toBe(true);
      // The crisis lines' own buttons still call.
      expect(await page.locator('.crisis-lines a[href="tel:116123"]').count()).toBeGreaterThan(0);
      // "Edit my plan" is there, quieter than a call.
      const edit = plan.getByRole('link', { name: 'Edit my plan' });
      expect(await edit.getAttribute('href')).toBe('#/safety-plan/edit');
      await page.screenshot({ path: join(SHOTS, `crisis-plan-${viewport.name}.png`), fullPage: true });
      await plan.screenshot({ path: join(SHOTS, `crisis-plan-section-${viewport.name}.png`) });
      await context.close();
    });

    it('opens the editing form from "Edit my plan", and after saving reads the plan again', async () => {
      const { context, page } = await open(PHONE);
      await page.goto(`${origin()}/#/safety-plan`);
      await page.getByRole('link', { name: 'Edit my plan' }).click();
      await page.getByRole('heading', { name: 'Edit my safety plan' }).waitFor();
      expect(await page.evaluate(() => document.title)).toBe('Edit my safety plan — Headway');
      const line = page.getByLabel('Someone I can tell how I am really doing, line 1', { exact: true });
      expect(await line.inputValue()).toBe('My sister Ana, 07700 900123');
      await page.getByLabel('Things I can do by myself, line 2', { exact: true }).fill('Call or text 988 if I am in the US');
      await page.screenshot({ path: join(SHOTS, 'crisis-edit-phone.png'), fullPage: true });
      await page.getByRole('button', { name: 'Save my plan' }).click();
      await page.getByText('Your safety plan is saved.').waitFor();
      await page.getByRole('heading', { name: 'Help, right now' }).waitFor();
      const plan = page.locator('section.safety-plan');
      expect(await plan.getByRole('link', { name: '988', exact: true }).getAttribute('href')).toBe('tel:988');
      expect(await plan.getByRole('link', { name: 'Text 988' }).getAttribute('href')).toBe('sms:988');
      // Back at the plan, with focus on its heading.
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('plan-heading');
      // Put the plan back as the other tests expect it.
      await page.getByRole('link', { name: 'Edit my plan' }).click();
      await page.getByLabel('Things I can do by myself, line 2', { exact: true }).fill(PLAN.steps.onMyOwn[1] ?? '');
      await page.getByRole('button', { name: 'Save my plan' }).click();
      await page.getByRole('heading', { name: 'Help, right now' }).waitFor();
      await context.close();
    });

    it('with the session lost, still shows the crisis lines and the plan last seen here, and says what to do', async () => {
      const { context, page } = await open(PHONE);
      await page.goto(`${origin()}/#/safety-plan`);
      await page.locator('section.safety-plan').getByText('My sister Ana,').waitFor();
      // Headway restarted with a new key, or a bookmark in another window: the cookie no longer admits.
      await context.clearCookies();
      await page.reload();
      const plan = page.locator('section.safety-plan');
      await plan.getByText('This is your plan as this device last saw it').waitFor();
      expect(await plan.getByText(/open the newest link shown after “Open:”/).isVisible()).toBe(true);
      expect(await plan.getByRole('button', { name: 'Try again' }).count()).toBe(0);
      for (const [text, target] of PLAN_LINKS) expect(await plan.getByRole('link', { name: text, exact: true }).getAttribute('href')).toBe(target);
      expect(await page.locator('.crisis-lines a[href="tel:999"]').count()).toBe(1);
      expect(await plan.locator('textarea').count()).toBe(0);
      await page.screenshot({ path: join(SHOTS, 'crisis-session-lost-phone.png'), fullPage: true });

      // On any other page the notice above it says the same, and where the plan still is.
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
      const notice = page.locator('.session-notice');
      await notice.waitFor();
      expect(await notice.textContent()).toMatch(/lost its connection.*To reconnect: in the terminal window where Headway runs.*safety plan as this device last saw it/);
      await context.close();
    });

    it('keeps a change to the plan typed after the session was lost, for after reconnecting in a new tab', async () => {
      const { context, page } = await open(DESKTOP);
      await page.goto(`${origin()}/#/safety-plan/edit`);
      const field = page.getByLabel('What matters most to me', { exact: true });
      await field.waitFor();
      await context.clearCookies();
      await field.fill('My sister, my dog, and the sea');
      await page.getByRole('button', { name: 'Save my plan' }).click();
      await page.getByText(/lost its connection to Headway.*To reconnect/).first().waitFor();
      // Following the words: the printed link, opened in a new tab.
      const again = await context.newPage();
      await again.goto(session.running.url);
      await again.goto(`${origin()}/#/safety-plan/edit`);
      await again.getByText('Your changes from before are still here, not saved yet.').waitFor();
      expect(await again.getByLabel('What matters most to me', { exact: true }).inputValue()).toBe('My sister, my dog, and the sea');
      await again.getByRole('button', { name: 'Go back to the saved plan' }).click();
      expect(await again.getByLabel('What matters most to me', { exact: true }).inputValue()).toBe(PLAN.mattersMost);
      await context.close();
    });

    it('names every crisis-line and plan link with its visible words first', async () => {
      const { context, page } = await open(DESKTOP);
      await page.goto(`${origin()}/#/safety-plan`);
      await page.locator('section.safety-plan').getByText('My sister Ana,').waitFor();
      const mismatched = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('#main a, #main button, header button')]
          .map((el) => ({ seen: (el.innerText ?? '').replace(/\s+/g, ' ').trim(), label: el.getAttribute('aria-label') }))
          .filter(({ seen, label }) => label !== null && !label.toLowerCase().startsWith(seen.toLowerCase()))
          .map(({ seen, label }) => `${seen} ≠ ${label ?? ''}`),
      );
      expect(mismatched).toEqual([]);
      expect(await page.getByRole('link', { name: 'Call 999, Emergency services' }).count()).toBe(1);
      await context.close();
    });

    it.each([
      { ...PHONE, colorScheme: 'light' as const },
      { ...PHONE, colorScheme: 'dark' as const },
      { ...DESKTOP, colorScheme: 'light' as const },
      { ...DESKTOP, colorScheme: 'dark' as const },
    ])('has no WCAG 2.2 A/AA violation on the help page ($name, $colorScheme)', async (viewport) => {
      const { context, page } = await open(viewport, viewport.colorScheme);
      await page.goto(`${origin()}/#/safety-plan`);
      await page.locator('section.safety-plan').getByText('My sister Ana,').waitFor();
      await page.evaluate(AXE);
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
        const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
        return result.violations.map((v) => `${v.id}: ${v.nodes.length} (${String(v.nodes[0]?.target)})`);
      });
      expect(violations).toEqual([]);
      await page.screenshot({ path: join(SHOTS, `crisis-help-${viewport.name}-${viewport.colorScheme}.png`), fullPage: true });
      await page.evaluate(() => window.scrollTo(0, 1200));
      await page.screenshot({ path: join(SHOTS, `crisis-help-scrolled-${viewport.name}-${viewport.colorScheme}.png`) });
      await context.close();
    });
  });
}
