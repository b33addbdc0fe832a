/* util.c - allocation chokepoint, byte buffer, error formatting. */
#define _GNU_SOURCE /* mremap */
#include "util.h"

#include <assert.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <sys/mman.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* From ENTGRAPH_FAIL_ALLOC: -1 never, -2 not read yet. Atomic (relaxed):
 * side threads allocate from the start of a run. */
static long alloc_fail_at = -2;
static long alloc_count;

static void (*cleanups[8])(void);
static int n_cleanups;
static pthread_mutex_t exit_lock = PTHREAD_MUTEX_INITIALIZER;

void eg_atexit(void (*fn)(void))
{
    if (n_cleanups < (int)(sizeof cleanups / sizeof cleanups[0]))
        cleanups[n_cleanups++] = fn;
}

_Noreturn void eg_exit(int status)
{
    /* One thread runs the cleanups and exits; another that fails meanwhile
     * (say, out of memory too) waits here for the exit. The thread that
     * exits may come here again (a failure in exit's own work): it goes on. */
    static _Thread_local int exiting;
    if (!exiting) {
        exiting = 1;
        pthread_mutex_lock(&exit_lock);
    }
    while (n_cleanups > 0)
        cleanups[--n_cleanups]();
    fflush(stdout);
    exit(status);
}

static _Noreturn void out_of_memory(size_t n)
{
    fprintf(stderr, "entgraph: out of memory (allocating %zu bytes)\n", n);
    eg_exit(1);
}

static int should_fail(void)
{
    long at = __atomic_load_n(&alloc_fail_at, __ATOMIC_RELAXED);
    if (at == -2) { /* threads that get here at once store the same */
        const char *s = getenv("ENTGRAPH_FAIL_ALLOC");
        at = s && *s ? atol(s) : 0;
        at = at > 0 ? at : -1;
        __atomic_store_n(&alloc_fail_at, at, __ATOMIC_RELAXED);
    }
    if (at < 0)
        return 0;
    /* With threads, which allocation is the at-th depends on timing; only
     * one is. */
    return __atomic_add_fetch(&alloc_count, 1, __ATOMIC_RELAXED) == at;
}

void *xmalloc(size_t n)
{
    void *p = should_fail() ? NULL : malloc(n ? n : 1);
    if (!p)
        out_of_memory(n);
    return p;
}

void *xcalloc(size_t count, size_t size)
{
    if (size && count > SIZE_MAX / size)
        out_of_memory(SIZE_MAX);
    void *p = should_fail() ? NULL : calloc(count ? count : 1, size ? size : 1);
    if (!p)
        out_of_memory(count * size);
    return p;
}

void *xrealloc(void *p, size_t n)
{
    void *q = should_fail() ? NULL : realloc(p, n ? n : 1);
    if (!q)
        out_of_memory(n);
    return q;
}

char *xstrndup(const char *s, size_t n)
{
    char *d = xmalloc(n + 1);
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

char *xstrdup(const char *s) { return xstrndup(s, strlen(s)); }

/* A sparse table's header: its mapping's length, 0 if from calloc. 16
 * bytes, so the caller's table stays aligned as calloc's. */
typedef struct {
    size_t map_len, pad;
} sparse_head;

void *xsparse_calloc(size_t count, size_t size)
{
    if (size && count > (SIZE_MAX - sizeof(sparse_head) - 4096) / size)
        out_of_memory(SIZE_MAX);
    size_t n = count * size + sizeof(sparse_head);
    sparse_head *h;
    if (n < XSPARSE_MIN) {
        h = xcalloc(1, n);
        h->map_len = 0;
    } else {
        n = (n + 4095) & ~(size_t)4095;
        void *p =
            should_fail() ? MAP_FAILED : mmap(NULL, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == MAP_FAILED)
            out_of_memory(n);
        h = p;
        h->map_len = n;
    }
    return h + 1;
}

void xsparse_free(void *p)
{
    if (!p)
        return;
    sparse_head *h = (sparse_head *)p - 1;
    if (h->map_len)
        munmap(h, h->map_len);
    else
        free(h);
}

/* The capacity (cap doubled, from 8) that holds need items of elem bytes. */
static size_t doubled_cap(size_t cap, size_t need, size_t elem)
{
    size_t c = cap ? cap : 8;
    while (c < need) {
        if (c > SIZE_MAX / 2 / elem)
            out_of_memory(SIZE_MAX);
        c *= 2;
    }
    return c;
}

void xgrow(void **p, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap)
        return;
    *cap = doubled_cap(*cap, need, elem);
    *p = xrealloc(*p, *cap * elem);
}

