/* out.h - atomic output files: write to a temporary file in the target
 * folder, then fsync and rename over the final name. Temporary files still
 * open at exit or on SIGINT/SIGTERM/SIGHUP are removed, so a failed or killed
 * run never leaves a half-written output nor a stray temp file. */
#ifndef ENTGRAPH_OUT_H
#define ENTGRAPH_OUT_H

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "util.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

typedef struct out_file out_file;
typedef struct out_sink out_sink;

/* Creates dir (and parents) if missing. Returns 0 or -1 with e set. */
int out_mkdir(const char *dir, eg_err *e);
/* The same, the folders it makes with mode (before the umask). */
int out_mkdir_mode(const char *dir, unsigned mode, eg_err *e);
/* Opens a temporary file for dir/name. Returns NULL with e set on failure. */
out_file *out_open(const char *dir, const char *name, eg_err *e);
FILE *out_stream(out_file *f);
const char *out_temp_path(const out_file *f);
/* Flushes, checks write errors, fsyncs if asked (out_set_fsync) and renames
 * into place; frees f. Returns 0, or -1 with e set (the temp file is removed). */
int out_commit(out_file *f, eg_err *e);
/* on: out_commit fsyncs each file and its folder, so the outputs survive a
 * power cut too. Off (the default): the rename alone keeps a killed or
 * failed run from leaving a half file, without waiting for the disk. */
void out_set_fsync(int on);
/* A batch makes several outputs replace the previous ones together: between
 * out_batch_begin and out_batch_end, out_commit does everything but the
 * rename (the file waits, complete, under its temp name). out_batch_end(ok)
 * then renames every waiting file into place, or removes them all when ok is
 * 0 (returns -1, e untouched) or a rename fails (returns -1 with e set).
 * One batch at a time; commits may come from several threads. */
void out_batch_begin(void);
int out_batch_end(int ok, eg_err *e);
/* out_batch_end removes the names of the replaced outputs at once, and
 * holds them open: their blocks are freed when they close, which takes a
 * while on some file systems (out.c). This closes them on a child process
 * that outlives the call: call once the outputs are done, before exiting. */
void out_release_replaced(void);
/* Drops the cached pages of dir/name, the previous output a run will
 * replace, if they are all clean (out.c says why); nothing if it is not a
 * regular file. Performance only: the file itself is left as it is. */
void out_release_old(const char *dir, const char *name);
/* Removes the temp file and frees f. NULL-safe. */
void out_abort(out_file *f);
/* Installs signal handlers and the exit cleanup; call once from main. */
void out_install_cleanup(void);

/* Several outputs written at once. Each job runs fn(ctx, e) on one of up to
 * `threads` threads (the caller's among them), started in array order; once a
 * job has failed no further job starts. rc is set per job: 0 ok, -1 failed,
 * 1 not run. Returns 0, or -1 with e set to the message of the first failed
 * job in array order (deterministic however the threads interleave). */
typedef struct {
    int (*fn)(void *ctx, eg_err *e);
    void *ctx;
    int rc;
    eg_err err;
} out_job;
int out_run_jobs(out_job *jobs, size_t n, int threads, eg_err *e);

/* Whole buffers formatted elsewhere (a document's mention rows, made on a
 * worker), written in order without being copied: out_gather_take takes
 * the buffer and gives the caller back an emptied one written earlier, and
 * buffers go to the file together once OUT_GATHER_BYTES wait, after
 * whatever stdio still holds. Write errors stay sticky (out_gather_done
 * tells), as with out_w. The buffers waiting, with those out on
 * documents, are the pool the rows live in (each grows to the biggest
 * document it met): 256 KiB keeps it near 50 buffers (1 MiB: ~200, 1000
 * more page faults on 100 MB; 128 KiB saves little more). */
#define OUT_GATHER_BYTES ((size_t)256 << 10)
#define OUT_GATHER_MAX 256 /* buffers waiting at most */
typedef struct {
    FILE *fp;
    out_sink *sink;           /* fp's, if fp is an out_file's stream */
    buf held[OUT_GATHER_MAX]; /* waiting, in order */
    size_t n, bytes;
    buf *spare; /* written, len 0, for the next takes */
    size_t n_spare, cap_spare;
} out_gather;
void out_gather_init(out_gather *g, FILE *fp);
/* Queues b's bytes (b->len 0: nothing) and leaves b an empty buffer. */
void out_gather_take(out_gather *g, buf *b);
/* Writes what waits and frees the buffers; returns 0, or -1 if the stream
 * had an error. NULL-safe. */
