#!/usr/bin/env bash
# Allocation-failure sweep through the one chokepoint (util.c): with
# ENTGRAPH_FAIL_ALLOC=N the Nth xmalloc/xcalloc/xrealloc fails. For a sample
# of N from 1 to the run's total (FAULT_ALL=1: every N), a small run on one
# worker thread must either succeed or exit 1 saying 'out of memory': never
# crash (status >= 128), never leak (the sanitizer and valgrind builds turn a
# leak into another status), never leave a temp file or a truncated output.
. tests/lib.sh

F=$TMP/f; mkdir -p "$F/g" "$F/d" "$F/o"
printf 'id\ttype\tname\taliases\tbloc\tcountry\n' >"$F/g/e.tsv"
printf 'kor\tcountry\tSouth Korea\tSeoul|ROK\tus-rok\tKOR\n' >>"$F/g/e.tsv"
printf 'usa\tcountry\tUnited States\tAmerica|U.S.\tus-rok\tUSA\n' >>"$F/g/e.tsv"
printf 'prk\tcountry\tNorth Korea\tPyongyang|DPRK\tadversary\tPRK\n' >>"$F/g/e.tsv"
printf 'kim\tperson\tKim Jong Un\t~Kim\tadversary\tPRK\n' >>"$F/g/e.tsv"
printf 'cyber\tissue\tcyber\t\t\t\n' >>"$F/g/e.tsv"
printf 'trigger\trelation\tquadclass\tgoldstein\tdirection\n' >"$F/g/relations.tsv"
printf 'met|met with\tconsult\t1\t1\tsym\nwarned\tthreaten\t3\t-4\tab\n' >>"$F/g/relations.tsv"
printf 'Seoul met America on cyber issues.\n\nKim Jong Un warned Seoul. Kim said the U.S. would pay.\n' >"$F/d/a.txt"
printf 'Pyongyang warned the U.S. and \xffSouth Korea.\n' >"$F/d/b.txt"
: >"$F/d/c.txt"
printf 'Seoul\0binary\n' >"$F/d/d.txt"

# fault N : one run with the Nth allocation failing; sets st. MODE=lint
# sweeps `entgraph lint` instead of a run.
MODE=run
fault() {
    if [ $MODE = lint ]; then
        ENTGRAPH_FAIL_ALLOC=$1 ${VALGRIND:-} "$ROOT/$ENTGRAPH" lint -g "$F/g" "$F/d" >"$TMP/stdout" 2>"$TMP/stderr"
    else
        ENTGRAPH_FAIL_ALLOC=$1 ${VALGRIND:-} "$ROOT/$ENTGRAPH" -q -j 1 -g "$F/g" -o "$F/o" "$F/d" \
            >"$TMP/stdout" 2>"$TMP/stderr"
    fi
    st=$?
}

sweep() {
    fault 0; check_status "$MODE: baseline (no injected failure) exits 0" 0 $st
    # The total: the smallest N that no longer fails (runs with N > total succeed).
    lo=1 hi=1
    while fault $hi; [ $st -ne 0 ]; do lo=$hi; hi=$((hi * 2)); [ $hi -gt 10000000 ] && break; done
    while [ $((hi - lo)) -gt 1 ]; do
        mid=$(((lo + hi) / 2)); fault $mid
        if [ $st -eq 0 ]; then hi=$mid; else lo=$mid; fi
    done
    total=$lo
    check "$MODE: allocates through the chokepoint ($total allocations)" test "$total" -gt 50

    # Sample: every N up to 30, then evenly over the rest, and the last one.
    if [ -n "${FAULT_ALL:-}" ]; then ns=$(seq 1 "$total")
    else
        pts=90; [ -n "${VALGRIND:-}" ] && pts=15
        step=$(((total - 30) / pts)); [ $step -lt 1 ] && step=1
        ns="$(seq 1 $((total < 30 ? total : 30))) $(seq 31 $step "$total") $total"
    fi
    crashes="" wrong="" temps="" torn="" runs=0
    for n in $ns; do
        fault "$n"; runs=$((runs + 1))
        if [ $st -ge 128 ]; then crashes="$crashes $n:$st"
        elif [ $st -ne 0 ] && { [ $st -ne 1 ] || ! grep -q '^entgraph: out of memory' "$TMP/stderr"; }; then
            wrong="$wrong $n:$st"
        fi
        ls -A "$F/o" | grep -q '^\.' && temps="$temps $n"
        for f in "$F"/o/*.graphml "$F"/o/*.svg; do
            [ -e "$f" ] && ! tail -c 32 "$f" | grep -qE '</(graphml|svg)>' && torn="$torn $n:$(basename "$f")"
        done
        rm -rf "$F/o"; mkdir -p "$F/o"
    done
    check "$MODE: fault sweep ran $runs failure points" test $runs -gt 10
    # none NAME LIST : ok if LIST is empty, else not ok naming its items.
    none() { if [ -z "$2" ]; then ok "$1"; else not_ok "$1" "at N:status =$2"; fi; }
    none "$MODE: no injected failure crashes" "$crashes"
    none "$MODE: every injected failure exits 1 with 'out of memory' (or succeeds)" "$wrong"
    none "$MODE: no temp files left after an injected failure" "$temps"
    none "$MODE: no truncated output after an injected failure" "$torn"

}
MODE=run sweep
MODE=lint sweep
MODE=run

# Failure while loading the gazetteer says which allocation, and nothing is written.
fault 1; check_status "first allocation failing exits 1" 1 $st
check "first allocation failing: message" grep -q '^entgraph: out of memory (allocating [0-9]* bytes)$' "$TMP/stderr"
check "first allocation failing: no outputs" test -z "$(ls -A "$F/o")"
