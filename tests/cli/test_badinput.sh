#!/usr/bin/env bash
# Bad-input matrix: broken text encodings, binary and empty files, huge lines,
# many files, deep and looping folders, unreadable and missing inputs, bad
# output folders, a full disk, malformed gazetteers and lexicons, bad options.
# Every case asserts the exit status and what the user is told.
. tests/lib.sh

G=$TMP/gaz.tsv
printf 'id\ttype\tname\taliases\tbloc\tcountry\n' >"$G"
printf 'kor\tcountry\tSouth Korea\tSeoul|ROK\tus-rok\tKOR\n' >>"$G"
printf 'usa\tcountry\tUnited States\tAmerica|U.S.\tus-rok\tUSA\n' >>"$G"
printf 'cyber\tissue\tcyber\tcyber attack\t\t\n' >>"$G"

# run NAME ARGS... : entgraph -q -g $G -o $TMP/NAME ARGS...; mentions in $TMP/NAME/mentions.tsv
run() { local o=$1; shift; eg -g "$G" -o "$TMP/$o" "$@"; }
mentions_of() { tail -n +2 "$TMP/$1/mentions.tsv" | cut -f5 | tr '\n' ' '; }
no_temp_files() { ! ls -A "$1" | grep -q '^\.'; }
has_err() { grep -qF -- "$1" "$TMP/stderr"; }
count_err() { grep -cF -- "$1" "$TMP/stderr"; }

# ---- article encodings ----
D=$TMP/enc; mkdir -p "$D"
printf 'Seoul\xff and America \xfe\xfe met.\n' >"$D/invalid.txt"
run inv "$D/invalid.txt"; check_status "invalid UTF-8 article exits 0" 0 $?
check "invalid UTF-8 warning names file and first bad byte" has_err "invalid.txt: invalid UTF-8 at byte 5"
check "invalid UTF-8 warned once per file" test "$(count_err 'invalid UTF-8')" = 1
check "bad bytes act as non-letters: names beside them found" test "$(mentions_of inv)" = "kor usa "

printf 'ab \xc0\xaf Seoul\n' >"$D/overlong2.txt"
printf 'ab \xe0\x80\xaf Seoul\n' >"$D/overlong3.txt"
printf 'ab \xf0\x80\x80\xaf Seoul\n' >"$D/overlong4.txt"
printf 'ab \xed\xa0\x80 Seoul\n' >"$D/surrogate.txt"
printf 'ab \xf4\x90\x80\x80 Seoul\n' >"$D/toohigh.txt"
printf 'Seoul \xe2\x82' >"$D/truncated.txt"
for f in overlong2 overlong3 overlong4 surrogate toohigh; do
    run "o_$f" "$D/$f.txt"; st=$?
    check_status "$f encoding: exits 0" 0 $st
    check "$f encoding: rejected at byte 3" has_err "$f.txt: invalid UTF-8 at byte 3"
    check "$f encoding: Seoul still found after it" test "$(mentions_of "o_$f")" = "kor "
done
run o_trunc "$D/truncated.txt"; check_status "truncated sequence at end of file exits 0" 0 $?
check "truncated sequence warned at its offset" has_err "truncated.txt: invalid UTF-8 at byte 6"

