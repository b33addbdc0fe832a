/* ac.c - scanning text with the automaton of ac.h (built by ac_build.c,
 * layout in ac_int.h).
 *
 * Invariant of the scan: the current state is the longest suffix of the text
 * read so far that is a prefix of some key and may start a match (the key
 * bytes before it end a word). Inside a word that starts no key the state is
 * RWORD, and the scan skips to the end of the word without touching the
 * automaton; at a word start the root decides by byte, so a lower-case word
 * only enters the keys that may start in lower case, and a word of letters
 * and digits enters only if its run passes a gate (ac_int.h); then the run
 * table gives the state after the whole run in one lookup instead of one
 * dependent load per letter (no key ends inside a run, and no other key
 * starts there). Hits are checked exactly with norm_word_before/at, which
 * also covers what byte classes cannot decide (non-ASCII letters).
 *
 * Where the CPU has AVX2 (or AVX-512BW), the root does not read bytes one
 * by one: it classifies 64 bytes at once and visits only the word starts
 * and bytes that may start a key (scan_blocks); scan_bytes is the same
 * walk for other CPUs, and the reference the tests compare with. */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "ac_int.h"
#include "norm.h"
#include "util.h"

void ac_free(ac *a)
{
    if (!a)
        return;
    if (!a->borrowed) {
        xbig_free(a->st);   /* out, dense and runs are in its block */
        xbig_free(a->plen); /* canon and cap_gate are in its block */
    }
    free(a);
}

size_t ac_parts(const ac *a, cache_part *out)
{
    out[0] = (cache_part){a, sizeof *a};
    out[1] = (cache_part){a->st, a->nstates * sizeof *a->st};
    out[2] = (cache_part){a->out, a->nstates * sizeof *a->out};
    out[3] = (cache_part){a->dense, a->ndense * sizeof *a->dense};
    out[4] = (cache_part){a->runs, ((size_t)1 << a->run_bits) * sizeof *a->runs};
    out[5] = (cache_part){a->plen, a->npat * sizeof *a->plen};
    out[6] = (cache_part){a->canon, a->npat * sizeof *a->canon};
    out[7] = (cache_part){a->cap_gate, ((size_t)1 << a->cap_bits) / 8};
    return AC_PARTS;
}

ac *ac_from_parts(const cache_part *p, size_t n)
{
    if (n != AC_PARTS || p[0].size != sizeof(ac))
        return NULL;
    ac *a = xmalloc(sizeof *a);
    memcpy(a, p[0].data, sizeof *a);
    a->borrowed = 1;
    /* the pointers are the array parts; the build's bounds on the sizes */
    a->st = (ac_state *)p[1].data;
    a->out = (ac_out *)p[2].data;
    a->dense = (uint32_t *)p[3].data;
    a->runs = (ac_run *)p[4].data;
    a->plen = (uint32_t *)p[5].data;
    a->canon = (uint32_t *)p[6].data;
    a->cap_gate = (uint64_t *)p[7].data;
    cache_part want[AC_PARTS];
    bool fits = a->run_bits >= 4 && a->run_bits < 40 && a->cap_bits >= 6 && a->cap_bits < 40 && a->nstates >= 2 &&
                a->nclasses <= 256;
    if (fits)
        ac_parts(a, want);
    for (size_t i = 1; fits && i < AC_PARTS; i++)
        fits = want[i].size == p[i].size;
    if (!fits) {
        free(a);
        return NULL;
    }
    return a;
}

size_t ac_memory(const ac *a)
{
    return sizeof *a + ((size_t)1 << a->cap_bits) / 8 + ((size_t)1 << a->run_bits) * sizeof *a->runs +
           a->nstates * (sizeof *a->st + sizeof *a->out) + a->ndense * sizeof *a->dense +
           a->npat * (sizeof *a->plen + sizeof *a->canon);
}

uint32_t ac_canonical(const ac *a, uint32_t i) { return a->canon[i]; }

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

