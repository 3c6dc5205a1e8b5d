"""DGKIP-SVM, which dual and which labels: for MNIST and Fashion-MNIST 0 vs 1, distil with each hinge configuration below,
then train the SVM on S and report its test accuracy, the run's certificate, the scale of the labels and where S's points
sit relative to the margin of theta*_S (the evidence behind the default `hinge_smoothing`); writes
benchmarks/results/svm_duals.json (rows + provenance).

    python benchmarks/svm_duals.py [--ipc 1 10] [--seeds 0 1 2] [--out benchmarks/results/svm_duals.json]
"""
import argparse, json

import numpy as np

from dgkip.evaluate import certify_gap
from dgkip.distill import (certificate, distill_arrays, feature_key, feature_settings, load_task, make_feature_map, margin_split,
                          bound_holds, _jsonable)

from _common import write_record

FEATURES = dict(n_nets=8, width=512, depth=3, out_dim=128)  # D = 1024: the two-class default FC features when the record was made
CONFIGS = {  # name -> Settings fields; every other field is `Settings()`'s (raw pixels, lambda_O/n_O = 1e-5)
    'smoothed hinge, labels learned, started inside the margin': dict(hinge_smoothing='smoothed_hinge', margin_init=True),
    'smoothed hinge, labels fixed at ±1': dict(hinge_smoothing='smoothed_hinge', learn_labels=False, margin_init=False),
    'sigmoid (paper), labels learned from ±1': dict(hinge_smoothing='sigmoid', margin_init=False),
    'sigmoid (paper), labels fixed at ±1': dict(hinge_smoothing='sigmoid', learn_labels=False, margin_init=False),
}


def run_one(x_O, y_O, x_t, y_t, fmap, target, ipc: int, seed: int, cfg: dict):
    "One distillation with `cfg`; its row of measurements and theta*_O (reused by the next configuration)."
    res = distill_arrays(x_O, y_O, fmap, x_test=x_t, y_test=y_t, target=target, ipc=ipc, loss='svm', seed=seed, progress=False, **cfg)
    f, y = res.meta['final'], np.asarray(res.y)
    phi_S = fmap.apply(fmap.params, res.x)
    cert = certify_gap(res.target.theta, phi_S, y, res.meta['lam_S'], 'hinge')  # the best of the feasible duals, in float64
    row = dict(acc_O=res.meta['theta_O']['test_acc'], acc_S=f['test_acc'], rel_bound=f['rel_bound'], deviation=f['deviation'],
               bound_holds=bound_holds(f), best_dual=cert.dual,
               best_rel_bound=certificate(cert.gap, res.meta['lam_S'], float(np.linalg.norm(np.asarray(res.target.theta, np.float64))))['rel_bound'],
               label_abs_median=float(np.median(np.abs(y))), label_abs_min=float(np.min(np.abs(y))),
               label_abs_max=float(np.max(np.abs(y))), status=res.meta['status'], seconds=res.meta['timings']['total'],
               **margin_split(phi_S, y, res.meta['lam_S']))
    return row, res.target


def rows(datasets, ipcs, seeds) -> list:
    out = []
    for ds in datasets:
        x_O, y_O, x_t, y_t = load_task(ds, (0, 1))
        for seed in seeds:
            fmap = make_feature_map('fc', feature_key(seed), x_O.shape[1:], **feature_settings('fc', FEATURES))
            target = None
            for ipc in ipcs:
                for name, cfg in CONFIGS.items():
                    row, target = run_one(x_O, y_O, x_t, y_t, fmap, target, ipc, seed, cfg)
                    out.append(dict(dataset=ds, ipc=ipc, seed=seed, config=name, **row))
                    print(json.dumps(_jsonable(out[-1])), flush=True)
    return out


if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--out', default='benchmarks/results/svm_duals.json')
    p.add_argument('--datasets', nargs='+', default=['mnist', 'fashion_mnist'])
    p.add_argument('--ipc', type=int, nargs='+', default=[1, 10])
    p.add_argument('--seeds', type=int, nargs='+', default=[0, 1, 2])
    a = p.parse_args()
    write_record(a.out, lambda: dict(configs=CONFIGS, rows=rows(a.datasets, a.ipc, a.seeds)))
