#!/usr/bin/env bash
# CLI behaviour: exit codes, messages, inputs, mentions.tsv offsets, formats.
. tests/lib.sh

G=$TMP/gaz; mkdir -p "$G"
printf 'id\ttype\tname\taliases\tbloc\tcountry\n' >"$G/a.tsv"
printf 'usa\tcountry\tUnited States\tUS|U.S.|America\tus-rok\tUSA\n' >>"$G/a.tsv"
printf 'kor\tcountry\tSouth Korea\tROK|Seoul\tus-rok\tKOR\n' >>"$G/a.tsv"
printf 'lloyd-austin\tperson\tLloyd Austin\t~Austin\tus-rok\tUSA\n' >>"$G/a.tsv"
printf 'unit-74455\tunit\tUnit 74455\t\tadversary\tRUS\n' >>"$G/a.tsv"
printf 'cyber\tissue\tcyber\tcybersecurity\t\t\n' >>"$G/a.tsv"

D=$TMP/docs; mkdir -p "$D/sub"
printf 'Lloyd Austin met officials in Seoul. Austin said the U.S.-ROK alliance covers cyber threats.\n' >"$D/one.txt"
printf 'They told us that Unit 7445 is not Unit 74455.\r\n\r\nThe US and ROK agreed.\n' >"$D/sub/two.md"
printf 'ignored because of its extension: United States\n' >"$D/skip.csv"

eg -h; check_status "help exits 0" 0 $?
check "help shows usage" grep -q 'usage: entgraph' "$TMP/stdout"
eg --version; check_status "version exits 0" 0 $?
eg --no-such-option; check_status "unknown option exits 2" 2 $?
check "unknown option message" grep -q "^entgraph: unknown option" "$TMP/stderr"
eg -w fortnight -g "$G" "$D"; check_status "bad window exits 2" 2 $?
eg -f dot,pdf -g "$G" "$D"; check_status "bad format exits 2" 2 $?
eg -g "$G" -o "$TMP/o0" "$TMP/missing.txt"; check_status "missing input exits 1" 1 $?
check "missing input names the file" grep -q "missing.txt" "$TMP/stderr"

eg -q -g "$G" -o "$TMP/o1" "$D"; st=$?
check_status "run on a folder exits 0" 0 $st
check "quiet run prints nothing" test ! -s "$TMP/stderr"
for f in mentions.tsv nodes.tsv edges.tsv graph.graphml graph.dot graph.svg; do
    check "writes $f" test -s "$TMP/o1/$f"
done
check "no temp files left" test -z "$(ls -A "$TMP/o1" | grep -vE '^(mentions|nodes|edges)\.tsv$|^graph\.(graphml|dot|svg)$')"
eg -q --fsync -g "$G" -o "$TMP/o1s" "$D"; check_status "--fsync run exits 0" 0 $?
for f in mentions.tsv nodes.tsv edges.tsv graph.graphml graph.dot graph.svg; do
    check "--fsync writes the same $f" cmp -s "$TMP/o1/$f" "$TMP/o1s/$f"
done
# A gazetteer read from a pipe (no size known up front, read in growing
# pieces: made 3000 rows long) loads as the same file does.
{ cat "$G/a.tsv"; for i in $(seq 3000); do printf 'pad-%d\tissue\tpadding term %d\t\t\t\n' "$i" "$i"; done; } >"$TMP/big.tsv"
eg -q -g "$TMP/big.tsv" -o "$TMP/o1f" -f nodes,mentions "$D"; check_status "big gazetteer from a file exits 0" 0 $?
eg -q -g <(cat "$TMP/big.tsv") -o "$TMP/o1p" -f nodes,mentions "$D"; check_status "gazetteer from a pipe exits 0" 0 $?
check "gazetteer from a pipe: the same mentions" cmp -s "$TMP/o1f/mentions.tsv" "$TMP/o1p/mentions.tsv"
check "gazetteer from a pipe: the same nodes" cmp -s "$TMP/o1f/nodes.tsv" "$TMP/o1p/nodes.tsv"
# Big blocks go on huge pages or 4 KiB ones as a probe of the host decides
# (util.c); ENTGRAPH_HUGE_PAGES=1 or 0 decides instead. Either way the
# outputs are the same (a corpus of 640 copies of tests/corpus: the graph's
# arrays, the output buffers and the partials' merge take big blocks).
P=$TMP/pages; mkdir -p "$P"
for i in $(seq 640); do cp "$ROOT/tests/corpus/01_alliance_2plus2.txt" "$P/a$i.txt"; cp "$ROOT/tests/corpus/04_aukus_space.txt" "$P/b$i.txt"; done
for h in 0 1; do
    ENTGRAPH_HUGE_PAGES=$h eg -q -j 2 -g "$ROOT/gazetteer" -o "$TMP/pages$h" -f mentions,nodes,edges,graphml "$P"
    check_status "ENTGRAPH_HUGE_PAGES=$h run exits 0" 0 $?
