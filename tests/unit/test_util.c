/* test_util.c - buffer, growable arrays, error formatting, hash map. */
#include "testutil.h"

#include <pthread.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "strmap.h"
#include "util.h"

static void test_buf_grows_and_terminates(void **state)
{
    (void)state;
    buf b = {0};
    for (int i = 0; i < 1000; i++)
        buf_printf(&b, "%d,", i);
    assert_true(b.len > 3000);
    assert_int_equal(b.data[b.len], '\0');
    assert_memory_equal(b.data, "0,1,2,", 6);
    buf_reset(&b);
    assert_int_equal(b.len, 0);
    buf_free(&b);
}

static void test_eg_fail_formats_file_line(void **state)
{
    (void)state;
    eg_err e;
    assert_int_equal(eg_fail(&e, "g.tsv", 3, "bad %s", "id"), -1);
    assert_string_equal(e.msg, "g.tsv:3: bad id");
    eg_fail(&e, "g.tsv", 0, "unreadable");
    assert_string_equal(e.msg, "g.tsv: unreadable");
}

/* eg_warn_hold: the lines go to the buffer, on the holding thread only,
 * until it is let go. */
static void *warn_on_other_thread(void *arg)
{
    eg_warn_hold(arg);
    eg_warn("other %s", "thread");
    eg_warn_hold(NULL);
    return NULL;
}

static void test_eg_warn_hold(void **state)
{
    (void)state;
    buf mine = {0}, other = {0};
    eg_warn_hold(&mine);
    eg_warn("%s: first", "a.txt");
    pthread_t t;
    assert_int_equal(pthread_create(&t, NULL, warn_on_other_thread, &other), 0);
    pthread_join(t, NULL);
    eg_warn("second");
    eg_warn_hold(NULL);
    assert_string_equal(mine.data, "entgraph: a.txt: first\nentgraph: second\n");
    assert_string_equal(other.data, "entgraph: other thread\n");
    buf_free(&mine);
    buf_free(&other);
}

/* eg_hash as it was: the tail by a memcpy into a zeroed word. */
static uint64_t hash_memcpy_tail(const void *p, size_t n)
{
    const unsigned char *s = p;
    uint64_t h = 0x9E3779B97F4A7C15ULL ^ (n * 0xFF51AFD7ED558CCDULL);
    for (; n >= 8; s += 8, n -= 8) {
        uint64_t w;
        memcpy(&w, s, 8);
        h = (h ^ w) * 0xC4CEB9FE1A85EC53ULL;
        h ^= h >> 29;
    }
    uint64_t w = 0;
    memcpy(&w, s, n);
    h = (h ^ w) * 0xFF51AFD7ED558CCDULL;
    return h ^ (h >> 32);
}

/* The tail loads read only the key's bytes and give the values of before
 * (hash tables and anything ordered by them stay as they were). */
static void test_eg_hash_tail(void **state)
{
    (void)state;
    unsigned char a[40], b[48];
    for (size_t i = 0; i < sizeof a; i++)
        a[i] = (unsigned char)(i * 37 + 11);
    for (size_t n = 0; n <= 32; n++) {
        memset(b, 0xA5, sizeof b);
        memcpy(b + 3, a, n);
        assert_true(eg_hash(a, n) == eg_hash(b + 3, n));
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        assert_true(eg_hash(a, n) == hash_memcpy_tail(a, n));
#endif
        if (n) {
            b[3 + n - 1] ^= 1; /* the last byte counts */
            assert_true(eg_hash(a, n) != eg_hash(b + 3, n));
        }
    }
}

static void test_strmap_put_get_many(void **state)
{
    (void)state;
    strmap *m = strmap_new();
    char key[32];
    for (uint32_t i = 0; i < 5000; i++) {
        int n = snprintf(key, sizeof key, "k%u", i);
        strmap_put(m, key, (size_t)n, i * 2);
    }
    assert_int_equal(strmap_count(m), 5000);
    uint32_t v = 0;
    assert_true(strmap_get(m, "k4321", 5, &v));
    assert_int_equal(v, 8642);
    assert_false(strmap_get(m, "k5000", 5, &v));
    strmap_put(m, "k1", 2, 7);
    assert_true(strmap_get(m, "k1", 2, &v));
    assert_int_equal(v, 7);
    assert_int_equal(strmap_count(m), 5000);
    strmap_free(m);
    strmap_free(NULL);
}

/* strmap_add inserts only new keys; keys that share a prefix, that are
 * long, or empty, stay apart through the table's growth. */
