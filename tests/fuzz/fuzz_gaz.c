/* fuzz_gaz.c - libFuzzer target for the gazetteer and relation-lexicon
 * parsers. The input is written to a temporary file and loaded both as a
 * gazetteer (gaz_load) and as a relation lexicon (rel_load); a load either
 * fails with a "file:line: what" message or gives a consistent gazetteer,
 * which is then compiled into a matcher and run over a fixed sentence. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "doc.h"
#include "fuzz.h"
#include "gaz.h"
#include "match.h"
#include "norm.h"
#include "rel.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    return 0;
}

static const char fz_gaz_text[] = "Officials in Seoul and the U.S. met; KIM said cyber talks with Nato, "
                                  "the DPRK and \xc3\x89lys\xc3\xa9" "e would go on.\n\nA second paragraph.";

/* Error messages name the file first: "<path>:<line>: what" or "<path>: what". */
static void fz_gaz_check_msg(const eg_err *e, const char *path)
{
    size_t pl = strlen(path);
    FZ_CHECK(e->msg[0] != '\0');
    FZ_CHECK(strncmp(e->msg, path, pl) == 0 && e->msg[pl] == ':');
}

static void fz_gaz_check(const gaz *g)
{
    size_t covered = 0;
    for (size_t i = 0; i < g->n_ents; i++) {
        const gaz_entity *en = &g->ents[i];
        FZ_CHECK(en->id && *en->id && en->type && *en->type && en->name && *en->name);
        FZ_CHECK(en->bloc && en->country && en->note);
        FZ_CHECK(gaz_find(g, en->id) == (long)i);
        FZ_CHECK(en->first_alias == covered && en->n_aliases >= 1); /* the name is an alias */
        covered += en->n_aliases;
    }
    FZ_CHECK(covered == g->n_aliases);
    for (size_t i = 0; i < g->n_aliases; i++) {
        const gaz_alias *al = &g->aliases[i];
        FZ_CHECK(al->entity < g->n_ents);
        FZ_CHECK(al->rule >= GAZ_RULE_EXACT && al->rule <= GAZ_RULE_ANY);
        FZ_CHECK(al->key && al->keylen > 0 && al->key[al->keylen] == '\0');
        FZ_CHECK(norm_valid_utf8(al->key, al->keylen));
    }
}

static void fz_gaz_match(const gaz *g)
{
    matcher *m = match_new(g);
    doc d = {0};
    d.path = "fuzz";
    d.bytes = fz_gaz_text;
    d.len = sizeof fz_gaz_text - 1;
    FZ_CHECK(norm_run(&d.nt, d.bytes, d.len) == 0);
    match_scratch s = {0};
    match_doc(m, g, &d, &s);
    for (size_t i = 0; i < s.n_cands; i++) {
        const match_cand *c = &s.cands[i];
        FZ_CHECK(c->nstart < c->nend && c->nend <= d.nt.len);
        FZ_CHECK(c->count >= 1 && c->first + c->count <= s.n_aliases);
        for (uint32_t k = 0; k < c->count; k++)
            FZ_CHECK(s.aliases[c->first + k] < g->n_aliases);
    }
    match_scratch_free(&s);
    doc_free(&d);
    match_free(m);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 16384)
        return 0;
    char *path = fz_temp_file(data, size);
    if (!path)
        return 0;
    gaz g = {0};
    eg_err e = {{0}};
    if (gaz_load(&g, path, &e) == 0) {
        fz_gaz_check(&g);
        fz_gaz_match(&g);
    } else
        fz_gaz_check_msg(&e, path);
    gaz_free(&g);

    rel_lexicon *lx = NULL;
    eg_err re = {{0}};
    if (rel_load(&lx, path, &re) == 0) {
        FZ_CHECK(lx != NULL);
        for (size_t i = 0; i < rel_count(lx); i++) {
            const rel_type *t = rel_get(lx, (uint32_t)i);
            FZ_CHECK(t->name && *t->name && t->quadclass >= 1 && t->quadclass <= 4);
            FZ_CHECK(t->goldstein >= -10 && t->goldstein <= 10);
        }
    } else
        fz_gaz_check_msg(&re, path);
    rel_free(lx);
    unlink(path);
    free(path);
    return 0;
}
