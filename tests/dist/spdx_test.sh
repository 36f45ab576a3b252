#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails naming every source file without an SPDX-License-Identifier line.
# Usage: spdx_test.sh SOURCE_DIR
set -euo pipefail
exec "$1/scripts/spdx" --check
