"""The evidence behind the two-class defaults (`dgkip.distill.BINARY_SETTINGS`, `BINARY_STANDARDIZE`, `DEFAULT_FEATURES`):
`distill('fashion_mnist', (0, 1), ipc=10, loss='lr', seed=s, ...)` under each configuration below, seeds 0/1/2, each run
timed alone; writes benchmarks/results/binary_defaults.json (rows + provenance). Each configuration sets the pixels,
lambda_O/n_O, the initial set and the FC features explicitly, so the record keeps its meaning when the defaults move.

    python benchmarks/binary_defaults.py [--out benchmarks/results/binary_defaults.json] [--seeds 0 1 2]
"""
import argparse

from _common import config_rows, write_record

D1024 = dict(n_nets=8, width=512, depth=3, out_dim=128)  # the two-class default FC features before this record
D2048 = dict(n_nets=8, width=1024, depth=3, out_dim=256)
CONFIGS = {  # name -> distill keywords; everything else is Settings()'s (500 steps, lr 1e-2, lambda_S/n_S = 1e-4)
    'raw, 1e-5, D=1024, random start': dict(standardize=False, lam_O_scale=1e-5, init='real', features=D1024),
    'raw, 1e-5, D=1024, herding start': dict(standardize=False, lam_O_scale=1e-5, init='herding', features=D1024),
    'standardised, 1e-6, D=1024, random start': dict(standardize=True, lam_O_scale=1e-6, init='real', features=D1024),
    'standardised, 1e-6, D=1024, herding start': dict(standardize=True, lam_O_scale=1e-6, init='herding', features=D1024),
    'standardised, 1e-6, D=2048, random start': dict(standardize=True, lam_O_scale=1e-6, init='real', features=D2048),
    'standardised, 1e-6, D=2048, herding start': dict(standardize=True, lam_O_scale=1e-6, init='herding', features=D2048),
}


if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--out', default='benchmarks/results/binary_defaults.json')
    p.add_argument('--seeds', type=int, nargs='+', default=[0, 1, 2])
    a = p.parse_args()
    write_record(a.out, lambda: dict(rows=config_rows(CONFIGS, a.seeds, 'fashion_mnist', (0, 1), ipcs=(10,), loss='lr')))
