/* match.c - automaton hits to candidate alias occurrences with case rules.
 *
 * Aliases whose keys differ only in ASCII case or in space/line-break/hyphen
 * are one automaton pattern; each pattern keeps its aliases in gazetteer
 * order (a CSR range), and every hit checks each alias's own case rule. */
#include "match.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "norm.h"
#include "util.h"

/* What a hit needs of one alias, in one record: a hit reads one line. */
typedef struct {
    uint32_t id;   /* alias index */
    uint32_t info; /* its entity | MATCH_SHORT */
    uint8_t rule;  /* its case rule */
    uint8_t pad[3]; /* named, so records made from initialisers are defined whole (cache images) */
} match_alias;

/* In a pattern's record (matcher.pats) instead of a case rule: the pattern
 * has no alias or several, by_pat[id, id + info) */
#define MATCH_GROUP 0

struct matcher {
    ac *a;
    /* Per canonical key p (an alias index, see ac_canonical): its one alias
     * itself (most keys have one), so that a hit reads a single record, or,
     * with rule MATCH_GROUP, where its aliases are in by_pat (gazetteer
     * order). by_pat shares pats' block. */
    match_alias *pats;
    match_alias *by_pat;
    cache_map *image; /* the cache image a and pats are in, or NULL (built here) */
};

#define MATCH_AHEAD 8 /* hits between a prefetch of a pattern's record and its use */

static bool is_sep(unsigned char b) { return b == ' ' || b == '\n' || b == '-'; }

/* Can this alias never match where the text has an ASCII lower-case letter
 * first? (Lets the automaton skip lower-case words.) */
static bool needs_capital(const gaz_alias *al)
{
    unsigned char c = (unsigned char)al->key[0];
    if (al->rule == GAZ_RULE_CAPFIRST)
        return true;
    return al->rule == GAZ_RULE_EXACT && !(c >= 'a' && c <= 'z');
}

matcher *match_new(const gaz *g)
{
    matcher *m = xcalloc(1, sizeof *m);
    size_t na = g->n_aliases;
    /* The start-up arrays share one block (util.h: xbig_scratch), widest
     * elements first so each stays aligned: keys, lens, pat_first, fill,
     * capfirst; each filled whole before it is read (fill from pat_first,
     * pat_first zeroed below: counts), so not zeroed here. */
    char *temps =
        xbig_scratch_raw(na * (sizeof(char *) + sizeof(size_t) + 2 * sizeof(uint32_t) + 1) + 2 * sizeof(uint32_t));
    const char **keys = (const char **)(void *)temps;
    size_t *lens = (size_t *)(void *)(temps + na * sizeof *keys);
    uint32_t *pat_first = (uint32_t *)(void *)(lens + na); /* the aliases of p: by_pat[pat_first[p], [p + 1]) */
    uint32_t *fill = pat_first + na + 2;
    uint8_t *capfirst = (uint8_t *)(fill + na);
    for (size_t i = 0; i < na; i++) {
        keys[i] = g->aliases[i].key;
        lens[i] = g->aliases[i].keylen;
        capfirst[i] = needs_capital(&g->aliases[i]);
    }
    /* one pattern per alias; the automaton merges keys that differ only in
     * case or separators, and hits name the lowest alias of such a group */
    m->a = ac_build_cased(keys, lens, capfirst, na);

    /* counting sort of aliases by group keeps gazetteer order within one */
    /* pats and by_pat: one block, freed with pats; zeroed, as records of
     * keys that are not canonical are never written, and a cache image
     * (match_to_cache) holds the block whole */
    m->pats = xbig_scratch(2 * (na ? na : 1) * sizeof *m->pats);
    m->by_pat = m->pats + na;
    memset(pat_first, 0, (na + 2) * sizeof *pat_first);
    for (size_t i = 0; i < na; i++)
        if (g->aliases[i].keylen > 0)
            pat_first[ac_canonical(m->a, (uint32_t)i) + 1]++;
    for (size_t p = 0; p < na; p++)
        pat_first[p + 1] += pat_first[p];
    pat_first[na + 1] = pat_first[na];
    memcpy(fill, pat_first, na * sizeof *fill);
    /* only the records of canonical keys are written: hits name no other */
    for (size_t i = 0; i < na; i++)
        if (g->aliases[i].keylen > 0) {
            const gaz_alias *al = &g->aliases[i];
            uint32_t p = ac_canonical(m->a, (uint32_t)i), n = pat_first[p + 1] - pat_first[p];
            match_alias rec = {
                .id = (uint32_t)i, .info = al->entity | (al->short_form ? MATCH_SHORT : 0), .rule = al->rule};
            if (n == 1)
                m->pats[p] = rec;
            else {
                m->by_pat[fill[p]++] = rec;
                m->pats[p] = (match_alias){.id = pat_first[p], .info = n, .rule = MATCH_GROUP};
            }
        }
    xbig_free(temps);
    return m;
}

