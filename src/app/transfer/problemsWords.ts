/**
 * "3 problems", or for a file with more than are listed, "1,000,000 problems (the first
 * 100 are listed)": a person reading a short list is told it is not the whole story.
 */
export function problemsWords(count: number, listed: number): string {
  const total = `${count.toLocaleString('en')} problem${count === 1 ? '' : 's'}`;
  return listed < count ? `${total} (the first ${listed} are listed)` : total;
}
