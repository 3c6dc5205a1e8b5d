"""Helpers shared by the benchmark scripts: wall time of a call, peak memory of this process.

The scripts are run from the repository root as `python benchmarks/NAME.py`, so this folder is on `sys.path` and they
import these with `from _common import ...`.
"""
from __future__ import annotations
import time
from pathlib import Path
from typing import Callable


def timed(f: Callable  # a function of no arguments
         ) -> tuple[float, object]:
    "(wall seconds, result) of one call of `f`."
    t0 = time.perf_counter()
    out = f()
    return time.perf_counter() - t0, out


def peak_rss_mib() -> float:
    "Peak resident memory of this process (VmHWM) in MiB."
    status = Path('/proc/self/status')
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith('VmHWM:'): return int(line.split()[1]) / 1024
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