static void add_hit(const ac *a, const char *text, uint32_t p, size_t start, size_t end, ac_hits *out)
{
    if (word_before(a, text, start))
        return;
    if (out->n == out->cap)
        XGROW(out->v, out->cap, out->n + 1);
    out->v[out->n++] = (ac_hit){(uint32_t)start, (uint32_t)end, p};
}

/* Appends the patterns that end at `end` in state s (record x), longest
 * first. */
static void report(const ac *a, uint32_t s, const ac_state *x, const char *text, size_t len, size_t end, ac_hits *out)
{
    if (word_at(a, text, len, end))
        return;
    uint32_t t;
    if (x->flags & AC_F_INL) {
        uint32_t p;
        memcpy(&p, x->lab + 1, sizeof p);
        add_hit(a, text, p, end - x->lab[5], end, out);
        if (!(x->flags & AC_F_NEXT))
            return;
        t = a->out[s].next;
    } else
        t = a->out[s].pat != AC_NONE ? s : a->out[s].next;
    for (; t != AC_NONE; t = a->out[t].next) {
        uint32_t p = a->out[t].pat;
        add_hit(a, text, p, end - a->plen[p], end, out);
    }
}

/* Index of the first byte at or after i that is not an ASCII letter or
 * digit (len if none). Sixteen bytes at a time where SSE2 is there, so the
 * end of a word costs no mispredicted loop exit. */
static inline size_t skip_word(const ac *a, const unsigned char *t, size_t i, size_t len)
{
#ifdef __SSE2__
    while (i + 16 <= len) {
        unsigned stop = ~ac_word_bits16(_mm_loadu_si128((const __m128i *)(const void *)(t + i))) & 0xFFFFu;
        if (stop)
            return i + (unsigned)__builtin_ctz(stop);
        i += 16;
    }
#endif
    while (i < len && a->wordbyte[t[i]])
        i++;
    return i;
}

/* The state after class c from trie state x: a child, or else the same
 * through failure links; AC_ROOT says "start over with this byte". Most
 * failure chains end at the root or RWORD, whose rows need no look: the
 * root's row is all AC_ROOT, RWORD's keeps the word classes (ac_build.c,
 * delta). */
static uint32_t step(const ac_state *st, const uint32_t *dense, const uint8_t *kind, const ac_state *x, uint32_t c)
{
    for (;;) {
        if (x->lab[0] == c) /* the common case: a name goes on */
            return x->base;
        if (x->flags & AC_F_DENSE)
            return dense[x->base + c];
        uint32_t j = 1, nk = x->nk;
        while (j < nk && x->lab[j] < c)
            j++;
        if (j < nk && x->lab[j] == c)
            return x->base + j;
        uint32_t f = x->fail;
        if (f <= AC_RWORD)
            return f == AC_RWORD && kind[c] == AC_K_WORD ? AC_RWORD : AC_ROOT;
        x = &st[f];
    }
}

/* Can the lower-case word t[0..n) (avail bytes readable from t; w its
 * ac_run_word) start a key? (The gates of ac_int.h.)
 * Without an early exit: whether a word passes is hard to predict, and
 * one branch mispredicts less than two. Of the words the trigram filter
 * turns away (the AVX-512 root applies it first), only a run of one letter
 * may pass the run table, so only such a run is checked here, and every
 * loop takes the same steps: a longer run that fails the filter is no
 * key's first run (such a key's first three bytes, or its two and a
 * non-word byte or its end, would be the word's). */
static inline __attribute__((always_inline)) bool gate_open(const ac *a, const unsigned char *t, size_t n, size_t avail,
                                                            uint64_t w)
{
    uint32_t h = ac_gate_hash(w, t[n - 1], n, AC_GATE_LOG2);
    unsigned tri = n > 1 || ac_tri_open(a, t[0], avail > 1 ? t[1] : 0, avail > 2 ? t[2] : 0);
    return (a->lc_len[t[0] - 'a'] >> (n < 31 ? n : 31) & a->lc_gate[h / 64] >> (h % 64) & tri) & 1;
}

