"""The ceiling theta*_O (full-data kernel LR and SVM, no distillation) on a task of two classes or more, over input
preprocessing, feature-map settings and lambda_O / n_O: what accuracy a distilled set could reach at best in each
feature space.

Each line: the test and training accuracy of theta*_O fitted to a relative duality gap of 1e-6 by dgkip.solvers.fit
on the random features of seed 0 of all training images of the task's classes, and the seconds to featurise them.
With --out, the lines are also written as one record (rows + provenance).

    python benchmarks/ceilings.py --dataset fashion_mnist --arch fc --prep none std --scales 1e-4 1e-5 1e-6
    python benchmarks/ceilings.py --dataset fashion_mnist --features n_nets=16 out_dim=256 --prep std
    python benchmarks/ceilings.py --dataset mnist --classes all --arch conv --features n_nets=4 width=64 out_dim=1024 \
        --prep std --losses lr --scales 1e-5 3e-6 1e-6 --out benchmarks/results/ceilings_mnist_all_conv.json
"""
import argparse, json, time, warnings

import numpy as np

from dgkip import data
from dgkip import distill as D
from dgkip.cli import parse_features, task_of, _classes
from _common import timed, write_record


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
    p.add_argument('--classes', type=_classes, nargs='+', default=[0, 1], help="two classes, more, or 'all'")
    p.add_argument('--arch', default='fc', choices=['fc', 'conv'])
    p.add_argument('--features', nargs='*', metavar='KEY=VALUE', help='feature-map settings (default: dgkip.distill defaults)')
    p.add_argument('--prep', nargs='+', default=['none', 'std'])
    p.add_argument('--scales', type=float, nargs='+', default=[1e-4, 1e-5, 1e-6], help='lambda_O / n_O values')
    p.add_argument('--losses', nargs='+', default=['logistic', 'hinge'], help="loss names ('lr' is the softmax loss for more than two classes)")
    p.add_argument('--out', help='also write the lines as one record (a JSON file)')
    a = p.parse_args()
    warnings.simplefilter('ignore', RuntimeWarning)
    rows = lambda: dict(rows=ceiling_rows(a.dataset, task_of(a.classes), a.arch, parse_features(a.features), a.prep, a.losses, a.scales))
    if a.out: write_record(a.out, rows)
    else: rows()


def ceiling_rows(dataset: str, classes, arch: str, features, preps, losses, scales) -> list:
    "One row per preprocessing, loss and lambda_O / n_O: theta*_O's test and training accuracy (printed as it comes)."
    classes = D.task_classes(dataset, classes)
    x_O0, y_O, x_t0, y_t = D.load_task(dataset, classes)
    fs = D.feature_settings(arch, features, len(classes) > 2)
    out = []
    for kind in preps:
        x_O, x_t = preprocess(kind, x_O0, x_t0)
        fm = D.make_feature_map(arch, D.feature_key(0), x_O.shape[1:], **fs)
        t = time.perf_counter(); phi_O = D.featurize(fm, x_O); featurize_s = time.perf_counter() - t
        phi_t = D.featurize(fm, x_t)
        for loss in losses:
            for sc in scales:
                secs, tg = timed(lambda: D.fit_target(phi_O, y_O, len(y_O) * sc, loss, phi_t, y_t))
                out.append(dict(dataset=dataset, classes=list(classes), arch=arch, features=fs, D=int(phi_O.shape[1]), prep=kind,
                                loss=loss, lam_o_scale=sc, test_acc=round(100 * tg.test_acc, 2),
                                train_acc=round(100 * D.solvers.accuracy(phi_O @ tg.theta, y_O), 2),
                                featurize_seconds=round(featurize_s, 1), seconds=round(secs, 1)))
                print(json.dumps(out[-1]), flush=True)
    return out


if __name__ == '__main__':
    main()
