/* norm.c - normalisation with an input-offset map; the only user of utf8proc.
 * Plain ASCII (no whitespace runs) is found 16 bytes at a time and copied in
 * bulk as one linear map segment; everything else goes through a 256-entry
 * class table, and non-ASCII is decoded strictly and handled one cluster
 * (starter + marks) at a time on the stack. */
#include "norm.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#endif

#include "util.h"

/* Byte classes of the ASCII fast path. Control bytes other than whitespace
 * (NUL included) are copied unchanged: they are never word characters, so
 * they already act as separators without being rewritten. */
enum { K_COPY, K_SPACE, K_BREAK, K_CR, K_HIGH };

/* ASCII word bytes (letters and digits) and capitals/digits. */
enum { A_WORD = 1, A_UPPER_DIGIT = 2 };

static const unsigned char byte_class[256] = {
    ['\t'] = K_SPACE, [' '] = K_SPACE, ['\n'] = K_BREAK, ['\v'] = K_BREAK, ['\f'] = K_BREAK, ['\r'] = K_CR,
#define H8(x)                                                                                                          \
    [x] = K_HIGH, [x + 1] = K_HIGH, [x + 2] = K_HIGH, [x + 3] = K_HIGH, [x + 4] = K_HIGH, [x + 5] = K_HIGH,            \
    [x + 6] = K_HIGH, [x + 7] = K_HIGH
#define H32(x) H8(x), H8(x + 8), H8(x + 16), H8(x + 24)
    H32(0x80),        H32(0xA0),       H32(0xC0),        H32(0xE0),
#undef H32
#undef H8
};

#define W A_WORD
#define U (A_WORD | A_UPPER_DIGIT)
static const unsigned char ascii_word[128] = {
    ['0'] = U, ['1'] = U, ['2'] = U, ['3'] = U, ['4'] = U, ['5'] = U, ['6'] = U, ['7'] = U, ['8'] = U,
    ['9'] = U, ['A'] = U, ['B'] = U, ['C'] = U, ['D'] = U, ['E'] = U, ['F'] = U, ['G'] = U, ['H'] = U,
    ['I'] = U, ['J'] = U, ['K'] = U, ['L'] = U, ['M'] = U, ['N'] = U, ['O'] = U, ['P'] = U, ['Q'] = U,
    ['R'] = U, ['S'] = U, ['T'] = U, ['U'] = U, ['V'] = U, ['W'] = U, ['X'] = U, ['Y'] = U, ['Z'] = U,
    ['a'] = W, ['b'] = W, ['c'] = W, ['d'] = W, ['e'] = W, ['f'] = W, ['g'] = W, ['h'] = W, ['i'] = W,
    ['j'] = W, ['k'] = W, ['l'] = W, ['m'] = W, ['n'] = W, ['o'] = W, ['p'] = W, ['q'] = W, ['r'] = W,
    ['s'] = W, ['t'] = W, ['u'] = W, ['v'] = W, ['w'] = W, ['x'] = W, ['y'] = W, ['z'] = W,
};
#undef W
#undef U

#define NFKC_OPTS                                                                                                      \
    ((utf8proc_option_t)(UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_IGNORE | UTF8PROC_STABLE))

enum {
    CLUSTER_MAX = 32,  /* source characters per cluster; longer runs of marks split */
    CLUSTER_BUF = 1024 /* code points; > CLUSTER_MAX * the largest expansion (18) */
};

/* Strict UTF-8 decoder: returns the code point at s[i] (i < n) and its length
 * in *len, or -1 with *len = 1 for an invalid byte (overlong forms,
 * surrogates, values past U+10FFFF, truncated sequences). */
static inline int32_t decode(const unsigned char *s, size_t n, size_t i, size_t *len)
{
    unsigned c = s[i];
    *len = 1;
    if (c < 0x80)
        return (int32_t)c;
    unsigned lo = 0x80, hi = 0xBF, need;
    int32_t cp;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1, cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2, cp = c & 0x0F;
        if (c == 0xE0)
            lo = 0xA0; /* overlong */
        else if (c == 0xED)
            hi = 0x9F; /* surrogates */
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3, cp = c & 0x07;
        if (c == 0xF0)
            lo = 0x90; /* overlong */
        else if (c == 0xF4)
            hi = 0x8F; /* past U+10FFFF */
    } else {
        return -1;
    }
    if (n - i <= need)
        return -1;
    for (unsigned k = 1; k <= need; k++) {
        unsigned b = s[i + k];
        if (b < lo || b > hi)
            return -1;
        lo = 0x80, hi = 0xBF;
        cp = (cp << 6) | (int32_t)(b & 0x3F);
    }
    *len = need + 1;
    return cp;
}

