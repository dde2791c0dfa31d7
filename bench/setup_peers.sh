#!/usr/bin/env bash
# Install the peers that bench/run.py measures beside paperctl, each in its own venv under
# bench/.venvs/ (git-ignored; never a paperctl dependency). pubs 0.9.0 needs bibtexparser 1.x.
set -euo pipefail
cd "$(dirname "$0")"
PY=${PYTHON:-python3}
if [ ! -x .venvs/pubs/bin/pubs ]; then
    "$PY" -m venv .venvs/pubs
    .venvs/pubs/bin/pip install -q "pubs==0.9.0" "bibtexparser==1.4.4"
fi
if [ ! -x .venvs/papis/bin/papis ]; then
    "$PY" -m venv .venvs/papis
    .venvs/papis/bin/pip install -q "papis==0.16.1"
fi
.venvs/pubs/bin/pubs --version
.venvs/papis/bin/papis --version
