/* test_match.c - candidates from automaton hits: case rules per alias,
 * grouping of keys that differ in case or separators, ordering. */
#include "testutil.h"

#include "testmatch.h"

static const char *const gaz_tsv =
    "id\ttype\tname\taliases\n"
    "usa\tcountry\tUnited States\tUS|U.S.|America\n"
    "rok\tcountry\tSouth Korea\tROK|Republic of Korea\n"
    "austin\tperson\tLloyd Austin\t~Austin\n"
    "austin-tx\tlocation\tAustin\n"
    "cyber\tissue\tcyber\tcyber attack\n"
    "kju\tperson\tKim Jong Un\tKim Jong-un|~Kim\n"
    "stratcom\tunit\tUS Strategic Command\tStrategic Command|STRATCOM\n"
    "unit7445\tunit\tUnit 7445\n"
    "wmd\tissue\tWMD\twmd\n"
    "wmd-co\tcompany\tWmd\n";

TM_FIXTURE_FUNCS(gaz_tsv)

/* Candidates as "start-end:surface|surface;" in normalised offsets. */
static const char *cands(fixture *f, const char *text)
{
    static char out[4096];
    tm_doc(&f->d, text);
    match_doc(f->m, &f->g, &f->d, &f->s);
    size_t o = 0;
    out[0] = '\0';
    for (size_t i = 0; i < f->s.n_cands && o < sizeof out - 200; i++) {
        const match_cand *c = &f->s.cands[i];
        o += (size_t)snprintf(out + o, sizeof out - o, "%u-%u:", c->nstart, c->nend);
        for (uint32_t k = 0; k < c->count; k++)
            o += (size_t)snprintf(out + o, sizeof out - o, "%s%s", k ? "|" : "",
                                  f->g.aliases[f->s.aliases[c->first + k]].surface);
        o += (size_t)snprintf(out + o, sizeof out - o, ";");
    }
    return out;
}

static void test_exact_case(void **state)
{
    fixture *f = *state;
    assert_string_equal(cands(f, "US and us and Us."), "0-2:US;");
    assert_string_equal(cands(f, "the U.S. and u.s."), "4-8:U.S.;");
    assert_string_equal(cands(f, "ROK rok Rok"), "0-3:ROK;");
    /* eight capitals are past the acronym rule: a capital first is enough */
    assert_string_equal(cands(f, "STRATCOM Stratcom stratcom"), "0-8:STRATCOM;9-17:STRATCOM;");
}

static void test_capital_first(void **state)
{
    fixture *f = *state;
    /* both Austins pass on a capital, neither on lower case */
    assert_string_equal(cands(f, "Austin flew to austin"), "0-6:Austin|Austin;");
    /* only the first character is checked */
    assert_string_equal(cands(f, "AMERICA america aMERICA"), "0-7:America;");
    assert_string_equal(cands(f, "Unit 7445 UNIT 7445"), "0-9:Unit 7445;10-19:Unit 7445;");
}

/* One key, three aliases with three rules (WMD exact as an acronym, wmd any
 * case as an issue, Wmd capital first): each hit keeps exactly the aliases
 * whose own rule passes, in gazetteer order; a key's lone alias (US) is
 * checked the same way. */
static void test_rules_within_one_key(void **state)
{
    fixture *f = *state;
    assert_string_equal(cands(f, "WMD"), "0-3:WMD|wmd|Wmd;");
    assert_string_equal(cands(f, "Wmd"), "0-3:wmd|Wmd;");
    assert_string_equal(cands(f, "wmd"), "0-3:wmd;");
    assert_string_equal(cands(f, "wMD"), "0-3:wmd;");
    assert_string_equal(cands(f, "WMD us wmd US"), "0-3:WMD|wmd|Wmd;7-10:wmd;11-13:US;");
}

static void test_any_case_issue(void **state)
{
    fixture *f = *state;
    assert_string_equal(cands(f, "Cyber cyber CYBER attack"), "0-5:cyber;6-11:cyber;12-24:cyber attack;12-17:cyber;");
}

static void test_separators(void **state)
{
    fixture *f = *state;
    assert_string_equal(cands(f, "Kim Jong Un"), "0-11:Kim Jong Un|Kim Jong-un;0-3:Kim;");
    assert_string_equal(cands(f, "Kim Jong-un"), "0-11:Kim Jong Un|Kim Jong-un;0-3:Kim;");
    /* a name wrapped at a line end; the original CRLF maps through the offsets */
    assert_string_equal(cands(f, "Kim Jong\r\nUn"), "0-11:Kim Jong Un|Kim Jong-un;0-3:Kim;");
    /* an exact alias still allows a wrapped separator */
    assert_string_equal(cands(f, "Republic of\nKorea"), "0-17:Republic of Korea;");
}

static void test_nested_sorted_by_start_then_length(void **state)
{
    fixture *f = *state;
    assert_string_equal(cands(f, "US Strategic Command said"),
                        "0-20:US Strategic Command;0-2:US;3-20:Strategic Command;");
}

