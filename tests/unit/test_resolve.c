/* test_resolve.c - leftmost-longest selection, short forms, shared aliases,
 * the title heuristic, and the sentence/token/offset fields of mentions. */
#include "testutil.h"

#include <string.h>

#include "testmatch.h"

static const char *const gaz_tsv = "id\ttype\tname\taliases\n"
                                   "kju\tperson\tKim Jong Un\tKim Jong-un|~Kim\n"
                                   "kyj\tperson\tKim Yo Jong\t~Kim\n"
                                   "prk\tcountry\tNorth Korea\tDPRK\n"
                                   "kor\tcountry\tSouth Korea\tROK|~Korea\n"
                                   "korea\tlocation\tKorea\tKorean Peninsula\n"
                                   "usa\tcountry\tUnited States\tUS|U.S.\n"
                                   "stratcom\tunit\tUS Strategic Command\tStrategic Command\n"
                                   "georgia-c\tcountry\tGeorgia\n"
                                   "georgia-s\tlocation\tGeorgia\tState of Georgia\n"
                                   "austin\tperson\tLloyd Austin\t~Austin\n"
                                   "yoon\tperson\tYoon Suk Yeol\tPresident Yoon\n"
                                   "space\tissue\touter space\tspace domains\n"
                                   "jor\tcountry\tJordan\n"
                                   "tcd\tcountry\tChad\n"
                                   "isr\tcountry\tIsrael\n"
                                   "ind\tcountry\tIndia\n"
                                   "pak\tcountry\tPakistan\n";

TM_FIXTURE_FUNCS(gaz_tsv)

static const char *run(fixture *f, const char *text) { return tm_mentions(f, text); }

static void test_leftmost_longest(void **state)
{
    fixture *f = *state;
    assert_string_equal(run(f, "North Korea and US Strategic Command met."),
                        "prk:North Korea,stratcom:US Strategic Command,");
    assert_string_equal(run(f, "The Strategic Command and the U.S. agreed."),
                        "stratcom:Strategic Command,usa:U.S.,");
}

/* A person's aliases that overlap ("President Yoon" and "Yoon Suk Yeol")
 * make one mention over both; an issue's do not (leftmost-longest). */
static void test_overlapping_aliases_of_a_person(void **state)
{
    fixture *f = *state;
    assert_string_equal(run(f, "President Yoon Suk Yeol and North Korea."),
                        "yoon:President Yoon Suk Yeol,prk:North Korea,");
    assert_string_equal(run(f, "President Yoon and Yoon Suk Yeol."), "yoon:President Yoon,yoon:Yoon Suk Yeol,");
    assert_string_equal(run(f, "Outer space domains."), "space:Outer space,");
}

static void test_short_form_needs_full_name_first(void **state)
{
    fixture *f = *state;
    assert_string_equal(run(f, "Kim spoke. Later Kim Jong Un spoke, and Kim left."),
                        "kju:Kim Jong Un,kju:Kim,");
    /* the state is per document: a new document starts fresh */
    assert_string_equal(run(f, "Kim spoke."), "");
    /* a dropped short form lets a shorter full alias at the same start win */
    assert_string_equal(run(f, "Korea is divided."), "korea:Korea,");
}

static void test_short_form_most_recent_wins(void **state)
{
    fixture *f = *state;
    assert_string_equal(run(f, "Kim Jong Un met Kim Yo Jong. Then Kim spoke."),
                        "kju:Kim Jong Un,kyj:Kim Yo Jong,kyj:Kim,");
    assert_string_equal(run(f, "Kim Yo Jong met Kim Jong Un. Then Kim spoke."),
                        "kyj:Kim Yo Jong,kju:Kim Jong Un,kju:Kim,");
}

/* "Korea" is South Korea's short form but a full alias of the location:
 * the full alias wins unless the short form's entity was named since. */
