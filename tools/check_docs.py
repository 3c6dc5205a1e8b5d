"""Local docs check without Quarto: process every notebook as the docs build does (nbdev's `proc_nbs`:
directives applied, `show_doc` rendered), then render each processed page to HTML with nbconvert.

Usage: `python tools/check_docs.py` (writes `_proc/` and `_site_check/`; exits 1 if any page fails).
"""
import shutil, subprocess, sys
from pathlib import Path

from nbdev.serve import proc_nbs

ROOT = Path(__file__).resolve().parents[1]


def main():
    shutil.rmtree(ROOT/'_proc', ignore_errors=True)
    out = ROOT/'_site_check'
    shutil.rmtree(out, ignore_errors=True)
    proc_nbs(ROOT/'nbs', n_workers=0, force=True)
    pages = sorted((ROOT/'_proc').glob('*.ipynb'))
    failed = []
    for nb in pages:
        r = subprocess.run([sys.executable, '-m', 'nbconvert', '--to', 'html', '--log-level=ERROR',
                            '--output-dir', str(out), str(nb)], capture_output=True, text=True)
        if r.returncode or not (out/(nb.stem + '.html')).exists(): failed.append((nb.name, r.stderr[-2000:]))
    for name, err in failed: print(f'FAILED {name}\n{err}')
    print(f'docs check: {len(pages) - len(failed)} of {len(pages)} pages rendered to {out.relative_to(ROOT)}/')
    sys.exit(1 if failed or not pages else 0)


if __name__ == '__main__': main()
