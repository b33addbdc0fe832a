/* seg.h - sentence and paragraph segmentation of normalised text.
 *
 * Works on the normalised text (so whitespace is already one byte, and a blank
 * line is "\n\n"); reads capitals from it directly (ASCII keeps its case) and
 * through norm_upper_or_digit_at for other letters. Knows news abbreviations
 * (U.S., D.C., Dr., Lt. Gen., Col., Nov., Jan. ...), initials ("J. Smith"),
 * decimals (3.5), ellipses, closing quotes and brackets after the full stop.
 * A paragraph ends at a blank line; a sentence ends at a paragraph end, at
 * terminal punctuation followed by a capital/digit/quote, or at a single line
 * break followed by a capital when the line before has no terminal punctuation
 * (headlines, bylines). */
#ifndef ENTGRAPH_SEG_H
#define ENTGRAPH_SEG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "norm.h"

typedef struct {
    uint32_t start, end; /* normalised offsets, [start,end), trimmed of spaces */
    uint32_t para;       /* 0-based paragraph index within the document */
} seg_sentence;

typedef struct {
    seg_sentence *v;
    size_t n, cap;
} seg_list;

/* Splits nt->text into sentences (reusing out's memory). `in`/`n` are the
 * original input bytes (for capitals outside ASCII). Every non-space byte of
 * the text lies in exactly one sentence; sentences are in text order. */
void seg_run(seg_list *out, const norm_text *nt, const char *in, size_t n);
void seg_list_free(seg_list *l);

/* Index of the sentence containing normalised offset pos (binary search);
 * a position between sentences belongs to the next one, a position after
 * the last sentence to the last one; 0 for an empty list. */
uint32_t seg_find(const seg_list *l, uint32_t pos);

/* Start of the token that ends at t[b]: the run of ASCII letters and full
 * stops before b, not before s (seg_run's walk back from a full stop, 16
 * bytes at a time where SSE2 is there); *dotted: a full stop in the run. */
size_t seg_token_start(const char *t, size_t s, size_t b, bool *dotted);

#endif
