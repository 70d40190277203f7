/**
 * What the import screen says below a problem list the server cut short (it lists the
 * first 100): how many more there are, and that the journal is as it was.
 */
export function moreProblemsWords(listed: number, count: number | undefined): string | null {
  if (count === undefined || count <= listed) return null;
  const more = count - listed;
  return `…and ${more.toLocaleString('en')} more like ${listed === 1 ? 'this' : 'these'}, not listed here. Nothing was imported, so your journal is just as it was.`;
}
