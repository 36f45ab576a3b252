#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The generated man pages render without a groff warning and drpo.1 documents every command
# that drpo --help lists, with each of its options (skipped without groff).
# Usage: manpages_test.sh DRPO GENERATED_DIR
set -euo pipefail
drpo="$1" dir="$2"
if ! command -v groff >/dev/null; then
    echo "SKIP: groff is not installed (groff-base)"
    exit 77
fi
status=0
pages=("$dir/drpo.1")
[ -f "$dir/drpo-studio.1" ] && pages+=("$dir/drpo-studio.1")
for page in "${pages[@]}"; do
    warnings="$(groff -man -Tutf8 -ww -z "$page" 2>&1)"
    if [ -n "$warnings" ]; then
        echo "FAIL: $page: groff warns:"
        printf '%s\n' "$warnings"
        status=1
    fi
done
text="$(groff -man -Tutf8 -P-cbou "$dir/drpo.1" 2>/dev/null)"
commands="$("$drpo" --help | awk '/^Commands:$/ { c = 1; next } /^$/ { c = 0 } c && /^  [a-z]/ { print $1 }')"
[ -n "$commands" ] || { echo "FAIL: no commands in drpo --help"; exit 1; }
for cmd in $commands; do
    if ! grep -q "^   drpo $cmd\$" <<<"$text"; then
        echo "FAIL: drpo.1 has no section for \"drpo $cmd\""
        status=1
        continue
    fi
    for opt in $("$drpo" "$cmd" --help | grep -o '^  \(-[a-z], \)\?--[a-z0-9-]*' | sed 's/.*--/--/'); do
        grep -q -- "$opt" <<<"$text" || { echo "FAIL: drpo.1 does not mention $cmd's $opt"; status=1; }
    done
done
[ $status -eq 0 ] && echo "man pages: ${#pages[@]} render cleanly; drpo.1 documents $(wc -w <<<"$commands") commands"
exit $status
