#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the build into a temporary prefix (cmake --install) and runs both programs from
# there as a user would, with the build and source trees hidden: in a private mount namespace
# an empty tmpfs covers them, so any path into them fails. Where namespaces are not allowed
# the programs still run with a clean environment from elsewhere, and the test says so.
# Usage: install_test.sh BUILD_DIR SOURCE_DIR VERSION APP_ID
set -euo pipefail
build="$(cd "$1" && pwd -P)" src="$(cd "$2" && pwd -P)" version="$3" appid="$4"

tmp="$(mktemp -d /tmp/drpo-install-test.XXXXXX)"
trap 'rm -rf "$tmp"' EXIT
case "$tmp/" in "$build"/* | "$src"/*)
    echo "FAIL: the temporary folder $tmp lies inside the tree it must hide"
    exit 1
    ;;
esac
prefix="$tmp/prefix"
status=0
fail() {
    echo "FAIL: $*"
    status=1
}

cmake --install "$build" --prefix "$prefix" >"$tmp/install.log" || {
    cat "$tmp/install.log"
    exit 1
}

# What a desktop needs, where it looks for it.
for f in bin/drpo bin/drpo-studio \
    "share/applications/$appid.desktop" "share/metainfo/$appid.metainfo.xml" \
    share/mime/packages/drpo-studio.xml share/icons/hicolor/scalable/apps/drpo-studio.svg \
    share/man/man1/drpo.1.gz share/man/man1/drpo-studio.1.gz \
    share/bash-completion/completions/drpo \
    share/doc/drpo-studio/LICENSE share/doc/drpo-studio/copyright; do
    [ -s "$prefix/$f" ] || fail "$f is not installed"
done
for size in 16 22 24 32 48 64 128 256 512; do
    png="$prefix/share/icons/hicolor/${size}x${size}/apps/drpo-studio.png"
    if [ ! -s "$png" ]; then
        fail "no ${size}x${size} icon"
    elif [ "$(od -An -tx1 -j16 -N8 "$png" | tr -d ' \n')" != "$(printf '%08x%08x' "$size" "$size")" ]; then
        fail "$png is not ${size}x${size} pixels"
    fi
done
if [ -n "$(find "$prefix" -name '*.a' -o -name '*.h' -o -name 'tst_*' -o -name 'bench_*')" ]; then
    fail "build-only files are installed: $(find "$prefix" -name '*.a' -o -name '*.h' -o -name 'tst_*' | head -3)"
fi

# The MIME type as the desktop sees it once update-mime-database (a dpkg trigger) has run.
if command -v update-mime-database >/dev/null; then
    if ! XDG_DATA_DIRS="$prefix/share" XDG_DATA_HOME="$prefix/share" \
        update-mime-database "$prefix/share/mime" >"$tmp/mime.log" 2>&1 || [ -s "$tmp/mime.log" ]; then
        fail "update-mime-database rejects drpo-studio.xml: $(cat "$tmp/mime.log")"
    elif ! grep -q '^50:application/x-drpo-project:\*\.drpo$' "$prefix/share/mime/globs2"; then
        fail "*.drpo is not mapped to application/x-drpo-project: $(cat "$prefix/share/mime/globs2")"
    fi
else
    echo "note: update-mime-database (shared-mime-info) is missing; MIME type not checked"
fi

# Runs PROGRAM ARGS... from the prefix: clean environment, working folder in $tmp, the build
# and source trees covered by an empty tmpfs when a mount namespace is allowed.
mkdir -p "$tmp/home" "$tmp/work" "$tmp/probe"
isolation=none
probe=(sh -c 'mount -t tmpfs none "$0"' "$tmp/probe")
if unshare --mount "${probe[@]}" 2>/dev/null; then
    isolation=(unshare --mount)
elif unshare --user --map-root-user --mount "${probe[@]}" 2>/dev/null; then
    isolation=(unshare --user --map-root-user --mount)
fi
run() {
    local cmd=(env -i PATH=/usr/bin:/bin HOME="$tmp/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen
        XDG_CONFIG_HOME="$tmp/home/config" XDG_CACHE_HOME="$tmp/home/cache"
        XDG_DATA_HOME="$tmp/home/data" XDG_STATE_HOME="$tmp/home/state" XDG_RUNTIME_DIR="$tmp/home"
        "$@")
    if [ "$isolation" = none ]; then
        (cd "$tmp/work" && "${cmd[@]}")
    else
        "${isolation[@]}" bash -c 'for d in "$1" "$2"; do mount -t tmpfs none "$d" || exit 99; done
            [ -z "$(ls -A "$1" 2>/dev/null)" ] || exit 98; shift 2; cd "$0" && exec "$@"' \
            "$tmp/work" "$build" "$src" "${cmd[@]}"
    fi
}
chmod 700 "$tmp/home"
if [ "$isolation" = none ]; then
    echo "note: no mount namespace allowed here; the build tree stays visible (clean environment only)"
else
    echo "running with $build and $src hidden (${isolation[*]})"
fi

out="$(run "$prefix/bin/drpo" --version 2>&1)" || fail "drpo --version exits with $?: $out"
[[ "$out" == "drpo $version ("*"licence GPL-3.0-or-later)" ]] || fail "drpo --version prints \"$out\""
echo "$out"

if run "$prefix/bin/drpo" optimize --demo --beam 2 --actions 2 --depth 2 --rounds 1 --quiet \
    --out "$tmp/work/run.json" >"$tmp/optimize.log" 2>&1; then
    [ -s "$tmp/work/run.json" ] || fail "drpo optimize --demo wrote no run record"
    run "$prefix/bin/drpo" inspect "$tmp/work/run.json" >"$tmp/inspect.log" 2>&1 ||
        fail "drpo inspect fails: $(cat "$tmp/inspect.log")"
    grep -m1 -i 'best' "$tmp/optimize.log" || true
else
    fail "drpo optimize --demo fails: $(tail -5 "$tmp/optimize.log")"
fi

if run "$prefix/bin/drpo-studio" --demo --autostart --screenshot "$tmp/work/shot.png" --quit-after-ms 2500 \
    >"$tmp/studio.log" 2>&1; then
    size="$(stat -c %s "$tmp/work/shot.png" 2>/dev/null || echo 0)"
    [ "$size" -gt 20000 ] || fail "drpo-studio's screenshot is missing or tiny ($size bytes)"
    echo "drpo-studio --demo from the prefix: screenshot of $size bytes"
else
    fail "drpo-studio --demo fails: $(tail -5 "$tmp/studio.log")"
fi

[ $status -eq 0 ] && echo "install: $(find "$prefix" -type f | wc -l) files under the prefix; both programs run from it"
exit $status
