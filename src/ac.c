/* ac.c - Aho-Corasick automaton over byte classes, restricted to matches
 * that start at word starts.
 *
 * Invariant of the scan: the current state is the longest suffix of the text
 * read so far that (a) is a prefix of some key and (b) starts where a word may
 * start (the character before it is not a letter or digit, as far as the key
 * bytes tell). Failure links therefore skip suffixes that begin inside a word,
 * so the automaton mostly idles in one of two root states: ROOT (a match may
 * start at the next byte) and RWORD (the last byte was a letter or digit).
 * Hits are still checked exactly with norm_word_before/at, which also covers
 * the cases the byte classes cannot decide (non-ASCII letters).
 *
 * Layout: states are numbered in BFS order, so the children of a state are
 * contiguous and sorted by class; a sparse state keeps (first child, count)
 * and its children's labels sit in label[]. States with many children (and
 * both roots) get a dense row of complete transitions with failures already
 * applied. Keys are sorted (multikey quicksort) and the trie is built one
 * level at a time, which yields BFS order directly without per-node malloc. */
#include "ac.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "norm.h"
#include "util.h"

#define NONE UINT32_MAX
#define DENSE_MIN 6 /* children from which a state gets a dense row */

enum { F_DENSE = 1, F_OUT = 2 };
/* What a class says about the character it belongs to. */
enum { K_NONWORD, K_WORD, K_UNKNOWN };
/* Fixed classes; key bytes get 4.. in byte order. */
enum { C_OTHER, C_OTHER_WORD, C_OTHER_HIGH, C_SEP, C_FIRST_KEY };

typedef struct {
    uint32_t base; /* sparse: first child's id; dense: offset of its row */
    uint32_t fail;
    uint8_t nk;    /* children (sparse states) */
    uint8_t flags;
} ac_state;

struct ac {
    uint8_t cls[256];
    uint8_t kind[256];     /* per class */
    uint8_t wordbyte[256]; /* ASCII letter or digit */
    uint32_t nclasses;
    uint32_t nstates; /* trie states plus RWORD (the last one) */
    uint32_t rword;
    uint32_t root_byte[256]; /* the root's transitions, by byte */
    ac_state *st;
    uint8_t *label; /* per state: class of the edge into it */
    uint32_t *dense;
    size_t ndense;
    uint32_t *out;  /* per state: pattern ending here, or NONE */
    uint32_t *dict; /* per state: next state on the failure chain with a pattern */
    uint32_t *plen; /* per pattern */
    size_t npat;
};

/* ---- classes ---- */

static bool is_ascii_word(unsigned b)
{
    return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
}

static unsigned fold_byte(unsigned b)
{
    if (b >= 'A' && b <= 'Z')
        return b + ('a' - 'A');
    return b;
}

static bool is_sep(unsigned b) { return b == ' ' || b == '\n' || b == '-'; }

static void make_classes(ac *a, const char *const *keys, const size_t *lens, size_t n)
{
    bool used[256] = {false};
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < lens[i]; j++)
            used[fold_byte((unsigned char)keys[i][j])] = true;
    a->kind[C_OTHER] = K_NONWORD;
    a->kind[C_OTHER_WORD] = K_WORD;
    a->kind[C_OTHER_HIGH] = K_UNKNOWN;
    a->kind[C_SEP] = K_NONWORD;
    uint32_t next = C_FIRST_KEY;
    for (unsigned b = 0; b < 256; b++) {
        a->wordbyte[b] = is_ascii_word(b);
        unsigned f = fold_byte(b);
        if (is_sep(b))
            a->cls[b] = C_SEP;
        else if (f != b)
            continue; /* upper case: copied from its lower case below */
        else if (used[b]) {
            a->cls[b] = (uint8_t)next;
            a->kind[next++] = b >= 0x80 ? K_UNKNOWN : is_ascii_word(b) ? K_WORD : K_NONWORD;
        } else
            a->cls[b] = b >= 0x80 ? C_OTHER_HIGH : is_ascii_word(b) ? C_OTHER_WORD : C_OTHER;
    }
    for (unsigned b = 'A'; b <= 'Z'; b++)
        a->cls[b] = a->cls[fold_byte(b)];
    a->nclasses = next;
}

/* ---- sorting keys by class sequence (multikey quicksort) ---- */

typedef struct {
    const char *const *keys;
    const size_t *lens;
    const uint8_t *cls;
} sorter;

/* Class of key k at depth d, or -1 past its end. */
static int ch(const sorter *s, uint32_t k, size_t d)
{
    return d < s->lens[k] ? s->cls[(unsigned char)s->keys[k][d]] : -1;
}

static int cmp_from(const sorter *s, uint32_t x, uint32_t y, size_t d)
{
    for (;; d++) {
        int a = ch(s, x, d), b = ch(s, y, d);
        if (a != b || a < 0)
            return a - b;
    }
}

