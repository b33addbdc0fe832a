/* util.h - shared plumbing: the one allocation chokepoint, a byte buffer,
 * growable arrays, a string arena and error messages in the `file:line: what` form.
 *
 * Allocation never returns NULL: on failure it prints one message, runs the
 * registered exit cleanups (temporary output files) and exits with status 1.
 * ENTGRAPH_FAIL_ALLOC=N makes the Nth allocation fail (fault injection). */
#ifndef ENTGRAPH_UTIL_H
#define ENTGRAPH_UTIL_H

#include <pthread.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

void *xmalloc(size_t n);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
/* Grow *p (an array of elem-sized items with capacity *cap) to hold need items. */
void xgrow(void **p, size_t *cap, size_t need, size_t elem);
/* The same for an array variable; no call while it has room (need is read
 * twice: no side effects). */
#define XGROW(ptr, cap, need)                                                                                          \
    do {                                                                                                               \
        if ((size_t)(need) > (cap))                                                                                    \
            xgrow((void **)&(ptr), &(cap), (need), sizeof *(ptr));                                                     \
    } while (0)

/* xcalloc for a table used sparsely (say, one slot per gazetteer entity,
 * of which a run meets a few): from XSPARSE_MIN bytes on, an anonymous
 * mapping of its own, whose 4 KiB pages are faulted in (zero) only where
 * they are touched. calloc does so only while glibc's mmap threshold is
 * low: it rises once a mapped block is freed, and then calloc clears a
 * heap block whole, a fault per page. Freed by xsparse_free only. */
#define XSPARSE_MIN ((size_t)64 << 10)
void *xsparse_calloc(size_t count, size_t size);
void xsparse_free(void *p); /* NULL-safe */

/* Big arrays (the graph's edges, its edge index, output buffers): from
 * XBIG_MIN bytes on, a block is mapped on its own in whole 2 MiB units, on
 * huge pages or 4 KiB ones as a probe of this host's page faults decides
 * (util.c: page_probe), and growing it moves the mapping (mremap)
 * instead of copying bytes into fresh pages. Smaller blocks come
 * from malloc. xbig_alloc's bytes are zero; xbig_realloc keeps the old
 * bytes, what it adds is undefined (as with realloc). A freed mapping is
 * kept (up to 128 MiB in all) and handed out again, zeroed: on this VM a
 * page touched before costs far less than a fresh one. Only xbig_free
 * frees what these return (never free()), and only these take it. Never
 * NULL: allocation failure exits as with xmalloc. */
/* 512 KiB, chosen when blocks were on huge pages: at 1 MiB the graph's sort
 * arrays stayed on the heap; 256 KiB saved 2% more faults. */
#define XBIG_MIN ((size_t)512 << 10)
/* The most a big block holds in one 2 MiB unit (its header takes a cache
 * line). */
#define XBIG_UNIT ((size_t)(2 << 20) - 64)
void *xbig_alloc(size_t n);
/* xbig_alloc, but the bytes are undefined: a kept mapping handed out again
 * is not zeroed (for blocks written before they are read). */
void *xbig_alloc_raw(size_t n);
/* xbig_alloc, but from XBIG_SCRATCH_MIN bytes on a block gets a mapping of
 * its own too: for arrays of start-up that are filled whole as soon as they
 * are made, whose pages then go to the pool of kept mappings when freed. */
#define XBIG_SCRATCH_MIN ((size_t)64 << 10)
void *xbig_scratch(size_t n);
/* xbig_scratch, but the bytes are undefined (as xbig_alloc_raw's): for
 * arrays filled whole before they are read. */
void *xbig_scratch_raw(size_t n);
/* xbig_alloc_raw for a block that is written whole and never grows: when no
 * kept mapping is long enough, it is pieced together from several kept ones
 * (moved, not copied: see xbig_realloc_last) before fresh pages make up the
 * rest. A start-up array built from freed scratch then costs no fresh
 * pages. It may still grow, by a copy. */
