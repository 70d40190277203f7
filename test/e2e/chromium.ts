/**
 * Debian's Chromium for the browser tests, launched the way this machine needs it (no
 * sandbox as root, no background networking on a closed network). Under CI it must be
 * there (.ci/run installs it); on a developer machine without it the suites are skipped.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { LOCAL_PERSON_ID } from '../../src/core/ids.js';
import { startServer, type Running } from '../../src/server/main.js';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_REQUIRED = process.env['CI'] !== undefined && process.env['CI'] !== '';
export const HAVE_CHROMIUM = existsSync(CHROMIUM) || CHROMIUM_REQUIRED;
export const SHOTS = 'test-results';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
}

/** A Headway server on a fresh temp data folder, with Chromium beside it, for one suite. */
export interface BrowserSession {
  running: Running;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * The journal starts as a person's first start does, except that the first-start screen
 * is marked done (each suite is about its own page); `welcomed: false` keeps it due.
 */
export async function startBrowserSession(prefix: string, opts: { welcomed?: boolean } = {}): Promise<BrowserSession> {
  const dataDir = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(SHOTS, { recursive: true });
  const running = await startServer({ dataDir, databaseUrl: null, host: '127.0.0.1', port: 0, token: null, country: 'GB', logLevel: 'silent', portExplicit: true });
  if (opts.welcomed !== false) await running.store.updatePerson(LOCAL_PERSON_ID, { welcomedAt: new Date().toISOString() });
  const browser = await launchChromium();
  return {
    running,
    browser,
    close: async () => {
      await browser.close();
      await running.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
