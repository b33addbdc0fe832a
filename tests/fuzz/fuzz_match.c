/* fuzz_match.c - libFuzzer target for the matcher (automaton + case rules)
 * with a fixed gazetteer built once. Any text is normalised and scanned;
 * every candidate must lie inside the text, come in order (start ascending,
 * longer first), name aliases whose key the span spells (up to ASCII case
 * and space/line-break/hyphen), and satisfy each alias's case rule. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "doc.h"
#include "fuzz.h"
#include "gaz.h"
#include "match.h"
#include "norm.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static gaz fz_match_g;
static matcher *fz_match_m;
static match_scratch fz_match_s;
static doc fz_match_d;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    if (fz_match_m)
        return 0;
    const char *text = fz_gazetteer();
    char *path = fz_temp_file(text, strlen(text));
    eg_err e = {{0}};
    FZ_CHECK(path != NULL);
    if (gaz_load(&fz_match_g, path, &e) != 0) {
        fprintf(stderr, "fuzz gazetteer: %s\n", e.msg);
        abort();
    }
    unlink(path);
    free(path);
    fz_match_m = match_new(&fz_match_g);
    return 0;
}

static unsigned char fz_match_fold(unsigned char c)
{
    if (c >= 'A' && c <= 'Z')
        return (unsigned char)(c + 32);
    return c == '\n' || c == '-' ? ' ' : c;
}

static void fz_match_check_alias(const doc *d, const match_cand *c, uint32_t a)
{
    const gaz *g = &fz_match_g;
    FZ_CHECK(a < g->n_aliases);
    const gaz_alias *al = &g->aliases[a];
    const char *span = d->nt.text + c->nstart;
    FZ_CHECK(al->keylen == c->nend - c->nstart);
    for (size_t i = 0; i < al->keylen; i++)
        FZ_CHECK(fz_match_fold((unsigned char)span[i]) == fz_match_fold((unsigned char)al->key[i]));
    if (al->rule == GAZ_RULE_EXACT)
        FZ_CHECK(memcmp(span, al->key, al->keylen) == 0);
    else if (al->rule == GAZ_RULE_CAPFIRST)
        FZ_CHECK(norm_upper_or_digit_at(d->bytes, d->len, norm_orig(&d->nt, c->nstart)));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!fz_match_m)
        LLVMFuzzerInitialize(NULL, NULL);
    doc *d = &fz_match_d;
    d->path = "fuzz";
    d->bytes = (const char *)data;
    d->len = size;
    FZ_CHECK(norm_run(&d->nt, d->bytes, d->len) == 0);
    match_doc(fz_match_m, &fz_match_g, d, &fz_match_s);
    const match_scratch *s = &fz_match_s;
    for (size_t i = 0; i < s->n_cands; i++) {
        const match_cand *c = &s->cands[i];
        FZ_CHECK(c->nstart < c->nend && c->nend <= d->nt.len);
        if (i > 0) {
            const match_cand *p = &s->cands[i - 1];
            FZ_CHECK(p->nstart < c->nstart || (p->nstart == c->nstart && p->nend > c->nend));
        }
        FZ_CHECK(c->count >= 1 && c->first + c->count <= s->n_aliases);
        for (uint32_t k = 0; k < c->count; k++)
            fz_match_check_alias(d, c, s->aliases[c->first + k]);
    }
    return 0;
}
