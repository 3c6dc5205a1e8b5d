"""Package-level checks: import cost, no TensorFlow, generated files in sync."""
import json, subprocess, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(code: str) -> str:
    return subprocess.run([sys.executable, '-c', code], capture_output=True, text=True, check=True, cwd=ROOT).stdout


def test_import_is_fast_and_light():
    code = ("import time, sys; t=time.perf_counter(); import dgkip; dt=time.perf_counter()-t; "
            "import json; print(json.dumps({'dt': dt, 'tf': 'tensorflow' in sys.modules, 'nt': 'neural_tangents' in sys.modules}))")
    best = min((json.loads(_run(code)) for _ in range(3)), key=lambda r: r['dt'])
    assert best['dt'] < 2.0, f'import dgkip took {best["dt"]:.2f}s'
    assert not best['tf'] and not best['nt']


def test_no_module_imports_tensorflow():
    mods = sorted(p.stem for p in (ROOT/'dgkip').glob('*.py') if not p.stem.startswith('_'))
    code = ("import importlib, sys, json; mods=%r\n"
            "for m in mods: importlib.import_module('dgkip.'+m)\n"
            "print(json.dumps(sorted(k for k in ('tensorflow', 'neural_tangents') if k in sys.modules)))") % mods
    assert json.loads(_run(code)) == [], 'a dgkip module imports tensorflow or neural_tangents at import time'


def test_readme_in_sync():
    subprocess.run([sys.executable, str(ROOT/'tools'/'nb2readme.py'), '--check'], check=True, cwd=ROOT)


def test_docs_pages_render():
    "Every notebook survives nbdev's docs processing and renders to HTML (Quarto-free stand-in for the site build)."
    r = subprocess.run([sys.executable, str(ROOT/'tools'/'check_docs.py')], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]


def test_module_docstrings():
    "Every module's docstring is one complete, printable sentence: no control characters, no LaTeX, ends with a full stop."
    mods = sorted(p.stem for p in (ROOT/'dgkip').glob('*.py') if not p.stem.startswith('_'))
    code = ("import importlib, json; mods=%r\n"
            "print(json.dumps({m: importlib.import_module('dgkip.'+m).__doc__ for m in mods}))") % mods
    docs = json.loads(_run(code))
    bad = {m: d for m, d in docs.items()
           if not (isinstance(d, str) and d.strip() and d.isprintable() and d.rstrip().endswith('.') and not any(c in d for c in '\\$'))}
    assert not bad, f'module docstrings that are missing, unprintable, LaTeX or unfinished: {bad}'
