#!/usr/bin/env bash
# test_gazetteer_recall.sh - the shipped gazetteer against the expectations in tests/fixtures/:
# every required (doc, entity) of seeds_entities.tsv and corpus_entities.tsv is found with its
# surface_example, and no_entity_text.txt yields topics only. Prints TAP lines; needs a built entgraph.
. "$(dirname "$0")/../lib.sh"
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
FIX="$ROOT/tests/fixtures"
if [ ! -x "$ROOT/$ENTGRAPH" ]; then ok "gazetteer recall # SKIP $ENTGRAPH not built"; exit 0; fi

# expect FIXTURE MENTIONS LABEL : one TAP line per required fixture row.
expect() {
    "$PY" - "$1" "$2" "$3" <<'PYEOF'
import sys
fix, ment, label = sys.argv[1:4]
found = {}
with open(ment, encoding="utf-8") as f:
    next(f)
    for line in f:
        c = line.rstrip("\n").split("\t")
        doc = c[0].replace("\\", "/").split("/")[-1]
        found.setdefault((doc, c[4]), set()).add(c[6])
with open(fix, encoding="utf-8") as f:
    for line in f:
        if line.startswith("#") or line.startswith("doc\t") or not line.strip():
            continue
        doc, ent, surf, note = line.rstrip("\n").split("\t")
        if "OPTIONAL" in note:
            continue
        name = f"{label}: {doc[:24]} {ent} <- {surf}"
        if (doc, ent) not in found:
            print(f"not ok - {name}\n# entity not found")
        elif surf not in found[(doc, ent)]:
            print(f"not ok - {name}\n# found as: {sorted(found[(doc, ent)])[:6]}")
        else:
            print(f"ok - {name}")
PYEOF
}

if [ -d "$SEEDS" ]; then
    eg -q -g "$ROOT/gazetteer" -o "$TMP/seeds" -f mentions "$SEEDS"
    check_status "entgraph runs on the seeds" 0 $?
    expect "$FIX/seeds_entities.tsv" "$TMP/seeds/mentions.tsv" seeds
else
    ok "seed recall # SKIP $SEEDS missing"
fi
eg -q -g "$ROOT/gazetteer" -o "$TMP/corpus" -f mentions "$ROOT/tests/corpus"
check_status "entgraph runs on tests/corpus" 0 $?
expect "$FIX/corpus_entities.tsv" "$TMP/corpus/mentions.tsv" corpus

eg -q -g "$ROOT/gazetteer" -o "$TMP/none" -f mentions "$FIX/no_entity_text.txt"
check_status "entgraph runs on no_entity_text.txt" 0 $?
bad=$(awk -F'\t' 'NR > 1 && $6 != "issue" { print $5 " <- " $7 }' "$TMP/none/mentions.tsv" 2>/dev/null)
if [ -z "$bad" ]; then ok "lower-case common words make no entities"
else not_ok "lower-case common words make no entities" $bad; fi
