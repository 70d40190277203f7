/**
 * From the computed sections to words: the evidence lines behind the mode, and the
 * invisible-progress sentences. Every sentence states its numbers; none is made when
 * the numbers do not support it (each depends on a trend whose status is "improving").
 */
import { count } from '../words/plural.js';
import { triggerLeaning } from './leaning.js';
import type { CopingLoad, EvidenceLine, HealingWork, InvisibleProgress, Repertoire, TriggerReport, Trend, WindowOfTolerance } from './report.js';
import { chanceWords, decimal, duration, percent, pValue, score, shareWords } from './words.js';

/** How sure, in words first, and what the trend counts: "; very unlikely to be chance (p < 0.001, 53 moments)". */
const sure = (t: Trend, unit: 'moment' | 'week'): string => (t.p === null ? '' : `; ${chanceWords(t.p)} (${pValue(t.p)}, ${count(t.n, unit)})`);

/** A share at the start of a comparison: "51%", "none", "less than 1%". */
const shareThen = (share: number): string => (share <= 0 ? 'none' : shareWords(share).replace(/^about /, ''));

/** What a steady trigger's moments lean toward, said without claiming more than the test can. */
function steadyText(t: TriggerReport): string {
  const i = t.intensity;
  const s = t.settling;
  const numbers =
    i.early !== null && i.recent !== null ? `intensity ${score(i.early)} → ${score(i.recent)}` : '';
  const settle = s.early !== null && s.recent !== null ? `settling ${duration(s.early)} → ${duration(s.recent)}` : '';
  const detail = [numbers, settle, count(t.n, 'moment')].filter((x) => x !== '').join('; ');
  switch (triggerLeaning(t)) {
    case 'lighter-not-clear':
      return `${t.trigger}: a little lighter lately, not yet clearly (${detail}).`;
    case 'heavier-not-clear':
      return `${t.trigger}: a little heavier lately, not yet clearly (${detail}).`;
    case 'mixed':
      return `${t.trigger}: no clear change — a little lighter one way, a little heavier the other (${detail}).`;
    case 'steady':
    case 'improving':
    case 'worsening':
    case 'not-enough-data':
      return `${t.trigger}: holding steady — no clear change yet (${count(t.n, 'moment')}).`;
  }
}

export function recentPhrase(windowDays: number): string {
  return windowDays >= 42 ? 'in the last six weeks' : 'lately';
}

export function triggerProgress(t: TriggerReport, lately: string): InvisibleProgress[] {
  const out: InvisibleProgress[] = [];
  const i = t.intensity;
  const s = t.settling;
  const settleBoth = s.status === 'improving' && s.early !== null && s.recent !== null;
  if (i.status === 'improving' && i.early !== null && i.recent !== null) {
    const text = settleBoth
      ? `${t.trigger} used to hit ${score(i.early)} and take ${duration(s.early ?? 0)} to settle; ${lately} it's ${score(i.recent)} and ${duration(s.recent ?? 0)}.`
      : `${t.trigger} used to hit ${score(i.early)}; ${lately} it's ${score(i.recent)}.`;
    out.push({ text, trigger: t.trigger });
  } else if (settleBoth) {
    out.push({
      text: `${t.trigger} still comes, but it passes sooner: ${duration(s.early ?? 0)} to settle at first, ${duration(s.recent ?? 0)} ${lately}.`,
      trigger: t.trigger,
    });
  }
  const a = t.awareness;
  if (a.status === 'improving' && a.early !== null && a.recent !== null) {
    out.push({
      text: `With “${t.trigger}”, you're spotting the pattern early or letting the thought pass more often: ${shareThen(a.early)} of moments at first, ${shareThen(a.recent)} ${lately}.`,
      trigger: t.trigger,
    });
  }
  return out;
}

/** `windowDays`: how long the early and recent windows are (42, or half of a shorter period). */
export function otherProgress(load: CopingLoad, rep: Repertoire, healing: HealingWork, lately: string, windowDays = 42): InvisibleProgress[] {
  const out: InvisibleProgress[] = [];
  const p = load.perMoment;
  if ((p.status === 'improving' || load.relativeToDistress.status === 'improving') && p.early !== null && p.recent !== null && p.recent < p.early) {
    out.push({ text: `You're reaching for fewer strategies per moment: ${decimal(p.early)} at first, ${decimal(p.recent)} ${lately}. Needing less coping is a sign of healing.` });
  }
  const av = rep.avoidantShareTrend;
  if (av.status === 'improving' && av.early !== null && av.recent !== null) {
    out.push({ text: `Less of your coping is the kind that keeps you stuck: ${shareThen(av.early)} of strategies used were avoidant at first, ${shareThen(av.recent)} ${lately}.` });
  }
  const sh = healing.shiftsPerWeek;
  if (sh.status === 'improving' && sh.early !== null && sh.recent !== null) {
    const weeks = windowDays / 7;
    const inWindow = (perWeek: number) => (Math.round(perWeek * weeks) === 0 ? 'none' : `about ${decimal(perWeek * weeks, 0)}`);
    const span = windowDays % 7 === 0 ? count(weeks, 'week') : count(windowDays, 'day');
    const first = span.startsWith('1 ') ? span.slice(2) : span;
    out.push({ text: `You're noticing more shifts: ${inWindow(sh.early)} in the first ${first}, ${inWindow(sh.recent)} in the last ${first}.` });
  }
  return out;
}

