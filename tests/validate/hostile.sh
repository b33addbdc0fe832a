#!/usr/bin/env bash
# hostile.sh - names and paths built to break writers (quotes, <, >, &,
# backslashes, a trailing backslash, apostrophes, markup, a tab in the text)
# must come out as valid GraphML/SVG/DOT/TSV and round-trip unchanged.
. "$(dirname "$0")/../lib.sh"
PY=/usr/bin/python3
mkdir -p "$TMP/gaz" "$TMP/in"
# Hostile names carry plain aliases, so matching is not what is under test.
{
    printf 'id\ttype\tname\taliases\tbloc\tnote\n'
    printf 'quote-man\tperson\tQuote "Q" Man\tQuoteman\tus-rok\tsays "hi" & <bye>\n'
    printf 'lt-gt\torganization\tLess <Than> & More\tLessthan\tadversary\t\n'
    printf 'back-slash\tperson\tBack\\slash \\N\\n\\\\\tBackslash\t\t\n'
    printf 'trailing\tperson\tEnds In\\\tTrailer\tneutral\t\n'
    printf 'script-x\tgroup\t<script>alert(1)</script>\tScripter\tadversary\t</td></tr>\n'
    printf 'apos\tperson\tO'"'"'Neil & Sons '"'"'Ltd'"'"'\tApostle\tpartner\t\n'
    printf 'two-words\tcountry\tTwo Words\t\tpartner\t\n'
} >"$TMP/gaz/people.tsv"
printf 'Quoteman met Lessthan and Backslash in Paris.\nTrailer and Scripter argued with Apostle over Two\tWords.\n\nQuoteman, Scripter and Trailer met again.\n' \
    >"$TMP/in/a&b \"c\" <d>.txt"

eg -q -g "$TMP/gaz" --top 0 -o "$TMP/out" "$TMP/in"; st=$?
check_status "entgraph runs on hostile names" 0 $st
check "graphml valid against the XSD" \
    xmllint --noout --nonet --schema "$SCHEMA_DIR/graphml.xsd" "$TMP/out/graph.graphml" 2>/dev/null
check "svg is well-formed" xmllint --noout --nonet "$TMP/out/graph.svg"
check "svg holds no live script tag" bash -c "! grep -qi '<script' '$TMP/out/graph.svg'"
check "dot re-reads graph.dot" bash -c "dot -Tsvg '$TMP/out/graph.dot' >'$TMP/re.svg' && xmllint --noout '$TMP/re.svg'"
check "re-rendered DOT keeps the names escaped" bash -c "! grep -qi '<script' '$TMP/re.svg'"
check "mentions.tsv escapes the tab inside a surface" has_row "$TMP/out/mentions.tsv" 'Two\\tWords'
check "evidence_doc keeps the hostile path" has_row "$TMP/out/edges.tsv" 'a&b "c" <d>\.txt'
check "every node was found" test "$(($(wc -l <"$TMP/out/nodes.tsv") - 1))" -eq 7

# Expected labels, one per line, for check_outputs.py.
cut -f3 "$TMP/gaz/people.tsv" | tail -n +2 >"$TMP/labels"
(cd "$TMP" && $PY "$ROOT/tests/validate/check_outputs.py" "$TMP/out" "$TMP/labels")
