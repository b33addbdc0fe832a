#!/usr/bin/env bash
# test_unseen.sh - the shipped gazetteer and relation lexicon on sentences
# written for this test in the style of wire copy (none is from the seeds):
# patterns that probing new text showed, each with what must and must not
# come out of it.
. "$(dirname "$0")/../lib.sh"

cat >"$TMP/wire.txt" <<'EOF'
Japan and the Philippines signed a reciprocal defense pact on Tuesday.

Saudi Arabia and Iran restored diplomatic relations in a deal brokered by China.

India and Pakistan exchanged fire along the border overnight, officials said.

Basketball star Michael Jordan met the drummer Chad Smith at a charity event.

Defense Minister Israel Katz said the Israel Defense Forces would respond.

The bank approved a US$2 billion loan, and the US welcomed it.
EOF
eg -q -g "$ROOT/gazetteer" -f mentions,edges -o "$TMP/out" "$TMP/wire.txt"
check_status "entgraph runs on the wire copy" 0 $?

# stated A B RELATION : edges.tsv states A-B (either way) with RELATION.
stated() {
    awk -F'\t' -v a="$1" -v b="$2" -v r="$3" '
        NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
        (($c["source"] == a && $c["target"] == b) || ($c["source"] == b && $c["target"] == a)) &&
        $c["kind"] == "stated" && $c["relation"] == r { f = 1 } END { exit !f }' "$TMP/out/edges.tsv"
}
# mentioned ENTITY SURFACE : mentions.tsv has ENTITY written as SURFACE.
mentioned() {
    awk -F'\t' -v e="$1" -v s="$2" '$5 == e && $7 == s { f = 1 } END { exit !f }' "$TMP/out/mentions.tsv"
}

check "a joint subject with an article: Japan and the Philippines sign" stated jpn phl sign_agreement
check "restored diplomatic relations: Saudi Arabia and Iran" stated irn sau restore_relations
check "the broker is no party: China restores nothing" bash -c '! grep -qP "^(chn\tsau|irn\tchn|chn\tirn|sau\tchn)\tstated" "$1"' _ "$TMP/out/edges.tsv"
check "exchanged fire: India and Pakistan fight" stated ind pak fight
check "Michael Jordan is not Jordan" bash -c '! cut -f5 "$1" | grep -qx jor' _ "$TMP/out/mentions.tsv"
check "Chad Smith is not Chad" bash -c '! cut -f5 "$1" | grep -qx tcd' _ "$TMP/out/mentions.tsv"
check "Israel Katz is not Israel, the Israel Defense Forces are" \
    bash -c '[ "$(cut -f5 "$1" | grep -cx isr)" -eq 1 ]' _ "$TMP/out/mentions.tsv"
check "US\$ is a currency, the US a country" \
    bash -c '[ "$(cut -f5 "$1" | grep -cx usa)" -eq 1 ]' _ "$TMP/out/mentions.tsv"
check "the US is found in the last sentence" mentioned usa US