static void test_strmap_add(void **state)
{
    (void)state;
    strmap *m = strmap_new();
    char key[64];
    for (uint32_t i = 0; i < 3000; i++) {
        int n = snprintf(key, sizeof key, "a-rather-long-common-prefix-%u", i);
        assert_int_equal(strmap_add(m, key, (size_t)n, i, NULL), 1);
    }
    assert_int_equal(strmap_add(m, "", 0, 77, NULL), 1);
    uint32_t old = 0, v = 0;
    assert_int_equal(strmap_add(m, "a-rather-long-common-prefix-17", 30, 5, &old), 0);
    assert_int_equal(old, 17);
    assert_int_equal(strmap_add(m, "", 0, 5, &old), 0);
    assert_int_equal(old, 77);
    assert_true(strmap_get(m, "a-rather-long-common-prefix-2999", 32, &v));
    assert_int_equal(v, 2999);
    assert_false(strmap_get(m, "a-rather-long-common-prefix-3000", 32, &v));
    assert_false(strmap_get(m, "a-rather-long-common-prefix-1", 28, &v)); /* a prefix of keys */
    assert_int_equal(strmap_count(m), 3001);
    strmap_free(m);
}

/* strmap_reserve: room made ahead (more than once, and less than the
 * count) keeps every key and value, and the map still grows past it. */
static void test_strmap_reserve(void **state)
{
    (void)state;
    strmap *m = strmap_new();
    char key[32];
    strmap_reserve(m, 100);
    for (uint32_t i = 0; i < 100; i++) {
        int n = snprintf(key, sizeof key, "r%u", i);
        assert_int_equal(strmap_add(m, key, (size_t)n, i, NULL), 1);
    }
    strmap_reserve(m, 50); /* less than the count: nothing to do */
    strmap_reserve(m, 4000);
    for (uint32_t i = 100; i < 5000; i++) {
        int n = snprintf(key, sizeof key, "r%u", i);
        assert_int_equal(strmap_add(m, key, (size_t)n, i, NULL), 1);
    }
    assert_int_equal(strmap_count(m), 5000);
    for (uint32_t i = 0; i < 5000; i += 7) {
        int n = snprintf(key, sizeof key, "r%u", i);
        uint32_t v = 0;
        assert_true(strmap_get(m, key, (size_t)n, &v));
        assert_int_equal(v, i);
    }
    assert_false(strmap_get(m, "r5000", 5, NULL));
    strmap_free(m);
    /* reserved for many keys: their copies go to big blocks */
    m = strmap_new();
    strmap_reserve(m, 40000);
    for (uint32_t i = 0; i < 40000; i++) {
        int n = snprintf(key, sizeof key, "key-number-%u", i);
        assert_int_equal(strmap_add(m, key, (size_t)n, i, NULL), 1);
    }
    uint32_t v = 0;
    assert_true(strmap_get(m, "key-number-39999", 16, &v));
    assert_int_equal(v, 39999);
    assert_int_equal(strmap_add(m, "key-number-0", 12, 5, &v), 0);
    assert_int_equal(v, 0);
    strmap_free(m);
}

/* Fills p[from..to) with a pattern of i; checks it with check. */
static int pattern(unsigned char *p, size_t from, size_t to, int check)
{
    for (size_t i = from; i < to; i += 4093)
        if (!check)
            p[i] = (unsigned char)(i * 7 + 1);
        else if (p[i] != (unsigned char)(i * 7 + 1))
            return 0;
    return 1;
}

/* A freed mapping is kept and handed out again, cut to size and zeroed as a
 * fresh one would be. */
static void test_xbig_reuses_freed_mapping(void **state)
{
    (void)state;
    const size_t mib = (size_t)1 << 20;
    xbig_trim();
    unsigned char *a = xbig_alloc(6 * mib); /* 8 MiB mapped, header included */
    memset(a, 0xCD, 6 * mib);
    xbig_free(a);
    unsigned char *b = xbig_alloc(3 * mib); /* the first 4 MiB of a's */
    unsigned char *c = xbig_alloc(3 * mib); /* the other 4 */
    assert_ptr_equal(b, a);
    assert_ptr_equal(c, a + 4 * mib);
    for (size_t i = 0; i < 3 * mib; i++)
        if (b[i] | c[i])
            fail_msg("byte %zu of a reused block is not zero", i);
    xbig_free(b);
    xbig_free(c);
}

/* A fresh big block's mapping starts at a 2 MiB boundary, so each of its
 * units can be one huge page (util.c: map_aligned); the data follows a
 * header of one cache line. */
static void test_xbig_units_aligned(void **state)
{
    (void)state;
    const size_t unit = (size_t)2 << 20;
    xbig_trim();
    void *v[5];
    for (size_t i = 0; i < 5; i++) {
        v[i] = xbig_alloc((i + 1) * unit / 2 + 4096);
        assert_int_equal(((uintptr_t)v[i] - 64) % unit, 0);
    }
    for (size_t i = 0; i < 5; i++)
        xbig_free(v[i]);
    xbig_trim();
}

/* xbig_alloc_raw takes a kept mapping as it is (its bytes are not zeroed:
 * blocks written before they are read), from the heap too below XBIG_MIN;
 * both grow and free as any big block, and the zeroing xbig_alloc still
 * zeroes what a raw block left behind. */
/* Frees a mapped block of n bytes filled with 0xAB and takes it back
 * through take: it must come back as it was left, not zeroed. */
