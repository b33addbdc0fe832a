/* rel_lex.h - private to the relations module: the loaded lexicon and the
 * tokenizer that both the loader (trigger forms) and the extractor
 * (sentences) use, so a trigger and a sentence are cut into words alike. */
#ifndef ENTGRAPH_REL_LEX_H
#define ENTGRAPH_REL_LEX_H

#include <stddef.h>
#include <stdint.h>

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
} rel_trigger;

/* A word that starts triggers or is a cue word, or both: a sentence token
 * finds all it needs to know about itself in one lookup. */
typedef struct {
    uint32_t first, end; /* its triggers: trigs[first..end), empty if none */
    uint32_t cue;        /* cue-word lists holding it (rel_scan.c) */
} rel_word;

enum { REL_WORD_MAX = 63 }; /* longer tokens are neither triggers nor cue words */
enum { REL_FILTER_LOG2 = 13 };

typedef struct {
    const char *file; /* owned by rel_lexicon.files */
    long line;
} rel_origin;

struct rel_lexicon {
    rel_type *types; /* unique by name */
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
    strmap *words;    /* lower-case word -> index into wordv; NULL before a file */
    rel_word *wordv;
    size_t n_words, cap_words;
    /* Most sentence words are in no list: a hash of each indexed word (its
     * length, first, second and last byte, case folded) in a bit set, and
     * the longest length, turn them away before the map is asked. */
    uint64_t word_filter[(1u << REL_FILTER_LOG2) / 64];
    size_t max_word;
};

/* The entry of word w[0..n) (lower case), made empty if new. Only while
 * the lexicon is built: the pointer lasts until the next call. */
rel_word *rel_word_slot(rel_lexicon *lx, const char *w, size_t n);
/* The entry of token t[0..n) (ASCII case folded), or NULL. */
const rel_word *rel_word_find(const rel_lexicon *lx, const char *t, size_t n);

extern const uint8_t rel_word_bytes[256];

/* 1 if byte c starts or continues a word token: an ASCII letter or digit,
 * or any byte of a non-ASCII character. */
static inline int rel_word_byte(unsigned char c)
{
    return rel_word_bytes[c];
}

/* Next token of t[*pos..end): a word (a run of ASCII letters/digits and
 * non-ASCII bytes, cut at `cut` when *pos < cut) or one punctuation byte;
 * spaces and line breaks separate tokens. Sets [*s,*e), advances *pos;
 * returns 0 at the end. (Inline: every sentence word comes through here.) */
static inline int rel_next_token(const char *t, size_t end, size_t cut, size_t *pos, uint32_t *s, uint32_t *e)
{
    size_t p = *pos;
    while (p < end && (t[p] == ' ' || t[p] == '\n' || t[p] == '\t' || t[p] == '\r'))
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
