/** The insight report as readable text for the terminal: the mode first, then invisible progress. */
import type { InsightReport, Trend } from '../core/insight/report.js';
import { trendStatusWords, triggerLeaning, VISIBLE, type TriggerLeaning } from '../core/insight/leaning.js';
import { chanceWords, duration, decimal, evennessWords, percent, pValue, score, shareWords } from '../core/insight/words.js';
import { dayRangeWords, spanWords, windowWords } from '../core/words/dates.js';
import { count } from '../core/words/plural.js';
import { SHIFT_KIND_LABELS, type ShiftKind } from '../core/vocabulary.js';
import { fitTable } from './fit.js';

export const MODE_WORDS: Record<InsightReport['mode'], string> = {
  shifting: 'Shifting: progress is underway.',
  coping: 'Coping: your coping is doing its job; the shifts may still be coming.',
  setback: 'A hard stretch inside a longer improving path. Setbacks are part of healing, not a reset.',
  stabilising: 'Steadying first: right now, getting through the moment comes before deeper work.',
};

const PHASE_WORDS: Record<InsightReport['phase'], string> = {
  stabilise: 'Right now, steadiness comes first: coping is the work; deeper work can wait until things settle.',
  ready: 'There may be room for deeper work when you want it: at least half of what you noted lately was inside your window of tolerance.',
  'not-enough-data': 'Not enough notes about your window of tolerance from the last two weeks to say whether it is a time to steady yourself or to go deeper.',
};

/** A trigger's status in a word or two; a change that is not clear yet is named by its direction, never "steady". */
const STATUS_WORDS: Record<TriggerLeaning, string> = {
  improving: 'easing',
  worsening: 'harder lately',
  'lighter-not-clear': 'lighter, not clearly',
  'heavier-not-clear': 'heavier, not clearly',
  mixed: 'mixed',
  steady: 'holding steady',
  'not-enough-data': 'not enough yet',
};

function heading(title: string): string[] {
  return ['', title, '─'.repeat(title.length)];
}

function trendCell(t: Trend, fmt: (v: number) => string): string {
  if (t.early === null || t.recent === null) return t.n > 0 ? `${t.n} noted` : '—';
  return `${fmt(t.early)} → ${fmt(t.recent)}${t.p !== null && t.status !== 'not-enough-data' ? ` (${pValue(t.p)})` : ''}`;
}

/** The plain words beside every p in the trigger table (chanceWords' thresholds). */
const P_KEY = [
  'p: how easily ordinary ups and downs alone could make a change like this.',
  `Below 0.01: ${chanceWords(0.001)}; above 0.2: ${chanceWords(0.5)}.`,
];

const CLOSING = 'Headway informs; it does not diagnose. If you are struggling right now, "headway safety-plan" shows crisis lines and your plan.';

/** The safety field first, as the web shows it: reasons are numbers, dates and categories only. */
function safetyLines(r: InsightReport): string[] {
  if (!r.safety.alert && r.safety.reasons.length === 0) return [];
  return [
    ...heading('Something to look after'),
    r.safety.alert
      ? 'Some recent answers or words sounded really heavy. You do not have to carry that alone.'
      : 'One recent answer may be worth mentioning to someone you trust.',
    ...r.safety.reasons.map((reason) => `• ${reason}`),
    'Your safety plan and crisis lines: headway safety-plan',
    '',
  ];
}

