/**
 * A bounded list of problems: the first `limit` are kept with their words, every one is
 * counted. A hostile or badly damaged file can hold millions of problems; keeping them
 * all once exhausted the server's memory and made a 115 MB answer nobody could read,
 * while the first hundred and the total say all a person can act on (as compilers stop
 * listing errors after a while and say how many there were).
 */

/** One thing wrong, at its path in the document (`moments[12].intensity`; "" for the whole document). */
export interface Problem {
  path: string;
  message: string;
}

/** How many problems an answer lists at most; the rest are counted. */
export const PROBLEM_LIMIT = 100;

export class ProblemList {
  private readonly kept: Problem[] = [];
  private total = 0;

  constructor(readonly limit: number = PROBLEM_LIMIT) {}

  add(path: string, message: string): void {
    this.total++;
    if (this.kept.length < this.limit) this.kept.push({ path, message });
  }

  /** Counts `n` more problems without their words, for a caller that knows the list is full. */
  countMore(n: number): void {
    this.total += n;
  }

  /** True when a further problem would only be counted, so a caller may skip wording it. */
  get full(): boolean {
    return this.kept.length >= this.limit;
  }

  /** Every problem found, listed or not. */
  get count(): number {
    return this.total;
  }

  /** The first `limit` problems, in the order they were found. */
  get problems(): readonly Problem[] {
    return this.kept;
  }

  /** Adds `other`'s problems after this list's own, as if they had been found here. */
  append(other: ProblemList): void {
    for (const p of other.kept) {
      if (this.kept.length >= this.limit) break;
      this.kept.push(p);
    }
    this.total += other.total;
  }
}
