/**
 * Debian's Chromium for the browser tests, launched the way this machine needs it (no
 * sandbox as root, no background networking on a closed network). Under CI it must be
 * there (.ci/run installs it); on a developer machine without it the suites are skipped.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

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
