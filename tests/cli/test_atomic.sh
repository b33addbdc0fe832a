#!/usr/bin/env bash
# Atomic outputs: a run killed at any moment leaves every output either as the
# previous run wrote it or as the new run completes it, never half-written;
# after SIGTERM, SIGINT or SIGHUP no temporary file is left behind.
#
# SIGKILL cannot be caught, so a run killed that way may leave its temporary
# files (hidden ".<name>.XXXXXX" files in the output folder); the final files
# are still whole, and the next run works and replaces them. That is what is
# asserted for SIGKILL.
. tests/lib.sh

W=$TMP/w; mkdir -p "$W/a" "$W/b"
# A corpus big enough that the scan and the layout take a noticeable moment
# (with the automaton mapped from the cache, 400 articles left the signal
# too little time to land before the end: 2 runs in 7 finished first).
NDOCS=1200; [ -n "${VALGRIND:-}" ] && NDOCS=60
python3 - "$W" "$NDOCS" <<'PY'
import os, random, sys
w, ndocs = sys.argv[1], int(sys.argv[2])
rnd = random.Random(11)
ents = [("e%02d" % i, "Person%s Number%d" % (chr(65 + i % 26), i)) for i in range(50)]
with open(os.path.join(w, "gaz.tsv"), "w") as f:
    f.write("id\ttype\tname\taliases\tbloc\tcountry\n")
    for i, (eid, name) in enumerate(ents):
        f.write("%s\t%s\t%s\t\t%s\t\n" % (eid, ("person", "country", "organization")[i % 3], name,
                                          ("us-rok", "adversary", "neutral")[i % 3]))
for k in range(ndocs):
    text = []
    for s in range(120):
        a, b = rnd.sample(ents, 2)
        text.append("On day %d %s met %s to talk about trade." % (s, a[1], b[1]))
        if s % 8 == 7:
            text.append("\n\n")
    # the old run sees the first half of the corpus, the new run all of it
    for sub in (("a", "b") if k < ndocs // 2 else ("b",)):
        with open(os.path.join(w, sub, "doc%04d.txt" % k), "w") as f:
            f.write(" ".join(text))
PY
FILES="mentions.tsv nodes.tsv edges.tsv graph.graphml graph.dot graph.svg"

# go DIR OUT : the run under test (one worker keeps it long enough to catch).
go() { ${VALGRIND:-} "$ROOT/$ENTGRAPH" -q -j 1 -g "$W/gaz.tsv" -o "$2" "$1"; }
go "$W/a" "$W/old" 2>/dev/null; check_status "old outputs written" 0 $?
go "$W/b" "$W/new" 2>/dev/null; check_status "new outputs written (reference)" 0 $?
sums() { (cd "$1" && for f in $FILES; do printf '%s %s\n' "$f" "$(md5sum <"$f" | cut -c1-32)"; done); }
sums "$W/old" >"$W/old.sum"; sums "$W/new" >"$W/new.sum"
check "old and new outputs differ (so the checks below can tell them apart)" \
    test "$(grep mentions "$W/old.sum")" != "$(grep mentions "$W/new.sum")"

# whole DIR : every output equals the old or the new version; prints the odd ones.
whole() {
    local f s bad=""
    for f in $FILES; do
        [ -e "$1/$f" ] || { bad="$bad $f:missing"; continue; }
        s="$f $(md5sum <"$1/$f" | cut -c1-32)"
        grep -qxF "$s" "$W/old.sum" || grep -qxF "$s" "$W/new.sum" || bad="$bad $f:torn"
    done
    echo "$bad"
}
temps() { ls -A "$1" | grep '^\.' | tr '\n' ' '; }

# wait_for DIR PATTERN PID : until a file matching PATTERN shows in DIR or PID ends.
wait_for() {
    while kill -0 "$3" 2>/dev/null; do
        ls -A "$1" 2>/dev/null | grep -q "$2" && return 0
        sleep 0.005
    done
    return 1
}

DFL_SIGS=(python3 -c 'import os, signal, sys; [signal.signal(s, signal.SIG_DFL) for s in (signal.SIGINT, signal.SIGHUP)]; os.execvp(sys.argv[1], sys.argv[1:])')
killed=0 last_st=0
# scenario SIGNAL WHEN : restore old outputs, start the new run, kill it WHEN
# (a temp-file pattern to wait for, or a delay in seconds), then check.
scenario() {
    local sig=$1 when=$2 O="$W/out" pid st bad left
    rm -rf "$O"; cp -a "$W/old" "$O"
    # started directly (not through go) so that $! is entgraph itself
    # Background jobs of a script start with SIGINT ignored, and a suite run
    # under nohup has SIGHUP ignored (entgraph keeps an ignored signal
    # ignored, as nohup wants): both are restored before the exec.
    "${DFL_SIGS[@]}" ${VALGRIND:-} "$ROOT/$ENTGRAPH" -q -j 1 -g "$W/gaz.tsv" -o "$O" "$W/b" 2>"$TMP/stderr" &
    pid=$!
    case $when in
    [0-9]*) sleep "$when" ;;
    *) wait_for "$O" "$when" "$pid" ;;
    esac
    kill "-$sig" "$pid" 2>/dev/null
    wait "$pid"; st=$?
    last_st=$st
    [ $st -ne 0 ] && killed=$((killed + 1))
    bad=$(whole "$O"); left=$(temps "$O")
    local name="SIG$sig at $when"
    if [ $st -ne 0 ] && [ $st -lt 128 ]; then not_ok "$name: dies of the signal" "exit status $st"
    else ok "$name: dies of the signal or had finished (status $st)"; fi
    if [ -z "$bad" ]; then ok "$name: every output is the old or the new version, whole"
    else not_ok "$name: every output is the old or the new version, whole" "$bad"; fi
    if [ "$sig" != KILL ]; then
        if [ -z "$left" ]; then ok "$name: no temp files left"
        else not_ok "$name: no temp files left" "$left"; fi
    fi
}

