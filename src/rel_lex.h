/* rel_lex.h - private to the relations module: the loaded lexicon and the
 * tokenizer that both the loader (trigger forms) and the extractor
 * (sentences) use, so a trigger and a sentence are cut into words alike. */
#ifndef ENTGRAPH_REL_LEX_H
#define ENTGRAPH_REL_LEX_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "rel.h"
#include "strmap.h"

#define REL_STOP UINT32_MAX /* relation of a stop phrase: matches, yields nothing */
#define REL_MAX_TOKENS 8    /* tokens in one trigger form */

typedef struct {
    char *key; /* tokens, ASCII lower-cased, joined by single spaces */
    uint16_t ntok;
    uint16_t first_len; /* bytes of the first token (the strmap key) */
    uint32_t relation;  /* index into types, or REL_STOP */
    uint32_t origin;    /* index into origins: the row it came from */
    int32_t second;     /* wordv index of the second token, -1 if none or not a word (a sentence
                           token equal to it was looked up and has this tok.word) */
} rel_trigger;

/* A word that starts triggers, is a cue word or is the second word of a
 * form (rel_trigger.second): a sentence token finds all it needs to know
 * about itself in one lookup. */
typedef struct {
    uint32_t first, end; /* its triggers: trigs[first..end), empty if none */
    uint32_t cue;        /* cue-word lists holding it (rel_scan.c) */
    uint32_t tail;       /* a word over 8 bytes: its bytes 8.. at wkeys[tail..] */
    uint64_t cue2;       /* the rarer tests' lists (rel_scan.c): read through tok.word, not copied to tokens */
    uint64_t cue3;       /* the rarest tests' lists, past cue2's 64 (rel_scan.c), read likewise */
    uint64_t seconds;    /* of its forms of two tokens or more: bit (second & 63) of each second word, every bit
                            if one's second token is no word (find_triggers skips them where no bit matches) */
} rel_word;

/* A slot of the word index (open addressing, linear probing). A word is
 * stored as 64-bit numbers of eight bytes each (memcpy order), lower case,
 * zero-padded: no word holds a NUL byte, so a slot compares a short word
 * in one step. The slot also holds what a sentence token needs of its
 * word (cue bits, whether triggers start with it), copied from wordv once
 * the lexicon is complete (wslot_sync in rel_lex.c): the tokenizer reads no wordv
 * entry, whose cache lines would compete with the slots'. */
typedef struct {
    uint64_t head; /* bytes 0..7 */
    uint32_t cue;  /* wordv[word].cue */
    uint32_t meta; /* length (REL_WS_LEN bits), REL_WS_TRIG, word << REL_WS_SHIFT; 0: empty */
} rel_wslot;

enum {
    REL_WS_LEN = 0x7F,      /* the word's length, 1..REL_WORD_MAX */
    REL_WS_TRIG = 0x80,     /* wordv[word].first != wordv[word].end */
    REL_WS_SHIFT = 8,       /* the index into wordv */
    REL_MAX_FORMS = 1 << 22 /* trigger forms in a lexicon: two words each and the cue words fit 24 bits */
};

/* The wordv index of an occupied slot. */
static inline uint32_t rel_wslot_word(const rel_wslot *s)
{
    return s->meta >> REL_WS_SHIFT;
}

enum { REL_WORD_MAX = 63 }; /* longer tokens are neither triggers nor cue words */
/* The word index's filter: one bit per 2^-REL_BLOOM_LOG2 of the hash range,
 * set where a word hashes. A kilobyte stays in the L1 cache, where the
 * table's slots would not: most words of a text are not in the index. */
enum { REL_BLOOM_LOG2 = 13 };

typedef struct {
    const char *file; /* owned by rel_lexicon.files */
    long line;
} rel_origin;