static unsigned char *take_back_unzeroed(void *(*take)(size_t), size_t n)
{
    xbig_trim();
    unsigned char *a = xbig_alloc(n);
    memset(a, 0xAB, n);
    xbig_free(a);
    unsigned char *r = take(n);
    assert_ptr_equal(r, a);
    assert_int_equal(r[0], 0xAB);
    assert_int_equal(r[n - 1], 0xAB);
    return r;
}

static void *realloc_from_null(size_t n) { return xbig_realloc(NULL, n); }

static void test_xbig_alloc_raw(void **state)
{
    (void)state;
    const size_t mib = (size_t)1 << 20;
    unsigned char *r = take_back_unzeroed(xbig_alloc_raw, 3 * mib); /* 4 MiB mapped */
    r = xbig_realloc(r, 5 * mib);
    assert_int_equal(r[3 * mib - 1], 0xAB);
    memset(r, 0xEF, 5 * mib);
    xbig_free(r);
    unsigned char *z = xbig_alloc(5 * mib);
    for (size_t i = 0; i < 5 * mib; i++)
        if (z[i])
            fail_msg("byte %zu of a block after a raw one is not zero", i);
    xbig_free(z);
    unsigned char *small = xbig_alloc_raw(100); /* from the heap */
    memset(small, 1, 100);
    small = xbig_realloc(small, 2 * mib); /* into a mapping */
    assert_int_equal(small[99], 1);
    xbig_free(small);
    xbig_trim();
}

/* xbig_realloc (and so XBIG_GROW) from NULL or from a heap block adds
 * undefined bytes, as realloc does: a kept mapping is handed out as it is,
 * not zeroed (a block filled by the growth's caller is not written twice),
 * and the heap block's bytes are kept. */
static void test_xbig_realloc_not_zeroed(void **state)
{
    (void)state;
    const size_t mib = (size_t)1 << 20;
    unsigned char *a = take_back_unzeroed(realloc_from_null, 3 * mib); /* 4 MiB mapped */
    xbig_free(a);
    unsigned char *small = xbig_alloc(100); /* from the heap */
    memset(small, 7, 100);
    unsigned char *big = xbig_realloc(small, 3 * mib); /* into the kept mapping */
    assert_ptr_equal(big, a);
    assert_int_equal(big[99], 7);
    assert_int_equal(big[100], 0xAB); /* the grown part: not zeroed */
    assert_int_equal(big[3 * mib - 1], 0xAB);
    xbig_free(big);
    size_t cap = 0;
    uint32_t *v = NULL;
    XBIG_GROW(v, cap, mib / 2); /* 2 MiB from NULL: the kept mapping again */
    assert_ptr_equal(v, a);
    assert_int_equal(v[mib / 2 - 1], 0xABABABABu); /* its first bytes are the heap block's */
    xbig_free(v);
    unsigned char *z = xbig_alloc(3 * mib); /* xbig_alloc still zeroes it */
    assert_int_equal(z[0], 0);
    assert_int_equal(z[3 * mib - 1], 0);
    xbig_free(z);
    xbig_trim();
}

/* xbig_scratch_raw takes a kept mapping as it is; xbig_scratch zeroes the
 * n bytes it hands out (only those: of a block of XBIG_MIN below that), the
 * ones a raw block and the block before it left behind included. */
static void test_xbig_scratch_raw(void **state)
{
    (void)state;
    const size_t mib = (size_t)1 << 20, kib = 1024;
    xbig_trim();
    unsigned char *a = xbig_alloc(mib); /* 2 MiB mapped */
    memset(a, 0xCD, mib);
    xbig_free(a);
    unsigned char *r = xbig_scratch_raw(100 * kib); /* a mapping of its own: a's */
    assert_ptr_equal(r, a);
    assert_int_equal(r[0], 0xCD); /* not zeroed */
    assert_int_equal(r[100 * kib - 1], 0xCD);
    memset(r, 0xEE, 100 * kib);
    xbig_free(r);
    unsigned char *z = xbig_scratch(200 * kib);
    assert_ptr_equal(z, a);
    for (size_t i = 0; i < 200 * kib; i++)
        if (z[i])
            fail_msg("byte %zu of xbig_scratch's block is not zero", i);
    xbig_free(z);
    unsigned char *big = xbig_scratch_raw(mib); /* from XBIG_MIN on: as xbig_alloc_raw */
    assert_ptr_equal(big, a);
    assert_int_equal(big[mib - 1], 0xCD);
    xbig_free(big);
    unsigned char *zb = xbig_scratch(mib);
    assert_int_equal(zb[0], 0);
    assert_int_equal(zb[mib - 1], 0);
    xbig_free(zb);
    unsigned char *small = xbig_scratch_raw(100); /* below XBIG_SCRATCH_MIN: the heap */
    memset(small, 1, 100);
    xbig_free(small);
    xbig_trim();
}

