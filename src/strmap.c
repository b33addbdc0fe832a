/* strmap.c - open-addressing hash map; capacity is a power of two and the
 * table is kept at most half full, so probes stay short. */
#include "strmap.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

#define INLINE_KEY 16 /* keys this short live in the slot: no allocation */

typedef struct {
    char *key; /* NULL = empty slot; points to small[] or to a heap copy */
    size_t len;
    uint64_t hash;
    uint32_t value;
    char small[INLINE_KEY];
} slot;

struct strmap {
    slot *slots;
    size_t cap, count;
};

strmap *strmap_new(void)
{
    strmap *m = xcalloc(1, sizeof *m);
    m->cap = 64;
    m->slots = xcalloc(m->cap, sizeof *m->slots);
    return m;
}

void strmap_free(strmap *m)
{
    if (!m)
        return;
    for (size_t i = 0; i < m->cap; i++)
        if (m->slots[i].len > INLINE_KEY)
            free(m->slots[i].key);
    free(m->slots);
    free(m);
}

static slot *find(const strmap *m, const char *key, size_t len, uint64_t h)
{
    size_t mask = m->cap - 1;
    for (size_t i = (size_t)h & mask;; i = (i + 1) & mask) {
        slot *s = &m->slots[i];
        if (!s->key || (s->hash == h && s->len == len && memcmp(s->key, key, len) == 0))
            return s;
    }
}

int strmap_get(const strmap *m, const char *key, size_t len, uint32_t *out)
{
    slot *s = find(m, key, len, eg_hash(key, len));
    if (!s->key)
        return 0;
    if (out)
        *out = s->value;
    return 1;
}

static void grow(strmap *m)
{
    slot *old = m->slots;
    size_t oldcap = m->cap;
    m->cap *= 2;
    m->slots = xcalloc(m->cap, sizeof *m->slots);
    for (size_t i = 0; i < oldcap; i++)
        if (old[i].key) {
            slot *s = find(m, old[i].key, old[i].len, old[i].hash);
            *s = old[i];
            if (s->len <= INLINE_KEY)
                s->key = s->small; /* the inline copy moved with the slot */
        }
    free(old);
}

void strmap_put(strmap *m, const char *key, size_t len, uint32_t value)
{
    uint64_t h = eg_hash(key, len);
    slot *s = find(m, key, len, h);
    if (!s->key) {
        if ((m->count + 1) * 2 > m->cap) {
            grow(m);
            s = find(m, key, len, h);
        }
        if (len <= INLINE_KEY) {
            memcpy(s->small, key, len);
            s->key = s->small;
        } else
            s->key = xstrndup(key, len);
        s->len = len;
        s->hash = h;
        m->count++;
    }
    s->value = value;
}

size_t strmap_count(const strmap *m) { return m->count; }
