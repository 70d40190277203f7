/**
 * The standard normal distribution: its distribution function and its inverse, both to
 * full double precision, so that p-values far in the tail keep their relative accuracy.
 */

// W. J. Cody, "Rational Chebyshev approximations for the error function", Math. Comp. 23
// (1969) 631–637, in the form of ALGORITHM 715 (SPECFUN, ACM TOMS 19 (1993) 22–32) that
// R's pnorm uses. Near-minimax coefficients for |z| ≤ 0.674, 0.674 < |z| ≤ √32 and beyond.
const CODY_A = [2.2352520354606839287, 161.02823106855587881, 1067.6894854603709582, 18154.981253343561249, 0.065682337918207449113];
const CODY_B = [47.20258190468824187, 976.09855173777669322, 10260.932208618978205, 45507.789335026729956];
const CODY_C = [
  0.39894151208813466764, 8.8831497943883759412, 93.506656132177855979, 597.27027639480026226, 2494.5375852903726711,
  6848.1904505362823326, 11602.651437647350124, 9842.7148383839780218, 1.0765576773720192317e-8,
];
const CODY_D = [
  22.266688044328115691, 235.38790178262499861, 1519.377599407554805, 6485.558298266760755, 18615.571640885098091,
  34900.952721145977266, 38912.003286093271411, 19685.429676859990727,
];
const CODY_P = [0.21589853405795699, 0.1274011611602473639, 0.022235277870649807, 0.001421619193227893466, 2.9112874951168792e-5, 0.02307344176494017303];
const CODY_Q = [1.28426009614491121, 0.468238212480865118, 0.0659881378689285515, 0.00378239633202758244, 7.29751555083966205e-5];
const ONE_OVER_SQRT_2PI = 0.398942280401432677939946059934;
const SQRT_32 = 5.656854249492380195206754896838;

/** c[i] for the coefficient arrays above, which are fixed-length literals. */
const at = (c: readonly number[], i: number): number => c[i]!;

/**
 * exp(−y²/2), computed as exp(−a²/2)·exp(−(y−a)(y+a)/2) with a = y rounded down to a
 * multiple of 1/16, so that the rounding error of y² is not magnified by the exponential
 * (Cody's device for the tails).
 */
function gaussianFactor(y: number): number {
  const a = Math.trunc(y * 16) / 16;
  const del = (y - a) * (y + a);
  return Math.exp(-a * a * 0.5) * Math.exp(-del * 0.5);
}

/**
 * Φ(z) = P(Z ≤ z) for a standard normal Z (z dimensionless, in standard deviations).
 * W. J. Cody's rational Chebyshev approximations (Math. Comp. 1969; TOMS 715), as in R's
 * pnorm: relative error near 1e-16 over the whole line down to z ≈ −37.5; below that Φ is
 * subnormal (fewer digits), and 0 from z = −38.5. Each tail is computed directly, so
 * 2·Φ(−|z|) is an accurate two-sided p-value. NaN for NaN.
 */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) return NaN;
  const y = Math.abs(z);
  if (y <= 0.67448975) {
    let num = 0;
    let den = 0;
    if (y > Number.EPSILON * 0.5) {
      const zsq = z * z;
      num = at(CODY_A, 4) * zsq;
      den = zsq;
      for (let i = 0; i < 3; i++) {
        num = (num + at(CODY_A, i)) * zsq;
        den = (den + at(CODY_B, i)) * zsq;
      }
    }
    return 0.5 + (z * (num + at(CODY_A, 3))) / (den + at(CODY_B, 3));
  }
  // `upper` is P(Z > y) for y = |z|.
  let upper: number;
  if (y <= SQRT_32) {
    let num = at(CODY_C, 8) * y;
    let den = y;
    for (let i = 0; i < 7; i++) {
      num = (num + at(CODY_C, i)) * y;
      den = (den + at(CODY_D, i)) * y;
    }
    upper = gaussianFactor(y) * ((num + at(CODY_C, 7)) / (den + at(CODY_D, 7)));
  } else if (y < 38.5) {
    const ysq = 1 / (y * y);
    let num = at(CODY_P, 5) * ysq;
    let den = ysq;
    for (let i = 0; i < 4; i++) {
      num = (num + at(CODY_P, i)) * ysq;
      den = (den + at(CODY_Q, i)) * ysq;
    }
    const r = (ysq * (num + at(CODY_P, 4))) / (den + at(CODY_Q, 4));
    upper = gaussianFactor(y) * ((ONE_OVER_SQRT_2PI - r) / y);
  } else {
    upper = 0;
  }
  return z > 0 ? 1 - upper : upper;
}

// M. J. Wichura, "Algorithm AS 241: The percentage points of the normal distribution",
// Applied Statistics 37 (1988) 477–484, PPND16: coefficients for |p − ½| ≤ 0.425, for
// r = √(−ln min(p, 1−p)) ≤ 5, and beyond.
const AS241_A = [3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125, 45921.953931549871457, 67265.770927008700853, 33430.575583588128105, 2509.0809287301226727];
const AS241_B = [1, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077, 21213.794301586595867, 39307.89580009271061, 28729.085735721942674, 5226.495278852854561];
const AS241_C = [1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504, 1.27045825245236838258, 0.24178072517745061177, 0.0227238449892691845833, 7.7454501427834140764e-4];
const AS241_D = [1, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455, 0.14810397642748007459, 0.0151986665636164571966, 5.475938084995344946e-4, 1.05075007164441684324e-9];
const AS241_E = [6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 0.29656057182850489123, 0.026532189526576123093, 0.0012426609473880784386, 2.71155556874348757815e-5, 2.01033439929228813265e-7];
const AS241_F = [1, 0.59983220655588793769, 0.13692988092273580531, 0.0148753612908506148525, 7.868691311456132591e-4, 1.8463183175100546818e-5, 1.4215117583164458887e-7, 2.04426310338993978564e-15];

/** Σ c[i]·r^i by Horner's rule, highest power first. */
function poly(c: readonly number[], r: number): number {
  let acc = 0;
  for (let i = c.length - 1; i >= 0; i--) acc = acc * r + at(c, i);
  return acc;
}

/**
 * Φ⁻¹(p): the z (in standard deviations) with P(Z ≤ z) = p, for p in [0, 1].
 * Wichura's AS 241 (PPND16), relative accuracy about 1e-16: the rational approximation in
 * q = p − ½ near the centre, and in r = √(−ln min(p, 1 − p)) in the tails, which keeps
 * full accuracy down to p = 1e-300. −Infinity at 0, +Infinity at 1, NaN outside [0, 1].
 */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * poly(AS241_A, r)) / poly(AS241_B, r);
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let z: number;
  if (r <= 5) {
    r -= 1.6;
    z = poly(AS241_C, r) / poly(AS241_D, r);
  } else {
    r -= 5;
    z = poly(AS241_E, r) / poly(AS241_F, r);
  }
  return q < 0 ? -z : z;
}
