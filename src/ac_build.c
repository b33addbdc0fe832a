/* ac_build.c - constructing the automaton of ac.h (layout in ac_int.h).
 *
 * Keys are sorted by class sequence (radix sort on eight classes at a time)
 * and the trie is numbered from the sorted keys' common prefixes, in BFS
 * order with each node's children contiguous and sorted, in flat arrays (no
 * per-node malloc). Failure links follow in that order. They only lead to
 * suffixes that may start a match (the key bytes before them end a word),
 * which keeps the scan out of the trie inside words. Keys that may start in
 * lower case also get a cut-down copy of their paths for lower-case word
 * starts, and a gate in front of it (ac_int.h). Last, the states are
 * renumbered so that blocks of children sit in depth-first order, and the
 * records are written in that order. The failure links and the renumbering
 * do not depend on each other and run on two threads, and so do the halves
 * of the writing: start-up waits for the build. */
#include <assert.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "ac_int.h"
#include "norm.h"
#include "util.h"

#define TOP_LEVELS 3 /* levels laid out breadth-first, ahead of the rest */
#define RUN_DIGIT 0x80 /* in builder.run_len */
_Static_assert(TOP_LEVELS >= 1, "the root's children must be top states");

/* Arrays that live and die together share one block from xbig_scratch
 * (util.h): each array of its own would get a mapping of its own, in whole
 * 2 MiB units. carve_size sums the sizes, each rounded to a cache line; carve
 * then hands out the arrays in the same order. */
static size_t carve_size(const size_t *sizes, size_t k)
{
    size_t sum = 0;
    for (size_t i = 0; i < k; i++)
        sum += (sizes[i] + 63) & ~(size_t)63;
    return sum;
}

/* The 2 MiB units a block of this size from xbig_scratch takes: none from
 * the heap (below XBIG_SCRATCH_MIN), else whole units for it and its
 * header (XBIG_UNIT: what one unit holds). */
static size_t block_units(size_t size)
{
    const size_t unit = (size_t)2 << 20, head = unit - XBIG_UNIT;
    return size < XBIG_SCRATCH_MIN ? 0 : (size + head + unit - 1) / unit;
}

static void *carve(char **at, size_t size)
{
    void *p = *at;
    *at += (size + 63) & ~(size_t)63;
    return p;
}

/* Fixed classes; key bytes get C_FIRST_KEY.. in byte order. */
enum { C_OTHER, C_OTHER_WORD, C_OTHER_HIGH, C_SEP, C_FIRST_KEY };

static bool is_ascii_word(unsigned b)
{
    return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
}

static unsigned fold_byte(unsigned b) { return b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b; }

static bool is_sep(unsigned b) { return b == ' ' || b == '\n' || b == '-'; }

/* Sets used[b] for every byte b of k[0, len): eight bytes read before
 * their eight stores (which could alias k), so no byte is read twice. */
static void mark_used(bool *used, const unsigned char *k, size_t len)
{
    size_t j = 0;
    for (; j + 8 <= len; j += 8) {
        unsigned b0 = k[j], b1 = k[j + 1], b2 = k[j + 2], b3 = k[j + 3];
        unsigned b4 = k[j + 4], b5 = k[j + 5], b6 = k[j + 6], b7 = k[j + 7];
        used[b0] = used[b1] = used[b2] = used[b3] = true;
        used[b4] = used[b5] = used[b6] = used[b7] = true;
    }
    for (; j < len; j++)
        used[k[j]] = true;
}

/* to[0, len) = the classes of key[0, len), eight at a time as mark_used. */
static void to_classes(uint8_t *to, const unsigned char *key, size_t len, const uint8_t *cls)
{
    size_t j = 0;
    for (; j + 8 <= len; j += 8) {
        uint8_t c[8];
        for (unsigned i = 0; i < 8; i++)
            c[i] = cls[key[j + i]];
        memcpy(to + j, c, sizeof c);
    }
    for (; j < len; j++)
        to[j] = cls[key[j]];
}