# NUL in the first 8 KiB: binary, skipped with a warning; a later NUL is text.
printf 'Seoul\0America\n' >"$D/nul.txt"
head -c 4096 /dev/urandom >"$D/random.txt"; printf '\0' >>"$D/random.txt"
{ head -c 9000 /dev/zero | tr '\0' 'x'; printf ' \0 Seoul\n'; } >"$D/latenul.txt"
run nul "$D/nul.txt" "$D/random.txt"; check_status "binary files are skipped, exit 0" 0 $?
check "binary warning names the file" has_err "nul.txt: binary file (NUL byte in the first 8 KiB), skipped"
check "random bytes skipped as binary" has_err "random.txt: binary file"
check "summary counts skipped files" has_err "0 documents (2 skipped"
check "skipped files give no mentions" test "$(mentions_of nul)" = ""
run latenul "$D/latenul.txt"; check_status "NUL after 8 KiB is text, exit 0" 0 $?
check "NUL after 8 KiB: name after it found" test "$(mentions_of latenul)" = "kor "
# NUL bytes between two names before a relation trigger (once read as punctuation: overflow)
X=$TMP/nulgaz; mkdir -p "$X"; cp "$G" "$X/gaz.tsv"
printf 'trigger\trelation\tquadclass\tgoldstein\tdirection\nalliance\tcooperate\t2\t7\tsym\n' >"$X/relations.tsv"
{ head -c 9000 /dev/zero | tr '\0' 'x'; printf ' America\0\0Seoul alliance. America-Seoul alliance.\n'; } >"$D/nulrel.txt"
eg -g "$X" -o "$TMP/nulrel" "$D/nulrel.txt"; check_status "NUL bytes between names before a trigger: exit 0" 0 $?
check "NUL bytes are not a dyad hyphen: one stated edge, from the real hyphen" \
    test "$(grep -c 'cooperate' "$TMP/nulrel/edges.tsv")" = 1
printf '.-Seoul alliance with America. x -Seoul alliance.\n' >"$D/dashrel.txt"
eg -g "$X" -o "$TMP/dashrel" "$D/dashrel.txt"; check_status "punctuation-hyphen before a name and a trigger: exit 0" 0 $?

# the same through stdin: the warnings name '-'
printf 'Seoul\0America\n' | eg -g "$G" -o "$TMP/sbin" -; check_status "binary stdin is skipped, exit 0" 0 $?
check "binary stdin: warning names -" has_err "entgraph: -: binary file (NUL byte in the first 8 KiB), skipped"
printf 'Seoul \xff America\n' | eg -g "$G" -o "$TMP/sinv" -; check_status "invalid UTF-8 on stdin exits 0" 0 $?
check "invalid UTF-8 on stdin: warning names - and the byte" has_err "entgraph: -: invalid UTF-8 at byte 6"
check "invalid UTF-8 on stdin: names found" test "$(mentions_of sinv)" = "kor usa "

# BOM, CRLF, lone CR
printf '\xef\xbb\xbfSeoul met America.\n' >"$D/bom.txt"
run bom "$D/bom.txt"; check_status "BOM file exits 0" 0 $?
check "BOM skipped: offsets count the BOM bytes" has_row "$TMP/bom/mentions.tsv" "bom.txt	3	8	0	kor	country	Seoul$"
printf 'Talks in Seoul\r\n\r\nAmerica agreed\r\n' >"$D/crlf.txt"
printf 'Talks in Seoul\r\rAmerica agreed\r' >"$D/cr.txt"
run crlf -w paragraph "$D/crlf.txt" "$D/cr.txt"; check_status "CRLF and lone CR files exit 0" 0 $?
check "CRLF blank line ends a paragraph (no co-occurrence)" test "$(tail -n +2 "$TMP/crlf/edges.tsv" | wc -l)" = 0
check "CRLF: second paragraph in its own sentence" has_row "$TMP/crlf/mentions.tsv" "crlf.txt	18	25	1	usa	country	America$"
check "lone CR: second paragraph in its own sentence" has_row "$TMP/crlf/mentions.tsv" "cr.txt	16	23	1	usa	country	America$"
printf 'x\r\r\r\r\r\n\r\n\n\r' >"$D/onlycr.txt"
run onlycr "$D/onlycr.txt"; check_status "file of line ends only exits 0" 0 $?

