/** The report's number words: one style for durations, no "About 0%", and p always beside plain words. */
import { describe, expect, it } from 'vitest';
import { chanceAndP, chanceWords, duration, evennessWords, percent, pValue, score, shareWords } from './words.js';

describe('duration: one style for every page', () => {
  it('says minutes and hours the way a person would', () => {
    expect(duration(0.4)).toBe('under a minute');
    expect(duration(1)).toBe('about 1 minute');
    expect(duration(7)).toBe('about 7 minutes');
    expect(duration(43)).toBe('about 45 minutes');
    expect(duration(70)).toBe('about an hour');
    expect(duration(150)).toBe('about 2½ hours');
    expect(duration(163)).toBe('about 2½ hours');
    expect(duration(180)).toBe('about 3 hours');
    expect(duration(1455)).toBe('about 24 hours');
    expect(duration(3 * 1440)).toBe('about 3 days');
  });

  it('never uses the "2 h 43 min" or "2.5 hours" styles', () => {
    for (let m = 0; m < 5000; m += 7) expect(duration(m)).not.toMatch(/\d h\b|\bmin\b|\d\.\d/);
  });
});

describe('percent and shareWords', () => {
  it('never round a small share to "0%" or a near-whole one to "100%"', () => {
    expect(percent(0.003)).toBe('less than 1%');
    expect(percent(0.997)).toBe('more than 99%');
    expect(percent(0)).toBe('0%');
    expect(percent(0.38)).toBe('38%');
  });

  it('put a share into a sentence without "about 0%"', () => {
    expect(shareWords(0)).toBe('none');
    expect(shareWords(0.002)).toBe('less than 1%');
    expect(shareWords(0.38)).toBe('about 38%');
    expect(shareWords(1)).toBe('all');
    for (let s = 0; s <= 1; s += 0.001) expect(shareWords(s)).not.toMatch(/about 0%|about 100%/);
  });
});

describe('p-values come with plain words', () => {
  it('says how likely chance is, then the number', () => {
    expect(chanceAndP(0.0004)).toBe('very unlikely to be chance (p < 0.001)');
    expect(chanceAndP(0.03)).toBe('unlikely to be chance (p = 0.03)');
    expect(chanceWords(0.5)).toBe('it could well be chance');
    expect(pValue(0.0032)).toBe('p = 0.003');
  });
});

describe('scores and evenness', () => {
  it('writes a 0–10 score in halves', () => {
    expect(score(7.4)).toBe('7.5/10');
    expect(score(6)).toBe('6/10');
  });

  it('describes how evenly strategies are used, without the number', () => {
    expect(evennessWords(0.96)).toBe('a wide and fairly even mix');
    expect(evennessWords(0.5)).toBe('a fair mix with a few favourites');
    expect(evennessWords(0.1)).toBe('a few strategies doing most of the work');
  });
});
