"""Benchmark: L2-logistic regression to a certified relative duality gap, dgkip.solvers.fit vs scikit-learn (lbfgs).

Both contenders fit the same float32 features (ReLU random features of MNIST 0-vs-1 training pixels, read by
`dgkip.data.load` from its cache or from the official files in `--data-dir`; or, with `--synthetic`, a two-class set
with a planted signal; or, with `--multiclass`, all ten classes of the 60,000 MNIST training images and the softmax
cross-entropy against scikit-learn's multinomial lbfgs), each in its own subprocess so that wall time and peak memory (VmHWM) are its own. scikit-learn's tolerance is lowered step by step until its solution reaches the
same relative gap, computed for both in float64 with dgkip.duality. Every timing is the median over `--repeat` fresh processes
(all runs are kept in the `--json` record). Run from the repository root:

    .venv/bin/python benchmarks/solver_bench.py                  # MNIST 0 vs 1 via dgkip.data: n = 12665, D = 8192
    .venv/bin/python benchmarks/solver_bench.py --quick          # a random subset: n = 2000, D = 1024
    .venv/bin/python benchmarks/solver_bench.py --data-dir DIR   # DIR: the official MNIST files (see dgkip.data.load)
    .venv/bin/python benchmarks/solver_bench.py --synthetic      # no data needed
    .venv/bin/python benchmarks/solver_bench.py --multiclass     # all of MNIST, 10 classes: n = 60000, D = 8192 (heavy: try --n 10000 first)

In the multiclass mode the relative gap of each solution is computed in float64 by numpy, in row blocks (the float64
features would take 3.9 GB), as P - D with the KKT duals: an independent check of dgkip's own certificate.
"""
from __future__ import annotations
import argparse, json, os, subprocess, sys, tempfile, time
from statistics import median
from pathlib import Path

import numpy as np

from _common import peak_rss_mib


def mnist10(data_dir: str | None = None) -> tuple[np.ndarray, np.ndarray]:
    "All MNIST training digits from dgkip.data, as (x float32 (N, 784) in [0, 1], one-hot label rows float32 (N, 10))."
    from dgkip.data import load
    x, c = load('mnist', 'train', data_dir=data_dir)
    return x.reshape(len(x), -1), np.eye(10, dtype=np.float32)[np.asarray(c)]


def mnist01(data_dir: str | None = None) -> tuple[np.ndarray, np.ndarray]:
    "MNIST training digits 0 (-> -1) and 1 (-> +1) from dgkip.data, as (x float32 (N, 784) in [0, 1], y +-1)."
    from dgkip.data import load
    x, y = load('mnist', 'train', classes=(0, 1), data_dir=data_dir)
    return x.reshape(len(x), -1), y


def synthetic01(n: int, d_in: int, rng) -> tuple[np.ndarray, np.ndarray]:
    "Two classes in d_in dimensions: low-rank structure shared by both, a planted class direction, noise."
    y = np.where(rng.random(n) < 0.5, 1.0, -1.0).astype(np.float32)
    basis = rng.normal(size=(32, d_in)) / np.sqrt(32)
    x = rng.normal(size=(n, 32)) @ basis + 0.5 * rng.normal(size=(n, d_in))
    x += 0.15 * y[:, None] * (basis[0] + basis[1])
    return x.astype(np.float32), y


def relu_features(x: np.ndarray, D: int, rng) -> np.ndarray:
    "ReLU random features sqrt(2/D) max(0, W x) of standardised inputs, float32."
    x = (x - x.mean(0)) / (x.std() + 1e-12)
    W = rng.normal(size=(x.shape[1], D)).astype(np.float32) / np.float32(np.sqrt(x.shape[1]))
    phi = x @ W
    np.maximum(phi, 0, out=phi)
    phi *= np.float32(np.sqrt(2.0 / D))
    return phi


def load_aligned(path: Path, align: int = 64) -> np.ndarray:
    "np.load into a buffer aligned to `align` bytes, so that jax can take it over without a copy (jax.numpy.from_dlpack)."
    with open(path, 'rb') as f:
        version = np.lib.format.read_magic(f)
        read_header = np.lib.format.read_array_header_1_0 if version == (1, 0) else np.lib.format.read_array_header_2_0
        shape, fortran, dtype = read_header(f)
        nbytes = int(np.prod(shape)) * dtype.itemsize
        buf = np.empty(nbytes + align, np.uint8)
        start = (-buf.ctypes.data) % align
        f.readinto(memoryview(buf[start:start + nbytes]))
    return buf[start:start + nbytes].view(dtype).reshape(shape, order='F' if fortran else 'C')


# ---- the contenders, each run as `python solver_bench.py --worker NAME DIR ...` ----