static void test_full_alias_and_short_form(void **state)
{
    fixture *f = *state;
    assert_string_equal(run(f, "South Korea said the Korean Peninsula is tense and Korea must unite."),
                        "kor:South Korea,korea:Korean Peninsula,korea:Korea,");
    assert_string_equal(run(f, "The Korean Peninsula is tense, South Korea said, and Korea must unite."),
                        "korea:Korean Peninsula,kor:South Korea,kor:Korea,");
    assert_string_equal(run(f, "South Korea said Korea must unite."), "kor:South Korea,kor:Korea,");
}

static void test_title_heuristic(void **state)
{
    fixture *f = *state;
    assert_string_equal(run(f, "Kim Jong Un arrived. Analyst Felix Kim said little."), "kju:Kim Jong Un,");
    assert_string_equal(run(f, "Kim Jong Un arrived. Chairman Kim waved. Then Kim left."),
                        "kju:Kim Jong Un,kju:Kim,kju:Kim,");
    assert_string_equal(run(f, "Kim Jong Un arrived. Felix Kim said little."), "kju:Kim Jong Un,");
    assert_string_equal(run(f, "Kim Jong Un arrived. Pyongyang's Kim waved."), "kju:Kim Jong Un,kju:Kim,");
    assert_string_equal(run(f, "Kim Jong Un arrived. Gen. Kim waved; J. Kim did not."),
                        "kju:Kim Jong Un,kju:Kim,");
    assert_string_equal(run(f, "Lloyd Austin visited. Secretary Austin and Mr. Austin, but not Steve Austin."),
                        "austin:Lloyd Austin,austin:Austin,austin:Austin,");
    /* a capitalised word after it: a longer name the gazetteer lacks */
    assert_string_equal(run(f, "Kim Jong Un arrived with Kim Jong Chol. Kim Monday said no."),
                        "kju:Kim Jong Un,kju:Kim,");
}

/* A place's one-word name inside a person's name is not the place: after
 * a given name, or a given name itself before a surname; institutions,
 * titles, dates, other names and headlines' title case keep it a place. */
static void test_place_in_person_name(void **state)
{
    fixture *f = *state;
    assert_string_equal(run(f, "Basketball star Michael Jordan said he would visit."), "");
    assert_string_equal(run(f, "They met Chad Smith in Atlanta."), "");
    assert_string_equal(run(f, "Israel Katz said so. Defense Minister Israel Katz said so again."), "");
    assert_string_equal(run(f, "Jordan said on Monday it would host talks."), "jor:Jordan,");
    assert_string_equal(run(f, "They visited Jordan. Jordan Monday said no."), "jor:Jordan,jor:Jordan,");
    assert_string_equal(run(f, "The Israel Defense Forces and the Chad Army moved; Chad President Deby spoke."),
                        "isr:Israel,tcd:Chad,tcd:Chad,");
    assert_string_equal(run(f, "India Pakistan talks resumed."), "ind:India,pak:Pakistan,");
    /* title case: every word has a capital */
    assert_string_equal(
        run(f, "Push Over Chad Deadline Backs\n\nJordan Weighs Pledges Ties\n\nMichael Jordan Deepens Rift"),
        "tcd:Chad,jor:Jordan,jor:Jordan,");
    /* not for other types: a person's short form has its own rules */
    assert_string_equal(run(f, "Lloyd Austin visited. Secretary Austin spoke."), "austin:Lloyd Austin,austin:Austin,");
}

/* An alias right before '$' is a currency's code, not the country. */
/* A dateline ("WASHINGTON — ", "SEOUL, Dec 4 (Reuters) - ") on one of the
 * first three lines names no actor of the story; a headline before it keeps
 * its mentions, and an acronym before a hyphen is no dateline. */
