/* strmap.c - open-addressing hash map. The table holds only 8-byte slots
 * (32 bits of the hash, the entry's index + 1; 0 is empty), so a probe reads
 * one cache line; the entries follow in insertion order and the keys are
 * copied into an arena (no allocation per key). Capacity is a power of two,
 * the table at most half full, and the slot's hash bits give the home slot,
 * so growing never reads a key. A borrowed map keeps the caller's key
 * pointers instead of copies. The slots and entries are big blocks
 * (util.h: one page fault per 2 MiB once they are large), and so are the
 * key arena's blocks for a map reserved for many keys. */
#include "strmap.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

#define STRMAP_MANY ((size_t)1 << 13) /* keys reserved for a big key arena */

typedef struct {
    const char *key;
    size_t len;
    uint32_t value;
} entry;

struct strmap {
    uint64_t *slots;
    size_t cap, count; /* cap <= 2^32: the slot's 32 hash bits find the home */
    entry *ents;
    size_t cap_ents;
    arena keys;
    int borrowed; /* the caller's keys, not copies */
};

strmap *strmap_new(void)
{
    strmap *m = xcalloc(1, sizeof *m);
    m->cap = 64;
    m->slots = xbig_alloc(m->cap * sizeof *m->slots);
    return m;
}

strmap *strmap_new_borrowed(void)
{
    strmap *m = strmap_new();
    m->borrowed = 1;
    return m;
}

void strmap_free(strmap *m)
{
    if (!m)
        return;
    xbig_free(m->slots);
    xbig_free(m->ents);
    arena_free(&m->keys);
    free(m);
}

/* The slot holding key, or the empty slot where it would go. */
static size_t find(const strmap *m, const char *key, size_t len, uint32_t h)
{
    size_t mask = m->cap - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        uint64_t s = m->slots[i];
        if (!s)
            return i;
        if ((uint32_t)(s >> 32) == h) {
            const entry *e = &m->ents[(uint32_t)s - 1];
            if (e->len == len && memcmp(e->key, key, len) == 0)
                return i;
        }
    }
}

int strmap_get(const strmap *m, const char *key, size_t len, uint32_t *out)
{
    uint64_t s = m->slots[find(m, key, len, (uint32_t)eg_hash(key, len))];
    if (!s)
        return 0;
    if (out)
        *out = m->ents[(uint32_t)s - 1].value;
    return 1;
}

/* Moves the slots into a table of newcap (a power of two, more than twice
 * the count). */
static void rehash(strmap *m, size_t newcap)
{
    uint64_t *old = m->slots;
    size_t oldcap = m->cap;
    if (newcap > (size_t)UINT32_MAX + 1)
        eg_exit(1); /* 2^31 keys: more than any input has */
    m->cap = newcap;
    m->slots = xbig_alloc(m->cap * sizeof *m->slots); /* zeroed: all empty */
    size_t mask = m->cap - 1;
    for (size_t i = 0; i < oldcap; i++)
        if (old[i]) {
            size_t j = (size_t)(old[i] >> 32) & mask;
            while (m->slots[j])
                j = (j + 1) & mask;
            m->slots[j] = old[i];
        }
    xbig_free(old);
}

static void grow(strmap *m)
{
    rehash(m, m->cap * 2);
}

void strmap_reserve(strmap *m, size_t n)
{
    size_t cap = m->cap;
    while (n * 2 > cap && cap <= (size_t)UINT32_MAX)
        cap *= 2;
    if (cap > m->cap)
        rehash(m, cap);
    XBIG_GROW(m->ents, m->cap_ents, n);
    if (n >= STRMAP_MANY && m->keys.n == 0 && !m->borrowed)
        m->keys.big = ARENA_BIG; /* their copies fill MiBs */
}

/* Adds key at the empty slot i that find gave. */
static void insert(strmap *m, size_t i, uint32_t h, const char *key, size_t len, uint32_t value)
{
    if ((m->count + 1) * 2 > m->cap) {
        grow(m);
        i = find(m, key, len, h);
    }
    XBIG_GROW(m->ents, m->cap_ents, m->count + 1);
    m->ents[m->count] = (entry){m->borrowed ? key : arena_strndup(&m->keys, key, len), len, value};
    m->slots[i] = (uint64_t)h << 32 | (m->count + 1);
    m->count++;
}

int strmap_add(strmap *m, const char *key, size_t len, uint32_t value, uint32_t *old)
{
    uint32_t h = (uint32_t)eg_hash(key, len);
    size_t i = find(m, key, len, h);
    if (m->slots[i]) {
        if (old)
            *old = m->ents[(uint32_t)m->slots[i] - 1].value;
        return 0;
    }
    insert(m, i, h, key, len, value);
    return 1;
}

void strmap_put(strmap *m, const char *key, size_t len, uint32_t value)
{
    uint32_t h = (uint32_t)eg_hash(key, len);
    size_t i = find(m, key, len, h);
    if (m->slots[i])
        m->ents[(uint32_t)m->slots[i] - 1].value = value;
    else
        insert(m, i, h, key, len, value);
}

size_t strmap_count(const strmap *m) { return m->count; }