/* The code point at s[pos], or -1 past the end or at an invalid byte. */
static int32_t cp_at(const char *s, size_t n, size_t pos)
{
    size_t l;
    return pos < n ? decode((const unsigned char *)s, n, pos, &l) : -1;
}

/* Punctuation rewritten without utf8proc (also applied to utf8proc's output,
 * since compatibility forms such as U+FE58 decompose to a dash). Returns the
 * ASCII replacement or 0. */
static char punct_ascii(int32_t cp)
{
    if ((cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212)
        return '-';
    if ((cp >= 0x2018 && cp <= 0x201B) || cp == 0x2032)
        return '\'';
    if ((cp >= 0x201C && cp <= 0x201F) || cp == 0x2033)
        return '"';
    return 0;
}

/* The helpers below take the character's utf8proc property, looked up once
 * per character. */

/* Whitespace outside ASCII: 0 none, 1 a space, 2 a line break, 3 a paragraph
 * break (U+2029 counts as a blank line). */
static int space_kind(int32_t cp, const utf8proc_property_t *p)
{
    if (cp == 0x85 || cp == 0x2028)
        return 2;
    if (cp == 0x2029)
        return 3;
    return p->category == UTF8PROC_CATEGORY_ZS; /* U+00A0, U+2000-200A, U+3000... */
}

/* A character that belongs to the cluster of the starter before it: marks,
 * non-zero combining classes, and Hangul medial/final jamo (which compose
 * with the syllable before although their combining class is 0). */
static bool extends_cluster(int32_t cp, const utf8proc_property_t *p)
{
    if (cp < 0x300)
        return false;
    if (cp >= 0x1160 && cp <= 0x11FF)
        return true;
    return p->combining_class != 0 || p->category == UTF8PROC_CATEGORY_MN || p->category == UTF8PROC_CATEGORY_MC ||
           p->category == UTF8PROC_CATEGORY_ME;
}

/* Whether the character at in[i] (if any) extends a cluster. */
static bool extends_at(const unsigned char *in, size_t n, size_t i)
{
    size_t len;
    if (i >= n || in[i] < 0x80)
        return false;
    int32_t cp = decode(in, n, i, &len);
    return cp >= 0 && extends_cluster(cp, utf8proc_get_property(cp));
}

/* True if utf8proc would return cp unchanged when nothing combines with it:
 * no decomposition, no case folding, a starter, not ignorable. Hangul
 * syllables decompose and recompose to themselves. */
static bool stable_alone(int32_t cp, const utf8proc_property_t *p)
{
    if (cp >= 0xAC00 && cp <= 0xD7A3)
        return true;
    return p->decomp_seqindex == UINT16_MAX && p->casefold_seqindex == UINT16_MAX && p->combining_class == 0 &&
           !p->ignorable;
}

static bool word_cp(int32_t cp)
{
    if (cp < 0)
        return false;
    if (cp < 0x80)
        return ascii_word[cp] & A_WORD;
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
        return true;
    default:
        return false;
    }
}

/* Makes room for `need` bytes of text. */
static void reserve(norm_text *t, size_t need)
{
    XGROW(t->text, t->cap, need);
}

/* ---- the sparse offset map (invariant in norm.h) ---- */

/* Maps the `count` normalised bytes from `at` (the end of the text so far)
 * to input offset src, advancing with them if linear. Extends the last
 * segment when it already gives these offsets. Always inline (as copy
 * below): called for every run of the text, its call and register saves
 * cost about as much as its body. */
static inline __attribute__((always_inline)) void map_put(norm_text *t, size_t at, size_t src, size_t count,
                                                          bool linear)
{
    if (count == 0)
        return;
    if (t->map_n > 0) {
        const norm_seg *last = &t->map[t->map_n - 1];
        if (norm_seg_src(last, at) == src && (count == 1 || last->linear == linear))
            return;
    }
    if (t->map_n == t->map_cap)
        XGROW(t->map, t->map_cap, t->map_n + 1);
    t->map[t->map_n++] = (norm_seg){(uint32_t)at, (uint32_t)src, linear || count == 1};
}

