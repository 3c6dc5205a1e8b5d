"""Local docs check without Quarto: process every notebook as the docs build does (nbdev's processors:
directives applied, imports and exported cells executed, `show_doc` rendered), then render each processed page to HTML
with nbconvert. Every page is tried; the script lists each one that fails.

Usage: `python tools/check_docs.py [NAME ...]` (writes `_proc/` and `_site_check/`; exits 1 if any page fails).
"""
import os, shutil, subprocess, sys, traceback
from pathlib import Path

from nbdev.config import get_config
from nbdev.serve import _proc_file
import nbdev.serve_drv

ROOT = Path(__file__).resolve().parents[1]


def process(nb: Path, cache: Path) -> None:
    "Process one notebook exactly as nbdev's docs build does."
    job = _proc_file(nb, cache=cache, path=ROOT/'nbs')
    if job: nbdev.serve_drv.main(job)


def main():
    os.chdir(ROOT); get_config()
    cache, out = ROOT/'_proc', ROOT/'_site_check'
    for d in (cache, out): shutil.rmtree(d, ignore_errors=True)
    names = sys.argv[1:]
    nbs = sorted(p for p in (ROOT/'nbs').glob('*.ipynb') if not names or p.stem in names)
    failed = []
    for nb in nbs:
        try: process(nb, cache)
        except Exception: failed.append((nb.name, 'processing', traceback.format_exc()[-3000:])); continue
        r = subprocess.run([sys.executable, '-m', 'nbconvert', '--to', 'html', '--log-level=ERROR',
                            '--output-dir', str(out), str(cache/nb.name)], capture_output=True, text=True)
        if r.returncode or not (out/(nb.stem + '.html')).exists(): failed.append((nb.name, 'rendering', r.stderr[-3000:]))
    for name, stage, err in failed: print(f'FAILED {name} ({stage})\n{err}\n')
    print(f'docs check: {len(nbs) - len(failed)} of {len(nbs)} pages processed and rendered to {out.relative_to(ROOT)}/')
    sys.exit(1 if failed or not nbs else 0)


if __name__ == '__main__': main()
