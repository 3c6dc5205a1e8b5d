"""Run every notebook in `nbs/` through nbdev's tester, one pytest test per notebook."""
from pathlib import Path
import os

import pytest
import nbdev.test as nbt

NBS = Path(__file__).resolve().parents[1]/'nbs'
NOTEBOOKS = sorted(p for p in NBS.glob('*.ipynb') if not p.name.startswith('_'))
FLAGS = os.environ.get('DGKIP_TEST_FLAGS', '').split()  # e.g. DGKIP_TEST_FLAGS=slow runs the slow cells too


@pytest.mark.parametrize('nb', NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook(nb: Path):
    skip = [f for f in ('notest', 'slow') if f not in FLAGS]
    ok, secs = nbt.test_nb(nb, skip_flags=skip, force_flags=FLAGS, do_print=False)
    assert ok, f'{nb.name} failed (see the traceback above)'