static void swap_u32(uint32_t *v, size_t i, size_t j)
{
    uint32_t t = v[i];
    v[i] = v[j];
    v[j] = t;
}

static void mkqs(const sorter *s, uint32_t *v, size_t n, size_t d)
{
    while (n > 1) {
        if (n < 12) {
            for (size_t i = 1; i < n; i++)
                for (size_t j = i; j > 0 && cmp_from(s, v[j - 1], v[j], d) > 0; j--)
                    swap_u32(v, j - 1, j);
            return;
        }
        int p0 = ch(s, v[0], d), p1 = ch(s, v[n / 2], d), p2 = ch(s, v[n - 1], d);
        int piv = p0 < p1 ? (p1 < p2 ? p1 : p0 < p2 ? p2 : p0) : (p0 < p2 ? p0 : p1 < p2 ? p2 : p1);
        /* Dutch flag: [0,lt) < piv, [lt,i) == piv, (gt,n) > piv */
        size_t lt = 0, i = 0, gt = n;
        while (i < gt) {
            int c = ch(s, v[i], d);
            if (c < piv)
                swap_u32(v, lt++, i++);
            else if (c > piv)
                swap_u32(v, i, --gt);
            else
                i++;
        }
        mkqs(s, v, lt, d);
        mkqs(s, v + gt, n - gt, d);
        if (piv < 0)
            return; /* the equal run: keys that all ended here */
        v += lt;
        n = gt - lt;
        d++;
    }
}

/* ---- construction ---- */

typedef struct {
    uint32_t *first; /* first child */
    uint8_t *nk, *lab, *nonword_end;
    uint8_t *lc; /* on the path of a key that may start in lower case */
    uint32_t *out;
    size_t n, cap;
} trie;

static uint32_t trie_add(trie *t, uint8_t lab, bool nonword_end)
{
    if (t->n + 1 >= NONE)
        eg_exit(1); /* more than 4G states: cannot happen for text keys */
    if (t->n == t->cap) {
        t->cap = t->cap ? t->cap * 2 : 256;
        t->first = xrealloc(t->first, t->cap * sizeof *t->first);
        t->nk = xrealloc(t->nk, t->cap);
        t->lab = xrealloc(t->lab, t->cap);
        t->nonword_end = xrealloc(t->nonword_end, t->cap);
        t->lc = xrealloc(t->lc, t->cap);
        t->out = xrealloc(t->out, t->cap * sizeof *t->out);
    }
    uint32_t id = (uint32_t)t->n++;
    t->first[id] = 0;
    t->nk[id] = 0;
    t->lab[id] = lab;
    t->nonword_end[id] = nonword_end;
    t->lc[id] = 0;
    t->out[id] = NONE;
    return id;
}

/* May a match start right after key[0..end)? Decided from the key bytes; an
 * unfinished or non-ASCII character says yes (the scan checks exactly). */
static bool may_start_after(const char *key, size_t len, size_t end)
{
    unsigned b = (unsigned char)key[end - 1];
    if (b < 0x80)
        return !is_ascii_word(b);
    if (end < len && ((unsigned char)key[end] & 0xC0) == 0x80)
        return true; /* mid-character */
    return !norm_word_before(key, end);
}

/* Builds the trie level by level over the sorted keys: at depth d the keys
 * still active are in sorted order, so equal (parent, class) pairs are
 * adjacent and new nodes come out in BFS order with sorted children. */
static void build_trie(trie *t, const sorter *s, const uint8_t *capfirst, uint32_t *act, size_t n)
{
    uint32_t *node = xcalloc(n ? n : 1, sizeof *node);
    trie_add(t, 0, true);
    for (size_t d = 0; n > 0; d++) {
        size_t w = 0;
        uint32_t prev_parent = NONE, cur = NONE;
        int prev_c = -1;
        for (size_t i = 0; i < n; i++) {
            uint32_t k = act[i], p = node[i];
            if (s->lens[k] == d) {
                if (t->out[p] == NONE || k < t->out[p])
                    t->out[p] = k;
                continue;
            }
            int c = s->cls[(unsigned char)s->keys[k][d]];
            if (p != prev_parent || c != prev_c) {
                cur = trie_add(t, (uint8_t)c, may_start_after(s->keys[k], s->lens[k], d + 1));
                if (p != prev_parent)
                    t->first[p] = cur;
                t->nk[p]++;
                prev_parent = p;
                prev_c = c;
            }
            t->lc[cur] |= !capfirst || !capfirst[k];
            act[w] = k;
            node[w++] = cur;
        }
        n = w;
    }
    free(node);
}

