"""How long `dgkip.data.load` takes: the first load (fetch, verify, convert, cache) and later loads from the cache.

    python benchmarks/data_load.py                 # MNIST and Fashion-MNIST, first load into a fresh temporary cache
    python benchmarks/data_load.py --cache ~/.cache/dgkip   # time the real cache instead (first load only if it is empty)

Prints one line per dataset: seconds for the first load, for a cached load of the training split, their ratio, and
as a baseline the time to decode the four official IDX files from .gz (what a loader without a cache pays every time).
"""
import argparse, gzip, tempfile
from pathlib import Path

from dgkip import data
from _common import timed


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--cache', default=None, help='cache directory (default: a fresh temporary one)')
    ap.add_argument('--datasets', nargs='+', default=['mnist', 'fashion_mnist'])
    ap.add_argument('--repeats', type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(args.cache).expanduser() if args.cache else Path(tmp)/'cache'
        print(f'cache: {cache}')
        for name in args.datasets:
            was_cached = (cache/f'{name}.npz').exists()
            first, raw = timed(lambda: data.load_raw(name, cache=cache))
            cached = min(timed(lambda: data.load(name, 'train', cache=cache))[0] for _ in range(args.repeats))
            # baseline: decode the official .gz IDX files (written here from the verified arrays)
            d = Path(tmp)/'idx'/name; d.mkdir(parents=True, exist_ok=True)
            for role, f in data._IDX_FILES.items():
                a = raw[role][..., 0] if role[0] == 'x' else raw[role]
                (d/f'{f}.gz').write_bytes(gzip.compress(data.idx_bytes(a), compresslevel=6))
            base = min(timed(lambda: data.load(name, 'train', data_dir=d, cache=cache, sources=('dir',)))[0]
                       for _ in range(args.repeats))
            kind = 'first load (was already cached)' if was_cached else 'first load (fetch+verify+cache)'
            print(f'{name:14s} {kind}: {first:6.2f} s | cached train load: {cached:5.2f} s | '
                  f'decode from .gz each time: {base:5.2f} s | first/cached {first / cached:5.1f}x | '
                  f'gz/cached {base / cached:4.1f}x')
        t, _ = timed(lambda: _fail_fast(Path(tmp)))
        print(f'official download with no network (DNS failure on all MNIST mirrors): fails over in {t:.2f} s')


def _fail_fast(tmp):
    try: data._from_official('mnist', tmp/'c')
    except Exception: pass


if __name__ == '__main__':
    main()