/* xbig_realloc_last takes kept mappings' pages (moved, not copied): the
 * grown part holds what the freed block held. Such a block is several
 * mappings; it still grows (by a copy), shrinks and is reused whole.
 * xbig_realloc leaves kept mappings for xbig_alloc. */
static void test_xbig_grows_into_kept(void **state)
{
    (void)state;
    const size_t mib = (size_t)1 << 20;
    xbig_trim();
    unsigned char *b = xbig_alloc(mib); /* 2 MiB mapped */
    memset(b, 0x11, mib);
    unsigned char *a = xbig_alloc(3 * mib); /* 4 MiB */
    memset(a, 0x5A, 3 * mib);
    xbig_free(a);
    b = xbig_realloc_last(b, 5 * mib); /* 6 MiB: the last 4 are a's mapping */
    assert_int_equal(b[0], 0x11);
    assert_int_equal(b[mib - 1], 0x11);
    assert_int_equal(b[2 * mib], 0x5A);     /* a[0] */
    assert_int_equal(b[5 * mib - 1], 0x5A); /* a[3 MiB - 1] */
    unsigned char *d = xbig_alloc(mib), *e = xbig_alloc(mib);
    memset(e, 0x44, mib);
    xbig_free(e);
    d = xbig_realloc(d, 3 * mib); /* fresh pages: e's mapping stays kept */
    assert_int_equal(d[2 * mib], 0);
    assert_ptr_equal(xbig_alloc_raw(mib), e);
    xbig_free(e);
    xbig_free(d);
    memset(b + mib, 0x22, 4 * mib);
    b = xbig_realloc(b, 3 * mib); /* shrinks: 2 MiB of a's mapping left */
    assert_int_equal(b[3 * mib - 1], 0x22);
    b = xbig_realloc(b, 9 * mib); /* grows by a copy */
    assert_int_equal(b[0], 0x11);
    assert_int_equal(b[3 * mib - 1], 0x22);
    memset(b + 3 * mib, 0x33, 6 * mib);
    xbig_free(b);
    unsigned char *z = xbig_alloc(3 * mib); /* b's kept mapping, zeroed */
    for (size_t i = 0; i < 3 * mib; i++)
        if (z[i])
            fail_msg("byte %zu of a reused block is not zero", i);
    z = xbig_realloc(z, 7 * mib);
    z[7 * mib - 1] = 1;
    xbig_free(z);
    xbig_trim();
}

/* xbig_scratch: blocks of every size are zeroed and whole, and one
 * between XBIG_SCRATCH_MIN and XBIG_MIN grows with its bytes kept. */
static void test_xbig_scratch(void **state)
{
    (void)state;
    static const size_t sizes[] = {0,        1,       XBIG_SCRATCH_MIN - 1, XBIG_SCRATCH_MIN, 100000, XBIG_MIN - 1,
                                   XBIG_MIN, 3u << 20};
    for (size_t k = 0; k < sizeof sizes / sizeof *sizes; k++) {
        size_t n = sizes[k];
        unsigned char *p = xbig_scratch(n);
        assert_non_null(p);
        for (size_t i = 0; i < n; i++)
            assert_int_equal(p[i], 0);
        memset(p, 0xA5, n);
        p = xbig_realloc(p, n + (1u << 20));
        for (size_t i = 0; i < n; i += 997)
            assert_int_equal(p[i], 0xA5);
        if (n)
            assert_int_equal(p[n - 1], 0xA5);
        p[n + (1u << 20) - 1] = 1;
        xbig_free(p);
    }
}

/* Empties the kept store, then leaves two kept mappings of 2 MiB in it, the
 * first MiB of one 0x5A and of the other 0x6B (the pieced tests' pieces). */
static void keep_two_mappings(size_t mib)
{
    xbig_trim();
    unsigned char *a = xbig_alloc(mib), *b = xbig_alloc(mib); /* 2 MiB mapped each */
    memset(a, 0x5A, mib);
    memset(b, 0x6B, mib);
    xbig_free(a);
    xbig_free(b);
}

/* xbig_alloc_pieced: with no kept mapping long enough, the block is made of
 * kept ones (moved there with their bytes: not zeroed), then fresh pages
 * for the rest. It is kept whole when freed, and grows by a copy. */
static void test_xbig_alloc_pieced(void **state)
{
    (void)state;
    const size_t mib = (size_t)1 << 20;
    keep_two_mappings(mib);
    unsigned char *p = xbig_alloc_pieced(5 * mib); /* 6 MiB: the two kept, then 2 fresh */
    /* p[i] is byte 64 + i of the first piece, p[2 MiB + i] of the second:
     * the freed blocks' first bytes */
    assert_true(p[0] == 0x5A || p[0] == 0x6B);
    assert_true(p[2 * mib] == (p[0] == 0x5A ? 0x6B : 0x5A));
    assert_int_equal(p[4 * mib], 0); /* fresh */
    assert_int_equal(p[5 * mib - 1], 0);
    memset(p, 0x7C, 5 * mib);
    xbig_free(p);
    unsigned char *q = xbig_alloc_pieced(5 * mib); /* p's mapping, kept whole */
    assert_ptr_equal(q, p);
    assert_int_equal(q[3 * mib], 0x7C);
    q = xbig_realloc(q, 9 * mib); /* several mappings: grows by a copy */
    assert_int_equal(q[0], 0x7C);
    assert_int_equal(q[5 * mib - 1], 0x7C);
    q[9 * mib - 1] = 1;
    xbig_free(q);
    unsigned char *small = xbig_alloc_pieced(100); /* from the heap, as xbig_alloc_raw */
    small[99] = 1;
    xbig_free(small);
    xbig_trim();
}

