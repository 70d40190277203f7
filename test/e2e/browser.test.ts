/**
 * End to end in a real browser (Debian's Chromium driven by playwright-core): a person
 * opens the printed link, logs a moment through the form, and finds it in their history.
 * Screenshots are saved under test-results/ for a person to look at.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Running } from '../../src/server/main.js';
import { HAVE_CHROMIUM, SHOTS, startBrowserSession, type BrowserSession } from './chromium.js';

if (!HAVE_CHROMIUM) {
  // Reason: this developer machine has no Debian chromium; .ci/run installs it, so CI always runs this.
  describe.skip('browser (install Debian chromium to run)', () => it('logs a moment', () => undefined));
} else {
  describe('in the browser', () => {
    let running: Running;
    let browser: Browser;

    let session: BrowserSession;

    beforeAll(async () => {
      session = await startBrowserSession('headway-e2e-');
      ({ running, browser } = session);
    });

    afterAll(async () => {
      await session?.close();
    });

    it('logs a moment through the form and shows it in the history', async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      page.setDefaultTimeout(10_000);
      const outside: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith(`http://127.0.0.1:${running.port}/`) && !r.url().startsWith('data:')) outside.push(r.url());
      });
      await page.goto(running.url);
      expect(new URL(page.url()).search).toBe(''); // the token left the address bar

      await page.getByLabel('Trigger').fill('Criticism at work');
      await page.getByRole('group', { name: 'Intensity' }).getByRole('radio', { name: '7', exact: true }).check();
      // A new person's toolkit comes in the starting order; "did it help?" is asked at the ticked strategy.
      await page.getByRole('checkbox', { name: 'A walk', exact: true }).check();
      await page.getByRole('group', { name: 'Did A walk help?' }).getByRole('radio', { name: 'Helped' }).check();
      await page.screenshot({ path: join(SHOTS, 'log-moment-form.png'), fullPage: true });
      await page.getByRole('button', { name: 'Save moment' }).click();
      await expect.poll(async () => (await running.app.inject({
        method: 'GET',
        url: '/api/moments',
        headers: { host: `127.0.0.1:${running.port}`, authorization: `Bearer ${running.token}` },
      })).json().items.length).toBe(1);
      expect((await running.app.inject({
        method: 'GET',
        url: '/api/moments',
        headers: { host: `127.0.0.1:${running.port}`, authorization: `Bearer ${running.token}` },
      })).json().items[0].strategies).toMatchObject([{ name: 'A walk', helped: true }]);

      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
      const entry = page.getByText('Criticism at work').first();
      await entry.waitFor();
      expect(await page.getByText('Intensity 7 of 10').count()).toBeGreaterThan(0);
      await page.screenshot({ path: join(SHOTS, 'history.png'), fullPage: true });
      expect(outside).toEqual([]);
      await page.close();
    });

    it('keeps keyboard focus on the list through delete, Undo and restore', async () => {
      const headers = { host: `127.0.0.1:${running.port}`, authorization: `Bearer ${running.token}`, 'content-type': 'application/json' };
      for (const trigger of ['Focus one', 'Focus two', 'Focus three']) {
        await running.app.inject({ method: 'POST', url: '/api/moments', headers, payload: { trigger, intensity: 3 } });
      }
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      page.setDefaultTimeout(10_000);
      await page.goto(running.url);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
      const focusedEntry = () => page.evaluate(() => document.activeElement?.closest('[data-entry-id]')?.querySelector('h3')?.textContent ?? document.activeElement?.tagName);

      await page.getByRole('button', { name: /^Delete .*Focus two/ }).click();
      // The note's Undo takes focus; Undo brings the entry back and focus onto it.
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
      await page.keyboard.press('Enter');
      await expect.poll(focusedEntry).toContain('Focus two');

      // Deleting without Undo: when the note goes, focus is on a neighbouring entry, not the top of the page.
      await page.getByRole('button', { name: /^Delete .*Focus two/ }).click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
      await page.getByRole('button', { name: 'Dismiss' }).click();
      await expect.poll(focusedEntry).toMatch(/Focus (one|three)/);

      await page.getByRole('link', { name: 'Recently deleted' }).click();
      await page.getByRole('button', { name: /^Restore .*Focus two/ }).click();
      await expect.poll(focusedEntry).toBe('H1'); // nothing left to restore: the page's heading
      await page.close();
    });

    it('keeps keyboard focus with a strategy through edit, cancel, archive and restore', async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      page.setDefaultTimeout(10_000);
      await page.goto(running.url);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Toolkit' }).click();
      const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName);
      await page.getByRole('button', { name: 'Edit Music' }).click();
      await expect.poll(focused).toMatch(/INPUT|SELECT|TEXTAREA/);
      await page.getByRole('button', { name: 'Cancel' }).click();
      await expect.poll(focused).toBe('Edit Music');
      await page.getByRole('button', { name: 'Edit Music' }).click();
      await page.getByRole('button', { name: 'Archive' }).click();
      await expect.poll(focused).toBe('Restore Music');
      await page.keyboard.press('Enter');
      await expect.poll(focused).toBe('Edit Music');
      await page.close();
    });

    it('reaches the crisis lines from every page in one click, also on a phone-sized screen', async () => {
      const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
      await page.goto(running.url);
      await page.getByRole('link', { name: 'Toolkit' }).click();
      await page.getByRole('button', { name: 'I need help now' }).click();
      await page.getByText('Samaritans').first().waitFor();
      expect(await page.locator('a[href="tel:116123"]').count()).toBeGreaterThan(0);
      await page.screenshot({ path: join(SHOTS, 'help-now-phone.png'), fullPage: true });
      await page.close();
    });
  });
}
