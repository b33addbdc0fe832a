/* test_rel.c - relation lexicon loader and stated-relation patterns, on
 * sentences written for these tests and run through the real pipeline. */
#include "testutil.h"

#include <sys/stat.h>

#include "rel.h"
#include "rel_lex.h"
#include "rel_scan.h"
#include "testmatch.h"

static const char *GAZ = "id\ttype\tname\taliases\n"
                         "usa\tcountry\tUnited States\tU.S.|US|Washington\n"
                         "kor\tcountry\tSouth Korea\tROK|Seoul\n"
                         "prk\tcountry\tNorth Korea\tDPRK|Pyongyang\n"
                         "rus\tcountry\tRussia\tMoscow|Russian\n"
                         "ukr\tcountry\tUkraine\t\n"
                         "jpn\tcountry\tJapan\t\n"
                         "chn\tcountry\tChina\t\n"
                         "lloyd-austin\tperson\tLloyd Austin\t~Austin\n"
                         "games\tevent\tWinter Olympics\t\n"
                         "cyber\tissue\tcyber\tcyber|cyber security\n";

static const char *LEX =
    "# test lexicon\n"
    "relation\ttrigger\tquadclass\tgoldstein\tdirection\tcameo\tsource\n"
    "attack\tattack|attacks|attacked|attacking|attack on|cyberattack\t4\t-10\tab\t190\tt\n"
    "cooperate\tcooperate|cooperates|cooperated|cooperation|alliance|work with\t1\t3.5\tsym\t050\tt\n"
    "consult\ttalks|meet|met|meeting\t1\t1\tsym\t040\tt\n"
    "aid\tsupport|supplies|supplied|supply\t2\t7\tab\t070\tt\n"
    "-\tsupply chain|accused of\t\t\t\t\tstop\n";

static gaz g;
static matcher *mt;
static rel_lexicon *lx;
static resolve_state rs;
static rel_state rst;
static match_scratch ms;
static doc d;

static char *write_tmp(const char *text)
{
    static char path[64];
    strcpy(path, "/tmp/entgraph_rel_XXXXXX.tsv");
    temp_file_with(path, 4, text);
    return path;
}

static int setup(void **state)
{
    (void)state;
    tm_gaz(&g, GAZ);
    mt = match_new(&g);
    eg_err e = {{0}};
    lx = NULL;
    if (tm_rel_load_text(&lx, LEX, &e) != 0)
        fail_msg("rel_load: %s", e.msg);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    rel_free(lx);
    match_free(mt);
    gaz_free(&g);
    resolve_state_free(&rs);
    rel_state_free(&rst);
    match_scratch_free(&ms);
    doc_free(&d);
    return 0;
}

/* Relations of text as "a>b rel" (directed) or "a=b rel" (symmetric), with
 * " !" when negated and " ?" when hypothetical, separated by "; ". */
static const char *rels(const char *text)
{
    static char out[1024];
    tm_doc(&d, text);
    match_doc(mt, &g, &d, &ms);
    resolve_doc(&rs, &g, &ms, &d);
    rel_doc(&rst, lx, &g, &d);
    size_t o = 0;
    out[0] = '\0';
    for (size_t i = 0; i < d.rels.n && o < sizeof out - 100; i++) {
        const stated_rel *r = &d.rels.v[i];
        o += (size_t)snprintf(out + o, sizeof out - o, "%s%s%c%s %s%s%s", i ? "; " : "", g.ents[r->a].id,
                              r->symmetric ? '=' : '>', g.ents[r->b].id, rel_get(lx, r->relation)->name,
                              r->negated ? " !" : "", r->hypothetical ? " ?" : "");
    }
    return out;
}

/* ---- loader ---- */

static void test_lexicon_loads_by_header_names(void **state)
{
    (void)state;
    assert_int_equal(rel_count(lx), 4); /* the stop phrase is no relation */
    const rel_type *t = rel_get(lx, 0);
    assert_string_equal(t->name, "attack");
    assert_int_equal(t->quadclass, 4);
    assert_int_equal(t->polarity, -1);
    assert_false(t->symmetric);
    assert_string_equal(t->cameo, "190");
    t = rel_get(lx, 1);
    assert_string_equal(t->name, "cooperate");
    assert_true(t->symmetric);
    assert_int_equal(t->polarity, 1);
    assert_null(rel_get(lx, 99));
}

static void expect_error(const char *text, const char *want)
{
    rel_lexicon *x = NULL;
    eg_err e = {{0}};
    char *p = write_tmp(text);
    assert_int_equal(rel_load(&x, p, &e), -1);
    assert_null(x);
    char where[96];
    snprintf(where, sizeof where, "%s:", p);
    unlink(p);
    if (!strstr(e.msg, want) || strncmp(e.msg, where, strlen(where)) != 0)
        fail_msg("got '%s', want '%s' after '%s'", e.msg, want, where);
}

static void test_lexicon_errors_name_file_and_line(void **state)
{
    (void)state;
    const char *h = "trigger\trelation\tquadclass\tgoldstein\tdirection\n";
    char buf2[512];
    expect_error("trigger\trelation\tquadclass\tgoldstein\n", ":1: missing column 'direction'");
    snprintf(buf2, sizeof buf2, "%s# c\nhit\tattack\t5\t-10\tab\n", h);
    expect_error(buf2, ":3: quadclass '5'");
    snprintf(buf2, sizeof buf2, "%shit\tattack\t4\t-10\tboth\n", h);
    expect_error(buf2, ":2: direction 'both'");
    snprintf(buf2, sizeof buf2, "%shit\tattack\t4\tbig\tab\n", h);
    expect_error(buf2, ":2: goldstein 'big'");
    snprintf(buf2, sizeof buf2, "%shit\tattack\t4\t-10\tab\nstrike|hit\tattack\t4\t-10\tab\n", h);
    expect_error(buf2, ":3: trigger 'hit' already listed at");
    snprintf(buf2, sizeof buf2, "%shit\tattack\t4\t-10\tab\nstrike\tattack\t3\t-10\tab\n", h);
    expect_error(buf2, ":3: relation 'attack' differs");
    snprintf(buf2, sizeof buf2, "%shit\tattack\t4\t-10\tab\n\nbad \xff\tattack\t4\t-10\tab\n", h);
    expect_error(buf2, ":4: invalid UTF-8");
    snprintf(buf2, sizeof buf2, "%shit\tattack\t4\n", h);
    expect_error(buf2, ":2: 3 fields, the header has 5");
}

static void test_lexicon_directory(void **state)
{
    (void)state;
    char dir[] = "/tmp/entgraph_reldir_XXXXXX";
    assert_non_null(mkdtemp(dir));
    rel_lexicon *x = NULL;
    eg_err e = {{0}};
    assert_int_equal(rel_load(&x, dir, &e), 0); /* no relations.tsv: empty */
    assert_non_null(x);
    assert_int_equal(rel_count(x), 0);
    char path[128];
    snprintf(path, sizeof path, "%s/relations.tsv", dir);
    FILE *fp = fopen(path, "w");
    fputs(LEX, fp);
    fclose(fp);
    assert_int_equal(rel_load(&x, dir, &e), 0); /* adds to the lexicon it was given */
    assert_int_equal(rel_count(x), 4);
    rel_free(x);
    x = NULL;
    assert_int_equal(rel_load(&x, "/nonexistent/relations.tsv", &e), -1);
    assert_null(x);
    unlink(path);
    rmdir(dir);
    rel_free(NULL);
}

