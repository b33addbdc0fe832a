/* ac_int.h - the automaton's private layout, shared by its builder
 * (ac_build.c) and its scanner (ac.c). Nothing else includes this (but
 * test_ac.c, to look at the trigram filter).
 *
 * States: 0 is ROOT (a match may start at the next byte), 1 is RWORD (the
 * last byte was a letter or digit, so none may). Every other state is a trie
 * node. The children of a state are contiguous and sorted by class. The
 * first levels (the states most scans visit) come first in BFS order, packed
 * for the cache; below them, blocks of children are laid out in depth-first
 * order, so walking down a long name reads consecutive records. A sparse state keeps its children's labels in
 * its own record; a state with more children has a dense row of complete
 * transitions (failures applied). In a row, 0 means "start over at the root
 * with this byte": the root looks at the byte itself, because it tells
 * lower-case letters (which most names cannot start with) from capitals. */
#ifndef ENTGRAPH_AC_INT_H
#define ENTGRAPH_AC_INT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "ac.h"

#define AC_NONE UINT32_MAX
#define AC_INLINE 6 /* labels kept in a sparse record; more children: dense */
#define AC_NO_CLASS 0xFF /* lab[0] of a sparse state without children (classes are fewer) */
#define AC_ROOT 0
#define AC_RWORD 1

/* AC_F_OUT: a pattern ends here or on the failure chain. AC_F_INL: the
 * pattern ending here is in lab[1..4] and its length in lab[5] (a state
 * with at most one child label, or a dense one), saving two cache misses
 * per hit. AC_F_NEXT: out[].next is set. AC_F_ADJ: a sparse state whose
 * first child is the next record (base is the state's id + 1, as down a
 * chain of single children in depth-first order): the scan steps down such
 * chains without waiting for base. */
enum { AC_F_DENSE = 1, AC_F_OUT = 2, AC_F_INL = 4, AC_F_NEXT = 8, AC_F_ADJ = 16 };
/* What a class says about the character it belongs to. */
enum { AC_K_NONWORD, AC_K_WORD, AC_K_UNKNOWN };

typedef struct {
    uint32_t base; /* sparse: id of the first child; dense: offset of the row */
    uint32_t fail; /* longest proper suffix that is a state and may start a match */
    uint8_t nk;    /* children of a sparse state */
    uint8_t flags;
    uint8_t lab[AC_INLINE]; /* classes of the children of a sparse state */
} ac_state;

typedef struct {
    uint32_t pat;  /* pattern ending here, or AC_NONE */
    uint32_t next; /* next state on the failure chain with a pattern, or AC_NONE */
} ac_out;

/* The gates. A key can only start where the text's run of ASCII letters
 * and digits equals the run the key starts with (case folded): the byte
 * after either run is a non-word byte or the end. So a word enters the trie
 * only if the hash of its run is among those of the keys' runs; else it
 * starts no key and the scan skips it whole.
 *
 * Lower case: few keys may start in lower case, yet most words do. A word
 * that starts with a lower-case letter passes if the length of its run is
 * among those of the keys' runs that start with the same letter (lc_len)
 * and the hash of the run (length, first, second and last byte) is in
 * lc_gate. A letter that starts no such run (lc_len 0) is one that the root
 * sends to RWORD.
 *
 * Capitals and digits: most keys start with one, but many such words in a
 * text ("The", "Officials") start none. cap_gate holds a finer hash (first
 * eight bytes, last byte, length) of the first run of every key that starts
 * with a letter or digit, about four bits per key. */
#define AC_GATE_LOG2 12

/* The first eight bytes of the run p[0..n) (n > 0), case folded and zero
 * padded: the word the gates hash and the run table's slots hold (below).
 * p[0..8) must be readable; bytes from p[n] on do not count. */
static inline uint64_t ac_run_word(const unsigned char *p, size_t n)
{
    /* keep[k]: the low k bytes (a load, not a shift by a variable) */
    static const uint64_t keep[9] = {
        0,    0xFFull, 0xFFFFull, 0xFFFFFFull, 0xFFFFFFFFull, 0xFFFFFFFFFFull, 0xFFFFFFFFFFFFull, 0xFFFFFFFFFFFFFFull,
        ~0ull};
    uint64_t x;
    memcpy(&x, p, sizeof x);
    return (x | 0x2020202020202020ull) & keep[n < 8 ? n : 8];
}

/* The gates' hash, in `bits` bits, of a run of n bytes whose word is w
 * (ac_run_word) and whose last byte is `last`: the scan has w at hand, as
 * it looks the run up in the run table too. */
static inline uint32_t ac_gate_hash(uint64_t w, unsigned last, size_t n, unsigned bits)
{
    uint64_t x = w ^ (uint64_t)(last | 0x20) << 32 ^ (uint64_t)n << 56;
    return (uint32_t)((x * 0x9E3779B97F4A7C15ull) >> (64 - bits));
}