/* xbig_scratch_pieced: pieced as xbig_alloc_pieced, but zero all the same
 * (the pieces' old bytes cleared); below XBIG_MIN as xbig_scratch. A kept
 * mapping of several pieces still lends its pages unit by unit to
 * xbig_realloc_last. */
static void test_xbig_scratch_pieced(void **state)
{
    (void)state;
    const size_t mib = (size_t)1 << 20;
    keep_two_mappings(mib);
    unsigned char *p = xbig_scratch_pieced(5 * mib); /* 6 MiB: the two kept, then 2 fresh */
    for (size_t i = 0; i < 5 * mib; i += 4096)
        if (p[i] || p[i + 4095 < 5 * mib ? i + 4095 : 5 * mib - 1])
            fail_msg("byte %zu of a pieced scratch block is not zero", i);
    memset(p, 0x7C, 5 * mib);
    unsigned char *c = xbig_alloc(mib); /* 2 MiB, fresh: one mapping */
    memset(c, 0x11, mib);
    xbig_free(p);                      /* kept: 6 MiB of several pieces */
    c = xbig_realloc_last(c, 5 * mib); /* its growth: p's units, moved one by one */
    assert_int_equal(c[0], 0x11);
    assert_int_equal(c[2 * mib], 0x7C);
    assert_int_equal(c[5 * mib - 1], 0x7C);
    xbig_free(c);
    unsigned char *small = xbig_scratch_pieced(100000); /* as xbig_scratch */
    assert_int_equal(small[99999], 0);
    xbig_free(small);
    xbig_trim();
}

/* Is every page of p[0..n) in memory (touched)? */
static int resident(const void *p, size_t n)
{
    uintptr_t a = (uintptr_t)p & ~(uintptr_t)4095;
    size_t len = (uintptr_t)p + n - a, pages = (len + 4095) / 4096;
    unsigned char *v = xmalloc(pages);
    int all = mincore((void *)a, len, v) == 0;
    for (size_t i = 0; all && i < pages; i++)
        all = v[i] & 1;
    free(v);
    return all;
}

/* xbig_prefault touches the pages of the mappings it keeps: the next big
 * blocks are in memory before anyone wrote them; without it a block's
 * pages are not. */
static void test_xbig_prefault(void **state)
{
    (void)state;
    const size_t mib = (size_t)1 << 20;
    xbig_trim();
    unsigned char *fresh = xbig_alloc_raw(3 * mib); /* its header's page touched only */
    assert_false(resident(fresh, 3 * mib));
    xbig_free(fresh);
    xbig_trim();
    xbig_prefault(10 * mib); /* 8 MiB and 2 MiB mappings */
    unsigned char *a = xbig_alloc_raw(7 * mib), *b = xbig_alloc_raw(mib), *c = xbig_alloc_raw(mib);
    assert_true(resident(a, 7 * mib));
    assert_true(resident(b, mib));
    assert_false(resident(c, mib)); /* nothing left kept: a fresh mapping, its header's page only */
    c[mib - 1] = 1;
    xbig_free(a);
    xbig_free(b);
    xbig_free(c);
    xbig_trim();
    xbig_prefault(0);
    unsigned char *d = xbig_alloc_raw(3 * mib); /* nothing kept: a fresh mapping (its header's page only) */
    assert_false(resident(d, 3 * mib));
    xbig_free(d);
    xbig_trim();
}

/* Freed blocks are kept up to 128 MiB in all: three of 30 MiB (the
 * merged graph's arrays, at 1 GB of text, are made of the partials'
 * freed index and sort arrays) come back as they were. xbig_prefault
 * still touches 32 MiB at most: four 8 MiB mappings, no fifth. */