static void make_classes(ac *a, const char *const *keys, const size_t *lens, size_t n)
{
    bool used[256] = {false};
    for (size_t i = 0; i < n; i++)
        mark_used(used, (const unsigned char *)keys[i], lens[i]);
    for (unsigned b = 'A'; b <= 'Z'; b++)
        used[fold_byte(b)] |= used[b];
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

/* A key being sorted: eight of its classes from the current depth on, each
 * plus one (0 past its end), packed so that comparing pfx compares them in
 * order and a key sorts before its extensions. */
typedef struct {
    uint64_t pfx;
    uint32_t k, len;
} skey;

static uint64_t pack8(const uint8_t *c, size_t len, size_t d)
{
    if (len <= d)
        return 0;
    size_t e = len - d < 8 ? len : d + 8;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    /* one load (c is readable eight bytes past its end, maybe not yet
     * written: masked before the sum); classes are below 0xFF, so adding
     * one to each byte carries into none */
    uint64_t x, keep = ~0ull << 8 * (d + 8 - e);
    memcpy(&x, c + d, sizeof x);
    return (__builtin_bswap64(x) & keep) + (0x0101010101010101ull & keep);
#else
    uint64_t x = 0;
    for (size_t j = d; j < e; j++)
        x = x << 8 | ((uint64_t)c[j] + 1);
    return x << 8 * (d + 8 - e); /* e > d: shifts by 56 at most */
#endif
}

/* Keys v[lo, lo + n) agree on their classes before depth d plus byte b of pfx. */
typedef struct {
    size_t lo, n, d;
    unsigned b;
} sort_task;

#define SORT_SMALL 48 /* fewer keys: insertion sort on pfx */

/* Every key of v[0, n) that goes on past depth d + 8 gets its next eight
 * classes; the group is then sorted on them. */
static void sort_deeper(sort_task **st, size_t *ns, size_t *cap, skey *v, size_t lo, size_t n, size_t d,
                        const uint8_t *sk, const size_t *off)
{
    for (size_t i = lo; i < lo + n; i++) {
        if (i + 16 < lo + n) /* the keys lie anywhere: fetch ahead */
            __builtin_prefetch(&off[v[i + 16].k]);
        if (i + 8 < lo + n)
            __builtin_prefetch(sk + off[v[i + 8].k] + d + 8);
        v[i].pfx = pack8(sk + off[v[i].k], v[i].len, d + 8);
    }
    XGROW(*st, *cap, *ns + 1);
    (*st)[(*ns)++] = (sort_task){lo, n, d + 8, 0};
}

/* MSD radix sort on pfx, a byte at a time, with an explicit stack (the
 * depth of a shared prefix is unbounded). Keys equal to the end come out in
 * no particular order; the trie does not depend on it. */
static void sort_keys(skey *v, skey *tmp, size_t n, const uint8_t *sk, const size_t *off)
{
    sort_task *st = NULL;
    size_t ns = 0, cap = 0;
    XGROW(st, cap, 1);
    st[ns++] = (sort_task){0, n, 0, 0};
    while (ns > 0) {
        sort_task t = st[--ns];
        skey *w = v + t.lo;
        if (t.n < SORT_SMALL) {
            for (size_t i = 1; i < t.n; i++) {
                skey x = w[i];
                size_t j = i;
                for (; j > 0 && w[j - 1].pfx > x.pfx; j--)
                    w[j] = w[j - 1];
                w[j] = x;
            }
            for (size_t i = 0, j; i < t.n; i = j) {
                for (j = i + 1; j < t.n && w[j].pfx == w[i].pfx; j++)
                    ;
                if (j - i > 1 && (w[i].pfx & 0xFF) != 0)
                    sort_deeper(&st, &ns, &cap, v, t.lo + i, j - i, t.d, sk, off);
            }
            continue;
        }
        unsigned sh = 56 - 8 * t.b;
        size_t cnt[256] = {0};
        for (size_t i = 0; i < t.n; i++)
            cnt[(w[i].pfx >> sh) & 0xFF]++;
        unsigned one = (w[0].pfx >> sh) & 0xFF;
        if (cnt[one] == t.n && one != 0) { /* all share the byte (a common prefix): on to the next */
            if (t.b < 7) {
                XGROW(st, cap, ns + 1);
                st[ns++] = (sort_task){t.lo, t.n, t.d, t.b + 1};
            } else
                sort_deeper(&st, &ns, &cap, v, t.lo, t.n, t.d, sk, off);
            continue;
        }
        size_t at[256], sum = 0;
        for (unsigned c = 0; c < 256; c++) {
            at[c] = sum;
            sum += cnt[c];
        }
        for (size_t i = 0; i < t.n; i++)
            tmp[at[(w[i].pfx >> sh) & 0xFF]++] = w[i];
        memcpy(w, tmp, t.n * sizeof *w);
        /* bucket 0: keys that ended, all equal */
        size_t from = cnt[0];
        for (unsigned c = 1; c < 256; from += cnt[c], c++) {
            if (cnt[c] < 2)
                continue;
            if (t.b < 7) {
                XGROW(st, cap, ns + 1);
                st[ns++] = (sort_task){t.lo + from, cnt[c], t.d, t.b + 1};
            } else
                sort_deeper(&st, &ns, &cap, v, t.lo + from, cnt[c], t.d, sk, off);
        }
    }
    free(st);
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

/* Room for n nodes in all: the seven arrays in one block (first at its
 * start), and the per-state arrays of n entries each that *per_state[0,
 * k) are set to (the builder's links and layout) in a second: two blocks
 * in all, not one per array. Not one block for all: from 8 MiB on (the bench's
 * gazetteer: 12) it would find no kept mapping as long (start-up's
 * prefault keeps 8 MiB ones) and the build thread would fault in fresh
 * pages itself, on the start-up's critical path. Not zeroed (a block from
 * a kept mapping would be memset whole): every node's fields are written
 * as it is added, and lab's eight bytes past its end here; the per-state
 * arrays are written whole before they are read. Made once, for all the
 * nodes trie_add adds. */
static void trie_alloc(trie *t, size_t n, uint32_t **const *per_state, size_t k)
{
    /* lab: eight bytes more, so that a block of children's labels can be
     * read eight at a time (assemble_range) */
    size_t sizes[] = {n * sizeof *t->first, n * sizeof *t->out, n, n + 8, n, n, n};
    size_t per = (n * sizeof(uint32_t) + 63) & ~(size_t)63; /* as carve rounds */
    char *at = xbig_scratch_raw(carve_size(sizes, sizeof sizes / sizeof *sizes));
    t->first = carve(&at, sizes[0]);
    t->out = carve(&at, sizes[1]);
    t->nk = carve(&at, n);
    t->lab = carve(&at, sizes[3]);
    memset(t->lab + n, 0, 8);
    t->nonword_end = carve(&at, n);
    t->lc = carve(&at, n);
    t->end_lc = carve(&at, n);
    at = xbig_scratch_raw(k * per);
    for (size_t i = 0; i < k; i++)
        *per_state[i] = carve(&at, n * sizeof(uint32_t));
    t->cap = n;
}

static uint32_t trie_add(trie *t, uint8_t lab, bool nonword_end)
{
    assert(t->n < t->cap); /* trie_alloc made room for all */
    uint32_t id = (uint32_t)t->n++;
    t->first[id] = 0;
    t->nk[id] = 0;
    t->lab[id] = lab;
    t->nonword_end[id] = nonword_end;
    t->lc[id] = t->end_lc[id] = 0;
    t->out[id] = AC_NONE;
    return id;
}

static void trie_free(trie *t, uint32_t *per_state)
{
    xbig_free(t->first);
    xbig_free(per_state); /* the first of trie_alloc's per-state arrays: its block */
}

typedef struct {
    trie t;
    size_t nu;        /* trie nodes [0, nu); nu itself is RWORD; copies follow */
    size_t top_end;   /* trie nodes [0, top_end) are the top levels */
    size_t maxlen;
    size_t *level;                       /* level[d]: the first trie node of depth d or more (d <= maxlen + 1) */
    bool lower;                          /* some key needs a capital: a lower-case letter may not start them all */
    /* The trie nodes [1, nu) with a lower-case copy (those with lc set), in
     * order: the copy of corig[i] is state nu + 1 + i. None (ncopy 0) when
     * no key needs a capital or none may start in lower case. */
    uint32_t *corig;
    size_t ncopy;
    size_t *clevel;                      /* the same for the copies */
    size_t copy_top_end;                 /* and the bound above */
    uint32_t *fail, *dict;
    uint32_t root_kid[256]; /* class -> child of the root, or AC_NONE */
    uint32_t root_to[256];  /* byte -> the root's next state (root_targets) */
    uint32_t *pos;          /* BFS id -> final id; till layout, the preorder below */
    size_t npre;            /* build_trie's: the trie nodes of depth TOP_LEVELS or more in
                               preorder (the keys' sorted order), pos[0, npre) */
    uint32_t *inv;          /* final id -> BFS id */
    uint32_t *dense;        /* the dense states (is_dense) in BFS order: few (not a block of n) */
    size_t ndense;
    /* per key in sorted order, for the run table: its first run's slot word
     * (ac_run_word), length (up to AC_RUN_LONG; 0: not a letter or digit
     * first) | RUN_DIGIT for a digit first, and the trie node of its first
     * eight bytes or fewer */
    uint64_t *run_word;
    uint8_t *run_len;
    uint32_t *run_node;
    size_t nruns; /* keys with a run entry: run_word[0, nruns) */
    uint32_t *lcp; /* build_trie's: per key in sorted order, its common prefix with the one before */
    uint8_t *lk;   /* and whether it may start in lower case */
    uint8_t *suf;  /* the classes past each common prefix */
    ac *a;        /* being built */
} builder;

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

/* Length of the common prefix of x[0, n) and y[0, n); both readable to a
 * multiple of eight bytes past n. */
static size_t common_prefix(const uint8_t *x, const uint8_t *y, size_t n)
{
    size_t i = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    for (; i + 8 <= n; i += 8) {
        uint64_t p, q;
        memcpy(&p, x + i, 8);
        memcpy(&q, y + i, 8);
        if (p != q)
            return i + (size_t)__builtin_ctzll(p ^ q) / 8;
    }
#endif
    while (i < n && x[i] == y[i])
        i++;
    return i;
}

/* The trie from the sorted keys v[0, n). Each key adds the nodes past its
 * common prefix with the key before it. In sorted order the nodes of one
 * depth come left to right, the order BFS numbers them in with each node's
 * children contiguous and sorted; so a first pass counts the nodes of each
 * depth and the second numbers them with a cursor per depth. Sets
 * a->canon[k] to the lowest index of a key equal to key k. sk is readable
 * to eight bytes past its end. */
static void build_trie(builder *b, ac *a, const char *const *keys, const uint8_t *sk, const size_t *off,
                       const uint8_t *capfirst, const skey *v, size_t n)
{
    trie *t = &b->t;
    size_t maxlen = 0, nodes = 1, lc_nodes = 0, shared = 0;
    for (size_t q = 0; q < n; q++)
        maxlen = v[q].len > maxlen ? v[q].len : maxlen;
    uint32_t *lcp = b->lcp;
    uint8_t *lk = b->lk, *suf = b->suf;
    size_t *next = xcalloc(maxlen + 2, sizeof *next); /* nodes per depth, then the cursors */
    uint8_t byte_of[256] = {0};                       /* a letter's or digit's class -> its (folded) byte */
    for (unsigned c = 0; c < 256; c++)
        if (a->wordbyte[c])
            byte_of[a->cls[c]] = (uint8_t)fold_byte(c);
    for (size_t q = 0; q < n; q++) {
        if (q + 16 < n) /* the keys lie anywhere: fetch ahead */
            __builtin_prefetch(&off[v[q + 16].k]);
        if (q + 8 < n) {
            __builtin_prefetch(sk + off[v[q + 8].k]);
            if (capfirst)
                __builtin_prefetch(capfirst + v[q + 8].k);
        }
        const uint8_t *key = sk + off[v[q].k];
        size_t len = v[q].len, l = 0;
        if (q > 0) {
            size_t pl = v[q - 1].len;
            l = common_prefix(sk + off[v[q - 1].k], key, pl < len ? pl : len);
        }
        lcp[q] = (uint32_t)l;
        lk[q] = !capfirst || !capfirst[v[q].k];
        /* the nodes on lower-case keys' paths, each once: the prefixes of
         * such a key past the longest it shares with the one before (in
         * sorted order, the least common prefix of the keys between) */
        shared = l < shared ? l : shared;
        if (lk[q]) {
            lc_nodes += len - shared;
            shared = len;
        }
        unsigned char head[8] = {0}; /* the first run, from the classes at hand */
        size_t r = 0;
        for (; r < len && r < AC_RUN_LONG && a->kind[key[r]] == AC_K_WORD; r++)
            if (r < 8)
                head[r] = byte_of[key[r]];
        b->run_len[q] = (uint8_t)(r | (r && head[0] <= '9' ? RUN_DIGIT : 0));
        b->run_word[q] = r ? ac_run_word(head, r) : 0;
        memcpy(suf + nodes - 1, key + l, len - l);
        next[l + 1]++;
        next[len + 1]--;
        nodes += len - l;
    }
    /* Room for RWORD and the lower-case copies too (add_lower_copies: one
     * per node on a lower-case key's path): the arrays are made once. */
    size_t states = nodes + 1 + (capfirst ? lc_nodes : 0);
    if (states >= AC_NONE)
        eg_exit(1); /* more than 4G states: cannot happen for text keys */
    uint32_t **const per_state[] = {&b->pos, &b->inv, &b->fail, &b->dict};
    trie_alloc(t, states, per_state, sizeof per_state / sizeof *per_state);
    trie_add(t, 0, true);
    size_t *level = b->level = xmalloc((maxlen + 2) * sizeof *level);
    size_t width = 0;
    level[0] = 0;
    level[1] = 1;
    for (size_t d = 1; d <= maxlen; d++) {
        width += next[d]; /* the running sum of the differences */
        level[d + 1] = level[d] + width;
        next[d] = level[d];
    }
    b->maxlen = maxlen;
    b->top_end = level[(maxlen < TOP_LEVELS ? maxlen : TOP_LEVELS) + 1];
    uint32_t *path = xmalloc((maxlen + 1) * sizeof *path), *pre = b->pos;
    size_t npre = 0;
    path[0] = 0;
    const uint8_t *c = suf;
    /* the trie's arrays in locals: their stores (bytes) could alias the
     * builder's fields otherwise, which would then be read again per node */
    uint32_t *first = t->first, *out = t->out, *run_node = b->run_node, *canon = a->canon;
    uint8_t *nk = t->nk, *lab = t->lab, *nonword_end = t->nonword_end, *lc = t->lc, *end_lc = t->end_lc;
    const uint8_t *run_len = b->run_len;
    uint8_t ends_word[256]; /* per class: 1 a non-word byte, 0 a word byte, 2 either (may_start_after) */
    for (unsigned cl = 0; cl < 256; cl++)
        ends_word[cl] = a->kind[cl] == AC_K_UNKNOWN ? 2 : a->kind[cl] == AC_K_NONWORD;
    size_t lc_to = 0; /* path[1..lc_to] are on the path of a lower-case key */
    for (size_t q = 0, run = 0; q < n; q++) {
        uint32_t k = v[q].k;
        size_t len = v[q].len, l = lcp[q];
        uint8_t lower = lk[q];
        if (lc_to > l)
            lc_to = l;
        for (size_t d = lc_to + 1; lower && d <= l; d++)
            lc[path[d]] = 1;
        for (size_t d = l + 1, p = path[l]; d <= len; d++) {
            uint8_t cl = *c++;
            uint32_t id = (uint32_t)next[d]++;
            if (nk[p]++ == 0)
                first[p] = id;
            first[id] = 0;
            nk[id] = 0;
            lab[id] = cl;
            nonword_end[id] = ends_word[cl] < 2 ? ends_word[cl] : may_start_after(keys[k], len, d);
            lc[id] = lower;
            end_lc[id] = 0;
            out[id] = AC_NONE;
            path[d] = id;
            p = id;
            if (d >= TOP_LEVELS)
                pre[npre++] = id;
        }
        if (lower)
            lc_to = len;
        size_t r = run_len[q] & ~RUN_DIGIT;
        run_node[q] = path[r < 8 ? r : 8]; /* the path is at hand here */
        uint32_t e = path[len];
        if (out[e] == AC_NONE || k < out[e])
            out[e] = k;
        end_lc[e] |= lower;
        if (q + 1 < n && lcp[q + 1] == len && v[q + 1].len == len)
            continue; /* equal keys are adjacent: the run ends later */
        for (; run <= q; run++)
            canon[v[run].k] = out[e];
    }
    t->n = b->nu = nodes;
    b->npre = npre;
    free(next);
    free(path);
}

/* The first of the sorted labels lab[lo, hi) that is not below c (hi if
 * none): halving down to a few, then a walk. */
static uint32_t label_at_least(const uint8_t *lab, uint32_t lo, uint32_t hi, uint8_t c)
{
    while (hi - lo > 8) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (lab[mid] < c)
            lo = mid + 1;
        else
            hi = mid;
    }
    while (lo < hi && lab[lo] < c)
        lo++;
    return lo;
}

static uint32_t child_of(const trie *t, uint32_t x, uint8_t c)
{
    uint32_t end = t->first[x] + t->nk[x], y = label_at_least(t->lab, t->first[x], end, c);
    return y < end && t->lab[y] == c ? y : AC_NONE;
}

/* The first trie node u' >= u below nu on the path of a key that may start
 * in lower case (lc set), or nu. Such nodes are rare: eight flags a load. */
static uint32_t next_lc(const uint8_t *lc, uint32_t u, uint32_t nu)
{
    for (; u < nu && (u & 7); u++)
        if (lc[u])
            return u;
    for (; u + 8 <= nu; u += 8) {
        uint64_t w;
        memcpy(&w, lc + u, sizeof w);
        if (w) {
            while (!lc[u])
                u++;
            return u;
        }
    }
    while (u < nu && !lc[u])
        u++;
    return u;
}

/* The lower-case copy of trie node u, or AC_NONE. */
static uint32_t copy_of(const builder *b, uint32_t u)
{
    if (b->ncopy == 0 || u == 0 || u >= b->nu || !b->t.lc[u])
        return AC_NONE;
    size_t lo = 0, hi = b->ncopy; /* corig[lo] == u */
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (b->corig[mid] <= u)
            lo = mid;
        else
            hi = mid;
    }
    return (uint32_t)(b->nu + 1 + lo);
}