export function evidenceLines(
  triggers: readonly TriggerReport[],
  load: CopingLoad,
  rep: Repertoire,
  healing: HealingWork,
  window: WindowOfTolerance,
): EvidenceLine[] {
  const lines: EvidenceLine[] = [];
  for (const t of triggers) {
    const moved = (dir: 'improving' | 'worsening') => {
      const what = t.intensity.status === dir ? t.intensity : t.settling;
      const fmt = what === t.intensity ? score : duration;
      return what.early !== null && what.recent !== null ? `${fmt(what.early)} at first, ${fmt(what.recent)} lately${sure(what, 'moment')}` : sure(what, 'moment').replace(/^; /, '');
    };
    if (t.status === 'improving') {
      lines.push({ source: 'triggers', points: 'progress', text: `${t.trigger}: easing — ${moved('improving')}.` });
    } else if (t.status === 'worsening') {
      lines.push({ source: 'triggers', points: 'strain', text: `${t.trigger}: harder lately — ${moved('worsening')}.` });
    } else if (t.status === 'steady') {
      lines.push({ source: 'triggers', points: 'steady', text: steadyText(t) });
    }
    if (t.awareness.status === 'improving') {
      lines.push({ source: 'triggers', points: 'progress', text: `${t.trigger}: caught earlier more often${sure(t.awareness, 'moment')}.` });
    }
  }
  const p = load.perMoment;
  if (p.status === 'improving' || load.relativeToDistress.status === 'improving') {
    lines.push({ source: 'copingLoad', points: 'progress', text: `Coping load is falling: ${decimal(p.early ?? 0)} → ${decimal(p.recent ?? 0)} strategies per moment${sure(p, 'week')}.` });
  } else if (p.status === 'worsening') {
    lines.push({ source: 'copingLoad', points: 'strain', text: `Moments are taking more coping lately: ${decimal(p.early ?? 0)} → ${decimal(p.recent ?? 0)} strategies per moment${sure(p, 'week')}.` });
  }
  if (rep.avoidantShareTrend.status === 'improving') {
    lines.push({ source: 'repertoire', points: 'progress', text: `Avoidant strategies are a smaller share of your coping${sure(rep.avoidantShareTrend, 'week')}.` });
  } else if (rep.avoidantShareTrend.status === 'worsening') {
    lines.push({ source: 'repertoire', points: 'strain', text: `Avoidant strategies are a larger share of your coping lately${sure(rep.avoidantShareTrend, 'week')}.` });
  }
  if (rep.overReliance) {
    lines.push({ source: 'repertoire', points: 'steady', text: `${rep.overReliance.strategy} carries ${percent(rep.overReliance.share)} of your coping — good to know, and worth having others to lean on too.` });
  }
  if (healing.shiftsPerWeek.status === 'improving') {
    lines.push({ source: 'healing', points: 'progress', text: `You're noticing more shifts over time${sure(healing.shiftsPerWeek, 'week')}.` });
  }
  if (healing.practicesPerWeek.status === 'improving') {
    lines.push({ source: 'healing', points: 'progress', text: `More healing practice over time${sure(healing.practicesPerWeek, 'week')}.` });
  }
  if (window.recentWithinShare !== null) {
    const strained = window.phase === 'stabilise';
    lines.push({
      source: 'window',
      points: strained ? 'strain' : 'steady',
      text: !strained
        ? `In the last two weeks, ${shareWords(window.recentWithinShare)} of what you noted was inside your window of tolerance.`
        : `In the last two weeks, ${window.recentWithinShare <= 0 ? 'none' : `only ${shareThen(window.recentWithinShare)}`} of what you noted was inside your window${window.recentMeanDistress !== null ? `, with distress around ${decimal(window.recentMeanDistress)}/10` : ''}: steadying comes first.`,
    });
  } else if (window.phase === 'stabilise' && window.recentMeanDistress !== null) {
    lines.push({ source: 'window', points: 'strain', text: `Distress has been around ${decimal(window.recentMeanDistress)}/10 in the last two weeks: steadying comes first.` });
  }
  return lines;
}