static void test_xbig_keeps_freed_up_to_128_mib(void **state)
{
    (void)state;
    const size_t mib = (size_t)1 << 20;
    xbig_trim();
    unsigned char *a[3];
    for (int i = 0; i < 3; i++) {
        a[i] = xbig_alloc_raw(30 * mib); /* 32 MiB mapped */
        memset(a[i], 0x5A + i, 30 * mib);
    }
    for (int i = 0; i < 3; i++)
        xbig_free(a[i]);
    for (int i = 0; i < 3; i++) {
        unsigned char *b = xbig_alloc_raw(30 * mib);
        assert_true(b == a[0] || b == a[1] || b == a[2]);
        assert_int_equal(b[30 * mib - 1], 0x5A + (b == a[1]) + 2 * (b == a[2])); /* kept as it was */
    }
    for (int i = 0; i < 3; i++)
        xbig_free(a[i]);
    xbig_trim();
    xbig_prefault(64 * mib);
    unsigned char *p[5];
    for (int i = 0; i < 5; i++) {
        p[i] = xbig_alloc_raw(7 * mib); /* 8 MiB mapped */
        assert_int_equal(resident(p[i], 7 * mib), i < 4);
    }
    for (int i = 0; i < 5; i++)
        xbig_free(p[i]);
    xbig_trim();
}