def worker_dgkip(d: Path, lam: float, tol: float, cache: str = '') -> dict:
    import jax.numpy as jnp
    if cache:  # keep / reuse compiled programs on disk, as the `dgkip` command does
        from dgkip.cli import compile_cache
        compile_cache(cache)
    from dgkip.solvers import fit
    host = load_aligned(d / 'phi.npy')
    phi, y = jnp.from_dlpack(host), jnp.asarray(np.load(d / 'y.npy'))
    if phi.unsafe_buffer_pointer() != host.ctypes.data:
        raise RuntimeError('jax copied the features; the memory comparison with scikit-learn would not be like for like')
    loss = 'softmax' if y.ndim == 2 else 'logistic'  # label rows: the K-class cross-entropy
    t = time.perf_counter(); r = fit(phi, y, lam, loss, tol=tol); r.theta.block_until_ready()
    first = time.perf_counter() - t
    t = time.perf_counter(); r = fit(phi, y, lam, loss, tol=tol); r.theta.block_until_ready()
    again = time.perf_counter() - t
    np.save(d / 'theta_dgkip.npy', np.asarray(r.theta))
    return dict(seconds=first, seconds_compiled=again, n_iter=int(r.n_iter), own_rel_gap=float(r.rel_gap),
                converged=bool(r.converged), peak_rss_mib=peak_rss_mib())


def worker_sklearn(d: Path, lam: float, tol: float, dtype: str = 'float32') -> dict:
    import warnings
    from sklearn.linear_model import LogisticRegression
    phi, y = np.load(d / 'phi.npy'), np.load(d / 'y.npy')
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        t = time.perf_counter()
        if dtype != 'float32': phi = phi.astype(dtype)  # timed: the copy is part of what this variant costs
        m = LogisticRegression(C=1.0 / lam, fit_intercept=False, tol=tol, max_iter=100_000).fit(phi, y.argmax(1) if y.ndim == 2 else y)
        sec = time.perf_counter() - t  # label rows: class indices, multinomial (scikit-learn's default for more than two classes)
    np.save(d / f'theta_sklearn_{tol:g}.npy', m.coef_.T if y.ndim == 2 else m.coef_.ravel())
    return dict(seconds=sec, n_iter=int(m.n_iter_[0]), peak_rss_mib=peak_rss_mib(),
                warnings=sorted({type(w.message).__name__ for w in caught}))


def softmax_rel_gap(phi: np.ndarray, Y: np.ndarray, th: np.ndarray, lam: float, block: int = 4096) -> tuple[float, float]:
    "(relative gap, P) of the cross-entropy problem at (theta, its KKT duals A = Y - softmax(phi theta)), as P - D in float64, in row blocks."
    th = th.astype(np.float64)
    loss, ent, v = 0.0, 0.0, np.zeros_like(th)
    for i in range(0, len(phi), block):
        f, y = phi[i:i + block].astype(np.float64), Y[i:i + block].astype(np.float64)
        z = f @ th
        zmax = z.max(1, keepdims=True)
        lse = zmax[:, 0] + np.log(np.exp(z - zmax).sum(1))
        p = np.exp(z - lse[:, None])
        loss += np.sum(lse - np.sum(y * z, 1))
        ent += np.sum(p * np.log(np.where(p > 0, p, 1.0)))  # the conjugate: sum p log p, p = y - a
        v += f.T @ (y - p)
    P = loss + 0.5 * lam * np.sum(th**2)
    D = -ent - np.sum(v**2) / (2 * lam)
    return (P - D) / P, P


def worker_gap(d: Path, lam: float, names: list[str]) -> dict:
    "Relative duality gap P - D of each theta (with its KKT duals), in float64, by dgkip.duality (binary) or numpy in row blocks (K classes)."
    if np.load(d / 'y.npy', mmap_mode='r').ndim == 2:
        phi, Y = np.load(d / 'phi.npy', mmap_mode='r'), np.load(d / 'y.npy')
        return {name: dict(zip(('rel_gap', 'primal'), softmax_rel_gap(phi, Y, np.load(d / f'theta_{name}.npy'), lam))) for name in names}
    import jax.numpy as jnp
    from dgkip.duality import x64, duality_gap, kkt_dual, primal
    out = {}
    with x64():
        phi, y = jnp.asarray(np.load(d / 'phi.npy'), jnp.float64), jnp.asarray(np.load(d / 'y.npy'), jnp.float64)
        for name in names:
            th = jnp.asarray(np.load(d / f'theta_{name}.npy'), jnp.float64)
            a = kkt_dual(phi @ th, y, 'logistic')
            p = primal(th, phi, y, lam, 'logistic')
            out[name] = dict(rel_gap=float(duality_gap(th, a, phi, y, lam, 'logistic') / p), primal=float(p))
    return out


