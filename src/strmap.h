/* strmap.h - the project's one hash map: byte-string keys to uint32 values.
 * Open addressing with linear probing; keys are copied into the map (an
 * arena of its own), unless it borrows them (strmap_new_borrowed). */
#ifndef ENTGRAPH_STRMAP_H
#define ENTGRAPH_STRMAP_H

#include <stddef.h>
#include <stdint.h>

typedef struct strmap strmap;

strmap *strmap_new(void);
/* A map that keeps the keys it is given instead of copies: each must stay
 * valid and unchanged until strmap_free (say, fields of a text it outlives). */
strmap *strmap_new_borrowed(void);
void strmap_free(strmap *m); /* NULL-safe */
/* Returns 1 and sets *out if key is present, else 0. */
int strmap_get(const strmap *m, const char *key, size_t len, uint32_t *out);
/* Inserts or overwrites. */
void strmap_put(strmap *m, const char *key, size_t len, uint32_t value);
/* Inserts key with value unless it is present: returns 1 if it inserted,
 * else 0 and sets *old (if old is not NULL) to the value already there. */
int strmap_add(strmap *m, const char *key, size_t len, uint32_t value, uint32_t *old);
size_t strmap_count(const strmap *m);
/* Makes room for n keys in all: adding up to that many grows nothing.
 * Only a hint: the map still grows past it. */
void strmap_reserve(strmap *m, size_t n);

#endif