/* Forgets the map of normalised bytes from `at` on (the text is cut there). */
static void map_cut(norm_text *t, size_t at)
{
    while (t->map_n > 0 && t->map[t->map_n - 1].at >= at)
        t->map_n--;
}

/* Fills map_index once the map is complete; one more entry, the end
 * mark's, bounds the search in the last block. Segment by segment: segment
 * k covers the blocks that start in [map[k].at, map[k + 1].at), so each
 * block is written once and no block compares against the map. */
static void index_map(norm_text *t)
{
    size_t blocks = (t->len >> NORM_BLOCK_SHIFT) + 1, b = 0;
    XGROW(t->map_index, t->index_cap, blocks + 1);
    uint32_t *ix = t->map_index;
    for (size_t k = 0; k < t->map_n && b < blocks; k++) {
        size_t stop = blocks; /* the first block starting at or past the next segment */
        if (k + 1 < t->map_n) {
            size_t next = ((size_t)t->map[k + 1].at + ((size_t)1 << NORM_BLOCK_SHIFT) - 1) >> NORM_BLOCK_SHIFT;
            stop = next < blocks ? next : blocks;
        }
        for (; b < stop; b++)
            ix[b] = (uint32_t)k;
    }
    ix[blocks] = (uint32_t)(t->map_n - 1);
}

