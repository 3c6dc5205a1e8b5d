"""Function sizes in the package: the longest functions (lines) and the widest (parameters), with the limits checked.

    python tools/fn_sizes.py [--top 10] [--max-lines 60] [--max-params 15]

Lines count from `def` to the last line of the body (docstring and comments included); parameters count every named
parameter plus *args and **kwargs (a settings object counts as one). Exits 1 when a limit is exceeded.
"""
import argparse, ast, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def functions(pkg: Path = ROOT / 'dgkip') -> list:
    "(lines, parameters, 'module.function') for every function and method in the package (generated index excluded)."
    rows = []
    for p in sorted(pkg.glob('*.py')):
        if p.name == '_modidx.py': continue
        for n in ast.walk(ast.parse(p.read_text())):
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)):
                a = n.args
                params = len(a.posonlyargs) + len(a.args) + len(a.kwonlyargs) + (a.vararg is not None) + (a.kwarg is not None)
                rows.append((n.end_lineno - n.lineno + 1, params, f'{p.stem}.{n.name}'))
    return rows


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--top', type=int, default=10)
    ap.add_argument('--max-lines', type=int, default=60)
    ap.add_argument('--max-params', type=int, default=15)
    a = ap.parse_args(argv)
    rows = functions()
    print(f'{len(rows)} functions in dgkip/')
    print('\nlongest (lines, params, name):')
    for r in sorted(rows, reverse=True)[:a.top]: print(f'  {r[0]:4d} {r[1]:3d}  {r[2]}')
    print('\nwidest (params, lines, name):')
    for r in sorted(rows, key=lambda r: (-r[1], -r[0]))[:a.top]: print(f'  {r[1]:4d} {r[0]:3d}  {r[2]}')
    bad = [r for r in rows if r[0] > a.max_lines or r[1] > a.max_params]
    print(f'\nlimits: <= {a.max_lines} lines, <= {a.max_params} parameters: ' + ('met' if not bad else f'{len(bad)} over: ' + ', '.join(r[2] for r in bad)))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