/* Appends the lower-case entry: a copy of the trie below the root cut down
 * to the keys that may start in lower case (still BFS order, children still
 * contiguous), and sets b->corig; none if no key may start in lower case. */
static void add_lower_copies(builder *b)
{
    trie *t = &b->t;
    uint32_t nu = (uint32_t)b->nu;
    size_t nc = 0, cap = 0;
    for (uint32_t u = next_lc(t->lc, 1, nu); u < nu; u = next_lc(t->lc, u + 1, nu)) {
        XGROW(b->corig, cap, nc + 1);
        b->corig[nc++] = u;
    }
    b->ncopy = nc;
    if (nc == 0)
        return;
    assert(t->n + nc <= t->cap); /* build_trie counted them */
    const uint32_t *orig = b->corig;
    size_t *cl = b->clevel = xmalloc((b->maxlen + 2) * sizeof *cl), d = 1;
    for (size_t i = 0; i < nc; i++) {
        uint32_t u = orig[i];
        while (d <= b->maxlen && b->level[d] <= u)
            cl[d++] = t->n; /* no copies from the nodes skipped */
        trie_add(t, t->lab[u], t->nonword_end[u]);
    }
    while (d <= b->maxlen + 1)
        cl[d++] = t->n;
    cl[0] = cl[1];
    b->copy_top_end = cl[(b->maxlen < TOP_LEVELS ? b->maxlen : TOP_LEVELS) + 1];
    /* The children of the originals come in increasing order, as the
     * originals do: one cursor over orig finds their copies. */
    for (size_t i = 0, k = 0; i < nc; i++) {
        uint32_t u = orig[i], l = nu + 1 + (uint32_t)i;
        for (uint32_t v = t->first[u]; v < t->first[u] + t->nk[u]; v++) {
            if (!t->lc[v])
                continue;
            while (orig[k] < v)
                k++;
            if (t->nk[l]++ == 0)
                t->first[l] = nu + 1 + (uint32_t)k;
        }
        if (t->end_lc[u])
            t->out[l] = t->out[u];
    }
}

