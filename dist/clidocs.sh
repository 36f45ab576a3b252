#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Generates the man pages' option sections and drpo's bash completion from the programs' own
# --help output, at build time (dist/CMakeLists.txt): a command or flag added to the CLI shows
# up in both without editing anything here. Needs only bash and a POSIX awk (mawk).
#
#   clidocs.sh man TEMPLATE OUT VERSION PROGRAM [ARGS...]
#       Copies TEMPLATE to OUT; the line @OPTIONS@ becomes PROGRAM's options, the line
#       @COMMANDS@ one subsection per command listed under "Commands:" in PROGRAM --help
#       (with that command's own --help), and @VERSION@ the version.
#   clidocs.sh completion OUT PROGRAM [ARGS...]
#       Writes a bash completion for PROGRAM's commands, their options, the values of options
#       that list their choices ("...: a, b or c.") and positional choices ("test, presets or
#       forecast"). Words it cannot complete fall back to file names.
set -euo pipefail

# Parses one --help text (stdin) into tab-separated records:
#   U <usage after the program name>   D <description>
#   O <option spec> <text>             A <argument> <text>     C <command> <text>
parse_help() {
    awk '
    function flush() { if (name != "") print sec "\t" name "\t" text; name = ""; text = "" }
    NR == 1 && /^Usage: / { u = $0; sub(/^Usage: [^ ]+ ?/, "", u); print "U\t" u; indesc = 1; next }
    /^(Options|Arguments|Commands):$/ {
        flush(); sec = substr($0, 1, 1); indesc = 0; next
    }
    /^ *$/ { flush(); sec = ""; if (desc != "") indesc = 0; next }
    sec == "" && indesc { desc = desc (desc == "" ? "" : " ") $0; next }
    sec != "" && /^  [^ ]/ {
        flush(); line = substr($0, 3); i = index(line, "  ")
        if (i == 0) { name = line; text = "" }
        else { name = substr(line, 1, i - 1); text = substr(line, i); sub(/^ +/, "", text) }
        next
    }
    sec != "" && /^   +[^ ]/ { t = $0; sub(/^ +/, "", t); text = text (text == "" ? "" : " ") t; next }
    END { flush(); if (desc != "") print "D\t" desc }'
}

# The choices a help text lists, or nothing: "Which stages to run: icl, prompt or all." and
# "test, presets or forecast" give their words; remarks in parentheses are ignored.
choices_of() {
    awk -v s="$1" 'BEGIN {
        gsub(/ *\([^)]*\)/, "", s); i = 0
        while ((j = index(substr(s, i + 1), ": ")) > 0) i += j + 1
        s = substr(s, i + 1); sub(/\.$/, "", s); gsub(/,? or /, ", ", s)
        n = split(s, w, ", "); if (n < 2) exit
        for (k = 1; k <= n; k++) if (w[k] !~ /^[a-z][a-z0-9_-]*$/) exit
        out = w[1]; for (k = 2; k <= n; k++) out = out " " w[k]; print out }'
}

help_of() { # PROGRAM... ; prints its --help (exit code 1 of a bare "drpo" is fine)
    "$@" --help 2>/dev/null || true
}

# troff: escapes backslashes, protects a leading dot, and writes option specs with \- and fonts.
troff_text() { sed -e 's/\\/\\e/g' -e "s/^\\([.']\\)/\\\\\\&\\1/"; }
troff_spec() {
    awk -v s="$1" 'BEGIN {
        n = split(s, alt, ", ")
        for (a = 1; a <= n; a++) {
            m = split(alt[a], tok, " ")
            for (t = 1; t <= m; t++) {
                w = tok[t]; r = ""
                if (w ~ /^</) { gsub(/[<>]/, "", w); r = "\\fI" w "\\fR" }
                else { for (c = 1; c <= length(w); c++) { ch = substr(w, c, 1); r = r (ch == "-" ? "\\-" : ch) }
                       r = "\\fB" r "\\fR" }
                out = out (t > 1 ? " " : "") r
            }
            if (a < n) out = out ", "
        }
        print out }'
}

man_options() { # PROGRAM... : .TP entries for its options, then its arguments
    help_of "$@" | parse_help | while IFS=$'\t' read -r kind spec text; do
        case "$kind" in
            O) printf '.TP\n%s\n' "$(troff_spec "$spec")" ;;
            A) printf '.TP\n\\fI%s\\fR\n' "$spec" ;;
            *) continue ;;
        esac
        printf '%s\n' "$text" | troff_text
    done
}

man_commands() { # PROGRAM... : a subsection per command
    local prog="$1" name cmd text usage desc
    name="$(basename "$prog")"
    help_of "$@" | parse_help | while IFS=$'\t' read -r kind cmd text; do
        [ "$kind" = C ] || continue
        usage="$(help_of "$@" "$cmd" | parse_help | awk -F '\t' '$1 == "U" { print $2 }')"
        desc="$(help_of "$@" "$cmd" | parse_help | awk -F '\t' '$1 == "D" { print $2 }')"
        printf '.SS "%s %s"\n' "$name" "$cmd"
        printf '.B %s %s\n' "$name" "$cmd"
        printf '%s\n' "$usage" | sed -e 's/\\/\\e/g' -e 's/-/\\-/g' | sed 's/^/\\\&/'
        printf '.PP\n'
        printf '%s\n' "${desc:-$text}" | troff_text
        man_options "$@" "$cmd"
    done
}

