#!/usr/bin/env bash
# Installs Debian packages, as root or through sudo: the one place the set-up scripts call apt-get.
# usage: scripts/apt_install.sh PACKAGE...
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends "$@"
