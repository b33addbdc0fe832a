/* ac_build.c - constructing the automaton of ac.h (layout in ac_int.h).
 *
 * Keys are sorted by class sequence (multikey quicksort) and the trie is
 * built one level at a time, which numbers nodes in BFS order with each
 * node's children contiguous and sorted, in flat arrays (no per-node malloc).
 * Failure links follow in that order. They only lead to suffixes that may
 * start a match (the key bytes before them end a word), which keeps the scan
 * out of the trie inside words. Keys that may start in lower case also get a
 * cut-down copy of their paths for lower-case word starts, and a gate in
 * front of it (ac_int.h). Last, the states
 * are renumbered so that blocks of children sit in depth-first order. */
#include <assert.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "ac_int.h"
#include "norm.h"
#include "util.h"

#define TOP_LEVELS 3 /* levels laid out breadth-first, ahead of the rest */
_Static_assert(TOP_LEVELS >= 1, "the root's children must be top states");

/* Fixed classes; key bytes get C_FIRST_KEY.. in byte order. */
enum { C_OTHER, C_OTHER_WORD, C_OTHER_HIGH, C_SEP, C_FIRST_KEY };

static bool is_ascii_word(unsigned b)
{
    return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
}

static unsigned fold_byte(unsigned b) { return b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b; }

static bool is_sep(unsigned b) { return b == ' ' || b == '\n' || b == '-'; }

static void make_classes(ac *a, const char *const *keys, const size_t *lens, size_t n)
{
    bool used[256] = {false};
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < lens[i]; j++)
            used[fold_byte((unsigned char)keys[i][j])] = true;
    a->kind[C_OTHER] = AC_K_NONWORD;
    a->kind[C_OTHER_WORD] = AC_K_WORD;
    a->kind[C_OTHER_HIGH] = AC_K_UNKNOWN;
    a->kind[C_SEP] = AC_K_NONWORD;
    uint32_t next = C_FIRST_KEY;
    for (unsigned b = 0; b < 256; b++) {
        a->wordbyte[b] = is_ascii_word(b);
        if (is_sep(b))
            a->cls[b] = C_SEP;
        else if (fold_byte(b) != b)
            continue; /* a capital: takes its lower case's class below */
        else if (used[b]) {
            a->cls[b] = (uint8_t)next;
            a->kind[next++] = b >= 0x80 ? AC_K_UNKNOWN : is_ascii_word(b) ? AC_K_WORD : AC_K_NONWORD;
        } else
            a->cls[b] = b >= 0x80 ? C_OTHER_HIGH : is_ascii_word(b) ? C_OTHER_WORD : C_OTHER;
    }
    for (unsigned b = 'A'; b <= 'Z'; b++)
        a->cls[b] = a->cls[fold_byte(b)];
    a->nclasses = next;
    assert(next <= AC_NO_CLASS); /* at most 4 + 256 - 26: AC_NO_CLASS is none */
}

/* ---- sorting keys by class sequence ---- */

/* Keys as class sequences in one buffer: key k is sk[off[k], off[k + 1]). */
typedef struct {
    const uint8_t *sk;
    const size_t *off;
} sorter;