int out_gather_done(out_gather *g);

/* TSV field escaping per DESIGN.md: \\ \t \n \r. */
void out_tsv_field(FILE *fp, const char *s, size_t n);

/* A buffered writer over a stream: emitters format straight into its buffer,
 * which goes to fwrite in large chunks, so stdio's per-call locking and
 * bookkeeping is paid once per chunk instead of once per field. One writer
 * per thread; write errors stay sticky in the stream (ferror). */
typedef struct {
    FILE *fp;
    out_sink *sink; /* fp's, if fp is an out_file's stream: blocks skip stdio */
    char *p, *end;  /* next free byte, end of the buffer */
    char *start;
    int owned; /* start is the writer's (an xbig_alloc block: util.h) */
} out_w;

/* A writer's buffer: one 2 MiB unit (XBIG_UNIT), formatted chunks included. */
#define OUT_W_SIZE XBIG_UNIT
/* A stream writer whose bulk goes out as blocks (out_par_write), or whose
 * text is a few MiB: a small buffer, not a 2 MiB unit; twice the size from
 * which a flush skips stdio's buffer (out.c). */
#define OUT_W_SMALL ((size_t)128 << 10)
/* storage NULL: allocates cap bytes (freed by out_w_done). cap >= 64.
 * fp NULL makes a memory writer: a full buffer grows instead of being
 * written (storage, if given, is left for the heap), and the text so far is
 * start[0, p - start). Either way, a flush leaves at least 64 bytes free. */
void out_w_init(out_w *w, FILE *fp, char *storage, size_t cap);
void out_w_flush(out_w *w);
/* Flushes, frees owned storage; returns 0, or -1 if the stream had an error. */
int out_w_done(out_w *w);
/* After out_w_done failed: "PATH: write failed: CAUSE" in e (the output's
 * path, the first failed write's errno); returns -1. */
int out_w_fail(const out_w *w, eg_err *e);
void out_w_put_slow(out_w *w, const void *s, size_t n);
/* A block formatted elsewhere (a chunk of rows): a stream writer writes
 * what it holds, then the block straight to the stream (no copy through
 * its buffer); a memory writer appends it. */
void out_w_put_block(out_w *w, const void *s, size_t n);
/* The writer's file will take about `more` bytes after what w has put:
 * a file written past the page cache allocates its space at once
 * (out_sink_expect). Nothing for a memory writer. */
void out_w_expect(out_w *w, size_t more);

static inline void out_w_put(out_w *w, const void *s, size_t n)
{
    if ((size_t)(w->end - w->p) >= n) {
        memcpy(w->p, s, n);
        w->p += n;
    } else
        out_w_put_slow(w, s, n);
}
static inline void out_w_putc(out_w *w, char c)
{
    if (w->p == w->end)
        out_w_flush(w);
    *w->p++ = c;
}
/* Makes n <= 64 bytes free at w->p, for a fixed-size copy the compiler inlines. */
static inline void out_w_room(out_w *w, size_t n)
{
    if ((size_t)(w->end - w->p) < n)
        out_w_flush(w);
}
void out_w_reserve_slow(out_w *w, size_t n);
/* Makes n bytes free at w->p, any n for a memory writer (it grows), at most
 * the buffer's size for a stream writer (it flushes). */
static inline void out_w_reserve(out_w *w, size_t n)
{
    if ((size_t)(w->end - w->p) < n)
        out_w_reserve_slow(w, n);
}
/* Writes the first n bytes of slot, a char array of at most 64 bytes, by
 * copying all of it: a size known at compile time, so no memcpy call. */
#define out_w_slot(w, slot, n) (out_w_room((w), sizeof(slot)), memcpy((w)->p, (slot), sizeof(slot)), (w)->p += (n))
/* out_w_put for a text with cap readable bytes at s (cap a constant, at
 * most 64, n possibly less): a text that fits is copied as cap bytes, a
 * copy of known size, so no memcpy call. */
