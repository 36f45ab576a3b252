#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The AppStream metainfo names this version as its newest release and passes
# appstreamcli validate (skipped without appstreamcli).
# Usage: metainfo_test.sh FILE.metainfo.xml VERSION
set -euo pipefail
file="$1" version="$2"
newest="$(grep -o '<release version="[^"]*"' "$file" | head -n 1 | sed 's/.*version="\([^"]*\)"/\1/')"
if [ "$newest" != "$version" ]; then
    echo "FAIL: the newest <release> in $file is \"$newest\", the project's version is $version:"
    echo "      add a release to dist/linux/*.metainfo.xml.in"
    exit 1
fi
if ! command -v appstreamcli >/dev/null; then
    echo "SKIP: appstreamcli is not installed (scripts/setup installs appstream)"
    exit 77
fi
appstreamcli validate --no-net --no-color "$file"
