#!/usr/bin/env bash
# scan_bench.sh - builds tests/bench/scan_bench.c against the library of
# BUILD (build/bench) and times ac_scan alone on a bench corpus (see the
# header of scan_bench.c for what the figure means).
# Usage: scan_bench.sh [SIZE] [REPS]   (SIZE: 10M, a corpus of BENCH_DATA;
# REPS: 10). Environment: BUILD, BENCH_DATA (build/bench-data).
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build/bench}
DATA=${BENCH_DATA:-build/bench-data}
SIZE=${1:-10M}
REPS=${2:-10}
make --no-print-directory BUILD="$BUILD" "$BUILD/libentgraph.a" >&2
CFLAGS="-O2 -g -std=c11 -Wall -Wextra -Wpedantic -Werror -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE"
# shellcheck disable=SC2046,SC2086
cc $CFLAGS -Isrc $(pkg-config --cflags libutf8proc) -o "$BUILD/scan_bench" tests/bench/scan_bench.c \
    "$BUILD/libentgraph.a" $(pkg-config --libs libcgraph libgvc libutf8proc) -pthread -lm
"$BUILD/scan_bench" "$REPS" "$DATA/corpus-$SIZE" -g "$DATA/gaz/bench.tsv"