/* ---- big blocks ----
 * Each block starts with a header of one cache line (so the caller's data
 * is cache-line aligned in a mapping): how it was made and its size. A
 * mapping spans whole 2 MiB units, header included. */

#define BIG_UNIT ((size_t)2 << 20)
#define TOUCH_STEP ((size_t)4096) /* the smallest page: one write a page faults it in */

typedef struct {
    size_t map_len; /* bytes mapped from the header on; 0: from calloc */
    size_t size;    /* bytes the caller asked for */
    size_t pieced;  /* 1: more than one mapping (kernel VMA) back to back, see grow_from_kept */
    char pad[64 - 3 * sizeof(size_t)];
} big_head;
_Static_assert(sizeof(big_head) == 64, "a big block's data starts one cache line in");
_Static_assert(XBIG_UNIT + sizeof(big_head) == BIG_UNIT, "XBIG_UNIT fills one unit with its header");

static size_t unit_round(size_t n)
{
    if (n > SIZE_MAX - BIG_UNIT)
        out_of_memory(SIZE_MAX);
    return (n + BIG_UNIT - 1) & ~(BIG_UNIT - 1);
}

double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* len bytes (a multiple of BIG_UNIT) mapped at a BIG_UNIT boundary (so
 * each unit can be one huge page), with the advice given (MADV_HUGEPAGE or
 * MADV_NOHUGEPAGE; a kernel without it is no error); NULL if the address
 * space is short. */
