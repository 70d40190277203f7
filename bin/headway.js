#!/usr/bin/env node
// Entry point of the `headway` command: runs the bundled CLI that `npm run build` writes to dist/.
import { existsSync } from 'node:fs';

const main = new URL('../dist/cli-bundle/headway.mjs', import.meta.url);
if (!existsSync(main)) {
  process.stderr.write('Headway is not built yet. Run "npm install" (it builds Headway) in the project folder, then try again.\n');
  process.exit(1);
}
await import(main.href);