static inline void out_w_put_over(out_w *w, const void *s, size_t n, size_t cap)
{
    if (n <= cap && (size_t)(w->end - w->p) >= cap) {
        memcpy(w->p, s, cap);
        w->p += n;
    } else
        out_w_put(w, s, n);
}
static inline void out_w_str(out_w *w, const char *s) { out_w_put(w, s, strlen(s)); }
/* A string literal, length known at compile time. */
#define out_w_lit(w, lit) out_w_put((w), "" lit, sizeof(lit) - 1)
/* A TSV field escaped as out_tsv_field (out_w_tsv, inline below: a short
 * text with nothing to escape is copied there, the rest goes to
 * out_w_tsv_slow); _str takes a C string (NULL = ""). */
void out_w_tsv_slow(out_w *w, const char *s, size_t n);
void out_w_tsv_str(out_w *w, const char *s);
/* Per byte: the letter after the backslash that escapes it, 0 if none. */
extern const char out_tsv_escape[256];
/* Decimal digits of v into out (no NUL); returns the length (1..20). */
size_t out_fmt_u64(char out[20], uint64_t v);

/* Below OUT_WORD_MAX, the digits of v as one 8-byte word: the first digit
 * in its lowest byte, bytes past the last digit unspecified. Made in
 * registers (below 10^4 two pairs of digits from a table; else the lanes
 * of one word split 4+4 digits, then 2+2, then 1+1),
 * so a row can store the word twice or keep it for the next row: no
 * re-reading of digits just stored, which stalls a load (store
 * forwarding fails). Returns the digit count; v >= OUT_WORD_MAX: 0. */
#define OUT_WORD_MAX 100000000u
extern const char out_pairs[201]; /* "00" "01" ... "99" */
static inline size_t out_digits_word(uint32_t v, uint64_t *word)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (v < 10000) {                  /* most offsets and counts: two digit pairs from the table */
        uint32_t hi = v * 5243 >> 19; /* v / 100 */
        uint16_t a, b;
        memcpy(&a, out_pairs + 2 * hi, 2);
        memcpy(&b, out_pairs + 2 * (v - hi * 100), 2);
        uint32_t four = (uint32_t)a | (uint32_t)b << 16;
        /* The leading zeros: the low bytes that are '0', the last digit
         * always kept (v = 0 keeps one), as a shift of 0, 8, 16 or 24. */
        unsigned shift = (unsigned)__builtin_ctz((four ^ 0x30303030u) | 1u << 24) & 24;
        *word = four >> shift;
        return 4 - shift / 8;
    }
    if (v >= OUT_WORD_MAX)
        return 0;
    uint64_t x = v / 10000 | (uint64_t)(v % 10000) << 32; /* 32-bit lanes, < 10^4 */
    uint64_t y = (x * 10486 >> 20) & 0x0000007F0000007Fu; /* lane / 100 */
    x = y | (x - y * 100) << 16;                          /* 16-bit lanes, < 100 */
    y = (x * 103 >> 10) & 0x000F000F000F000Fu;            /* lane / 10 */
    x = y | (x - y * 10) << 8;                            /* one digit a byte */
    unsigned lead = (unsigned)__builtin_ctzll(x) / 8;     /* leading zero digits (v >= 10^4: < 4) */
    *word = (x | 0x3030303030303030u) >> (8 * lead);
    return 8 - lead;
#else
    (void)v, (void)word;
    return 0;
#endif
}
/* The digits of v at p, which has 20 bytes of room (writes up to 8 past
 * the digits below OUT_WORD_MAX); returns the end. One digit, the most
 * common count, is one store. */
static inline char *out_put_u64(char *p, uint64_t v)
{
    uint64_t word;
    size_t n;
    if (v < 10)
        *p++ = (char)('0' + v);
    else if (v < OUT_WORD_MAX && (n = out_digits_word((uint32_t)v, &word)) != 0) {
        memcpy(p, &word, 8);
        p += n;
    } else
        p += out_fmt_u64(p, v);
    return p;
}

