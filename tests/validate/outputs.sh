#!/usr/bin/env bash
# outputs.sh - runs entgraph on the sample corpus and reads every output back
# with real clients: xmllint (GraphML XSD, SVG), dot (re-reads graph.dot),
# networkx and igraph (check_outputs.py); then checks determinism.
. "$(dirname "$0")/../lib.sh"
CORPUS="${CORPUS:-$ROOT/tests/corpus}"
PY=/usr/bin/python3

eg -q -o "$TMP/out" "$CORPUS"; st=$?
check_status "entgraph runs on the sample corpus" 0 $st
for f in graph.dot graph.svg graph.graphml mentions.tsv nodes.tsv edges.tsv; do
    check "writes $f" test -s "$TMP/out/$f"
done
check "no temp files left" test -z "$(find "$TMP/out" -name '.*' -type f)"
# xmllint says "validates" on stderr; only its status matters here.
valid_graphml() { xmllint --noout --nonet --schema "$SCHEMA_DIR/graphml.xsd" "$1" 2>"$TMP/xmllint.err"; }
check "graphml valid against the GraphML XSD" valid_graphml "$TMP/out/graph.graphml"
check "graphml has no per-edge directed attribute" \
    bash -c "! grep -qE '<edge [^>]*directed=' '$TMP/out/graph.graphml'"
check "graphml edge ids unique" \
    bash -c "[ -z \"\$(grep -oE '<edge id=\"[^\"]*\"' '$TMP/out/graph.graphml' | sort | uniq -d)\" ]"
check "svg is well-formed XML" xmllint --noout --nonet "$TMP/out/graph.svg"
check "dot re-reads graph.dot" bash -c "dot -Tsvg '$TMP/out/graph.dot' >'$TMP/redot.svg' 2>'$TMP/dot.err' && xmllint --noout '$TMP/redot.svg'"
check "dot -Ksfdp reproduces the styled picture" bash -c "dot -Ksfdp -Tsvg '$TMP/out/graph.dot' | grep -q 'fill=\"#'"
check "graph.dot carries the styling" has_row "$TMP/out/graph.dot" 'outputorder=edgesfirst'
check "graph.dot has a legend" has_row "$TMP/out/graph.dot" 'cooperation'

$PY "$(dirname "$0")/check_outputs.py" "$TMP/out"

# Determinism: same inputs, byte-identical outputs, whatever the thread count.
eg -q -j 1 -o "$TMP/out1" "$CORPUS"
eg -q -j 7 -o "$TMP/out7" "$CORPUS"
for f in graph.dot graph.svg graph.graphml mentions.tsv nodes.tsv edges.tsv; do
    check "$f identical across runs and thread counts" \
        bash -c "cmp -s '$TMP/out/$f' '$TMP/out1/$f' && cmp -s '$TMP/out/$f' '$TMP/out7/$f'"
done
# The SVG again, several times: Graphviz 2.42's router for splines=true is not
# reproducible, so edges are drawn curved (which is).
for i in 1 2 3 4 5 6; do eg -q -f svg -o "$TMP/svg$i" "$CORPUS"; done
check "graph.svg byte-identical over six more runs" \
    bash -c "for i in 1 2 3 4 5 6; do cmp -s '$TMP/out/graph.svg' '$TMP/svg'\$i/graph.svg || exit 1; done"

# The other windows and views still give valid outputs.
for w in paragraph document 8; do
    eg -q -w "$w" -f graphml,edges -o "$TMP/w$w" "$CORPUS"
    check "window $w: valid graphml" valid_graphml "$TMP/w$w/graph.graphml"
done
check "a document window has at least as many co-occurrence edges as a sentence window" \
    test "$(grep -c $'\tcooccurrence\t' "$TMP/wdocument/edges.tsv")" -ge "$(grep -c $'\tcooccurrence\t' "$TMP/out/edges.tsv")"
for v in alliance adversary; do
    eg -q --network "$v" --top 0 -f dot -o "$TMP/n$v" "$CORPUS"; st=$?
    check_status "network $v writes a DOT" 0 $st
    check "network $v: dot re-reads it" bash -c "dot -Tsvg '$TMP/n$v/graph.dot' >/dev/null"
done
# Edge colours are written as their own attribute line; the legend's <font color=...> is not.
check "alliance view has no conflict-coloured edge" bash -c "! grep -qE '^\s+color=\"#c62828\"' '$TMP/nalliance/graph.dot'"
check "adversary view has no cooperation-coloured edge" bash -c "! grep -qE '^\s+color=\"#2e7d32\"' '$TMP/nadversary/graph.dot'"
check "adversary view has conflict edges" has_row "$TMP/nadversary/graph.dot" '^\s+color="#c62828"'
eg -q --top 3 -f dot -o "$TMP/top3" "$CORPUS"
check "--top 3 keeps 3 nodes in the DOT" \
    test "$(grep -E '^\s+"?[a-z0-9][a-z0-9_.-]*"?\s+\[' "$TMP/top3/graph.dot" | grep -cvE '^\s+(graph|node|edge)\s')" -eq 3

# Many edges: edges.tsv and the GraphML's edges are formatted in chunks on
# several threads and written in chunk order (out_par); with thousands of
# edges (several chunks) the bytes must be those of a single-threaded run,
# and the GraphML must still validate and read back with every edge.
W=$TMP/many; mkdir -p "$W/docs"
python3 - "$W" <<'PY'
import os, random, sys
w = sys.argv[1]
rnd = random.Random(5)
ents = [("m%03d" % i, "Envoy%s Delegate%d" % (chr(65 + i % 26), i)) for i in range(150)]
with open(os.path.join(w, "gaz.tsv"), "w") as f:
    f.write("id\ttype\tname\taliases\tbloc\tcountry\n")
    for i, (eid, name) in enumerate(ents):
        f.write("%s\tperson\t%s\t\t%s\t\n" % (eid, name, ("us-rok", "adversary", "neutral")[i % 3]))
verbs = ("met", "criticised", "praised", "threatened", "visited")
for k in range(30):
    with open(os.path.join(w, "docs", "d%02d.txt" % k), "w") as f:
        for s in range(200):
            a, b = rnd.sample(ents, 2)
            f.write("%s %s %s on the talks, aides said (round %d).\n" % (a[1], rnd.choice(verbs), b[1], s))
PY
many() { eg -q -j "$1" -g "$W/gaz.tsv" -g "$ROOT/gazetteer/relations.tsv" -f edges,graphml -o "$W/o$1" "$W/docs"; }
many 1; check_status "many edges: one thread" 0 $?
many 2; check_status "many edges: two threads" 0 $?
check "many edges: more than four chunks of edges" test "$(($(wc -l <"$W/o1/edges.tsv") - 1))" -gt 4100
for f in edges.tsv graph.graphml; do
    check "many edges: $f identical with one and two threads" cmp -s "$W/o1/$f" "$W/o2/$f"
done
check "many edges: graphml valid against the GraphML XSD" valid_graphml "$W/o2/graph.graphml"
check "many edges: networkx reads every edge of edges.tsv" $PY -c "
import sys, networkx as nx
g = nx.read_graphml(sys.argv[1]); n = sum(1 for _ in open(sys.argv[2])) - 1
sys.exit(0 if g.number_of_edges() == n else 1)" "$W/o2/graph.graphml" "$W/o2/edges.tsv"
