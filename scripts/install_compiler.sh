#!/usr/bin/env bash
# Installs what `pip install` needs to compile the package's two Cython modules (hatch_build.py): a C
# compiler (Debian's gcc) and the headers of the Python that builds them (python3-dev, for Debian's own
# Python; pyenv and python.org builds ship their headers). Idempotent: does nothing when both are there.
set -euo pipefail
PYTHON="${1:-python3}"

headers="$("$PYTHON" -c 'import sysconfig; print(sysconfig.get_paths()["include"])')/Python.h"
if command -v cc >/dev/null 2>&1 && [ -f "$headers" ]; then
    exit 0
fi

bash "$(dirname "$0")/apt_install.sh" gcc libc6-dev python3-dev
if ! [ -f "$headers" ]; then
    echo "install_compiler: $headers is missing: install the development headers of $PYTHON" >&2
    exit 1
fi
