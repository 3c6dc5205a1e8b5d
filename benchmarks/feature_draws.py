"""Distilling against several random-feature draws (`dgkip.distill.Settings.feature_draws`): DGKIP-LR at the settings of
the `multiclass_wallclock` preset (D = 4,096 FC features, lambda_O/n_O = 1e-5, lambda_S/n_S = 1e-4, the herded start,
lr 3e-2, 4,000 steps), with one draw (the preset's own run) and with more, each set scored as the preset scores it: the
kernel softmax model on draw 0's features (the certified draw), the FC network trained from scratch, and kernel
regression with the exact NNGP kernel. Writes a record (rows + provenance); each row is printed as it is made.

    python benchmarks/feature_draws.py [--datasets fashion_mnist mnist] [--ipcs 10] [--draws 1 4] [--seeds 0] [--out benchmarks/results/feature_draws.json]
"""
import argparse, json

from _common import write_record


def rows(datasets, ipcs, draws, seeds) -> list:
    "One row per dataset, seed, IPC and number of draws: the three scores, the certificate on draw 0, the seconds."
    from dgkip import bench
    from dgkip.distill import _jsonable
    cfg = bench.preset('multiclass_wallclock')
    out = []
    for d in datasets:
        for s in seeds:
            task = bench.make_task(cfg, d, 'fc', s)  # draw 0 and its theta*_O, shared by every run of (d, s)
            for ipc in ipcs:
                for P in draws:
                    c = cfg._replace(dgkip_kw=dict(cfg.dgkip_kw, feature_draws=P))
                    rec = bench.run_cell(task, 'dgkip_lr', ipc, c)  # the preset's record of the cell (one draw: the same run)
                    out.append(dict(draws=P, **rec))
                    print(json.dumps(_jsonable(out[-1])), flush=True)
    return out


if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--out', default='benchmarks/results/feature_draws.json')
    p.add_argument('--datasets', nargs='+', default=['fashion_mnist', 'mnist'])
    p.add_argument('--ipcs', type=int, nargs='+', default=[10])
    p.add_argument('--draws', type=int, nargs='+', default=[1, 4])
    p.add_argument('--seeds', type=int, nargs='+', default=[0])
    a = p.parse_args()
    write_record(a.out, lambda: dict(settings=dict(preset='multiclass_wallclock', steps='the preset\'s'), rows=rows(a.datasets, a.ipcs, a.draws, a.seeds)))
