#!/usr/bin/env bash
# The five real seed articles (../shared/corpus/seeds): the seven names of the
# brief resolve to the right entities, and known traps do not fire.
. tests/lib.sh
if [ ! -d "$SEEDS" ]; then
    echo "ok - seeds folder absent, seed checks not run # SKIP $SEEDS"
    exit 0
fi
eg -q -j 2 -g gazetteer -o "$TMP/out" -f mentions "$SEEDS"; check_status "runs on the seeds" 0 $?
M=$TMP/out/mentions.tsv
# mention_of ENTITY SURFACE [FILE-PATTERN]: a mention with that entity and surface.
mention_of() { awk -F'\t' -v e="$1" -v s="$2" -v f="${3:-.}" '$5==e && $7==s && $1~f {n++} END {exit !n}' "$M"; }
never()      { awk -F'\t' -v e="$1" -v s="$2" '$5==e && $7==s {n++} END {exit n>0}' "$M"; }

check "Lloyd Austin named in full"            mention_of lloyd-austin "Lloyd Austin" 000_
check "Austin alone resolves to Lloyd Austin" mention_of lloyd-austin "Austin" 000_
check "Austin alone in the second article"    mention_of lloyd-austin "Austin" 001_
check "Antony Blinken"                        mention_of antony-blinken "Antony Blinken"
check "Blinken alone"                         mention_of antony-blinken "Blinken"
check "Cho Tae-yul"                           mention_of cho-tae-yul "Cho Tae-yul"
check "Kim Yong-hyun"                         mention_of kim-yong-hyun "Kim Yong-hyun"
check "South Korea's Strategic Command"       mention_of rok-strategic-command "Strategic Command" 000_
check "US Strategic Command is a different entity" mention_of us-strategic-command "US Strategic Command" 000_
check "U.S. Strategic Command"                mention_of us-strategic-command "U.S. Strategic Command" 001_
check "Unit 74455"                            mention_of unit-74455 "Unit 74455" 004_
check "AUKUS Pillar 2"                        mention_of aukus-pillar-2 "AUKUS Pillar 2" 000_
check "Yang resolves to Yang Uk"              mention_of yang-uk "Yang" 000_
check "Kim regime resolves to Kim Jong Un"    mention_of kim-jong-un "Kim" 004_
check "Kim Jong-un and Kim Jong Un are one entity" bash -c "awk -F'\t' '\$5==\"kim-jong-un\"' '$M' | grep -q 'Kim Jong-un' && awk -F'\t' '\$5==\"kim-jong-un\"' '$M' | grep -q 'Kim Jong Un'"
check "DPRK is North Korea"                   mention_of prk "DPRK"
check "Pyongyang stands for North Korea"      mention_of prk "Pyongyang"
check "lowercase us never is the United States" never usa "us"
check "Felix Kim never becomes Kim Jong Un"   bash -c "! awk -F'\t' '\$1 ~ /001_/ && \$5==\"kim-jong-un\"' '$M' | grep -q ."
# Every surface equals the original bytes.
check "surfaces equal original bytes; mentions never overlap" /usr/bin/python3 - "$M" <<'PY'
import sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8")][1:]
cache = {}
for doc, s, e, sent, ent, typ, surf in rows:
    data = cache.setdefault(doc, open(doc, "rb").read())
    assert data[int(s):int(e)].decode() == surf, (doc, s, e, surf)
assert len(rows) > 300
# Leftmost-longest: mentions never overlap ("Strategic Command" inside "US Strategic Command").
spans = sorted((d, int(s), int(e)) for d, s, e, *_ in rows)
for (d1, s1, e1), (d2, s2, e2) in zip(spans, spans[1:]):
    assert d1 != d2 or e1 <= s2, (d1, s1, e1, s2, e2)
PY
