#!/usr/bin/env bash
# `entgraph lint`: errors with file:line and exit 1; warnings for shared
# aliases, common words and aliases containing other entities' aliases; with
# INPUT, per-alias hit counts and entities never matched.
. tests/lib.sh
G=$TMP/g; mkdir -p "$G"
{
    printf 'id\ttype\tname\taliases\n'
    printf 'usa\tcountry\tUnited States\tUS|America\n'
    printf 'america-band\torganization\tAmerica the band\tAmerica\n'
    printf 'stratcom\torganization\tUS Strategic Command\tSTRATCOM\n'
    printf 'power-co\torganization\tPower\tGreat Power Company\n'
    printf 'kim\tperson\tKim Jong Un\t~Kim\n'
    printf 'kim2\tperson\tKim Yong-hyun\t~Kim\n'
    printf 'never\tperson\tNobody Atall\n'
} >"$G/a.tsv"

eg lint -g "$G"; check_status "lint of a gazetteer with warnings exits 0" 0 $?
check "shared alias warned with both places" grep -q "a.tsv:3: warning: alias 'America' is also an alias of 'usa' ($G/a.tsv:2)" "$TMP/stdout"
check "short forms shared by design are not warned" bash -c "! grep -q \"alias 'Kim' is also\" '$TMP/stdout'"
check "common English word warned" grep -q "a.tsv:5: warning: alias 'Power' is a common English word" "$TMP/stdout"
check "summary counts the warnings" grep -q "^# 7 entities, .*: 0 errors; 1 shared aliases, 1 common words, 2 aliases containing other aliases" "$TMP/stdout"
ENTGRAPH_LINT_ALL=1 eg lint -g "$G"
check "substring warning names the inner alias and its entity" grep -q "alias 'US Strategic Command' contains the alias 'US' of 'usa'" "$TMP/stdout"

P=$TMP/p; mkdir -p "$P"
{
    printf 'id\ttype\tname\taliases\tparties\n'
    printf 'kor-mdt\tagreement\tUS-ROK treaty\tMutual Defense Treaty\tUSA KOR\n'
    printf 'phl-mdt\tagreement\tUS-Philippines treaty\tMutual Defense Treaty\tUSA PHL\n'
    printf 'jpn-mdt\tagreement\tUS-Japan treaty\tMutual Defense Treaty\t\n'
} >"$P/a.tsv"
eg lint -g "$P"
check "a name two treaties with parties share is not warned" bash -c "! grep -q \"'phl-mdt'\" '$TMP/stdout'"
check "... but one without parties is" grep -q "a.tsv:4: warning: alias 'Mutual Defense Treaty' is also an alias of \
'kor-mdt'" "$TMP/stdout"

D=$TMP/d; mkdir -p "$D"
printf 'The US and America met. US Strategic Command spoke; Kim Jong Un replied, and Kim again.\n' >"$D/a.txt"
eg lint -g "$G" "$D"; check_status "lint with INPUT exits 0" 0 $?
check "hit count per alias" grep -qP '^usa\tUS\t1$' "$TMP/stdout"
check "short form hits counted" grep -qP '^kim\tKim\t1$' "$TMP/stdout"
check "never-matched entities listed" grep -qP '^never\tnever$' "$TMP/stdout"
check "never-matched count" grep -q '^# entities never matched: 4 of 7' "$TMP/stdout"

printf 'id\ttype\tname\nusa\tcountry\tX\n' >"$G/b.tsv"
eg lint -g "$G"; check_status "lint with a duplicate id exits 1" 1 $?
check "lint error names file and line" grep -q "^entgraph: $G/b.tsv:2: duplicate id 'usa'" "$TMP/stderr"
eg lint -g "$TMP/nope"; check_status "lint of a missing gazetteer exits 1" 1 $?

eg lint; check_status "the shipped gazetteer lints without errors" 0 $?
check "the shipped gazetteer has no shared full aliases" grep -q ' 0 shared aliases' "$TMP/stdout"
