"""Benchmark: NNGP random featurisation (dgkip.features.featurize) against this machine's float32 matmul peak.

Featurises the 12,665 MNIST 0-vs-1 training images (28x28x1; loaded through dgkip.data, or same-shaped uniform random
images when the data are not available: the output says which) with the paper's FC setting (3 x 1024, 30 networks x 256
outputs) and ConvNet setting (3 x 256 channels, 8 networks x 1024 outputs), and prints for each: images/s, achieved
GFLOP/s (analytic count, `featurizer_flops`: 2*in*out per dense layer, 2*3*3*Cin*Cout*H*W per conv, per network, times
networks), peak memory, and the ratio to the float32 matmul peak measured in the same run (a jitted 4096^3 matmul,
best of 5, measured before and after the featurisation, the larger kept). Compilation is excluded (one warm-up chunk).
Run from the repository root:

    .venv/bin/python benchmarks/features_bench.py                 # both architectures, all 12,665 images
    .venv/bin/python benchmarks/features_bench.py --arch fc       # one architecture
    .venv/bin/python benchmarks/features_bench.py --quick         # smoke run: 1024 FC / 64 ConvNet images, 2048^3 matmul
    .venv/bin/python benchmarks/features_bench.py --n 2000 --chunk-conv 128
"""
from __future__ import annotations
import argparse, json, sys
from pathlib import Path

import numpy as np
import jax
import jax.numpy as jnp

from dgkip.data import load
from dgkip.features import PAPER, featurize, featurizer_flops, make_featurizer
from _common import peak_rss_mib, timed

N_MNIST01 = 12665  # MNIST training images of classes 0 and 1 (5923 + 6742)


def peak_device_mib() -> float | None:
    "Peak memory in use on the first device (accelerators only; None where jax does not report it)."
    stats = jax.local_devices()[0].memory_stats() if hasattr(jax.local_devices()[0], 'memory_stats') else None
    return stats['peak_bytes_in_use'] / 2**20 if stats and 'peak_bytes_in_use' in stats else None


def matmul_peak(n: int = 4096, reps: int = 5) -> float:
    "Best float32 GFLOP/s of a jitted n x n x n matmul."
    a = jax.random.normal(jax.random.key(0), (n, n), jnp.float32)
    b = jax.random.normal(jax.random.key(1), (n, n), jnp.float32)
    f = jax.jit(lambda a, b: a @ b)
    f(a, b).block_until_ready()
    best = min(timed(lambda: f(a, b).block_until_ready())[0] for _ in range(reps))
    return 2 * n**3 / best / 1e9


def mnist01(n: int, kind: str) -> tuple[np.ndarray, str]:
    "n images of MNIST shape: real MNIST 0-vs-1 training digits if available (kind 'auto'), else uniform random."
    if kind == 'auto':
        try:
            x, _ = load('mnist', 'train', classes=(0, 1))
            reps = -(-n // len(x))
            return np.ascontiguousarray(np.concatenate([x] * reps)[:n], np.float32), f'MNIST 0-vs-1 train ({len(x)} images)'
        except Exception as e:  # no data here: fall back, and say so
            print(f'# MNIST not available ({type(e).__name__}: {e}); using random images', file=sys.stderr)
    x = np.random.default_rng(0).uniform(size=(n, 28, 28, 1)).astype(np.float32)
    return x, 'uniform random images (28x28x1)'


def bench_arch(arch: str, x: np.ndarray, chunk: int, peak: float) -> dict:
    "Featurise x with the paper's `arch` setting; rates exclude compilation."
    feat = make_featurizer(arch, jax.random.key(0), x.shape[1:])
    featurize(feat, x[:chunk], chunk=chunk)  # warm-up: compiles the chunk function once
    secs, phi = timed(lambda: featurize(feat, x, chunk=chunk))
    assert phi.shape == (len(x), feat.dim) and np.all(np.isfinite(phi))
    flops = featurizer_flops(feat) * len(x)
    gflops = flops / secs / 1e9
    return dict(arch=arch, n=len(x), D=feat.dim, chunk=chunk, seconds=secs, images_per_s=len(x) / secs,
                gflop_per_image=featurizer_flops(feat) / 1e9, gflops=gflops, ratio_to_matmul_peak=gflops / peak,
                **{k: PAPER[arch][k] for k in ('n_nets', 'width', 'depth', 'out_dim')})


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    p.add_argument('--arch', nargs='+', default=['fc', 'conv'], choices=['fc', 'conv'])
    p.add_argument('--n', type=int, default=None, help=f'images (default {N_MNIST01}; --quick: 1024 FC, 64 ConvNet)')
    p.add_argument('--chunk-fc', type=int, default=1024, help='images per jitted call, FC')
    p.add_argument('--chunk-conv', type=int, default=256, help='images per jitted call, ConvNet')
    p.add_argument('--data', choices=['auto', 'random'], default='auto', help='auto: MNIST 0-vs-1 if available')
    p.add_argument('--matmul', type=int, default=None, help='matmul size for the peak (default 4096; --quick: 2048)')
    p.add_argument('--quick', action='store_true', help='smoke run')
    p.add_argument('--json', type=str, default=None, help='also write the results to this file')
    a = p.parse_args(argv)
    mm = a.matmul or (2048 if a.quick else 4096)
    print(f'# jax {jax.__version__}, backend {jax.default_backend()}, devices {jax.local_devices()}')
    peak_before = matmul_peak(mm)
    print(f'# float32 matmul peak ({mm}^3, best of 5): {peak_before:.1f} GFLOP/s')
    rows, results = [], []
    for arch in a.arch:
        n = a.n or ((1024 if arch == 'fc' else 64) if a.quick else N_MNIST01)
        chunk = min(a.chunk_fc if arch == 'fc' else a.chunk_conv, n)
        x, what = mnist01(n, a.data)
        rows.append(bench_arch(arch, x, chunk, peak_before) | dict(data=what))
    peak_after = matmul_peak(mm)
    peak = max(peak_before, peak_after)
    print(f'# float32 matmul peak after: {peak_after:.1f} GFLOP/s; using the larger, {peak:.1f} GFLOP/s')
    dev = peak_device_mib()
    print(f'# peak host memory (VmHWM) {peak_rss_mib():.0f} MiB' + (f', peak device memory {dev:.0f} MiB' if dev else ''))
    print(f"{'arch':5} {'n':>6} {'D':>5} {'chunk':>5} {'GFLOP/img':>9} {'s':>8} {'img/s':>9} {'GFLOP/s':>8} {'/peak':>6}  data")
    for r in rows:
        r['ratio_to_matmul_peak'] = r['gflops'] / peak
        print(f"{r['arch']:5} {r['n']:6d} {r['D']:5d} {r['chunk']:5d} {r['gflop_per_image']:9.3f} {r['seconds']:8.2f} "
              f"{r['images_per_s']:9.1f} {r['gflops']:8.1f} {r['ratio_to_matmul_peak']:6.1%}  {r['data']}")
    out = dict(jax=jax.__version__, backend=jax.default_backend(), matmul_size=mm, matmul_peak_before=peak_before,
               matmul_peak_after=peak_after, matmul_peak=peak, peak_host_mib=peak_rss_mib(), peak_device_mib=dev,
               command=' '.join(sys.argv), results=rows)
    if a.json: Path(a.json).write_text(json.dumps(out, indent=1))
    return out


if __name__ == '__main__':
    main()