static void *map_aligned(size_t len, int advice)
{
    char *p = mmap(NULL, len + BIG_UNIT, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        return NULL;
    size_t head = (BIG_UNIT - (uintptr_t)p % BIG_UNIT) % BIG_UNIT;
    if (head)
        munmap(p, head);
    munmap(p + head + len, BIG_UNIT - head);
    madvise(p + head, len, advice);
    return p + head;
}

/* Huge pages or 4 KiB ones for the big blocks: what a fresh page costs
 * depends on the host, and differs by ten times between the hosts this
 * ran on, so each run measures it once (page_probe). On one (KVM-like, a
 * balloon reporting free 2 MiB blocks to the host) a 4 KiB fault took
 * ~1 us but a fresh huge page after some seconds idle 0.1-4 ms, as the
 * host faulted it in again: 4 KiB pages won after idle (100 MB 0.52 against
 * 0.62 s, a tiny input 19 against 56 ms) and lost back to back (0.509
 * against 0.471 s). On another (PVM, shadow page tables) a 4 KiB fault
 * takes 11-15 us and a fresh huge page 0.15-4.5 ms, under the 512 small
 * faults it replaces: huge pages won everywhere (100 MB back to back
 * 0.58 against 0.80 s, after 5 s idle 0.61 against 0.77 s, after 20 s
 * 0.65 against 0.77 s, 10 MB 0.14 against 0.17 s, 1 GB 6.5 against 10.4 s;
 * page faults 1.8k against 23.5k). ENTGRAPH_HUGE_PAGES=1 or 0 decides
 * instead of the probe. */
#define PROBE_PAGES 32
static int huge_advice = MADV_NOHUGEPAGE;
static pthread_once_t page_probe_once = PTHREAD_ONCE_INIT;

static void keep_mapping(void *p, size_t len, int pieced);

/* Times the first touch of PROBE_PAGES fresh 4 KiB pages and of one fresh
 * huge page, and takes huge pages if one costs less than the small pages
 * it stands for. The huge page is kept for the first big block. */
static void page_probe(void)
{
    const char *force = getenv("ENTGRAPH_HUGE_PAGES");
    if (force && (force[0] == '0' || force[0] == '1') && !force[1]) {
        huge_advice = force[0] == '1' ? MADV_HUGEPAGE : MADV_NOHUGEPAGE;
        return;
    }
    volatile char *small = map_aligned(BIG_UNIT, MADV_NOHUGEPAGE), *huge = map_aligned(BIG_UNIT, MADV_HUGEPAGE);
    if (small && huge) {
        double t0 = now_seconds();
        for (size_t i = 0; i < PROBE_PAGES; i++)
            small[i * TOUCH_STEP] = 0;
        double t1 = now_seconds();
        huge[0] = 0;
        double t2 = now_seconds();
        if (t2 - t1 < (t1 - t0) * (double)(BIG_UNIT / TOUCH_STEP / PROBE_PAGES))
            huge_advice = MADV_HUGEPAGE;
    }
    if (small)
        munmap((void *)small, BIG_UNIT);
    if (huge)
        keep_mapping((void *)huge, BIG_UNIT, 0);
}

/* len bytes (a multiple of BIG_UNIT) for big blocks, on the pages the
 * probe chose; NULL if the address space is short. */
static void *map_units(size_t len)
{
    pthread_once(&page_probe_once, page_probe);
    return map_aligned(len, huge_advice);
}

/* Freed mappings kept for the next big blocks. Here (a virtual machine) the
 * first touch of a fresh page costs far more than zeroing one already touched
 * (when blocks were on huge pages, the kernel's zeroing of fresh ones was a
 * tenth of all CPU time). The matcher's arrays, freed after the scan, and the
 * graph's sort and index arrays come back as output buffers and the merged
 * graph's arrays. At most KEEP_N mappings and KEEP_BYTES bytes; the rest is
 * unmapped. At 32 MiB, at 1 GB of text, the partials' freed index and sort
 * arrays (~60 MB) were half unmapped, and the merge and the output buffers
 * took ~46 MB of fresh pages instead; the peak RSS stays (what is kept is
 * reused). */
#define KEEP_N 32
#define KEEP_BYTES ((size_t)128 << 20)
#define PREFAULT_MAX ((size_t)32 << 20) /* xbig_prefault's most */

static struct {
    void *p;
    size_t len;
    int pieced; /* as big_head.pieced */
} kept[KEEP_N];
static size_t n_kept, kept_bytes;
static pthread_mutex_t kept_lock = PTHREAD_MUTEX_INITIALIZER;

/* Keeps the mapping p of len bytes, or unmaps it if the store is full. */
static void keep_mapping(void *p, size_t len, int pieced)
{
    pthread_mutex_lock(&kept_lock);
    int room = n_kept < KEEP_N && kept_bytes + len <= KEEP_BYTES;
    if (room) {
        kept[n_kept].p = p;
        kept[n_kept].pieced = pieced;
        kept[n_kept++].len = len;
        kept_bytes += len;
    }
    pthread_mutex_unlock(&kept_lock);
    if (!room)
        munmap(p, len);
}

/* Cuts len bytes from the front of kept[i] (the rest stays kept); lock held. */
static void *cut_kept(size_t i, size_t len, int *pieced)
{
    char *p = kept[i].p;
    size_t rest = kept[i].len - len;
    *pieced = kept[i].pieced;
    kept_bytes -= len;
    if (rest) { /* whole units at a unit boundary: a mapping of its own */
        kept[i].p = p + len;
        kept[i].len = rest;
    } else
        kept[i] = kept[--n_kept];
    return p;
}

/* A kept mapping of exactly len bytes (cut from the smallest that is at
 * least as long), or NULL; *pieced as the kept one's. */
static void *take_mapping(size_t len, int *pieced)
{
    pthread_mutex_lock(&kept_lock);
    size_t best = n_kept;
    for (size_t i = 0; i < n_kept; i++)
        if (kept[i].len >= len && (best == n_kept || kept[i].len < kept[best].len))
            best = i;
    void *p = best < n_kept ? cut_kept(best, len, pieced) : NULL;
    pthread_mutex_unlock(&kept_lock);
    return p;
}

/* Up to max bytes (whole units) of the longest kept mapping of one VMA
 * (mremap moves one), their length in *got; NULL if there is none. Of a
 * mapping of several VMAs (pieced), one unit: its pieces are whole units,
 * so a unit lies in one of them. */
static void *take_some(size_t max, size_t *got)
{
    pthread_mutex_lock(&kept_lock);
    size_t best = n_kept;
    for (size_t i = 0; i < n_kept; i++)
        if (best == n_kept || kept[i].pieced < kept[best].pieced ||
            (kept[i].pieced == kept[best].pieced && kept[i].len > kept[best].len))
            best = i;
    void *p = NULL;
    if (best < n_kept) {
        int pieced;
        size_t most = kept[best].pieced ? BIG_UNIT : kept[best].len;
        *got = most < max ? most : max;
        p = cut_kept(best, *got, &pieced);
    }
    pthread_mutex_unlock(&kept_lock);
    return p;
}

void xbig_prefault(size_t bytes)
{
    const size_t step = (size_t)8 << 20; /* a mapping kept as soon as it is touched */
    bytes = bytes < PREFAULT_MAX ? bytes : PREFAULT_MAX;
    for (size_t done = 0; done < bytes; done += step) {
        size_t len = unit_round(bytes - done < step ? bytes - done : step);
        volatile char *p = map_units(len);
        if (!p)
            return;
        for (size_t i = 0; i < len; i += TOUCH_STEP)
            p[i] = 0;
        keep_mapping((void *)p, len, 0);
    }
}

void xbig_trim(void)
{
    pthread_mutex_lock(&kept_lock);
    for (size_t i = 0; i < n_kept; i++)
        munmap(kept[i].p, kept[i].len);
    n_kept = kept_bytes = 0;
    pthread_mutex_unlock(&kept_lock);
}

static size_t grow_from_kept(big_head *h, size_t from, size_t to);

/* xbig_alloc; of a kept mapping, the header and the first zero bytes (0 or
 * n) are zeroed, the rest is left as it was (a heap block: all zero or
 * none, as zero is set or not). piece: when no kept mapping is long enough,
 * a fresh one is pieced together from shorter kept ones first
 * (xbig_alloc_pieced), whose first zero bytes are zeroed likewise. */
static void *big_alloc(size_t n, size_t zero, int piece)
{
    if (n > SIZE_MAX - sizeof(big_head))
        out_of_memory(SIZE_MAX);
    big_head *h;
    if (n < XBIG_MIN) {
        /* At least one byte past the header: for n = 0 the caller's pointer
         * would point just past the block, and valgrind would count a block
         * still in use (at an exit on out of memory) as definitely lost. */
        h = zero ? xcalloc(1, sizeof *h + (n ? n : 1)) : xmalloc(sizeof *h + (n ? n : 1));
        h->map_len = 0;
        h->pieced = 0;
    } else {
        size_t len = unit_round(sizeof *h + n);
        int pieced = 0;
        h = take_mapping(len, &pieced);
        if (h)
            memset(h, 0, sizeof *h + zero); /* the header and the bytes asked for as fresh as a new mapping's */
        else if (!(h = should_fail() ? NULL : map_units(len)))
            out_of_memory(n);
        else if (piece) {
            size_t done = grow_from_kept(h, 0, len); /* writes h->pieced: the header is set below */
            pieced = done > 0;
            if (zero && done > sizeof *h) /* the pieces kept their bytes; the fresh pages after them are zero */
                memset(h + 1, 0, zero < done - sizeof *h ? zero : done - sizeof *h);
        }
        h->map_len = len;
        h->pieced = (size_t)pieced;
    }
    h->size = n;
    return h + 1;
}

void *xbig_alloc(size_t n) { return big_alloc(n, n, 0); }
void *xbig_alloc_raw(size_t n) { return big_alloc(n, 0, 0); }
void *xbig_alloc_pieced(size_t n) { return big_alloc(n, 0, 1); }

/* xbig_scratch (zero set), xbig_scratch_pieced (piece set, as big_alloc's)
 * or xbig_scratch_raw. From XBIG_SCRATCH_MIN on a block of XBIG_MIN bytes,
 * of which only n are zeroed: the rest is never read. */
static void *scratch(size_t n, int zero, int piece)
{
    if (n < XBIG_SCRATCH_MIN || n >= XBIG_MIN)
        return big_alloc(n, zero ? n : 0, piece);
    big_head *h = (big_head *)big_alloc(XBIG_MIN, zero ? n : 0, 0) - 1;
    h->size = n;
    return h + 1;
}

void *xbig_scratch(size_t n) { return scratch(n, 1, 0); }
void *xbig_scratch_pieced(size_t n) { return scratch(n, 1, 1); }
void *xbig_scratch_raw(size_t n) { return scratch(n, 0, 0); }

/* The grown part [from, to) of mapping h, untouched so far, is replaced
 * by kept mappings moved there (mremap, no copy) as far as they go: pages
 * touched before instead of fresh ones, which are dear here (see kept).
 * Its bytes are undefined either way. The block is then several VMAs,
 * which mremap cannot grow: h->pieced sends a later growth to a copy
 * (shrinking works on several). Returns the end of the part replaced. */
static size_t grow_from_kept(big_head *h, size_t from, size_t to)
{
    while (from < to) {
        size_t got = 0;
        char *k = take_some(to - from, &got);
        if (!k)
            break;
        if (mremap(k, got, got, MREMAP_MAYMOVE | MREMAP_FIXED, (char *)h + from) == MAP_FAILED) {
            keep_mapping(k, got, 1);
            break;
        }
        h->pieced = 1;
        from += got;
    }
    return from;
}

/* xbig_realloc; fill: the grown part from kept mappings (grow_from_kept). */
static void *big_realloc(void *p, size_t n, int fill)
{
    if (!p) /* what a growth adds is undefined: not zeroed (xbig_alloc_raw) */
        return xbig_alloc_raw(n);
    big_head *h = (big_head *)p - 1;
    if (h->map_len == 0 && n < XBIG_MIN) {
        h = xrealloc(h, sizeof *h + (n ? n : 1)); /* see xbig_alloc */
        h->size = n;
        return h + 1;
    }
    if (h->map_len == 0) { /* from the heap into a mapping of its own */
        char *q = xbig_alloc_raw(n);
        memcpy(q, p, h->size);
        free(h);
        return q;
    }
    if (n > SIZE_MAX - sizeof *h)
        out_of_memory(SIZE_MAX);
    size_t len = unit_round(sizeof *h + n);
    if (len > h->map_len && h->pieced) { /* mremap resizes one VMA only: a copy */
        char *q = xbig_alloc_raw(n);
        memcpy(q, p, h->size);
        xbig_free(p);
        return q;
    }
    void *q = h;
    if (len < h->map_len) {
        q = mremap(h, h->map_len, len, 0); /* whole units past the end go back */
    } else if (len > h->map_len) {
        /* Grow in place if the addresses after it are free, else move the
         * pages (no copy) where the kernel finds room. */
        q = mremap(h, h->map_len, len, 0);
        if (q == MAP_FAILED)
            q = should_fail() ? MAP_FAILED : mremap(h, h->map_len, len, MREMAP_MAYMOVE);
    }
    if (q == MAP_FAILED)
        out_of_memory(n);
    h = q;
    if (fill && len > h->map_len)
        grow_from_kept(h, h->map_len, len);
    h->map_len = len;
    h->size = n;
    return h + 1;
}

void *xbig_realloc(void *p, size_t n) { return big_realloc(p, n, 0); }
void *xbig_realloc_last(void *p, size_t n) { return big_realloc(p, n, 1); }

void xbig_free(void *p)
{
    if (!p)
        return;
    big_head *h = (big_head *)p - 1;
    if (h->map_len)
        keep_mapping(h, h->map_len, (int)h->pieced);
    else
        free(h);
}

void xbig_grow(void **p, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap)
        return;
    *cap = doubled_cap(*cap, need, elem);
    *p = xbig_realloc(*p, *cap * elem);
}

