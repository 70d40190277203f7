/** `headway demo [--fresh] [--serve]`: a realistic synthetic half-year to explore. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { fillDemo } from '../../app/demo/fillDemo.js';
import { count } from '../../core/words/plural.js';
import { withJournal, type GlobalFlags } from '../context.js';
import { printLines } from '../print.js';
import { serve, type ServeFlags } from './serve.js';

export function demoCommand(program: Command, global: () => GlobalFlags): void {
  program
    .command('demo')
    .description('fill the data folder in use with a synthetic half-year (refuses a folder that holds data)')
    .option('--fresh', 'use a new empty folder under the system temp folder')
    .option('--serve', 'then start the web app on it')
    .option('--port <n>', 'with --serve: port to listen on')
    .action(async (o: { fresh?: boolean; serve?: boolean } & ServeFlags) => {
      const flags: GlobalFlags = o.fresh ? { dataDir: mkdtempSync(join(tmpdir(), 'headway-demo-')) } : global();
      const lines = await withJournal(flags, async ({ deps, personId, env }) => {
        const r = await fillDemo(deps, personId);
        return [
          `Demo journal ready in ${env.dataDir}:`,
          `  ${count(r.added.moments, 'moment')}, ${count(r.added.checkins, 'check-in')}, ${count(r.added.practices, 'practice')}, ${count(r.added.shifts, 'shift')}.`,
          '  Everything in it is made up: it belongs to "Sam (demo)", not to anyone real.',
          '',
        ];
      });
      if (o.serve) return serve(flags, o, lines);
      return printLines(lines);
    });
}