# During the scan mentions.tsv is being streamed into its temp file.
scenario TERM '^\.mentions\.tsv\.'; check "SIGTERM during the scan: killed by it (143)" test $last_st = 143
scenario INT '^\.mentions\.tsv\.'; check "SIGINT during the scan: killed by it (130)" test $last_st = 130
scenario HUP '^\.mentions\.tsv\.'; check "SIGHUP during the scan: killed by it (129)" test $last_st = 129
# While the graph files are written and the SVG is laid out.
scenario TERM '^\.graph\.graphml\.'
scenario TERM '^\.graph\.svg\.'
for d in 0.01 0.05 0.15 0.3; do scenario TERM $d; done
check "most signalled runs were interrupted before finishing" test $killed -ge 4

# SIGKILL: final files stay whole; temp files may remain and do no harm.
killed=0
scenario KILL '^\.mentions\.tsv\.'; check "SIGKILL during the scan: killed by it (137)" test $last_st = 137
scenario KILL '^\.graph\.svg\.'
for d in 0.02 0.2; do scenario KILL $d; done
O=$W/out
go "$W/b" "$O" 2>/dev/null; check_status "a run after a SIGKILL succeeds" 0 $?
check "a run after a SIGKILL writes the new outputs" test -z "$(whole "$O" | tr -d ' ')"
check "a run after a SIGKILL: outputs are the new version" \
    bash -c "cd '$O' && for f in $FILES; do grep -qxF \"\$f \$(md5sum <\$f | cut -c1-32)\" '$W/new.sum' || exit 1; done"

# A run over the previous outputs swaps each new file in and removes the old
# one: the new version everywhere, no temp file; an output name taken by a
# folder is an error that leaves the other outputs as they were.
rm -rf "$O"; cp -a "$W/old" "$O"
go "$W/b" "$O" 2>/dev/null; check_status "a run over previous outputs succeeds" 0 $?
check "a run over previous outputs: every output is the new version" \
    bash -c "cd '$O' && for f in $FILES; do grep -qxF \"\$f \$(md5sum <\$f | cut -c1-32)\" '$W/new.sum' || exit 1; done"
check "a run over previous outputs: no temp files" test -z "$(temps "$O")"
rm -rf "$O"; cp -a "$W/old" "$O"; rm "$O/nodes.tsv"; mkdir "$O/nodes.tsv"
go "$W/b" "$O" 2>"$TMP/stderr"; check_status "an output name taken by a folder exits 1" 1 $?
check "an output name taken by a folder: the message names it" grep -q "nodes.tsv" "$TMP/stderr"
check "an output name taken by a folder: the folder is still there" test -d "$O/nodes.tsv"
check "an output name taken by a folder: mentions.tsv is still the old one" \
    bash -c "grep -qxF \"mentions.tsv \$(md5sum <'$O/mentions.tsv' | cut -c1-32)\" '$W/old.sum'"
check "an output name taken by a folder: no temp files" test -z "$(temps "$O")"

# A failed run (write error) also keeps the previous outputs and leaves no temp files.
rm -rf "$O"; cp -a "$W/old" "$O"
( trap '' XFSZ; ulimit -f 64; exec ${VALGRIND:-} "$ROOT/$ENTGRAPH" -q -j 1 -g "$W/gaz.tsv" -o "$O" "$W/b" ) \
    2>"$TMP/stderr"
check_status "a run failing mid-write exits 1" 1 $?
check "a run failing mid-write: outputs whole" test -z "$(whole "$O" | tr -d ' ')"
check "a run failing mid-write: mentions.tsv is still the old one" \
    bash -c "grep -qxF \"mentions.tsv \$(md5sum <'$O/mentions.tsv' | cut -c1-32)\" '$W/old.sum'"
check "a run failing mid-write: no temp files" test -z "$(temps "$O")"