/* A number written once per row and one more each row (an edge's index):
 * its digits kept as text and counted up in place, a carry only past a 9,
 * instead of formatted anew. d holds len digits, then room, so the digits
 * are copied as a fixed OUT_COUNTER_TEXT bytes. */
#define OUT_COUNTER_TEXT 24
typedef struct {
    char d[OUT_COUNTER_TEXT];
    size_t len;
} out_counter;
static inline void out_counter_init(out_counter *k, uint64_t v)
{
    memset(k->d, 0, sizeof k->d);
    k->len = out_fmt_u64(k->d, v);
}
static inline void out_counter_next(out_counter *k)
{
    size_t j = k->len;
    while (j > 0 && k->d[j - 1] == '9')
        k->d[--j] = '0';
    if (j > 0) {
        k->d[j - 1]++;
        return;
    }
    memmove(k->d + 1, k->d, k->len++); /* all nines: one digit more (at most 20) */
    k->d[0] = '1';
}
/* The digits at p, which has OUT_COUNTER_TEXT bytes of room; returns the end. */
static inline char *out_counter_put(char *p, const out_counter *k)
{
    memcpy(p, k->d, OUT_COUNTER_TEXT);
    return p + k->len;
}

/* Most counts an emitter writes are one digit: those skip the formatter. */
static inline void out_w_u64(out_w *w, uint64_t v)
{
    out_w_room(w, 20);
    if (v < 10)
        *w->p++ = (char)('0' + v);
    else
        w->p += out_fmt_u64(w->p, v);
}
static inline void out_w_i64(out_w *w, int64_t v)
{
    if (v < 0) {
        out_w_putc(w, '-');
        out_w_u64(w, -(uint64_t)v);
    } else
        out_w_u64(w, (uint64_t)v);
}

#ifdef __SSE2__
/* For escapers: index of the first byte of s[i, n) (n >= 16) that flags
 * marks, n if none; flags(x) gives one bit per byte of x (a movemask).
 * Thirty-two bytes a step while they last (one test for two loads), then
 * sixteen, the last few through one load that ends at n and overlaps bytes
 * already seen. Inlined, flags becomes a direct call. */
static inline size_t out_scan16(const unsigned char *s, size_t i, size_t n, unsigned (*flags)(__m128i x))
{
    for (; i + 32 <= n; i += 32) {
        uint32_t stop = flags(_mm_loadu_si128((const __m128i *)(const void *)(s + i))) |
                        flags(_mm_loadu_si128((const __m128i *)(const void *)(s + i + 16))) << 16;
        if (stop)
            return i + (unsigned)__builtin_ctz(stop);
    }
    if (i >= n)
        return n;
    for (;;) {
        size_t at = i + 16 <= n ? i : n - 16; /* at <= i */
        unsigned stop = flags(_mm_loadu_si128((const __m128i *)(const void *)(s + at))) >> (i - at);
        if (stop)
            return i + (unsigned)__builtin_ctz(stop);
        if (at + 16 >= n)
            return n;
        i += 16;
    }
}

/* For escapers, on texts too short for out_scan16 (ids, types, surfaces):
 * whether s[0, n), 4 <= n < 16, has no byte flags marks. Two loads of 8 (or
 * of 4) bytes that overlap in the middle cover it, without reading past n. */
static inline int out_clean_short(const unsigned char *s, size_t n, unsigned (*flags)(__m128i x))
{
    return (flags(eg_load_short(s, n)) & (n >= 8 ? 0xFFFFu : 0xFFu)) == 0;
}

/* For escapers, on short texts (ids, names, types): copies s[0, n),
 * 4 <= n <= 32, to p (room for 32 bytes) if no byte of it is one flags
 * marks, through two loads and two stores that overlap in the middle
 * (no scan loop, no memcpy call, no read past n). Returns 0, writing
 * nothing, if a byte is marked. */
