"""The default command, timed end to end: `dgkip distill --dataset D --classes C --ipc N --loss L --out OUT` then
`dgkip evaluate OUT --model L --certify`; writes a record (provenance, wall seconds of each command, the run's final
numbers, theta*_O, peak memory, the evaluation) to benchmarks/results/default_job_<dataset>_<task>_ipc<N>.json.

    python benchmarks/default_job.py --dataset mnist --classes all --ipc 10 --loss lr
"""
import argparse, json, subprocess, sys, tempfile, time
from pathlib import Path

from dgkip.distill import provenance, _jsonable


def timed_cli(*args) -> float:
    "Run `dgkip ARGS` (the installed command line) and return its wall seconds; a failure stops the script."
    t = time.perf_counter()
    subprocess.run([str(Path(sys.executable).with_name('dgkip')), *args], check=True)
    return time.perf_counter() - t


if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--dataset', default='mnist')
    p.add_argument('--classes', nargs='+', default=['all'])
    p.add_argument('--ipc', default='10')
    p.add_argument('--loss', default='lr')
    a = p.parse_args()
    task = 'all' if a.classes == ['all'] else '-'.join(a.classes)
    dest = Path('benchmarks/results') / f'default_job_{a.dataset}_{task}_ipc{a.ipc}.json'
    out = Path(tempfile.mkdtemp()) / 'run'
    distill_cmd = ['distill', '--dataset', a.dataset, '--classes', *a.classes, '--ipc', a.ipc, '--loss', a.loss, '--out', str(out), '--no-progress']
    eval_cmd = ['evaluate', str(out), '--model', a.loss, '--certify']
    secs = dict(distill=timed_cli(*distill_cmd))
    secs['evaluate'] = timed_cli(*eval_cmd)
    meta = json.loads((out / 'meta.json').read_text())
    rec = dict(provenance('python ' + ' '.join(sys.argv)), commands=['dgkip ' + ' '.join(distill_cmd), 'dgkip ' + ' '.join(eval_cmd)],
               wall_seconds=secs, final=meta['final'], theta_O=meta['theta_O'], memory=meta.get('memory'), timings=meta['timings'],
               settings=meta['settings'], evaluation=json.loads((out / 'evaluation.json').read_text()))
    dest.write_text(json.dumps(_jsonable(rec), indent=1))
    print(f'wrote {dest}: {secs}')