static void test_offsets_map_to_original(void **state)
{
    fixture *f = *state;
    /* non-ASCII whitespace before the name shifts original offsets */
    const char *text = "\xe2\x80\x83\xe2\x80\x83" "Austin";
    assert_string_equal(cands(f, text), "1-7:Austin|Austin;");
    assert_int_equal(norm_orig(&f->d.nt, f->s.cands[0].nstart), 6);
    assert_non_null(match_automaton(f->m));
    match_free(NULL);
}

/* A gazetteer read from a pipe (no size known ahead: the read buffer grows
 * from nothing) and then a second file: rows, aliases split at '|', ids
 * and the first file's text all stay whole as the arrays fill. */
static void test_gaz_pipe_then_file(void **state)
{
    (void)state;
    int fds[2];
    assert_int_equal(pipe(fds), 0);
    FILE *w = fdopen(fds[1], "w");
    assert_non_null(w);
    fputs("id\ttype\tname\taliases\n", w);
    for (int i = 0; i < 300; i++)
        fprintf(w, "e%d\tperson\tName %d|N%d\tAlias %d|Other %d|Third %d\n", i, i, i, i, i, i);
    fclose(w); /* 300 rows of ~60 bytes: within a pipe's buffer */
    char path[32];
    snprintf(path, sizeof path, "/proc/self/fd/%d", fds[0]);
    gaz g = {0};
    eg_err e = {{0}};
    assert_int_equal(gaz_load(&g, path, &e), 0);
    close(fds[0]);
    assert_int_equal(g.n_ents, 300);
    assert_int_equal(g.n_aliases, 300 * 5);
    assert_string_equal(g.ents[299].id, "e299");
    assert_string_equal(g.ents[299].name, "Name 299|N299");
    assert_string_equal(g.aliases[g.ents[7].first_alias + 4].surface, "Third 7");
    assert_int_equal(gaz_find(&g, "e123"), 123);

    char path2[] = "/tmp/entgraph_test_XXXXXX.tsv";
    int fd = mkstemps(path2, 4);
    assert_true(fd >= 0);
    FILE *fp = fdopen(fd, "w");
    assert_non_null(fp);
    fputs("id\ttype\tname\n", fp);
    for (int i = 0; i < 2000; i++)
        fprintf(fp, "f%d\torganization\tFirm %d\n", i, i);
    fclose(fp);
    int rc = gaz_load(&g, path2, &e);
    unlink(path2);
    assert_int_equal(rc, 0);
    assert_int_equal(g.n_ents, 2300);
    assert_int_equal(g.n_aliases, 1500 + 2000);
    assert_string_equal(g.ents[2299].id, "f1999");
    assert_string_equal(g.aliases[g.n_aliases - 1].key, "Firm 1999");
    assert_string_equal(g.ents[0].name, "Name 0|N0"); /* the first file's text */
    assert_int_equal(gaz_find(&g, "e0"), 0);
    assert_int_equal(gaz_find(&g, "f0"), 300);
    gaz_free(&g);
}

/* gaz_parse on TSV text through a temp file (removed again); its path in
 * path (room for 40 bytes). */
static int parse_text(gaz *g, const char *tsv, char *path, eg_err *e)
{
    strcpy(path, "/tmp/entgraph_test_ids_XXXXXX.tsv");
    temp_file_with(path, 4, tsv);
    int rc = gaz_parse(g, path, e);
    unlink(path);
    return rc;
}

/* e's message is "path:line: what" */
static void assert_error_at(const eg_err *e, const char *path, int line, const char *what)
{
    char want[256];
    snprintf(want, sizeof want, "%s:%d: %s", path, line, what);
    assert_string_equal(e->msg, want);
}

/* rows (after a header of id, type, name, case) fail to parse at
 * parse_line with parse_what; the id check then gives line: what (its %s
 * the file's path). */
static void parse_fails_then_ids(const char *rows, int parse_line, const char *parse_what, int line, const char *what)
{
    char path[40], text[256], want[160];
    eg_err e = {{0}};
    gaz g = {0};
    snprintf(text, sizeof text, "id\ttype\tname\tcase\n%s", rows);
    assert_int_equal(parse_text(&g, text, path, &e), -1);
    assert_error_at(&e, path, parse_line, parse_what);
    assert_int_equal(gaz_check_ids(&g, -1, &e), -1);
    snprintf(want, sizeof want, what, path);
    assert_error_at(&e, path, line, want);
    gaz_free(&g);
}

/* gaz_parse leaves the ids unchecked; gaz_check_ids then finds the first
 * duplicate, which comes before the parse's own failure when its row is
 * earlier, or is the failing row once that row's id was read. */