generate_man() {
    local template="$1" out="$2" version="$3"
    shift 3
    local tmp="$out.tmp"
    : >"$tmp"
    while IFS= read -r line || [ -n "$line" ]; do
        case "$line" in
            @OPTIONS@) man_options "$@" >>"$tmp" ;;
            @COMMANDS@) man_commands "$@" >>"$tmp" ;;
            *) printf '%s\n' "${line//@VERSION@/$version}" >>"$tmp" ;;
        esac
    done <"$template"
    if grep -q '^\.TP' "$tmp"; then mv "$tmp" "$out"; else
        rm -f "$tmp"
        echo "clidocs: no options found in the help of $*" >&2
        exit 1
    fi
}

generate_completion() {
    local out="$1"
    shift
    local name commands cmd kind spec text opts valued choices args words w
    name="$(basename "$1")"
    commands="$(help_of "$@" | parse_help | awk -F '\t' '$1 == "C" { printf "%s ", $2 }')"
    if [ -z "$commands" ]; then
        echo "clidocs: no commands found in $* --help" >&2
        exit 1
    fi
    {
        echo "# bash completion for $name, generated from \"$name <command> --help\" by dist/clidocs.sh."
        echo "_${name}_words() { # COMMAND KIND [OPTION]: the words of one kind"
        echo '    case "$1|$2|${3:-}" in'
        echo "        '|commands|') echo '${commands% } --help --version' ;;"
        for cmd in $commands; do
            opts="" valued="" args=""
            while IFS=$'\t' read -r kind spec text; do
                case "$kind" in
                    O)
                        for w in ${spec//,/ }; do
                            case "$w" in -*) opts+="$w " ;; esac
                        done
                        if [[ "$spec" == *"<"* ]]; then
                            for w in ${spec//,/ }; do
                                case "$w" in -*) valued+="$w " ;; esac
                            done
                            choices="$(choices_of "$text")"
                            if [ -n "$choices" ]; then
                                for w in ${spec//,/ }; do
                                    case "$w" in -*) echo "        '$cmd|choices|$w') echo '$choices' ;;" ;; esac
                                done
                            fi
                        fi
                        ;;
                    A) [ -n "$args" ] || args="$(choices_of "$text")" ;;
                esac
            done < <(help_of "$@" "$cmd" | parse_help)
            echo "        '$cmd|options|') echo '${opts% }' ;;"
            echo "        '$cmd|valued|') echo '${valued% }' ;;"
            [ -z "$args" ] || echo "        '$cmd|arguments|') echo '$args' ;;"
        done
        echo '    esac'
        echo '}'
        cat <<EOF
_${name}() {
    local cur=\${COMP_WORDS[COMP_CWORD]} prev=\${COMP_WORDS[COMP_CWORD-1]} cmd=\${COMP_WORDS[1]:-}
    COMPREPLY=()
    if [ "\$COMP_CWORD" -eq 1 ]; then
        mapfile -t COMPREPLY < <(compgen -W "\$(_${name}_words '' commands)" -- "\$cur")
        return
    fi
    case " \$(_${name}_words "\$cmd" valued) " in
        *" \$prev "*) # the value of an option: its choices, else file names (complete -o default)
            mapfile -t COMPREPLY < <(compgen -W "\$(_${name}_words "\$cmd" choices "\$prev")" -- "\$cur")
            return ;;
    esac
    if [[ "\$cur" == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "\$(_${name}_words "\$cmd" options)" -- "\$cur")
        return
    fi
    local i positional=0 valued=" \$(_${name}_words "\$cmd" valued) "
    for ((i = 2; i < COMP_CWORD; i++)); do # words before this one that are arguments
        [[ "\${COMP_WORDS[i]}" == -* ]] && continue
        [[ "\$valued" == *" \${COMP_WORDS[i-1]} "* ]] && continue
        positional=\$((positional + 1))
    done
    if [ "\$positional" -eq 0 ]; then
        mapfile -t COMPREPLY < <(compgen -W "\$(_${name}_words "\$cmd" arguments)" -- "\$cur")
    fi
}
complete -o bashdefault -o default -F _${name} ${name}
EOF
    } >"$out.tmp"
    mv "$out.tmp" "$out"
}

mode="${1:-}"
shift || true
case "$mode" in
    man) generate_man "$@" ;;
    completion) generate_completion "$@" ;;
    *)
        echo "usage: clidocs.sh man TEMPLATE OUT VERSION PROGRAM... | completion OUT PROGRAM..." >&2
        exit 2
        ;;
esac