/* The same for a word that starts with a capital or digit. */
static inline __attribute__((always_inline)) bool cap_gate_open(const ac *a, const unsigned char *t, size_t n,
                                                                uint64_t w)
{
    uint32_t h = ac_gate_hash(w, t[n - 1], n, a->cap_bits);
    return a->cap_gate[h / 64] >> (h % 64) & 1;
}

/* Where the run t[0..n) (n > 0; avail bytes readable from t) is looked
 * up in the run table: of its first eight bytes if it is longer. */
typedef struct {
    uint64_t w;   /* the slot word */
    uint32_t tag; /* and tag (ac_int.h) */
    uint32_t h;   /* the slot the probe starts at */
} run_key;

/* The ac_run_word of the run t[0..n) (near the end of the text, the run
 * is copied: it reads eight bytes). */
static inline __attribute__((always_inline)) uint64_t run_word_of(const unsigned char *t, size_t n, size_t avail)
{
    unsigned char head[8] = {0};
    if (avail < 8)
        t = memcpy(head, t, avail);
    return ac_run_word(t, n);
}

/* The key of the run t[0..n) whose word is w. */
static inline __attribute__((always_inline)) run_key run_key_at(const ac *a, const unsigned char *t, size_t n,
                                                                uint64_t w)
{
    uint32_t tag = ac_run_tag(t[0], n);
    return (run_key){w, tag, ac_run_slot(w, tag, a->run_bits)};
}

static inline __attribute__((always_inline)) run_key run_key_of(const ac *a, const unsigned char *t, size_t n,
                                                                size_t avail)
{
    return run_key_at(a, t, n, run_word_of(t, n, avail));
}

/* The slot of the run table with the state after reading the run of k
 * from the root; NULL if no key starts with the run. */
static inline __attribute__((always_inline)) const ac_run *run_find(const ac *a, run_key k)
{
    uint32_t mask = (1u << a->run_bits) - 1;
    for (uint32_t h = k.h;; h = (h + 1) & mask) {
        const ac_run *r = &a->runs[h];
        if (r->run == k.w && r->tag == k.tag)
            return r;
        if (r->tag == 0)
            return NULL;
    }
}

/* May the word t[i..e) read from the root (b = t[i], s its root_byte, w
 * its ac_run_word) start a key? Its gate (ac_int.h). */
static inline __attribute__((always_inline)) bool word_open(const ac *a, const unsigned char *t, size_t i, size_t e,
                                                            size_t len, unsigned b, uint32_t s, uint64_t w)
{
    return b - 'a' < 26u   ? gate_open(a, t + i, e - i, len - i, w) /* always closed for RWORD */
           : s == AC_RWORD ? false
                           : cap_gate_open(a, t + i, e - i, w);
}

/* The run table's slot for the word t[i..e) read from the root: NULL if it
 * starts no key (its gate is closed or its run is no key's). */
static inline __attribute__((always_inline)) const ac_run *word_run(const ac *a, const unsigned char *t, size_t i,
                                                                    size_t e, size_t len, unsigned b, uint32_t s)
{
    run_key k = run_key_of(a, t + i, e - i, len - i);
    return word_open(a, t, i, e, len, b, s, k.w) ? run_find(a, k) : NULL;
}

/* In the trie at state s (> AC_RWORD; its record x, maybe the copy in the
 * run table), before byte *pi: reports what ends before each byte, then
 * reads it, until the automaton leaves the trie.
 * Returns the state it leaves by: AC_ROOT (byte *pi goes back to the root)
 * or AC_RWORD (byte *pi is a word's); AC_ROOT with *pi == len at the end of
 * the text. */
