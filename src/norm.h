/* norm.h - text normalisation (the only module that uses utf8proc).
 *
 * The normalised form is what the automaton sees:
 *   - NFKC, and case folding of non-ASCII characters (utf8proc);
 *   - ASCII letters keep their case: the automaton folds A-Z itself through
 *     its byte classes, and case rules read capitals straight from the text;
 *   - dashes U+2010..U+2015 and U+2212 become '-', curly single quotes and
 *     primes U+2018..U+201B, U+2032 become '\'', curly double quotes
 *     U+201C..U+201F, U+2033 become '"';
 *   - a run of whitespace (ASCII or Unicode, CR, LF) becomes one byte: ' ' if
 *     it holds no line break, '\n' if it holds one, and two bytes "\n\n" if
 *     it holds two or more (a blank line: a paragraph break);
 *   - default-ignorable characters (soft hyphen, zero-width joiners, BOM) vanish;
 *   - an invalid UTF-8 byte becomes one byte 0x01 (a non-letter) and is
 *     reported through `bad_at`; NUL stays NUL.
 * Plain ASCII is found 16 bytes at a time and copied in bulk; no ASCII byte
 * ever reaches utf8proc.
 *
 * Offset map: norm_orig(t, i) is the input byte offset of the start of the
 * source character (or character cluster: a starter with its combining marks)
 * that produced normalised byte i; norm_orig(t, len) == input length. A span
 * [s,e) of the normalised text maps to the input bytes
 * [norm_orig(t, s), norm_orig(t, e)) when s and e lie on source-character
 * boundaries, which word boundaries guarantee.
 *
 * The map is stored sparse, as segments sorted by strictly increasing `at`:
 * map[0].at == 0, and segment k covers the normalised bytes
 * [map[k].at, map[k+1].at). A linear segment is a verbatim copy (byte p comes
 * from src + (p - at)); any other maps all its bytes to src (a cluster that
 * normalisation rewrote, or a collapsed whitespace run). One or two line
 * breaks alone after a plain byte, before a plain byte or one of U+2010 ..
 * U+201F, are copied as they are, so linear. The last entry is the end mark
 * {len, input length}. Plain ASCII text is one segment per collapsed
 * whitespace run. A lookup is a binary search between two entries of
 * map_index, which holds the segment covering every 64th byte: cheap at the
 * boundaries callers need, not meant for every byte. */
#ifndef ENTGRAPH_NORM_H
#define ENTGRAPH_NORM_H

#include <assert.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum { NORM_BLOCK_SHIFT = 6 }; /* map_index has an entry per 64 bytes */

/* One segment of the offset map (see above). */
typedef struct {
    uint32_t at;  /* first normalised byte of the segment */
    uint32_t src; /* input offset of that byte */
    bool linear;  /* later bytes advance with src (a copy) or share it */
} norm_seg;

typedef struct {
    char *text;          /* normalised bytes, NUL-terminated; owned */
    size_t len;
    size_t cap;          /* capacity of text (reused across calls) */
    norm_seg *map;       /* the offset map, map_n >= 1 entries after a run; owned */
    size_t map_n, map_cap;
    uint32_t *map_index; /* (len >> NORM_BLOCK_SHIFT) + 2 entries; owned */
    size_t index_cap;
    long bad_at;         /* input offset of the first invalid UTF-8 byte, -1 if none */
} norm_text;

/* Normalises in[0..n) into out, reusing out's memory. Inputs over 4 GiB (or
 * whose normalised form exceeds 4 GiB) are rejected (returns -1); otherwise
 * returns 0. n may be 0. ASCII control bytes other than whitespace, NUL
 * included, are copied unchanged (they are not word characters). */
int norm_run(norm_text *out, const char *in, size_t n);
void norm_text_free(norm_text *t); /* frees the buffers; the struct may be reused */

/* The last segment in map[lo..hi] whose `at` is <= pos (a binary search;
 * norm_orig's slow path). */
size_t norm_seg_find(const norm_text *t, size_t lo, size_t hi, size_t pos);

/* The segment of normalised byte pos (0 <= pos <= t->len): the last one
 * whose `at` is <= pos. Inline: it is one of the segments map_index gives
 * for pos's block and the next, and in most text (a segment per collapsed
 * whitespace run) one of the first two, which needs no search; for
 * boundaries, not every byte. */
static inline size_t norm_seg_at(const norm_text *t, size_t pos)
{
    assert(pos <= t->len);
    size_t b = pos >> NORM_BLOCK_SHIFT, k = t->map_index[b], hi = t->map_index[b + 1];
    if (k < hi && t->map[k + 1].at <= pos) {
        k++;
        if (k < hi && t->map[k + 1].at <= pos)
            k = norm_seg_find(t, k + 1, hi, pos);
    }
    return k;
}

/* The input offset of normalised byte pos in segment g (as described above). */
static inline uint32_t norm_seg_src(const norm_seg *g, size_t pos)
{
    return g->linear ? g->src + (uint32_t)(pos - g->at) : g->src;
}

/* The input offset that normalised byte pos (0 <= pos <= t->len) comes from,
 * as described above. */
static inline uint32_t norm_orig(const norm_text *t, size_t pos)
{
    return norm_seg_src(&t->map[norm_seg_at(t, pos)], pos);
}

/* norm_orig of pos and of end (pos <= end <= t->len) at once: a span such
 * as a name mostly lies in one segment, found once. */
static inline void norm_orig_span(const norm_text *t, size_t pos, size_t end, uint32_t *o_pos, uint32_t *o_end)
{
    size_t k = norm_seg_at(t, pos);
    *o_pos = norm_seg_src(&t->map[k], pos);
    *o_end = k + 1 < t->map_n && end < t->map[k + 1].at ? norm_seg_src(&t->map[k], end) : norm_orig(t, end);
}

/* Normalises a short string (an alias) into a fresh NUL-terminated string;
 * sets *len. Returns NULL if s is not valid UTF-8 (the gazetteer must be). */
char *norm_string(const char *s, size_t n, size_t *len);
/* True if norm_string would return s[0..n) unchanged (printable ASCII with
 * single spaces inside: most aliases), so s can serve as its own key. */
bool norm_is_normal(const char *s, size_t n);

/* True if s[0..n) is valid UTF-8. */
bool norm_valid_utf8(const char *s, size_t n);

/* Word characters: letters, digits and combining marks (Unicode classes
 * L*, N*, M*). These look at the normalised text. */
bool norm_word_before(const char *t, size_t pos);        /* char ending at pos */
bool norm_word_at(const char *t, size_t len, size_t pos); /* char starting at pos */

/* True if the character starting at in[off] (original input bytes, n total)
 * is an uppercase or titlecase letter or a digit. */
bool norm_upper_or_digit_at(const char *in, size_t n, size_t off);

/* Byte length of the UTF-8 character starting at t[pos] (1 for invalid). */
size_t norm_char_len(const char *t, size_t len, size_t pos);

#endif
