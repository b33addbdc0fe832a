/* lint.c - gazetteer checks for editors. Errors come from the loader itself;
 * warnings are computed here with the same automaton the run uses, so what
 * lint reports is exactly what matching would do. */
#include "lint.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gaz.h"
#include "input.h"
#include "match.h"
#include "norm.h"
#include "pipeline.h"
#include "strmap.h"

/* Frequent English words: an alias equal to one of these, matched in any case
 * (or capitalised at a sentence start), fires on ordinary prose. */
static const char *const common_words[] = {
    "a", "about", "after", "again", "against", "air", "all", "also", "an", "and", "any", "are", "arm", "art",
    "as", "at", "back", "bank", "be", "bear", "been", "before", "being", "best", "big", "black", "blue",
    "board", "body", "both", "but", "by", "call", "can", "care", "case", "center", "change", "china", "city",
    "close", "cold", "come", "could", "country", "court", "cyber", "dark", "day", "did", "do", "does", "down",
    "dragon", "dream", "each", "early", "earth", "east", "end", "energy", "even", "every", "eye", "fact",
    "fall", "far", "field", "fire", "first", "five", "for", "force", "free", "from", "front", "game", "get",
    "give", "go", "gold", "good", "great", "green", "group", "had", "hand", "has", "have", "he", "head",
    "her", "here", "high", "him", "his", "home", "house", "how", "i", "if", "in", "into", "is", "it", "its",
    "just", "key", "kind", "king", "know", "land", "last", "law", "lead", "left", "life", "light", "like",
    "line", "little", "long", "look", "lotus", "made", "make", "man", "many", "march", "may", "me", "might",
    "more", "most", "much", "must", "my", "name", "nation", "new", "news", "night", "no", "north", "not",
    "now", "of", "off", "office", "old", "on", "one", "only", "or", "order", "other", "our", "out", "over",
    "own", "part", "party", "patch", "people", "place", "point", "power", "press", "public", "put", "red",
    "right", "rocket", "round", "said", "same", "say", "sea", "see", "she", "should", "side", "silence",
    "small", "so", "some", "south", "space", "spring", "star", "state", "still", "storm", "such", "sun",
    "system", "take", "team", "than", "that", "the", "their", "them", "then", "there", "these", "they",
    "thing", "this", "those", "three", "through", "time", "to", "top", "two", "under", "union", "up", "us",
    "use", "very", "war", "was", "water", "way", "we", "well", "were", "west", "what", "when", "where",
    "which", "white", "who", "will", "wind", "with", "word", "work", "world", "would", "year", "you", "your",
};