static inline uint32_t walk(const ac *a, const char *text, size_t len, size_t *pi, uint32_t s, const ac_state *x,
                            ac_hits *out)
{
    const ac_state *st = a->st; /* in locals: report() stores through out */
    const uint32_t *dense = a->dense;
    const unsigned char *t = (const unsigned char *)text;
    size_t i = *pi;
    while (s > AC_RWORD) {
        /* Down a chain of first children that are the next records, with
         * no output on the way: the next state is known before the record
         * is read, so the loads of a name's bytes overlap. */
        while ((x->flags & (AC_F_ADJ | AC_F_OUT)) == AC_F_ADJ && i < len && x->lab[0] == a->cls[t[i]]) {
            x = &st[++s];
            i++;
        }
        if (x->flags & AC_F_OUT)
            report(a, s, x, text, len, i, out);
        if (i == len) {
            s = AC_ROOT;
            break;
        }
        s = step(st, dense, a->kind, x, a->cls[t[i]]);
        x = &st[s];
        i += s > AC_RWORD;
    }
    *pi = i;
    return s;
}

/* The root reading byte by byte (any CPU). */
static void scan_bytes(const ac *a, const char *text, size_t len, ac_hits *out)
{
    const unsigned char *t = (const unsigned char *)text;
    size_t i = 0;
    while (i < len) {
        /* At the root: the byte decides. A word that starts no key is
         * skipped whole; the byte after it is looked at here again. (A
         * non-word byte right after a word may seem to start a key: report()
         * rejects it.) A word that passes its gate is read in one step from
         * the run table (ac_int.h), its first eight bytes if longer. */
        unsigned b = t[i];
        uint32_t s = a->root_byte[b];
        if (s == AC_ROOT) { /* a space or other byte that starts no key */
            i++;
            continue;
        }
        const ac_state *x = &a->st[s];
        if (a->wordbyte[b]) {
            size_t e = skip_word(a, t, i + 1, len);
            const ac_run *r = word_run(a, t, i, e, len, b, s);
            if (!r) {
                i = e;
                continue;
            }
            s = r->state;
            x = &r->rec;
            i = e - i > 8 ? i + 8 : e;
        } else
            i++;
        /* Out at ROOT, byte i goes back to the root; out at RWORD, it is a
         * word's. */
        if (walk(a, text, len, &i, s, x, out) == AC_RWORD)
            i = skip_word(a, t, i + 1, len);
    }
}

/* ---- the root in blocks of 64 bytes ---- */

/* What the root needs to know of 64 bytes: bit k of `word` says byte k is
 * an ASCII letter or digit; bit k of `cand`, that the root must look at
 * byte k where it stands at the root: its root_byte is a trie state, or it
 * is not ASCII (the root reads those one by one). */
typedef struct {
    uint64_t word, cand;
} scan_block;

/* The root over blocks: the positions the root must look at are the bits
 * of a mask (a word byte only where a word starts), so spaces, punctuation
 * and words whose first byte starts no key cost nothing each; a word's end
 * is the next zero bit of the word mask. The same steps as scan_bytes,
 * which the unit tests compare it with.
 *
 * A word that passes its gate costs a cache miss on its run's slot. So the
 * root does not take the words one by one: it reads the text in batches of
 * blocks, and while it walks the words of one batch, the slots of the next
 * batch's words are on their way (the batch lists the word starts, their
 * runs hashed, and prefetches their slots). Where the trie hands a byte
 * back, the root goes on with the listed words from there: what the walk
 * went past is dropped (past the next batch, that batch is read again from
 * there). Where the root's blocks list every lower-case word whose first
 * letter may start a key (AVX2: 720k words of corpus-10M, 22k of which
 * pass), the batch checks their gate (ac_int.h) on the run word it has
 * computed and lists only the words that pass, so the others cost no slot,
 * no prefetch and no visit. Where the trigram filter has turned most away
 * already (AVX-512: 89k listed, 22k pass the gate), the words listed go
 * straight to their slots, and so do capitals and digits everywhere (the
 * cap gate lets through every run the table has, and few others): the
 * slot is on its way anyway. The table has slots behind closed gates (a
 * capital-first key's run ending at a node on the path of a key that may
 * start in lower case: the node's lower-case copy is there), but a word
 * that reads one starts no key, and its walk finds nothing and hands back
 * the byte after the run or one inside it, as if the root had skipped the
 * word: no key that may start in lower case has the word's run, so the
 * copy ends inside the run or at its end (no output, no child for the byte
 * after it), and inside a run every failure link is RWORD
 * (test_lower_case_slots_behind_closed_gates). Whether a word is listed does not
 * depend on where the trie left the root: a word start follows a byte
 * that is not an ASCII letter or digit, and the trie hands back a word
 * byte only after a byte that starts no word (checked: else the root reads
 * that word at once, as scan_bytes does). */
