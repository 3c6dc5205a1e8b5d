#!/usr/bin/env bash
# Local docs check without Quarto: nbdev's notebook processing (show_doc rendered, directives applied),
# then every processed page rendered to HTML with nbconvert. A broken page fails the script.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf _proc _site_check
nbdev_proc_nbs
mkdir -p _site_check
n=0
for nb in _proc/*.ipynb; do
  jupyter nbconvert --to html --log-level=ERROR --output-dir _site_check "$nb"
  n=$((n+1))
done
echo "docs check: rendered $n pages to _site_check/"