size_t norm_seg_find(const norm_text *t, size_t lo, size_t hi, size_t pos)
{
    assert(lo <= hi && hi < t->map_n);
    hi++; /* the answer is in [lo, hi) */
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (t->map[mid].at <= pos)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

/* Run state. Invariant between steps: cap >= o + (n - i) + 1, so every step
 * that emits no more bytes than it consumes needs no capacity check. */
typedef struct {
    norm_text *nt;
    const unsigned char *in;
    size_t n, i, o;
} run;

static inline void put(run *r, char c, size_t src)
{
    map_put(r->nt, r->o, src, 1, true);
    r->nt->text[r->o++] = c;
}

/* Input offset of the last normalised byte (r->o > 0). */
static size_t last_src(const run *r)
{
    return norm_seg_src(&r->nt->map[r->nt->map_n - 1], r->o - 1);
}

/* Takes back the last normalised byte; returns its input offset. */
static size_t unput(run *r)
{
    size_t src = last_src(r);
    map_cut(r->nt, --r->o);
    return src;
}

/* Consumes a whitespace run from r->i (ASCII or Unicode spaces, line breaks,
 * and default-ignorables inside it) and emits ' ', '\n' or "\n\n". */
static void space_run(run *r)
{
    size_t start = r->i, i = r->i, n = r->n, len;
    const unsigned char *in = r->in;
    int breaks = 0;
    while (i < n) {
        unsigned c = in[i];
        if (c < 0x80) {
            int k = byte_class[c];
            if (k == K_SPACE) {
                i++;
            } else if (k == K_BREAK) {
                breaks++, i++;
            } else if (k == K_CR) {
                breaks++, i++;
                if (i < n && in[i] == '\n')
                    i++; /* CRLF is one line end */
            } else {
                break;
            }
            continue;
        }
        int32_t cp = decode(in, n, i, &len);
        if (cp < 0)
            break;
        const utf8proc_property_t *p = utf8proc_get_property(cp);
        int sk = space_kind(cp, p);
        if (sk)
            breaks += sk - 1;
        else if (!p->ignorable)
            break;
        i += len;
    }
    /* Whitespace already at the end of the output (a compatibility space
     * from a cluster such as U+00A8, or a run cut by a character that
     * produced nothing) joins this run, so separators never pile up. */
    char *t = r->nt->text;
    while (r->o > 0 && (t[r->o - 1] == ' ' || t[r->o - 1] == '\n')) {
        breaks += t[r->o - 1] == '\n';
        start = unput(r);
    }
    /* A run emits at most 2 bytes and a 2-byte run consumed >= 2 bytes;
     * every byte it emits maps to its start. */
    size_t count = 1 + (breaks > 1);
    t[r->o] = breaks ? '\n' : ' ';
    t[r->o + count - 1] = t[r->o];
    map_put(r->nt, r->o, start, count, false);
    r->o += count;
    r->i = i;
}

/* Whether in[i] (i < n) is one of U+2010..U+201F (E2 80 90..9F): the
 * dashes and curly quotes of most text, neither whitespace nor ignorable. */
static inline bool dash_or_quote_at(const unsigned char *in, size_t n, size_t i)
{
    return n - i >= 3 && in[i] == 0xE2 && in[i + 1] == 0x80 && (in[i + 2] & 0xF0) == 0x90;
}

/* Whether in[i] (i < n) starts a character that ends a whitespace run
 * before it, known without a look-up: a plain byte, or a dash or quote
 * (common after a space or a paragraph break). */
static inline bool ends_space_at(const unsigned char *in, size_t n, size_t i)
{
    return byte_class[in[i]] == K_COPY || dash_or_quote_at(in, n, i);
}

/* The length of break_run's case at in[i]: one or two line breaks (a
 * paragraph break) before a character that ends them (ends_space_at); 0 if
 * not. */
static inline size_t breaks_before_plain(const unsigned char *in, size_t n, size_t i)
{
    size_t k = i + (i + 1 < n && in[i + 1] == '\n'); /* the last break */
    return in[i] == '\n' && k + 1 < n && ends_space_at(in, n, k + 1) ? k - i + 1 : 0;
}

/* space_run's commonest case, inline: one or two line breaks (a paragraph
 * break) before a plain byte or a dash (ends_space_at), after text that ends
 * in neither a space nor a break. Emits what space_run would, "\n" or
 * "\n\n": the breaks as they are, so mapped linearly (as when a run of plain
 * bytes takes them in, plain_end), and returns true; returns false, having
 * done nothing, otherwise. */
static inline __attribute__((always_inline)) bool break_run(run *r)
{
    size_t i = r->i, count = breaks_before_plain(r->in, r->n, i);
    if (!count || r->o == 0)
        return false;
    char *t = r->nt->text;
    if (t[r->o - 1] == ' ' || t[r->o - 1] == '\n')
        return false;
    t[r->o] = t[r->o + count - 1] = '\n';
    map_put(r->nt, r->o, i, count, true);
    r->o += count;
    r->i = i + count;
    return true;
}

/* Copies source bytes unchanged: plain ASCII mapped linearly, or, all mapped
 * to `start`, a character already in normal form or a cluster utf8proc
 * refused (not expected with valid input; kept so a library surprise never
 * loses text). */
static inline __attribute__((always_inline)) void copy(run *r, size_t start, size_t end, bool linear)
{
    map_put(r->nt, r->o, start, end - start, linear);
    memcpy(r->nt->text + r->o, r->in + start, end - start);
    r->o += end - start;
}

/* Normalises the cluster in[start..) whose first character ends at `first_end`:
 * gathers following marks, decomposes on the stack, composes, encodes. */
static void cluster(run *r, size_t start, size_t first_end)
{
    const unsigned char *in = r->in;
    size_t end = first_end, len;
    for (int count = 1; end < r->n && count < CLUSTER_MAX; count++) {
        if (!extends_at(in, r->n, end))
            break;
        decode(in, r->n, end, &len);
        end += len;
    }
    utf8proc_int32_t cps[CLUSTER_BUF];
    utf8proc_ssize_t m = utf8proc_decompose(in + start, (utf8proc_ssize_t)(end - start), cps, CLUSTER_BUF, NFKC_OPTS);
    if (m >= 0 && m <= CLUSTER_BUF)
        m = utf8proc_normalize_utf32(cps, m, NFKC_OPTS);
    r->i = end;
    if (m < 0 || m > CLUSTER_BUF) {
        copy(r, start, end, false);
        return;
    }
    reserve(r->nt, r->o + (size_t)m * 4 + (r->n - end) + 1);
    char *t = r->nt->text;
    size_t first = r->o;
    for (utf8proc_ssize_t k = 0; k < m; k++) {
        char a = punct_ascii(cps[k]);
        utf8proc_ssize_t w = 1;
        if (cps[k] == ' ' && r->o > 0 && (t[r->o - 1] == ' ' || t[r->o - 1] == '\n'))
            continue; /* a compatibility space right after whitespace */
        if (a)
            t[r->o] = a;
        else
            w = utf8proc_encode_char(cps[k], (utf8proc_uint8_t *)t + r->o);
        r->o += (size_t)w;
    }
    map_put(r->nt, first, start, r->o - first, false);
}

/* One step at a byte >= 0x80. */
static void high(run *r)
{
    size_t i = r->i, len;
    if (dash_or_quote_at(r->in, r->n, i)) {
        /* What punct_ascii gives them, without decoding (two have none). */
        static const char ascii[16] = {'-', '-', '-', '-', '-', '-', 0, 0, '\'', '\'', '\'', '\'', '"', '"', '"', '"'};
        char a = ascii[r->in[i + 2] & 0x0F];
        if (a) {
            put(r, a, i);
            r->i = i + 3;
            return;
        }
    }
    int32_t cp = decode(r->in, r->n, i, &len);
    if (cp < 0) {
        if (r->nt->bad_at < 0)
            r->nt->bad_at = (long)i;
        put(r, '\x01', i);
        r->i = i + 1;
        return;
    }
    char a = punct_ascii(cp);
    if (a) {
        put(r, a, i);
        r->i = i + len;
        return;
    }
    const utf8proc_property_t *p = utf8proc_get_property(cp);
    if (space_kind(cp, p)) {
        space_run(r);
    } else if (p->ignorable) {
        r->i = i + len; /* before the mark case: "Z" U+FE0F stays "Z" */
    } else if (i > 0 && r->o > 0 && r->in[i - 1] > 0x20 && r->in[i - 1] < 0x7F && last_src(r) == i - 1 &&
               extends_cluster(cp, p)) {
        /* A mark after an ASCII character ("e" U+0301): take the ASCII
         * byte back and normalise the pair, so it folds like U+00E9. */
        unput(r);
        cluster(r, i - 1, i + len);
    } else if (stable_alone(cp, p) && !extends_at(r->in, r->n, i + len)) {
        copy(r, i, i + len, false); /* already normal: skip utf8proc */
        r->i = i + len;
    } else {
        cluster(r, i, i + len);
    }
}

/* A byte copied unchanged and mapped to itself: any ASCII byte but
 * whitespace, and a space followed by such a byte (the common single space
 * between words). */
static bool plain_at(const unsigned char *in, size_t n, size_t i)
{
    return byte_class[in[i]] == K_COPY || (in[i] == ' ' && i + 1 < n && byte_class[in[i + 1]] == K_COPY);
}

/* The bytes at in[i] that a run of plain bytes takes in after its first
 * one (so in[i - 1] is not whitespace): 1 for a plain byte (plain_at), or
 * whitespace copied as it is, as space_run and break_run would: a space or
 * break_run's one or two line breaks before a character that ends them
 * (ends_space_at); 0 where the run ends. Paragraph breaks then cut no run,
 * and a space before a dash ends it at the dash. */
static inline size_t run_step(const unsigned char *in, size_t n, size_t i)
{
    if (plain_at(in, n, i))
        return 1;
    if (in[i] == ' ')
        return i + 1 < n && ends_space_at(in, n, i + 1);
    return breaks_before_plain(in, n, i);
}

#ifdef __SSE2__
/* 0xFF for each of the 16 bytes at p that may end a run of plain bytes: a
 * byte below a space (signed: from 0x80 on too), or a space before a byte
 * that is not above one. Reads p[16] too. */
static inline __m128i plain_stops16(const unsigned char *p)
{
    const __m128i space = _mm_set1_epi8(' '), limit = _mm_set1_epi8(0x21);
    __m128i v = _mm_loadu_si128((const __m128i *)p);
    __m128i next = _mm_loadu_si128((const __m128i *)(p + 1));
    return _mm_or_si128(_mm_cmplt_epi8(v, space), _mm_and_si128(_mm_cmpeq_epi8(v, space), _mm_cmplt_epi8(next, limit)));
}
#endif

#if defined(__x86_64__) && defined(__GNUC__)
/* plain_end's loop over 32 bytes at a time with AVX2 (plain_stops16's test
 * on twice the bytes): returns where the run ends (run_step), or where
 * fewer than 33 bytes are left. */
__attribute__((target("avx2"))) static size_t plain_end_avx2(const unsigned char *in, size_t i, size_t n)
{
    const __m256i space = _mm256_set1_epi8(' '), limit = _mm256_set1_epi8(0x21);
    while (n - i > 32) { /* in[i + 32] is read too */
        __m256i v = _mm256_loadu_si256((const __m256i *)(const void *)(in + i));
        __m256i next = _mm256_loadu_si256((const __m256i *)(const void *)(in + i + 1));
        __m256i stops = _mm256_or_si256(_mm256_cmpgt_epi8(space, v),
                                        _mm256_and_si256(_mm256_cmpeq_epi8(v, space), _mm256_cmpgt_epi8(limit, next)));
        unsigned stop = (unsigned)_mm256_movemask_epi8(stops);
        if (stop == 0) {
            i += 32;
            continue;
        }
        i += (size_t)__builtin_ctz(stop);
        size_t k = run_step(in, n, i);
        if (!k)
            return i;
        i += k;
    }
    return i;
}
#endif

/* End of the run of plain bytes (and of paragraph breaks between them,
 * run_step) going on at in[i]. With SSE2, 16 bytes at a time
 * (plain_stops16), or 32 with AVX2 (plain_end_avx2) when avx2 is set; each
 * stop is then checked exactly, since control bytes other than whitespace
 * are plain. */
static size_t plain_end(const unsigned char *in, size_t i, size_t n, bool avx2)
{
#if defined(__x86_64__) && defined(__GNUC__)
    if (avx2) {
        i = plain_end_avx2(in, i, n);
        if (n - i > 32) /* stopped at a byte that is not plain */
            return i;
    }
#else
    (void)avx2;
#endif
#ifdef __SSE2__
    while (n - i > 16) { /* in[i + 16] is read too: the byte after a space */
        unsigned stop = (unsigned)_mm_movemask_epi8(plain_stops16(in + i));
        if (stop == 0) {
            i += 16;
            continue;
        }
        i += (size_t)__builtin_ctz(stop);
        size_t k = run_step(in, n, i);
        if (!k)
            return i;
        i += k;
    }
#endif
    for (size_t k; i < n && (k = run_step(in, n, i)) != 0;)
        i += k;
    return i;
}

int norm_run(norm_text *out, const char *in_, size_t n)
{
    if (n > UINT32_MAX)
        return -1; /* the map holds 32-bit offsets */
    reserve(out, n + 1);
    out->bad_at = -1;
    out->map_n = 0;
    run r = {out, (const unsigned char *)in_, n, 0, 0};
    const unsigned char *in = r.in;
    bool avx2 = eg_cpu_avx2();
    while (r.i < n) {
        if (plain_at(in, n, r.i)) { /* a run of plain bytes: the vector scan from the next one */
            size_t end = plain_end(in, r.i + 1, n, avx2);
            copy(&r, r.i, end, true);
            r.i = end;
        } else if (byte_class[in[r.i]] == K_HIGH) {
            high(&r);
        } else if (!break_run(&r)) {
            space_run(&r);
        }
    }
    out->text[r.o] = '\0';
    out->len = r.o;
    XGROW(out->map, out->map_cap, out->map_n + 1);
    out->map[out->map_n++] = (norm_seg){(uint32_t)r.o, (uint32_t)n, true}; /* the end mark */
    index_map(out);
    return r.o > UINT32_MAX ? -1 : 0; /* sentences hold 32-bit offsets too */
}

void norm_text_free(norm_text *t)
{
    if (!t)
        return;
    free(t->text);
    free(t->map);
    free(t->map_index);
    t->text = NULL;
    t->map = NULL;
    t->map_index = NULL;
    t->len = t->cap = t->map_n = t->map_cap = t->index_cap = 0;
}

bool norm_valid_utf8(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0, len;
    while (i < n) {
        if (u[i] < 0x80) {
            i++;
#ifdef __SSE2__
            while (n - i >= 32) { /* then 32 ASCII bytes at a time, */
                __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(u + i));
                __m128i y = _mm_loadu_si128((const __m128i *)(const void *)(u + i + 16));
                if (_mm_movemask_epi8(_mm_or_si128(x, y)))
                    break; /* a byte >= 0x80 in these: the words below find it */
                i += 32;
            }
#endif
            uint64_t w; /* then eight */
            while (i + 8 <= n && (memcpy(&w, u + i, 8), !(w & 0x8080808080808080ULL)))
                i += 8;
            continue;
        }
        if (decode(u, n, i, &len) < 0)
            return false;
        i += len;
    }
    return true;
}