#define SCAN_BATCH 4  /* blocks in a batch: the slots of 4 to 8 words on their way */
#define SCAN_UNROLL 4 /* candidates of a block read_batch puts in order without a branch (2.4 on average) */

typedef struct {
    size_t i, e; /* the word t[i..e); e == i: a non-word byte, whose root_byte is k.h */
    run_key k;   /* where the word's run is looked up */
} scan_cand;

typedef struct {
    size_t end; /* the batch reads up to here */
    size_t n;   /* the words and bytes it lists: */
    scan_cand v[64 * SCAN_BATCH];
} scan_batch;

/* Lists the word start or byte t[i] for the root: bit c of the block at
 * t[i - c], whose word mask is `word`; prefetches a word's slot. With
 * lc_gated, a lower-case word is listed only if it passes its gate.
 * Returns the new count of z's list, n before. */
static inline __attribute__((always_inline)) size_t list_cand(const ac *a, const unsigned char *t, size_t len, size_t i,
                                                              unsigned c, uint64_t word, scan_batch *z, size_t n,
                                                              bool lc_gated)
{
    unsigned b = t[i];
    uint32_t s = a->root_byte[b];
    scan_cand *x = &z->v[n];
    if (a->wordbyte[b]) {
        uint64_t ends = ~word >> c;
        size_t e = ends ? i + (unsigned)__builtin_ctzll(ends) : skip_word(a, t, i - c + 64, len);
        uint64_t w = run_word_of(t + i, e - i, len - i);
        if (lc_gated && b - 'a' < 26u && !gate_open(a, t + i, e - i, len - i, w))
            return n; /* a lower-case word whose gate is closed */
        x->i = i;
        x->e = e;
        x->k = run_key_at(a, t + i, e - i, w);
        __builtin_prefetch(&a->runs[x->k.h]);
    } else if (s != AC_ROOT) {
        x->i = x->e = i;
        x->k.h = s;
    } else
        return n; /* not ASCII, starts no key */
    return n + 1;
}

/* Reads the blocks from p on (classify reads 66 bytes of each: the
 * trigram filter looks two bytes past the block) and lists the word starts
 * and the other bytes the root looks at (list_cand). Where the blocks list
 * few (the trigram filter applied, !lc_gated), the candidates of the whole
 * batch are put in order first, SCAN_UNROLL of a block without a branch, so the
 * loop over them ends once a batch, not once a block: a loop end that
 * mispredicts. */