static void test_shipped_lexicon_loads(void **state)
{
    (void)state;
    struct stat st;
    if (stat("gazetteer/relations.tsv", &st) != 0)
        skip();
    rel_lexicon *x = NULL;
    eg_err e = {{0}};
    if (rel_load(&x, "gazetteer", &e) != 0)
        fail_msg("%s", e.msg);
    assert_true(rel_count(x) >= 10);
    for (size_t i = 0; i < rel_count(x); i++) {
        const rel_type *t = rel_get(x, (uint32_t)i);
        assert_true(t->quadclass >= 1 && t->quadclass <= 4);
        assert_int_equal(t->polarity, t->quadclass <= 2 ? 1 : -1);
    }
    rel_free(x);
}

/* Every trigger's first word is found whatever its case (the word filter
 * lets all of them through), cue words too, other words not. */
static void test_word_index(void **state)
{
    (void)state;
    rel_lexicon *x = NULL;
    eg_err e = {{0}};
    struct stat st;
    rel_lexicon *sets[2] = {lx, NULL};
    if (stat("gazetteer/relations.tsv", &st) == 0 && rel_load(&x, "gazetteer", &e) == 0)
        sets[1] = x;
    for (int k = 0; k < 2 && sets[k]; k++) {
        const rel_lexicon *l = sets[k];
        for (size_t i = 0; i < l->n_trigs; i++) {
            char w[REL_WORD_MAX + 8];
            size_t n = l->trigs[i].first_len;
            if (n > REL_WORD_MAX)
                continue;
            for (size_t j = 0; j < n; j++) /* "Attack", "aTTACK" ... */
                w[j] = (char)((i + j) % 2 && l->trigs[i].key[j] >= 'a' && l->trigs[i].key[j] <= 'z'
                                  ? l->trigs[i].key[j] - 32
                                  : l->trigs[i].key[j]);
            memset(w + n, 'S', 8); /* readable bytes after the word do not count */
            for (size_t avail = n; avail <= n + 8; avail += 8) {
                const rel_word *rw = rel_word_find(l, w, n, avail);
                assert_non_null(rw);
                assert_true(rw->first <= i && i < rw->end);
            }
            if (n < REL_WORD_MAX) /* nor does a byte more */
                assert_true(rel_word_find(l, w, n + 1, n + 8) == NULL ||
                            rel_word_find(l, w, n + 1, n + 8) != rel_word_find(l, w, n, n));
        }
    }
    rel_free(x);
    assert_non_null(rel_word_find(lx, "BETWEEN", 7, 7));
    assert_true(rel_word_find(lx, "The", 3, 3)->cue != 0);
    assert_null(rel_word_find(lx, "attacke", 7, 7));
    assert_null(rel_word_find(lx, "attackedx", 9, 9));
    assert_null(rel_word_find(lx, "Korea", 5, 5));
    assert_null(rel_word_find(lx, "caf\xc3\xa9", 5, 5));
    assert_null(rel_word_find(lx, "x", 0, 0));
    static const char long_word[] = "Pneumonoultramicroscopicsilicovolcanoconiosis"
                                    "Pneumonoultramicroscopicsilicovolcanoconiosis";
    assert_null(rel_word_find(lx, long_word, sizeof long_word - 1, sizeof long_word));
    assert_non_null(rel_word_find(lx, "Between us", 7, 10));
}

/* Every slot of the word index carries its word's cue bits and whether
 * triggers start with it (the tokenizer reads only the slot), and every
 * word has a slot. */
static void check_slots(const rel_lexicon *l)
{
    size_t used = 0;
    for (size_t i = 0; i < (size_t)1 << l->wtab_bits; i++) {
        const rel_wslot *s = &l->wtab[i];
        if (!s->meta)
            continue;
        used++;
        assert_true(rel_wslot_word(s) < l->n_words);
        const rel_word *w = &l->wordv[rel_wslot_word(s)];
        assert_int_equal(s->cue, w->cue);
        assert_int_equal(!!(s->meta & REL_WS_TRIG), w->first != w->end);
    }
    assert_int_equal(used, l->n_words);
}

static void test_word_slots(void **state)
{
    (void)state;
    check_slots(lx);
    const rel_wslot *s = rel_wslot_find(lx, "BETWEEN", 7, 7); /* a cue word */
    assert_non_null(s);
    assert_true(s->cue != 0);
    s = rel_wslot_find(lx, "attacked", 8, 8); /* a trigger's first word */
    assert_non_null(s);
    assert_true(s->meta & REL_WS_TRIG);
    assert_ptr_equal(&lx->wordv[rel_wslot_word(s)], rel_word_find(lx, "attacked", 8, 8));
    s = rel_wslot_find(lx, "the", 3, 3); /* a cue word that starts no trigger */
    assert_non_null(s);
    assert_false(s->meta & REL_WS_TRIG);
}

/* An 8-byte token is not the longer word its bytes begin (the head alone
 * is the word only under 8 bytes): a table where the probe from the token's
 * home slot meets that word before an empty slot. */
static void test_word_get_eight_bytes(void **state)
{
    (void)state;
    static const char word[] = "bombarded"; /* "bombarde" has its head */
    uint64_t head, tail = 0;
    memcpy(&head, word, 8);
    memcpy(&tail, word + 8, 1);
    static uint64_t bloom[(1u << REL_BLOOM_LOG2) / 64];
    memset(bloom, 0xFF, sizeof bloom);
    const rel_word wv[1] = {{.tail = 0}};
    rel_wslot tab[4] = {{0}};
    const rel_windex ix = {.tab = tab, .wordv = wv, .wkeys = &tail, .bloom = bloom, .mask = 3, .shift = 62};
    size_t home = (size_t)(rel_word_mix(head, 8) >> 62);
    for (size_t i = 0; i < 4; i++)
        if (i != ((home + 1) & 3))
            tab[i] = (rel_wslot){.head = head, .meta = sizeof word - 1};
    assert_null(rel_word_get(&ix, head, 0, 8));
    size_t home9 = (size_t)(rel_word_mix(head, 9) >> 62);
    if (home9 != ((home + 1) & 3)) /* the word itself is found */
        assert_ptr_equal(rel_word_get(&ix, head, tail, 9), &tab[home9]);
}

/* A second file added to a lexicon rebuilds the word index and its filter
 * with the words of both; words of neither stay out. */
static void test_word_index_two_files(void **state)
{
    (void)state;
    rel_lexicon *x = NULL;
    eg_err e = {{0}};
    if (tm_rel_load_text(&x, LEX, &e) != 0 || tm_rel_load_text(&x,
                                                 "relation\ttrigger\tquadclass\tgoldstein\tdirection\n"
                                                 "blockade\tblockade|blockaded|naval blockade\t4\t-9.5\tab\n",
                                                 &e) != 0)
        fail_msg("rel_load: %s", e.msg);
    static const char *const in[] = {"attack", "Cooperation", "talks", "blockaded", "NAVAL", "between", "the", NULL};
    static const char *const out[] = {"Korea", "blockaders", "naval-", "attacker", "cooperationist", NULL};
    for (int i = 0; in[i]; i++)
        if (!rel_word_find(x, in[i], strlen(in[i]), strlen(in[i])))
            fail_msg("'%s' not found", in[i]);
    for (int i = 0; out[i]; i++)
        if (rel_word_find(x, out[i], strlen(out[i]), strlen(out[i])))
            fail_msg("'%s' found", out[i]);
    check_slots(x); /* the second file's words too */
    assert_true(rel_wslot_find(x, "blockaded", 9, 9)->meta & REL_WS_TRIG);
    rel_free(x);
}

