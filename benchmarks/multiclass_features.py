"""Ten classes in settings other than the defaults: other lambdas (lambda_O sets the ceiling theta*_O, lambda_S how
closely a small set can follow it) and ConvNet random features, each distilled with
`distill(dataset, 'all', ipc=ipc, loss='lr', seed=s, ...)` from the herded start. Every row
holds the distilled set's test accuracy beside theta*_O's, the certificate, and the accuracy along the run (scored every
quarter of the steps). The settings are written out below, so the record keeps its meaning when the defaults move.

    python benchmarks/multiclass_features.py --configs 'fc, lam 3e-6' --out benchmarks/results/multiclass_fc_lam3e-6_mnist.json
    python benchmarks/multiclass_features.py --configs 'conv, lam 3e-6' --steps 1200 --out benchmarks/results/multiclass_conv_lam3e-6_mnist.json
    python benchmarks/multiclass_features.py --configs 'fc, lam_S 1e-4' --ipcs 1 10 --seeds 0 --out benchmarks/results/multiclass_lam_S1e-4_mnist.json
    python benchmarks/multiclass_features.py --configs 'fc, lam_S 1e-4' --ipcs 1 10 --seeds 1 2 --out benchmarks/results/multiclass_lam_S1e-4_mnist_seeds12.json
    python benchmarks/multiclass_features.py --configs 'fc, lam_O 3e-6, lam_S 1e-4' --ipcs 1 10 --out benchmarks/results/multiclass_lam_O3e-6_lam_S1e-4_mnist.json
"""
import argparse

from _common import config_rows, write_record
from multiclass_defaults import TEN_CLASS

CONV = dict(arch='conv', features=dict(n_nets=4, width=64, depth=3, out_dim=1024))  # D = 4096, as the FC default
CONFIGS = {'fc, lam 1e-5': dict(TEN_CLASS, init='herding'),  # the earlier ten-class defaults
           'fc, lam 3e-6': dict(TEN_CLASS, init='herding', lam_O_scale=3e-6, lam_S_scale=3e-6),
           'conv, lam 1e-5': dict(TEN_CLASS, init='herding', **CONV),
           'conv, lam 3e-6': dict(TEN_CLASS, init='herding', lam_O_scale=3e-6, lam_S_scale=3e-6, **CONV),
           'fc, lam_S 1e-4': dict(TEN_CLASS, init='herding', lam_S_scale=1e-4),  # today's ten-class defaults (MULTICLASS_SETTINGS)
           'fc, lam_O 3e-6, lam_S 1e-4': dict(TEN_CLASS, init='herding', lam_O_scale=3e-6, lam_S_scale=1e-4),
           'fc, lam_O 1e-6, lam_S 1e-4': dict(TEN_CLASS, init='herding', lam_O_scale=1e-6, lam_S_scale=1e-4)}


if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--out', required=True)
    p.add_argument('--configs', nargs='+', default=list(CONFIGS), choices=list(CONFIGS))
    p.add_argument('--dataset', default='mnist')
    p.add_argument('--ipcs', type=int, nargs='+', default=[10])
    p.add_argument('--seeds', type=int, nargs='+', default=[0, 1, 2])
    p.add_argument('--steps', type=int, help="steps of every run (default: the configuration's)")
    a = p.parse_args()
    configs = {n: dict(CONFIGS[n], **({'steps': a.steps} if a.steps else {})) for n in a.configs}
    steps = {c['steps'] for c in configs.values()}
    write_record(a.out, lambda: dict(rows=config_rows(configs, a.seeds, a.dataset, 'all', ipcs=a.ipcs, loss='lr',
                                                      eval_every=max(min(steps) // 4, 1))))