static inline __attribute__((always_inline)) void read_batch(const ac *a, const unsigned char *t, size_t len, size_t p,
                                                             scan_batch *z,
                                                             scan_block (*classify)(const ac *, const unsigned char *),
                                                             bool lc_gated)
{
    uint64_t carry = p > 0 && a->wordbyte[t[p - 1]];
    uint64_t words[SCAN_BATCH];
    uint16_t at[64 * SCAN_BATCH + SCAN_UNROLL]; /* !lc_gated: the candidates' offsets from p0 */
    size_t n = 0, m = 0, p0 = p;
    for (unsigned blk = 0; blk < SCAN_BATCH && p < len; blk++, p += 64) {
        unsigned char pad[128];
        const unsigned char *q = t + p;
        uint64_t live = ~0ull;
        if (len - p < 64 + 2) { /* the last block: the rest of the text, zero padded */
            memset(pad, 0, sizeof pad);
            q = memcpy(pad, q, len - p);
            live = len - p < 64 ? (1ull << (len - p)) - 1 : ~0ull;
        }
        scan_block k = classify(a, q);
        uint64_t cand = k.cand & ~(k.word & (k.word << 1 | carry)) & live;
        carry = k.word >> 63;
        if (lc_gated) {
            for (; cand; cand &= cand - 1) {
                unsigned c = (unsigned)__builtin_ctzll(cand);
                n = list_cand(a, t, len, p + c, c, k.word, z, n, true);
            }
            continue;
        }
        words[blk] = k.word;
        unsigned cnt = (unsigned)__builtin_popcountll(cand);
        for (unsigned r = 0; r < SCAN_UNROLL; r++, cand &= cand - 1) /* past cnt: unused */
            at[m + r] = (uint16_t)(64 * blk + (unsigned)__builtin_ctzll(cand | 1ull << 63));
        for (unsigned r = SCAN_UNROLL; r < cnt; r++, cand &= cand - 1)
            at[m + r] = (uint16_t)(64 * blk + (unsigned)__builtin_ctzll(cand));
        m += cnt;
    }
    for (size_t j = 0; j < m; j++)
        n = list_cand(a, t, len, p0 + at[j], at[j] % 64, words[at[j] / 64], z, n, false);
    z->end = p < len ? p : len;
    z->n = n;
}

/* The root over blocks with classify; lc_gated: the batches check the
 * lower-case gate (read_batch), else no gate is checked (classify has
 * applied the trigram filter). */
static inline __attribute__((always_inline)) void scan_blocks(const ac *a, const char *text, size_t len, ac_hits *out,
                                                              scan_block (*classify)(const ac *, const unsigned char *),
                                                              bool lc_gated)
{
    const unsigned char *t = (const unsigned char *)text;
    scan_batch two[2], *z = &two[0], *ahead = &two[1];
    size_t next = 0; /* the root has read the bytes before next */
    z->n = z->end = 0;
    for (;;) {
        size_t from = z->end; /* where the batch read ahead starts */
        if (next > from) {    /* the trie went past batch z: read from next's block */
            from = next - next % 64;
            z->n = 0;
        }
        ahead->n = 0;
        ahead->end = len;
        if (from < len)
            read_batch(a, t, len, from, ahead, classify, lc_gated);
        else if (!z->n)
            break;
        for (size_t j = 0; j < z->n; j++) {
            const scan_cand *x = &z->v[j];
            if (x->i < next)
                continue; /* read by the trie */
            size_t i;
            uint32_t s;
            if (x->e == x->i) {
                s = x->k.h;
                i = x->i + 1;
                s = walk(a, text, len, &i, s, &a->st[s], out);
            } else {
                const ac_run *r = run_find(a, x->k);
                if (!r)
                    continue; /* its run is no key's */
                i = x->e - x->i > 8 ? x->i + 8 : x->e;
                s = walk(a, text, len, &i, r->state, &r->rec, out);
            }
            /* Out at ROOT, byte i goes back to the root (listed if a word
             * starts there); out at RWORD, it is a word's. */
            while (s == AC_ROOT && i < len && a->wordbyte[t[i]] && a->wordbyte[t[i - 1]]) {
                size_t e = skip_word(a, t, i + 1, len);
                const ac_run *r = word_run(a, t, i, e, len, t[i], a->root_byte[t[i]]);
                if (!r) {
                    i = e;
                    break;
                }
                i = e - i > 8 ? i + 8 : e;
                s = walk(a, text, len, &i, r->state, &r->rec, out);
            }
            next = i + (s == AC_RWORD);
        }
        if (next >= len)
            break;
        scan_batch *tmp = z;
        z = ahead;
        ahead = tmp;
    }
}

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>

