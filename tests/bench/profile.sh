#!/usr/bin/env bash
# profile.sh - where entgraph spends its time: runs the full pipeline (the
# bench's gazetteer and formats) on a 5 MB slice of the bench corpus under
# perf (cpu-clock sampling, all threads) when the kernel allows it, else under
# valgrind --tool=callgrind, and prints the top functions by self time.
# Environment: BUILD (build/bench), ENTGRAPH, BENCH_DATA (build/bench-data),
# PROFILE_SIZE (5M), PROFILE_TOOL (perf | callgrind; default: perf if it
# works), PROFILE_TOP (30).
set -uo pipefail
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build/bench}
ENTGRAPH=${ENTGRAPH:-$BUILD/entgraph}
DATA=${BENCH_DATA:-build/bench-data}
SIZE=${PROFILE_SIZE:-5M}
TOP=${PROFILE_TOP:-30}
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
die() { echo "profile: $*" >&2; exit 1; }

make --no-print-directory BUILD="$BUILD" all >&2 || die "build failed"
GAZ=$DATA/gaz/bench.tsv
[ -s "$GAZ" ] || $PY tests/bench/gen_gazetteer.py --out "$DATA/gaz" >&2 || die "gazetteer generation failed"
CORPUS=$DATA/corpus-$SIZE
if [ ! -f "$CORPUS.stats" ] || [ tests/bench/gen_corpus.py -nt "$CORPUS.stats" ]; then
    rm -rf "$CORPUS"
    n=${SIZE%M}
    $PY tests/bench/gen_corpus.py --gaz "$GAZ" --out "$CORPUS" --bytes "${n}e6" >&2 || die "corpus failed"
fi
OUT=$DATA/out-profile
REL=(); [ -f gazetteer/relations.tsv ] && REL=(-g gazetteer/relations.tsv)
CMD=("$ENTGRAPH" -g "$GAZ" "${REL[@]}" -o "$OUT" -f mentions,nodes,edges,graphml "$CORPUS")

tool=${PROFILE_TOOL:-}
if [ -z "$tool" ]; then
    tool=callgrind
    perf record -q -e cpu-clock -o /dev/null -- true >/dev/null 2>&1 && tool=perf
fi
echo "profile: $tool, ${CMD[*]}"
"${CMD[@]}" 2>&1 | grep 'gazetteer' # the summary line of an unprofiled run
case $tool in
perf)
    # DWARF stacks give inclusive times (which stage costs what); plain
    # sampling when the kernel or perf refuses them.
    perf record -q -e cpu-clock -F 1000 --call-graph dwarf,16384 -o "$DATA/perf.data" -- "${CMD[@]}" -q \
        >/dev/null 2>&1 ||
        perf record -q -e cpu-clock -F 1000 -o "$DATA/perf.data" -- "${CMD[@]}" -q >/dev/null 2>&1 ||
        die "perf record failed"
    report() { perf report -i "$DATA/perf.data" -g none --percent-limit 0.5 --stdio "$@" 2>/dev/null |
        grep -v '^#' | grep -v '^$' | sed -E 's/ +- +- *$//' | head -n "$TOP"; }
    echo "== self time (top $TOP; all threads; % of samples) =="
    report --no-children --sort symbol,dso
    echo "== inclusive time of entgraph functions (children included) =="
    report --children --sort symbol --dsos entgraph
    ;;
callgrind)
    command -v valgrind >/dev/null || die "valgrind is not installed"
    valgrind -q --tool=callgrind --callgrind-out-file="$DATA/callgrind.out" "${CMD[@]}" -q ||
        die "valgrind failed"
    callgrind_annotate --inclusive=no "$DATA/callgrind.out" 2>/dev/null |
        sed -n '/^-*$/,$p' | grep -E '^ *[0-9,]+ ' | head -n "$TOP"
    ;;
*) die "unknown PROFILE_TOOL '$tool' (want perf or callgrind)" ;;
esac
