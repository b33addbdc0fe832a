#!/usr/bin/env bash
# run.sh - `make bench`: entgraph's full pipeline against `rg -F -o -f` and
# `grep -F -o -f` on the same generated corpus and the same alias list, in one
# run, printed as one table, then the targets with PASS/FAIL.
#
# Builds entgraph (make BUILD=$BUILD all), installs ripgrep and GNU time when
# missing, generates what is missing under $BENCH_DATA (gazetteer, 1M-alias
# gazetteer, corpora; each corpus is complete once its DIR.stats exists),
# then measures wall time (bash's microsecond clock), peak RSS and CPU
# (/usr/bin/time): the best wall time of $BENCH_REPS runs, the largest RSS;
# before each run a sync, so one run's disk writeback does not land in the
# next, and a read of the corpus into the page cache.
# Each entgraph row writes into an emptied folder; at 100 MB an "entgraph
# rerun" row also shows runs that replace the previous run's outputs, and an
# "entgraph after idle" row runs that follow BENCH_IDLE seconds of idle (the
# other rows follow one another; on a VM whose host takes back free memory
# a run after idle pays more for fresh pages, as a user's run does). The
# compiled gazetteer comes from a cache folder of the bench's own, filled by
# an untimed first run, as on any run after a user's first; the "entgraph
# --no-cache" row and the gazetteer lines show the build without it. The
# "cold" rows (entgraph and rg at 100 MB) run with the corpus dropped from
# the page cache before each run (posix_fadvise DONTNEED on every file: no
# root needed), as a first run over new files, or one over files unread
# for a minute on this VM, reads them from the disk.
# Environment: BUILD (build/bench), ENTGRAPH ($BUILD/entgraph), BENCH_DATA
# (build/bench-data), BENCH_SIZES ("10M 100M 1G"), BENCH_REPS (3),
# BENCH_PEER_SIZES ("10M 100M"), BENCH_WORD_SLICE (200K: rg -w is slow),
# BENCH_BIG (1000000 aliases), BENCH_THREADS (number of cores), BENCH_IDLE
# (5 seconds).
set -uo pipefail
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build/bench}
ENTGRAPH=${ENTGRAPH:-$BUILD/entgraph}
DATA=${BENCH_DATA:-build/bench-data}
SIZES=${BENCH_SIZES:-10M 100M 1G}
PEER_SIZES=${BENCH_PEER_SIZES:-10M 100M}
REPS=${BENCH_REPS:-3}
IDLE=${BENCH_IDLE:-5}
WORD_SLICE=${BENCH_WORD_SLICE:-200K}
BIG=${BENCH_BIG:-1000000}
THREADS=${BENCH_THREADS:-$(nproc)}
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
export LC_ALL=C.UTF-8 # the same locale for every tool: UTF-8 text, byte-fast
HERE=tests/bench

die() { echo "bench: $*" >&2; exit 1; }
log() { echo "bench: $*" >&2; }

# --- tools -------------------------------------------------------------------
need=""
command -v rg >/dev/null || need="$need ripgrep"
[ -x /usr/bin/time ] || need="$need time"
if [ -n "$need" ]; then
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
    log "installing:$need"
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $need ||
        die "cannot install$need"
fi
make --no-print-directory BUILD="$BUILD" all >&2 || die "build failed"
[ -x "$ENTGRAPH" ] || die "no binary at $ENTGRAPH"

# --- data --------------------------------------------------------------------
bytes_of() { # 10M -> 10000000 (decimal units, like MB/s)
    local n=${1%[KMG]}
    case $1 in *K) echo $((n * 1000)) ;; *M) echo $((n * 1000000)) ;; *G) echo $((n * 1000000000)) ;; *) echo "$1" ;; esac
}
mkdir -p "$DATA"
GAZ=$DATA/gaz/bench.tsv ALIASES=$DATA/gaz/aliases.txt BIGGAZ=$DATA/gaz-big-$BIG.tsv
if [ ! -s "$GAZ" ] || [ ! -s "$ALIASES" ] || [ "$HERE/gen_gazetteer.py" -nt "$GAZ" ] || [ "$HERE/words.py" -nt "$GAZ" ]; then
    $PY $HERE/gen_gazetteer.py --out "$DATA/gaz" >&2 || die "gazetteer generation failed"
    rm -f "$DATA"/corpus-*.stats # names changed: corpora are stale
