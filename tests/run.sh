#!/usr/bin/env bash
# Runs the whole suite: unit tests (cmocka, TAP output), CLI tests and
# validation tests (shell scripts printing TAP lines). Ends with the line CI
# reads: "N passed, N failed". Env: ENTGRAPH (binary), BUILD (build folder),
# VALGRIND (optional command prefix for every entgraph and unit-test run).
set -u
cd "$(dirname "$0")/.."
export ENTGRAPH="${ENTGRAPH:-build/entgraph}" BUILD="${BUILD:-build}"
export ROOT="$PWD" SEEDS="${SEEDS:-$PWD/../shared/corpus/seeds}" SCHEMA_DIR="${SCHEMA_DIR:-$PWD/../shared/schemas/graphml}"
export CMOCKA_MESSAGE_OUTPUT=TAP
pass=0 fail=0
log=$(mktemp -d)
trap 'rm -rf "$log"' EXIT
# Compiled gazetteers go to the suite's own folder, not the user's cache: the
# first run of each gazetteer builds, the later ones map its image, so the
# output checks cover both ways.
export ENTGRAPH_CACHE="${ENTGRAPH_CACHE:-$log/cache}"

count() { # name, exit status, output file
    local p f
    p=$(grep -cE '^ok( |$)' "$3")
    f=$(grep -cE '^not ok( |$)' "$3")
    if [ "$2" -ne 0 ] && [ "$f" -eq 0 ]; then
        echo "not ok - $1 exited with status $2"; f=1
    fi
    grep -E '^not ok|^#' "$3" | sed "s|^|[$1] |" | head -40
    pass=$((pass + p)); fail=$((fail + f))
    printf '%-34s %4d passed %3d failed\n' "$1" "$p" "$f"
}

for t in "$BUILD"/tests/test_*; do
    [ -x "$t" ] || continue
    ${VALGRIND:-} "$t" >"$log/out" 2>&1; st=$?
    count "$(basename "$t")" "$st" "$log/out"
done
for t in tests/cli/*.sh tests/validate/*.sh; do
    [ -f "$t" ] || continue
    bash "$t" >"$log/out" 2>&1; st=$?
    count "$(basename "$t")" "$st" "$log/out"
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]
