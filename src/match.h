/* match.h - from automaton hits to candidate alias occurrences.
 *
 * Groups aliases whose keys are equal up to ASCII case and space/line
 * break/hyphen (the automaton's view: one pattern), scans a document with the
 * automaton and keeps, per hit, the aliases whose case rule the text
 * satisfies (exact: normalised bytes equal the key, letter case included, any
 * separator standing for any other; capfirst: first character a capital or
 * digit in the original input; any). The result
 * is every valid candidate, sorted by start ascending then length descending;
 * choosing among overlaps (leftmost-longest) is the resolver's job, because
 * whether a short form counts depends on what the document named before. */
#ifndef ENTGRAPH_MATCH_H
#define ENTGRAPH_MATCH_H

#include <stddef.h>
#include <stdint.h>

#include "ac.h"
#include "cache.h"
#include "doc.h"
#include "gaz.h"

#define MATCH_SHORT 0x80000000u /* in match_scratch.info: a short form ('~') */

typedef struct {
    uint32_t nstart, nend; /* normalised offsets */
    uint32_t first, count; /* range in match_scratch.aliases: the aliases that passed their case rule */
} match_cand;

typedef struct {
    ac_hits hits;
    match_cand *cands;
    size_t n_cands, cap_cands;
    uint32_t *aliases;
    uint32_t *info; /* parallel to aliases: the alias's entity | MATCH_SHORT */
    size_t n_aliases, cap_aliases;
} match_scratch; /* per thread; zero-initialise; reused across documents */

typedef struct matcher matcher;

matcher *match_new(const gaz *g); /* never NULL */
/* The matcher through a cache folder (cache.h), in steps, so that the
 * caller can do work of its own between them (main.c: build_matcher maps
 * the image an earlier run of this program built for the same aliases if
 * there is a sound one, else builds, and writes the image while the scan
 * runs). The matchers are the same either way. The key of g's matcher:
 * every alias field match_new reads, in gazetteer order, and the
 * program's build id for the code (-1: none; nothing may be cached). */
int match_cache_key(cache_key *k, const gaz *g);
matcher *match_from_cache(const gaz *g, const char *dir, const cache_key *k);            /* NULL: no sound image */
int match_to_cache(const matcher *m, const gaz *g, const char *dir, const cache_key *k); /* 0, or -1 */
/* The image of dir used last, read before the gazetteer is parsed (on a
 * thread of its own, while the parse runs: the read and its checksum were
 * ~3 of the ~4 ms a cached start-up waited for after the parse). Most runs
 * use the gazetteer of the run before; match_from_guess takes the guess
 * only if its key is g's, so a wrong guess costs its read and no more. */
typedef struct match_guess match_guess;
match_guess *match_guess_read(const char *dir); /* NULL: no usable image */
/* The matcher from guess if it is g's image (key k; NULL: no key, never),
 * else NULL; frees guess (NULL-safe) either way. */
matcher *match_from_guess(match_guess *guess, const gaz *g, const cache_key *k);
void match_guess_free(match_guess *guess); /* NULL-safe: a guess not taken */
void match_free(matcher *m);      /* NULL-safe */
const ac *match_automaton(const matcher *m);

/* Fills s->cands for document d (d->nt and d->bytes must be set). */
void match_doc(const matcher *m, const gaz *g, const doc *d, match_scratch *s);
void match_scratch_free(match_scratch *s);

#endif