__attribute__((target("avx2"))) static scan_block classify_avx2(const ac *a, const unsigned char *p)
{
    const __m256i below0 = _mm256_set1_epi8('0' - 1), above9 = _mm256_set1_epi8('9' + 1);
    const __m256i belowa = _mm256_set1_epi8('a' - 1), abovez = _mm256_set1_epi8('z' + 1);
    const __m256i low = _mm256_set1_epi8(0x20), nibble = _mm256_set1_epi8(0x0F);
    const __m256i lut = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)(const void *)a->root_lut));
    const __m256i bit = _mm256_setr_epi8(1, 2, 4, 8, 16, 32, 64, -128, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 64,
                                         -128, 0, 0, 0, 0, 0, 0, 0, 0);
    scan_block k = {0, 0};
    for (int h = 0; h < 2; h++) {
        __m256i x = _mm256_loadu_si256((const __m256i *)(const void *)(p + 32 * h));
        __m256i y = _mm256_or_si256(x, low); /* letters to lower case; >= 0x80 stays negative */
        __m256i digit = _mm256_and_si256(_mm256_cmpgt_epi8(x, below0), _mm256_cmpgt_epi8(above9, x));
        __m256i alpha = _mm256_and_si256(_mm256_cmpgt_epi8(y, belowa), _mm256_cmpgt_epi8(abovez, y));
        __m256i row = _mm256_shuffle_epi8(lut, _mm256_and_si256(x, nibble));
        __m256i col = _mm256_shuffle_epi8(bit, _mm256_and_si256(_mm256_srli_epi16(x, 4), nibble));
        __m256i in = _mm256_cmpeq_epi8(_mm256_and_si256(row, col), col); /* col 0 (not ASCII): in */
        uint64_t w = (uint32_t)_mm256_movemask_epi8(_mm256_or_si256(digit, alpha));
        uint64_t c = (uint32_t)_mm256_movemask_epi8(in);
        k.word |= w << (32 * h);
        k.cand |= c << (32 * h);
    }
    return k;
}

__attribute__((target("avx2"))) static void scan_avx2(const ac *a, const char *text, size_t len, ac_hits *out)
{
    scan_blocks(a, text, len, out, classify_avx2, true);
}

/* The lookup of byte x (< 0x80) in the 128 entries of table v; bytes in hi
 * (>= 0x80) look up AC_TRI_NW. */
__attribute__((target("avx512f,avx512bw,avx512vbmi"))) static inline __m512i tri_lookup(const uint8_t *v, __m512i x,
                                                                                        __mmask64 hi)
{
    __m512i lo = _mm512_loadu_si512((const void *)v), up = _mm512_loadu_si512((const void *)(v + 64));
    return _mm512_mask_blend_epi8(hi, _mm512_permutex2var_epi8(lo, x, up), _mm512_set1_epi8((char)v[AC_TRI_NW]));
}

/* The positions of the block whose bytes and the two after them pass the
 * trigram filter (ac_int.h; bytes that are not lower-case letters pass
 * nothing). */