/* Child of trie state x on class c during the build, or NONE. */
static uint32_t child_of(const trie *t, uint32_t x, uint8_t c)
{
    uint32_t lo = t->first[x], hi = lo + t->nk[x];
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (t->lab[mid] < c)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < t->first[x] + t->nk[x] && t->lab[lo] == c ? lo : NONE;
}

/* Appends the lower-case entry: a copy of the trie (below the root) cut
 * down to the keys that may start in lower case, still in BFS order, so a
 * lower-case word start walks only those. Returns the map from a trie
 * state to its copy (NONE if none); copies are numbered after RWORD. */
static uint32_t *add_lower_copies(trie *t, const uint8_t *capfirst, size_t nu)
{
    uint32_t *copy = xmalloc(nu * sizeof *copy);
    copy[0] = NONE;
    for (uint32_t u = 1; u < nu; u++)
        copy[u] = t->lc[u] ? trie_add(t, t->lab[u], t->nonword_end[u]) : NONE;
    for (uint32_t u = 1; u < nu; u++) {
        uint32_t l = copy[u];
        if (l == NONE)
            continue;
        for (uint32_t v = t->first[u]; v < t->first[u] + t->nk[u]; v++) {
            if (copy[v] == NONE)
                continue;
            if (t->nk[l]++ == 0)
                t->first[l] = copy[v];
        }
        if (t->out[u] != NONE && !capfirst[t->out[u]])
            t->out[l] = t->out[u];
    }
    return copy;
}

/* Failure and dictionary links of the trie states [0, nu), in BFS order. */
static void build_links(ac *a, const trie *t, size_t nu)
{
    uint32_t rword = a->rword;
    a->st[0].fail = 0;
    a->st[rword].fail = rword;
    for (uint32_t u = 0; u < nu; u++) {
        for (uint32_t v = t->first[u]; v < t->first[u] + t->nk[u]; v++) {
            uint32_t root = t->nonword_end[v] ? 0 : rword, f = root;
            if (u != 0) {
                /* proper suffixes of u that may start a match, longest first */
                for (uint32_t x = a->st[u].fail; x != rword;) {
                    uint32_t y = child_of(t, x, t->lab[v]);
                    if (y != NONE) {
                        f = y;
                        break;
                    }
                    if (x == 0)
                        break;
                    x = a->st[x].fail;
                }
            }
            a->st[v].fail = f;
            a->dict[v] = a->out[f] != NONE ? f : a->dict[f];
        }
    }
}

/* Complete transition from x on class c, failures applied; 0 stands for
 * "the byte starts over at the root", which the scan resolves by byte
 * (the root tells lower case from capitals, classes do not). */
static uint32_t delta(const ac *a, const trie *t, uint32_t x, uint8_t c)
{
    for (;;) {
        if (x == 0)
            return 0;
        if (x == a->rword)
            return a->kind[c] == K_WORD ? a->rword : 0;
        uint32_t y = child_of(t, x, c);
        if (y != NONE)
            return y;
        x = a->st[x].fail;
    }
}

static void build_dense(ac *a, const trie *t)
{
    size_t rows = 0;
    for (uint32_t s = 0; s < a->nstates; s++)
        rows += s == 0 || s == a->rword || t->nk[s] >= DENSE_MIN;
    a->ndense = rows * a->nclasses;
    a->dense = xmalloc(a->ndense * sizeof *a->dense);
    size_t r = 0;
    for (uint32_t s = 0; s < a->nstates; s++) {
        bool dense = s == 0 || s == a->rword || t->nk[s] >= DENSE_MIN;
        ac_state *x = &a->st[s];
        x->flags = (uint8_t)(a->out[s] != NONE || a->dict[s] != NONE ? F_OUT : 0);
        if (!dense) {
            x->base = t->first[s];
            x->nk = t->nk[s];
            continue;
        }
        x->flags |= F_DENSE;
        x->base = (uint32_t)(r * a->nclasses);
        for (uint32_t c = 0; c < a->nclasses; c++)
            a->dense[x->base + c] = delta(a, t, s, (uint8_t)c);
        r++;
    }
}

static void build_root_bytes(ac *a, const trie *t, const uint32_t *copy)
{
    for (unsigned b = 0; b < 256; b++) {
        uint32_t u = child_of(t, 0, a->cls[b]);
        if (copy && b >= 'a' && b <= 'z')
            a->root_byte[b] = u != NONE && copy[u] != NONE ? copy[u] : a->rword;
        else
            a->root_byte[b] = u != NONE ? u : a->kind[a->cls[b]] == K_WORD ? a->rword : 0;
    }
}