/* ---- links, transitions, layout ---- */

/* Child of state x on class c: the root, which every failure chain ends
 * at, by table. */
static uint32_t child(const builder *b, uint32_t x, uint8_t c)
{
    return x == 0 ? b->root_kid[c] : child_of(&b->t, x, c);
}

/* The failure link of a child with class c of a state whose link x0 (a
 * trie node) has no child with c: the child with c of a shorter proper
 * suffix that may start a match, the longest there is, else dflt. */
static __attribute__((noinline)) uint32_t fail_further(const builder *b, uint32_t x0, uint8_t c, uint32_t dflt)
{
    for (uint32_t x = b->fail[x0]; x != b->nu;) {
        uint32_t z = child(b, x, c);
        if (z != AC_NONE)
            return z;
        if (x == 0)
            break;
        x = b->fail[x];
    }
    return dflt;
}

/* The failure links of the children of u (more than one), whose own link
 * x0 is a trie node (not the root, not RWORD). The first candidate for a
 * child v is the child of x0 with v's class; the children of both are
 * sorted, so one pass over x0's children serves all of u's. */
static __attribute__((noinline)) void links_below(builder *b, uint32_t u, uint32_t x0)
{
    const trie *t = &b->t;
    uint32_t rw = (uint32_t)b->nu, j = t->first[x0], jend = j + t->nk[x0];
    for (uint32_t v = t->first[u]; v < t->first[u] + t->nk[u]; v++) {
        uint8_t c = t->lab[v];
        j = label_at_least(t->lab, j, jend, c);
        uint32_t f = j < jend && t->lab[j] == c ? j : fail_further(b, x0, c, t->nonword_end[v] ? 0 : rw);
        b->fail[v] = f;
        b->dict[v] = t->out[f] != AC_NONE ? f : b->dict[f];
    }
}

