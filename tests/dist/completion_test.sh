#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# drpo's bash completion offers the commands, each command's options, the choices an option
# lists and the actions of drpo models, as bash itself calls it.
# Usage: completion_test.sh DRPO COMPLETION_FILE
set -euo pipefail
drpo="$1"
# shellcheck source=/dev/null
source "$2"
status=0
complete_words() { # WORDS... ; the last one is being completed
    COMP_WORDS=("$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _drpo
    echo "${COMPREPLY[*]}"
}
expect() { # EXPECTED_WORD WORDS...
    local want="$1" got
    shift
    got=" $(complete_words "$@") "
    if [[ "$got" != *" $want "* ]]; then
        echo "FAIL: completing [$*] gives [${got# }], without \"$want\""
        status=1
    fi
}
reject() { # UNWANTED_WORD WORDS...
    local bad="$1" got
    shift
    got=" $(complete_words "$@") "
    if [[ "$got" == *" $bad "* ]]; then
        echo "FAIL: completing [$*] offers \"$bad\""
        status=1
    fi
}

commands="$("$drpo" --help | awk '/^Commands:$/ { c = 1; next } /^$/ { c = 0 } c && /^  [a-z]/ { print $1 }')"
for cmd in $commands; do
    expect "$cmd" drpo ""
    for opt in $("$drpo" "$cmd" --help | grep -o '^  \(-[a-z], \)\?--[a-z0-9-]*' | sed 's/.*--/--/'); do
        expect "$opt" drpo "$cmd" "${opt:0:4}"
    done
done
expect --version drpo --
expect optimize drpo op
reject ask drpo op
expect --demo drpo optimize --de
expect --depth drpo optimize --de
expect prompt drpo optimize --stage ""
expect greedy drpo optimize --seed 3 --search ""
expect static drpo optimize --criteria s
expect forecast drpo models ""
reject forecast drpo models test ""
reject --demo drpo optimize --out "" # a file name comes next, not an option
[ $status -eq 0 ] && echo "completion: $(wc -w <<<"$commands") commands and their options complete"
exit $status