export function reportLines(r: InsightReport): string[] {
  const lines: string[] = [`Headway report, ${dayRangeWords(r.period.from, r.period.to)} (${spanWords(r.period.from, r.period.to)})`, '', ...safetyLines(r)];
  const c = r.counts;
  if (c.moments + c.checkins + c.practices + c.shifts === 0) {
    lines.push('Nothing noted in this period yet, so there is nothing to weigh. That is completely fine: the report fills in as you go.', '', CLOSING);
    return lines;
  }
  lines.push(MODE_WORDS[r.mode], PHASE_WORDS[r.phase]);

  lines.push(...heading('Progress you may not feel yet'));
  if (r.invisibleProgress.length === 0) lines.push('Nothing the numbers can vouch for yet. That is not a verdict: change is often quiet at first.');
  for (const p of r.invisibleProgress) lines.push(`• ${p.text}`);

  lines.push(...heading('Why we say this'));
  for (const e of r.evidence) lines.push(`${e.points === 'progress' ? '+' : e.points === 'strain' ? '!' : '·'} ${e.text}`);
  if (r.evidence.length === 0) lines.push('· Not enough noted yet to weigh.');

  if (r.triggers.length > 0) {
    const early = windowWords('first', r.period.from, r.period.earlyUntil).replace(/^the /, '');
    const recent = windowWords('last', r.period.recentFrom, r.period.to).replace(/^the /, '');
    lines.push(...heading(`Triggers (${early} → ${recent})`));
    lines.push(
      // Six columns need about 150 characters: too wide for a terminal, so fitTable shows one block per trigger.
      ...fitTable([
        ['Trigger', 'Status', 'Moments', 'Intensity', 'Settling', 'Caught early'],
        ...r.triggers.map((t) => [
          t.trigger,
          STATUS_WORDS[triggerLeaning(t)],
          String(t.n),
          trendCell(t.intensity, score),
          trendCell(t.settling, (m) => duration(m).replace('about an hour', '~1 hour').replace('about ', '~')),
          trendCell(t.awareness, percent),
        ]),
      ], { titleColumns: 2 }),
    );
    if (r.triggers.some((t) => t.status !== 'not-enough-data' && [t.intensity, t.settling, t.awareness].some((x) => x.p !== null))) lines.push('', ...P_KEY);
  }

  const load = r.copingLoad.perMoment;
  lines.push(...heading('Coping load'));
  const noStrategies = r.repertoire.distinct === 0;
  lines.push(
    noStrategies
      ? 'No strategies noted with moments in this period yet.'
      : load.early !== null && load.recent !== null
        ? `Strategies per moment: ${decimal(load.early)} → ${decimal(load.recent)} (${load.status === 'improving' ? 'needing less coping' : load.status === 'worsening' ? 'needing more lately' : trendStatusWords(load, VISIBLE.perMoment)}).`
        : 'Not enough moments with strategies yet.',
  );

  const rep = r.repertoire;
  lines.push(...heading('Repertoire'));
  const mix = rep.diversity !== null && rep.distinct > 1 ? `: ${evennessWords(rep.diversity)}` : '';
  lines.push(noStrategies ? 'None noted yet.' : `${count(rep.distinct, 'different strategy', 'different strategies')} used${mix}.`);
  if (rep.avoidantShare !== null) lines.push(`Avoidant ones: ${shareWords(rep.avoidantShare)} of uses. This is information, not judgement.`);
  if (rep.overReliance) lines.push(`${rep.overReliance.strategy} carries ${percent(rep.overReliance.share)} of your coping.`);

  const h = r.healing;
  lines.push(...heading('Healing work and shifts'));
  const practices = h.weeks.reduce((n, w) => n + w.practices, 0);
  const shifts = h.weeks.reduce((n, w) => n + w.shifts, 0);
  const time = h.practiceMinutes > 0 ? ` (${duration(h.practiceMinutes)} in all)` : '';
  lines.push(`${count(practices, 'healing practice')}${time} and ${count(shifts, 'shift')} noticed.`);
  for (const k of h.shiftKinds.slice(0, 3)) lines.push(`  ${k.count}× ${SHIFT_KIND_LABELS[k.kind as ShiftKind] ?? k.kind}`);

  lines.push(...heading('Window of tolerance'));
  lines.push(
    r.window.recentWithinShare !== null
      ? `Last two weeks: ${percent(r.window.recentWithinShare)} of what you noted was inside your window${r.window.earlyWithinShare !== null ? ` (at first: ${percent(r.window.earlyWithinShare)})` : ''}.`
      : 'No body or window states noted in the last two weeks.',
  );

  if (r.notEnoughData.length > 0) {
    lines.push(...heading('Not enough yet'));
    for (const s of r.notEnoughData) lines.push(`• ${s}`);
  }
  lines.push('', CLOSING);
  return lines;
}
