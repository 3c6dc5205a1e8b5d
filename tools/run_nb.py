"""Execute notebooks in place so that their committed outputs match the code (cells flagged slow or notest are skipped
and keep their old outputs), then clean them with nbdev_clean.

    python tools/run_nb.py nbs/06_distill.ipynb [nbs/09_cli.ipynb ...]
"""
import os, sys, time
from pathlib import Path

from execnb.nbio import read_nb, write_nb
from execnb.shell import CaptureShell
from fastcore.xtras import working_directory
from nbdev.process import NBProcessor, extract_directives

SKIP = {'slow', 'notest'}


def run(path: Path) -> float:
    "Run every code cell of `path` except the slow/notest ones and the final export cell; write the outputs back."
    os.environ['IN_TEST'] = '1'
    nb = read_nb(path)
    def skip(cell):
        if cell.cell_type != 'code' or 'nbdev_export' + '(' in cell.source: return True
        return bool(SKIP & set(extract_directives(cell, remove=False)))
    t = time.time()
    with working_directory(path.parent):
        k = CaptureShell(path)
        k.run_all(nb, exc_stop=True, preproc=skip)
    write_nb(nb, path)
    return time.time() - t


if __name__ == '__main__':
    for p in sys.argv[1:]:
        print(f'{p}: {run(Path(p).resolve()):.0f} s', flush=True)