int match_cache_key(cache_key *k, const gaz *g)
{
    if (cache_key_init(k) < 0)
        return -1;
    uint64_t na = g->n_aliases;
    cache_key_add(k, "matcher", 8);
    cache_key_add(k, &na, sizeof na);
    for (size_t i = 0; i < g->n_aliases; i++) {
        const gaz_alias *al = &g->aliases[i];
        uint32_t f[4] = {(uint32_t)al->keylen, al->entity, (uint32_t)al->rule, al->short_form ? 1u : 0u};
        cache_key_add(k, f, sizeof f);
        cache_key_add(k, al->key, al->keylen);
    }
    cache_key_end(k);
    return 0;
}

/* The matcher over an image's parts: the automaton's, then pats and by_pat
 * (one part). NULL if they do not fit g. */
static matcher *match_from_parts(const gaz *g, const cache_part *p, size_t n)
{
    size_t na = g->n_aliases ? g->n_aliases : 1;
    if (n != AC_PARTS + 1 || p[AC_PARTS].size != 2 * na * sizeof(match_alias))
        return NULL;
    ac *a = ac_from_parts(p, AC_PARTS);
    if (!a)
        return NULL;
    matcher *m = xcalloc(1, sizeof *m);
    m->a = a;
    m->pats = (match_alias *)p[AC_PARTS].data;
    m->by_pat = m->pats + g->n_aliases;
    return m;
}

/* The matcher over image's parts p[0..n), which then owns the image; NULL
 * (the image freed) if there is no image, take is unset, or the parts do
 * not fit g. */
static matcher *match_from_image(const gaz *g, cache_map *image, const cache_part *p, size_t n, bool take)
{
    matcher *m = image && take ? match_from_parts(g, p, n) : NULL;
    if (m)
        m->image = image;
    else
        cache_unmap(image);
    return m;
}

matcher *match_from_cache(const gaz *g, const char *dir, const cache_key *k)
{
    cache_part p[AC_PARTS + 1];
    size_t n = 0;
    cache_map *image = cache_load(dir, k, p, AC_PARTS + 1, &n);
    return match_from_image(g, image, p, n, true);
}

struct match_guess {
    cache_map *image;
    cache_part p[AC_PARTS + 1];
    size_t n;
};

match_guess *match_guess_read(const char *dir)
{
    match_guess *guess = xmalloc(sizeof *guess);
    guess->image = cache_load_newest(dir, guess->p, AC_PARTS + 1, &guess->n);
    if (!guess->image) {
        free(guess);
        return NULL;
    }
    return guess;
}

matcher *match_from_guess(match_guess *guess, const gaz *g, const cache_key *k)
{
    if (!guess)
        return NULL;
    matcher *m = match_from_image(g, guess->image, guess->p, guess->n, k && cache_map_is(guess->image, k));
    free(guess);
    return m;
}

void match_guess_free(match_guess *guess)
{
    match_from_guess(guess, NULL, NULL);
}

int match_to_cache(const matcher *m, const gaz *g, const char *dir, const cache_key *k)
{
    cache_part p[AC_PARTS + 1];
    ac_parts(m->a, p);
    p[AC_PARTS] = (cache_part){m->pats, 2 * (g->n_aliases ? g->n_aliases : 1) * sizeof *m->pats};
    return cache_save(dir, k, p, AC_PARTS + 1);
}

void match_free(matcher *m)
{
    if (!m)
        return;
    ac_free(m->a);
    if (m->image)
        cache_unmap(m->image);
    else
        xbig_free(m->pats); /* by_pat is in its block */
    free(m);
}

const ac *match_automaton(const matcher *m) { return m->a; }

/* Exact case: the bytes must be equal, except that separators stay
 * interchangeable as for every alias (a name may wrap or be hyphenated). */
static bool exact_equal(const char *t, const char *key, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char a = (unsigned char)t[i], b = (unsigned char)key[i];
        if (a != b && !(is_sep(a) && is_sep(b)))
            return false;
    }
    return true;
}