done
for f in mentions.tsv nodes.tsv edges.tsv graph.graphml; do
    check "huge and 4 KiB pages write the same $f" cmp -s "$TMP/pages0/$f" "$TMP/pages1/$f"
done
check "the paged runs found the corpus's mentions" test "$(wc -l <"$TMP/pages1/mentions.tsv")" -gt 10000
if command -v strace >/dev/null; then
    n_sync() { strace -f -e trace=fsync -o "$TMP/strace" "$ROOT/$ENTGRAPH" -q "$@" >/dev/null 2>&1; grep -c 'fsync(' "$TMP/strace"; }
    check "--fsync syncs every output and the folder" test "$(n_sync --fsync -g "$G" -o "$TMP/o1t" "$D")" -ge 7
    check "no fsync by default" test "$(n_sync -g "$G" -o "$TMP/o1u" "$D")" -eq 0
    n_huge() { ENTGRAPH_HUGE_PAGES=$1 strace -f -e trace=madvise -o "$TMP/strace" "$ROOT/$ENTGRAPH" -q -g "$ROOT/gazetteer" -o "$TMP/o1h" "$P" >/dev/null 2>&1; grep -c 'MADV_HUGEPAGE' "$TMP/strace"; }
    check "ENTGRAPH_HUGE_PAGES=1 advises huge pages" test "$(n_huge 1)" -gt 0
    check "ENTGRAPH_HUGE_PAGES=0 advises none" test "$(n_huge 0)" -eq 0
fi
# Rows of a long path (over the 512-byte stack buffer for the doc field)
# with many mentions (over the 4 KiB row buffer): every row intact.
LP=$TMP/$(printf 'p%.0s' $(seq 200))/$(printf 'q%.0s' $(seq 200))/$(printf 'r%.0s' $(seq 200)); mkdir -p "$LP"
for i in $(seq 300); do printf 'Lloyd Austin met officials in Seoul. '; done >"$LP/many.txt"
eg -q -g "$G" -o "$TMP/olong" "$LP/many.txt"; check_status "long path, many mentions exits 0" 0 $?
check "long path: 600 rows" test "$(tail -n +2 "$TMP/olong/mentions.tsv" | wc -l)" -eq 600
check "long path: every row starts with the path" test "$(tail -n +2 "$TMP/olong/mentions.tsv" | cut -f1 | sort -u)" = "$LP/many.txt"
# An N-token window counts words (which the default sentence window skips):
# US and ROK are 2 tokens apart, the DPRK 11 tokens from either.
W=$TMP/wdocs; mkdir -p "$W"
printf 'The US and ROK met, and five more words came before the DPRK spoke.\n' >"$W/w.txt"
printf 'id\ttype\tname\taliases\nprk\tcountry\tNorth Korea\tDPRK\n' >"$G/b.tsv"
eg -q -w 3 -f edges -g "$G" -o "$TMP/ow" "$W"; check_status "-w 3 exits 0" 0 $?
check "-w 3: the pair 2 tokens apart is an edge, pairs 11 apart are not" \
    test "$(tail -n +2 "$TMP/ow/edges.tsv" | cut -f1,2 | tr '\t\n' ' /')" = "kor usa/"
rm "$G/b.tsv"
M=$TMP/o1/mentions.tsv
check "mentions header" test "$(head -1 "$M")" = "$(printf 'doc\tstart\tend\tsentence\tentity\ttype\tsurface')"
check "doc id joins folder and path below" has_row "$M" "^$D/sub/two.md	"
check "skips files without a text extension" bash -c "! grep -q skip.csv '$M'"
check "short form after full name" has_row "$M" "one.txt	[0-9]+	[0-9]+	1	lloyd-austin	person	Austin$"
check "hyphen between names is a boundary" bash -c "grep -P '\tusa\tcountry\tU\.S\.$' '$M' | grep -q one.txt && grep -P '\tkor\tcountry\tROK$' '$M' | grep -q one.txt"
check "lowercase us is not the United States" bash -c "! grep -P 'two.md.*\tusa\t.*\tus$' '$M'"
check "digits are word characters: Unit 7445 not inside Unit 74455" bash -c "[ \$(grep -c 'unit-74455' '$M') = 1 ]"
check "issue aliases match in any case" has_row "$M" "	cyber	issue	cyber$"
check "CRLF file: US found in second paragraph" has_row "$M" "two.md	[0-9]+	[0-9]+	[0-9]+	usa	country	US$"
# Every surface equals the original bytes [start,end).
check "surface equals original bytes" /usr/bin/python3 - "$M" <<'PY'
import sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8")][1:]
assert rows
for doc, s, e, sent, ent, typ, surf in rows:
    data = open(doc, "rb").read()
    assert data[int(s):int(e)].decode() == surf, (doc, s, e, surf)
