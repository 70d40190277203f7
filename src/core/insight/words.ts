/** Plain words for numbers in the report: "8/10", "about 3 hours", "40%". */

/** A 0–10 score: whole numbers as "8/10", halves as "7.5/10". */
export function score(v: number): string {
  const r = Math.round(v * 2) / 2;
  return `${Number.isInteger(r) ? r.toFixed(0) : r.toFixed(1)}/10`;
}

/** Minutes as a person would say them: "about 40 minutes", "about 3 hours", "about 2 days". */
export function duration(minutes: number): string {
  if (minutes < 1) return 'under a minute';
  if (minutes < 10) return `about ${Math.round(minutes)} minute${Math.round(minutes) === 1 ? '' : 's'}`;
  if (minutes < 55) return `about ${Math.round(minutes / 5) * 5} minutes`;
  if (minutes < 90) return 'about an hour';
  if (minutes < 60 * 20) {
    const h = Math.round(minutes / 30) / 2;
    return `about ${Number.isInteger(h) ? h.toFixed(0) : h.toFixed(1)} hours`;
  }
  const d = Math.round(minutes / 1440);
  return d <= 1 ? 'about a day' : `about ${d} days`;
}

export const percent = (share: number): string => `${Math.round(share * 100)}%`;

export function decimal(v: number, digits = 1): string {
  return v.toFixed(digits).replace(/\.0+$/, '');
}

/** "p = 0.003", or "p < 0.001" for very small values. */
export function pValue(p: number): string {
  return p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`;
}
