# tests/lib.sh - helpers for shell tests: each check prints one TAP line.
# Sourced by tests/cli/*.sh and tests/validate/*.sh (run from the repo root).
set -u
: "${ENTGRAPH:=build/entgraph}" "${ROOT:=$PWD}"
SEEDS="${SEEDS:-$ROOT/../shared/corpus/seeds}"
SCHEMA_DIR="${SCHEMA_DIR:-$ROOT/../shared/schemas/graphml}"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# eg ARGS... : runs entgraph (under $VALGRIND when set); output in $TMP/stdout, $TMP/stderr.
# In the sanitizer build, LeakSanitizer's own exit-time tracer sometimes dies
# ("Tracer caught signal 11", about 1 run in 300-500, more often on a loaded
# machine: google/sanitizers#1353) before it checks anything: only that exact
# failure is run again, up to three more times.
eg() {
    local st try
    for try in 1 2 3 4; do
        ${VALGRIND:-} "$ROOT/$ENTGRAPH" "$@" >"$TMP/stdout" 2>"$TMP/stderr"
        st=$?
        [ $st -ne 0 ] && [ $try -lt 4 ] && grep -q '^Tracer caught signal 11' "$TMP/stderr" &&
            grep -q 'LeakSanitizer has encountered a fatal error' "$TMP/stderr" &&
            ! grep -q 'ERROR: \(Address\|Leak\|UndefinedBehavior\)Sanitizer' "$TMP/stderr" || break
        echo "# LeakSanitizer tracer crash (not a finding): running it again" >&2
    done
    return $st
}

ok()     { echo "ok - $1"; }
not_ok() { echo "not ok - $1"; shift; for l in "$@"; do echo "# $l"; done; }
# check NAME CMD... : ok if CMD succeeds.
check()  { local n=$1; shift; if "$@"; then ok "$n"; else not_ok "$n" "failed: $*"; fi; }
# check_status NAME WANT : compares the last exit status.
check_status() { if [ "$2" -eq "$3" ]; then ok "$1"; else not_ok "$1" "exit status $3, wanted $2" "$(head -c 400 "$TMP/stderr")"; fi; }
# has_row FILE REGEX : a line of FILE matches (extended regex).
has_row() { grep -qE "$2" "$1"; }
