/**
 * The day therapy began is asked once, after the first practice named "Therapy session":
 * kindly, skippably, and never again once answered or skipped.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_PERSON_ID } from '../../src/core/ids.js';
import { HAVE_CHROMIUM, SHOTS, startBrowserSession, type BrowserSession } from './chromium.js';

if (!HAVE_CHROMIUM) {
  // Reason: this developer machine has no Debian chromium; .ci/run installs it, so CI always runs this.
  describe.skip('asking the day therapy began (install Debian chromium to run)', () => it('asks', () => undefined));
} else {
  describe('asking the day therapy began', () => {
    let session: BrowserSession;
    beforeAll(async () => {
      session = await startBrowserSession('headway-e2e-ask-');
    });
    afterAll(async () => {
      await session?.close();
    });

    it('asks once after a therapy session is logged, and not again after "Not now"', async () => {
      const { browser, running } = session;
      const page = await browser.newPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
      page.setDefaultTimeout(20_000);
      await page.goto(running.url);
      const logTherapy = async () => {
        await page.goto(`http://127.0.0.1:${running.port}/#/log/practices`);
        await page.getByRole('button', { name: 'Therapy session' }).click();
        await page.getByRole('button', { name: 'Save practice' }).click();
      };
      await logTherapy();
      const ask = page.getByRole('region', { name: 'When did your therapy begin?' });
      await ask.waitFor();
      expect(await ask.getByLabel('The day your therapy began').count()).toBe(1);
      await page.screenshot({ path: join(SHOTS, 'summary-ask-therapy-start-phone.png'), fullPage: true });
      await ask.getByRole('button', { name: 'Not now' }).click();
      await ask.getByRole('status').filter({ hasText: 'won’t ask again' }).waitFor();
      await expect.poll(async () => (await running.store.getPerson(LOCAL_PERSON_ID))?.therapyStartAskedAt ?? null).not.toBeNull();
      expect((await running.store.getPerson(LOCAL_PERSON_ID))?.therapyStartedOn).toBeNull();

      await page.reload();
      await logTherapy();
      await page.getByRole('button', { name: /another|again/i }).first().waitFor();
      expect(await page.getByRole('heading', { name: 'When did your therapy begin?' }).count()).toBe(0);
      await page.close();
    });
  });
}
