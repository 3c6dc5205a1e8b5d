"""Helpers shared by the benchmark scripts: wall time of a call, peak memory of this process.

The scripts are run from the repository root as `python benchmarks/NAME.py`, so this folder is on `sys.path` and they
import these with `from _common import ...`.
"""
from __future__ import annotations
import time
from typing import Callable

from dgkip.rundir import peak_rss_mib  # noqa: F401 (re-exported for the scripts; dgkip.rundir imports no jax, so a scikit-learn worker stays free of it)


def timed(f: Callable  # a function of no arguments
         ) -> tuple[float, object]:
    "(wall seconds, result) of one call of `f`."
    t0 = time.perf_counter()
    out = f()
    return time.perf_counter() - t0, out