fi
[ -s "$BIGGAZ" ] && [ ! "$HERE/gen_gazetteer.py" -nt "$BIGGAZ" ] || $PY $HERE/gen_gazetteer.py --big "$BIG" --out "$BIGGAZ" >&2 || die "big gazetteer failed"
corpus() { # size -> folder, generated when missing or stale
    local dir=$DATA/corpus-$1
    if [ ! -f "$dir.stats" ] || [ "$HERE/gen_corpus.py" -nt "$dir.stats" ]; then
        rm -rf "$dir" "$dir.stats"
        log "generating corpus-$1 (deterministic; once)"
        $PY $HERE/gen_corpus.py --gaz "$GAZ" --out "$dir" --bytes "$(bytes_of "$1")" >&2 || die "corpus $1 failed"
    fi
    echo "$dir"
}
stat_of() { awk -v k="$2" '$1 == k { print $2 }' "$DATA/corpus-$1.stats"; }
for s in $SIZES $PEER_SIZES $WORD_SLICE; do corpus "$s" >/dev/null; done
printf 'tiny input\n' >"$DATA/tiny.txt"
# The project's relation lexicon, so stated relations are part of the pipeline.
REL=(); [ -f gazetteer/relations.tsv ] && REL=(-g gazetteer/relations.tsv)

# --- measuring -----------------------------------------------------------------
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
warm() { find "$1" -name '*.txt' -print0 | xargs -0 cat >/dev/null; }
evict() { # drops the corpus's files from the page cache
    find "$1" -name '*.txt' -print0 | $PY -c 'import os, sys
for p in sys.stdin.buffer.read().split(b"\0"):
    if p:
        fd = os.open(p, os.O_RDONLY)
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        os.close(fd)'
}
CACHE=(--cache "$TMP/cache") # compiled gazetteers (cache.h), filled below

# measure REPS OUTFILE CMD... -> M_TIME (best wall s), M_MEDIAN (median wall
# s: how much the host moved the runs), M_RSS (max KB), M_CPU (% of one core,
# best run), M_USER and M_SYS (CPU seconds of the best run), M_STATUS; stdout
# to OUTFILE, stderr to $TMP/err. M_FRESH: a folder removed (untimed) before
# each run; M_IDLE: seconds slept (untimed) before each run; M_WARM: a corpus
# read (untimed) before each run, as this VM's DAMON pages out file pages
# unused for a second or two, so a run after a slow sync read part of its
# corpus from disk; M_COLD: a corpus dropped from the page cache (untimed)
# before each run instead
measure() {
    local reps=$1 out=$2 r e m u s best="" rss=0 cpu=0 user=0 sys=0 walls=""
    shift 2
    M_STATUS=0
    for ((r = 0; r < reps; r++)); do
        [ -n "${M_FRESH:-}" ] && rm -rf "$M_FRESH" # each run writes a new output folder, as peers get an emptied file
        [ -n "${M_IDLE:-}" ] && sleep "$M_IDLE"
        sync # the previous run's output is on disk: its writeback does not slow this one
        [ -n "${M_WARM:-}" ] && warm "$M_WARM"
        [ -n "${M_COLD:-}" ] && evict "$M_COLD"
        local t0=${EPOCHREALTIME:-} t1
        /usr/bin/time -f '%e %M %U %S' -o "$TMP/time" "$@" >"$out" 2>"$TMP/err"
        local st=$?
        t1=${EPOCHREALTIME:-}
        [ "$st" -gt 1 ] && M_STATUS=$st
        read -r e m u s < <(tail -n 1 "$TMP/time")
        # GNU time's %e has 10 ms steps (a 2.5% step at 0.4 s, 16% at 0.06
        # s): the wall time is bash's clock around the command instead (in
        # microseconds; it includes GNU time's own start, ~1 ms, for every
        # tool alike), %e where bash has no EPOCHREALTIME.
        [ -n "$t0" ] && e=$(awk -v d=$((${t1/[.,]/} - ${t0/[.,]/})) 'BEGIN { printf "%.3f", d / 1e6 }')
        walls="$walls $e"
        [ "$m" -gt "$rss" ] && rss=$m
        if [ -z "$best" ] || awk -v a="$e" -v b="$best" 'BEGIN { exit !(a < b) }'; then
            best=$e
            cpu=$(awk -v e="$e" -v u="$u" -v s="$s" 'BEGIN { printf "%.0f", (e > 0 ? 100 * (u + s) / e : 0) }')
            user=$u sys=$s
            cp "$TMP/err" "$TMP/err.best"
        fi
    done
    M_TIME=$best M_RSS=$rss M_CPU=$cpu M_USER=$user M_SYS=$sys
    M_MEDIAN=$(printf '%s\n' $walls | sort -g | awk '{ v[NR] = $1 } END { printf "%.3f", (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }')
}