struct rel_lexicon {
    rel_type *types; /* unique by name */
    uint32_t host_type; /* the first type with cameo 043 (rel_type.host), REL_STOP if none */
    uint32_t *type_origin;
    size_t n_types, cap_types, cap_type_origin;
    rel_trigger *trigs; /* sorted by first token, then longest first */
    size_t n_trigs, cap_trigs;
    rel_origin *origins;
    size_t n_origins, cap_origins;
    char **files;
    size_t n_files, cap_files;
    strmap *type_ids; /* relation name -> type index */
    strmap *forms;    /* trigger key -> origin index (duplicate check) */
    /* The word index: the general strmap would hash and compare bytes with
     * library calls, and every word of a sentence with two actors asks. */
    rel_wslot *wtab; /* 1 << wtab_bits slots, at most half full; never NULL */
    unsigned wtab_bits;
    uint64_t wbloom[(1u << REL_BLOOM_LOG2) / 64]; /* rel_bloom_bit of every word */
    uint64_t *wkeys;                              /* bytes 8.. of the words over 8 bytes (rel_word.tail) */
    size_t n_wkeys, cap_wkeys;
    rel_word *wordv;
    size_t n_words, cap_words;
    size_t max_word; /* the longest word's length */
};

/* The entry of word w[0..n) (lower case, 0 < n <= REL_WORD_MAX), made
 * empty if new. Only while the lexicon is built: the pointer lasts until
 * the next call. */
rel_word *rel_word_slot(rel_lexicon *lx, const char *w, size_t n);
/* The slot of token t[0..n) (ASCII case folded), or NULL. t[0..avail) is
 * readable (avail >= n): whole eight-byte loads when they fit. */
const rel_wslot *rel_wslot_find_any(const rel_lexicon *lx, const char *t, size_t n, size_t avail);
/* Its entry, or NULL. */
const rel_word *rel_word_find_any(const rel_lexicon *lx, const char *t, size_t n, size_t avail);

/* ASCII capitals of the eight bytes in v to lower case, the rest as is. */
static inline uint64_t rel_lower8(uint64_t v)
{
    const uint64_t low7 = 0x7F7F7F7F7F7F7F7Fu, high = 0x8080808080808080u;
    uint64_t h = v & low7;
    uint64_t from_a = h + 0x3F3F3F3F3F3F3F3Fu; /* high bit: h >= 'A' */
    uint64_t past_z = h + 0x2525252525252525u; /* high bit: h > 'Z' */
    return v | (from_a & ~past_z & ~v & high) >> 2;
}

/* The first r (1..8) of the eight bytes a memcpy put in a number. */
static inline uint64_t rel_first_bytes(uint64_t v, size_t r)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    return v & ~0ull << (64 - 8 * r);
#else
    return v & ~0ull >> (64 - 8 * r);
#endif
}

/* A word's hash: n bytes whose first eight (rel_wslot.head) are head. Its
 * top bits give the home slot, and the top REL_BLOOM_LOG2 its filter bit. */
static inline uint64_t rel_word_mix(uint64_t head, size_t n)
{
    return (head ^ n) * 0x9E3779B97F4A7C15u;
}

/* Home slot of a word in a table of 1 << bits slots. */
static inline size_t rel_word_hash(uint64_t head, size_t n, unsigned bits)
{
    return (size_t)(rel_word_mix(head, n) >> (64 - bits));
}

/* The word filter's bit for a hash: word h / 64, bit h % 64. */
static inline size_t rel_bloom_bit(uint64_t mix)
{
    return (size_t)(mix >> (64 - REL_BLOOM_LOG2));
}

/* The fields of the word index a lookup reads, copied into a local where
 * many lookups run: stores to tokens in between cannot make the compiler
 * load them again. */
typedef struct {
    const rel_wslot *tab;
    const rel_word *wordv;
    const uint64_t *wkeys;
    const uint64_t *bloom;
    size_t mask;
    unsigned shift; /* 64 - wtab_bits */
} rel_windex;

static inline rel_windex rel_word_index(const rel_lexicon *lx)
{
    return (rel_windex){.tab = lx->wtab,
                        .wordv = lx->wordv,
                        .wkeys = lx->wkeys,
                        .bloom = lx->wbloom,
                        .mask = ((size_t)1 << lx->wtab_bits) - 1,
                        .shift = 64 - lx->wtab_bits};
}

/* Whether the word filter lets a word of hash mix through: most words of
 * a text need no probe. */
static inline int rel_word_maybe(const rel_windex *ix, uint64_t mix)
{
    size_t bit = rel_bloom_bit(mix);
    return ix->bloom[bit / 64] >> (bit % 64) & 1;
}

