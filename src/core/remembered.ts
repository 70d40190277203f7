/**
 * A pure function of a string, with its results remembered: a person names the same few
 * triggers, strategies and practices again and again, and cleaning or reading a name on
 * every entry logged was a visible cost (docs/PERFORMANCE.md). Up to `kept` results are
 * held; then it starts afresh. Only for functions whose result depends on the string alone.
 */
export function remembered<V>(fn: (text: string) => V, kept = 1000): (text: string) => V {
  const results = new Map<string, V>();
  return (text) => {
    let result = results.get(text);
    if (result === undefined) {
      result = fn(text);
      if (results.size >= kept) results.clear();
      results.set(text, result);
    }
    return result;
  };
}