static int is_common_word(const char *key, size_t n)
{
    char low[32];
    if (n >= sizeof low)
        return 0;
    for (size_t i = 0; i < n; i++)
        low[i] = (char)(key[i] >= 'A' && key[i] <= 'Z' ? key[i] + 32 : key[i]);
    low[n] = '\0';
    size_t lo = 0, hi = sizeof common_words / sizeof common_words[0];
    while (lo < hi) { /* the list is sorted */
        size_t mid = (lo + hi) / 2;
        int c = strcmp(low, common_words[mid]);
        if (c == 0)
            return 1;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return 0;
}

static void warn_at(const gaz *g, const gaz_alias *a, const char *fmt, const char *x, const char *y)
{
    const gaz_entity *en = &g->ents[a->entity];
    printf("%s:%ld: warning: ", en->file, a->line);
    printf(fmt, x, y);
    putchar('\n');
}

/* Case-folded key: ASCII lower, spaces and hyphens alike (as the automaton sees it). */
static char *folded_key(const gaz_alias *a)
{
    char *k = xstrndup(a->key, a->keylen);
    for (size_t i = 0; i < a->keylen; i++) {
        if (k[i] >= 'A' && k[i] <= 'Z')
            k[i] = (char)(k[i] + 32);
        else if (k[i] == '-')
            k[i] = ' ';
    }
    return k;
}

/* Per entity: whether its row has a "parties" column value (agreements
 * whose shared names resolve.c tells apart by the parties named). */
static unsigned char *parties_named(const gaz *g)
{
    unsigned char *has = xcalloc(g->n_ents ? g->n_ents : 1, 1);
    for (size_t i = 0; i < g->n_attrs; i++)
        if (strcmp(g->attrs[i].key, "parties") == 0 && *g->attrs[i].value)
            has[g->attrs[i].entity] = 1;
    return has;
}

static size_t warn_shared_aliases(const gaz *g)
{
    size_t n = 0;
    strmap *seen = strmap_new();
    unsigned char *parties = parties_named(g);
    for (size_t i = 0; i < g->n_aliases; i++) {
        const gaz_alias *a = &g->aliases[i];
        if (a->short_form)
            continue; /* short forms are shared by design ("Kim") */
        char *k = folded_key(a);
        uint32_t prev;
        if (strmap_get(seen, k, a->keylen, &prev)) {
            const gaz_alias *p = &g->aliases[prev];
            if (p->entity != a->entity && p->rule == a->rule && !(parties[p->entity] && parties[a->entity])) {
                char where[600];
                snprintf(where, sizeof where, "'%s' (%s:%ld)", g->ents[p->entity].id, g->ents[p->entity].file,
                         p->line);
                warn_at(g, a, "alias '%s' is also an alias of %s", a->surface, where);
                n++;
            }
        } else
            strmap_put(seen, k, a->keylen, (uint32_t)i);
        free(k);
    }
    strmap_free(seen);
    free(parties);
    return n;
}

static size_t warn_common_words(const gaz *g)
{
    size_t n = 0;
    for (size_t i = 0; i < g->n_aliases; i++) {
        const gaz_alias *a = &g->aliases[i];
        if (a->rule != GAZ_RULE_EXACT && is_common_word(a->key, a->keylen)) {
            warn_at(g, a, "alias '%s' is a common English word and matches %s", a->surface,
                    a->rule == GAZ_RULE_ANY ? "in any case" : "whenever capitalised");
            n++;
        }
    }
    return n;
}

/* An alias that contains another entity's full alias at word boundaries:
 * the shorter one never matches there (leftmost-longest), which is usually
 * what is wanted ("US Strategic Command" hides "US") but worth a look. The
 * alias is run through the same normaliser and matcher as an article. */
static size_t warn_substrings(const gaz *g, const matcher *m, int verbose)
{
    size_t n = 0;
    match_scratch ms = {0};
    doc d = {0};
    for (size_t i = 0; i < g->n_aliases; i++) {
        const gaz_alias *al = &g->aliases[i];
        d.path = al->surface;
        d.bytes = al->surface;
        d.len = strlen(al->surface);
        if (norm_run(&d.nt, d.bytes, d.len) < 0)
            continue;
        match_doc(m, g, &d, &ms);
        for (size_t c = 0; c < ms.n_cands; c++) {
            const match_cand *mc = &ms.cands[c];
            if (mc->nstart == 0 && mc->nend == d.nt.len)
                continue;
            for (uint32_t k = mc->first; k < mc->first + mc->count; k++) {
                const gaz_alias *inner = &g->aliases[ms.aliases[k]];
                if (inner->entity == al->entity || inner->short_form)
                    continue;
                n++;
                if (verbose) {
                    char who[300];
                    snprintf(who, sizeof who, "%s' of '%s", inner->surface, g->ents[inner->entity].id);
                    warn_at(g, al, "alias '%s' contains the alias '%s'", al->surface, who);
                }
            }
        }
    }
    match_scratch_free(&ms);
    doc_free(&d);
    return n;
}

typedef struct {
    uint32_t *alias_hits;
} lint_ctx;

static int count_hits(void *ctx, doc *d)
{
    lint_ctx *lc = ctx;
    for (size_t i = 0; i < d->mentions.n; i++)
        lc->alias_hits[d->mentions.v[i].alias]++;
    return 0;
}

static int report_hits(const gaz *g, const matcher *m, int n_inputs, char **inputs)
{
    input_list in = {0};
    eg_err e;
    for (int i = 0; i < n_inputs; i++)
        if (input_add(&in, inputs[i], &e) < 0) {
            fprintf(stderr, "entgraph: %s\n", e.msg);
            input_list_free(&in);
            return 1;
        }
    lint_ctx lc = {xcalloc(g->n_aliases ? g->n_aliases : 1, sizeof(uint32_t))};
    pipe_config pc = {.g = g, .m = m, .threads = 1, .consume = count_hits, .ctx = &lc, .no_tokens = 1};
    pipe_stats st;
    pipe_run(&pc, &in, &st);
    printf("# alias hits over %zu documents\nentity\talias\thits\n", st.docs);
    size_t never = 0;
    for (size_t i = 0; i < g->n_ents; i++) {
        const gaz_entity *en = &g->ents[i];
        uint32_t total = 0;
        for (uint32_t k = en->first_alias; k < en->first_alias + en->n_aliases; k++) {
            total += lc.alias_hits[k];
            if (lc.alias_hits[k])
                printf("%s\t%s\t%u\n", en->id, g->aliases[k].surface, lc.alias_hits[k]);
        }
        never += total == 0;
    }
    printf("# entities never matched: %zu of %zu\n", never, g->n_ents);
    for (size_t i = 0; i < g->n_ents; i++) {
        const gaz_entity *en = &g->ents[i];
        uint32_t total = 0;
        for (uint32_t k = en->first_alias; k < en->first_alias + en->n_aliases; k++)
            total += lc.alias_hits[k];
        if (!total)
            printf("never\t%s\n", en->id);
    }
    free(lc.alias_hits);
    input_list_free(&in);
    return st.failed ? 1 : 0;
}

int lint_run(const char **gaz_paths, size_t n_gaz, int n_inputs, char **inputs)
{
    gaz g = {0};
    eg_err e;
    for (size_t i = 0; i < n_gaz; i++) {
        const char *base = strrchr(gaz_paths[i], '/');
        if (strcmp(base ? base + 1 : gaz_paths[i], "relations.tsv") == 0)
            continue;
        if (gaz_load(&g, gaz_paths[i], &e) < 0) {
            fprintf(stderr, "entgraph: %s\n", e.msg);
            gaz_free(&g);
            return 1;
        }
    }
    matcher *m = match_new(&g);
    size_t shared = warn_shared_aliases(&g);
    size_t common = warn_common_words(&g);
    size_t subs = warn_substrings(&g, m, getenv("ENTGRAPH_LINT_ALL") != NULL);
    printf("# %zu entities, %zu aliases: 0 errors; %zu shared aliases, %zu common words, %zu aliases containing "
           "other aliases%s\n",
           g.n_ents, g.n_aliases, shared, common, subs, subs ? " (ENTGRAPH_LINT_ALL=1 lists them)" : "");
    int status = n_inputs > 0 ? report_hits(&g, m, n_inputs, inputs) : 0;
    match_free(m);
    gaz_free(&g);
    return status;
}