/* Class of key k at depth d, or -1 past its end. */
static int ch(const sorter *s, uint32_t k, size_t d)
{
    return d < s->off[k + 1] - s->off[k] ? s->sk[s->off[k] + d] : -1;
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
        /* [0,lt) < piv, [lt,i) == piv, [gt,n) > piv */
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

/* ---- the trie, in BFS order ---- */

typedef struct {
    uint32_t *first; /* first child */
    uint8_t *nk, *lab, *nonword_end;
    uint8_t *lc;     /* on the path of a key that may start in lower case */
    uint8_t *end_lc; /* the end of such a key */
    uint32_t *out;
    size_t n, cap;
} trie;

static uint32_t trie_add(trie *t, uint8_t lab, bool nonword_end)
{
    if (t->n + 1 >= AC_NONE)
        eg_exit(1); /* more than 4G states: cannot happen for text keys */
    if (t->n == t->cap) {
        t->cap = t->cap ? t->cap * 2 : 256;
        t->first = xrealloc(t->first, t->cap * sizeof *t->first);
        t->nk = xrealloc(t->nk, t->cap);
        t->lab = xrealloc(t->lab, t->cap);
        t->nonword_end = xrealloc(t->nonword_end, t->cap);
        t->lc = xrealloc(t->lc, t->cap);
        t->end_lc = xrealloc(t->end_lc, t->cap);
        t->out = xrealloc(t->out, t->cap * sizeof *t->out);
    }
    uint32_t id = (uint32_t)t->n++;
    t->first[id] = 0;
    t->nk[id] = 0;
    t->lab[id] = lab;
    t->nonword_end[id] = nonword_end;
    t->lc[id] = t->end_lc[id] = 0;
    t->out[id] = AC_NONE;
    return id;
}

static void trie_free(trie *t)
{
    free(t->first);
    free(t->nk);
    free(t->lab);
    free(t->nonword_end);
    free(t->lc);
    free(t->end_lc);
    free(t->out);
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

/* At depth d the keys still active are in sorted order, so equal (parent,
 * class) pairs are adjacent and new nodes come out in BFS order. The keys are
 * first copied in sorted order, so each level reads memory forwards. Sets
 * a->canon[k] to the lowest index of a key equal to key k. */
static void build_trie(trie *t, ac *a, const char *const *keys, const sorter *s, const uint8_t *capfirst,
                       const uint32_t *order, size_t n, size_t *top_end)
{
    uint8_t *sk = xmalloc(s->off[a->npat] + 1);
    size_t *off = xmalloc((n + 1) * sizeof *off); /* sorted key q: sk[off[q], off[q + 1]) */
    uint8_t *lc = xmalloc(n ? n : 1);
    uint32_t *act = xmalloc((n ? n : 1) * sizeof *act), *node = xcalloc(n ? n : 1, sizeof *node);
    size_t o = 0;
    for (size_t q = 0; q < n; q++) {
        uint32_t k = order[q];
        size_t len = s->off[k + 1] - s->off[k];
        off[q] = o;
        memcpy(sk + o, s->sk + s->off[k], len);
        o += len;
        lc[q] = !capfirst || !capfirst[k];
        act[q] = (uint32_t)q;
    }
    off[n] = o;
    trie_add(t, 0, true);
    *top_end = 1;
    for (size_t d = 0; n > 0; d++) {
        size_t w = 0;
        uint32_t prev_parent = AC_NONE, cur = AC_NONE;
        int prev_c = -1;
        for (size_t i = 0; i < n; i++) {
            uint32_t q = act[i], p = node[i], k = order[q];
            size_t len = off[q + 1] - off[q];
            if (len == d) {
                if (t->out[p] == AC_NONE || k < t->out[p])
                    t->out[p] = k;
                t->end_lc[p] |= lc[q];
                a->canon[k] = p; /* the node for now; the index below */
                continue;
            }
            uint8_t c = sk[off[q] + d];
            if (p != prev_parent || c != prev_c) {
                bool nonword_end = a->kind[c] == AC_K_UNKNOWN ? may_start_after(keys[k], len, d + 1)
                                                                : a->kind[c] == AC_K_NONWORD;
                cur = trie_add(t, c, nonword_end);
                if (p != prev_parent)
                    t->first[p] = cur;
                if (++t->nk[p] == 0)
                    eg_exit(1); /* > 255 children: impossible, classes are fewer */
                if (d < TOP_LEVELS)
                    *top_end = cur + 1; /* BFS order: ends the top levels */
                prev_parent = p;
                prev_c = c;
            }
            t->lc[cur] |= lc[q];
            act[w] = q;
            node[w++] = cur;
        }
        n = w;
    }
    for (size_t k = 0; k < a->npat; k++)
        a->canon[k] = s->off[k + 1] > s->off[k] ? t->out[a->canon[k]] : (uint32_t)k;
    free(sk);
    free(off);
    free(lc);
    free(act);
    free(node);
}

static uint32_t child_of(const trie *t, uint32_t x, uint8_t c)
{
    uint32_t lo = t->first[x], end = lo + t->nk[x], hi = end;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (t->lab[mid] < c)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < end && t->lab[lo] == c ? lo : AC_NONE;
}

/* Appends the lower-case entry: a copy of the trie below the root cut down
 * to the keys that may start in lower case (still BFS order, children still
 * contiguous). Returns the map from a trie node to its copy, or AC_NONE. */
static uint32_t *add_lower_copies(trie *t, size_t nu)
{
    uint32_t *copy = xmalloc(nu * sizeof *copy);
    copy[0] = AC_NONE;
    for (uint32_t u = 1; u < nu; u++)
        copy[u] = t->lc[u] ? trie_add(t, t->lab[u], t->nonword_end[u]) : AC_NONE;
    for (uint32_t u = 1; u < nu; u++) {
        uint32_t l = copy[u];
        if (l == AC_NONE)
            continue;
        for (uint32_t v = t->first[u]; v < t->first[u] + t->nk[u]; v++)
            if (copy[v] != AC_NONE && t->nk[l]++ == 0)
                t->first[l] = copy[v];
        if (t->end_lc[u])
            t->out[l] = t->out[u];
    }
    return copy;
}

/* ---- links, transitions, layout ---- */

typedef struct {
    trie t;
    size_t nu;       /* trie nodes [0, nu); nu itself is RWORD; copies follow */
    size_t top_end;  /* trie nodes [0, top_end) are the top levels */
    uint32_t *copy;  /* NULL when no key needs a capital */
    uint32_t *fail, *dict;
    uint32_t *pos;   /* BFS id -> final id */
} builder;

static void build_links(builder *b)
{
    const trie *t = &b->t;
    uint32_t rw = (uint32_t)b->nu;
    b->fail = xmalloc(t->n * sizeof *b->fail);
    b->dict = xmalloc(t->n * sizeof *b->dict);
    b->fail[0] = 0;
    b->fail[rw] = rw;
    b->dict[0] = b->dict[rw] = AC_NONE;
    for (uint32_t u = 0; u < b->nu; u++) {
        for (uint32_t v = t->first[u]; v < t->first[u] + t->nk[u]; v++) {
            uint32_t f = t->nonword_end[v] ? 0 : rw;
            /* proper suffixes of u that may start a match, longest first */
            for (uint32_t x = u ? b->fail[u] : rw; x != rw;) {
                uint32_t y = child_of(t, x, t->lab[v]);
                if (y != AC_NONE) {
                    f = y;
                    break;
                }
                if (x == 0)
                    break;
                x = b->fail[x];
            }
            b->fail[v] = f;
            b->dict[v] = t->out[f] != AC_NONE ? f : b->dict[f];
        }
    }
    if (b->copy)
        for (uint32_t u = 1; u < b->nu; u++)
            if (b->copy[u] != AC_NONE) {
                b->fail[b->copy[u]] = b->fail[u]; /* same string, same suffixes */
                b->dict[b->copy[u]] = b->dict[u];
            }
}

/* Complete transition from BFS state x on class c; 0: over to the root. */
static uint32_t delta(const builder *b, const ac *a, uint32_t x, uint8_t c)
{
    for (;;) {
        if (x == 0)
            return 0;
        if (x == b->nu)
            return a->kind[c] == AC_K_WORD ? (uint32_t)b->nu : 0;
        uint32_t y = child_of(&b->t, x, c);
        if (y != AC_NONE)
            return y;
        x = b->fail[x];
    }
}

/* Final ids: ROOT, RWORD, the top levels of the trie and then of the
 * lower-case copies in BFS order, then the blocks of children below them in
 * depth-first order. */
static void layout(builder *b)
{
    const trie *t = &b->t;
    uint32_t *pos = b->pos = xmalloc(t->n * sizeof *pos);
    uint32_t *stack = xmalloc(t->n * sizeof *stack);
    bool *top = xcalloc(t->n, sizeof *top);
    uint32_t next = 0;
    pos[0] = next++;
    pos[b->nu] = next++;
    for (uint32_t u = 1; u < b->top_end; u++) {
        top[u] = true;
        pos[u] = next++;
    }
    for (uint32_t u = 1; b->copy && u < b->top_end; u++)
        if (b->copy[u] != AC_NONE) {
            top[b->copy[u]] = true;
            pos[b->copy[u]] = next++;
        }
    for (uint32_t r = 0; r < t->n; r++) {
        if (!top[r] || (t->nk[r] && top[t->first[r]]))
            continue; /* not a top state, or its children are top states */
        size_t sp = 0;
        stack[sp++] = r;
        while (sp > 0) {
            uint32_t u = stack[--sp], f = t->first[u], n = t->nk[u];
            for (uint32_t v = f; v < f + n; v++)
                pos[v] = next++;
            for (uint32_t v = f + n; v-- > f;)
                stack[sp++] = v;
        }
    }
    free(top);
    free(stack);
}

static bool is_dense(const builder *b, uint32_t s)
{
    return s == 0 || s == b->nu || b->t.nk[s] > AC_INLINE;
}

static void assemble(ac *a, const builder *b)
{
    const trie *t = &b->t;
    const uint32_t *pos = b->pos;
    size_t n = a->nstates = (uint32_t)t->n, rows = 0;
    for (uint32_t s = 0; s < n; s++)
        rows += is_dense(b, s);
    a->ndense = rows * a->nclasses;
    a->dense = xmalloc(a->ndense * sizeof *a->dense);
    a->st = xcalloc(n, sizeof *a->st);
    a->out = xmalloc(n * sizeof *a->out);
    size_t r = 0;
    for (uint32_t s = 0; s < n; s++) {
        uint32_t id = pos[s];
        ac_state *x = &a->st[id];
        a->out[id].pat = t->out[s];
        a->out[id].next = b->dict[s] == AC_NONE ? AC_NONE : pos[b->dict[s]];
        x->fail = pos[b->fail[s]];
        x->flags = t->out[s] != AC_NONE || b->dict[s] != AC_NONE ? AC_F_OUT : 0;
        x->flags |= b->dict[s] != AC_NONE ? AC_F_NEXT : 0;
        if (t->out[s] != AC_NONE && a->plen[t->out[s]] <= UINT8_MAX && (is_dense(b, s) || t->nk[s] <= 1)) {
            x->flags |= AC_F_INL;
            memcpy(x->lab + 1, &t->out[s], sizeof t->out[s]);
            x->lab[5] = (uint8_t)a->plen[t->out[s]];
        }
        if (is_dense(b, s)) {
            x->flags |= AC_F_DENSE;
            x->lab[0] = AC_NO_CLASS; /* step() looks at it first */
            x->base = (uint32_t)(r++ * a->nclasses);
            for (uint32_t c = 0; c < a->nclasses; c++)
                a->dense[x->base + c] = pos[delta(b, a, s, (uint8_t)c)];
        } else {
            x->nk = t->nk[s];
            x->base = x->nk ? pos[t->first[s]] : 0;
            x->lab[0] = AC_NO_CLASS;
            memcpy(x->lab, t->lab + t->first[s], x->nk); /* nk <= 1 with AC_F_INL */
        }
    }
    for (unsigned c = 0; c < 256; c++) {
        uint32_t u = child_of(t, 0, a->cls[c]);
        uint32_t to = u != AC_NONE ? u : a->kind[a->cls[c]] == AC_K_WORD ? (uint32_t)b->nu : 0;
        if (b->copy && c >= 'a' && c <= 'z')
            to = u != AC_NONE && b->copy[u] != AC_NONE ? b->copy[u] : (uint32_t)b->nu;
        a->root_byte[c] = pos[to];
    }
    for (unsigned c = 'a'; c <= 'z'; c++)
        assert((a->root_byte[c] == AC_RWORD) == (a->lc_len[c - 'a'] == 0)); /* the gate covers RWORD */
}

/* Lets words with the key's first run through the gates (ac_int.h): words
 * that start in lower case only if lower is set. */
static void gate_add(ac *a, const unsigned char *key, size_t len, bool lower)
{
    if (!a->wordbyte[key[0]])
        return; /* the root's byte alone decides */
    size_t r = 1;
    while (r < len && a->wordbyte[key[r]])
        r++;
    unsigned char head[8] = {0}; /* ac_cap_hash reads eight bytes */
    memcpy(head, key, r < 8 ? r : 8);
    uint32_t h = ac_cap_hash(r < 8 ? head : key, r, a->cap_bits);
    a->cap_gate[h / 64] |= 1ull << (h % 64);
    if (!lower || key[0] <= '9')
        return; /* not entered from a lower-case letter */
    h = ac_cap_hash(r < 8 ? head : key, r, AC_GATE_LOG2);
    a->lc_gate[h / 64] |= 1ull << (h % 64);
    a->lc_len[(key[0] | 0x20) - 'a'] |= 1u << (r < 31 ? r : 31);
}

ac *ac_build_cased(const char *const *keys, const size_t *lens, const uint8_t *capital_first, size_t n)
{
    ac *a = xcalloc(1, sizeof *a);
    make_classes(a, keys, lens, n);
    a->npat = n;
    a->plen = xmalloc((n ? n : 1) * sizeof *a->plen);
    a->canon = xmalloc((n ? n : 1) * sizeof *a->canon);
    uint32_t *order = xmalloc((n ? n : 1) * sizeof *order);
    size_t *off = xmalloc((n + 1) * sizeof *off);
    size_t m = 0, ncap = 0, total = 0;
    for (size_t i = 0; i < n; i++) {
        a->plen[i] = (uint32_t)lens[i];
        if (lens[i] > 0)
            order[m++] = (uint32_t)i;
        ncap += capital_first && capital_first[i];
        off[i] = total;
        total += lens[i];
    }
    off[n] = total;
    if (ncap == 0)
        capital_first = NULL; /* no lower-case entry needed */
    a->cap_bits = 16; /* four bits per key, up to 512 KiB */
    while (a->cap_bits < 22 && (1ull << a->cap_bits) < 4 * (uint64_t)n)
        a->cap_bits++;
    a->cap_gate = xcalloc((1ull << a->cap_bits) / 64, sizeof *a->cap_gate);
    for (size_t i = 0; i < n; i++)
        if (lens[i] > 0)
            gate_add(a, (const unsigned char *)keys[i], lens[i], !(capital_first && capital_first[i]));
    uint8_t *sk = xmalloc(total ? total : 1);
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < lens[i]; j++)
            sk[off[i] + j] = a->cls[(unsigned char)keys[i][j]];
    sorter s = {sk, off};
    mkqs(&s, order, m, 0);

    builder b = {0};
    build_trie(&b.t, a, keys, &s, capital_first, order, m, &b.top_end);
    free(order);
    free(sk);
    free(off);
    b.nu = b.t.n;
    trie_add(&b.t, 0, false); /* RWORD */
    if (capital_first)
        b.copy = add_lower_copies(&b.t, b.nu);
    build_links(&b);
    layout(&b);
    assemble(a, &b);
    trie_free(&b.t);
    free(b.copy);
    free(b.fail);
    free(b.dict);
    free(b.pos);
    return a;
}

ac *ac_build(const char *const *keys, const size_t *lens, size_t n)
{
    return ac_build_cased(keys, lens, NULL, n);
}