/* Capital or digit first in the original input at normalised offset p. An
 * ASCII capital in the normalised text is always an input byte copied as it
 * is (utf8proc's output is case-folded), so only other bytes need the
 * offset map: a lower-case letter may come from a folded capital, a digit
 * from a circled one. */
static bool __attribute__((noinline)) capital_in_input(const doc *d, uint32_t p)
{
    return norm_upper_or_digit_at(d->bytes, d->len, norm_orig(&d->nt, p));
}

static bool capital_at(const doc *d, uint32_t p)
{
    unsigned char b = (unsigned char)d->nt.text[p];
    return (b >= 'A' && b <= 'Z') || capital_in_input(d, p);
}

static int cand_before(const match_cand *x, const match_cand *y)
{
    return x->nstart < y->nstart || (x->nstart == y->nstart && x->nend > y->nend);
}

/* Does the text at hit h satisfy alias a's case rule? *cap caches the
 * capital-first test for the hit (-1: not worked out yet). */
static bool rule_ok(const gaz *g, const doc *d, const ac_hit *h, const match_alias *a, int *cap)
{
    if (a->rule == GAZ_RULE_ANY)
        return true;
    if (a->rule == GAZ_RULE_CAPFIRST) {
        if (*cap < 0)
            *cap = capital_at(d, h->start);
        return *cap;
    }
    const gaz_alias *al = &g->aliases[a->id];
    return exact_equal(d->nt.text + h->start, al->key, al->keylen);
}

/* Room for one more alias in s->aliases and s->info. */
static void alias_room(match_scratch *s)
{
    if (s->n_aliases == s->cap_aliases) {
        s->cap_aliases = s->cap_aliases ? 2 * s->cap_aliases : 64;
        s->aliases = xrealloc(s->aliases, s->cap_aliases * sizeof *s->aliases);
        s->info = xrealloc(s->info, s->cap_aliases * sizeof *s->info);
    }
}

static void add_alias(match_scratch *s, const match_alias *a)
{
    alias_room(s);
    s->info[s->n_aliases] = a->info;
    s->aliases[s->n_aliases++] = a->id;
}

/* The aliases of a group pattern that pass their case rules at hit h,
 * appended to s->aliases; returns how many. */
static uint32_t add_group(const matcher *m, const gaz *g, const doc *d, const ac_hit *h, const match_alias *p,
                          match_scratch *s)
{
    int cap = -1;
    uint32_t n = 0;
    for (uint32_t k = p->id; k < p->id + p->info; k++)
        if (rule_ok(g, d, h, &m->by_pat[k], &cap)) {
            add_alias(s, &m->by_pat[k]);
            n++;
        }
    return n;
}

void match_doc(const matcher *m, const gaz *g, const doc *d, match_scratch *s)
{
    ac_scan(m->a, d->nt.text, d->nt.len, &s->hits);
    s->n_aliases = 0;
    /* at most a candidate per hit: room for all at once, and the count and
     * array in locals (stores into s->info would otherwise make them be read
     * again per hit) */
    XGROW(s->cands, s->cap_cands, s->hits.n);
    match_cand *cands = s->cands;
    size_t nc = 0;
    for (size_t h = 0; h < s->hits.n; h++) {
        /* A hit reads its pattern's record, scattered over a
         * gazetteer-sized array: fetch it a few hits ahead. */
        if (h + MATCH_AHEAD < s->hits.n)
            __builtin_prefetch(&m->pats[s->hits.v[h + MATCH_AHEAD].pattern]);
        const ac_hit *hit = &s->hits.v[h];
        const match_alias *p = &m->pats[hit->pattern];
        uint32_t first = (uint32_t)s->n_aliases, n;
        if (p->rule != MATCH_GROUP) {
            int cap = -1;
            if (!rule_ok(g, d, hit, p, &cap))
                continue;
            add_alias(s, p);
            n = 1;
        } else if (!(n = add_group(m, g, d, hit, p, s)))
            continue;
        /* Hits come by end; insertion into start order only moves a
         * candidate past the few hits that overlap it. */
        match_cand c = {hit->start, hit->end, first, n};
        size_t j = nc++;
        while (j > 0 && cand_before(&c, &cands[j - 1])) {
            cands[j] = cands[j - 1];
            j--;
        }
        cands[j] = c;
    }
    s->n_cands = nc;
}

void match_scratch_free(match_scratch *s)
{
    free(s->hits.v);
    free(s->cands);
    free(s->aliases);
    free(s->info);
    *s = (match_scratch){0};
}
