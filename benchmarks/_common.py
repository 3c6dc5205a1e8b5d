"""Helpers shared by the benchmark scripts: wall time of a call, peak memory of this process, writing a record.

The scripts are run from the repository root as `python benchmarks/NAME.py`, so this folder is on `sys.path` and they
import these with `from _common import ...`.
"""
from __future__ import annotations
import json, shlex, sys, time
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
    head = provenance('python ' + shlex.join(sys.argv))
    seconds, fields = timed(make)
    rec = dict(head, **fields, seconds=round(seconds, 1))
    Path(out).write_text(json.dumps(_jsonable(rec), indent=1, ensure_ascii=False))
    print(f'wrote {out} in {rec["seconds"]} s')
    return rec


def config_rows(configs: dict,  # configuration name -> keywords of `dgkip.distill.distill` (everything else: its defaults)
                seeds,  # the seeds to run each configuration with
                dataset: str, classes, ipcs=(10,), loss: str = 'lr', **run_kw  # the task, and keywords given to every run
               ) -> list:
    "One row per configuration, IPC and seed: test accuracy of the set (and along the run, `curve`) beside theta*_O's, the certificate, the seconds."
    from dgkip.distill import distill, bound_holds, _jsonable
    out = []
    for name, kw in configs.items():
        for ipc in ipcs:
            for s in seeds:
                t = time.perf_counter()
                r = distill(dataset, classes, ipc=ipc, loss=loss, seed=s, progress=False, **run_kw, **kw)
                f, first = r.meta['final'], r.history[0]
                out.append(dict(config=name, settings=kw, dataset=dataset, ipc=ipc, loss=loss, seed=s,
                                acc_O=100 * r.meta['theta_O']['test_acc'], acc_S=100 * f['test_acc'],
                                **({'acc_init': 100 * first['test_acc']} if 'test_acc' in first else {}),
                                rel_bound=f['rel_bound'], deviation=f['deviation'], bound_holds=bound_holds(f),
                                curve=[[h['step'], 100 * h['test_acc']] for h in r.history if 'test_acc' in h],
                                seconds=round(time.perf_counter() - t, 1)))
                print(json.dumps(_jsonable(out[-1])), flush=True)
    return out