/* Failure links in BFS order. Most states are inside a word, where no
 * suffix may start a match (their link is RWORD): their children link to
 * the root or RWORD by their class alone. After a word's end (the link is
 * the root) the root's child with the class is the link. */
static void *build_links(void *arg)
{
    builder *b = arg;
    const trie *t = &b->t;
    const uint32_t *first = t->first, *out = t->out;
    const uint8_t *nk = t->nk, *lab = t->lab, *nonword_end = t->nonword_end;
    uint32_t rw = (uint32_t)b->nu;
    for (unsigned c = 0; c < 256; c++)
        b->root_kid[c] = AC_NONE;
    for (uint32_t v = first[0]; v < first[0] + nk[0]; v++)
        b->root_kid[lab[v]] = v;
    /* Not zeroed: every state's entry is set below (the roots here, the
     * trie's children of each u < nu, the copies after). */
    uint32_t *fail = b->fail, *dict = b->dict;
    fail[0] = 0;
    fail[rw] = rw;
    dict[0] = dict[rw] = AC_NONE;
    for (uint32_t u = 0; u < rw; u++) {
        uint32_t v = first[u], end = v + nk[u], x0 = u ? fail[u] : rw;
        if (x0 == rw) /* the link of v is the root or RWORD: neither has a pattern */
            for (; v < end; v++) {
                fail[v] = nonword_end[v] ? 0 : rw;
                dict[v] = AC_NONE;
            }
        else if (x0 == 0)
            for (; v < end; v++) {
                uint32_t f = b->root_kid[lab[v]];
                f = f != AC_NONE ? f : nonword_end[v] ? 0 : rw;
                fail[v] = f;
                dict[v] = out[f] != AC_NONE ? f : dict[f];
            }
        else if (v + 1 == end) { /* one child, as most have */
            uint8_t c = lab[v];
            uint32_t j = first[x0], jend = j + nk[x0];
            j = label_at_least(lab, j, jend, c);
            uint32_t f = j < jend && lab[j] == c ? j : fail_further(b, x0, c, nonword_end[v] ? 0 : rw);
            fail[v] = f;
            dict[v] = out[f] != AC_NONE ? f : dict[f];
        } else if (v < end)
            links_below(b, u, x0);
    }
    for (size_t i = 0; i < b->ncopy; i++) { /* same string, same suffixes */
        b->fail[b->nu + 1 + i] = b->fail[b->corig[i]];
        b->dict[b->nu + 1 + i] = b->dict[b->corig[i]];
    }
    return NULL;
}

/* Complete transition from BFS state x on class c; 0: over to the root. */
static uint32_t delta(const builder *b, const ac *a, uint32_t x, uint8_t c)
{
    for (;;) {
        if (x == 0)
            return 0;
        if (x == b->nu)
            return a->kind[c] == AC_K_WORD ? (uint32_t)b->nu : 0;
        uint32_t y = child(b, x, c);
        if (y != AC_NONE)
            return y;
        x = b->fail[x];
    }
}

/* Final ids: ROOT, RWORD, the top levels of the trie and then of the
 * lower-case copies in BFS order, then the blocks of children below them in
 * depth-first order: the block of each state below the top levels (and of
 * each of the deepest top states) in preorder of its parent, the trie's
 * first, then the copies'. build_trie left the trie's preorder in pos;
 * sets inv, then pos, its inverse. */
static void *layout(void *arg)
{
    builder *b = arg;
    const trie *t = &b->t;
    const uint32_t *pre = b->pos;
    uint32_t *inv = b->inv;
    uint32_t next = 0;
    inv[next++] = 0;
    inv[next++] = (uint32_t)b->nu;
    for (uint32_t u = 1; u < b->top_end; u++)
        inv[next++] = u;
    for (uint32_t l = (uint32_t)b->nu + 1; l < b->copy_top_end; l++)
        inv[next++] = l; /* the copies of the top levels: the first copies */
    for (size_t i = 0; i < b->npre; i++) {
        uint32_t u = pre[i], f = t->first[u], n = t->nk[u];
        for (uint32_t v = f; v < f + n; v++)
            inv[next++] = v;
    }
    /* The copies (fewer) by a walk down from each of their deepest top
     * states; the stack holds the children of the blocks on one path. */
    size_t sp = 0, cap = 0;
    uint32_t *stack = NULL;
    for (uint32_t r = (uint32_t)b->nu + 1; r < b->copy_top_end; r++) {
        if (t->nk[r] == 0 || t->first[r] < b->copy_top_end)
            continue; /* no children, or top states */
        XGROW(stack, cap, 1);
        stack[sp++] = r;
        while (sp > 0) {
            uint32_t u = stack[--sp], f = t->first[u], n = t->nk[u];
            for (uint32_t v = f; v < f + n; v++)
                inv[next++] = v;
            XGROW(stack, cap, sp + n);
            for (uint32_t v = f + n; v-- > f;)
                stack[sp++] = v;
        }
    }
    free(stack);
    assert(next == t->n); /* every state placed: inv is set whole */
    uint32_t *pos = b->pos;
    for (uint32_t id = 0; id < next; id++)
        pos[inv[id]] = id;
    return NULL;
}

static bool is_dense(const builder *b, uint32_t s)
{
    return s == 0 || s == b->nu || b->t.nk[s] > AC_INLINE;
}

/* A part of assemble's work: the records [lo, hi) in final order and the
 * dense rows [rlo, rhi). */
typedef struct {
    ac *a;
    const builder *b;
    uint32_t lo, hi;
    size_t rlo, rhi;
} assemble_part;

/* Writes the records of the part in final order, so the writes go forwards
 * and the reads of the BFS arrays go forwards at each depth, then its dense
 * rows. A dense record's base is set with its row; the rest of the record
 * with the record (distinct fields: the parts may share records). Every
 * byte is written: the arrays are not zeroed (assemble). */
