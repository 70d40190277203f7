/**
 * Input checks shared by the statistics functions. A NaN or an infinity in a series, or
 * two series of different lengths, is a bug upstream rather than an outcome a person's
 * data can produce, so these throw instead of returning null: a silent NaN would
 * otherwise flow into every median, slope and p-value computed from it.
 */

/** Throws a RangeError naming `what` unless every entry of `xs` is a finite number. */
export function assertFinite(xs: readonly number[], what: string): void {
  for (let i = 0; i < xs.length; i++) {
    if (!Number.isFinite(xs[i])) throw new RangeError(`${what}: entry ${i} is not a finite number`);
  }
}

/** Throws a RangeError unless `x` and `y` have the same length and hold only finite numbers. */
export function assertPairedFinite(x: readonly number[], y: readonly number[], what: string): void {
  if (x.length !== y.length) throw new RangeError(`${what}: x has ${x.length} values but y has ${y.length}`);
  assertFinite(x, `${what} (x)`);
  assertFinite(y, `${what} (y)`);
}
