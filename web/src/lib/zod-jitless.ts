/**
 * zod checks once whether it may compile validators with `new Function`. Under the page's
 * Content-Security-Policy (no 'unsafe-eval') that probe is refused, and the browser reports
 * a CSP violation on every page load, which hides real ones. The web app parses small
 * bodies, so zod's interpreted path costs nothing noticeable: never probe.
 * Imported first by main.tsx, before any schema is built.
 */
import { config } from 'zod';

config({ jitless: true });