#ifdef __SSE2__
/* Per byte of x: *sp the spaces, *bad the bytes that are neither a space
 * nor printable ASCII (a signed compare below 0x21 also takes >= 0x80). */
static inline void normal_flags(__m128i x, unsigned *bad, unsigned *sp)
{
    *sp = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8(' ')));
    *bad = (unsigned)_mm_movemask_epi8(
               _mm_or_si128(_mm_cmplt_epi8(x, _mm_set1_epi8(0x21)), _mm_cmpeq_epi8(x, _mm_set1_epi8(0x7F)))) &
           ~*sp;
}
#endif

bool norm_is_normal(const char *s, size_t n)
{
#ifdef __SSE2__
    /* Up to 64 bytes (nearly every alias): the spaces as a bit mask, then
     * no space first, last or after a space. 16 bytes or more go sixteen a
     * load, the last load ending at n; 4 to 15 bytes through two loads of
     * 8 (or 4) that overlap in the middle. Positions seen twice get the
     * same bits. */
    if (n >= 4 && n <= 64) {
        const unsigned char *u = (const unsigned char *)s;
        uint64_t sp = 0;
        unsigned bad = 0, b, p;
        if (n >= 16) {
            for (size_t i = 0; i < n; i += 16) {
                size_t at = i + 16 <= n ? i : n - 16;
                normal_flags(_mm_loadu_si128((const __m128i *)(const void *)(u + at)), &b, &p);
                bad |= b;
                sp |= (uint64_t)p << at;
            }
        } else {
            size_t h = n >= 8 ? 8 : 4; /* s[0, h) in bytes 0..h-1, s[n - h, n) in h..2h-1 */
            normal_flags(eg_load_short(u, n), &b, &p);
            unsigned part = (1u << h) - 1;
            bad = (b | b >> h) & part;
            sp = (p & part) | (uint64_t)(p >> h & part) << (n - h);
        }
        return !bad && !(sp & 1) && !(sp >> (n - 1) & 1) && !(sp & sp >> 1);
    }
#endif
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' ? i == 0 || i + 1 == n || s[i + 1] == ' ' : c < 0x21 || c > 0x7E)
            return false;
    }
    return true;
}