static inline int out_copy_short(char *p, const unsigned char *s, size_t n, unsigned (*flags)(__m128i x))
{
    if (n >= 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)s);
        __m128i y = _mm_loadu_si128((const __m128i *)(const void *)(s + n - 16));
        if (flags(x) | flags(y))
            return 0;
        _mm_storeu_si128((__m128i *)(void *)p, x);
        _mm_storeu_si128((__m128i *)(void *)(p + n - 16), y);
        return 1;
    }
    __m128i x = eg_load_short(s, n);
    if (flags(x) & (n >= 8 ? 0xFFFFu : 0xFFu))
        return 0;
    if (n >= 8) {
        _mm_storel_epi64((__m128i *)(void *)p, x);
        _mm_storel_epi64((__m128i *)(void *)(p + n - 8), _mm_unpackhi_epi64(x, x));
    } else {
        uint32_t a = (uint32_t)_mm_cvtsi128_si32(x), b = (uint32_t)_mm_cvtsi128_si32(_mm_srli_si128(x, 4));
        memcpy(p, &a, 4);
        memcpy(p + n - 4, &b, 4);
    }
    return 1;
}

/* out_copy_short for 32 < n <= 64 (the documents' paths): four loads and
 * four stores, two pairs that overlap in the middle; p has room for 64. */
static inline int out_copy_mid(char *p, const unsigned char *s, size_t n, unsigned (*flags)(__m128i x))
{
    __m128i a = _mm_loadu_si128((const __m128i *)(const void *)s);
    __m128i b = _mm_loadu_si128((const __m128i *)(const void *)(s + 16));
    __m128i c = _mm_loadu_si128((const __m128i *)(const void *)(s + n - 32));
    __m128i d = _mm_loadu_si128((const __m128i *)(const void *)(s + n - 16));
    if (flags(a) | flags(b) | flags(c) | flags(d))
        return 0;
    _mm_storeu_si128((__m128i *)(void *)p, a);
    _mm_storeu_si128((__m128i *)(void *)(p + 16), b);
    _mm_storeu_si128((__m128i *)(void *)(p + n - 32), c);
    _mm_storeu_si128((__m128i *)(void *)(p + n - 16), d);
    return 1;
}

/* One bit per byte of x that a TSV field escapes. */
static inline unsigned out_tsv_flags(__m128i x)
{
    const __m128i bs = _mm_set1_epi8('\\'), tab = _mm_set1_epi8('\t'), lf = _mm_set1_epi8('\n'),
                  cr = _mm_set1_epi8('\r');
    return (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, bs), _mm_cmpeq_epi8(x, tab)),
                                                    _mm_or_si128(_mm_cmpeq_epi8(x, lf), _mm_cmpeq_epi8(x, cr))));
}
#endif

/* For escapers: copies s[0, n), n <= 64, to p (room for 64) if no byte of
 * it needs escaping: out_copy_short / out_copy_mid from 4 bytes on, a
 * byte at a time below (plain[c]: byte c is copied as it is). Returns 0
 * if a byte does (what was copied is left for the caller to overwrite). */
#ifdef __SSE2__
static inline int out_copy_upto64(char *p, const unsigned char *s, size_t n, unsigned (*flags)(__m128i x),
                                  const unsigned char *escapes)
{
    if (n >= 4)
        return n <= 32 ? out_copy_short(p, s, n, flags) : out_copy_mid(p, s, n, flags);
    for (size_t k = 0; k < n; k++) {
        if (escapes[s[k]])
            return 0;
        p[k] = (char)s[k];
    }
    return 1;
}
#endif

static inline void out_w_tsv(out_w *w, const char *s, size_t n)
{
#ifdef __SSE2__
    if (n <= 64 && (size_t)(w->end - w->p) >= 64 &&
        out_copy_upto64(w->p, (const unsigned char *)s, n, out_tsv_flags, (const unsigned char *)out_tsv_escape)) {
        w->p += n;
        return;
    }
#endif
    out_w_tsv_slow(w, s, n);
}

#ifdef __SSE2__
/* One bit per byte of x that a TSV field may escape: out_tsv_flags' bytes
 * and the other ones below 0x0E (controls, rare in text), in one compare
 * fewer than the exact test; for callers that then take the exact way. */
