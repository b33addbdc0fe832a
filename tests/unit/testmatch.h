/* testmatch.h - helpers shared by the matcher, resolver, relation, graph and
 * emitter tests: a gazetteer or relation lexicon from TSV text, and a
 * document run through norm/seg/match/resolve. */
#ifndef ENTGRAPH_TESTMATCH_H
#define ENTGRAPH_TESTMATCH_H

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "doc.h"
#include "gaz.h"
#include "match.h"
#include "norm.h"
#include "rel.h"
#include "resolve.h"
#include "seg.h"
#include "util.h"

/* Loads a gazetteer from TSV rows (header included) through a temp file. */
static inline void tm_gaz(gaz *g, const char *tsv)
{
    char path[] = "/tmp/entgraph_test_XXXXXX.tsv";
    int fd = mkstemps(path, 4);
    assert_true(fd >= 0);
    FILE *fp = fdopen(fd, "w");
    assert_non_null(fp);
    fputs(tsv, fp);
    fclose(fp);
    eg_err e = {{0}};
    memset(g, 0, sizeof *g);
    int rc = gaz_load(g, path, &e);
    unlink(path);
    if (rc != 0)
        fail_msg("gaz_load: %s", e.msg);
}

/* rel_load on TSV text written to a temp file (removed again): its result,
 * and its message in e on failure. */
static inline int tm_rel_load_text(rel_lexicon **out, const char *tsv, eg_err *e)
{
    char path[] = "/tmp/entgraph_test_rel_XXXXXX.tsv";
    temp_file_with(path, 4, tsv);
    int rc = rel_load(out, path, e);
    unlink(path);
    return rc;
}

/* Normalises and segments text into d (d must be zeroed or reused). */
static inline void tm_doc(doc *d, const char *text)
{
    d->path = "test";
    d->bytes = text;
    d->len = strlen(text);
    assert_int_equal(norm_run(&d->nt, d->bytes, d->len), 0);
    seg_run(&d->sents, &d->nt, d->bytes, d->len);
}

/* What the matcher and resolver tests share: a gazetteer, its matcher and
 * per-thread state, and one document reused across calls. */
typedef struct {
    gaz g;
    matcher *m;
    doc d;
    match_scratch s;
    resolve_state rs;
} tm_fixture;

static inline tm_fixture *tm_fixture_new(const char *tsv)
{
    tm_fixture *f = xcalloc(1, sizeof *f);
    tm_gaz(&f->g, tsv);
    f->m = match_new(&f->g);
    return f;
}

static inline void tm_fixture_free(tm_fixture *f)
{
    match_free(f->m);
    match_scratch_free(&f->s);
    resolve_state_free(&f->rs);
    doc_free(&f->d);
    gaz_free(&f->g);
    free(f);
}

/* Runs the matcher and resolver on text (kept in f->d) and renders the
 * mentions as "id:surface," (original bytes), for compact assertions. */
static inline const char *tm_mentions(tm_fixture *f, const char *text)
{
    static char out[4096];
    tm_doc(&f->d, text);
    match_doc(f->m, &f->g, &f->d, &f->s);
    resolve_doc(&f->rs, &f->g, &f->s, &f->d);
    size_t o = 0;
    out[0] = '\0';
    for (size_t i = 0; i < f->d.mentions.n && o < sizeof out - 200; i++) {
        const mention *mn = &f->d.mentions.v[i];
        o += (size_t)snprintf(out + o, sizeof out - o, "%s:%.*s,", f->g.ents[mn->entity].id, (int)(mn->end - mn->start),
                              text + mn->start);
    }
    return out;
}

/* Defines cmocka setup/teardown that build a fixture from the test file's
 * gazetteer text (a `static const char *const gaz_tsv`). */
#define TM_FIXTURE_FUNCS(tsv)                                                                                          \
    typedef tm_fixture fixture;                                                                                        \
    static int setup(void **state)                                                                                     \
    {                                                                                                                  \
        *state = tm_fixture_new(tsv);                                                                                  \
        return 0;                                                                                                      \
    }                                                                                                                  \
    static int teardown(void **state)                                                                                  \
    {                                                                                                                  \
        tm_fixture_free(*state);                                                                                       \
        return 0;                                                                                                      \
    }

#endif