static void *assemble_range(void *arg)
{
    /* which of a block's first eight labels are its children's (no more
     * than AC_INLINE in a sparse record) */
    static const uint8_t keep[AC_INLINE + 1][8] = {{0},
                                                   {0xFF},
                                                   {0xFF, 0xFF},
                                                   {0xFF, 0xFF, 0xFF},
                                                   {0xFF, 0xFF, 0xFF, 0xFF},
                                                   {0xFF, 0xFF, 0xFF, 0xFF, 0xFF},
                                                   {0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF}};
    const assemble_part *p = arg;
    ac *a = p->a;
    const builder *b = p->b;
    const trie *t = &b->t;
    const uint32_t *pos = b->pos, *inv = b->inv, *outs = t->out, *dicts = b->dict, *fails = b->fail;
    const uint32_t *first = t->first, *plen = a->plen, rw = (uint32_t)b->nu, hi = p->hi;
    const uint8_t *nks = t->nk, *labs = t->lab;
    ac_state *st = a->st;
    ac_out *out = a->out;
    for (uint32_t id = p->lo; id < hi; id++) {
        uint32_t s = inv[id], pat = outs[s], dict = dicts[s], nk = nks[s];
        out[id] = (ac_out){pat, dict == AC_NONE ? AC_NONE : pos[dict]};
        uint8_t flags = pat != AC_NONE || dict != AC_NONE ? AC_F_OUT : 0;
        flags |= dict != AC_NONE ? AC_F_NEXT : 0;
        bool row = s == 0 || s == rw || nk > AC_INLINE; /* is_dense */
        uint8_t lab[8];                                 /* the record's AC_INLINE, and two more */
        uint64_t w, mask;
        memcpy(&w, labs + first[s], sizeof w);
        memcpy(&mask, keep[row ? 0 : nk], sizeof mask);
        w &= mask;
        memcpy(lab, &w, sizeof w);
        if (row || nk == 0)
            lab[0] = AC_NO_CLASS; /* step() looks at lab[0] first */
        /* the key's length is the state's depth: it fits a byte up to 255 */
        if (pat != AC_NONE && plen[pat] <= UINT8_MAX && (row || nk <= 1)) {
            flags |= AC_F_INL;
            memcpy(lab + 1, &pat, sizeof pat);
            lab[5] = (uint8_t)plen[pat];
        }
        if (row) { /* the row below sets base */
            st[id].fail = pos[fails[s]];
            st[id].nk = 0;
            st[id].flags = flags | AC_F_DENSE;
            memcpy(st[id].lab, lab, sizeof st[id].lab);
        } else { /* field by field: a record built aside went through the stack */
            uint32_t base = nk ? pos[first[s]] : 0;
            st[id].base = base;
            st[id].fail = pos[fails[s]];
            st[id].nk = (uint8_t)nk;
            st[id].flags = flags | (nk && base == id + 1 ? AC_F_ADJ : 0);
            memcpy(st[id].lab, lab, sizeof st[id].lab);
        }
    }
    /* A row: the state's children, found by one walk over them (both in
     * class order), and for the other classes its failure link's
     * transitions (the root's and RWORD's rows are their own). */
    for (size_t r = p->rlo; r < p->rhi; r++) {
        uint32_t base = (uint32_t)(r * a->nclasses), d = b->dense[r], j = first[d], jend = j + nks[d];
        uint32_t x = d == 0 || d == rw ? d : fails[d];
        if (x == d)
            j = jend;
        st[pos[d]].base = base;
        for (uint32_t c = 0; c < a->nclasses; c++)
            a->dense[base + c] = pos[j < jend && labs[j] == c ? j++ : delta(b, a, x, (uint8_t)c)];
    }
    return NULL;
}

/* Where the root goes on each byte (BFS ids): the last use of the map to
 * the lower-case copies, which can then go before assemble's arrays come. */
static void root_targets(builder *b, const ac *a)
{
    for (unsigned c = 0; c < 256; c++) {
        uint32_t u = child_of(&b->t, 0, a->cls[c]);
        uint32_t to = u != AC_NONE ? u : a->kind[a->cls[c]] == AC_K_WORD ? (uint32_t)b->nu : 0;
        if (b->lower && c >= 'a' && c <= 'z')
            to = u != AC_NONE && copy_of(b, u) != AC_NONE ? copy_of(b, u) : (uint32_t)b->nu;
        b->root_to[c] = to;
    }
}

/* The records and the dense rows (numbered in BFS order), in two halves on
 * two threads. */
static void assemble(ac *a, const builder *b)
{
    const trie *t = &b->t;
    const uint32_t *pos = b->pos;
    size_t n = a->nstates = (uint32_t)t->n, rows = b->ndense; /* the arrays: layout_runs */
    assemble_part lo = {a, b, 0, (uint32_t)(n / 2), 0, rows / 2};
    assemble_part hi = {a, b, (uint32_t)(n / 2), (uint32_t)n, rows / 2, rows};
    eg_run_both(assemble_range, &lo, assemble_range, &hi);
    for (unsigned c = 0; c < 256; c++) {
        a->root_byte[c] = pos[b->root_to[c]];
        if (c < 0x80 && a->root_byte[c] > AC_RWORD)
            a->root_lut[c & 15] |= (uint8_t)(1u << (c >> 4));
    }
    for (unsigned c = 'a'; c <= 'z'; c++)
        assert((a->root_byte[c] == AC_RWORD) == (a->lc_len[c - 'a'] == 0)); /* the gate covers RWORD */
}

/* Puts the run (w, tag) with state s in the run table; a run already there
 * was read along the same path. */
static void run_put(ac *a, uint64_t w, uint32_t tag, uint32_t s)
{
    uint32_t mask = (1u << a->run_bits) - 1;
    for (uint32_t h = ac_run_slot(w, tag, a->run_bits);; h = (h + 1) & mask) {
        ac_run *r = &a->runs[h];
        if (r->tag == 0) {
            *r = (ac_run){w, tag, s, {0}}; /* the record: once the states are written */
            return;
        }
        if (r->run == w && r->tag == tag) {
            assert(r->state == s);
            return;
        }
    }
}

/* The run table (ac_int.h): for the first run of each key that starts with
 * an ASCII letter or digit (its first eight bytes if longer), the state the
 * scan reaches after reading it from the root, once for a capital or digit
 * first and once for a lower-case letter first if that enters the trie.
 * build_trie has the runs and their nodes at hand (run_word, run_len,
 * run_node); the keys come in sorted order, so keys with the same run are
 * adjacent and are put once. The table is at most half full (its size is
 * set from the number of puts, run_puts). */
