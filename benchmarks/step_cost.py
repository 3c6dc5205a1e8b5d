"""Benchmark: where one DGKIP step spends its time as the synthetic set grows, per architecture.

One DGKIP step featurises S through the M random networks, takes the gap at theta*_O and differentiates it back to
the pixels. Everything but the networks costs O(n_S * D); the networks cost O(n_S) times a per-image cost that is
large for ConvNets. This script times, for IPC 1, 10 and 50 of a two-class (or K-class) task, with the feature maps
of the cpu, wallclock and multiclass benchmark presets (`dgkip.bench.MID_FEATURES`: FC D = 1024, ConvNet D = 512) on
28x28x1 images:

  * `feat_fwd`: featurising S (forward only);
  * `feat_vjp`: featurising S and pulling a cotangent back to the pixels (what the step does with the networks);
  * `step`: the whole jitted DGKIP step (value and gradient of the gap, the optimiser update);

each the median of --reps calls after two warm-up calls (compilation excluded), for both ways of running the M
networks (`net_loop` 'vmap': one batched program over the networks; 'map': one network after another, the default
for ConvNets, which bounds memory). It prints a table and the growth IPC 1 -> 50 of each, and writes a record with
its commit, command and machine. Run from the repository root:

    .venv/bin/python benchmarks/step_cost.py --json benchmarks/results/step_cost.json
    .venv/bin/python benchmarks/step_cost.py --quick        # a smoke run: IPC 1 and 2, FC only, 3 repeats
"""
from __future__ import annotations
import argparse, json, statistics, sys, time
from pathlib import Path

import jax
import jax.numpy as jnp

from dgkip.bench import MID_FEATURES
from dgkip.distill import _compiled, _jsonable, get_loss, init_state, make_optimizer, provenance
from dgkip.features import make_featurizer
from dgkip.objectives import HINGE_SMOOTHING
from _common import peak_rss_mib

SHAPE = (28, 28, 1)


def median_seconds(f, reps: int) -> float:
    "Median wall time of `reps` calls of f() (results waited for), after two warm-up calls."
    for _ in range(2): jax.block_until_ready(f())
    ts = []
    for _ in range(reps):
        t = time.perf_counter(); jax.block_until_ready(f()); ts.append(time.perf_counter() - t)
    return statistics.median(ts)


def one_setting(arch: str, net_loop: str, ipc: int, classes: int, reps: int) -> dict:
    "Seconds of featurising, featurising with its pullback, and the whole step, for n_S = classes * ipc random images."
    fmap = make_featurizer(arch, jax.random.key(0), SHAPE, net_loop=net_loop, **MID_FEATURES[arch])
    n = classes * ipc
    x = jax.random.uniform(jax.random.key(1), (n, *SHAPE), jnp.float32)
    fwd = jax.jit(fmap.apply)
    ct = jax.random.normal(jax.random.key(2), (n, fmap.dim), jnp.float32)
    vjp = jax.jit(lambda p, x: jax.grad(lambda x: jnp.vdot(fmap.apply(p, x), ct))(x))
    loss = get_loss('logistic' if classes == 2 else 'softmax')
    step = _compiled(fmap.apply, loss, 1e-2, True, HINGE_SMOOTHING)[0]
    y = jnp.where(jnp.arange(n) % 2 == 0, -1.0, 1.0) if classes == 2 else jax.nn.one_hot(jnp.arange(n) % classes, classes)
    theta = jax.random.normal(jax.random.key(3), (fmap.dim,) if classes == 2 else (fmap.dim, classes), jnp.float32)
    state = init_state(jax.random.key(4), x, y, make_optimizer(1e-2))
    lam_S = jnp.float32(n * 1e-4)
    return dict(arch=arch, net_loop=net_loop, ipc=ipc, n_S=n, D=fmap.dim,
                feat_fwd=median_seconds(lambda: fwd(fmap.params, x), reps),
                feat_vjp=median_seconds(lambda: vjp(fmap.params, x), reps),
                step=median_seconds(lambda: step(state, fmap.params, theta, lam_S)[1], reps))


def growth(rows: list, key: str) -> dict:
    "(arch/net_loop) -> ratio of `key` at the largest IPC to the smallest."
    out = {}
    for k in dict.fromkeys(f"{r['arch']}/{r['net_loop']}" for r in rows):
        rs = [r for r in rows if f"{r['arch']}/{r['net_loop']}" == k]
        out[k] = max(rs, key=lambda r: r['ipc'])[key] / min(rs, key=lambda r: r['ipc'])[key]
    return out


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    p.add_argument('--archs', nargs='+', default=['fc', 'conv'], choices=['fc', 'conv'])
    p.add_argument('--ipcs', type=int, nargs='+', default=[1, 10, 50])
    p.add_argument('--classes', type=int, default=2, help='classes of the task (2: binary logistic; more: softmax)')
    p.add_argument('--reps', type=int, default=10)
    p.add_argument('--quick', action='store_true', help='smoke run: FC, IPC 1 and 2, 3 repeats')
    p.add_argument('--json', default=None, help='write the record here')
    a = p.parse_args(argv)
    if a.quick: a.archs, a.ipcs, a.reps = ['fc'], [1, 2], 3
    rows = []
    print(f"{'arch':5s} {'loop':5s} {'IPC':>4s} {'n_S':>5s} {'feat fwd s':>11s} {'feat+vjp s':>11s} {'step s':>9s} {'networks share':>15s}")
    for arch in a.archs:
        for loop in ('vmap', 'map'):
            for ipc in a.ipcs:
                r = one_setting(arch, loop, ipc, a.classes, a.reps); rows.append(r)
                print(f"{arch:5s} {loop:5s} {ipc:4d} {r['n_S']:5d} {r['feat_fwd']:11.5f} {r['feat_vjp']:11.5f} {r['step']:9.5f} "
                      f"{r['feat_vjp'] / r['step']:15.2f}", flush=True)
    g = {k: growth(rows, k) for k in ('feat_fwd', 'feat_vjp', 'step')}
    print(f'growth from IPC {min(a.ipcs)} to {max(a.ipcs)}:')
    for k in g['step']: print(f"  {k:10s} step x{g['step'][k]:.1f}, networks (fwd + vjp) x{g['feat_vjp'][k]:.1f}")
    rec = dict(provenance('python ' + ' '.join(sys.argv)), features={k: MID_FEATURES[k] for k in a.archs}, classes=a.classes,
               reps=a.reps, rows=rows, growth=g, peak_rss_mib=peak_rss_mib())
    if a.json: Path(a.json).write_text(json.dumps(_jsonable(rec), indent=1))
    return 0


if __name__ == '__main__':
    sys.exit(main())
