/* ac.h - Aho-Corasick automaton over normalised alias keys.
 *
 * Built once from all keys. Bytes are mapped to equivalence classes first:
 * ASCII A-Z fold to a-z, and ' ', '\n' and '-' are one class (so "Kim
 * Jong-un" matches "Kim Jong Un" and a name may wrap at a line break); bytes
 * that occur in no key share one of three classes (ASCII letter or digit,
 * other ASCII, non-ASCII). One left-to-right pass over the text reports every
 * key occurrence whose start is not preceded by a word character and whose
 * end is not followed by one (norm_word_before/at): matches only start at
 * word starts, and the automaton never follows a key into the middle of a
 * word. Scans share the automaton read-only (thread-safe); building 1M keys
 * takes about a second. Layout and invariants: ac_int.h, ac_build.c. */
#ifndef ENTGRAPH_AC_H
#define ENTGRAPH_AC_H

#include <stddef.h>
#include <stdint.h>

#include "cache.h"

typedef struct ac ac;

typedef struct {
    uint32_t start, end; /* normalised offsets [start,end) */
    uint32_t pattern;    /* index of the key in the build arrays */
} ac_hit;

typedef struct {
    ac_hit *v;
    size_t n, cap;
} ac_hits;

/* Builds the automaton; keys[i] has length lens[i] (> 0). Duplicate keys
 * (after class folding) are allowed: each hit then reports the lowest index
 * (see ac_canonical). Never returns NULL. */
ac *ac_build(const char *const *keys, const size_t *lens, size_t n);
/* Like ac_build; capital_first[i] != 0 (capital_first may be NULL) says
 * pattern i is only wanted where its first byte in the text is not an ASCII
 * lower-case letter, and such occurrences may then be left out (equal keys
 * share their occurrences: one without the flag keeps them all). Words that
 * start in lower case are most of a text, and most names cannot start there,
 * so the scan skips them without walking the automaton. */
ac *ac_build_cased(const char *const *keys, const size_t *lens, const uint8_t *capital_first, size_t n);
void ac_free(ac *a); /* NULL-safe */

/* The lowest index of a key equal to key i after class folding (i if none
 * is lower): the pattern index hits report for key i. */
uint32_t ac_canonical(const ac *a, uint32_t i);

/* Appends every boundary-respecting occurrence in text[0..len) to out (after
 * resetting out->n), ordered by end then by start. */
void ac_scan(const ac *a, const char *text, size_t len, ac_hits *out);

/* How ac_scan reads the text at the root: byte by byte (any CPU), or in
 * blocks of 64 bytes classified with AVX2 or AVX-512 (BW and VBMI; VBMI
 * runs the trigram filter of ac_int.h over the block). */
typedef enum { AC_SCAN_BYTES, AC_SCAN_AVX2, AC_SCAN_AVX512 } ac_scan_kind;
/* The fastest kind this CPU runs: the one ac_scan uses. */
ac_scan_kind ac_scan_best(void);
/* ac_scan the given way (at most ac_scan_best()); all find the same. */
void ac_scan_as(const ac *a, ac_scan_kind kind, const char *text, size_t len, ac_hits *out);

/* The automaton as parts of a cache image (cache.h): its struct, then its
 * arrays; they stay a's. Returns how many (AC_PARTS). */
#define AC_PARTS 8
size_t ac_parts(const ac *a, cache_part *out);
/* The automaton over parts from ac_parts (a cache image that must stay
 * mapped while it lives; ac_free leaves the parts alone), or NULL if their
 * sizes do not fit together. */
ac *ac_from_parts(const cache_part *p, size_t n);

/* Memory held by the automaton, in bytes (for the benchmark). */
size_t ac_memory(const ac *a);

#ifdef __SSE2__
#include <emmintrin.h>
/* Bit k set if p[k] (k < 16) is an ASCII letter or digit: the bytes that
 * continue a word for the scan. Bytes >= 0x80 are not among them; the
 * caller tells them apart with _mm_movemask_epi8 when it needs to. */
static inline unsigned ac_word_bits16(__m128i x)
{
    const __m128i below0 = _mm_set1_epi8('0' - 1), above9 = _mm_set1_epi8('9' + 1);
    const __m128i belowa = _mm_set1_epi8('a' - 1), abovez = _mm_set1_epi8('z' + 1), low = _mm_set1_epi8(0x20);
    __m128i y = _mm_or_si128(x, low); /* ASCII letters to lower case; >= 0x80 stays negative */
    __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(x, below0), _mm_cmplt_epi8(x, above9));
    __m128i alpha = _mm_and_si128(_mm_cmpgt_epi8(y, belowa), _mm_cmplt_epi8(y, abovez));
    return (unsigned)_mm_movemask_epi8(_mm_or_si128(digit, alpha));
}
#endif

#endif