/* The act nouns a reaction names ("condemned the strikes") are found by a
 * binary search: the table is sorted, and rel_prior_word finds nouns at
 * its ends and middle, after "the latest", not other words. */
static void test_prior_words(void **state)
{
    (void)state;
    assert_true(rel_prior_words_sorted());
    static const char *const found[] = {"accord", "warnings", "move", "talks", "decision", "latest strikes",
                                        "\"illegal sanctions", "negotiations"};
    for (size_t i = 0; i < sizeof found / sizeof *found; i++)
        assert_true(rel_prior_word(found[i], strlen(found[i])));
    static const char *const missed[] = {"new", "accords", "movement", "talk", "United States", "a", "zzzzzz"};
    for (size_t i = 0; i < sizeof missed / sizeof *missed; i++)
        assert_false(rel_prior_word(missed[i], strlen(missed[i])));
}

/* rel_word_end (sixteen bytes at a time) ends every word where a byte loop
 * does: every start, every end, words longer than sixteen bytes, non-ASCII
 * bytes, and the last bytes of the buffer where whole loads do not fit. */
static void test_word_end(void **state)
{
    (void)state;
    static const char pieces[] = "aZ09\x80\xc3\xa9\xff .,-'(\n\t@[`{/:";
    char t[80];
    unsigned seed = 7;
    for (int round = 0; round < 300; round++) {
        size_t len = (size_t)round % (sizeof t - 1);
        for (size_t i = 0; i < len; i++) {
            seed = seed * 1103515245u + 12345u;
            /* mostly word bytes, so that runs get long */
            t[i] = (seed >> 16) % 4 ? pieces[(seed >> 8) % 7] : pieces[(seed >> 8) % (sizeof pieces - 1)];
        }
        t[len] = '\0';
        for (size_t q = 0; q <= len; q++)
            for (size_t end = q; end <= len; end++) {
                size_t want = q;
                while (want < end && rel_word_byte((unsigned char)t[want]))
                    want++;
                size_t got = rel_word_end(t, q, end, len + 1);
                if (got != want)
                    fail_msg("round %d: from %zu to %zu: end %zu, want %zu", round, q, end, got, want);
            }
    }
    for (int c = 0; c < 256; c++) /* the byte classes the scalar loop uses */
        assert_int_equal(rel_word_byte((unsigned char)c),
                         (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80);
}

/* One case of test_word_token: "( " cut to lead bytes, word in mixed case,
 * the follower byte (none if NUL), pad bytes of more text; limit at cut
 * bytes into the word (or the end of the text). */
static void check_word_token(const rel_lexicon *x, const char *word, size_t lead, char follow, size_t cut, size_t pad)
{
    char text[64];
    size_t len = lead, n = strlen(word);
    memcpy(text, "( ", lead);
    for (size_t j = 0; j < n; j++) /* "aTtAcKs" */
        text[len++] = (char)(j % 2 ? word[j] - 32 : word[j]);
    if (follow)
        text[len++] = follow;
    memcpy(text + len, " XY XY XY XY XY XY XY", pad);
    len += pad;
    text[len] = '\0';
    size_t lim = lead + cut < len ? lead + cut : len, want = lead + 1, te = 0;
    while (want < lim && rel_word_byte((unsigned char)text[want]))
        want++;
    const rel_windex ix = rel_word_index(x);
    const rel_wslot *w = rel_word_token(x, &ix, text, lead, lim, len + 1, &te);
    if (te != want)
        fail_msg("'%s' lead %zu follow %d cut %zu pad %zu: end %zu, want %zu", word, lead, follow, cut, pad, te, want);
    assert_ptr_equal(w, rel_wslot_find_any(x, text + lead, te - lead, len + 1 - lead));
    if (te - lead == n)
        assert_non_null(w);
}

/* rel_word_token (the tokenizer's word cut and lookup in one) agrees with a
 * byte loop and rel_word_find_any: words of every length around 8 and 16
 * bytes in mixed case, followed by various bytes, cut short by a limit, and
 * near the end of the readable bytes or not. */
static void test_word_token(void **state)
{
    (void)state;
    static const char *const words[] = {"a",
                                        "strike",
                                        "attacks",
                                        "shelling",
                                        "bombarded",
                                        "reinforcementss",
                                        "counterstrikings",
                                        "counterterrorisms",
                                        "internationalisation"};
    enum { NW = sizeof words / sizeof *words };
    buf lex = {0};
    buf_puts(&lex, "relation\ttrigger\tquadclass\tgoldstein\tdirection\n");
    for (int i = 0; i < NW; i++)
        buf_printf(&lex, "attack\t%s\t4\t-10\tab\n", words[i]);
    rel_lexicon *x = NULL;
    eg_err e = {{0}};
    if (tm_rel_load_text(&x, lex.data, &e) != 0)
        fail_msg("rel_load: %s", e.msg);
    buf_free(&lex);
    static const char follow[] = " .a\xc3-9'"; /* and its NUL: the word ends the text */
    for (int i = 0; i < NW; i++)
        for (size_t lead = 0; lead < 3; lead++)
            for (size_t f = 0; f < sizeof follow; f++)
                for (size_t cut = 1; cut <= strlen(words[i]) + 1; cut++)
                    for (size_t pad = 0; pad <= 20; pad += 20) /* with 20 more, whole loads fit */
                        check_word_token(x, words[i], lead, follow[f], cut, pad);
    rel_free(x);
}

/* Argument classes by entity type: issues none, things objects only,
 * everything else an actor (types that merely start like a thing too). */
static void test_arg_classes(void **state)
{
    (void)state;
    static const struct {
        const char *type;
        int cls;
    } want[] = {{"issue", 0},        {"agreement", 1}, {"weapon", 1},   {"event", 1},    {"location", 1},
                {"technology", 1},   {"programme", 1}, {"program", 1},  {"person", 2},   {"country", 2},
                {"organization", 2}, {"issues", 2},    {"programs", 2}, {"pro", 2},      {"events", 2},
                {"agree", 2},        {"unit", 2},      {"group", 2},    {"weaponry", 2}, {"tech", 2}};
    enum { N = sizeof want / sizeof *want };
    char tsv[2048] = "id\ttype\tname\taliases\n";
    for (int i = 0; i < N; i++)
        snprintf(tsv + strlen(tsv), sizeof tsv - strlen(tsv), "e%d\t%s\tName%c\t\n", i, want[i].type, 'A' + i);
    gaz tg;
    tm_gaz(&tg, tsv);
    assert_int_equal(tg.n_ents, N);
    for (int i = 0; i < N; i++)
        if (rel_arg_class(&tg, (uint32_t)i) != want[i].cls)
            fail_msg("type '%s': class %d, want %d", want[i].type, rel_arg_class(&tg, (uint32_t)i), want[i].cls);
    gaz_free(&tg);
}

/* ---- patterns ---- */

static void test_active_voice(void **state)
{
    (void)state;
    assert_string_equal(rels("Russia attacked Ukraine in 2022."), "rus>ukr attack");
    assert_string_equal(rels("Moscow supplied North Korea with fuel."), "rus>prk aid");
    /* the trigger's original bytes are recorded */
    rels("In May, Russia attacked Ukraine.");
    assert_int_equal(d.rels.n, 1);
    assert_memory_equal(d.bytes + d.rels.v[0].trig_start, "attacked", 8);
    assert_int_equal(d.rels.v[0].trig_end - d.rels.v[0].trig_start, 8);
}

static void test_passive_voice_flips(void **state)
{
    (void)state;
    assert_string_equal(rels("Ukraine was attacked by Russia."), "rus>ukr attack");
    assert_string_equal(rels("The Winter Olympics were attacked by Russia."), "rus>games attack");
    /* "by" without a form of be before the trigger is no passive */
    assert_string_equal(rels("Japan watched attacks led by Russia."), "");
}

static void test_joint_subject_and_with(void **state)
{
    (void)state;
    assert_string_equal(rels("Russia and North Korea cooperate closely."), "rus=prk cooperate");
    assert_string_equal(rels("Japan will work with South Korea."), "jpn=kor cooperate");
    assert_string_equal(rels("Japan, China and Russia met."), "jpn=chn consult; jpn=rus consult; chn=rus consult");
    /* an article before a later member: "A and the B", "A, the B and C" */
    assert_string_equal(rels("Japan and the United States met."), "jpn=usa consult");
    assert_string_equal(rels("Japan, the United States and China met."),
                        "jpn=usa consult; jpn=chn consult; usa=chn consult");
    /* a joint subject of a symmetric trigger with an object: all take part */
    assert_string_equal(rels("Seoul and Japan agreed to cooperate with Washington."),
                        "jpn=usa cooperate; kor=usa cooperate; kor=jpn cooperate");
    /* a joint subject of a one-sided trigger with no object says nothing */
    assert_string_equal(rels("Japan and China attacked."), "");
    /* joined by "or", or by '-' (a dyad the comma keeps from its noun): the
     * symmetric trigger with no object still finds both; with nothing to
     * join them, one subject relates to nothing */
    assert_string_equal(rels("Japan or China met."), "jpn=chn consult");
    /* "on" after a symmetric trigger names a topic, not a partner */
    assert_string_equal(rels("Japan and China cooperate on Russia."), "jpn=chn cooperate");
    /* one agent far after a symmetric trigger ("brokered by C") takes no
     * part, and leaves the joint subject be; two are the pair */
    assert_string_equal(rels("Japan and Russia met in a deal brokered by China."), "jpn=rus consult");
    assert_string_equal(rels("Talks held by Japan and China ended."), "jpn=chn consult");
    /* a title with "of" before the later member */
    assert_string_equal(rels("Japan and Secretary of Defense Lloyd Austin met."), "jpn=lloyd-austin consult");
    /* reciprocal: each acts on the other */
    assert_string_equal(rels("Russia and Ukraine attacked each other."), "ukr>rus attack; rus>ukr attack");
    assert_string_equal(rels("A meeting hosted by China ended."), "");
    assert_string_equal(rels("Russia-Japan, after years of quiet hostility, finally met."), "rus=jpn consult");
    assert_string_equal(rels("Russia, Japan, after years of quiet hostility, finally met."), "");
}

/* "Both sides", "the two countries": the pair of actors joined last before
 * the phrase ("A and B", "A-B") is the subject; not a longer list, not a
 * pair of the wrong kind, not "both sides of" a place. */
static void test_both_sides(void **state)
{
    (void)state;
    assert_string_equal(rels("Japan and South Korea met on Monday. Both sides attacked Russia and China."),
                        "jpn=kor consult; jpn>rus attack; jpn>chn attack; kor>rus attack; kor>chn attack");
    assert_string_equal(rels("Russia and North Korea met. The two countries then attacked Ukraine and Japan."),
                        "rus=prk consult; rus>ukr attack; rus>jpn attack; prk>ukr attack; prk>jpn attack");
    assert_string_equal(rels("Russia and China met in Moscow, and both sides agreed to cooperate."),
                        "rus=chn consult; rus=chn cooperate");
    /* the latest pair, not an earlier one, and never one after the phrase */
    assert_string_equal(
        rels("Japan and China met. Russia and North Korea met. Both sides attacked Ukraine and Japan."),
        "jpn=chn consult; rus=prk consult; rus>ukr attack; rus>jpn attack; prk>ukr attack; prk>jpn attack");
    assert_string_equal(rels("Both sides attacked Ukraine, said Russia and North Korea."), "");
    /* a list of three is no pair; a person and a country are not "the two countries" */
    assert_string_equal(rels("Japan, South Korea and China met. Both sides attacked Russia and Ukraine."),
                        "jpn=kor consult; jpn=chn consult; kor=chn consult");
    /* a pair that met ("A met with B") stands for "the two countries" too (a group of three that
     * met, above, does not) */
    assert_string_equal(rels("Japan met with China. The two countries then attacked Russia."),
                        "jpn=chn consult; jpn>rus attack; chn>rus attack");
    assert_string_equal(rels("Lloyd Austin and Japan met. The two countries attacked Russia and Ukraine."),
                        "lloyd-austin=jpn consult");
    assert_string_equal(rels("Japan and China met. Both sides of the border attacked Russia and Ukraine."),
                        "jpn=chn consult");
    /* as the object right after the trigger */
    assert_string_equal(rels("Japan and China met. Russia and Ukraine then attacked both countries."),
                        "jpn=chn consult; ukr>jpn attack; ukr>chn attack; rus>jpn attack; rus>chn attack");
}

/* "The meeting included A and B": a symmetric trigger heading its clause's
 * subject relates those who take part; not a noun inside a clause of its own
 * ("discussed a plan that included"), not a one-sided trigger. */
static void test_participants(void **state)
{
    (void)state;
    assert_string_equal(rels("The meeting included Japan and China."), "jpn=chn consult");
    assert_string_equal(rels("The 3<sup>rd</sup> meeting brought together Russia, China and North Korea."),
                        "rus=chn consult; rus=prk consult; chn=prk consult");
    assert_string_equal(rels("Last week, the talks in Moscow were attended by Japan and South Korea."),
                        "jpn=kor consult");
    assert_string_equal(rels("The meeting did not include Japan and China."), "jpn=chn consult !");
    assert_string_equal(rels("The talks would involve Japan and China."), "jpn=chn consult ?");
    assert_string_equal(rels("Officials discussed a plan that included Japan and China."), "");
    assert_string_equal(rels("The attack included Russia and China."), "");
    assert_string_equal(rels("The meeting in Seoul, Japan said, included Russia and China."), "");
}

/* "A said it would attack B": a pronoun right after a reporting verb stands
 * for the reporter, if they agree (a person is "he" or "she", not "it"). */
static void test_reporter_pronoun(void **state)
{
    (void)state;
    assert_string_equal(rels("Japan said it would attack China."), "jpn>chn attack ?");
    assert_string_equal(rels("Japan said that it had attacked China."), "jpn>chn attack");
    assert_string_equal(rels("Lloyd Austin said he met Japan."), "lloyd-austin=jpn consult");
    assert_string_equal(rels("Japan and South Korea said they attacked China."), "kor>chn attack; jpn>chn attack");
    assert_string_equal(rels("Japan said it was attacked by China."), "chn>jpn attack");
    assert_string_equal(rels("Lloyd Austin said it attacked China."), "");
    assert_string_equal(rels("Japan said he attacked China."), "");
    /* (", and attacked": the reporter's next predicate, not the pronoun's clause; Japan either way) */
    assert_string_equal(rels("Japan said it feared China, and attacked Russia."), "jpn>rus attack");
    /* "He"/"She" opening a sentence: the first person of the sentence before */
    assert_string_equal(rels("Lloyd Austin met Japan. He later attacked China."),
                        "lloyd-austin=jpn consult; lloyd-austin>chn attack");
    assert_string_equal(rels("Lloyd Austin arrived. She said she would attack China."), "lloyd-austin>chn attack ?");
    assert_string_equal(rels("Japan met China. He attacked Russia."), "jpn=chn consult");
    /* ("He and China": the pronoun joins the subject, the first person of the sentence before: he_referent) */
    assert_string_equal(rels("Lloyd Austin met Japan. He and China attacked Russia."),
                        "lloyd-austin=jpn consult; chn>rus attack; lloyd-austin>rus attack");
    assert_string_equal(rels("Japan met China. He and Russia attacked Ukraine."), "jpn=chn consult; rus>ukr attack");
}

/* "Japan and China have an alliance", "upgraded their ties to an alliance":
 * the verb's subject forms what the noun names. */
static void test_noun_after_have(void **state)
{
    (void)state;
    /* after "over", "amid", "despite" a noun is a cause or topic: not the subject's act */
    assert_string_equal(rels("Japan attacked Russia over supply to Ukraine."), "jpn>rus attack");
    assert_string_equal(rels("Japan attacked Russia amid talks with China."), "jpn>rus attack");
    assert_string_equal(rels("Japan and China have an alliance."), "jpn=chn cooperate");
    assert_string_equal(rels("Japan formed an alliance with China."), "jpn=chn cooperate");
    assert_string_equal(rels("Japan and China upgraded their ties to an alliance."), "jpn=chn cooperate");
    assert_string_equal(rels("Japan and China watched an alliance."), "");
}

/* A subordinate clause whose subject has no name ("after the president
 * supplied B") takes no subject from the main clause; the object search
 * stops at "after"/"before" and at a trigger led by a preposition ("talks
 * on support for B": B is what the support is for, not a partner). */
static void test_clause_edges(void **state)
{
    (void)state;
    assert_string_equal(rels("Japan cooperates with China after the president supplied Russia."), "jpn=chn cooperate");
    /* between commas, "after ..." is an aside */
    assert_string_equal(rels("Japan, after talks in Moscow, supplied Ukraine."), "jpn>ukr aid");
    /* a trigger noun in a phrase after "after" is no clause of its own */
    assert_string_equal(rels("Japan and China, after months of talks, cooperate."),
                        "jpn=chn consult; jpn=chn cooperate");
    assert_string_equal(rels("Japan held talks on support for Ukraine."), "jpn>ukr aid");
    assert_string_equal(rels("Japan met after the summit with China."), "");
    /* "in response to A": a cause, not an object */
    assert_string_equal(rels("Japan met in response to China."), "");
    /* a reporting verb that takes the trigger's noun: "announced new support" */
    assert_string_equal(rels("Japan announced new support for Ukraine."), "jpn>ukr aid");
    assert_string_equal(rels("Japan and China announced a meeting."), "jpn=chn consult");
    assert_string_equal(rels("Japan announced that China supplied Ukraine."), "chn>ukr aid");
    /* an unnamed group "linked to A" acts for A; after an agent, another
     * trigger starts a predicate of its own */
    assert_string_equal(rels("Hackers linked to Russia attacked Ukraine."), "rus>ukr attack");
    assert_string_equal(rels("Rebels supplied by Russia attacked Ukraine."), "");
    /* an aside opened by a relative pronoun is passed over like an apposition */
    assert_string_equal(rels("Japan, whose ally is Russia, supplies Ukraine."), "jpn>ukr aid");
    /* brokers are no parties; "held by" names them */
    assert_string_equal(rels("Japan and China met in talks brokered by Russia and Ukraine."), "jpn=chn consult");
    /* "prompting attacks from A": A acts on the clause's subject */
    assert_string_equal(rels("Russia supplied Japan, prompting attacks from China."), "rus>jpn aid; chn>rus attack");
    /* "in a meeting with B": a noun in a phrase after "in" is the clause's predicate */
    assert_string_equal(rels("Japan took part in a meeting with China."), "jpn=chn consult");
    /* a relative clause's subject is its antecedent, named or not */
    assert_string_equal(rels("Japan met Russian firms that supplied Ukraine."), "jpn=rus consult; rus>ukr aid");
    assert_string_equal(rels("Japan met the firms that supplied Ukraine."), "");
    /* a passive without "was" after its patient, or as an aside; a
     * subordinator before a subject */
    assert_string_equal(rels("Russian troops supplied by Japan attacked Ukraine."), "jpn>rus aid; rus>ukr attack");
    assert_string_equal(rels("Russia, supplied by Japan, attacked Ukraine."), "jpn>rus aid; rus>ukr attack");
    assert_string_equal(rels("China met Japan after Russian officials supplied Ukraine."),
                        "chn=jpn consult; rus>ukr aid");
}

static void test_dyads(void **state)
{
    (void)state;
    assert_string_equal(rels("The U.S.-ROK alliance grew stronger."), "usa=kor cooperate");
    assert_string_equal(rels("The Russia-DPRK security cooperation worries Seoul."), "rus=prk cooperate");
    /* a dyad with a one-sided noun does not attack itself */
    assert_string_equal(rels("Russia-DPRK cyberattacks worry Japan."), "");
}

static void test_nominal_forms(void **state)
{
    (void)state;
    assert_string_equal(rels("Talks between Japan and China resumed."), "jpn=chn consult");
    assert_string_equal(rels("Russia's support to North Korea grew."), "rus>prk aid");
    /* a noun after a verb of wishing: wished for, a hypothesis */
    assert_string_equal(rels("South Korea wants deeper cooperation with Japan."), "kor=jpn cooperate ?");
    /* "between A and B" after a one-sided trigger names its objects */
    assert_string_equal(rels("China supplied troops between the U.S. and Japan."), "chn>usa aid; chn>jpn aid");
    /* a noun led by an article has no subject further left */
    assert_string_equal(rels("Japan condemned the attack on Ukraine."), "");
    assert_string_equal(rels("Russia noted the attack on Ukraine by North Korea."), "prk>ukr attack");
    /* a trigger right before the noun ends the article search: "the supply
     * attack" is no noun phrase of "attack" */
    assert_string_equal(rels("Japan condemned the supply attack on Ukraine."), "jpn>ukr attack");
}

static void test_negation_and_modality(void **state)
{
    (void)state;
    assert_string_equal(rels("Russia did not attack Ukraine."), "rus>ukr attack !");
    assert_string_equal(rels("Russia never supplied North Korea."), "rus>prk aid !");
    assert_string_equal(rels("Russia could attack Ukraine."), "rus>ukr attack ?");
    /* "ended", "scrapped": no longer; not "ended with" */
    assert_string_equal(rels("Japan ended its cooperation with China."), "jpn=chn cooperate !");
    assert_string_equal(rels("Japan scrapped the alliance with China."), "jpn=chn cooperate !");
    assert_string_equal(rels("The war ended with cooperation between Japan and China."), "jpn=chn cooperate");
    /* "is believed to have": a claim of others, and not the end of the subject search */
    assert_string_equal(rels("Russia is believed to have attacked Ukraine."), "rus>ukr attack ?");
    assert_string_equal(rels("Russia was said to have supplied North Korea."), "rus>prk aid ?");
    /* two negations cancel out */
    assert_string_equal(rels("Japan did not stop its cooperation with China."), "jpn=chn cooperate");
    assert_string_equal(rels("Japan never ended its cooperation with China."), "jpn=chn cooperate");
    assert_string_equal(rels("If Russia attacks Ukraine, Japan will react."), "rus>ukr attack ?");
    assert_string_equal(rels("Russia not only supplied North Korea but also China."), "rus>prk aid");
    /* "to" + trigger is an intention, unless it is said to go on */
    assert_string_equal(rels("Japan urged Russia to attack Ukraine."), "rus>ukr attack ?");
    assert_string_equal(rels("Russia continued to attack Ukraine."), "rus>ukr attack");
}

static void test_no_relation_without_trigger(void **state)
{
    (void)state;
    assert_string_equal(rels("Russia and Ukraine are neighbours."), "");
    assert_string_equal(rels("Japan guards its supply chain with China."), ""); /* stop phrase */
    assert_string_equal(rels("Russia attacked."), "");
    /* a stop phrase yields nothing itself; an allegation is not a fact */
    assert_string_equal(rels("Russia was accused of attacking Ukraine."), "rus>ukr attack ?");
}

static void test_issues_never_arguments(void **state)
{
    (void)state;
    assert_string_equal(rels("North Korea attacked cyber security firms."), "");
    assert_string_equal(rels("Japan and cyber cooperate."), "");
    /* an issue between the trigger and the object is just a word; an
     * attack on what is in a country attacks the country */
    assert_string_equal(rels("Russia attacked cyber networks in Ukraine and Japan."), "rus>ukr attack; rus>jpn attack");
    assert_string_equal(rels("Russia supplied cyber tools to North Korea."), "rus>prk aid");
}

static void test_arguments_are_chosen_well(void **state)
{
    (void)state;
    /* same entity on both sides */
    assert_string_equal(rels("Russia cooperates with Moscow."), "");
    /* the speaker of a reporting verb is not the subject */
    assert_string_equal(rels("Lloyd Austin said Russia supplied North Korea."), "rus>prk aid");
    /* a prepositional object is not a subject; the possessor of "its" is */
    assert_string_equal(rels("Pyongyang sent troops to Moscow for its attack on Ukraine."), "rus>ukr attack");
    /* a parenthetical is skipped; "A and B" lists stay together */
    assert_string_equal(rels("Japan (a U.S. ally) supplied South Korea and Ukraine."), "jpn>kor aid; jpn>ukr aid");
    /* "A, B" without "and" is no list */
    assert_string_equal(rels("In China, Russia met Japan."), "rus=jpn consult");
}

/* A trigger of several words matches them whole, in any case, and not past
 * the end of the sentence. */
static void test_multiword_triggers(void **state)
{
    (void)state;
    assert_string_equal(rels("Japan will WORK WITH South Korea."), "jpn=kor cooperate");
    assert_string_equal(rels("Japan will work within South Korea."), "");
    assert_string_equal(rels("Japan will work wit South Korea."), "");
    assert_string_equal(rels("Japan will work-with South Korea."), "");
    assert_string_equal(rels("South Korea and Japan work"), "");
    /* the stop phrase "supply chain" is not "supply chains" */
    assert_string_equal(rels("Japan guards its supply chains with China."), "jpn>chn aid");
}

/* Loads a lexicon from text (the test fails if it does not load) and makes
 * it the one rels() reads; returns the one it replaced (restore_lexicon). */
static rel_lexicon *use_lexicon(const char *text)
{
    rel_lexicon *x = NULL, *was = lx;
    eg_err e = {{0}};
    if (tm_rel_load_text(&x, text, &e) != 0)
        fail_msg("rel_load: %s", e.msg);
    lx = x;
    return was;
}

/* Frees the lexicon use_lexicon set and puts back the one it replaced. */
static void restore_lexicon(rel_lexicon *was)
{
    rel_free(lx);
    lx = was;
}

/* Each sentence cases[i][0] gives the relations cases[i][1] (rels). */
static void expect_rels(const char *const cases[][2], size_t n)
{
    for (size_t i = 0; i < n; i++)
        assert_string_equal(rels(cases[i][0]), cases[i][1]);
}

/* A form of three words whose second word matches the sentence's (checked
 * by word entry, not by bytes) still needs its third: only "hit back at"
 * relates, in any case, not "hit back on", "hit backs at" or "hit back atx". */
static void test_three_word_triggers(void **state)
{
    (void)state;
    rel_lexicon *keep = use_lexicon("relation\ttrigger\tquadclass\tgoldstein\tdirection\n"
                                    "attack\thit back at|strike\t4\t-10\tab\n");
    static const char *const cases[][2] = {{"Japan hit back at China.", "jpn>chn attack"},
                                           {"Japan hit BACK AT China.", "jpn>chn attack"},
                                           {"Japan hit back on China.", ""},
                                           {"Japan hit backs at China.", ""},
                                           {"Japan hit back atx China.", ""},
                                           {"Japan hit back a China.", ""}};
    expect_rels(cases, sizeof cases / sizeof *cases);
    restore_lexicon(keep);
}

/* A form's second token, if a word, is in the word index (rel_trigger.second,
 * match_trigger's quick reject): the entry of exactly its bytes; -1 for a
 * punctuation token or a one-word form. */
static void check_seconds(const rel_lexicon *l)
{
    for (size_t i = 0; i < l->n_trigs; i++) {
        const rel_trigger *t = &l->trigs[i];
        const char *w = t->key + t->first_len + 1;
        if (t->ntok < 2 || !rel_word_byte((unsigned char)w[0])) {
            assert_int_equal(t->second, -1);
            continue;
        }
        size_t n = strcspn(w, " ");
        assert_true(t->second >= 0);
        assert_ptr_equal(&l->wordv[t->second], rel_word_find(l, w, n, n));
    }
}

static void test_trigger_second_words(void **state)
{
    (void)state;
    check_seconds(lx);
    rel_lexicon *keep = use_lexicon("relation\ttrigger\tquadclass\tgoldstein\tdirection\n"
                                    "cooperate\tco-operate|work closely with|work closer\t1\t3.5\tsym\n");
    check_seconds(lx);
    static const char *const cases[][2] = {{"Japan will co-operate with South Korea.", "jpn=kor cooperate"},
                                           {"Japan will Work CLOSELY with South Korea.", "jpn=kor cooperate"},
                                           {"Japan will work closer with South Korea.", "jpn=kor cooperate"},
                                           {"Japan will work close with South Korea.", ""},
                                           {"Japan will work closelywith South Korea.", ""}};
    expect_rels(cases, sizeof cases / sizeof *cases);
    restore_lexicon(keep);
}

/* The state's per-entity argument classes belong to one gazetteer: another
 * one (here with Ukraine an issue, at the same index) gets its own. */
static void test_state_follows_gazetteer(void **state)
{
    (void)state;
    assert_string_equal(rels("Russia attacked Ukraine."), "rus>ukr attack");
    char *tsv = xstrdup(GAZ);
    char *u = strstr(tsv, "ukr\tcountry");
    assert_non_null(u);
    memcpy(u + 4, "issue  ", 7); /* "country" -> "issue  " (the trailing spaces are trimmed) */
    gaz g2;
    tm_gaz(&g2, tsv);
    assert_int_equal(g2.n_ents, g.n_ents);
    matcher *m2 = match_new(&g2);
    resolve_state rs2 = {0};
    doc d2 = {0};
    tm_doc(&d2, "Russia attacked Ukraine.");
    match_doc(m2, &g2, &d2, &ms);
    resolve_doc(&rs2, &g2, &ms, &d2);
    assert_int_equal(d2.mentions.n, 2);
    rel_doc(&rst, lx, &g2, &d2);
    assert_int_equal(d2.rels.n, 0);
    doc_free(&d2);
    resolve_state_free(&rs2);
    match_free(m2);
    gaz_free(&g2);
    free(tsv);
    assert_string_equal(rels("Russia attacked Ukraine."), "rus>ukr attack");
}

/* Brackets pair like a stack, "(" and "[" alike; an unclosed opener is a
 * plain token and a closer without an opener stops the subject search. The
 * last word of a text is cut like any other. */
static void test_brackets_and_text_end(void **state)
{
    (void)state;
    /* "That" opening the sentence: no token before it to look at */
    assert_string_equal(rels("That attacked Japan and China."), "");
    assert_string_equal(rels("Japan (a U.S. [and Chinese] ally) supplied South Korea."), "jpn>kor aid");
    assert_string_equal(rels("Japan [(a U.S. ally] supplied South Korea."), "jpn>kor aid");
    assert_string_equal(rels("Japan (a U.S. ally supplied South Korea."), "usa>kor aid");
    assert_string_equal(rels("Japan (a U.S. ally)) supplied South Korea."), "");
    assert_string_equal(rels("Japan) supplied South Korea."), "");
    assert_string_equal(rels("Russia ((attacked) Ukraine"), "rus>ukr attack");
    assert_string_equal(rels("Russia and Japan met"), "rus=jpn consult");
    assert_string_equal(rels("Russia attacked Japan's ally\u00e9s"), "rus>jpn attack");
}

/* rel_word_bits16 (one add and one compare per byte range) against the
 * byte table, for every byte value in every lane, and its lower case. */
static void test_word_bits16(void **state)
{
    (void)state;
#ifdef __SSE2__
    for (int b = 0; b < 256; b++) {
        unsigned char v[16], lo[16];
        for (int j = 0; j < 16; j++) /* b in lane j, its neighbours around it */
            v[j] = (unsigned char)(b + j * 17);
        __m128i lower;
        unsigned bits = rel_word_bits16(_mm_loadu_si128((const __m128i *)(const void *)v), &lower);
        _mm_storeu_si128((__m128i *)(void *)lo, lower);
        for (int j = 0; j < 16; j++) {
            if ((bits >> j & 1) != (unsigned)rel_word_byte(v[j]))
                fail_msg("byte 0x%02x: word bit %u", v[j], bits >> j & 1);
            unsigned char want = v[j] >= 'A' && v[j] <= 'Z' ? (unsigned char)(v[j] + 32) : v[j];
            if (lo[j] != want)
                fail_msg("byte 0x%02x: lower 0x%02x", v[j], lo[j]);
        }
    }
#endif
}

/* The tokens rel_doc cut the one sentence of text into (rst.tk), against a
 * byte loop: a token at each byte that is no space; a word runs over word
 * bytes but stops at the next mention edge (a mention's start before it,
 * else its end); a token inside an argument mention is that mention's.
 * tokenize cuts the sentence run by run between mention edges, all of it
 * when told to (rst.whole), else perhaps only up to the tail. */
static void check_tokens_of(const char *text, int whole)
{
    rst.whole = whole;
    rels(text);
    rst.whole = 0;
    assert_int_equal(d.sents.n, 1);
    const char *t = d.nt.text;
    const mention *mv = d.mentions.v;
    size_t pos = d.sents.v[0].start, end = d.sents.v[0].end, k = 0, i = 0;
    for (;; i++) {
        while (pos < end && rel_space_byte((unsigned char)t[pos]))
            pos++;
        if (pos >= end || (!whole && i == (size_t)rst.n_tk))
            break;
        while (k < d.mentions.n && mv[k].nend <= pos)
            k++;
        size_t cut = k == d.mentions.n ? end : pos < mv[k].nstart ? mv[k].nstart : mv[k].nend, e = pos + 1;
        int word = rel_word_byte((unsigned char)t[pos]);
        while (word && e < cut && e < end && rel_word_byte((unsigned char)t[e]))
            e++;
        int32_t men = k < d.mentions.n && mv[k].nstart <= pos && rel_arg_class(&g, mv[k].entity) > 0 ? (int32_t)k : -1;
        const tok *tk = &rst.tk[i];
        if (tk->s != pos || tk->e != e || tk->men != men || (tk->flags & TK_WORD) != (word ? TK_WORD : 0))
            fail_msg("'%s' token %zu: [%u,%u) men %d, want [%zu,%zu) men %d", text, i, tk->s, tk->e, tk->men, pos, e,
                     men);
        pos = e;
    }
    assert_true(i > 0);
    assert_int_equal(i, rst.n_tk); /* no token more than the byte loop's */
}

static void check_tokens(const char *text)
{
    check_tokens_of(text, 1);
    check_tokens_of(text, 0);
}

/* A run of over a thousand bytes between two names is cut in parts, each
 * taking the tokens that start in it: at every shift of the text a word,
 * a bracket or a space falls on a part's edge, and the tokens are still the
 * byte loop's. */
static void test_tokens_of_long_runs(void **state)
{
    (void)state;
    static char text[4096];
    for (int shift = 0; shift < 40; shift++) {
        strcpy(text, "Russia met ");
        for (int i = 0; i < shift; i++)
            strcat(text, i % 5 == 4 ? " " : "x");
        while (strlen(text) < 2600)
            strcat(text, " internationalisations (of) the talks,\t9 ");
        strcat(text, "Japan attacked Ukraine");
        check_tokens(text);
        assert_string_equal(rels(text), "jpn>ukr attack");
    }
}

/* Mention edges inside runs of word bytes (non-ASCII symbols stay word
 * bytes), an issue mention next to a trigger, spaces, tabs, a word over
 * sixteen bytes before a name, a sentence ending inside a run; then random
 * sentences of such pieces. */
static void test_tokens_at_mention_edges(void **state)
{
    (void)state;
    static const struct {
        const char *text, *want;
    } cases[] = {
        {"Russia\xe2\x82\xac attacked Ukraine.", "rus>ukr attack"},
        {"\xe2\x82\xacRussia attacked Ukraine\xe2\x82\xac", "rus>ukr attack"},
        {"Russia attacked \xe2\x82\xacUkraine and Japan.", "rus>ukr attack; rus>jpn attack"},
        {"Russia\tattacked  Ukraine   and\tJapan", "rus>ukr attack; rus>jpn attack"},
        {"Russia launched a cyber attack on Ukraine.", "rus>ukr attack"},
        {"Russia and\xc2\xa0Japan met.", "rus=jpn consult"},
        {"Japan (Russia\xe2\x84\xa2) attacked Ukraine.", "jpn>ukr attack"},
        {"Russia attacked UkraineUkraine and Japan.", "rus>jpn attack"},
        {"Russia counterattackssssssssss Ukraine; Japan attacked internationalisation\xe2\x82\xac"
         "China",
         "jpn>chn attack"},
        {"Lloyd Austin met Seoul officials in Washington\xe2\x82\xac.", "lloyd-austin=kor consult"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        assert_string_equal(rels(cases[i].text), cases[i].want);
        check_tokens(cases[i].text);
    }
    /* a run up to a name goes on through it where no word runs over its
     * start: after punctuation, a space, the sentence start, another name */
    static const char *const runs[] = {
        "Russia-Japan (Ukraine), China's Seoul; [Japan]attacked\"Russia\" and Ukraine",
        "cyber Russia cyber\xe2\x82\xac Japan\xe2\x82\xac cyber 9Ukraine China9 met",
        "Lloyd Austin Lloyd Austin, Russia Winter Olympics Japan.",
    };
    for (size_t i = 0; i < sizeof runs / sizeof *runs; i++)
        check_tokens(runs[i]);
    static const char *const pieces[] = {
        "Russia", "Japan", "Ukraine", "cyber", "attacked", "met", "\xe2\x82\xac",          " ",    "  ", "\t", ",",
        "(",      ")",     "'s",      "a",     "9",        "-",   "internationalisations", "Seoul"};
    enum { NP = sizeof pieces / sizeof *pieces };
    char text[512];
    unsigned seed = 11;
    for (int round = 0; round < 400; round++) {
        strcpy(text, "Russia and Japan ");
        for (int j = 0; j < 3 + round % 24; j++) {
            seed = seed * 1103515245u + 12345u;
            strcat(text, pieces[(seed >> 16) % NP]);
        }
        check_tokens(text);
    }
}

/* Sentences without a mention are passed over (rel_doc jumps to the
 * sentence of the next mention); those after them are still read, and
 * relations keep their sentence index. */
static void test_sentences_between_mentions(void **state)
{
    (void)state;
    assert_string_equal(rels("It rained. Russia attacked Ukraine. It rained. It snowed. Then it rained again. "
                             "Japan supplied China. It rained."),
                        "rus>ukr attack; jpn>chn aid");
    assert_int_equal(d.rels.v[0].sentence, 1);
    assert_int_equal(d.rels.v[1].sentence, 5);
    assert_string_equal(rels("Russia. Ukraine. It rained. Japan supplied China"), "jpn>chn aid");
    assert_string_equal(rels("It rained. It snowed. Japan"), "");
}

/* The relations of text with every sentence cut whole (rst.whole) and as
 * rel_doc cuts them: the same. Returns the tokens cut of its last sentence
 * looked at. */
static long check_tail(const char *text)
{
    char whole[1024];
    rst.whole = 1;
    snprintf(whole, sizeof whole, "%s", rels(text));
    rst.whole = 0;
    const char *cut = rels(text);
    if (strcmp(cut, whole) != 0)
        fail_msg("'%s': '%s' as cut, '%s' whole", text, cut, whole);
    return rst.n_tk;
}

/* The tokens after the last argument mention are cut only where a trigger
 * there could relate a joint subject ("and"/"or" outside a name or a '-'
 * before), where a trigger form before could run into them, or where a
 * bracket is open. Then random sentences of such pieces: the relations are
 * those of the whole sentence. */
static void test_tail_after_last_argument(void **state)
{
    (void)state;
    assert_int_equal(check_tail("Russia attacked Ukraine in a war that goes on and on."), 3);
    assert_string_equal(rels("Russia attacked Ukraine in a war that goes on and on."), "rus>ukr attack");
    /* a joint subject: the symmetric trigger after the last name counts */
    assert_true(check_tail("Russia and Japan finally met in Tokyo.") > 4);
    assert_string_equal(rels("Russia and Japan finally met in Tokyo."), "rus=jpn consult");
    assert_string_equal(rels("Russia-Japan, after years, finally met."), "rus=jpn consult");
    assert_string_equal(rels("Russia or Japan met."), "rus=jpn consult");
    /* "and" inside a name is no link */
    assert_int_equal(check_tail("South Korea attacked Lloyd Austin and then everyone met."), 5);
    /* the closer in the tail makes "Russia (...)'s" a possessor */
    assert_true(check_tail("Russia (the attack on Ukraine)'s aim.") > 7);
    assert_string_equal(rels("Russia (the attack on Ukraine)'s aim."), "rus>ukr attack");
    /* a form running past the last name wins over a shorter one that would
     * not */
    rel_lexicon *keep = use_lexicon("relation\ttrigger\tquadclass\tgoldstein\tdirection\n"
                                    "attack\tattack|attack on ukraine at once\t4\t-10\tab\n"
                                    "consult\tmet|meet\t1\t1\tsym\n"),
                *x = lx;
    assert_true(check_tail("Russia will attack on Ukraine at once.") > 6);
    assert_string_equal(rels("Russia will attack on Ukraine at once."), "");
    assert_string_equal(rels("Russia will attack on Ukraine at last."), "rus>ukr attack");
    lx = keep;
    static const char *const pieces[] = {
        "Russia",   "Japan",     "Ukraine", "Lloyd Austin", "cyber",       "Winter Olympics",
        "attacked", "attack on", "met",     "talks",        "cooperation", "supply chain",
        "by",       "between",   "the",     "its",          "was",         "and",
        "or",       "said",      "not",     "if",           "to",          ",",
        "-",        "(",         ")",       "'s",           ";",           "a",
        "9"};
    enum { NP = sizeof pieces / sizeof *pieces };
    char text[512];
    unsigned seed = 7;
    for (int round = 0; round < 3000; round++) {
        lx = round % 3 == 2 ? x : keep;
        text[0] = '\0';
        for (int j = 0; j < 4 + round % 17; j++) {
            seed = seed * 1103515245u + 12345u;
            strcat(text, pieces[(seed >> 16) % NP]);
            strcat(text, (seed >> 8) % 5 ? " " : "");
        }
        check_tail(text);
    }
    lx = x;
    restore_lexicon(keep);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lexicon_loads_by_header_names),
        cmocka_unit_test(test_lexicon_errors_name_file_and_line),
        cmocka_unit_test(test_lexicon_directory),
        cmocka_unit_test(test_shipped_lexicon_loads),
        cmocka_unit_test(test_word_index),
        cmocka_unit_test(test_word_slots),
        cmocka_unit_test(test_word_get_eight_bytes),
        cmocka_unit_test(test_word_index_two_files),
        cmocka_unit_test(test_word_end),
        cmocka_unit_test(test_prior_words),
        cmocka_unit_test(test_word_token),
        cmocka_unit_test(test_word_bits16),
        cmocka_unit_test(test_arg_classes),
        cmocka_unit_test(test_active_voice),
        cmocka_unit_test(test_passive_voice_flips),
        cmocka_unit_test(test_joint_subject_and_with),
        cmocka_unit_test(test_both_sides),
        cmocka_unit_test(test_clause_edges),
        cmocka_unit_test(test_participants),
        cmocka_unit_test(test_reporter_pronoun),
        cmocka_unit_test(test_noun_after_have),
        cmocka_unit_test(test_dyads),
        cmocka_unit_test(test_nominal_forms),
        cmocka_unit_test(test_negation_and_modality),
        cmocka_unit_test(test_no_relation_without_trigger),
        cmocka_unit_test(test_issues_never_arguments),
        cmocka_unit_test(test_arguments_are_chosen_well),
        cmocka_unit_test(test_brackets_and_text_end),
        cmocka_unit_test(test_tokens_at_mention_edges),
        cmocka_unit_test(test_tokens_of_long_runs),
        cmocka_unit_test(test_sentences_between_mentions),
        cmocka_unit_test(test_tail_after_last_argument),
        cmocka_unit_test(test_multiword_triggers),
        cmocka_unit_test(test_three_word_triggers),
        cmocka_unit_test(test_trigger_second_words),
        cmocka_unit_test(test_state_follows_gazetteer),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
