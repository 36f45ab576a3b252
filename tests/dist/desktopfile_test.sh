#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The desktop entry passes desktop-file-validate (desktop-file-utils; skipped without it).
# Usage: desktopfile_test.sh FILE.desktop
set -euo pipefail
if ! command -v desktop-file-validate >/dev/null; then
    echo "SKIP: desktop-file-validate is not installed (scripts/setup installs desktop-file-utils)"
    exit 77
fi
out="$(desktop-file-validate "$1" 2>&1)" || { printf '%s\n' "$out"; exit 1; }
if [ -n "$out" ]; then # hints and warnings count too
    printf '%s\n' "$out"
    exit 1
fi
echo "desktop-file-validate: $1 is valid"
