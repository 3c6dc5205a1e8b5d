"""The accuracy table of notebook 06: `distill(ds, (0, 1), ipc=ipc, loss=loss, seed=s)` with the defaults, for MNIST and
Fashion-MNIST, LR and SVM, IPC 1/10/50, seeds 0/1/2; writes benchmarks/results/distill_defaults.json (rows + provenance).

    python benchmarks/distill_defaults.py [--out benchmarks/results/distill_defaults.json] [--seeds 0 1 2]
"""
import argparse

import numpy as np

from dgkip.distill import DEFAULT_FEATURES, distill, bound_holds, default_settings, default_standardize

from _common import write_record


def pm(v) -> str:
    return f'{np.mean(v):.4f} ± {np.std(v):.4f}'


def rows(seeds, datasets=('mnist', 'fashion_mnist'), losses=('lr', 'svm'), ipcs=(1, 10, 50)) -> list:
    out = []
    for ds in datasets:
        for loss in losses:
            for ipc in ipcs:
                runs = [distill(ds, (0, 1), ipc=ipc, loss=loss, seed=s, progress=False) for s in seeds]
                f = [r.meta['final'] for r in runs]
                out.append(dict(dataset=ds, loss=loss, ipc=ipc, seeds=len(seeds),
                                acc_O=pm([100 * r.meta['theta_O']['test_acc'] for r in runs]), acc_S=pm([100 * x['test_acc'] for x in f]),
                                rel_bound=pm([x['rel_bound'] for x in f]), deviation=pm([x['deviation'] for x in f]),
                                bound_holds=all(bound_holds(x) for x in f), seconds=round(sum(r.meta['timings']['total'] for r in runs), 1)))
                print(out[-1], flush=True)
    return out


if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--out', default='benchmarks/results/distill_defaults.json')
    p.add_argument('--seeds', type=int, nargs='+', default=[0, 1, 2])
    a = p.parse_args()
    defaults = dict(settings=default_settings()._asdict(), standardize=default_standardize(), features=DEFAULT_FEATURES['fc'])
    write_record(a.out, lambda: dict(defaults=defaults, rows=rows(a.seeds)))