ac *ac_build_cased(const char *const *keys, const size_t *lens, const uint8_t *capital_first, size_t n)
{
    ac *a = xcalloc(1, sizeof *a);
    make_classes(a, keys, lens, n);
    a->npat = n;
    a->plen = xmalloc((n ? n : 1) * sizeof *a->plen);
    uint32_t *order = xmalloc((n ? n : 1) * sizeof *order);
    size_t m = 0, ncap = 0;
    for (size_t i = 0; i < n; i++) {
        a->plen[i] = (uint32_t)lens[i];
        if (lens[i] > 0)
            order[m++] = (uint32_t)i;
        ncap += capital_first && capital_first[i];
    }
    if (ncap == 0)
        capital_first = NULL; /* no lower-case entry needed */
    sorter s = {keys, lens, a->cls};
    mkqs(&s, order, m, 0);

    trie t = {0};
    build_trie(&t, &s, capital_first, order, m);
    free(order);

    /* state ids: trie [0, nu), RWORD, then the lower-case copies */
    size_t nu = t.n;
    a->rword = (uint32_t)nu;
    trie_add(&t, 0, false);
    uint32_t *copy = capital_first ? add_lower_copies(&t, capital_first, nu) : NULL;
    a->nstates = (uint32_t)t.n;
    a->st = xcalloc(a->nstates, sizeof *a->st);
    a->out = t.out;
    a->label = t.lab;
    a->dict = xmalloc(a->nstates * sizeof *a->dict);
    a->dict[0] = a->dict[a->rword] = NONE;
    build_links(a, &t, nu);
    if (copy)
        for (uint32_t u = 1; u < nu; u++)
            if (copy[u] != NONE) {
                a->st[copy[u]].fail = a->st[u].fail; /* same string, same suffixes */
                a->dict[copy[u]] = a->dict[u];
            }
    build_dense(a, &t);
    build_root_bytes(a, &t, copy);
    free(copy);
    free(t.first);
    free(t.nk);
    free(t.nonword_end);
    free(t.lc);
    return a;
}

ac *ac_build(const char *const *keys, const size_t *lens, size_t n)
{
    return ac_build_cased(keys, lens, NULL, n);
}

void ac_free(ac *a)
{
    if (!a)
        return;
    free(a->st);
    free(a->label);
    free(a->dense);
    free(a->out);
    free(a->dict);
    free(a->plen);
    free(a);
}

size_t ac_memory(const ac *a)
{
    return sizeof *a +
           a->nstates * (sizeof *a->st + sizeof *a->label + sizeof *a->out + sizeof *a->dict) +
           a->ndense * sizeof *a->dense + a->npat * sizeof *a->plen;
}

/* ---- scanning ---- */

static bool word_before(const ac *a, const char *text, size_t pos)
{
    if (pos == 0)
        return false;
    unsigned b = (unsigned char)text[pos - 1];
    return b < 0x80 ? a->wordbyte[b] : norm_word_before(text, pos);
}

static bool word_at(const ac *a, const char *text, size_t len, size_t pos)
{
    if (pos >= len)
        return false;
    unsigned b = (unsigned char)text[pos];
    return b < 0x80 ? a->wordbyte[b] : norm_word_at(text, len, pos);
}

/* Appends the patterns that end at `end` in state s, longest first. */
static void report(const ac *a, uint32_t s, const char *text, size_t len, size_t end, ac_hits *out)
{
    if (word_at(a, text, len, end))
        return;
    for (uint32_t t = a->out[s] != NONE ? s : a->dict[s]; t != NONE; t = a->dict[t]) {
        uint32_t p = a->out[t];
        size_t start = end - a->plen[p];
        if (word_before(a, text, start))
            continue;
        XGROW(out->v, out->cap, out->n + 1);
        out->v[out->n++] = (ac_hit){(uint32_t)start, (uint32_t)end, p};
    }
}

void ac_scan(const ac *a, const char *text, size_t len, ac_hits *out)
{
    out->n = 0;
    const unsigned char *t = (const unsigned char *)text;
    const ac_state *st = a->st;
    const uint8_t *cls = a->cls;
    uint32_t s = 0, rword = a->rword;
    for (size_t i = 0; i < len; i++) {
        if (s == rword) {
            /* inside a word that starts no key: skip to its end */
            while (i < len && a->wordbyte[t[i]])
                i++;
            if (i == len)
                break;
        }
        unsigned b = t[i];
        uint32_t c = cls[b];
        for (;;) {
            const ac_state *x = &st[s];
            if (x->flags & F_DENSE) {
                s = a->dense[x->base + c];
                break;
            }
            const uint8_t *lb = a->label + x->base;
            uint32_t j = 0, nk = x->nk;
            while (j < nk && lb[j] < c)
                j++;
            if (j < nk && lb[j] == c) {
                s = x->base + j;
                break;
            }
            s = x->fail;
        }
        if (s == 0)
            s = a->root_byte[b];
        if (st[s].flags & F_OUT)
            report(a, s, text, len, i + 1, out);
    }
}