void *xbig_alloc_pieced(size_t n);
/* xbig_scratch (zeroed), pieced as xbig_alloc_pieced from XBIG_MIN bytes
 * on: for a table that is rebuilt bigger, the old one freed first. */
void *xbig_scratch_pieced(size_t n);
void *xbig_realloc(void *p, size_t n);
/* xbig_realloc for a block's last growth (say, merged arrays): the grown
 * part is kept mappings moved there (no copy) as far as they go, fresh
 * pages only for the rest. The block is then several mappings, which
 * mremap cannot grow: a later growth copies it (shrinking is as cheap). */
void *xbig_realloc_last(void *p, size_t n);
void xbig_free(void *p); /* NULL-safe; the mapping may be kept for the next xbig_alloc */
double now_seconds(void); /* a monotonic clock */
void xbig_trim(void);    /* unmaps the kept mappings (tests start from none) */
/* Maps up to `bytes` (at most what is kept, rounded to 2 MiB), touches
 * every page and keeps the mappings for the next big blocks: a thread with
 * time to spare pays the first touches ahead of the one that will allocate
 * them. */
void xbig_prefault(size_t bytes);
/* XGROW for a block from xbig_alloc (or NULL): doubles the capacity. As
 * XGROW, no call while it has room (need is read twice: no side effects). */
void xbig_grow(void **p, size_t *cap, size_t need, size_t elem);
#define XBIG_GROW(ptr, cap, need)                                                                                      \
    do {                                                                                                               \
        if ((size_t)(need) > (cap))                                                                                    \
            xbig_grow((void **)&(ptr), &(cap), (need), sizeof *(ptr));                                                 \
    } while (0)

/* Byte buffer; always NUL-terminated after the first append. */
typedef struct {
    char *data;
    size_t len, cap;
} buf;

