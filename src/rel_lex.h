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
    strmap *first;    /* first token -> index of its first trigger */
    strmap *cues;     /* cue word -> mask of word lists (rel_cue_words_new) */
};

/* Next token of t[*pos..end): a word (a run of ASCII letters/digits and
 * non-ASCII bytes, cut at `cut` when *pos < cut) or one punctuation byte;
 * spaces and line breaks separate tokens. Sets [*s,*e), advances *pos;
 * returns 0 at the end. */
int rel_next_token(const char *t, size_t end, size_t cut, size_t *pos, uint32_t *s, uint32_t *e);

/* 1 if byte c starts or continues a word token. */
int rel_word_byte(unsigned char c);

#endif