def environment() -> dict:
    "Versions and hardware the figures were measured on: dgkip's own record of its versions, plus the baseline's."
    import platform
    from importlib import metadata
    from dgkip.distill import _versions
    return dict(_versions(), cpus=os.cpu_count(), machine=platform.machine(),
                **{p: metadata.version(p) for p in ('scipy', 'scikit-learn')})


def run_worker(*args) -> dict:
    "Run a worker in a fresh interpreter and return its JSON answer."
    cmd = [sys.executable, __file__, '--worker', *map(str, args)]
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0: raise RuntimeError(f'{args[0]} worker failed:\n{p.stderr[-3000:]}')
    return json.loads(p.stdout.strip().splitlines()[-1])


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--n', type=int, default=None, help='training points (default: all, 12665 = MNIST 0 and 1, 60000 with --multiclass)')
    ap.add_argument('--d', type=int, default=8192, help='random features D')
    ap.add_argument('--lam-rel', type=float, default=1e-6, help='lam = n * lam_rel (the recommended lambda_O of DESIGN.md)')
    ap.add_argument('--tol', type=float, default=1e-6, help='target relative duality gap')
    ap.add_argument('--quick', action='store_true', help='small problem (n = 2000, D = 1024) for a fast check')
    ap.add_argument('--data-dir', default=None, help='directory with the official MNIST files (default: $DGKIP_DATA, then the cache)')
    ap.add_argument('--synthetic', action='store_true', help='synthetic two-class data instead of MNIST')
    ap.add_argument('--multiclass', action='store_true', help='all ten MNIST classes, softmax cross-entropy vs multinomial lbfgs')
    ap.add_argument('--sklearn-float64', action='store_true', help='give scikit-learn a float64 copy of the features (its float32 lbfgs can stall above the target gap)')
    ap.add_argument('--seed', type=int, default=0)
    ap.add_argument('--sklearn-tols', default='1e-6,1e-7,1e-8,1e-9,1e-10', help='sklearn tolerances tried in order until the gap is reached')
    ap.add_argument('--repeat', type=int, default=3, help='fresh processes per timing (medians are reported)')
    ap.add_argument('--json', help='also write the figures to this file')
    a = ap.parse_args(argv)
    if a.quick: a.n, a.d = 2000, 1024
    if a.n is None: a.n = 60000 if a.multiclass else 12665
    rng = np.random.default_rng(a.seed)
    if not a.synthetic:
        x, y = (mnist10 if a.multiclass else mnist01)(a.data_dir)
        if a.n < len(y): idx = rng.choice(len(y), a.n, replace=False); x, y = x[idx], y[idx]
        source = f'MNIST {"10 classes" if a.multiclass else "0 vs 1"} pixels ({len(y)} images)'
    else:
        x, y = synthetic01(a.n, 784, rng)
        source = 'synthetic two-class data with a planted signal (784 dims)'
    phi = relu_features(x, a.d, rng)
    n, lam = len(y), len(y) * a.lam_rel
    print(f'data: {source} -> {a.d} ReLU random features, float32, n = {n}; lam = n * {a.lam_rel:g} = {lam:.6g}; '
          f'target relative gap {a.tol:g}', flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        np.save(d / 'phi.npy', phi); np.save(d / 'y.npy', y); del phi, x
        res = dict(n=n, D=a.d, lam=lam, tol=a.tol, source=source, repeat=a.repeat, env=environment())
        # each timing below is the median over `repeat` fresh processes (this machine is noisy); all runs are kept
        res['dgkip_runs'] = [run_worker('dgkip', d, lam, a.tol) for _ in range(a.repeat)]
        run_worker('dgkip', d, lam, a.tol, d / 'jax')  # fills a fresh persistent compilation cache
        res['dgkip_warm_runs'] = [run_worker('dgkip', d, lam, a.tol, d / 'jax') for _ in range(a.repeat)]  # new processes that find it
        res['dgkip_rel_gap'] = run_worker('gap', d, lam, 'dgkip')['dgkip']['rel_gap']
        dg = {k: median([r[k] for r in res['dgkip_runs']]) for k in ('seconds', 'seconds_compiled', 'peak_rss_mib')}
        dg['warm_cache_seconds'] = median([r['seconds'] for r in res['dgkip_warm_runs']])
        dg['n_iter'], dg['rel_gap'] = res['dgkip_runs'][0]['n_iter'], res['dgkip_rel_gap']
        print(f"dgkip.solvers.fit: {dg['seconds']:.2f} s first call ({dg['seconds_compiled']:.2f} s compiled, "
              f"{dg['warm_cache_seconds']:.2f} s in a new process with the compilation cache filled), "
              f"{dg['n_iter']} iterations, peak RSS {dg['peak_rss_mib']:.0f} MiB", flush=True)
        res['sklearn_search'], sk_dtype = [], 'float64' if a.sklearn_float64 else 'float32'
        res['sklearn_dtype'] = sk_dtype
        for tol in map(float, a.sklearn_tols.split(',')):
            r = run_worker('sklearn', d, lam, tol, sk_dtype)
            r['tol'] = tol
            r['rel_gap'] = run_worker('gap', d, lam, f'sklearn_{tol:g}')[f'sklearn_{tol:g}']['rel_gap']
            res['sklearn_search'].append(r)
            print(f"sklearn lbfgs tol={tol:g}: {r['seconds']:.2f} s, {r['n_iter']} iterations, peak RSS {r['peak_rss_mib']:.0f} MiB, "
                  f"rel gap {r['rel_gap']:.2e} {r['warnings'] or ''}", flush=True)
            if r['rel_gap'] <= a.tol: break
        sk_tol = res['sklearn_search'][-1]['tol']
        res['sklearn_runs'] = [res['sklearn_search'][-1]] + [run_worker('sklearn', d, lam, sk_tol, sk_dtype) for _ in range(a.repeat - 1)]
    sk = {k: median([r[k] for r in res['sklearn_runs']]) for k in ('seconds', 'peak_rss_mib')}
    sk.update(tol=sk_tol, n_iter=res['sklearn_search'][-1]['n_iter'], rel_gap=res['sklearn_search'][-1]['rel_gap'])
    res['dgkip'], res['sklearn'] = dg, sk
    reached = sk['rel_gap'] <= a.tol
    spread = lambda runs, k='seconds': f"{min(r[k] for r in runs):.2f}-{max(r[k] for r in runs):.2f}"
    print(f'\nmedian of {a.repeat} fresh processes each (range)  wall s              peak RSS MiB  iterations  rel. gap (float64)')
    print(f"dgkip.solvers.fit, first call        {dg['seconds']:6.2f} ({spread(res['dgkip_runs'])})  {dg['peak_rss_mib']:12.0f}  {dg['n_iter']:10d}  {dg['rel_gap']:.2e}")
    print(f"  same call again (compiled)         {dg['seconds_compiled']:6.2f} ({spread(res['dgkip_runs'], 'seconds_compiled')})")
    print(f"  first call, compilation cache warm {dg['warm_cache_seconds']:6.2f} ({spread(res['dgkip_warm_runs'])})")
    print(f"sklearn lbfgs, tol={sk['tol']:<8g} {sk_dtype}  {sk['seconds']:6.2f} ({spread(res['sklearn_runs'])})  {sk['peak_rss_mib']:12.0f}  {sk['n_iter']:10d}  {sk['rel_gap']:.2e}"
          + ('' if reached else '  (did not reach the target gap)'))
    res['speed_ratio'] = sk['seconds'] / dg['seconds']
    res['speed_ratio_compiled'] = sk['seconds'] / dg['seconds_compiled']
    res['speed_ratio_warm_cache'] = sk['seconds'] / dg['warm_cache_seconds']
    res['memory_ratio'] = sk['peak_rss_mib'] / dg['peak_rss_mib']
    print(f"\nspeed ratio sklearn / dgkip: {res['speed_ratio']:.2f}x first call (compiling included), "
          f"{res['speed_ratio_compiled']:.2f}x compiled, {res['speed_ratio_warm_cache']:.2f}x first call with a warm compilation cache; "
          f"peak memory ratio {res['memory_ratio']:.2f}x; gaps dgkip {dg['rel_gap']:.2e} vs sklearn {sk['rel_gap']:.2e}")
    if a.json:
        from dgkip.distill import provenance  # the commit, command and machine that made the record
        Path(a.json).write_text(json.dumps(dict(provenance('python ' + ' '.join(sys.argv)), **res), indent=1))
    return res


if __name__ == '__main__':
    if len(sys.argv) > 1 and sys.argv[1] == '--worker':
        name, d, lam = sys.argv[2], Path(sys.argv[3]), float(sys.argv[4])
        if name == 'gap': out = worker_gap(d, lam, sys.argv[5:])
        else: out = {'dgkip': worker_dgkip, 'sklearn': worker_sklearn}[name](d, lam, float(sys.argv[5]), *sys.argv[6:])
        print(json.dumps(out), flush=True)
        os._exit(0)  # skip the interpreter's teardown: a runtime thread still alive there can abort the process after its answer
    else:
        main()
