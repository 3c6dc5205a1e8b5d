"""The ceiling theta*_O (full-data kernel LR and SVM, no distillation) on a binary task, over input preprocessing,
feature-map settings and lambda_O / n_O: what accuracy a distilled set could reach at best in each feature space.

Each line: the test and training accuracy of theta*_O fitted to a relative duality gap of 1e-6 by dgkip.solvers.fit
on the random features of seed 0 of all training images of the two classes.

    python benchmarks/ceilings.py --dataset fashion_mnist --arch fc --prep none std --scales 1e-4 1e-5 1e-6
    python benchmarks/ceilings.py --dataset fashion_mnist --features n_nets=16 out_dim=256 --prep std
"""
import argparse, json, warnings

import numpy as np

from dgkip import data
from dgkip import distill as D
from dgkip.cli import parse_features
from _common import timed


def preprocess(kind: str, x_O: np.ndarray, x_t: np.ndarray) -> tuple:
    "none | std (per-channel training mean/std) | center (training mean image removed) | zca (ZCA whitening, reg 0.1)."
    if kind == 'none': return x_O, x_t
    if kind == 'std': return data.standardize(x_O, x_O), data.standardize(x_O, x_t)
    if kind == 'center': m = x_O.mean(0); return x_O - m, x_t - m
    if kind == 'zca': z = data.zca_fit(x_O, 0.1); return data.zca_apply(z, x_O), data.zca_apply(z, x_t)
    raise SystemExit(f'unknown --prep {kind!r}: use none, std, center or zca.')


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--dataset', default='fashion_mnist')
    p.add_argument('--classes', type=int, nargs=2, default=(0, 1))
    p.add_argument('--arch', default='fc', choices=['fc', 'conv'])
    p.add_argument('--features', nargs='*', metavar='KEY=VALUE', help='feature-map settings (default: dgkip.distill defaults)')
    p.add_argument('--prep', nargs='+', default=['none', 'std'])
    p.add_argument('--scales', type=float, nargs='+', default=[1e-4, 1e-5, 1e-6], help='lambda_O / n_O values')
    p.add_argument('--losses', nargs='+', default=['logistic', 'hinge'])
    a = p.parse_args()
    warnings.simplefilter('ignore', RuntimeWarning)
    x_O0, y_O, x_t0, y_t = D.load_task(a.dataset, a.classes)
    fs = D.feature_settings(a.arch, parse_features(a.features))
    for kind in a.prep:
        x_O, x_t = preprocess(kind, x_O0, x_t0)
        fm = D.make_feature_map(a.arch, D.feature_key(0), x_O.shape[1:], **fs)
        phi_O, phi_t = D.featurize(fm, x_O), D.featurize(fm, x_t)
        for loss in a.losses:
            for sc in a.scales:
                secs, tg = timed(lambda: D.fit_target(phi_O, y_O, len(y_O) * sc, loss, phi_t, y_t))
                print(json.dumps(dict(dataset=a.dataset, arch=a.arch, features=fs, prep=kind, loss=loss, lam_o_scale=sc,
                                      test_acc=round(100 * tg.test_acc, 2), train_acc=round(100 * D.solvers.accuracy(phi_O @ tg.theta, y_O), 2),
                                      seconds=round(secs, 1))), flush=True)


if __name__ == '__main__':
    main()