/* The root's entry of key q's run for a lower-case first letter, if any. */
static uint32_t run_lower(const builder *b, size_t q, uint32_t u)
{
    return b->run_len[q] & RUN_DIGIT ? AC_NONE : !b->lower ? u : copy_of(b, u);
}

/* How many puts build_runs makes: the table's size is set from it. */
static size_t run_puts(const builder *b, size_t m)
{
    size_t puts = 0;
    uint32_t last_u = AC_NONE, last_r = 0;
    for (size_t q = 0; q < m; q++) {
        uint32_t u = b->run_node[q], r = b->run_len[q] & ~RUN_DIGIT;
        if (r == 0 || (u == last_u && r == last_r))
            continue;
        last_u = u;
        last_r = r;
        puts += 1 + (run_lower(b, q, u) != AC_NONE);
    }
    return puts;
}

/* Fills the table a->runs (all slots empty), which has room for twice the
 * puts: it never grows. */
static void build_runs(ac *a, const builder *b, size_t m)
{
    uint32_t last_u = AC_NONE, last_r = 0;
    for (size_t q = 0; q < m; q++) {
        uint32_t u = b->run_node[q], r = b->run_len[q] & ~RUN_DIGIT;
        if (r == 0 || (u == last_u && r == last_r))
            continue; /* not a letter or digit first, or the run of the key before */
        last_u = u;
        last_r = r;
        uint64_t w = b->run_word[q];
        uint32_t l = run_lower(b, q, u);
        run_put(a, w, ac_run_tag('A', r), b->pos[u]);
        if (l != AC_NONE)
            run_put(a, w, ac_run_tag('a', r), b->pos[l]);
    }
}

/* The dense states (few), eight counts at a time: a count over AC_INLINE
 * has bit 7 set or reaches it when 0x79 is added to its low seven bits (no
 * carry crosses a byte). The root and RWORD are dense. */
static void find_dense(builder *b)
{
    const uint8_t *nk = b->t.nk;
    size_t cap = 0, n = b->t.n;
    for (size_t s = 0; s < n; s += 8) {
        size_t e = s + 8 < n ? s + 8 : n;
        uint64_t w;
        if (e - s == 8 && s > 0 && !(s <= b->nu && b->nu < e)) {
            memcpy(&w, nk + s, sizeof w);
            if ((((w & 0x7F7F7F7F7F7F7F7Full) + 0x7979797979797979ull) | w) & 0x8080808080808080ull)
                ; /* one of them is */
            else
                continue;
        }
        for (size_t x = s; x < e; x++)
            if (is_dense(b, (uint32_t)x)) {
                XGROW(b->dense, cap, b->ndense + 1);
                b->dense[b->ndense++] = (uint32_t)x;
            }
    }
}

/* The layout; then the automaton's arrays, which it sizes, and the run table
 * in them, which needs the layout. The arrays share one big block (util.h),
 * freed by ac_free: each of its own would round up to whole 2 MiB units (the
 * bench's gazetteer: 6.3 + 3.2 + 0.4 + 2 MB would take 8 + 4 + 2 + 4, the run
 * table's header spilling into a unit of its own; one block takes 12), units
 * the block pool hands out again whole. It is pieced together from the build's
 * freed scratch as far as that goes; assemble_range writes the records,
 * outputs and rows whole. The run table starts at the size for all the puts
 * (twice as many slots): nearly all are new runs (17046 of 17054 for the
 * bench's gazetteer). */
static void *layout_runs(void *arg)
{
    builder *b = arg;
    ac *a = b->a;
    layout(b);
    find_dense(b);
    size_t puts = run_puts(b, b->nruns), n = b->t.n;
    a->run_bits = 4;
    while (2 * (puts + 2) > (size_t)1 << a->run_bits)
        a->run_bits++;
    a->ndense = b->ndense * a->nclasses;
    size_t sizes[] = {n * sizeof *a->st, n * sizeof *a->out, a->ndense * sizeof *a->dense,
                      ((size_t)1 << a->run_bits) * sizeof *a->runs};
    char *at = xbig_alloc_pieced(carve_size(sizes, 4));
    a->st = carve(&at, sizes[0]);
    a->out = carve(&at, sizes[1]);
    a->dense = carve(&at, sizes[2]);
    a->runs = memset(carve(&at, sizes[3]), 0, sizes[3]); /* all slots empty */
    build_runs(a, b, b->nruns);
    return NULL;
}

/* The byte a trigram of the filter (ac_int.h) holds for ASCII byte b. */
static unsigned tri_byte(unsigned b)
{
    return is_ascii_word(b) ? fold_byte(b) : AC_TRI_NW;
}

/* The filter's hash tables: a random value per position and trigram byte
 * (a fixed sequence: the same automaton for the same keys), shared by the
 * ASCII bytes with the same trigram byte. */
static void tri_init(ac *a)
{
    uint64_t x = 0x2545F4914F6CDD1Dull, ra[3][128], rb[3][128];
    for (unsigned k = 0; k < 3; k++)
        for (unsigned v = 0; v < 128; v++) {
            x ^= x << 13; /* xorshift64 */
            x ^= x >> 7;
            x ^= x << 17;
            ra[k][v] = x >> 57; /* 7 bits */
            rb[k][v] = x >> 5 & 7;
        }
    for (unsigned k = 0; k < 3; k++)
        for (unsigned b = 0; b < 128; b++) {
            a->tri_a[k][b] = (uint8_t)ra[k][tri_byte(b)];
            a->tri_b[k][b] = (uint8_t)rb[k][tri_byte(b)];
        }
}

/* Lets lower-case words with the key's trigram through the filter. The
 * key starts with a letter. */
static void tri_add(ac *a, const unsigned char *key, size_t len)
{
    if (len == 1) { /* any word starting with the letter may be the key */
        memset(a->tri_set, 0xFF, sizeof a->tri_set);
        return;
    }
    unsigned x0 = fold_byte(key[0]), x1 = key[1], x2 = len > 2 ? key[2] : 0;
    x1 = x1 < 0x80 ? x1 : AC_TRI_NW;
    x2 = x2 < 0x80 ? x2 : AC_TRI_NW;
    unsigned byte = a->tri_a[0][x0] ^ a->tri_a[1][x1] ^ a->tri_a[2][x2];
    a->tri_set[byte] |= (uint8_t)(1u << (a->tri_b[0][x0] ^ a->tri_b[1][x1] ^ a->tri_b[2][x2]));
}