void buf_append(buf *b, const void *p, size_t n);
void buf_puts(buf *b, const char *s);
void buf_putc(buf *b, int c);
void buf_printf(buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_reset(buf *b); /* len = 0, keeps memory */
void buf_free(buf *b);  /* a pool block (xpool_alloc) goes back to the pool */

/* Recycled blocks for buffers that go round between threads (a document's
 * mention rows): power-of-two sizes from XPOOL_MIN to XPOOL_MAX, carved
 * from one range mapped as big blocks are, and handed out again, latest
 * freed first, once buf_free gives them back (from malloc, the rows'
 * buffers took ~1,000 page faults a run at 100 MB). A block lives in a buf
 * whose cap is the *cap given (data and cap as returned): only buf_reset
 * and buf_free on it, no appends (they would realloc it). Larger sizes, and
 * any once the range is used up, come from malloc. Never NULL. */
#define XPOOL_MIN ((size_t)4 << 10)
#define XPOOL_MAX ((size_t)1 << 20)
void *xpool_alloc(size_t n, size_t *cap);
/* Gives b (empty, or a block from xpool_alloc or malloc) the block
 * xpool_alloc(n) would: kept if it is of that size already, else freed
 * (buf_free) and replaced; len 0 either way, the bytes undefined. For
 * buffers that go round between documents: one kept at its biggest
 * document's size holds that size for good, and many such took fresh
 * blocks of the biggest sizes while blocks freed to other sizes waited
 * (~12 MB of rows for 100 MB of text where 5 KB a document serves). */
void xpool_fit(buf *b, size_t n);

/* String arena: many small strings copied into large blocks, freed
 * together (one allocation per block instead of one per string). */
typedef struct {
    char **blocks;
    size_t n, cap;
    size_t n_small; /* blocks[0..n_small) are from malloc, the rest big blocks */
    char *p, *end;  /* free space in the newest block */
    int big;        /* set before the first string: ARENA_BIG or ARENA_GROWS (0: small blocks only) */
} arena;
/* Big blocks: 2 MiB from xbig_alloc, for arenas that grow to many MiB. */
#define ARENA_BIG 1
/* Small blocks (64 KiB from malloc) for the first 256 KiB, then big ones:
 * for an arena whose size the input decides (a small input takes a few
 * pages, not a 2 MiB block). */
#define ARENA_GROWS 2

/* A NUL-terminated copy of s[0..n) that lives until arena_free. */
char *arena_strndup(arena *a, const char *s, size_t n);
void arena_free(arena *a); /* the struct may be reused */
/* Moves src's blocks into dst (their strings stay valid; both ARENA_BIG or both small);
 * src ends empty. */
void arena_absorb(arena *dst, arena *src);
/* Hands block (from xmalloc) to an arena that is not big: arena_free frees it. */
void arena_keep(arena *a, void *block);

/* Error text, filled by the failing function, printed once by the CLI as
 * "entgraph: <msg>". */
typedef struct {
    char msg[1024];
} eg_err;

/* Formats "file:line: what" (line 0: "file: what"; file NULL: "what") into
 * e (NULL-safe) and returns -1 so callers can `return eg_fail(...)`. */
int eg_fail(eg_err *e, const char *file, long line, const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/* Prints "entgraph: <fmt>" to stderr (a warning, or the final error). */
void eg_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* While b is set (NULL: no more), eg_warn on the calling thread appends its
 * lines to b instead: work done ahead on a thread of its own holds its
 * warnings back until they are due, so stderr reads as in a serial run. */
void eg_warn_hold(buf *b);

/* Cleanups run once on exit paths that go through eg_exit or allocation
 * failure (e.g. removing temporary output files). */
void eg_atexit(void (*fn)(void));
_Noreturn void eg_exit(int status);

/* Length (1-4) of the valid UTF-8 character at s[0..n), 0 if the bytes there
 * are not one (overlong, surrogate, truncated...). n must be >= 1. */
size_t eg_utf8_len(const void *s, size_t n);

/* A fast 64-bit hash of bytes (multiply-xorshift, eight bytes a step; not
 * cryptographic): strmap's, and, seeded with a previous hash to chain
 * pieces, the cache's keys (cache.c). */
uint64_t eg_hash_seeded(const void *p, size_t n, uint64_t seed);
static inline uint64_t eg_hash(const void *p, size_t n)
{
    return eg_hash_seeded(p, n, 0);
}

/* Helper threads take no signal: they start with every signal blocked, so
 * SIGINT and the like reach a thread that runs the output cleanup (a
 * helper about to exit could otherwise take one). Returns 0 like
 * pthread_create. */
int eg_thread_start(pthread_t *t, void *(*fn)(void *), void *arg);
/* fx(x) here and fy(y) on a helper thread (here too if none starts). */
void eg_run_both(void *(*fx)(void *), void *x, void *(*fy)(void *), void *y);

/* Non-zero if the CPU runs AVX2: the build targets any x86-64, and the
 * stages with an AVX2 loop (norm, seg, the graph's snippets) choose it at
 * run time. */
static inline int eg_cpu_avx2(void)
{
#if defined(__x86_64__) && defined(__GNUC__)
    return __builtin_cpu_supports("avx2");
#else
    return 0;
#endif
}

#ifdef __SSE2__
/* For a text too short for a 16-byte load, 4 <= n < 16 bytes at s: with
 * h = 8 (n >= 8) or 4, s[0, h) in bytes 0..h-1 of the result and
 * s[n - h, n) in bytes h..2h-1, the rest zero. Two loads that overlap in
 * the middle cover the text without reading past it. */
static inline __m128i eg_load_short(const unsigned char *s, size_t n)
{
    if (n >= 8)
        return _mm_unpacklo_epi64(_mm_loadl_epi64((const __m128i *)(const void *)s),
                                  _mm_loadl_epi64((const __m128i *)(const void *)(s + n - 8)));
    uint32_t a, b;
    memcpy(&a, s, 4);
    memcpy(&b, s + n - 4, 4);
    return _mm_unpacklo_epi32(_mm_cvtsi32_si128((int)a), _mm_cvtsi32_si128((int)b));
}
#endif

#endif
