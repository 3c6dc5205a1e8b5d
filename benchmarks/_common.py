"""Helpers shared by the benchmark scripts: wall time of a call, peak memory of this process, writing a record.

The scripts are run from the repository root as `python benchmarks/NAME.py`, so this folder is on `sys.path` and they
import these with `from _common import ...`.
"""
from __future__ import annotations
import json, sys, time
from pathlib import Path
from typing import Callable

from dgkip.rundir import peak_rss_mib  # noqa: F401 (re-exported for the scripts; dgkip.rundir imports no jax, so a scikit-learn worker stays free of it)


def timed(f: Callable  # a function of no arguments
         ) -> tuple[float, object]:
    "(wall seconds, result) of one call of `f`."
    t0 = time.perf_counter()
    out = f()
    return time.perf_counter() - t0, out


def write_record(out,  # the JSON file to write
                 make: Callable  # a function of no arguments returning the record's fields (rows, settings, ...)
                ) -> dict:
    "Run `make` and write its fields to `out` after this command's provenance (taken first), with the seconds it took."
    from dgkip.distill import provenance, _jsonable
    head = provenance('python ' + ' '.join(sys.argv))
    seconds, fields = timed(make)
    rec = dict(head, **fields, seconds=round(seconds, 1))
    Path(out).write_text(json.dumps(_jsonable(rec), indent=1, ensure_ascii=False))
    print(f'wrote {out} in {rec["seconds"]} s')
    return rec