/* rel_word_get past the filter: mix is the word's rel_word_mix. */
static inline const rel_wslot *rel_word_probe(const rel_windex *ix, uint64_t mix, uint64_t head, uint64_t next,
                                              size_t n)
{
    for (size_t i = (size_t)(mix >> ix->shift);; i = (i + 1) & ix->mask) {
        const rel_wslot *s = &ix->tab[i];
        /* under 8 bytes the head is the word: it ends at its first NUL byte */
        if (s->head == head && (n < 8 || ((s->meta & REL_WS_LEN) == n &&
                                          (n == 8 || ix->wkeys[ix->wordv[rel_wslot_word(s)].tail] == next))))
            return s;
        if (!s->meta)
            return NULL;
    }
}

/* The slot of the word of n bytes (0 < n <= 16) whose bytes, lower case
 * and zero-padded, are head (0..7) and next (8..15, 0 if n <= 8), or NULL. */
static inline const rel_wslot *rel_word_get(const rel_windex *ix, uint64_t head, uint64_t next, size_t n)
{
    uint64_t mix = rel_word_mix(head, n);
    return rel_word_maybe(ix, mix) ? rel_word_probe(ix, mix, head, next, n) : NULL;
}

/* rel_wslot_find_any, with the common case inline: a word of at most 16
 * bytes with 16 readable is two loads and a compare or two per slot. */
static inline const rel_wslot *rel_wslot_find(const rel_lexicon *lx, const char *t, size_t n, size_t avail)
{
    if (n - 1 >= 16 || avail < 16)
        return rel_wslot_find_any(lx, t, n, avail);
    uint64_t v, v2 = 0;
    memcpy(&v, t, 8);
    if (n > 8) {
        memcpy(&v2, t + 8, 8);
        v2 = rel_lower8(rel_first_bytes(v2, n - 8));
    }
    v = rel_lower8(n < 8 ? rel_first_bytes(v, n) : v);
    rel_windex ix = rel_word_index(lx);
    return rel_word_get(&ix, v, v2, n);
}

/* The entry of token t[0..n) (rel_word_find_any, inline). */
static inline const rel_word *rel_word_find(const rel_lexicon *lx, const char *t, size_t n, size_t avail)
{
    const rel_wslot *s = rel_wslot_find(lx, t, n, avail);
    return s ? &lx->wordv[rel_wslot_word(s)] : NULL;
}

/* Per byte: 1 if it starts or continues a word token (an ASCII letter or
 * digit, or any byte of a non-ASCII character), 2 if it separates tokens
 * (space, tab, line break, carriage return), 0 for punctuation. */
extern const uint8_t rel_word_bytes[256];

/* Sixteen 0xFF bytes, then sixteen zeros: the sixteen bytes at 16 - n keep
 * the first n bytes of a vector and clear the rest. */
extern const uint8_t rel_first_16[32];

static inline int rel_word_byte(unsigned char c)
{
    return rel_word_bytes[c] & 1;
}

static inline int rel_space_byte(unsigned char c)
{
    return rel_word_bytes[c] >> 1;
}

#ifdef __SSE2__
#include <emmintrin.h>
/* Bit k set if byte k of x is a word byte (rel_word_byte); *lower is x with
 * its ASCII capitals in lower case. A range test is one add and one signed
 * compare: adding 0x80 - lo moves [lo, lo + k) to the k lowest signed bytes. */
static inline unsigned rel_word_bits16(__m128i x, __m128i *lower)
{
    const __m128i low = _mm_set1_epi8(0x20);
    __m128i y = _mm_or_si128(x, low); /* an ASCII letter in lower case */
    __m128i alpha = _mm_cmpgt_epi8(_mm_set1_epi8(-128 + 26), _mm_add_epi8(y, _mm_set1_epi8(0x80 - 'a')));
    __m128i digit = _mm_cmpgt_epi8(_mm_set1_epi8(-128 + 10), _mm_add_epi8(x, _mm_set1_epi8(0x80 - '0')));
    *lower = _mm_or_si128(x, _mm_and_si128(alpha, low));
    /* bytes >= 0x80 are negative: their sign bit is set in x itself */
    return (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(digit, alpha), x));
}
#endif

/* End of the word run that goes on at t[q] (q itself if t[q] is no word
 * byte), at most end; t[0..readable) may be read. Sixteen bytes at a time
 * where SSE2 is there: the end of a word is found without a loop exit per
 * length, which the branch predictor cannot learn. */
