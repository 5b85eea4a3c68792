#!/usr/bin/env bash
# System packages the test suite needs on Debian/Ubuntu: a real browser for the task pane tests,
# CJK fonts for its screenshots, LibreOffice to open what we write, poppler to render PDFs,
# libsecret for office-addin-dev-certs' keytar (optional; only for sideloading).
set -euo pipefail
PKGS="chromium fonts-noto-cjk libreoffice-calc-nogui libreoffice-writer-nogui poppler-utils libsecret-1-dev"
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
missing=""
for p in $PKGS; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
if [ -z "$missing" ]; then echo "system packages present:$PKGS"; exit 0; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends $missing
