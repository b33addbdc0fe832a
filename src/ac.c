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
 * also covers what byte classes cannot decide (non-ASCII letters). */
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
    xbig_free(a->st);
    xbig_free(a->dense);
    xbig_free(a->out);
    free(a->plen);
    free(a->canon);
    free(a->cap_gate);
    xbig_free(a->runs);
    free(a);
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

/* Appends the patterns that end at `end` in state s, longest first. */
static void report(const ac *a, uint32_t s, const char *text, size_t len, size_t end, ac_hits *out)
{
    if (word_at(a, text, len, end))
        return;
    const ac_state *x = &a->st[s];
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
 * through failure links; AC_ROOT says "start over with this byte". */
static uint32_t step(const ac_state *st, const uint32_t *dense, const ac_state *x, uint32_t c)
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
        x = &st[x->fail];
    }
}

/* Reads the run t[0..n) (n > 0) for a gate's hash: ac_cap_hash reads
 * eight bytes, so near the end of the text (avail bytes left from t) the
 * run is copied. */
static inline uint32_t gate_hash(const unsigned char *t, size_t n, size_t avail, unsigned bits)
{
    unsigned char head[8] = {0};
    if (avail < 8)
        t = memcpy(head, t, avail);
    return ac_cap_hash(t, n, bits);
}

/* Can the lower-case word t[0..n) start a key? (The gates of ac_int.h.)
 * Without an early exit: whether a word passes is hard to predict, and
 * one branch mispredicts less than two. */
static bool gate_open(const ac *a, const unsigned char *t, size_t n, size_t avail)
{
    uint32_t h = gate_hash(t, n, avail, AC_GATE_LOG2);
    return (a->lc_len[t[0] - 'a'] >> (n < 31 ? n : 31) & a->lc_gate[h / 64] >> (h % 64)) & 1;
}

/* The same for a word that starts with a capital or digit. */
static bool cap_gate_open(const ac *a, const unsigned char *t, size_t n, size_t avail)
{
    uint32_t h = gate_hash(t, n, avail, a->cap_bits);
    return a->cap_gate[h / 64] >> (h % 64) & 1;
}

/* The state after reading the run t[0..n) (n > 0; avail bytes readable
 * from t) from the root, from the run table: its first eight bytes if it is
 * longer. AC_NONE if no key starts with the run. */
static inline uint32_t run_state(const ac *a, const unsigned char *t, size_t n, size_t avail)
{
    unsigned char head[8] = {0};
    uint32_t tag = ac_run_tag(t[0], n);
    if (avail < 8)
        t = memcpy(head, t, avail);
    uint64_t w = ac_run_word(t, n);
    uint32_t mask = (1u << a->run_bits) - 1;
    for (uint32_t h = ac_run_slot(w, tag, a->run_bits);; h = (h + 1) & mask) {
        const ac_run *r = &a->runs[h];
        if (r->run == w && r->tag == tag)
            return r->state;
        if (r->tag == 0)
            return AC_NONE;
    }
}

void ac_scan(const ac *a, const char *text, size_t len, ac_hits *out)
{
    out->n = 0;
    const unsigned char *t = (const unsigned char *)text;
    const ac_state *st = a->st; /* in locals: report() stores through out */
    const uint32_t *dense = a->dense;
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
        if (a->wordbyte[b]) {
            size_t e = skip_word(a, t, i + 1, len);
            bool open = b - 'a' < 26u   ? gate_open(a, t + i, e - i, len - i) /* always closed for RWORD */
                        : s == AC_RWORD ? false
                                        : cap_gate_open(a, t + i, e - i, len - i);
            s = open ? run_state(a, t + i, e - i, len - i) : AC_NONE;
            if (s == AC_NONE) {
                i = e;
                continue;
            }
            i = e - i > 8 ? i + 8 : e;
        } else
            i++;
        /* In the trie: report what ends before byte i, then read it. Out at
         * ROOT, byte i goes back to the root; out at RWORD, it is a word's. */
        while (s > AC_RWORD) {
            const ac_state *x = &st[s];
            if (x->flags & AC_F_OUT)
                report(a, s, text, len, i, out);
            if (i == len)
                return;
            s = step(st, dense, x, a->cls[t[i]]);
            i += s > AC_RWORD;
        }
        if (s == AC_RWORD)
            i = skip_word(a, t, i + 1, len);
    }
}
