#!/usr/bin/env python3
"""Reference values for Headway's statistics core (src/core/stats), computed with SciPy.

Generates test series deterministically (numpy RandomState with fixed seeds) and writes
calibration/scipy-reference.json: every input and SciPy's outputs in full double precision
(Python's float repr round-trips exactly through JSON.parse). NaN is written as null.

    python3 calibration/scipy_reference.py

See calibration/README.md for what the TypeScript tests compare, and to what tolerance.
"""
import json
import math
import os
import platform
import sys
import warnings

import numpy as np
import scipy
from scipy import special, stats

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "scipy-reference.json")

SHORT = [3, 4, 5, 8]
MEDIUM = [20, 50]
LONG = [200, 1000]
CONFIDENCES = [0.95, 0.90]
EXACT_MAX_N = 60


def num(v):
    """A Python float (full precision) or None for NaN."""
    v = float(v)
    return None if math.isnan(v) else v


def days(rng, n, per_day):
    """Sorted day numbers with gaps; per_day > 1 puts several entries on the same day."""
    if per_day == 1:
        gaps = rng.randint(1, 4, size=n)  # 1-3 days between entries: distinct days
        return np.cumsum(gaps) - gaps[0]
    day, out = 0, []
    while len(out) < n:
        out.extend([day] * rng.randint(1, per_day + 1))
        day += rng.randint(1, 3)
    return np.array(out[:n])


def intensity(rng, x, drift):
    """Integer intensities 0-10 (ties in y), drifting by `drift` per day."""
    span = max(float(x[-1] - x[0]), 1.0)
    base = 6.0 + drift * (x - x[0]) * (30.0 / span) + rng.normal(0.0, 1.5, size=len(x))
    return np.clip(np.rint(base), 0, 10).astype(int)


def continuous(rng, x, drift):
    """Continuous values rounded to 1e-4 (untied for n <= 60, checked below)."""
    return np.round(20.0 + drift * (x - x[0]) + rng.normal(0.0, 4.0, size=len(x)), 4)


KINDS = {
    # name: (entries per day at most, y generator, drift)
    "intensity-trending-down": (1, intensity, -0.12),
    "intensity-flat": (1, intensity, 0.0),
    "intensity-same-day-entries": (3, intensity, -0.08),
    "continuous-flat": (1, continuous, 0.0),
    "continuous-trending-up": (1, continuous, 0.15),
    "continuous-same-day-entries": (3, continuous, -0.1),
}


def to_list(a):
    return [int(v) if float(v).is_integer() else float(v) for v in a]


def theil(y, x):
    out = {}
    for conf in CONFIDENCES:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            r = stats.theilslopes(y, x, alpha=conf, method="separate")
        out[repr(conf)] = {"slope": num(r[0]), "intercept": num(r[1]), "low": num(r[2]), "high": num(r[3])}
    return out


def kendall(x, y):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        a = stats.kendalltau(x, y, method="asymptotic")
    tied = len(set(x.tolist())) < len(x) or len(set(y.tolist())) < len(y)
    exact = None
    if not tied and len(x) <= EXACT_MAX_N:
        exact = num(stats.kendalltau(x, y, method="exact").pvalue)
    return {"tau": num(a.statistic), "pAsymptotic": num(a.pvalue), "pExact": exact, "tiesInXOrY": tied}


def series():
    out = []
    seed = 20240
    for n in SHORT + MEDIUM + LONG:
        for kind, (per_day, gen, drift) in KINDS.items():
            if n == 1000 and kind.startswith("intensity-flat"):
                continue  # keeps the file small; the other 1000-point series cover the long path
            seed += 1
            rng = np.random.RandomState(seed)
            x = days(rng, n, per_day)
            y = gen(rng, x, drift)
            if gen is continuous and per_day == 1 and n <= EXACT_MAX_N:
                assert len(set(y.tolist())) == n, (kind, n, "unexpected tie in continuous y")
            out.append({"name": f"{kind}-{n}", "seed": seed, "x": to_list(x), "y": to_list(y),
                        "theilslopes": theil(y, x), "kendalltau": kendall(x, y)})
    # Edge cases: the reference shows what SciPy does, the tests what Headway does instead.
    edge = {
        "two-points": ([0, 1], [3, 5]),
        "heavy-ties-negative-sen-variance": ([0] * 9 + [1], [0] * 9 + [1]),
        "y-all-equal": ([0, 1, 2, 3, 4], [5, 5, 5, 5, 5]),
        "x-all-equal": ([2, 2, 2, 2], [1, 4, 2, 8]),
        "perfectly-increasing-60": (list(range(60)), [0.5 * i for i in range(60)]),
        "perfectly-decreasing-61": (list(range(61)), [-0.5 * i for i in range(61)]),
        "one-swap-9": ([0, 1, 2, 3, 4, 5, 6, 7, 8], [0, 1, 2, 3, 5, 4, 6, 7, 8]),
        "balanced-4": ([0, 1, 2, 3], [1, 3, 0, 2]),
    }
    for name, (x, y) in edge.items():
        x, y = np.array(x), np.array(y)
        entry = {"name": f"edge-{name}", "seed": None, "x": to_list(x), "y": to_list(y), "theilslopes": theil(y, x)}
        entry["kendalltau"] = kendall(x, y) if len(x) >= 3 else None
        out.append(entry)
    return out


def normal():
    zs = [float(z) for z in np.arange(-38.0, 9.0001, 0.125)] + [1e-9, -1e-9, 0.6744897, 0.67449, 5.6568, 5.6569]
    ps = [1e-300, 1e-100, 1e-20, 1e-11, 1e-8, 1e-5, 1e-3, 0.01, 0.025, 0.025000000000000022, 0.05000000000000002,
          0.05, 0.074, 0.076, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.924, 0.926, 0.95, 0.975, 0.99, 0.999,
          1 - 1e-8, 1 - 1e-12]
    return {"cdf": [[z, num(special.ndtr(z))] for z in zs], "quantile": [[p, num(special.ndtri(p))] for p in ps]}


def descriptive():
    rng = np.random.RandomState(7)
    qs = [0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 1.0]
    cases = [[4.0], [1.0, 2.0], rng.randint(0, 11, size=15).tolist(), np.round(rng.normal(size=24), 6).tolist()]
    return [{"xs": c, "median": num(np.median(c)), "quantiles": [[q, num(np.quantile(c, q))] for q in qs]} for c in cases]


def main():
    doc = {
        "generator": "calibration/scipy_reference.py",
        "versions": {"scipy": scipy.__version__, "numpy": np.__version__, "python": platform.python_version()},
        "theilslopes": "scipy.stats.theilslopes(y, x, alpha, method='separate') for alpha in " + repr(CONFIDENCES),
        "kendalltau": "scipy.stats.kendalltau(x, y, method='asymptotic'); pExact from method='exact' when untied and n <= 60",
        "series": series(),
        "normal": normal(),
        "descriptive": descriptive(),
    }
    with open(OUT, "w") as f:
        json.dump(doc, f, separators=(",", ":"), allow_nan=False)
        f.write("\n")
    print(f"wrote {OUT} ({os.path.getsize(OUT)} bytes) with scipy {scipy.__version__}, numpy {np.__version__}", file=sys.stderr)


if __name__ == "__main__":
    main()
