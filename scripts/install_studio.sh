#!/usr/bin/env bash
# Creates .venv-studio: a virtual environment of its own for the Label Studio server. The `label-studio`
# package pins pyarrow<25 and label-studio-sdk==2.1.2, so it must not share the project's .venv.
# Also builds a migrated, empty database template there: a fresh server then starts in seconds instead of
# spending a minute or two on its ~200 database migrations (builder/label/studio.py copies it).
# Idempotent: leaves a working environment alone; rebuilds a missing or broken one.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${LABEL_STUDIO_VENV:-$ROOT/.venv-studio}"
VERSION="${LABEL_STUDIO_VERSION:-1.23.2}"
PYTHON="${PYTHON:-python3.11}"
command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3
TEMPLATE="$VENV/claims-ch-template"

healthy() {
    [ -x "$VENV/bin/label-studio" ] &&
    "$VENV/bin/python" - "$VERSION" <<'PY' >/dev/null 2>&1
import sys
from importlib.metadata import version
import label_studio
assert version("label-studio") == label_studio.__version__ == sys.argv[1]
PY
}

if healthy; then
    echo "install_studio: label-studio $VERSION already in $VENV"
else
    echo "install_studio: creating $VENV with label-studio $VERSION"
    rm -rf "$VENV"
    "$PYTHON" -m venv "$VENV"
    "$VENV/bin/python" -m pip install --quiet --upgrade pip
    "$VENV/bin/python" -m pip install --quiet "label-studio==$VERSION"
    healthy || { echo "install_studio: label-studio does not import after install in $VENV" >&2; exit 1; }
fi

if [ ! -s "$TEMPLATE/label_studio.sqlite3" ]; then
    echo "install_studio: migrating an empty database template (about a minute)"
    work="$(mktemp -d "$VENV/.template.XXXXXX")"
    trap 'rm -rf "$work"' EXIT
    # `version` applies the migrations, prints the version and exits; no network (version check off)
    (cd "$work" && LATEST_VERSION_CHECK=false COLLECT_ANALYTICS=false \
        "$VENV/bin/label-studio" version --data-dir "$work" >"$work/migrate.log" 2>&1) ||
        { echo "install_studio: migrating the template failed:" >&2; tail -20 "$work/migrate.log" >&2; exit 1; }
    mkdir -p "$work/template"
    mv "$work/label_studio.sqlite3" "$work/template/label_studio.sqlite3"
    rm -rf "$TEMPLATE"
    mv "$work/template" "$TEMPLATE"
fi
echo "install_studio: ok ($VENV)"