static void test_dateline(void **state)
{
    fixture *f = *state;
    assert_string_equal(run(f, "WASHINGTON \xe2\x80\x94 North Korea fired."), "prk:North Korea,");
    assert_string_equal(run(f, "Jordan and Chad\n\nWASHINGTON, Dec 4 - North Korea fired."),
                        "jor:Jordan,tcd:Chad,prk:North Korea,");
    assert_string_equal(run(f, "ISRAEL (AP) - India fired."), "ind:India,");
    assert_string_equal(run(f, "DPRK - the US fired."), "prk:DPRK,usa:US,");
    assert_string_equal(run(f, "North Korea fired.\nWASHINGTON - Chad said."), "prk:North Korea,tcd:Chad,");
    assert_string_equal(run(f, "India and Pakistan - a new era."), "ind:India,pak:Pakistan,");
}

static void test_currency_code(void **state)
{
    fixture *f = *state;
    assert_string_equal(run(f, "A US$5 billion loan and US$ bonds, but the US agreed."), "usa:US,");
}

static void test_shared_full_alias(void **state)
{
    fixture *f = *state;
    /* no context: first in gazetteer order */
    assert_string_equal(run(f, "Georgia votes."), "georgia-c:Georgia,");
    /* the mention itself does not change which entity a tie goes to */
    assert_string_equal(run(f, "Georgia, Georgia."), "georgia-c:Georgia,georgia-c:Georgia,");
    /* named by another alias: the most recently named entity takes it */
    assert_string_equal(run(f, "Georgia. The State of Georgia. Georgia."),
                        "georgia-c:Georgia,georgia-s:State of Georgia,georgia-s:Georgia,");
}

static void test_mention_fields(void **state)
{
    fixture *f = *state;
    const char *text = "Intro line.\r\n\r\nThe DPRK fired. Then the \xe2\x80\x9cROK\xe2\x80\x9d answered.";
    assert_string_equal(run(f, text), "prk:DPRK,kor:ROK,");
    const doc *d = &f->d;
    assert_int_equal(d->mentions.n, 2);
    const mention *a = &d->mentions.v[0], *b = &d->mentions.v[1];
    assert_int_equal(a->start, 19);
    assert_int_equal(a->end, 23);
    assert_memory_equal(text + b->start, "ROK", 3);
    assert_int_equal(b->end - b->start, 3);
    assert_true(b->nstart < b->start); /* CRLF and curly quotes shrank the text */
    assert_int_equal(a->token, 3);     /* Intro line The DPRK */
    assert_int_equal(b->token, 7);     /* ... fired Then the ROK */
    assert_true(a->sentence >= 1);
    assert_int_equal(b->sentence, a->sentence + 1);
    assert_string_equal(f->g.aliases[a->alias].surface, "DPRK");
}

/* Each mention's sentence index is the sentence that holds its start, also
 * when sentences without mentions lie between two mentions, and several
 * mentions share one sentence. */
static void test_sentence_indexes(void **state)
{
    fixture *f = *state;
    assert_string_equal(run(f, "DPRK and ROK met. Nothing here. Nor here. Then US spoke. So. US and DPRK. End."),
                        "prk:DPRK,kor:ROK,usa:US,usa:US,prk:DPRK,");
    const doc *d = &f->d;
    assert_int_equal(d->sents.n, 7);
    static const uint32_t want[] = {0, 0, 3, 5, 5};
    for (size_t i = 0; i < d->mentions.n; i++) {
        const mention *m = &d->mentions.v[i];
        assert_int_equal(m->sentence, want[i]);
        assert_true(d->sents.v[m->sentence].start <= m->nstart && m->nstart < d->sents.v[m->sentence].end);
    }
}

/* Word starts before normalised offset end, one character at a time. */
static uint32_t words_before(const norm_text *nt, uint32_t end)
{
    uint32_t n = 0;
    bool w = false;
    for (uint32_t p = 0; p < end; p += (uint32_t)norm_char_len(nt->text, nt->len, p)) {
        bool now = norm_word_at(nt->text, nt->len, p);
        n += now && !w;
        w = now;
    }
    return n;
}

/* Token indexes over long stretches of ASCII and non-ASCII text (letters,
 * symbols, characters across 16-byte blocks) agree with a plain count. */