static inline size_t rel_word_end(const char *t, size_t q, size_t end, size_t readable)
{
#ifdef __SSE2__
    while (q < end && q + 16 <= readable) {
        __m128i lower;
        unsigned stop = ~rel_word_bits16(_mm_loadu_si128((const __m128i *)(const void *)(t + q)), &lower) & 0xFFFFu;
        if (stop) {
            q += (unsigned)__builtin_ctz(stop);
            return q < end ? q : end;
        }
        q += 16;
    }
    if (q >= end)
        return end;
#endif
    while (q < end && rel_word_byte((unsigned char)t[q]))
        q++;
    return q;
}

#ifdef __SSE2__
/* rel_word_token for a word of up to 16 bytes, where text[ts, ts + 16) may
 * be read: one load finds the end of a word of up to 15 bytes and gives its
 * lower-case bytes for the index. Sets *te; returns 0 for a longer word
 * (whose lookup is a call: loops with none keep their constants in
 * registers), else 1 with its slot or NULL in *out. */
static inline __attribute__((always_inline)) int rel_word_short16(const rel_windex *ix, const char *text, size_t ts,
                                                                  size_t lim, size_t readable, size_t *te,
                                                                  const rel_wslot **out)
{
    __m128i lower;
    unsigned stop = ~rel_word_bits16(_mm_loadu_si128((const __m128i *)(const void *)(text + ts)), &lower) & 0xFFFEu;
    size_t e;
    if (__builtin_expect(stop != 0, 1)) { /* a word of up to 15 bytes */
        e = ts + (unsigned)__builtin_ctz(stop);
        e = e > lim ? lim : e;
    } else {
        e = rel_word_end(text, ts + 16, lim, readable);
        if (e - ts > 16) {
            *te = e;
            return 0;
        }
    }
    *te = e;
    size_t n = e - ts;
    __m128i keep = _mm_loadu_si128((const __m128i *)(const void *)(rel_first_16 + 16 - n));
    __m128i word = _mm_and_si128(lower, keep);
    uint64_t head, next; /* memory order, as the index stores words */
    _mm_storel_epi64((__m128i *)(void *)&head, word);
    uint64_t mix = rel_word_mix(head, n);
    if (!rel_word_maybe(ix, mix)) {
        *out = NULL;
        return 1;
    }
    _mm_storel_epi64((__m128i *)(void *)&next, _mm_unpackhi_epi64(word, word)); /* only past the filter */
    *out = rel_word_probe(ix, mix, head, next, n);
    return 1;
}
#endif

/* The word token at text[ts] (a word byte) ending at or before lim (> ts;
 * text[0..readable) may be read): its end in *te, and its slot in the word
 * index (ix, from rel_word_index(lx)) or NULL. */
static inline const rel_wslot *rel_word_token(const rel_lexicon *lx, const rel_windex *ix, const char *text, size_t ts,
                                              size_t lim, size_t readable, size_t *te)
{
#ifdef __SSE2__
    if (ts + 16 <= readable) {
        const rel_wslot *w;
        if (rel_word_short16(ix, text, ts, lim, readable, te, &w))
            return w;
        return rel_wslot_find_any(lx, text + ts, *te - ts, readable - ts);
    }
#else
    (void)ix;
#endif
    *te = rel_word_end(text, ts + 1, lim, readable);
    return rel_wslot_find(lx, text + ts, *te - ts, readable - ts);
}

/* Next token of t[*pos..end): a word (a run of ASCII letters/digits and
 * non-ASCII bytes, cut at `cut` when *pos < cut) or one punctuation byte;
 * spaces and line breaks separate tokens. Sets [*s,*e), advances *pos;
 * returns 0 at the end. (The lexicon's trigger forms come through here;
 * rel.c cuts sentences the same way, in one loop with the lookups.) */
static inline int rel_next_token(const char *t, size_t end, size_t cut, size_t *pos, uint32_t *s, uint32_t *e)
{
    size_t p = *pos;
    while (p < end && rel_space_byte((unsigned char)t[p]))
        p++;
    if (p >= end)
        return 0;
    size_t q = p + 1;
    if (rel_word_byte((unsigned char)t[p])) {
        size_t lim = (cut > p && cut < end) ? cut : end;
        while (q < lim && rel_word_byte((unsigned char)t[q]))
            q++;
    }
    *s = (uint32_t)p;
    *e = (uint32_t)q;
    *pos = q;
    return 1;
}

#endif