# 50 MB on one line: linear time (a hang guard, not a timing assert). Under
# valgrind the size drops to 4 MB: there the point is memory errors.
MB=50; [ -n "${VALGRIND:-}" ] && MB=4
python3 - "$D/huge.txt" "$MB" <<'PY'
import sys
unit = b"Envoys from Seoul and America discussed drills, sanctions, cyber attack fears and trade; "
n = int(sys.argv[2]) * 1024 * 1024
open(sys.argv[1], "wb").write((unit * (n // len(unit) + 1))[:n])
PY
timeout 120 ${VALGRIND:-} "$ROOT/$ENTGRAPH" -q -j 1 -g "$G" -o "$TMP/huge" -f nodes,edges "$D/huge.txt" >"$TMP/stdout" 2>"$TMP/stderr"
check_status "$MB MB single line finishes within the hang guard" 0 $?
want=$(python3 -c "import sys; print(open(sys.argv[1],'rb').read().count(b'Seoul'))" "$D/huge.txt")
check "$MB MB single line: every Seoul counted" has_row "$TMP/huge/nodes.tsv" "^kor	South Korea	country	us-rok	KOR	$want	1	"
python3 -c "import sys; open(sys.argv[1],'wb').write(b'x' * (int(sys.argv[2]) * 1024 * 1024))" "$D/word.txt" "$MB"
timeout 120 ${VALGRIND:-} "$ROOT/$ENTGRAPH" -q -j 1 -g "$G" -o "$TMP/word" -f nodes "$D/word.txt" >"$TMP/stdout" 2>"$TMP/stderr"
check_status "$MB MB single word finishes within the hang guard" 0 $?

# A dense picture (--top 0: 60 entities, 1770 edges) must lay out, not hang in
# curved edge routing.
DG=$TMP/dense; mkdir -p "$DG"
python3 - "$DG" <<'PY'
import sys
d = sys.argv[1]
names = ["Alpha%s Beta%d" % (chr(65 + i % 26), i) for i in range(60)]
with open(d + "/gaz.tsv", "w") as f:
    f.write("id\ttype\tname\n")
    for i, n in enumerate(names):
        f.write("e%02d\tperson\t%s\n" % (i, n))
with open(d + "/doc.txt", "w") as f:
    f.write("Present were " + ", ".join(names) + ".\n")
PY
timeout 120 ${VALGRIND:-} "$ROOT/$ENTGRAPH" -q --top 0 -f svg,edges -g "$DG/gaz.tsv" -o "$DG/o" "$DG/doc.txt" \
    >"$TMP/stdout" 2>"$TMP/stderr"
check_status "dense picture (1770 edges, --top 0) lays out within the hang guard" 0 $?
check "dense picture: every edge in the table" test "$(tail -n +2 "$DG/o/edges.tsv" | wc -l)" = 1770
check "dense picture: SVG written" grep -q '</svg>' "$DG/o/graph.svg"

# ---- empty inputs ----
: >"$D/empty.txt"
run empty "$D/empty.txt"; check_status "empty file exits 0" 0 $?
check "empty file: mentions.tsv has the header only" test "$(wc -l <"$TMP/empty/mentions.tsv")" = 1
check "empty file: counted as a document" has_err "1 documents (0 skipped"
mkdir -p "$TMP/emptydir"
run emptydir "$TMP/emptydir"; check_status "empty folder exits 0" 0 $?
check "empty folder: every output still written" test -s "$TMP/emptydir/graph.graphml" -a -s "$TMP/emptydir/graph.svg"
xmllint --noout "$TMP/emptydir/graph.graphml" 2>/dev/null; check_status "empty graph: GraphML is well-formed" 0 $?
eg -g "$G" -o "$TMP/stdin0" - </dev/null; check_status "empty stdin exits 0" 0 $?

# ---- many tiny files ----
M=$TMP/many; mkdir -p "$M"
N=3000; [ -n "${VALGRIND:-}" ] && N=300
( cd "$M" && for i in $(seq 1 $N); do
    if [ $((i % 3)) = 0 ]; then echo "Seoul $i" >"f$i.txt"; else echo "x" >"f$i.txt"; fi
done )
run many -j 2 "$M"; check_status "$N tiny files exit 0" 0 $?
check "$N tiny files: all read" has_err "$N documents (0 skipped"
check "$N tiny files: a mention per third file" test "$(tail -n +2 "$TMP/many/mentions.tsv" | wc -l)" = $((N / 3))

# ---- deep folders and symlink loops ----
T=$TMP/tree; p=$T
for i in $(seq 1 300); do p=$p/d; done
mkdir -p "$p"
echo "Seoul deep" >"$p/deep.txt"
echo "America shallow" >"$T/d/d/d/shallow.txt"
run deep "$T"; check_status "300 nested folders exit 0" 0 $?
check "too deep folders are warned about" has_err "folders nested too deep (skipped)"
check "shallow file in a deep tree is read" test "$(mentions_of deep)" = "usa "

L=$TMP/loops; mkdir -p "$L/a/b"
echo "Seoul in a" >"$L/a/one.txt"
echo "America in b" >"$L/a/b/two.txt"
ln -s .. "$L/a/b/up"; ln -s . "$L/a/self"; ln -s "$L" "$L/a/b/root"
ln -s "$L/a/one.txt" "$L/link.txt"; ln -s "$L/nowhere.txt" "$L/dangling.txt"
ln -s "$L/loop1.txt" "$L/loop2.txt"; ln -s "$L/loop2.txt" "$L/loop1.txt"
timeout 60 ${VALGRIND:-} "$ROOT/$ENTGRAPH" -g "$G" -o "$TMP/loops" "$L" >"$TMP/stdout" 2>"$TMP/stderr"
check_status "symlink loops end, exit 0" 0 $?
check "each looped folder read once" test "$(cut -f1 "$TMP/loops/mentions.tsv" | grep -c 'two.txt$')" = 1
check "a dangling symlink is warned about" has_err "dangling.txt: No such file or directory (skipped)"
check "a symlink cycle between files is warned about" has_err "loop1.txt: Too many levels of symbolic links (skipped)"
# the inputs are listed while the gazetteer loads: their warnings wait for it
eg -g "$TMP/nogaz.tsv" -o "$TMP/loopsnogaz" "$L"; check_status "missing gazetteer, folder with bad links: exits 1" 1 $?
check "missing gazetteer: its message" has_err "nogaz.tsv: cannot open gazetteer"
check "missing gazetteer: the folder's warnings (listed meanwhile) are not shown" test "$(count_err skipped)" = 0

# ---- unreadable inputs and outputs (as an unprivileged user: root reads everything) ----
P=$(mktemp -d /tmp/entgraph-perm.XXXXXX); chmod 755 "$P"
trap 'chmod -R u+rwx "$P" 2>/dev/null; rm -rf "$TMP" "$P"' EXIT
cp "$ROOT/$ENTGRAPH" "$G" "$P/"
mkdir -p "$P/out" "$P/in/sub" "$P/closed"; chmod 777 "$P/out"
echo "Seoul is readable" >"$P/in/ok.txt"
echo "America is not" >"$P/in/secret.txt"; chmod 000 "$P/in/secret.txt"
echo "America hidden" >"$P/in/sub/x.txt"; chmod 000 "$P/in/sub"
echo "Seoul" >"$P/closed/x.txt"; chmod 000 "$P/closed"
as_user() {
    if [ "$(id -u)" = 0 ]; then setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; else "$@"; fi
}
ueg() { as_user ${VALGRIND:-} "$P/entgraph" -g "$P/gaz.tsv" "$@" >"$TMP/stdout" 2>"$TMP/stderr"; }
ueg -o "$P/out/a" "$P/in/secret.txt"; check_status "unreadable file exits 1" 1 $?
check "unreadable file: message names it" has_err "entgraph: $P/in/secret.txt: cannot open: Permission denied"
ueg -o "$P/out/b" "$P/in"; check_status "unreadable file in a folder exits 1" 1 $?
check "unreadable file in a folder: the rest is still read" test "$(tail -n +2 "$P/out/b/mentions.tsv" | cut -f5)" = kor
check "unreadable file in a folder (opened relative to it): message names its whole path" has_err "entgraph: $P/in/secret.txt: cannot open: Permission denied"
check "unreadable subfolder is warned about" has_err "$P/in/sub: cannot open folder: Permission denied (skipped)"
ueg -o "$P/out/c" "$P/closed"; check_status "unreadable folder given as input exits 1" 1 $?
check "unreadable folder: message names it" has_err "entgraph: $P/closed: cannot open folder: Permission denied"
ueg -o "$P/ro/x" "$P/in/ok.txt"; check_status "output folder that cannot be created exits 1" 1 $?
check "uncreatable output folder: message" has_err "entgraph: $P/ro: cannot create directory: Permission denied"
mkdir -p "$P/out/locked"; chmod 555 "$P/out/locked"
ueg -o "$P/out/locked" "$P/in/ok.txt"; check_status "read-only output folder exits 1" 1 $?
check "read-only output folder: message" has_err "cannot create temporary file: Permission denied"
check "read-only output folder: nothing written" test -z "$(ls -A "$P/out/locked")"

# ---- missing inputs, bad output paths ----
run miss "$TMP/nope.txt"; check_status "missing input exits 1" 1 $?
check "missing input: file: what" has_err "entgraph: $TMP/nope.txt: No such file or directory"
check "missing input: no outputs written" test ! -e "$TMP/miss/graph.svg"
run miss2 "$D/bom.txt" "$TMP/nope.txt"; check_status "missing input among good ones exits 1" 1 $?
: >"$TMP/afile"
eg -g "$G" -o "$TMP/afile" "$D/bom.txt"; check_status "output path that is a file exits 1" 1 $?
check "output path is a file: message" has_err "entgraph: $TMP/afile: exists and is not a directory"
eg -g "$G" -o "$TMP/afile/sub" "$D/bom.txt"; check_status "output below a file exits 1" 1 $?
check "output below a file: message" has_err "$TMP/afile: exists and is not a directory"
mkdir -p "$TMP/clash/graph.svg"
eg -g "$G" -o "$TMP/clash" "$D/bom.txt"; check_status "output name taken by a folder exits 1" 1 $?
check "output name taken by a folder: message names it" has_err "$TMP/clash/graph.svg: cannot rename into place"
check "output name taken by a folder: no temp files left" no_temp_files "$TMP/clash"

# ---- full disk ----
# A file-size limit makes every write past 8 KiB fail (EFBIG) without root.
run full0 "$D/bom.txt" >/dev/null; before=$(cd "$TMP/full0" && cat * | md5sum)
python3 -c "print('Seoul met America. ' * 4000)" >"$D/large.txt"
( trap '' XFSZ; ulimit -f 8; exec ${VALGRIND:-} "$ROOT/$ENTGRAPH" -g "$G" -o "$TMP/full0" "$D/large.txt" ) \
    >"$TMP/stdout" 2>"$TMP/stderr"
check_status "write failure (file size limit) exits 1" 1 $?
check "write failure: message names the file" grep -qE "^entgraph: $TMP/full0/[a-z]+\.[a-z]+: write failed: File too large" "$TMP/stderr"
check "write failure: previous outputs intact" test "$(cd "$TMP/full0" && cat * | md5sum)" = "$before"
check "write failure: no temp files left" no_temp_files "$TMP/full0"
# The SVG is written by Graphviz, which changes errno on its way: the message
# must still give the cause of the failed write.
( trap '' XFSZ; ulimit -f 2; exec ${VALGRIND:-} "$ROOT/$ENTGRAPH" -f svg -g "$G" -o "$TMP/full1" "$D/large.txt" ) \
    >"$TMP/stdout" 2>"$TMP/stderr"
check_status "SVG write failure exits 1" 1 $?
check "SVG write failure: the cause is named" has_err "$TMP/full1/graph.svg: write failed: File too large"
check "SVG write failure: no temp files left" no_temp_files "$TMP/full1"
# Each table's own writer, alone (-f), names its file and the cause when a
# write fails (the bundled corpus makes each of them over 8 KiB).
for t in nodes:nodes.tsv edges:edges.tsv graphml:graph.graphml mentions:mentions.tsv; do
    ( trap '' XFSZ; ulimit -f 8; exec ${VALGRIND:-} "$ROOT/$ENTGRAPH" -q -f "${t%%:*}" -g "$ROOT/gazetteer" \
        -o "$TMP/full_${t%%:*}" "$ROOT/tests/corpus" ) >"$TMP/stdout" 2>"$TMP/stderr"
    check_status "${t#*:} write failure exits 1" 1 $?
    check "${t#*:} write failure: file and cause" has_err "entgraph: $TMP/full_${t%%:*}/${t#*:}: write failed: File too large"
    check "${t#*:} write failure: no file left" test -z "$(ls -A "$TMP/full_${t%%:*}")"
done
# A real full file system: a 64 KiB tmpfs in a private mount namespace.
FULL=$TMP/tmpfs; mkdir -p "$FULL"
if unshare -m true 2>/dev/null; then
    # args: mount point, small input, large input, stderr file, then the command
    unshare -m bash -c 'mount -t tmpfs -o size=64k tmpfs "$1" || exit 90
        "${@:5}" -o "$1/o" "$2" >/dev/null 2>&1 || exit 91
        before=$(cat "$1"/o/* | md5sum)
        "${@:5}" -o "$1/o" "$3" 2>"$4"; st=$?
        [ "$(cat "$1"/o/* | md5sum)" = "$before" ] || exit 92
        ls -A "$1/o" | grep -q "^\." && exit 93
        exit $st' _ "$FULL" "$D/bom.txt" "$D/large.txt" "$TMP/stderr" ${VALGRIND:-} "$ROOT/$ENTGRAPH" -q -g "$G"
    st=$?
    check_status "full tmpfs: exits 1, previous outputs intact, no temp files" 1 $st
    check "full tmpfs: says no space left" has_err "No space left on device"
else
    ok "full tmpfs # SKIP no mount namespace here (the file size limit case above covers write failures)"
fi

# ---- malformed gazetteers: file:line, exit 1 ----
B=$TMP/badgaz; mkdir -p "$B"
gz() { # NAME CONTENT(printf format) ; writes $B/NAME.tsv and runs with it
    printf "$2" >"$B/$1.tsv"; eg -g "$B/$1.tsv" -o "$TMP/gout" "$D/bom.txt"
}
H='id\ttype\tname\taliases\n'
gz short "${H}usa\tcountry\n"; check_status "short row exits 1" 1 $?
check "short row: file:line" has_err "entgraph: $B/short.tsv:2: entity 'usa' has no name"
gz long "${H}usa\tcountry\tUSA\tUS\textra\n"; check_status "long row exits 1" 1 $?
check "long row: file:line" has_err "entgraph: $B/long.tsv:2: 5 fields, but the header has 4 columns"
gz nohdr 'usa\tcountry\tUnited States\n'; check_status "first row is not a header: exits 1" 1 $?
check "no header: names the missing column" has_err "entgraph: $B/nohdr.tsv:1: header lacks required column 'id'"
gz unknowncol 'id\ttype\tname\twikidata\nkor\tcountry\tSouth Korea\tQ884\n'; check_status "unknown column is kept, exit 0" 0 $?
gz dupcol 'id\ttype\tname\tname\nkor\tcountry\tSouth Korea\tKorea\n'; check_status "duplicate column exits 1" 1 $?
check "duplicate column: file:line" has_err "$B/dupcol.tsv:1: column 'name' appears twice in header"
printf "${H}kor\tcountry\tSouth Korea\t\n" >"$B/d1.tsv"; printf "# other file\n${H}\nkor\tcountry\tKorea\t\n" >"$B/d2.tsv"
eg -g "$B/d1.tsv" -g "$B/d2.tsv" -o "$TMP/gout" "$D/bom.txt"; check_status "duplicate id across files exits 1" 1 $?
check "duplicate id names both places" has_err "entgraph: $B/d2.tsv:4: duplicate id 'kor' (first defined at $B/d1.tsv:2)"
gz badutf "${H}kor\tcountry\tSouth Korea\tSeo\xc0\xafl\n"; check_status "invalid UTF-8 in gazetteer exits 1" 1 $?
check "invalid UTF-8 in gazetteer: file:line" has_err "entgraph: $B/badutf.tsv:2: invalid UTF-8"
# the whole file is checked at once; a bad one is read line by line for the line
gz latebad "${H}usa\tcountry\tUnited States\t\n# ok\nkor\tcountry\tSouth Korea\t\nprk\tcountry\tNorth \xc3Korea\t\n"
check_status "invalid UTF-8 on a later line exits 1" 1 $?
check "invalid UTF-8 on a later line: that line" has_err "entgraph: $B/latebad.tsv:5: invalid UTF-8"
gz rowfirst "${H}Korea!\tcountry\tSouth Korea\t\nprk\tcountry\tNorth \xc3Korea\t\n"
check_status "bad row before an invalid line exits 1" 1 $?
check "bad row before an invalid line: the row's error" has_err "entgraph: $B/rowfirst.tsv:2: bad id 'Korea!'"
gz surr "${H}kor\tcountry\tSouth Korea\t\xed\xb0\x80\n"; check_status "surrogate in gazetteer exits 1" 1 $?
check "surrogate in gazetteer: file:line" has_err "$B/surr.tsv:2: invalid UTF-8"
gz nul "${H}kor\tcountry\tSouth\0Korea\t\n"; check_status "NUL in gazetteer exits 1" 1 $?
check "NUL in gazetteer: file:line" has_err "$B/nul.tsv:2: NUL byte in gazetteer"
gz emptyal "${H}kor\tcountry\tSouth Korea\tSeoul||ROK\n"; check_status "empty alias exits 1" 1 $?
check "empty alias: file:line" has_err "entgraph: $B/emptyal.tsv:2: empty alias"
gz trailbar "${H}kor\tcountry\tSouth Korea\tSeoul|\n"; check_status "trailing | (empty alias) exits 1" 1 $?
check "trailing |: file:line" has_err "$B/trailbar.tsv:2: empty alias"
gz markonly "${H}kor\tcountry\tSouth Korea\t~\n"; check_status "alias that is only a marker exits 1" 1 $?
check "alias that is only a marker: file:line" has_err "$B/markonly.tsv:2:"
gz zw "${H}kor\tcountry\tSouth Korea\t\xe2\x80\x8b\xc2\xad\n"; check_status "alias normalising to nothing exits 1" 1 $?
check "alias normalising to nothing: file:line" has_err "entgraph: $B/zw.tsv:2: alias"
check "alias normalising to nothing: says so" has_err "normalises to nothing"
gz spaces "${H}kor\tcountry\tSouth Korea\t   \n"; check_status "alias of spaces exits 1" 1 $?
check "alias of spaces: file:line" has_err "$B/spaces.tsv:2:"
gz badid "${H}Korea!\tcountry\tSouth Korea\t\n"; check_status "bad id exits 1" 1 $?
check "bad id: file:line" has_err "$B/badid.tsv:2: bad id 'Korea!'"
gz badcase 'id\ttype\tname\tcase\nkor\tcountry\tSouth Korea\tupper\n'; check_status "bad case value exits 1" 1 $?
check "bad case value: file:line" has_err "$B/badcase.tsv:2: bad case 'upper'"
printf "${H}kor\tcountry\tSouth Korea|ROK \t\n" >"$B/namelist.tsv"; printf 'The ROK, that is South Korea.\n' >"$D/rok.txt"
eg -g "$B/namelist.tsv" -o "$TMP/gout" "$D/rok.txt"; check_status "a name holding | is fine" 0 $?
check "a name holding |: each part is an alias" test "$(mentions_of gout)" = "kor kor "
check "a name holding |: the label keeps it" grep -q "South Korea|ROK" "$TMP/gout/nodes.tsv"
gz emptyfile ''; check_status "empty gazetteer file exits 1" 1 $?
check "empty gazetteer file: message" has_err "entgraph: $B/emptyfile.tsv: no header row"
gz comments '# only\n# comments\n\n'; check_status "comment-only gazetteer exits 1" 1 $?
gz crlfbom '\xef\xbb\xbfid\ttype\tname\r\nkor\tcountry\tSeoul\r\n'; check_status "gazetteer with BOM and CRLF is fine" 0 $?
check "gazetteer with BOM and CRLF: names found" test "$(mentions_of gout)" = "kor "
eg -g "$TMP/nogaz" -o "$TMP/gout" "$D/bom.txt"; check_status "missing gazetteer exits 1" 1 $?
check "missing gazetteer: message names it" has_err "entgraph: $TMP/nogaz: cannot open gazetteer"
mkdir -p "$TMP/gazdir0"; eg -g "$TMP/gazdir0" -o "$TMP/gout" "$D/bom.txt"; check_status "gazetteer folder without *.tsv exits 1" 1 $?
check "gazetteer folder without *.tsv: message" has_err "$TMP/gazdir0: no *.tsv gazetteer files in folder"

# relation lexicon
R=$TMP/lex; mkdir -p "$R"; cp "$G" "$R/gaz.tsv"
RH='trigger\trelation\tquadclass\tgoldstein\tdirection\n'
lex() { printf "$2" >"$R/relations.tsv"; eg -g "$R" -o "$TMP/lout" "$D/bom.txt"; }
lex q "${RH}met\tconsult\t7\t1\tsym\n"; check_status "lexicon: bad quadclass exits 1" 1 $?
check "lexicon: bad quadclass file:line" has_err "$R/relations.tsv:2: quadclass '7'"
lex gs "${RH}met\tconsult\t1\t11\tsym\n"; check_status "lexicon: goldstein out of range exits 1" 1 $?
check "lexicon: goldstein file:line" has_err "$R/relations.tsv:2: goldstein '11'"
lex nan "${RH}met\tconsult\t1\tnan\tsym\n"; check_status "lexicon: goldstein nan exits 1" 1 $?
check "lexicon: goldstein nan file:line" has_err "$R/relations.tsv:2: goldstein 'nan'"
lex dir "${RH}met\tconsult\t1\t1\tboth\n"; check_status "lexicon: bad direction exits 1" 1 $?
check "lexicon: bad direction file:line" has_err "$R/relations.tsv:2: direction 'both'"
lex hdr 'trigger\trelation\n'; check_status "lexicon: header lacking columns exits 1" 1 $?
check "lexicon: missing column file:line" has_err "$R/relations.tsv:1: missing column '"
lex short "${RH}met\tconsult\t1\n"; check_status "lexicon: short row exits 1" 1 $?
check "lexicon: short row file:line" has_err "$R/relations.tsv:2:"
lex utf "${RH}m\xffet\tconsult\t1\t1\tsym\n"; check_status "lexicon: invalid UTF-8 exits 1" 1 $?
check "lexicon: invalid UTF-8 file:line" has_err "$R/relations.tsv:2: invalid UTF-8"
lex hdronly "$RH"; check_status "lexicon: header only is an empty lexicon, exit 0" 0 $?
# the first failure in the order of the -g paths is the message, whatever is
# checked later (the ids once the rows are handed on)
mkdir -p "$R/bad-relations"; printf "${RH}met\tconsult\t7\t1\tsym\n" >"$R/bad-relations/relations.tsv"
printf "${H}kor\tcountry\tSouth Korea\t\nkor\tcountry\tKorea\t\n" >"$B/dupid.tsv"
eg -g "$B/dupid.tsv" -g "$R/bad-relations/relations.tsv" -o "$TMP/lout" "$D/bom.txt"
check_status "a duplicate id, then a bad lexicon: exits 1" 1 $?
check "a duplicate id, then a bad lexicon: the duplicate" has_err "entgraph: $B/dupid.tsv:3: duplicate id 'kor'"
eg -g "$R/bad-relations/relations.tsv" -g "$B/dupid.tsv" -o "$TMP/lout" "$D/bom.txt"
check_status "a bad lexicon, then a duplicate id: exits 1" 1 $?
check "a bad lexicon, then a duplicate id: the lexicon's" has_err "$R/bad-relations/relations.tsv:2: quadclass '7'"

# ---- usage errors: exit 2 ----
for args in "--bogus" "-Z" "-o" "--window" "-w fortnight" "-j 0" "--top many" "--min-weight -1" \
    "--layout spring" "--network friends" "-f" "-f dot,,pdf" "--formats="; do
    # shellcheck disable=SC2086
    eg $args; st=$?
    check_status "usage error '$args' exits 2" 2 $st
    check "usage error '$args' says what and points to --help" \
        bash -c "grep -q '^entgraph: ' '$TMP/stderr' && grep -q -- '--help' '$TMP/stderr'"
done
eg lint --bogus; check_status "lint: unknown option exits 2" 2 $?