static void test_token_index_long_text(void **state)
{
    fixture *f = *state;
    static const char *const words[] = {
        "the", "caf\xc3\xa9", "talks", "DPRK", "ended", "in", "x", "a", "7,000", "stalemate", "(ROK)",
        "\342\202\2545" /* euro sign, 5 */, "long-winded", "on", "na\xc3\xafve\xe2\x80\x94so", "--",
        "\xe4\xb8\xad\xe6\x96\x87", "Friday", "meeting", "of"};
    enum { NWORDS = sizeof words / sizeof *words };
    char text[4096];
    size_t o = 0;
    for (unsigned i = 0; o < sizeof text - 64; i++)
        o += (size_t)snprintf(text + o, sizeof text - o, "%s%s", words[(i * 7) % NWORDS], i % 5 ? " " : "  ");
    tm_mentions(f, text);
    const doc *d = &f->d;
    assert_true(d->mentions.n > 20);
    for (size_t i = 0; i < d->mentions.n; i++)
        assert_int_equal(d->mentions.v[i].token, words_before(&d->nt, d->mentions.v[i].nstart));
    for (size_t pad = 100; pad < 140; pad++) { /* mentions on and near 64-byte block edges, at the end */
        memset(text, 'a', pad);
        for (size_t k = 1; k < pad; k += 3)
            text[k] = k % 2 ? ' ' : '.';
        snprintf(text + pad, sizeof text - pad, " DPRK");
        tm_mentions(f, text);
        assert_int_equal(d->mentions.n, 1);
        assert_int_equal(d->mentions.v[0].token, words_before(&d->nt, d->mentions.v[0].nstart));
    }
}

/* Without token indexes (no N-token window) the mentions are the same but
 * for token, left 0. */
static void test_no_tokens(void **state)
{
    fixture *f = *state;
    const char *text = "The DPRK fired. Then the ROK and the U.S. met, and Kim Jong Un spoke; Kim left.";
    const doc *d = &f->d;
    tm_mentions(f, text);
    mention want[8];
    size_t n = d->mentions.n;
    assert_true(n >= 4 && n <= 8);
    memcpy(want, d->mentions.v, n * sizeof *want);
    assert_true(want[n - 1].token > 0);
    f->rs.no_tokens = 1;
    tm_mentions(f, text);
    assert_int_equal(d->mentions.n, n);
    for (size_t i = 0; i < n; i++) {
        assert_int_equal(d->mentions.v[i].token, 0);
        want[i].token = 0;
        assert_memory_equal(&d->mentions.v[i], &want[i], sizeof *want);
    }
}

static void test_no_candidates(void **state)
{
    fixture *f = *state;
    assert_string_equal(run(f, ""), "");
    assert_string_equal(run(f, "Nothing here at all."), "");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_leftmost_longest, setup, teardown),
        cmocka_unit_test_setup_teardown(test_overlapping_aliases_of_a_person, setup, teardown),
        cmocka_unit_test_setup_teardown(test_short_form_needs_full_name_first, setup, teardown),
        cmocka_unit_test_setup_teardown(test_short_form_most_recent_wins, setup, teardown),
        cmocka_unit_test_setup_teardown(test_full_alias_and_short_form, setup, teardown),
        cmocka_unit_test_setup_teardown(test_title_heuristic, setup, teardown),
        cmocka_unit_test_setup_teardown(test_shared_full_alias, setup, teardown),
        cmocka_unit_test_setup_teardown(test_place_in_person_name, setup, teardown),
        cmocka_unit_test_setup_teardown(test_currency_code, setup, teardown),
        cmocka_unit_test_setup_teardown(test_dateline, setup, teardown),
        cmocka_unit_test_setup_teardown(test_mention_fields, setup, teardown),
        cmocka_unit_test_setup_teardown(test_sentence_indexes, setup, teardown),
        cmocka_unit_test_setup_teardown(test_token_index_long_text, setup, teardown),
        cmocka_unit_test_setup_teardown(test_no_tokens, setup, teardown),
        cmocka_unit_test_setup_teardown(test_no_candidates, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