__attribute__((target("avx512f,avx512bw,avx512vbmi"))) static __mmask64 tri_pass(const ac *a, __m512i x,
                                                                                 const unsigned char *p)
{
    __m512i x1 = _mm512_loadu_si512((const void *)(p + 1)), x2 = _mm512_loadu_si512((const void *)(p + 2));
    __mmask64 hi1 = _mm512_movepi8_mask(x1), hi2 = _mm512_movepi8_mask(x2);
    __m512i byte = _mm512_xor_si512(_mm512_xor_si512(tri_lookup(a->tri_a[0], x, 0), tri_lookup(a->tri_a[1], x1, hi1)),
                                    tri_lookup(a->tri_a[2], x2, hi2));
    __m512i bit = _mm512_xor_si512(_mm512_xor_si512(tri_lookup(a->tri_b[0], x, 0), tri_lookup(a->tri_b[1], x1, hi1)),
                                   tri_lookup(a->tri_b[2], x2, hi2));
    const __m512i bits = _mm512_broadcast_i32x4(_mm_setr_epi8(1, 2, 4, 8, 16, 32, 64, -128, 0, 0, 0, 0, 0, 0, 0, 0));
    __m512i set = tri_lookup(a->tri_set, byte, 0);
    return _mm512_test_epi8_mask(set, _mm512_shuffle_epi8(bits, bit));
}

/* With AVX-512 VBMI the block also goes through the trigram filter: a
 * lower-case letter is a candidate only if its trigram passes. */
__attribute__((target("avx512f,avx512bw,avx512vbmi"))) static scan_block classify_avx512(const ac *a,
                                                                                         const unsigned char *p)
{
    const __m512i nibble = _mm512_set1_epi8(0x0F);
    const __m512i lut = _mm512_broadcast_i32x4(_mm_loadu_si128((const __m128i *)(const void *)a->root_lut));
    const __m512i bit = _mm512_broadcast_i32x4(_mm_setr_epi8(1, 2, 4, 8, 16, 32, 64, -128, 0, 0, 0, 0, 0, 0, 0, 0));
    __m512i x = _mm512_loadu_si512((const void *)p);
    __m512i y = _mm512_or_si512(x, _mm512_set1_epi8(0x20));
    __mmask64 digit = _mm512_cmple_epu8_mask(_mm512_sub_epi8(x, _mm512_set1_epi8('0')), _mm512_set1_epi8(9));
    __mmask64 alpha = _mm512_cmple_epu8_mask(_mm512_sub_epi8(y, _mm512_set1_epi8('a')), _mm512_set1_epi8(25));
    __m512i row = _mm512_shuffle_epi8(lut, _mm512_and_si512(x, nibble));
    __m512i col = _mm512_shuffle_epi8(bit, _mm512_and_si512(_mm512_srli_epi16(x, 4), nibble));
    __mmask64 in = _mm512_cmpeq_epi8_mask(_mm512_and_si512(row, col), col); /* col 0 (not ASCII): in */
    __mmask64 lower = _mm512_cmple_epu8_mask(_mm512_sub_epi8(x, _mm512_set1_epi8('a')), _mm512_set1_epi8(25));
    in &= ~lower | tri_pass(a, x, p);
    return (scan_block){(uint64_t)(digit | alpha), (uint64_t)in};
}

__attribute__((target("avx512f,avx512bw,avx512vbmi"))) static void scan_avx512(const ac *a, const char *text,
                                                                               size_t len, ac_hits *out)
{
    scan_blocks(a, text, len, out, classify_avx512, false);
}
#endif

ac_scan_kind ac_scan_best(void)
{
#if defined(__x86_64__) && defined(__GNUC__)
    if (__builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512vbmi"))
        return AC_SCAN_AVX512;
    if (__builtin_cpu_supports("avx2"))
        return AC_SCAN_AVX2;
#endif
    return AC_SCAN_BYTES;
}

void ac_scan_as(const ac *a, ac_scan_kind kind, const char *text, size_t len, ac_hits *out)
{
    out->n = 0;
    switch (kind) {
#if defined(__x86_64__) && defined(__GNUC__)
    case AC_SCAN_AVX512:
        scan_avx512(a, text, len, out);
        return;
    case AC_SCAN_AVX2:
        scan_avx2(a, text, len, out);
        return;
#endif
    default:
        scan_bytes(a, text, len, out);
    }
}

void ac_scan(const ac *a, const char *text, size_t len, ac_hits *out)
{
    ac_scan_as(a, ac_scan_best(), text, len, out);
}
