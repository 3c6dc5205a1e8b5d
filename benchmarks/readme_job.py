"""Wall time and peak memory of the README job: `dgkip distill` (MNIST 0 vs 1, IPC 10, LR, default features) then
`dgkip evaluate --model lr`, each in a fresh process under /usr/bin/time -v.

Baseline measured in the same run: the same distill command with --steps 0 (load, featurise, fit theta*_O, write),
so the ratio shows what the distillation steps themselves add.

    python benchmarks/readme_job.py [--dataset mnist] [--ipc 10] [--loss lr] [--steps N] [--keep DIR]
"""
import argparse, os, re, shutil, subprocess, sys, tempfile
from pathlib import Path

from _common import timed


def run_measured(cmd: list) -> tuple[float, float, str, float]:
    "Run cmd under /usr/bin/time -v -> (wall seconds, peak RSS in MiB, stdout, CPU seconds user+sys)."
    wall, p = timed(lambda: subprocess.run(['/usr/bin/time', '-v', *cmd], capture_output=True, text=True))
    if p.returncode != 0: sys.exit(f'failed ({p.returncode}): {" ".join(cmd)}\n{p.stderr[-2000:]}')
    rss = int(re.search(r'Maximum resident set size \(kbytes\): (\d+)', p.stderr).group(1)) / 1024
    cpu = sum(float(re.search(rf'{k} time \(seconds\): ([\d.]+)', p.stderr).group(1)) for k in ('User', 'System'))
    return wall, rss, p.stdout, cpu


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--dataset', default='mnist'); ap.add_argument('--ipc', default='10'); ap.add_argument('--loss', default='lr')
    ap.add_argument('--steps', default=None, help="distillation steps (default: the command's own default)")
    ap.add_argument('--keep', default=None, help='keep the run directory here')
    a = ap.parse_args()
    tmp = Path(tempfile.mkdtemp())
    load0 = f'{os.getloadavg()[0]:.1f}'
    dgkip = [sys.executable, '-c', 'import sys; from dgkip.cli import main; sys.exit(main())']
    base = ['distill', '--dataset', a.dataset, '--classes', '0', '1', '--ipc', a.ipc, '--loss', a.loss, '--arch', 'fc', '--no-progress']
    steps = ['--steps', a.steps] if a.steps else []
    w0, m0, _, c0 = run_measured(dgkip + base + ['--steps', '0', '--out', str(tmp / 'baseline')])
    w1, m1, o1, c1 = run_measured(dgkip + base + steps + ['--out', str(tmp / 'run')])
    w2, m2, o2, c2 = run_measured(dgkip + ['evaluate', str(tmp / 'run'), '--model', 'lr'])
    print(o1 + o2)
    print(f'load average before/after: {load0} / {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores')
    print(f'{"step":<34}{"wall s":>8}{"CPU s":>8}{"peak MiB":>10}')
    for name, w, c, m in (('baseline: distill --steps 0', w0, c0, m0), (f'distill ({a.steps or "default"} steps)', w1, c1, m1),
                          ('evaluate --model lr', w2, c2, m2)):
        print(f'{name:<34}{w:>8.1f}{c:>8.1f}{m:>10.0f}')
    print(f'{"README job (distill + evaluate)":<34}{w1 + w2:>8.1f}{c1 + c2:>8.1f}{max(m1, m2):>10.0f}')
    print(f'ratio distill / baseline (wall): {w1 / w0:.2f}')
    if a.keep: shutil.copytree(tmp / 'run', a.keep, dirs_exist_ok=True)
    shutil.rmtree(tmp)


if __name__ == '__main__':
    main()