static void test_gaz_ids_checked_after_rows(void **state)
{
    (void)state;
    const char *h = "id\ttype\tname\tcase\n";
    char p1[40], p2[40], text[256], want[128];
    eg_err e = {{0}};
    gaz g = {0};

    /* a duplicate on line 4, a bad case on line 5: the duplicate */
    parse_fails_then_ids("a\tperson\tA\t\nb\tperson\tB\t\na\tperson\tC\t\nc\tperson\tD\tupper\n", 5,
                         "bad case 'upper' for 'c' (want auto, exact or any)", 4,
                         "duplicate id 'a' (first defined at %s:2)");
    /* the failing row's own id is a duplicate: the duplicate */
    parse_fails_then_ids("a\tperson\tA\t\na\tperson\tB\tupper\n", 3,
                         "bad case 'upper' for 'a' (want auto, exact or any)", 3,
                         "duplicate id 'a' (first defined at %s:2)");
    /* the failing row has no type, checked before its id is taken: its error */
    parse_fails_then_ids("a\tperson\tA\t\na\t\tB\t\n", 3, "entity 'a' has no type", 3, "entity 'a' has no type");

    /* rows parse whole with a duplicate; the check finds it across files,
     * once: a second check sees only rows added since */
    snprintf(text, sizeof text, "%sa\tperson\tA\t\nb\tperson\tB\t\n", h);
    assert_int_equal(parse_text(&g, text, p1, &e), 0);
    assert_int_equal(gaz_check_ids(&g, 0, &e), 0);
    assert_int_equal(gaz_find(&g, "b"), 1);
    snprintf(text, sizeof text, "# x\n%sc\tperson\tC\t\nb\tperson\tD\t\nd\tperson\tD\tupper\n", h);
    assert_int_equal(parse_text(&g, text, p2, &e), -1);
    assert_int_equal(g.n_ents, 5);
    assert_int_equal(gaz_check_ids(&g, -1, &e), -1);
    snprintf(want, sizeof want, "duplicate id 'b' (first defined at %s:3)", p1);
    assert_error_at(&e, p2, 4, want);
    gaz_free(&g);
}

/* gaz_drop_ids frees the id map only: the entities and their ids (in the
 * file's text) stay, lookups find nothing, and a second drop is a no-op. */
static void test_gaz_drop_ids(void **state)
{
    (void)state;
    char path[40];
    eg_err e = {{0}};
    gaz g = {0};
    assert_int_equal(parse_text(&g, "id\ttype\tname\nx\tperson\tX\ny\tperson\tY\n", path, &e), 0);
    assert_int_equal(gaz_check_ids(&g, 0, &e), 0);
    assert_int_equal(gaz_find(&g, "y"), 1);
    gaz_drop_ids(&g);
    assert_null(g.ids);
    assert_int_equal(gaz_find(&g, "y"), -1);
    assert_int_equal(g.n_ents, 2);
    assert_string_equal(g.ents[1].id, "y");
    assert_string_equal(g.ents[1].name, "Y");
    gaz_drop_ids(&g);
    assert_null(g.ids);
    gaz_free(&g);
}

/* Unknown columns are kept: each value with its entity and column name,
 * by entity, then in header order (a missing trailing field is ""). */
static void test_gaz_unknown_columns_kept(void **state)
{
    (void)state;
    gaz g;
    tm_gaz(&g, "id\ttype\twikidata\tname\tsince\n"
               "a\tperson\tQ1\tAnn\t1990\n"
               "b\tperson\tQ2\tBob\n");
    assert_int_equal(g.n_attr_names, 2);
    assert_int_equal(g.n_attrs, 4);
    const char *want[4][3] = {
        {"0", "wikidata", "Q1"}, {"0", "since", "1990"}, {"1", "wikidata", "Q2"}, {"1", "since", ""}};
    for (int i = 0; i < 4; i++) {
        assert_int_equal(g.attrs[i].entity, want[i][0][0] - '0');
        assert_string_equal(g.attrs[i].key, want[i][1]);
        assert_string_equal(g.attrs[i].value, want[i][2]);
    }
    assert_int_equal(g.ents[1].line, 3);
    gaz_free(&g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_gaz_pipe_then_file),
        cmocka_unit_test(test_gaz_ids_checked_after_rows),
        cmocka_unit_test(test_gaz_drop_ids),
        cmocka_unit_test(test_gaz_unknown_columns_kept),
        cmocka_unit_test_setup_teardown(test_exact_case, setup, teardown),
        cmocka_unit_test_setup_teardown(test_capital_first, setup, teardown),
        cmocka_unit_test_setup_teardown(test_rules_within_one_key, setup, teardown),
        cmocka_unit_test_setup_teardown(test_any_case_issue, setup, teardown),
        cmocka_unit_test_setup_teardown(test_separators, setup, teardown),
        cmocka_unit_test_setup_teardown(test_nested_sorted_by_start_then_length, setup, teardown),
        cmocka_unit_test_setup_teardown(test_offsets_map_to_original, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
