"""Benchmark: the hinge-loss fit of theta*_O (SVM without intercept), dgkip.solvers.fit against scikit-learn's LinearSVC.

LinearSVC(loss='hinge', dual=True) is liblinear's dual coordinate descent with shrinking (Hsieh et al. 2008), the
method dgkip's working-set solver builds on, so it is the natural baseline. Both fit the same features: the random
features of one seed of all training images of a binary task, as `dgkip bench` makes them. Every solution is scored
in float64 with the same numbers: its primal P(theta), its certified relative gap (dgkip: its own dual point;
scikit-learn: P(theta_sk) - D(alpha) with the best dual point of the run, an upper bound on its suboptimality), and
its test accuracy. Each contender runs once, in this process, after a warm-up of the dgkip programs on a small slice.
Run from the repository root:

    .venv/bin/python benchmarks/hinge_bench.py                                   # Fashion-MNIST, the paper's FC features, lambda_O/n = 1e-6
    .venv/bin/python benchmarks/hinge_bench.py --dataset mnist --features default --scale 1e-5 --no-standardize
"""
from __future__ import annotations
import argparse, json, warnings

import numpy as np

from _common import timed


def features(dataset: str, which: str, standardize: bool, seed: int):
    "(phi_O, y_O, phi_t, y_t) as float32 / +-1 numpy arrays."
    from dgkip import distill as D
    from dgkip.features import PAPER
    x_O, y_O, x_t, y_t = D.load_task(dataset, (0, 1), standardize=standardize)
    kw = PAPER['fc'] if which == 'paper' else D.DEFAULT_FEATURES['fc']
    fm = D.make_feature_map('fc', D.feature_key(seed), x_O.shape[1:], **kw)
    return (np.asarray(D.featurize(fm, x_O)), np.asarray(y_O, np.float32), np.asarray(D.featurize(fm, x_t)),
            np.asarray(y_t, np.float32))


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--dataset', default='fashion_mnist')
    p.add_argument('--features', default='paper', choices=['paper', 'default'])
    p.add_argument('--scale', type=float, default=1e-6, help='lambda / n')
    p.add_argument('--standardize', action=argparse.BooleanOptionalAction, default=True)
    p.add_argument('--seed', type=int, default=0)
    p.add_argument('--no-sklearn', action='store_true', help='skip the scikit-learn baseline')
    a = p.parse_args()

    import jax, jax.numpy as jnp
    from dgkip import solvers
    from dgkip.duality import x64, primal, dual_phi
    secs, (phi, y, phi_t, y_t) = timed(lambda: features(a.dataset, a.features, a.standardize, a.seed))
    lam = len(y) * a.scale
    print(f'{a.dataset} 0 vs 1, {a.features} FC features of seed {a.seed}: n = {len(y)}, D = {phi.shape[1]}, '
          f'lambda = n * {a.scale:g} = {lam:g} (featurised in {secs:.1f} s)', flush=True)
    solvers.fit(phi[:256], y[:256], lam, 'hinge', tol=1e-3)  # warm-up: compile the float32 programs on a slice
    with x64(): solvers.fit(phi[:256].astype(np.float64), y[:256].astype(np.float64), lam, 'hinge', tol=1e-3)

    rows, alphas = [], []
    def score(name, theta, secs, rounds, alpha=None):
        th = np.asarray(theta, np.float64)
        with x64():
            P = float(primal(jnp.asarray(th), jnp.asarray(phi, jnp.float64), jnp.asarray(y, jnp.float64), lam, 'hinge'))
            D = max(float(dual_phi(jnp.asarray(al, jnp.float64), jnp.asarray(phi, jnp.float64), jnp.asarray(y, jnp.float64), lam, 'hinge'))
                    for al in alphas)
        acc = solvers.accuracy(phi_t @ th.astype(np.float32), y_t)
        rows.append(dict(solver=name, seconds=round(secs, 2), rounds=rounds, P=P, rel_gap=(P - D) / abs(P), test_acc=acc))
        print(json.dumps(rows[-1]), flush=True)

    fits = {}
    for name, dt in (('dgkip float32', np.float32), ('dgkip float64', np.float64)):
        with warnings.catch_warnings(), x64():
            warnings.simplefilter('ignore', RuntimeWarning)  # the float32 fit stops at its precision floor; the table says so
            secs, r = timed(lambda: jax.block_until_ready(solvers.fit(phi.astype(dt), y.astype(dt), lam, 'hinge', tol=1e-6)))
            fits[name] = (secs, int(r.n_iter), np.asarray(r.theta), np.asarray(r.alpha, np.float64))
        alphas.append(fits[name][3])
    for name, (secs, k, theta, alpha) in fits.items(): score(name, theta, secs, k)
    if not a.no_sklearn:
        from sklearn.svm import LinearSVC
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            secs, m = timed(lambda: LinearSVC(C=1 / lam, loss='hinge', dual=True, fit_intercept=False, tol=1e-6,
                                              max_iter=100_000).fit(phi, y))
        score('sklearn LinearSVC (liblinear)', m.coef_.ravel(), secs, int(np.max(m.n_iter_)))
        base = rows[-1]['seconds']
        for r in rows[:-1]: print(f"{r['solver']}: {base / r['seconds']:.1f}x the speed of liblinear "
                                  f"(relative gap {r['rel_gap']:.1e} vs {rows[-1]['rel_gap']:.1e})")


if __name__ == '__main__':
    main()