static void test_xbig_grows_keeps_bytes(void **state)
{
    (void)state;
    const size_t mib = (size_t)1 << 20;
    xbig_trim(); /* no kept mapping in the way of the guard below */
    unsigned char *p = xbig_alloc(1000); /* from the heap */
    assert_int_equal(p[0] | p[999], 0);
    memset(p, 0xAB, 1000);
    p = xbig_realloc(p, 3 * mib); /* into a mapping */
    assert_int_equal((uintptr_t)p % 64, 0);
    assert_int_equal(p[999], 0xAB);
    pattern(p, 1000, 3 * mib, 0);
    /* The range after the block's mapping (header and 3 MiB: 4 MiB from
     * the header on) taken, so growth has to move the pages: by a guard of
     * ours, unless another mapping holds it already (mappings are placed
     * top down, so the one made before often does). */
    unsigned char *after = p - 64 + 4 * mib;
    void *guard = mmap(after, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    if (guard != MAP_FAILED && guard != after) { /* a kernel before 4.17 took it as a hint */
        munmap(guard, 4096);
        guard = MAP_FAILED;
    }
    if (guard == MAP_FAILED)
        assert_int_equal(mincore(after, 4096, (unsigned char[1]){0}), 0); /* taken */
    else
        memset(guard, 0x5A, 4096);
    p = xbig_realloc(p, 9 * mib);
    assert_true(p != after - 4 * mib + 64);
    assert_int_equal(p[0], 0xAB);
    assert_true(pattern(p, 1000, 3 * mib, 1));
    if (guard != MAP_FAILED)
        assert_int_equal(((unsigned char *)guard)[4095], 0x5A);
    p[9 * mib - 1] = 1;
    p = xbig_realloc(p, 2 * mib); /* shrinks in place */
    assert_true(pattern(p, 1000, 2 * mib, 1));
    xbig_free(p);
    if (guard != MAP_FAILED)
        munmap(guard, 4096);
    unsigned char *z = xbig_alloc(5 * mib);
    assert_int_equal(z[0] | z[5 * mib - 1], 0);
    xbig_free(z);
    xbig_free(NULL);
}

static void test_big_arena_absorb(void **state)
{
    (void)state;
    arena a = {.big = ARENA_BIG}, b = {.big = ARENA_BIG};
    char s[300], *first = NULL, *last = NULL;
    memset(s, 'x', sizeof s);
    for (int i = 0; i < 20000; i++) { /* 6 MB: several blocks */
        s[0] = (char)('a' + i % 26);
        char *r = arena_strndup(i % 2 ? &a : &b, s, sizeof s - (size_t)(i % 7));
        first = first ? first : r;
        last = r;
    }
    char *huge = xmalloc(3 << 20); /* a string bigger than a block */
    memset(huge, 'y', 3 << 20);
    char *h = arena_strndup(&a, huge, 3 << 20);
    free(huge);
    arena_absorb(&a, &b);
    assert_int_equal(b.n, 0);
    assert_int_equal(b.big, 1);
    assert_int_equal(first[0], 'a');
    assert_int_equal(first[300], '\0');
    assert_int_equal(last[0], 'a' + 19999 % 26);
    assert_int_equal(strlen(last), 300 - 19999 % 7);
    assert_int_equal(h[(3 << 20) - 1], 'y');
    assert_int_equal(h[3 << 20], '\0');
    arena_free(&a);
    arena_free(&b);
    assert_int_equal(a.big, 1);
}

/* ARENA_GROWS: its first blocks from malloc, then big ones; every string
 * stays whole across the switch, a string bigger than a block too, and
 * arena_free gives each block back the way it came (ASan and valgrind
 * would report a block freed the wrong way). */
static void test_growing_arena(void **state)
{
    (void)state;
    arena a = {.big = ARENA_GROWS};
    char s[100];
    char *kept[4000];
    for (int i = 0; i < 4000; i++) { /* 400 KB: past the small blocks */
        memset(s, 'a' + i % 26, sizeof s);
        kept[i] = arena_strndup(&a, s, sizeof s - (size_t)(i % 5));
    }
    assert_true(a.n_small >= 1 && a.n_small < a.n); /* small blocks first, then big ones */
    size_t small = a.n_small;
    char *huge = xmalloc(3 << 20);
    memset(huge, 'y', 3 << 20);
    char *h = arena_strndup(&a, huge, 3 << 20);
    free(huge);
    assert_int_equal(a.n_small, small); /* no small block after a big one */
    for (int i = 0; i < 4000; i++) {
        assert_int_equal(kept[i][0], 'a' + i % 26);
        assert_int_equal(strlen(kept[i]), 100 - i % 5);
    }
    assert_int_equal(h[(3 << 20) - 1], 'y');
    arena_free(&a);
    assert_int_equal(a.big, ARENA_GROWS);
    assert_int_equal(a.n + a.n_small, 0);
}

/* Pool blocks: a power of two from XPOOL_MIN that holds n, aligned to
 * XPOOL_MIN, whole and apart; buf_free gives one back and the next
 * request of its size gets it again (latest first), from any thread;
 * sizes past XPOOL_MAX come from malloc and are freed the same way. */
typedef struct {
    buf b[16];
} pool_batch;

static void *pool_take_batch(void *arg)
{
    pool_batch *pb = arg;
    for (size_t i = 0; i < 16; i++) {
        pb->b[i].data = xpool_alloc(100 + 5000 * i, &pb->b[i].cap);
        memset(pb->b[i].data, (int)i, pb->b[i].cap);
    }
    return NULL;
}

static void test_pool_blocks_recycled(void **state)
{
    (void)state;
    static const size_t sizes[] = {0, 1, 4096, 4097, 20000, 65536, 300000, (size_t)1 << 20};
    static const size_t caps[] = {4096, 4096, 4096, 8192, 32768, 65536, 524288, (size_t)1 << 20};
    buf b[8];
    for (size_t i = 0; i < 8; i++) {
        b[i] = (buf){0};
        b[i].data = xpool_alloc(sizes[i], &b[i].cap);
        assert_int_equal(b[i].cap, caps[i]);
        assert_int_equal((uintptr_t)b[i].data % XPOOL_MIN, 0);
        memset(b[i].data, 'a' + (int)i, b[i].cap);
    }
    for (size_t i = 0; i < 8; i++)
        for (size_t k = 0; k < b[i].cap; k += 997)
            assert_int_equal(b[i].data[k], 'a' + (int)i); /* no block overlaps another */
    char *was = b[4].data, *was_too = b[3].data;
    buf_free(&b[3]);
    buf_free(&b[4]);
    assert_null(b[4].data);
    assert_int_equal(b[4].cap, 0);
    size_t cap;
    char *again = xpool_alloc(17000, &cap); /* b[4]'s size: its block */
    assert_ptr_equal(again, was);
    assert_int_equal(cap, 32768);
    b[4] = (buf){.data = again, .cap = cap};
    char *too = xpool_alloc(5000, &cap);
    assert_ptr_equal(too, was_too);
    b[3] = (buf){.data = too, .cap = cap};

    buf big = {0};
    big.data = xpool_alloc(XPOOL_MAX + 1, &big.cap);
    assert_int_equal(big.cap, XPOOL_MAX + 1);
    memset(big.data, 'z', big.cap);
    buf_free(&big); /* malloc's: freed by free (valgrind, ASan check it) */

    /* Blocks taken on one thread go back on another and come out again. */
    pool_batch pb;
    pthread_t t;
    assert_int_equal(pthread_create(&t, NULL, pool_take_batch, &pb), 0);
    pthread_join(t, NULL);
    char *first = pb.b[15].data;
    size_t first_cap = pb.b[15].cap;
    for (size_t i = 0; i < 16; i++) {
        assert_int_equal(pb.b[i].data[pb.b[i].cap - 1], (char)i);
        buf_free(&pb.b[i]);
    }
    char *back = xpool_alloc(first_cap, &cap);
    assert_ptr_equal(back, first);
    buf last = {.data = back, .cap = cap};
    buf_free(&last);
    for (size_t i = 0; i < 8; i++)
        buf_free(&b[i]);
}

/* xpool_fit keeps a block of the size asked for, and swaps any other for
 * one of that size: a too big one goes back to its size's list, where the
 * next request of that size finds it (a buffer that kept it would leave
 * that request a fresh block). */
static void test_pool_fit_swaps_sizes(void **state)
{
    (void)state;
    buf b = {0};
    xpool_fit(&b, 20000); /* empty: a block */
    assert_non_null(b.data);
    assert_int_equal(b.cap, 32768);
    char *big = b.data;
    b.len = 7;
    xpool_fit(&b, 17000); /* the same size: kept, emptied */
    assert_ptr_equal(b.data, big);
    assert_int_equal(b.len, 0);
    xpool_fit(&b, 5000); /* smaller: swapped */
    assert_int_equal(b.cap, 8192);
    assert_ptr_not_equal(b.data, big);
    size_t cap;
    char *again = xpool_alloc(30000, &cap);
    assert_ptr_equal(again, big); /* the big block was given back */
    buf other = {.data = again, .cap = cap};
    buf_free(&other);
    xpool_fit(&b, XPOOL_MAX + 1); /* past the pool's sizes: malloc's, as asked */
    assert_int_equal(b.cap, XPOOL_MAX + 1);
    memset(b.data, 'z', b.cap);
    xpool_fit(&b, 100); /* and freed by free (valgrind, ASan check it) */
    assert_int_equal(b.cap, XPOOL_MIN);
    buf_free(&b);
}

/* A borrowed map keeps the caller's key bytes: a key changed in place is
 * found as changed (a copy would still hold the old one). */
static void test_strmap_borrowed(void **state)
{
    (void)state;
    char keys[] = "alpha\0beta\0gamma";
    strmap *m = strmap_new_borrowed();
    strmap_reserve(m, 10000); /* a big map: copying maps take a key arena here */
    assert_int_equal(strmap_add(m, keys, 5, 1, NULL), 1);
    assert_int_equal(strmap_add(m, keys + 6, 4, 2, NULL), 1);
    uint32_t v = 0, old = 0;
    assert_int_equal(strmap_add(m, "beta", 4, 9, &old), 0);
    assert_int_equal(old, 2);
    keys[0] = 'A'; /* the entry holds the caller's bytes, now "Alpha" */
    assert_int_equal(strmap_get(m, "alpha", 5, &v), 0);
    keys[0] = 'a';
    assert_int_equal(strmap_get(m, "alpha", 5, &v), 1);
    assert_int_equal(v, 1);
    strmap_free(m);
}

/* Pages resident in [p, p + n) (mincore), p page-aligned. */
static size_t resident_pages(const void *p, size_t n)
{
    size_t pages = (n + 4095) / 4096, k = 0;
    unsigned char *vec = xmalloc(pages);
    assert_int_equal(mincore((void *)(uintptr_t)p, n, vec), 0);
    for (size_t i = 0; i < pages; i++)
        k += vec[i] & 1;
    free(vec);
    return k;
}

/* A sparse table is zero and only its touched pages are resident, even
 * where calloc would clear a heap block freed after use. */
static void test_xsparse_calloc(void **state)
{
    (void)state;
    free(xmalloc((size_t)4 << 20)); /* a mapped block freed: glibc's mmap threshold rises past 1 MiB */
    char *used = xmalloc((size_t)1 << 20);
    memset(used, 1, (size_t)1 << 20);
    free(used); /* a dirty heap block calloc would hand out again, cleared */
    uint32_t *t = xsparse_calloc((size_t)1 << 18, sizeof *t);
    assert_int_equal((uintptr_t)t % 16, 0);
    t[200000] = 7;
    assert_int_equal(t[0], 0);
    const char *map = (const char *)((uintptr_t)t & ~(uintptr_t)4095);
    assert_true(resident_pages(map, ((size_t)1 << 20) + 4096) <= 3);
    assert_int_equal(t[200000], 7);
    xsparse_free(t);
    uint32_t *small = xsparse_calloc(10, sizeof *small); /* from the heap */
    for (int i = 0; i < 10; i++)
        assert_int_equal(small[i], 0);
    xsparse_free(small);
    xsparse_free(NULL);
}

int main(void)
{
    /* The residency checks count 4 KiB pages: a huge page would make a
     * block's untouched bytes resident with its header. */
    setenv("ENTGRAPH_HUGE_PAGES", "0", 1);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_buf_grows_and_terminates),
        cmocka_unit_test(test_eg_fail_formats_file_line),
        cmocka_unit_test(test_eg_warn_hold),
        cmocka_unit_test(test_eg_hash_tail),
        cmocka_unit_test(test_strmap_put_get_many),
        cmocka_unit_test(test_strmap_add),
        cmocka_unit_test(test_strmap_reserve),
        cmocka_unit_test(test_strmap_borrowed),
        cmocka_unit_test(test_xsparse_calloc),
        cmocka_unit_test(test_xbig_reuses_freed_mapping),
        cmocka_unit_test(test_xbig_units_aligned),
        cmocka_unit_test(test_xbig_alloc_raw),
        cmocka_unit_test(test_xbig_realloc_not_zeroed),
        cmocka_unit_test(test_xbig_scratch_raw),
        cmocka_unit_test(test_xbig_grows_into_kept),
        cmocka_unit_test(test_xbig_scratch),
        cmocka_unit_test(test_xbig_alloc_pieced),
        cmocka_unit_test(test_xbig_scratch_pieced),
        cmocka_unit_test(test_xbig_prefault),
        cmocka_unit_test(test_xbig_keeps_freed_up_to_128_mib),
        cmocka_unit_test(test_xbig_grows_keeps_bytes),
        cmocka_unit_test(test_big_arena_absorb),
        cmocka_unit_test(test_growing_arena),
        cmocka_unit_test(test_pool_blocks_recycled),
        cmocka_unit_test(test_pool_fit_swaps_sizes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