ROWS=$TMP/rows # tool, corpus, bytes, files, time, rss KB, cpu %, matches, note
row() { printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >>"$ROWS"; }
: >"$ROWS"
SUMMARY_RE='s/.*gazetteer ([0-9]+) entities, ([0-9]+) aliases \(load ([0-9.]+)s, build ([0-9.]+)s(, cached)?\); scan ([0-9.]+)s = ([0-9.]+) MB\/s.*/\1 \2 \3 \4 \6 \7/p'

run_entgraph() { # size reps [rerun | no-cache | idle | cold]
    local dir out=$DATA/out-$1 label=entgraph fresh=$DATA/out-$1 cache=("${CACHE[@]}") idle="" warm cold=""
    dir=$(corpus "$1")
    # rerun: each run replaces the previous run's outputs in the same folder,
    # as a user rerunning into out/ does (the other rows start from none).
    [ "${3:-}" = rerun ] && label="entgraph rerun" fresh=""
    [ "${3:-}" = no-cache ] && label="entgraph --no-cache" cache=(--no-cache)
    [ "${3:-}" = idle ] && label="entgraph after idle" idle=$IDLE
    warm=$dir
    [ "${3:-}" = cold ] && label="entgraph cold" warm="" cold=$dir
    M_FRESH=$fresh M_IDLE=$idle M_WARM=$warm M_COLD=$cold measure "$2" /dev/null "$ENTGRAPH" "${cache[@]}" -g "$GAZ" "${REL[@]}" -o "$out" -f mentions,nodes,edges,graphml -j "$THREADS" "$dir"
    [ "$M_STATUS" = 0 ] || { cat "$TMP/err" >&2; die "entgraph failed on corpus-$1"; }
    local sum m
    sum=$(sed -nE "$SUMMARY_RE" "$TMP/err.best")
    m=$(($(wc -l <"$out/mentions.tsv") - 1))
    read -r G_ENTS G_ALIASES G_LOAD G_BUILD G_SCAN G_SCANMBS <<<"$sum"
    local build=build
    grep -q ', cached)' "$TMP/err.best" && build=map # the automaton came from the cache
    row "$label" "$1" "$(stat_of "$1" bytes)" "$(stat_of "$1" files)" "$M_TIME" "$M_RSS" "$M_CPU" "$m" \
        "load ${G_LOAD:-?}s $build ${G_BUILD:-?}s scan ${G_SCANMBS:-?} MB/s user ${M_USER}s sys ${M_SYS}s median ${M_MEDIAN}s"
}

run_peer() { # label size reps cmd... (a label ending in "cold": the corpus dropped from the page cache)
    local label=$1 size=$2 reps=$3 dir out=$DATA/peer.out warm cold=""
    shift 3
    dir=$(corpus "$size")
    warm=$dir
    case $label in *cold) warm="" cold=$dir ;; esac
    M_WARM=$warm M_COLD=$cold measure "$reps" "$out" timeout "${PEER_TIMEOUT:-900}" "$@" "$dir"
    local note=""
    [ "$M_STATUS" = 124 ] && note="stopped after ${PEER_TIMEOUT:-900}s"
    [ "$M_STATUS" != 0 ] && [ "$M_STATUS" != 124 ] && note="exit $M_STATUS: $(head -c 120 "$TMP/err")"
    row "$label" "$size" "$(stat_of "$size" bytes)" "$(stat_of "$size" files)" "$M_TIME" "$M_RSS" "$M_CPU" \
        "$(wc -l <"$out")" "$note"
    rm -f "$out"
}