char *norm_string(const char *s, size_t n, size_t *len)
{
    if (norm_is_normal(s, n)) {
        if (len)
            *len = n;
        return xstrndup(s, n);
    }
    if (!norm_valid_utf8(s, n))
        return NULL;
    norm_text t = {0};
    if (norm_run(&t, s, n) != 0) {
        norm_text_free(&t);
        return NULL;
    }
    size_t b = 0, e = t.len;
    while (b < e && (t.text[b] == ' ' || t.text[b] == '\n'))
        b++;
    while (e > b && (t.text[e - 1] == ' ' || t.text[e - 1] == '\n'))
        e--;
    char *res = xstrndup(t.text + b, e - b);
    if (len)
        *len = e - b;
    norm_text_free(&t);
    return res;
}

bool norm_word_before(const char *t, size_t pos)
{
    if (pos == 0)
        return false;
    const unsigned char *u = (const unsigned char *)t;
    if (u[pos - 1] < 0x80)
        return ascii_word[u[pos - 1]] & A_WORD;
    /* Back up over at most 3 continuation bytes to the lead byte. */
    size_t s = pos - 1;
    while (s > 0 && pos - s < 4 && (u[s] & 0xC0) == 0x80)
        s--;
    size_t len;
    int32_t cp = decode(u, pos, s, &len);
    return s + len == pos && word_cp(cp);
}

bool norm_word_at(const char *t, size_t len, size_t pos)
{
    return word_cp(cp_at(t, len, pos));
}

bool norm_upper_or_digit_at(const char *in, size_t n, size_t off)
{
    int32_t cp = cp_at(in, n, off);
    if (cp < 0x80)
        return cp >= 0 && (ascii_word[cp] & A_UPPER_DIGIT);
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT || c == UTF8PROC_CATEGORY_ND;
}

size_t norm_char_len(const char *t, size_t len, size_t pos)
{
    if (pos >= len)
        return 1;
    size_t l;
    decode((const unsigned char *)t, len, pos, &l);
    return l;
}