static inline unsigned out_tsv_maybe_flags(__m128i x)
{
    __m128i below = _mm_cmpeq_epi8(_mm_min_epu8(x, _mm_set1_epi8('\r')), x); /* x <= 0x0D */
    return (unsigned)_mm_movemask_epi8(_mm_or_si128(below, _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'))));
}
#endif

/* A short text inside a larger buffer, with readable bytes from s
 * (readable >= n), to p, which has 32 bytes of room: up to 32 bytes that
 * need no TSV escape go through two loads and two stores. Returns the end,
 * or NULL (nothing written) if the text may need escaping (any byte below
 * 0x0E or a backslash: out_w_tsv then decides) or is too long. */
static inline char *out_tsv_short(char *p, const char *s, size_t n, size_t readable)
{
#ifdef __SSE2__
    if (n <= 32 && readable >= 32) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)s);
        __m128i y = _mm_loadu_si128((const __m128i *)(const void *)(s + 16));
        uint64_t stop = out_tsv_maybe_flags(x) | (uint64_t)out_tsv_maybe_flags(y) << 16;
        if (!(stop & ((1ull << n) - 1))) {
            _mm_storeu_si128((__m128i *)(void *)p, x);
            _mm_storeu_si128((__m128i *)(void *)(p + 16), y);
            return p + n;
        }
    }
#else
    (void)p, (void)s, (void)n, (void)readable;
#endif
    return NULL;
}

/* Texts escaped once and written many times (an id on every edge). Entry i
 * is the i-th out_tab_add: s[0, n) through esc (out_w_tsv, an XML escaper). */
typedef void (*out_escape)(out_w *w, const char *s, size_t n);
typedef struct {
    out_w text;  /* memory writer holding every entry, back to back */
    size_t *off; /* entry i is text.start[off[i], off[i + 1]) */
    size_t n, cap;
} out_tab;
void out_tab_init(out_tab *t);
void out_tab_add(out_tab *t, out_escape esc, const char *s, size_t n);
void out_tab_add_str(out_tab *t, out_escape esc, const char *s); /* NULL = "" */
void out_tab_free(out_tab *t); /* NULL-safe */
/* An entry of up to 32 bytes (most ids and names) is copied as a fixed 32:
 * the table keeps 64 bytes of room after its last entry, so the read stays
 * inside its buffer, and w keeps what follows the entry as room. */
static inline void out_w_tab(out_w *w, const out_tab *t, size_t i)
{
    out_w_put_over(w, t->text.start + t->off[i], t->off[i + 1] - t->off[i], 32);
}

/* Doubles that come back again and again (scores, goldstein values) are
 * formatted once by fmt, then copied from a small direct-mapped cache keyed
 * by their bits: the text is exactly fmt's. */
#define OUT_NUM_BITS 14
#define OUT_NUM_SLOTS (1 << OUT_NUM_BITS)
#define OUT_NUM_TEXT 24 /* a slot's text: %.6g is at most 13 bytes */
typedef size_t (*out_fmt_double)(char out[32], double v);
typedef struct {
    out_fmt_double fmt;
    uint64_t bits[OUT_NUM_SLOTS];
    uint8_t len[OUT_NUM_SLOTS]; /* 0: an empty slot */
    char text[OUT_NUM_SLOTS][OUT_NUM_TEXT];
    char spill[OUT_NUM_TEXT + 32]; /* a text longer than a slot (never with %.6g) */
} out_num_memo;
void out_num_memo_init(out_num_memo *m, out_fmt_double fmt);
/* out_num_text's first sight of v (or of v after a collision): formats it
 * into slot h (or, too long for a slot, into spill), returns the text. */
const char *out_num_miss(out_num_memo *m, double v, size_t h, size_t *len);
/* fmt's text of v, from the memo; *len its length. The text has 24
 * readable bytes (a slot), so it can be copied as a fixed 24. */
static inline const char *out_num_text(out_num_memo *m, double v, size_t *len)
{
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits);
    size_t h = (size_t)((bits * 0x9E3779B97F4A7C15u) >> (64 - OUT_NUM_BITS)); /* the top bits */
    if (m->len[h] && m->bits[h] == bits) {
        *len = m->len[h];
        return m->text[h];
    }
    return out_num_miss(m, v, h, len);
}
static inline void out_w_num(out_w *w, out_num_memo *m, double v)
{
    size_t n;
    const char *text = out_num_text(m, v, &n);
    out_w_room(w, OUT_NUM_TEXT);
    memcpy(w->p, text, OUT_NUM_TEXT);
    w->p += n;
}

#endif