LOAD_START=$(cut -d' ' -f1 /proc/loadavg)
log "measuring (this takes a few minutes; the 1 GB corpus runs twice)"
# The 30k gazetteer's load and build, cold (--no-cache) and from the cache;
# the first cached run, untimed, is the one that fills it.
"$ENTGRAPH" "${CACHE[@]}" -q -g "$GAZ" "${REL[@]}" -o "$DATA/out-gaz" -f nodes "$DATA/tiny.txt" || die "entgraph failed on the gazetteer"
for how in --no-cache cached; do
    opt=(--no-cache); [ $how = cached ] && opt=("${CACHE[@]}")
    measure "$REPS" /dev/null "$ENTGRAPH" "${opt[@]}" -g "$GAZ" "${REL[@]}" -o "$DATA/out-gaz" -f nodes "$DATA/tiny.txt"
    [ "$M_STATUS" = 0 ] || { cat "$TMP/err" >&2; die "entgraph failed on the gazetteer"; }
    read -r GAZ_ENTS GAZ_ALIASES l b _ _ <<<"$(sed -nE "$SUMMARY_RE" "$TMP/err.best")"
    if [ $how = cached ]; then GAZ_CLOAD=$l GAZ_CBUILD=$b GAZ_CTIME=$M_TIME; else GAZ_LOAD=$l GAZ_BUILD=$b GAZ_TIME=$M_TIME; fi
done
for s in $SIZES; do
    reps=$REPS
    # 1 GB: best of two, not one. The linear check compares it with the best
    # of $REPS at 100 MB, and one run here can be far off (one binary took
    # 14.8 s, then 6.7, 5.4 and 5.8 s, a few minutes apart).
    [ "$(bytes_of "$s")" -ge 1000000000 ] && [ "$reps" -gt 2 ] && reps=2
    run_entgraph "$s" "$reps"
done
case " $SIZES " in *" 100M "*)
    run_entgraph 100M "$REPS" rerun
    run_entgraph 100M "$REPS" no-cache
    run_entgraph 100M "$REPS" idle
    run_entgraph 100M "$REPS" cold
    ;;
esac
RG="rg --no-ignore --hidden --no-config -F -o -f $ALIASES"
GREP="grep -r -F -o -f $ALIASES"
for s in $PEER_SIZES; do
    run_peer "rg -F -o" "$s" 2 $RG
    run_peer "grep -F -o" "$s" 2 $GREP
done
case " $PEER_SIZES " in *" 100M "*) run_peer "rg -F -o cold" 100M 2 $RG ;; esac
# Whole words: grep -w stays fast; rg -w turns 30k literals into one regex and
# crawls (~0.005 MB/s), so it gets a small slice.
last_peer=${PEER_SIZES##* }
run_peer "grep -w -F -o" "$last_peer" 1 grep -r -w -F -o -f "$ALIASES"
run_peer "rg -w -F -o" "$WORD_SLICE" 1 rg --no-ignore --hidden --no-config -w -F -o -f "$ALIASES"

# 1M-alias gazetteer: load + automaton build on a tiny input, cold.
measure 1 /dev/null "$ENTGRAPH" --no-cache -g "$BIGGAZ" -o "$DATA/out-big" -f nodes "$DATA/tiny.txt"
[ "$M_STATUS" = 0 ] || { cat "$TMP/err" >&2; die "entgraph failed on the 1M-alias gazetteer"; }
read -r B_ENTS B_ALIASES B_LOAD B_BUILD _ _ <<<"$(sed -nE "$SUMMARY_RE" "$TMP/err.best")"
B_TIME=$M_TIME B_RSS=$M_RSS

# --- table -------------------------------------------------------------------
$PY - "$ROWS" <<EOF
import sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])]
def mbs(r): return float(r[2]) / 1e6 / max(float(r[4]), 1e-3)
peer = {}  # tool -> {bytes: MB/s}
for r in rows:
    if r[0] in ("rg -F -o", "grep -F -o", "rg -F -o cold"):
        peer.setdefault(r[0], {})[int(r[2])] = mbs(r)
