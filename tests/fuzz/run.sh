#!/usr/bin/env bash
# tests/fuzz/run.sh - builds the libFuzzer targets (clang, ASan+UBSan) and
# runs each for FUZZ_SECONDS (default 10) on one process, starting from the
# seeds in tests/fuzz/corpus/<target>/ and a working corpus kept in
# build/fuzz/corpus/<target>/. A crash stops with status 1 and leaves the
# input in build/fuzz/crash/<target>/: copy it to tests/fuzz/regress/<target>/
# (replayed by `make test` through tests/unit/test_fuzz_replay.c).
# Usage: run.sh [TARGET...]   (default: every tests/fuzz/fuzz_*.c)
# Env: FUZZ_SECONDS, FUZZ_BUILD (default build/fuzz), CLANG (default clang),
#      FUZZ_FLAGS (extra libFuzzer flags).
set -u
cd "$(dirname "$0")/../.."
SECS=${FUZZ_SECONDS:-10}
B=${FUZZ_BUILD:-build/fuzz}
CLANG=${CLANG:-clang}
SAN="-fsanitize=address,undefined -fno-sanitize-recover=all"
CF="-O1 -g -fno-omit-frame-pointer -std=c11 -Wall -Wextra -Werror -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -pthread"
PKG=$(pkg-config --cflags libcgraph libgvc libutf8proc)
LIBS="$(pkg-config --libs libcgraph libgvc libutf8proc) -pthread -lm"
mkdir -p "$B/obj"

# Library objects, rebuilt when their source or any header is newer.
newest_h=$(ls -t src/*.h | head -1)
objs=()
for s in src/*.c; do
    [ "$s" = src/main.c ] && continue
    o="$B/obj/$(basename "${s%.c}").o"
    if [ ! -f "$o" ] || [ "$s" -nt "$o" ] || [ "$newest_h" -nt "$o" ]; then
        $CLANG $CF $SAN -fsanitize=fuzzer-no-link $PKG -c "$s" -o "$o" || exit 1
    fi
    objs+=("$o")
done
# A static archive, so each target pulls in only the modules it uses.
lib="$B/libentgraph-fuzz.a"
rm -f "$lib" && ar rcs "$lib" "${objs[@]}" || exit 1

if [ $# -gt 0 ]; then targets=("$@"); else
    targets=(); for f in tests/fuzz/fuzz_*.c; do t=$(basename "${f%.c}"); targets+=("${t#fuzz_}"); done
fi
status=0
for t in "${targets[@]}"; do
    bin="$B/fuzz_$t"
    $CLANG $CF $SAN -fsanitize=fuzzer -Isrc -Itests/fuzz $PKG -o "$bin" "tests/fuzz/fuzz_$t.c" "$lib" $LIBS ||
        { status=1; continue; }
    work="$B/corpus/$t" crash="$B/crash/$t"
    mkdir -p "$work" "$crash"
    seeds="tests/fuzz/corpus/$t"; [ -d "$seeds" ] || seeds=
    start=$(date +%s)
    # One process; rss and length limits keep it a good neighbour on shared machines.
    "$bin" -max_total_time="$SECS" -timeout=20 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
        -artifact_prefix="$crash/" ${FUZZ_FLAGS:-} "$work" $seeds >"$B/$t.log" 2>&1
    rc=$?
    runs=$(grep -E '^stat::number_of_executed_units' "$B/$t.log" | awk '{print $2}')
    echo "fuzz $t: ${runs:-?} runs in $(( $(date +%s) - start ))s, corpus $(ls "$work" | wc -l), exit $rc"
    if [ $rc -ne 0 ]; then
        status=1
        grep -E 'ERROR|invariant|SUMMARY|^==' "$B/$t.log" | head -20
        ls "$crash" | sed "s|^|  crash input: $crash/|"
    fi
done
exit $status