/* The same of the run p[0..n) (p[0..8) readable). */
static inline uint32_t ac_cap_hash(const unsigned char *p, size_t n, unsigned bits)
{
    return ac_gate_hash(ac_run_word(p, n), p[n - 1], n, bits);
}

/* The trigram filter, a gate the AVX-512 root applies to 64 bytes at once
 * (ac.c), so most lower-case words cost nothing each. A key can only start
 * where the text's first three bytes equal the key's (up to class): each
 * byte is taken as its ASCII letter or digit, case folded, or as "not a
 * word byte" (AC_TRI_NW: every other byte, and the end of the text); a key
 * of two bytes stands for itself and AC_TRI_NW, as the byte after a key
 * that ends is never a word byte. A lower-case word passes if the hash of
 * its trigram is among those of the keys the root enters from a lower-case
 * letter: ten bits, seven from tri_a (the byte of tri_set) and three from
 * tri_b (the bit), each the XOR of a table per position. The tables have
 * 128 entries (ASCII; other bytes read entry AC_TRI_NW). A key of one
 * letter, or too many trigrams for the 1024 bits, opens the filter for
 * all. */
#define AC_TRI_NW ' '

/* The run table. Inside the first run of a key no other key can start (the
 * byte before is a word byte) and none can end (so is the byte after: the
 * scan rejects such hits), and a run that is no key's first run starts no
 * key. So reading a word's run from the root is one lookup, not a chain of
 * dependent loads, one per letter: the state after the whole run, or none
 * (the word starts no key). A slot holds the run's first eight bytes, case
 * folded and zero padded, and a tag: the run's length, or AC_RUN_LONG for
 * the first eight bytes of a longer run (the scan reads the rest byte by
 * byte), plus AC_RUN_LOWER for a text run starting in lower case (the root
 * sends those into the lower-case copies). Tag 0: an empty slot. The slot
 * also holds a copy of the state's record, so reading a run and its state
 * costs one cache miss, not two. */
#define AC_RUN_LONG 9u
#define AC_RUN_LOWER 16u

typedef struct {
    uint64_t run;
    uint32_t tag;
    uint32_t state;
    ac_state rec; /* st[state] */
} ac_run;

static inline uint32_t ac_run_tag(unsigned first, size_t n)
{
    return (n < AC_RUN_LONG ? (uint32_t)n : AC_RUN_LONG) | (first >= 'a' ? AC_RUN_LOWER : 0);
}

static inline uint32_t ac_run_slot(uint64_t w, uint32_t tag, unsigned bits)
{
    return (uint32_t)(((w ^ tag) * 0x9E3779B97F4A7C15ull) >> (64 - bits));
}

struct ac {
    uint8_t cls[256];      /* byte -> class */
    uint8_t kind[256];     /* class -> AC_K_* */
    uint8_t wordbyte[256]; /* ASCII letter or digit */
    uint32_t root_byte[256];
    /* The ASCII bytes b whose root_byte is a trie state: bit b >> 4 of
     * root_lut[b & 15] (for the scan's 64-byte blocks, ac.c). */
    uint8_t root_lut[16];
    uint32_t lc_len[26]; /* per first letter: bit min(length, 31) of each run */
    uint64_t lc_gate[(1u << AC_GATE_LOG2) / 64]; /* run hashes of the keys that may start in lower case */
    uint8_t tri_a[3][128];                       /* the trigram filter (above): per position, ASCII byte -> 7 bits */
    uint8_t tri_b[3][128];                       /* and -> 3 bits */
    uint8_t tri_set[128];                        /* 1024 bits */
    uint64_t *cap_gate; /* 1 << cap_bits bits: cap hashes of the keys that start with a letter or digit */
    unsigned cap_bits;
    ac_run *runs; /* 1 << run_bits slots, at most half of them used */
    unsigned run_bits;
    uint32_t nclasses, nstates;
    ac_state *st;
    uint32_t *dense;
    size_t ndense;
    ac_out *out;    /* per state */
    uint32_t *plen;  /* per pattern: key length */
    uint32_t *canon; /* per pattern: lowest index of an equal key */
    size_t npat;
    int borrowed; /* the arrays are a cache image's (ac_from_parts): not freed here */
};

/* Does the lower-case word starting with bytes x0, x1, x2 pass the
 * trigram filter? (x1 and x2 are 0 past the end of the text.) */
static inline unsigned ac_tri_open(const ac *a, unsigned x0, unsigned x1, unsigned x2)
{
    x1 = x1 < 0x80 ? x1 : AC_TRI_NW;
    x2 = x2 < 0x80 ? x2 : AC_TRI_NW;
    unsigned byte = a->tri_a[0][x0] ^ a->tri_a[1][x1] ^ a->tri_a[2][x2];
    return a->tri_set[byte] >> (a->tri_b[0][x0] ^ a->tri_b[1][x1] ^ a->tri_b[2][x2]) & 1;
}

#endif