PY

# stdin and formats
printf 'Seoul and America.\n' | eg -q -g "$G" -o "$TMP/o2" -f mentions -; check_status "stdin run exits 0" 0 $?
check "stdin doc id is -" has_row "$TMP/o2/mentions.tsv" "^-	0	5	0	kor	country	Seoul$"
check "only the asked formats are written" test ! -e "$TMP/o2/graph.svg"

# gazetteer errors name file and line, exit 1
B=$TMP/bad; mkdir -p "$B"
printf 'id\ttype\tname\nusa\tcountry\tUnited States\nusa\tcountry\tUSA again\n' >"$B/dup.tsv"
eg -g "$B/dup.tsv" "$D"; check_status "duplicate id exits 1" 1 $?
check "duplicate id message has file:line" grep -q "^entgraph: $B/dup.tsv:3: duplicate id 'usa' (first defined at $B/dup.tsv:2)" "$TMP/stderr"
printf 'id\ttype\tname\nBad Id\tcountry\tX\n' >"$B/badid.tsv"
eg -g "$B/badid.tsv" "$D"; check_status "bad id exits 1" 1 $?
check "bad id message" grep -q "badid.tsv:2: bad id 'Bad Id'" "$TMP/stderr"
printf 'id\tname\nx\tX\n' >"$B/nohead.tsv"
eg -g "$B/nohead.tsv" "$D"; check_status "missing type column exits 1" 1 $?
check "missing column message" grep -q "nohead.tsv:1: header lacks required column 'type'" "$TMP/stderr"
printf 'id\ttype\tname\taliases\nx\tperson\tX\tA||B\n' >"$B/empty.tsv"
eg -g "$B/empty.tsv" "$D"; check_status "empty alias exits 1" 1 $?
check "empty alias message" grep -q "empty.tsv:2: empty alias" "$TMP/stderr"
printf 'id\ttype\tname\nx\tperson\t\xff\xfe\n' >"$B/utf.tsv"
eg -g "$B/utf.tsv" "$D"; check_status "invalid UTF-8 gazetteer exits 1" 1 $?
check "invalid UTF-8 message" grep -q "utf.tsv:2: invalid UTF-8" "$TMP/stderr"

# A picture dense in directed cycles (attacks each way among twenty states):
# Graphviz 2.42 enumerates every cycle to route curved edges, which had not
# ended after minutes on such a graph; entgraph draws it with straight lines
# (not spline routing: Graphviz 2.42's router overruns a buffer on some such
# pictures), and keeps curved edges for a sparse one (the bundled corpus).
python3 - "$TMP/cyc" <<'PY'
import os, random, sys
d = sys.argv[1]
os.makedirs(d)
states = ["France", "Germany", "Italy", "Spain", "Poland", "Sweden", "Norway", "Finland", "Denmark", "Austria",
          "Hungary", "Romania", "Greece", "Turkey", "Egypt", "Kenya", "Brazil", "Chile", "Peru", "Mexico"]
rnd = random.Random(7)
with open(os.path.join(d, "war.txt"), "w") as f:
    for _ in range(160):
        a, b = rnd.sample(states, 2)
        f.write("%s attacked %s.\n\n" % (a, b))
PY
timeout 600 "$ROOT/$ENTGRAPH" -q -g gazetteer -f dot,svg -o "$TMP/cyc_out" "$TMP/cyc" >"$TMP/stdout" 2>"$TMP/stderr"
check_status "a graph dense in cycles is drawn (no endless curved routing)" 0 $?
check "... with straight lines, not Graphviz's spline router" grep -q 'splines=line' "$TMP/cyc_out/graph.dot"
check "... and its SVG is whole" grep -q '</svg>' "$TMP/cyc_out/graph.svg"
eg -q -g gazetteer -f dot -o "$TMP/sparse_out" tests/corpus
check "a sparse picture keeps curved edges" grep -q 'splines=curved' "$TMP/sparse_out/graph.dot"
