/** `headway report [--as-of DATE] [--weeks N|all | --from DATE] [--json]`: the "coping or healing?" report. */
import type { Command } from 'commander';
import { reportQuerySchema } from '../../contracts/report.js';
import { buildReport } from '../../app/insight/buildReport.js';
import { withJournal, type GlobalFlags } from '../context.js';
import { defined, parseWith } from '../flags.js';
import { printJson, printLines } from '../print.js';
import { reportLines } from '../report-text.js';
import { wrapLines } from '../fit.js';

export function reportCommand(program: Command, global: () => GlobalFlags): void {
  program
    .command('report')
    .description('coping or healing? what your own entries show, with the numbers behind it')
    .option('--as-of <date>', 'report as of this day (YYYY-MM-DD), default today')
    .option('--weeks <n>', 'how many weeks back to look (default 26), or "all"')
    .option('--from <date>', 'start the report on this day (YYYY-MM-DD), e.g. the day therapy began; instead of --weeks')
    .option('--json', 'print the report as JSON (docs/REPORT-FORMAT.md)')
    .action(async (o: { asOf?: string; weeks?: string; from?: string; json?: boolean }) => {
      const q = parseWith(reportQuerySchema, defined({ asOf: o.asOf, weeks: o.weeks, from: o.from }));
      await withJournal(global(), async ({ deps, personId }) => {
        const report = await buildReport(deps, personId, { asOf: q.asOf, weeks: q.weeks === 'all' ? null : q.weeks, from: q.from });
        if (o.json) return printJson(report);
        // Wrapped to 80 columns: a long sentence breaks under its bullet instead of at the terminal's edge.
        return printLines(wrapLines(reportLines(report)));
      });
    });
}