def peer_rate(tool, b):
    """The peer's rate on the same corpus; for a bigger one, on the peer's largest."""
    runs = peer.get(tool)
    if not runs:
        return None
    return runs.get(b, runs[max(runs)] if b > max(runs) else None)
def size_label(b):
    b = int(b)
    return "%.0f GB" % (b / 1e9) if b >= 1e9 else "%.0f MB" % (b / 1e6) if b >= 1e6 else "%.0f KB" % (b / 1e3)
print()
print("entgraph bench: %s, %s cores, load average %s before the runs" % (
    open("/proc/cpuinfo").read().split("model name")[1].split(":")[1].split("\n")[0].strip(),
    "$(nproc)", "$LOAD_START"))
print("gazetteer: %s entities, %s aliases (CAMEO actors, ATT&CK groups, own lists, synthetic people);"
      " same aliases for rg/grep" % ("${GAZ_ENTS:-?}", "${GAZ_ALIASES:-?}"))
print("corpus: generated news-like text, one name per %s bytes, 300 B - 20 KB files; locale $LC_ALL"
      % "$(stat_of 10M bytes_per_name 2>/dev/null || echo '~100')")
print("entgraph: -f mentions,nodes,edges,graphml -j $THREADS, relation lexicon ${REL[1]:-none} "
      "(full pipeline, outputs written); compiled gazetteer from the cache (filled by an untimed first run;"
      " the --no-cache row builds it each run); runs follow one another, but those of the after-idle row"
      " follow $IDLE s of idle; "
      "peers: -o, output to a file; best of runs (entgraph rows: the same runs' median wall time at the"
      " end of the line); matches = mentions or output lines")
print("names inserted by the generator: %s" % "$(for s in $SIZES; do printf '%s %s, ' "$s" "$(stat_of "$s" names)"; done)".rstrip(", "))
load = float("$LOAD_START")
if load > $(nproc) - 0.5:
    print("warning: the machine was busy (load average %.1f on $(nproc) cores): wall times are pessimistic" % load)
print()
hdr = ("tool", "corpus", "files", "wall s", "MB/s", "x rg -F", "x grep -F", "peak RSS", "CPU", "matches")
fmt = "%-19s %7s %7s %8s %8s %8s %9s %9s %5s %9s  %s"
print(fmt % (hdr + ("",)))
for r in rows:
    m = mbs(r)
    cold = r[0].endswith(" cold")  # against the cold peer
    xr = peer_rate("rg -F -o cold" if cold else "rg -F -o", int(r[2]))
    xg = None if cold else peer_rate("grep -F -o", int(r[2]))
    print(fmt % (r[0], size_label(r[2]), r[3], r[4], "%.1f" % m if m >= 1 else "%.3f" % m,
                 "%.1fx" % (m / xr) if xr else "-", "%.1fx" % (m / xg) if xg else "-",
                 "%.0f MB" % (int(r[5]) / 1024), r[6] + "%", r[7], r[8]))
print("(x rg/x grep: against the peer on the same corpus; on a corpus bigger than any peer run,"
      " against the peer's rate on its largest; cold: the corpus dropped from the page cache before"
      " each run, against rg cold; CPU: % of one core)")
EOF
echo
printf 'gazetteer load+build, %s aliases: load %ss + build %ss (--no-cache; whole run on a tiny input %ss); from the cache: load %ss + map %ss (whole run %ss)\n' \
    "${GAZ_ALIASES:-?}" "${GAZ_LOAD:-?}" "${GAZ_BUILD:-?}" "${GAZ_TIME:-?}" "${GAZ_CLOAD:-?}" "${GAZ_CBUILD:-?}" "${GAZ_CTIME:-?}"
