/**
 * Plain words for the numbers in the report, shared by the engine's sentences, the web
 * and the terminal so a page never mixes two styles: "8/10", "about 2½ hours", "38%",
 * "less than 1%", "very unlikely to be chance (p < 0.001)".
 */

/** A 0–10 score: whole numbers as "8/10", halves as "7.5/10". */
export function score(v: number): string {
  const r = Math.round(v * 2) / 2;
  return `${Number.isInteger(r) ? r.toFixed(0) : r.toFixed(1)}/10`;
}

/** 2.5 → "2½", 3 → "3": halves as people write them. */
function halves(x: number): string {
  const whole = Math.floor(x);
  return x - whole >= 0.5 ? `${whole === 0 ? '' : whole}½` : String(whole);
}

/**
 * Minutes as a person would say them, the one style for durations everywhere:
 * "under a minute", "about 3 minutes", "about 45 minutes", "about an hour",
 * "about 2½ hours", "about 24 hours", "about 3 days". Hours count in halves up to ten,
 * in whole hours up to two days (a week's practice adds up to "about 24 hours", not "a day").
 */
export function duration(minutes: number): string {
  if (minutes < 1) return 'under a minute';
  if (minutes < 10) {
    const m = Math.round(minutes);
    return `about ${m} minute${m === 1 ? '' : 's'}`;
  }
  if (minutes < 55) return `about ${Math.round(minutes / 5) * 5} minutes`;
  if (minutes < 90) return 'about an hour';
  if (minutes < 10 * 60) return `about ${halves(Math.round(minutes / 30) / 2)} hours`;
  if (minutes < 48 * 60) return `about ${Math.round(minutes / 60)} hours`;
  return `about ${Math.round(minutes / 1440)} days`;
}

/**
 * A share 0–1 as a percentage for tables and "x → y" pairs: "38%", "0%", "100%"; a share
 * that rounds away but is not zero says so ("less than 1%", "more than 99%").
 */
export function percent(share: number): string {
  if (share > 0 && share < 0.005) return 'less than 1%';
  if (share < 1 && share >= 0.995) return 'more than 99%';
  return `${Math.round(share * 100)}%`;
}

/** A share inside a sentence: "none", "less than 1%", "about 38%", "more than 99%", "all". Never "about 0%". */
export function shareWords(share: number): string {
  if (share <= 0) return 'none';
  if (share >= 1) return 'all';
  const p = percent(share);
  return p.includes('than') ? p : `about ${p}`;
}

export function decimal(v: number, digits = 1): string {
  return v.toFixed(digits).replace(/\.0+$/, '');
}

/** "p < 0.001", "p = 0.003", "p = 0.41". Never shown alone: see chanceAndP. */
export function pValue(p: number): string {
  if (p < 0.001) return 'p < 0.001';
  return `p = ${p < 0.01 ? p.toFixed(3) : p.toFixed(2)}`;
}

/** How likely chance alone is to have made the change, in words, without the jargon. */
export function chanceWords(p: number): string {
  if (p < 0.01) return 'very unlikely to be chance';
  if (p < 0.05) return 'unlikely to be chance';
  if (p < 0.2) return 'it might still be chance';
  return 'it could well be chance';
}

/** The plain words with the number beside them: "very unlikely to be chance (p < 0.001)". */
export function chanceAndP(p: number): string {
  return `${chanceWords(p)} (${pValue(p)})`;
}

/**
 * How evenly strategies are used, from Shannon evenness 0 (one strategy does everything)
 * to 1 (all used alike), as a phrase: "a wide and fairly even mix".
 */
export function evennessWords(evenness: number): string {
  if (evenness >= 0.7) return 'a wide and fairly even mix';
  if (evenness >= 0.4) return 'a fair mix with a few favourites';
  return 'a few strategies doing most of the work';
}
