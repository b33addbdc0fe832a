#!/usr/bin/env bash
# test_relations.sh - stated relations on the five seed articles, scored against
# tests/fixtures/seeds_relations.tsv (precision and recall printed as TAP comments),
# plus the relations the articles must and must not yield.
. "$(dirname "$0")/../lib.sh"
FIX="$ROOT/tests/fixtures/seeds_relations.tsv"

if [ ! -d "$SEEDS" ]; then
    echo "ok - # SKIP seeds absent"
    exit 0
fi

# stated_edges DIR DOC: the asserted stated edges of DIR/edges.tsv as
# "doc source target relation directed polarity" (columns found by header name;
# an edge whose every statement is hypothetical or negated is not asserted).
stated_edges() {
    awk -F'\t' -v doc="$2" '
        NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
        $c["kind"] == "stated" && $c["weight"] - $c["hypothetical"] > 0 {
            print doc "\t" $c["source"] "\t" $c["target"] "\t" $c["relation"] "\t" $c["directed"] "\t" $c["polarity"]
        }' "$1/edges.tsv"
}

: >"$TMP/produced.tsv"
for f in "$SEEDS"/*.txt; do
    b=$(basename "$f")
    eg -q -g "$ROOT/gazetteer" -f edges -o "$TMP/$b" "$f"
    st=$?
    check_status "entgraph runs on $b" 0 "$st"
    [ "$st" -eq 0 ] && stated_edges "$TMP/$b" "$b" >>"$TMP/produced.tsv"
done

# Scores: an edge is right if a fixture row of its document has its pair (in the
# row's direction when both are directed), one of the row's relations and its
# polarity; a row is found if some edge is right for it.
awk -F'\t' -v out="$TMP/score" '
    function inset(x, set,   n, a, i) { n = split(set, a, "|"); for (i = 1; i <= n; i++) if (a[i] == x) return 1; return 0 }
    function fits(r, s, t, rel, dir, pol) {
        if (!inset(rel, R[r]) || pol != P[r]) return 0
        if (inset(s, A[r]) && inset(t, B[r])) return 1
        return !(dir == "true" && D[r] == "yes") && inset(s, B[r]) && inset(t, A[r])
    }
    FNR == NR { if ($0 ~ /^#/ || $1 == "doc") next
                n++; DOC[n] = $1; A[n] = $2; B[n] = $3; R[n] = $4; P[n] = $5; D[n] = $6; next }
    { m++; ok = 0
      for (r = 1; r <= n; r++) if (DOC[r] == $1 && fits(r, $2, $3, $4, $5, $6)) { ok = 1; found[r] = 1 }
      if (ok) right++; else print "# extra: " $0
    }
    END {
        for (r = 1; r <= n; r++) if (found[r]) hit++; else print "# missed: " DOC[r] " " A[r] " " B[r] " " R[r]
        printf "# precision %.2f (%d of %d stated edges match the fixture)\n", m ? right / m : 0, right, m
        printf "# recall %.2f (%d of %d fixture relations found)\n", n ? hit / n : 0, hit, n
        printf "%d %d %d %d\n", right, m, hit, n > out
    }' "$FIX" "$TMP/produced.tsv"
read -r right made hit total <"$TMP/score"
# Floors a little under what the extractor reaches today: a regression fails.
check "stated edges: precision at least 0.90" [ $((right * 100)) -ge $((made * 90)) ]
check "stated edges: recall at least 0.95" [ $((hit * 100)) -ge $((total * 95)) ]
check "stated edges found in every seed article" \
    [ "$(cut -f1 "$TMP/produced.tsv" | sort -u | wc -l)" -eq "$(ls "$SEEDS"/*.txt | wc -l)" ]

# has_edge A B RELATIONS : some document states A-B (either way) with one of RELATIONS.
has_edge() {
    awk -F'\t' -v a="$1" -v b="$2" -v rels="|$3|" '
        (($2 == a && $3 == b) || ($2 == b && $3 == a)) && index(rels, "|" $4 "|") { f = 1 }
        END { exit !f }' "$TMP/produced.tsv"
}
check "the US and South Korea cooperate" has_edge usa kor "cooperate|military_cooperation|share_intel"
check "Russia and North Korea cooperate" has_edge rus prk "cooperate|military_cooperation|sign_agreement"
check "Russia supplies North Korea" has_edge rus prk "supply|aid"
check "North Korea supplies Russia" has_edge prk rus "supply|deploy"
check "ROK Strategic Command works with US Strategic Command" \
    has_edge rok-strategic-command us-strategic-command "cooperate|military_cooperation"
check "Unit 74455 attacked the Pyeongchang Olympics" has_edge unit-74455 olympic-destroyer "cyberattack|attack"

# The whole corpus at once: nothing says the US and North Korea cooperate.
eg -q -g "$ROOT/gazetteer" -f edges,graphml -o "$TMP/all" "$SEEDS"
check_status "entgraph runs on the seed folder" 0 $?
no_coop() {
    [ -s "$TMP/all/edges.tsv" ] && ! awk -F'\t' 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
        (($c["source"] == "usa" && $c["target"] == "prk") || ($c["source"] == "prk" && $c["target"] == "usa")) &&
        $c["kind"] == "stated" && $c["polarity"] == 1 { f = 1 } END { exit !f }' "$TMP/all/edges.tsv"
}
check "edges.tsv: no cooperation between usa and prk" no_coop
no_coop_graphml() {
    [ -s "$TMP/all/graph.graphml" ] && python3 - "$TMP/all/graph.graphml" <<'EOF'
import sys, xml.etree.ElementTree as ET
ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
root = ET.parse(sys.argv[1]).getroot()
keys = {k.get("attr.name"): k.get("id") for k in root.findall("g:key", ns) if k.get("for") == "edge"}
bad = 0
for e in root.iter("{http://graphml.graphdrawing.org/xmlns}edge"):
    d = {x.get("key"): x.text for x in e.findall("g:data", ns)}
    if {e.get("source"), e.get("target")} == {"usa", "prk"} and d.get(keys["kind"]) == "stated" \
            and d.get(keys["polarity"]) == "1":
        bad = 1
sys.exit(bad)
EOF
}
check "graph.graphml: no cooperation between usa and prk" no_coop_graphml