printf 'gazetteer load+build, %s aliases: load %ss + build %ss (whole run on a tiny input %ss, peak RSS %s MB)\n' \
    "${B_ALIASES:-?}" "${B_LOAD:-?}" "${B_BUILD:-?}" "$B_TIME" "$((B_RSS / 1024))"

# --- targets -------------------------------------------------------------------
$PY - "$ROWS" "${B_LOAD:-99}" "${B_BUILD:-99}" "${B_ALIASES:-$BIG}" <<'EOF'
import sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])]
def mbs(r): return float(r[2]) / 1e6 / max(float(r[4]), 1e-3)
def get(tool, size): return next((r for r in rows if r[0] == tool and r[1] == size), None)
ok = 0
def check(name, good, detail):
    global ok
    ok += not good
    print("%-4s %s: %s" % ("PASS" if good else "FAIL", name, detail))
print()
ent = [r for r in rows if r[0] == "entgraph"]
ref = get("entgraph", "100M") or ent[-1]
rg = get("rg -F -o", ref[1])
if rg:
    x = mbs(ref) / mbs(rg)
    check("throughput >= 8x rg -F -o", x >= 8, "%.1f MB/s = %.1fx rg (%.1f MB/s) on %s" % (mbs(ref), x, mbs(rg), ref[1]))
check("throughput >= 250 MB/s", mbs(ref) >= 250, "%.1f MB/s on %s" % (mbs(ref), ref[1]))
rss = int(ref[5]) / 1024
check("peak RSS <= 256 MB (30k-alias gazetteer)", rss <= 256, "%.0f MB on %s" % (rss, ref[1]))
t = float(sys.argv[2]) + float(sys.argv[3])
check("%s-alias gazetteer loaded and compiled <= 3 s" % sys.argv[4], t <= 3, "%.2f s" % t)
# Linear: time = start-up + size / rate, with one rate. The marginal rate
# between consecutive sizes (start-up cancels out) must stay within 20%.
lin = sorted((r for r in ent if int(r[2]) >= 10**7), key=lambda r: int(r[2]))
if len(lin) > 1:
    steps = []
    for x, y in zip(lin, lin[1:]):
        dt = float(y[4]) - float(x[4])
        steps.append((x[1], y[1], (int(y[2]) - int(x[2])) / 1e6 / max(dt, 1e-3)))
    rates = [s[2] for s in steps]
    fixed = float(lin[0][4]) - int(lin[0][2]) / 1e6 / rates[0]
    detail = ", ".join("%s->%s %.1f MB/s" % s for s in steps)
    detail += "; start-up and finish about %.2f s" % fixed
    if len(steps) > 1:
        check("throughput linear in corpus size (marginal MB/s within 20%)", min(rates) >= 0.8 * max(rates), detail)
    else:
        print("info linear scaling: %s (one step: nothing to compare)" % detail)
    # Where a bigger corpus loses: the scan phase (read .. graph, all
    # cores), user CPU per MB (entgraph's own work) and kernel time (page
    # cache and writeback of the outputs) side by side.
    import re
    def note(r, key):
        m = re.search(key + r" ([0-9.]+)", r[8])
        return float(m.group(1)) if m else None
    parts = []
    for r in lin:
        scan, user, sys_s = note(r, "scan"), note(r, "user"), note(r, "sys")
        if scan is not None and user is not None and sys_s is not None:
            mb = int(r[2]) / 1e6
            parts.append("%s: scan %.0f MB/s, user %.2f s/GB, kernel %.2f s/GB" % (r[1], scan, user / mb * 1e3, sys_s / mb * 1e3))
    if parts:
        print("info per size: " + "; ".join(parts))
cold, rg_cold = get("entgraph cold", "100M"), get("rg -F -o cold", "100M")
if cold and rg_cold:
    print("info cold (the corpus read from the disk), 100M: entgraph %.1f MB/s = %.1fx rg (%.1f MB/s)"
          % (mbs(cold), mbs(cold) / mbs(rg_cold), mbs(rg_cold)))
cpu = int(ref[6])
check("both cores used", cpu >= 150, "entgraph CPU %d%% of one core on %s" % (cpu, ref[1]))
sys.exit(1 if ok else 0)
EOF