void buf_append(buf *b, const void *p, size_t n)
{
    XGROW(b->data, b->cap, b->len + n + 1);
    if (n)
        memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void buf_puts(buf *b, const char *s) { buf_append(b, s, strlen(s)); }

void buf_putc(buf *b, int c)
{
    char ch = (char)c;
    buf_append(b, &ch, 1);
}

void buf_printf(buf *b, const char *fmt, ...)
{
    va_list ap;
    char small[256];
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if ((size_t)n < sizeof small) {
        buf_append(b, small, (size_t)n);
        return;
    }
    XGROW(b->data, b->cap, b->len + (size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

void buf_reset(buf *b)
{
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}

/* ---- recycled blocks ----
 * One range, reserved on first use (virtual: pages are touched as blocks
 * are carved), cut from the front; a freed block waits on its size's list,
 * linked through its first bytes. buf_free reads pool_lo without the
 * lock, on any thread and at any time: one pointer, set once, and the range
 * follows from it (a stale NULL only means "not a pool block", which holds
 * for any block of a thread that has not met the pool yet). */
#define POOL_RANGE ((size_t)64 << 20)
#define POOL_SIZES 9 /* XPOOL_MIN << 0 .. 8 */
_Static_assert(XPOOL_MIN << (POOL_SIZES - 1) == XPOOL_MAX, "one free list per power of two");
static _Atomic(char *) pool_lo;
static char *pool_next, *pool_end; /* under pool_lock */
static int pool_tried;
static void *pool_free_list[POOL_SIZES];
static pthread_mutex_t pool_lock = PTHREAD_MUTEX_INITIALIZER;

static int pool_owns(const void *p)
{
    const char *c = p, *lo = atomic_load_explicit(&pool_lo, memory_order_relaxed);
    return lo && c >= lo && c < lo + POOL_RANGE;
}

/* The size class of a request of n bytes (POOL_SIZES: past XPOOL_MAX). */
static size_t pool_class(size_t n)
{
    size_t k = 0;
    while (k < POOL_SIZES && XPOOL_MIN << k < n)
        k++;
    return k;
}

void *xpool_alloc(size_t n, size_t *cap)
{
    size_t k = pool_class(n);
    if (k == POOL_SIZES) {
        *cap = n ? n : 1;
        return xmalloc(*cap);
    }
    size_t size = XPOOL_MIN << k;
    char *p = NULL;
    pthread_mutex_lock(&pool_lock);
    if (!pool_tried) {
        pool_tried = 1;
        char *lo = map_units(POOL_RANGE); /* none: every block from malloc */
        if (lo) {
            pool_next = lo;
            pool_end = lo + POOL_RANGE;
            atomic_store_explicit(&pool_lo, lo, memory_order_relaxed);
        }
    }
    if (pool_free_list[k]) {
        p = pool_free_list[k];
        memcpy(&pool_free_list[k], p, sizeof(void *));
    } else if (pool_next && (size_t)(pool_end - pool_next) >= size) {
        p = pool_next;
        pool_next += size;
    }
    pthread_mutex_unlock(&pool_lock);
    *cap = size;
    return p ? p : xmalloc(size);
}

/* Back on its size's list: p is a pool block of size bytes. */
static void pool_free(void *p, size_t size)
{
    size_t k = pool_class(size);
    assert(k < POOL_SIZES && XPOOL_MIN << k == size);
    pthread_mutex_lock(&pool_lock);
    memcpy(p, &pool_free_list[k], sizeof(void *));
    pool_free_list[k] = p;
    pthread_mutex_unlock(&pool_lock);
}

void buf_free(buf *b)
{
    if (pool_owns(b->data))
        pool_free(b->data, b->cap);
    else
        free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

void xpool_fit(buf *b, size_t n)
{
    size_t k = pool_class(n);
    size_t size = k < POOL_SIZES ? XPOOL_MIN << k : (n ? n : 1);
    if (b->data && b->cap == size) {
        buf_reset(b);
        return;
    }
    buf_free(b);
    b->data = xpool_alloc(n, &b->cap);
}

#define ARENA_BLOCK ((size_t)64 << 10)
/* A big arena's block fills one 2 MiB unit, its header included. */
#define ARENA_BIG_BLOCK (BIG_UNIT - sizeof(big_head))

#define ARENA_SMALL_MAX 4 /* ARENA_GROWS: small blocks before the big ones */

/* Whether the next block is a big one. */
static int arena_next_big(const arena *a)
{
    return a->big == ARENA_BIG || (a->big == ARENA_GROWS && a->n >= ARENA_SMALL_MAX);
}

char *arena_strndup(arena *a, const char *s, size_t n)
{
    if (!a->p || (size_t)(a->end - a->p) < n + 1) {
        /* A string bigger than a quarter block gets a block of its own, so
         * the current block's free space is not thrown away for it. */
        int big = arena_next_big(a);
        size_t block = big ? ARENA_BIG_BLOCK : ARENA_BLOCK;
        int own = n + 1 > block / 4;
        size_t size = own ? n + 1 : block;
        XGROW(a->blocks, a->cap, a->n + 1);
        char *b = big ? xbig_alloc_raw(size) : xmalloc(size);
        a->n_small += !big; /* once big, the rest are big too */
        a->blocks[a->n++] = b;
        if (own) {
            memcpy(b, s, n);
            b[n] = '\0';
            return b;
        }
        a->p = b;
        a->end = b + size;
    }
    char *r = a->p;
    memcpy(r, s, n);
    r[n] = '\0';
    a->p += n + 1;
    return r;
}

void arena_free(arena *a)
{
    for (size_t i = 0; i < a->n; i++)
        if (i < a->n_small)
            free(a->blocks[i]);
        else
            xbig_free(a->blocks[i]);
    free(a->blocks);
    *a = (arena){.big = a->big};
}

void arena_absorb(arena *dst, arena *src)
{
    if (src->n) {
        /* arena_free frees blocks by their place: small ones first */
        assert(dst->big == src->big && dst->big != ARENA_GROWS);
        XGROW(dst->blocks, dst->cap, dst->n + src->n);
        memcpy(dst->blocks + dst->n, src->blocks, src->n * sizeof *src->blocks);
        dst->n += src->n;
        dst->n_small += src->n_small;
    }
    free(src->blocks);
    *src = (arena){.big = src->big};
}

void arena_keep(arena *a, void *block)
{
    assert(!a->big);
    XGROW(a->blocks, a->cap, a->n + 1);
    a->blocks[a->n++] = block;
    a->n_small++;
}

int eg_fail(eg_err *e, const char *file, long line, const char *fmt, ...)
{
    if (!e)
        return -1;
    size_t off = 0;
    if (file && line > 0)
        off = (size_t)snprintf(e->msg, sizeof e->msg, "%s:%ld: ", file, line);
    else if (file)
        off = (size_t)snprintf(e->msg, sizeof e->msg, "%s: ", file);
    if (off >= sizeof e->msg)
        off = sizeof e->msg - 1;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->msg + off, sizeof e->msg - off, fmt, ap);
    va_end(ap);
    return -1;
}

static _Thread_local buf *warn_held; /* eg_warn_hold's buffer on this thread */

void eg_warn_hold(buf *b) { warn_held = b; }

void eg_warn(const char *fmt, ...)
{
    /* One write per message, so lines from worker threads never interleave. */
    char line[2048];
    int n = snprintf(line, sizeof line, "entgraph: ");
    va_list ap;
    va_start(ap, fmt);
    int m = vsnprintf(line + n, sizeof line - (size_t)n - 1, fmt, ap);
    va_end(ap);
    size_t len = (size_t)n + (m < 0 ? 0 : (size_t)m);
    if (len > sizeof line - 2)
        len = sizeof line - 2;
    line[len++] = '\n';
    if (warn_held)
        buf_append(warn_held, line, len);
    else
        fwrite(line, 1, len, stderr);
}

uint64_t eg_hash_seeded(const void *p, size_t n, uint64_t seed)
{
    /* Eight bytes per step: multiply-xorshift mixing (not cryptographic). */
    const unsigned char *s = p;
    uint64_t h = 0x9E3779B97F4A7C15ULL ^ seed ^ (n * 0xFF51AFD7ED558CCDULL);
    while (n >= 8) {
        uint64_t w;
        memcpy(&w, s, 8);
        h = (h ^ w) * 0xC4CEB9FE1A85EC53ULL;
        h ^= h >> 29;
        s += 8;
        n -= 8;
    }
    /* The last n < 8 bytes, s[i] at bit 8i (on a little-endian host, as a
     * memcpy into w would put them), in fixed-size loads: a memcpy of
     * variable size is a library call, and most keys are short. */
    uint64_t w = 0;
    if (n & 4) {
        uint32_t x;
        memcpy(&x, s + (n & 3), 4);
        w = x;
    }
    if (n & 2) {
        uint16_t x;
        memcpy(&x, s + (n & 1), 2);
        w = w << 16 | x;
    }
    if (n & 1)
        w = w << 8 | s[0];
    h = (h ^ w) * 0xFF51AFD7ED558CCDULL;
    h ^= h >> 32;
    return h;
}

size_t eg_utf8_len(const void *p, size_t n)
{
    const unsigned char *s = p;
    size_t len;
    uint32_t min, cp;
    if (s[0] < 0x80)
        return 1;
    if (s[0] >= 0xC2 && s[0] <= 0xDF)
        len = 2, min = 0x80, cp = s[0] & 0x1Fu;
    else if (s[0] >= 0xE0 && s[0] <= 0xEF)
        len = 3, min = 0x800, cp = s[0] & 0x0Fu;
    else if (s[0] >= 0xF0 && s[0] <= 0xF4)
        len = 4, min = 0x10000, cp = s[0] & 0x07u;
    else
        return 0;
    if (len > n)
        return 0;
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (s[i] & 0x3Fu);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return len;
}

int eg_thread_start(pthread_t *t, void *(*fn)(void *), void *arg)
{
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, &old); /* the new thread inherits the mask */
    int rc = pthread_create(t, NULL, fn, arg);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    return rc;
}

void eg_run_both(void *(*fx)(void *), void *x, void *(*fy)(void *), void *y)
{
    pthread_t t;
    int threaded = eg_thread_start(&t, fy, y) == 0;
    fx(x);
    if (threaded)
        pthread_join(t, NULL);
    else
        fy(y);
}
