/**
 * Questionnaires and the safety plan in a real browser (Debian's Chromium driven by
 * playwright-core). A PHQ-9 with thoughts of self-harm on "several days" shows the calm
 * screen, with the crisis lines and before any score; moving on shows the result. The
 * safety plan is written, saved and still there after a reload; a check-in with heavy
 * words offers the plan. Screenshots go to test-results/.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Running } from '../../src/server/main.js';
import { HAVE_CHROMIUM, SHOTS, startBrowserSession, type BrowserSession } from './chromium.js';

if (!HAVE_CHROMIUM) {
  // Reason: this developer machine has no Debian chromium; .ci/run installs it, so CI always runs this.
  describe.skip('questionnaires (install Debian chromium to run)', () => it('takes a PHQ-9', () => undefined));
} else {
  describe('questionnaires and the safety plan in the browser', () => {
    let running: Running;
    let browser: Browser;

    const apiGet = async (url: string) =>
      (
        await running.app.inject({
          method: 'GET',
          url,
          headers: { host: `127.0.0.1:${running.port}`, authorization: `Bearer ${running.token}` },
        })
      ).json();

    async function open(width: number, height: number): Promise<Page> {
      const page = await browser.newPage({ viewport: { width, height } });
      page.setDefaultTimeout(10_000);
      await page.goto(running.url);
      return page;
    }

    let session: BrowserSession;

    beforeAll(async () => {
      session = await startBrowserSession('headway-e2e-measures-');
      ({ running, browser } = session);
    });

    afterAll(async () => {
      await session?.close();
    });

    it('shows the calm screen with crisis lines before any score when item 9 is above zero, then the result', async () => {
      const page = await open(1280, 900);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Questionnaires' }).click();
      await page.getByText('nobody sees them as you answer').first().waitFor();
      await page.getByRole('link', { name: 'Take it: PHQ-9' }).click();

      const answers = page.getByRole('radiogroup');
      const progress = page.getByRole('progressbar');
      await answers.waitFor();
      // Going on without an answer says so beside the question.
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByText('Choose the answer that fits best').waitFor();

      // Answers are numbered by their value, as on the paper form and in the terminal: 0 = Not at all.
      expect((await answers.locator('.key-hint').allTextContents()).map((t) => t.trim())).toEqual(['0', '1', '2', '3']);
      // Question 1 by pointer, the rest of "Not at all" by keyboard: "0" picks it, Enter goes on.
      await answers.getByRole('radio', { name: 'Not at all' }).check();
      await page.getByRole('button', { name: 'Next' }).click();
      for (let q = 2; q <= 8; q++) {
        expect(await progress.getAttribute('aria-valuenow')).toBe(String(q));
        await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('radio');
        await page.keyboard.press('0');
        expect(await answers.getByRole('radio', { name: 'Not at all' }).isChecked()).toBe(true);
        if (q === 3) await page.screenshot({ path: join(SHOTS, 'phq9-question.png') });
        await page.keyboard.press('Enter');
      }
      await page.getByText('Question 9 of 9', { exact: true }).waitFor();
      expect(await progress.getAttribute('aria-valuemax')).toBe('9');
      // Back keeps the earlier answer.
      await page.getByRole('button', { name: 'Back' }).click();
      expect(await answers.getByRole('radio', { name: 'Not at all' }).isChecked()).toBe(true);
      await page.getByRole('button', { name: 'Next' }).click();
      await answers.getByRole('radio', { name: 'Several days' }).check();
      await page.getByRole('button', { name: 'See my results' }).click();

      await page.getByRole('heading', { name: 'Thank you for answering honestly' }).waitFor();
      expect(await page.getByText('Samaritans').first().isVisible()).toBe(true);
      expect(await page.locator('a[href="tel:116123"]').count()).toBeGreaterThan(0);
      expect(await page.getByRole('link', { name: 'Open my safety plan' }).count()).toBe(1);
      expect(await page.getByText(/out of 27/).count()).toBe(0);
      expect(await page.getByText(/score/i).count()).toBe(0);
      await page.screenshot({ path: join(SHOTS, 'phq9-calm-screen.png'), fullPage: true });

      const events = (await apiGet('/api/safety/events')) as { items: Array<{ acknowledgedAt: string | null }> };
      expect(events.items).toHaveLength(1);
      expect(events.items[0]?.acknowledgedAt).toBeNull();

      await page.getByRole('button', { name: 'Continue to my results' }).click();
      await page.getByText('1 out of 27').waitFor();
      await page.screenshot({ path: join(SHOTS, 'phq9-result.png'), fullPage: true });
      const after = (await apiGet('/api/safety/events')) as { items: Array<{ acknowledgedAt: string | null }> };
      expect(after.items[0]?.acknowledgedAt).not.toBeNull();

      await page.getByRole('link', { name: 'See how it has changed' }).click();
      await page.locator('svg[role="img"]').first().waitFor();
      // A total of 1 never hides the answer to question 9, nor is it called "not off track".
      expect(await page.getByRole('heading', { name: 'An answer to look after' }).isVisible()).toBe(true);
      expect(await page.getByText(/nothing suggests things are off track/).count()).toBe(0);
      await page.screenshot({ path: join(SHOTS, 'phq9-over-time.png'), fullPage: true });

      // Progress, with no journal entries yet, still puts the answer first.
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }).click();
      await page.getByRole('heading', { name: 'Something to look after' }).waitFor();
      expect(await page.getByText(/Nothing noted in this period yet/).isVisible()).toBe(true);
      expect(await page.getByText(/room for deeper work/i).count()).toBe(0);
      await page.screenshot({ path: join(SHOTS, 'progress-empty-with-safety-note.png'), fullPage: true });
      await page.close();
    });

    it('answers the first question with the tip’s keys (the answer’s value: 1 = Several days), before focus has reached the answers', async () => {
      const page = await open(1280, 900);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Questionnaires' }).click();
      await page.getByRole('link', { name: 'Take it: GAD-7' }).click();
      await page.getByRole('radiogroup').waitFor();
      await page.getByText(/Tip: press 0–3 to answer/).waitFor();
      expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('INPUT');
      await page.keyboard.press('1');
      expect(await page.getByRole('radio', { name: 'Several days' }).isChecked()).toBe(true);
      await page.keyboard.press('Enter');
      await page.getByText('Question 2 of 7', { exact: true }).waitFor();
      await page.close();
    });

    it('writes, saves and reloads the safety plan, read below the crisis lines, one click from any page', async () => {
      const page = await open(390, 844);
      await page.getByRole('button', { name: 'I need help now' }).click();
      await page.getByRole('heading', { name: 'Help, right now' }).waitFor();
      // An empty plan: a kind invitation to write one, on a page of its own.
      await page.getByText("You haven't written a plan yet.", { exact: false }).waitFor();
      // The crisis lines come first, the plan after them.
      const linesTop = (await page.getByText('Samaritans').first().boundingBox())?.y ?? Infinity;
      const planTop = (await page.getByRole('heading', { name: 'My safety plan' }).boundingBox())?.y ?? -Infinity;
      expect(linesTop).toBeLessThan(planTop);
      await page.getByRole('link', { name: 'Write my safety plan' }).click();
      const firstStep = page.getByLabel('Signs that a hard time is building, line 1', { exact: true });
      await firstStep.waitFor();

      await firstStep.fill('Not sleeping, staying in my room');
      await page.getByRole('button', { name: 'Add a line to “Signs that a hard time is building”' }).click();
      await page.getByLabel('Signs that a hard time is building, line 2', { exact: true }).fill('Cancelling plans with friends');
      const tell = page.getByLabel('Someone I can tell how I am really doing, line 1', { exact: true });
      await tell.fill('My sister Ana, 07700 900123, or Dr Patel, my therapist, on Tuesdays: 01632 960 123');
      // On a phone the whole line shows, wrapped: nothing of a phone number is cut off.
      expect(await tell.evaluate((el) => el.scrollHeight <= el.clientHeight + 2 && el.scrollWidth <= el.clientWidth + 2)).toBe(true);
      expect(await tell.evaluate((el) => el.clientHeight)).toBeGreaterThan(40);
      await tell.press('Enter'); // one line each: Enter adds no line break
      await tell.fill('My sister Ana, 07700 900123');
      await page.getByLabel('What matters most to me', { exact: true }).fill('My sister and my dog');
      // Away to another page and back: nothing typed is lost, and it says it is not saved yet.
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
      await page.getByRole('heading', { name: 'History' }).waitFor();
      await page.getByRole('button', { name: 'I need help now' }).click();
      await page.getByRole('link', { name: 'Write my safety plan' }).click();
      await page.getByText('Your changes from before are still here, not saved yet.').waitFor();
      expect(await page.getByLabel('What matters most to me', { exact: true }).inputValue()).toBe('My sister and my dog');
      await page.locator('.unsaved-note').screenshot({ path: join(SHOTS, 'safety-plan-unsaved-note.png') });
      await page.getByRole('button', { name: 'Save my plan' }).click();
      await page.getByText('Your safety plan is saved.').waitFor();
      // Saved: back to the plan to read, each number a link.
      await page.getByRole('heading', { name: 'Help, right now' }).waitFor();
      const plan = page.locator('section.safety-plan');
      expect(await plan.getByRole('link', { name: '07700 900123' }).getAttribute('href')).toBe('tel:07700900123');

      await page.reload();
      await plan.getByText('Cancelling plans with friends').waitFor();
      expect(await plan.getByText('Not sleeping, staying in my room').isVisible()).toBe(true);
      expect(await plan.getByText('My sister and my dog').isVisible()).toBe(true);
      expect(await plan.locator('textarea').count()).toBe(0);
      await page.screenshot({ path: join(SHOTS, 'safety-plan-phone.png'), fullPage: true });
      await page.getByRole('link', { name: 'Edit my plan' }).click();
      expect(await page.getByLabel('Signs that a hard time is building, line 2', { exact: true }).inputValue()).toBe('Cancelling plans with friends');
      await page.getByRole('link', { name: '← Back to my plan' }).click();
      await plan.getByText('Cancelling plans with friends').waitFor();

      await page.emulateMedia({ media: 'print' });
      expect(await page.getByRole('link', { name: 'Edit my plan' }).isVisible()).toBe(false);
      expect(await plan.getByText('Cancelling plans with friends').isVisible()).toBe(true);
      // An empty step prints as room to write in.
      expect(await plan.getByRole('heading', { name: 'People and places that take my mind elsewhere' }).isVisible()).toBe(true);
      expect(await page.getByText('Samaritans').first().isVisible()).toBe(true);
      await page.screenshot({ path: join(SHOTS, 'safety-plan-print.png'), fullPage: true });
      await page.emulateMedia({ media: 'screen' });
      expect(await plan.getByRole('heading', { name: 'People and places that take my mind elsewhere' }).isVisible()).toBe(false);
      await page.close();
    });

    it('after a check-in whose note sounds heavy, offers the safety plan on the saved screen without blocking', async () => {
      const page = await open(1280, 900);
      await page.getByRole('link', { name: 'A check-in' }).click();
      await page.getByRole('group', { name: 'Distress' }).getByRole('radio', { name: '8', exact: true }).check();
      await page.getByRole('textbox', { name: 'Note (optional)' }).fill('long day. honestly i wish i was dead');
      await page.getByRole('button', { name: 'Save check-in' }).click();
      await page.getByRole('heading', { name: 'Thanks for checking in.' }).waitFor();
      expect(await page.getByText('Some of what you wrote sounds really heavy').isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: 'Log another' }).isVisible()).toBe(true);
      await page.screenshot({ path: join(SHOTS, 'checkin-safety-offer.png') });
      await page.getByRole('link', { name: 'Open my safety plan' }).click();
      await page.getByRole('heading', { name: 'Help, right now' }).waitFor();

      await page.getByRole('link', { name: 'Log' }).first().click();
      await page.getByRole('link', { name: 'A check-in' }).click();
      await page.getByRole('group', { name: 'Distress' }).getByRole('radio', { name: '3', exact: true }).check();
      await page.getByRole('textbox', { name: 'Note (optional)' }).fill('a quiet evening with a book');
      await page.getByRole('button', { name: 'Save check-in' }).click();
      await page.getByRole('heading', { name: 'Thanks for checking in.' }).waitFor();
      expect(await page.getByText('Some of what you wrote sounds really heavy').count()).toBe(0);

      // A practice note is listened to in the same way.
      await page.getByRole('button', { name: 'Log another' }).click();
      await page.getByRole('link', { name: 'Healing practice' }).click();
      await page.getByRole('combobox', { name: 'What kind of practice' }).fill('Journalling');
      await page.getByRole('textbox', { name: /^Note/ }).fill('wrote it all down. i want to end it all');
      await page.getByRole('button', { name: 'Save practice' }).click();
      await page.getByRole('heading', { name: 'Saved — that is healing work.' }).waitFor();
      expect(await page.getByText('Some of what you wrote sounds really heavy').isVisible()).toBe(true);
      await page.screenshot({ path: join(SHOTS, 'practice-safety-offer.png') });
      await page.close();
    });

    it('still opens the crisis lines at the old #/help address', async () => {
      const page = await open(1280, 900);
      await page.goto(`http://127.0.0.1:${running.port}/#/help`);
      await page.getByRole('heading', { name: 'Help, right now' }).waitFor();
      expect(new URL(page.url()).hash).toBe('#/safety-plan');
      await page.close();
    });
  });
}