/* A filter with more than a quarter of its bits set rejects too few words
 * to pay for itself: it opens for all. */
static void tri_finish(ac *a)
{
    unsigned set = 0;
    for (size_t i = 0; i < sizeof a->tri_set; i++)
        set += (unsigned)__builtin_popcount(a->tri_set[i]);
    if (set > 8 * sizeof a->tri_set / 4)
        memset(a->tri_set, 0xFF, sizeof a->tri_set);
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
    tri_add(a, key, len);
}

/* The gates of all keys: a job for a second thread while the trie is
 * built (they share no field of the automaton but the classes, read). */
typedef struct {
    ac *a;
    const char *const *keys;
    const size_t *lens;
    const uint8_t *capital_first;
    size_t n;
} gate_job;

static void *build_gates(void *arg)
{
    const gate_job *g = arg;
    tri_init(g->a);
    for (size_t i = 0; i < g->n; i++)
        if (g->lens[i] > 0)
            gate_add(g->a, (const unsigned char *)g->keys[i], g->lens[i], !(g->capital_first && g->capital_first[i]));
    tri_finish(g->a);
    return NULL;
}

ac *ac_build_cased(const char *const *keys, const size_t *lens, const uint8_t *capital_first, size_t n)
{
    ac *a = xcalloc(1, sizeof *a);
    make_classes(a, keys, lens, n);
    a->npat = n;
    size_t m = 0, ncap = 0, total = 0;
    for (size_t i = 0; i < n; i++) {
        m += lens[i] > 0;
        ncap += capital_first && capital_first[i];
        total += lens[i];
    }
    a->cap_bits = 16; /* four bits per key, up to 512 KiB */
    while (a->cap_bits < 22 && (1ull << a->cap_bits) < 4 * (uint64_t)n)
        a->cap_bits++;
    /* plen, canon and cap_gate stay with the automaton (ac_free frees
     * plen's block; cap_gate on the heap would be fresh small pages, a
     * fault each); the sorting's and build_trie's arrays share a block
     * freed after build_trie, and the run arrays one freed once the run
     * table is made (or stay in the first block: below) */
    size_t keep[] = {n * sizeof *a->plen, n * sizeof *a->canon, ((size_t)1 << a->cap_bits) / 8};
    size_t run_sizes[] = {m * sizeof(uint64_t), m * sizeof(uint32_t), m}; /* run_word, run_node, run_len */
    size_t keep_size = carve_size(keep, 3), run_size = carve_size(run_sizes, 3);
    /* the run arrays go in the same block if its 2 MiB units have room for
     * them anyway (the bench's gazetteer: 0.3 MB kept, 0.5 MB of runs, one
     * unit instead of two); they then stay till ac_free */
    bool runs_kept = block_units(keep_size + run_size) == block_units(keep_size);
    char *at = xbig_scratch_raw(keep_size + (runs_kept ? run_size : 0)); /* plen, canon: set per key below */
    a->plen = carve(&at, keep[0]);
    a->canon = carve(&at, keep[1]);
    a->cap_gate = memset(carve(&at, keep[2]), 0, keep[2]);
    char *run_temps = runs_kept ? NULL : (at = xbig_scratch_raw(run_size)); /* build_trie sets them per key */
    builder b = {0};
    b.run_word = carve(&at, run_sizes[0]);
    b.run_node = carve(&at, run_sizes[1]);
    b.run_len = carve(&at, run_sizes[2]);
    size_t sizes[] = {
        (n + 1) * sizeof(size_t), total + 8, m * sizeof(skey), m * sizeof(skey), m * sizeof *b.lcp, m, total};
    /* Not zeroed: each array is written before it is read (sk below) */
    char *temps = at = xbig_scratch_raw(carve_size(sizes, sizeof sizes / sizeof *sizes));
    size_t *off = carve(&at, sizes[0]);
    uint8_t *sk = carve(&at, sizes[1]);
    memset(sk + total, 0, 8); /* readable eight bytes past the keys' classes, zero */
    skey *v = carve(&at, sizes[2]), *tmp = carve(&at, sizes[3]);
    b.lcp = carve(&at, sizes[4]);
    b.lk = carve(&at, sizes[5]);
    b.suf = carve(&at, sizes[6]);
    for (size_t i = 0, sum = 0; i < n; i++) {
        a->plen[i] = (uint32_t)lens[i];
        a->canon[i] = (uint32_t)i; /* build_trie sets the others */
        off[i] = sum;
        sum += lens[i];
    }
    off[n] = total;
    if (ncap == 0)
        capital_first = NULL; /* no lower-case entry needed */
    gate_job gj = {a, keys, lens, capital_first, n};
    pthread_t gt;
    bool gates_threaded = eg_thread_start(&gt, build_gates, &gj) == 0;
    if (!gates_threaded)
        build_gates(&gj);
    for (size_t i = 0, q = 0; i < n; i++) {
        to_classes(sk + off[i], (const unsigned char *)keys[i], lens[i], a->cls);
        if (lens[i] > 0)
            v[q++] = (skey){pack8(sk + off[i], lens[i], 0), (uint32_t)i, (uint32_t)lens[i]};
    }
    sort_keys(v, tmp, m, sk, off);
    build_trie(&b, a, keys, sk, off, capital_first, v, m);
    if (gates_threaded)
        pthread_join(gt, NULL);
    xbig_free(temps);
    trie_add(&b.t, 0, false); /* RWORD */
    b.copy_top_end = b.nu + 1; /* no copies */
    b.lower = capital_first != NULL;
    if (b.lower)
        add_lower_copies(&b);
    b.a = a;
    b.nruns = m;
    eg_run_both(build_links, &b, layout_runs, &b); /* independent: fail and dict; pos, inv and runs */
    xbig_free(run_temps);
    root_targets(&b, a);
    assemble(a, &b);
    for (size_t h = 0; h < (size_t)1 << a->run_bits; h++)
        if (a->runs[h].tag) /* an empty slot stays untouched: 64 KiSlots of 32 bytes and the block's header */
            a->runs[h].rec = a->st[a->runs[h].state]; /* spill into a unit of their own */
    trie_free(&b.t, b.pos);
    free(b.level);
    free(b.clevel);
    free(b.corig);
    free(b.dense);
    return a;
}

ac *ac_build(const char *const *keys, const size_t *lens, size_t n)
{
    return ac_build_cased(keys, lens, NULL, n);
}
