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
} match_alias;

struct matcher {
    ac *a;
    /* the aliases of canonical key p (an alias index, see ac_canonical) are
     * by_pat[pat_first[p], pat_first[p + 1]), in gazetteer order */
    uint32_t *pat_first;
    match_alias *by_pat;
};

#define MATCH_AHEAD 8 /* hits between a prefetch of a pattern's range and its use */

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
     * elements first so each stays aligned: keys, lens, fill, capfirst; each
     * filled whole before it is read (fill from pat_first), so not zeroed. */
    char *temps = xbig_scratch_raw(na * (sizeof(char *) + sizeof(size_t) + sizeof(uint32_t) + 1));
    const char **keys = (const char **)(void *)temps;
    size_t *lens = (size_t *)(void *)(temps + na * sizeof *keys);
    uint32_t *fill = (uint32_t *)(void *)(lens + na);
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
    /* pat_first and by_pat: one block, freed with pat_first */
    /* pat_first zeroed (counts); by_pat is written at the places they give */
    m->pat_first = xbig_scratch_raw((na + 2) * sizeof *m->pat_first + na * sizeof *m->by_pat);
    memset(m->pat_first, 0, (na + 2) * sizeof *m->pat_first);
    for (size_t i = 0; i < na; i++)
        if (g->aliases[i].keylen > 0)
            m->pat_first[ac_canonical(m->a, (uint32_t)i) + 1]++;
    for (size_t p = 0; p < na; p++)
        m->pat_first[p + 1] += m->pat_first[p];
    m->pat_first[na + 1] = m->pat_first[na];
    m->by_pat = (match_alias *)(void *)(m->pat_first + na + 2);
    memcpy(fill, m->pat_first, na * sizeof *fill);
    for (size_t i = 0; i < na; i++)
        if (g->aliases[i].keylen > 0) {
            const gaz_alias *al = &g->aliases[i];
            m->by_pat[fill[ac_canonical(m->a, (uint32_t)i)]++] =
                (match_alias){(uint32_t)i, al->entity | (al->short_form ? MATCH_SHORT : 0), al->rule};
        }
    xbig_free(temps);
    return m;
}

void match_free(matcher *m)
{
    if (!m)
        return;
    ac_free(m->a);
    xbig_free(m->pat_first); /* by_pat is in its block */
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
static bool capital_at(const doc *d, uint32_t p)
{
    unsigned char b = (unsigned char)d->nt.text[p];
    if (b >= 'A' && b <= 'Z')
        return true;
    return norm_upper_or_digit_at(d->bytes, d->len, norm_orig(&d->nt, p));
}

static int cand_before(const match_cand *x, const match_cand *y)
{
    return x->nstart < y->nstart || (x->nstart == y->nstart && x->nend > y->nend);
}

void match_doc(const matcher *m, const gaz *g, const doc *d, match_scratch *s)
{
    ac_scan(m->a, d->nt.text, d->nt.len, &s->hits);
    s->n_cands = 0;
    s->n_aliases = 0;
    for (size_t h = 0; h < s->hits.n; h++) {
        /* A hit reads its pattern's range and then its aliases, both
         * scattered over gazetteer-sized arrays: fetch them a few hits
         * ahead (the range first, its aliases once the range is there). */
        if (h + MATCH_AHEAD < s->hits.n)
            __builtin_prefetch(&m->pat_first[s->hits.v[h + MATCH_AHEAD].pattern]);
        if (h + MATCH_AHEAD / 2 < s->hits.n)
            __builtin_prefetch(&m->by_pat[m->pat_first[s->hits.v[h + MATCH_AHEAD / 2].pattern]]);
        const ac_hit *hit = &s->hits.v[h];
        int cap = -1; /* capital first? computed once per hit, when needed */
        uint32_t first = (uint32_t)s->n_aliases;
        for (uint32_t k = m->pat_first[hit->pattern]; k < m->pat_first[hit->pattern + 1]; k++) {
            const match_alias *ma = &m->by_pat[k];
            bool ok;
            if (ma->rule == GAZ_RULE_EXACT) {
                const gaz_alias *al = &g->aliases[ma->id];
                ok = exact_equal(d->nt.text + hit->start, al->key, al->keylen);
            } else if (ma->rule == GAZ_RULE_CAPFIRST) {
                if (cap < 0)
                    cap = capital_at(d, hit->start);
                ok = cap;
            } else
                ok = true;
            if (ok) {
                if (s->n_aliases == s->cap_aliases) {
                    s->cap_aliases = s->cap_aliases ? 2 * s->cap_aliases : 64;
                    s->aliases = xrealloc(s->aliases, s->cap_aliases * sizeof *s->aliases);
                    s->info = xrealloc(s->info, s->cap_aliases * sizeof *s->info);
                }
                s->info[s->n_aliases] = ma->info;
                s->aliases[s->n_aliases++] = ma->id;
            }
        }
        if (s->n_aliases == first)
            continue;
        if (s->n_cands == s->cap_cands)
            XGROW(s->cands, s->cap_cands, s->n_cands + 1);
        /* Hits come by end; insertion into start order only moves a
         * candidate past the few hits that overlap it. */
        match_cand c = {hit->start, hit->end, first, (uint32_t)s->n_aliases - first};
        size_t j = s->n_cands++;
        while (j > 0 && cand_before(&c, &s->cands[j - 1])) {
            s->cands[j] = s->cands[j - 1];
            j--;
        }
        s->cands[j] = c;
    }
}

void match_scratch_free(match_scratch *s)
{
    free(s->hits.v);
    free(s->cands);
    free(s->aliases);
    free(s->info);
    *s = (match_scratch){0};
}
