#!/usr/bin/env bash
# Installs headless Chromium from Debian for the browser test (Playwright drives /usr/bin/chromium;
# Playwright never downloads a browser of its own). Idempotent: does nothing when Chromium runs.
set -euo pipefail

if [ -x /usr/bin/chromium ] && /usr/bin/chromium --version >/dev/null 2>&1; then
    echo "install_browser: $(/usr/bin/chromium --version) already installed"
    exit 0
fi

bash "$(dirname "$0")/apt_install.sh" chromium fonts-dejavu-core
/usr/bin/chromium --version
