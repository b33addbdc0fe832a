/* cache.h - compiled matchers kept on disk between runs.
 *
 * Building the automaton takes most of start-up (tens of milliseconds for
 * 36k aliases, a second for a million), and analysts run the same
 * gazetteer over batch after batch. So the first run writes what it built
 * to a file in the cache folder, named by a key over everything the build
 * reads and the running program's build id, and later runs read that file
 * instead of building. An image is a list of parts (arrays) at
 * 64-byte aligned offsets behind a header that holds the key, the sizes
 * and a checksum of the rest: a file that is truncated, damaged or made by
 * another program build is never used (the run builds as if it were not
 * there). Files are written to a temporary name and renamed, so readers
 * see a whole file or none; the folder keeps the files used last, up to
 * CACHE_KEEP of them and CACHE_MAX_BYTES. Nothing here is an error for the run: a folder that cannot be made
 * or written only means no cache. */
#ifndef ENTGRAPH_CACHE_H
#define ENTGRAPH_CACHE_H

#include <stddef.h>
#include <stdint.h>

#define CACHE_KEEP 8                        /* image files kept in the folder */
#define CACHE_MAX_BYTES ((uint64_t)1 << 30) /* and their bytes (the newest stays whatever its size) */
#define CACHE_MAX_PARTS 16                  /* parts of one image */

typedef struct {
    const void *data;
    size_t size;
} cache_part;

/* The key of an image: a 128-bit hash of the program's build id and of
 * the bytes added. Add the same bytes in the same order, get the same key. */
typedef struct {
    uint64_t h[2];
    unsigned char chunk[4096];
    size_t fill;
} cache_key;

/* Starts a key with the running program's build id (its GNU build-id
 * note). Returns 0, or -1 if the program has none: then nothing may be
 * cached, as a rebuilt program could not tell its images from another's. */
int cache_key_init(cache_key *k);
void cache_key_add(cache_key *k, const void *p, size_t n);
void cache_key_end(cache_key *k); /* after the last add: h is final */

/* The folder for images: $ENTGRAPH_CACHE if set (empty or "off": none),
 * else $XDG_CACHE_HOME/entgraph, else $HOME/.cache/entgraph. Writes it to
 * out (size cap) and returns out, or NULL if there is none. */
const char *cache_dir_default(char *out, size_t cap);

typedef struct cache_map cache_map;

/* Reads the image of key k from folder dir into memory and checks it whole.
 * Returns the image (parts[0..*n) then point into it, valid until
 * cache_unmap), or NULL if there is no usable image. */
cache_map *cache_load(const char *dir, const cache_key *k, cache_part *parts, size_t max_parts, size_t *n);
void cache_unmap(cache_map *m); /* NULL-safe */
/* The image of dir used last (the newest by modification time), mapped
 * and checked as cache_load does, whatever its key: a guess made before the
 * key is known (the gazetteer not parsed yet), to be taken only if
 * cache_map_is says it is the one. NULL if there is none usable. */
cache_map *cache_load_newest(const char *dir, cache_part *parts, size_t max_parts, size_t *n);
int cache_map_is(const cache_map *m, const cache_key *k); /* is m the image of key k? */

/* Writes parts[0..n) as the image of key k in dir (made if missing), then
 * trims the folder to CACHE_KEEP images and CACHE_MAX_BYTES. Returns 0, or
 * -1 if it could not (nothing is left behind then). */
int cache_save(const char *dir, const cache_key *k, const cache_part *parts, size_t n);
/* Removes the images of dir used least recently, beyond the first `keep`
 * or past max_bytes in all (the one used last stays), and temporary files
 * left by runs that died while writing an image. */
void cache_trim(const char *dir, size_t keep, uint64_t max_bytes);

#endif
