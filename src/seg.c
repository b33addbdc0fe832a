/* seg.c - sentence and paragraph boundaries in normalised news text.
 * Boundaries only fall on whitespace runs: each run is judged by the token
 * before it (terminal punctuation, abbreviation, initial, headline line end)
 * and the character after it (a capital, digit or opening quote). Only a run
 * that holds a line break or follows terminal punctuation (and closers) can
 * be a boundary, so the scan jumps between '.', '!', '?' and '\n' (sixteen
 * bytes at a time) and never looks at the other runs. */
#include "seg.h"

#include <assert.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#endif

#include "util.h"

/* The word lists below are looked up through one hash table (see lists_of). */

/* Titles and markers that are always followed by more of the sentence. */
static const char *const prefix_abbr[] = {
    "Adm", "Amb", "Brig", "Capt", "Cmdr", "Col",  "Dr",  "Ft",  "Gen", "Gov", "Hon", "Lt", "Maj",
    "Mr",  "Mrs", "Ms",   "Mt",   "Pres", "Prof", "Rep", "Rev", "Sen", "Sgt", "Vs",  "vs",
};

/* Abbreviations that may also end a sentence ("... of Samsung Co. The ..."):
 * they break only before a common sentence opener. */
static const char *const ambiguous_abbr[] = {
    "Apr", "Aug", "Ave", "Bros", "Co",  "Corp", "Dec", "Dept", "Feb", "Inc", "Jan",    "Jr",
    "Jul", "Jun", "Ltd", "Mar",  "Nov", "Oct",  "Sep", "Sept", "Sr",  "St",  "approx", "etc",
};

/* Capitalised words that usually open a sentence rather than continue a
 * name, used to settle "... with the U.S. The talks ...". */
static const char *const openers[] = {
    "A",    "According", "After", "Also",    "An",    "And",  "As",   "At",    "But", "By",    "During",    "For",
    "He",   "Her",       "His",   "However", "I",     "If",   "In",   "It",    "Its", "Last",  "Meanwhile", "No",
    "Not",  "On",        "Our",   "She",     "Since", "So",   "Some", "That",  "The", "Their", "There",     "These",
    "They", "This",      "Those", "Under",   "We",    "What", "When", "While", "Yet",
};

/* Lowercase words that cannot end a line of a headline or byline: a line
 * ending with one is a hard-wrapped sentence. */
static const char *const joiners[] = {
    "a",      "about",   "across", "after",  "against", "amid",  "among", "an",    "and",     "are",       "as",
    "at",     "be",      "been",   "before", "between", "but",   "by",    "can",   "could",   "despite",   "during",
    "for",    "from",    "had",    "has",    "have",    "her",   "his",   "if",    "in",      "including", "into",
    "is",     "its",     "may",    "might",  "must",    "near",  "nor",   "of",    "on",      "onto",      "or",
    "our",    "over",    "said",   "should", "than",    "that",  "the",   "their", "through", "to",        "told",
    "toward", "towards", "under",  "upon",   "urged",   "via",   "was",   "were",  "which",   "while",     "who",
    "whose",  "will",    "with",   "within", "without", "would",
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

typedef struct {
    const char *t;
    size_t len;
    const norm_text *nt;
    const char *in;
    size_t n;
    bool avx2; /* next_stop may use AVX2 */
} ctx;

static const bool space_byte[256] = {
    [' '] = true, ['\n'] = true, ['\t'] = true, ['\r'] = true, ['\v'] = true, ['\f'] = true,
};

static bool is_space(char c)
{
    return space_byte[(unsigned char)c];
}

/* Terminal punctuation (1) and closing quotes and brackets (2), by byte:
 * one load where terminal_end and judge test each byte for both. */
enum { B_TERM = 1, B_CLOSER = 2 };
static const unsigned char end_byte[256] = {
    ['.'] = B_TERM,    ['!'] = B_TERM,   ['?'] = B_TERM,   ['"'] = B_CLOSER,
    ['\''] = B_CLOSER, [')'] = B_CLOSER, [']'] = B_CLOSER, ['}'] = B_CLOSER,
};

static bool is_term(char c)
{
    return end_byte[(unsigned char)c] & B_TERM;
}

static bool is_closer(char c)
{
    return end_byte[(unsigned char)c] & B_CLOSER;
}

static bool is_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* The bytes of a token before terminal punctuation: ASCII letters (1) and
 * dots (2). */
#define L8(x) [x] = 1, [x + 1] = 1, [x + 2] = 1, [x + 3] = 1, [x + 4] = 1, [x + 5] = 1, [x + 6] = 1, [x + 7] = 1
static const unsigned char token_byte[256] = {
    L8('a'), L8('i'), L8('q'), ['y'] = 1, ['z'] = 1, L8('A'), L8('I'), L8('Q'), ['Y'] = 1, ['Z'] = 1, ['.'] = 2,
};
#undef L8

/* Every list word with the lists it is in, hashed once per process: a
 * lookup hashes the length and the two end bytes and usually probes one
 * slot, where a binary search of each list cost ~100 instructions (a
 * sentence end looks up two lists). */
enum { IN_PREFIX = 1, IN_AMBIGUOUS = 2, IN_OPENER = 4, IN_JOINER = 8 };
enum { WORD_MAX = 15, TABLE_BITS = 9 }; /* 166 words in 512 slots */

typedef struct {
    const char *w; /* NULL: an empty slot */
    uint8_t len, lists;
} word_slot;

static word_slot table[1u << TABLE_BITS];
/* Bit wl of by_first[b]: a list word of wl bytes starts with byte b. Most
 * words before a full stop ("overdue.") fail this test and are not hashed. */
static uint16_t by_first[256];
static pthread_once_t table_once = PTHREAD_ONCE_INIT;

static size_t word_hash(const char *w, size_t wl)
{
    uint32_t k = (uint32_t)(unsigned char)w[0] | (uint32_t)(unsigned char)w[wl - 1] << 8 | (uint32_t)wl << 16;
    return (k * 0x9E3779B1u) >> (32 - TABLE_BITS);
}

/* The IN_* lists that w[0..wl) is in (0 for none). */
static inline unsigned lists_of(const char *w, size_t wl)
{
    if (wl == 0 || wl > WORD_MAX || !(by_first[(unsigned char)w[0]] >> wl & 1))
        return 0;
    for (size_t k = word_hash(w, wl);; k = (k + 1) & ((1u << TABLE_BITS) - 1)) {
        const word_slot *e = &table[k];
        if (!e->w)
            return 0;
        if (e->len == wl && memcmp(e->w, w, wl) == 0)
            return e->lists;
    }
}

static void table_add(const char *const *list, size_t count, unsigned bit)
{
    for (size_t i = 0; i < count; i++) {
        size_t wl = strlen(list[i]);
        assert(wl > 0 && wl <= WORD_MAX);
        size_t k = word_hash(list[i], wl);
        while (table[k].w && !(table[k].len == wl && memcmp(table[k].w, list[i], wl) == 0))
            k = (k + 1) & ((1u << TABLE_BITS) - 1);
        table[k].w = list[i];
        table[k].len = (uint8_t)wl;
        table[k].lists |= (uint8_t)bit;
        by_first[(unsigned char)list[i][0]] |= (uint16_t)(1u << wl);
    }
}

static void table_build(void)
{
    table_add(prefix_abbr, COUNT(prefix_abbr), IN_PREFIX);
    table_add(ambiguous_abbr, COUNT(ambiguous_abbr), IN_AMBIGUOUS);
    table_add(openers, COUNT(openers), IN_OPENER);
    table_add(joiners, COUNT(joiners), IN_JOINER);
}

/* upper_at outside ASCII: the case is read from the original bytes, since
 * normalisation folded it. Not inline: the offset map's look-up would make
 * upper_at and opens_sentence too big to inline for their ASCII case. */
static __attribute__((noinline)) bool upper_in_input(const ctx *c, size_t q)
{
    return c->in && norm_upper_or_digit_at(c->in, c->n, norm_orig(c->nt, q));
}

/* A capital letter or digit at normalised offset q. */
static inline bool upper_at(const ctx *c, size_t q)
{
    if (q >= c->len)
        return false;
    unsigned char b = (unsigned char)c->t[q];
    if (b < 0x80)
        return (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9');
    return upper_in_input(c, q);
}

/* What may open a sentence: a capital or digit, possibly after an opening
 * quote or bracket. */
static inline bool opens_sentence(const ctx *c, size_t q)
{
    if (q < c->len && (c->t[q] == '"' || c->t[q] == '\'' || c->t[q] == '(' || c->t[q] == '['))
        q++;
    return upper_at(c, q);
}

/* True if the word at q is one of the common sentence openers. */
static bool opener_at(const ctx *c, size_t q)
{
    if (q < c->len && c->t[q] == '"')
        q++;
    size_t e = q;
    while (e < c->len && is_alpha(c->t[e]))
        e++;
    return lists_of(c->t + q, e - q) & IN_OPENER;
}

static inline size_t token_start(const char *t, size_t s, size_t b, bool *dotted)
{
    size_t ts = b;
    bool dot = false;
#ifdef __SSE2__
    while (ts - s >= 16) { /* the 16 bytes before ts: where does the run stop? */
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(t + ts - 16));
        __m128i y = _mm_or_si128(x, _mm_set1_epi8(0x20)); /* ASCII letters in lower case */
        __m128i alpha = _mm_cmpgt_epi8(_mm_set1_epi8(-128 + 26), _mm_add_epi8(y, _mm_set1_epi8((char)(0x80 - 'a'))));
        __m128i dots = _mm_cmpeq_epi8(x, _mm_set1_epi8('.'));
        unsigned other = ~(unsigned)_mm_movemask_epi8(_mm_or_si128(alpha, dots)) & 0xFFFFu;
        unsigned dm = (unsigned)_mm_movemask_epi8(dots);
        if (other) {
            unsigned last = 31 - (unsigned)__builtin_clz(other); /* the byte before the run */
            *dotted = dot || dm >> last >> 1;
            return ts - (15 - last);
        }
        dot |= dm != 0;
        ts -= 16;
    }
#endif
    unsigned cls;
    while (ts > s && (cls = token_byte[(unsigned char)t[ts - 1]]) != 0) {
        dot |= cls == 2;
        ts--;
    }
    *dotted = dot;
    return ts;
}

/* seg.h's entry (the tests'); seg_run inlines token_start. */
size_t seg_token_start(const char *t, size_t s, size_t b, bool *dotted)
{
    return token_start(t, s, b, dotted);
}

/* Terminal punctuation [b,k) ends the token [ts,b); the next sentence would
 * start at q (known to open a sentence). Decides whether this is a break. */
static bool terminal_breaks(const ctx *c, size_t s, size_t b, size_t k, size_t q)
{
    if (k - b > 1 || c->t[b] != '.')
        return true; /* "?", "!", "?!", an ellipsis */
    bool dotted;
    size_t ts = token_start(c->t, s, b, &dotted);
    if (ts > s && norm_word_before(c->t, ts))
        return true; /* the tail of a longer non-ASCII word */
    const char *w = c->t + ts;
    size_t wl = b - ts;
    if (wl == 0)
        return true;
    if (dotted) { /* U.S., D.C., e.g., a.m. */
        if ((wl == 3 && (memcmp(w, "e.g", 3) == 0 || memcmp(w, "i.e", 3) == 0)))
            return false;
        return opener_at(c, q);
    }
    if (wl == 1 && w[0] >= 'A' && w[0] <= 'Z') /* an initial: "J. Smith" */
        return opener_at(c, q);
    if (wl == 2 && memcmp(w, "No", 2) == 0) /* "No. 2" but "said No. The" */
        return !(c->t[q] >= '0' && c->t[q] <= '9');
    unsigned lists = lists_of(w, wl);
    if (lists & IN_PREFIX)
        return false;
    if (lists & IN_AMBIGUOUS)
        return opener_at(c, q);
    return true;
}

/* The lengths of a hard-wrapped line, and the length from which one before
 * a short last line needs no line before it to be taken as wrapped. */
enum { WRAP_MIN = 40, WRAP_SURE = 60, WRAP_MAX = 160 };

/* The start of the line holding byte e - 1 (the byte after a line break,
 * or 0), or SIZE_MAX when it is over WRAP_MAX bytes long. */
static size_t line_start(const char *t, size_t e)
{
    size_t b = e;
    while (b > 0 && t[b - 1] != '\n')
        if (e - --b > WRAP_MAX)
            return SIZE_MAX;
    return b;
}

/* Whether the line [b, e) is in title case: seven words in ten, or more,
 * start with a capital ("Russia Says It Downed Ukrainian Drones"), no
 * sentence ends inside it (a wrapped line full of names: "the International
 * Criminal Court. Luis Abinader met Xiomara Castro in Santo Domingo. Maria
 * Corina"; not "U.S. Sanctions Iran") and at most one word of five letters
 * or more is in lower case (a wrapped line listing names: "Venezuela ordered
 * diplomats from Costa Rica, Argentina, Chile, Peru, Panama, the
 * Dominican"). */
static bool title_case(const char *t, size_t b, size_t e)
{
    unsigned words = 0, caps = 0, long_lower = 0;
    for (size_t i = b; i < e; i++)
        if (t[i] == '.' && i > b && i + 1 < e && t[i + 1] == ' ' && t[i - 1] >= 'a' && t[i - 1] <= 'z')
            return false;
        else if (is_alpha(t[i]) && (i == b || t[i - 1] == ' ')) {
            words++;
            if (t[i] >= 'A' && t[i] <= 'Z')
                caps++;
            else if (i + 5 <= e && is_alpha(t[i + 1]) && is_alpha(t[i + 2]) && is_alpha(t[i + 3]) && is_alpha(t[i + 4]))
                long_lower++;
        }
    return long_lower < 2 && caps * 10 >= words * 7;
}

/* Whether the line ending at ws (before a single line break, the next line
 * starting at q) was cut by a width, as a hard-wrapped paragraph's lines
 * are: it is long and not in title case, the next line's first word would
 * not have fitted on it within the width of the lines around it, and the
 * next line is long too or ends the sentence (after a line before, or a
 * line of WRAP_SURE bytes). A headline before a byline, or before a
 * paragraph on one line, stays a line of its own. */
static bool wrapped_line(const ctx *c, size_t ws, size_t q)
{
    const char *t = c->t;
    size_t b = line_start(t, ws);
    if (b == SIZE_MAX || ws - b < WRAP_MIN || title_case(t, b, ws))
        return false;
    size_t cur = ws - b, e = q, word = 0;
    while (e < c->len && t[e] != '\n' && e - q <= WRAP_MAX)
        e++;
    if (e - q > WRAP_MAX)
        return false; /* a paragraph on one line follows */
    while (q + word < e && t[q + word] != ' ')
        word++;
    size_t width = cur > e - q ? cur : e - q, end = e;
    while (end > q && (t[end - 1] == ' ' || t[end - 1] == '\r'))
        end--;
    bool before = b >= 2 && t[b - 2] != '\n';
    if (before) { /* the line before, in the same paragraph */
        size_t pb = line_start(t, b - 1);
        if (pb == SIZE_MAX)
            return false;
        width = b - 1 - pb > width ? b - 1 - pb : width;
    }
    return cur + 1 + word > width &&
           (e - q >= WRAP_MIN || ((before || cur >= WRAP_SURE) && end > q &&
                                  (is_term(t[end - 1]) || is_closer(t[end - 1])))); /* a short last line */
}

/* A single line break after a line without terminal punctuation: a break
 * for headlines and bylines, not for a hard-wrapped sentence (a line that
 * ends in a joiner, or one cut by a width: wrapped_line). */
static bool line_breaks(const ctx *c, size_t s, size_t ws, size_t q)
{
    char last = c->t[ws - 1];
    if (strchr(",;:-(&/", last) || !opens_sentence(c, q))
        return false;
    size_t b = ws;
    while (b > s && is_alpha(c->t[b - 1]))
        b--;
    return !(lists_of(c->t + b, ws - b) & IN_JOINER) && !wrapped_line(c, ws, q);
}

/* A list item at the start of a line: "- ", "* " or U+2022. */
static bool bullet_at(const ctx *c, size_t q)
{
    const char *t = c->t + q;
    size_t left = c->len - q;
    return (left >= 2 && (t[0] == '-' || t[0] == '*') && t[1] == ' ') ||
           (left >= 3 && memcmp(t, "\xE2\x80\xA2", 3) == 0);
}

/* Judges the whitespace run [ws,q) holding nl line breaks, in the sentence
 * that started at s: 0 no break, 1 sentence end, 2 paragraph end. */
static int judge(const ctx *c, size_t s, size_t ws, size_t q, size_t nl)
{
    if (nl >= 2)
        return 2;
    if (nl == 1 && bullet_at(c, q))
        return 1;
    size_t k = ws;
    while (k > s && is_closer(c->t[k - 1]))
        k--;
    if (k > s && is_term(c->t[k - 1])) {
        size_t b = k - 1;
        while (b > s && is_term(c->t[b - 1]))
            b--;
        return opens_sentence(c, q) && terminal_breaks(c, s, b, k, q);
    }
    return nl == 1 && line_breaks(c, s, ws, q);
}

static void push(seg_list *out, size_t s, size_t e, uint32_t para)
{
    if (out->n == out->cap)
        XGROW(out->v, out->cap, out->n + 1);
    out->v[out->n++] = (seg_sentence){(uint32_t)s, (uint32_t)e, para};
}

static bool is_stop(char b)
{
    return b == '.' || b == '!' || b == '?' || b == '\n';
}

/* First byte at or after `from` that can make a boundary (terminal
 * punctuation before a run, a line break in one), or len: one pass over the
 * text, sixteen bytes at a time where SSE2 is there. */
#ifdef __SSE2__
/* 0xFF for each of the 16 bytes at p that is a stop byte (is_stop). */
static inline __m128i stops16(const char *p)
{
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
    return _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('.')), _mm_cmpeq_epi8(x, _mm_set1_epi8('!'))),
                        _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('?')), _mm_cmpeq_epi8(x, _mm_set1_epi8('\n'))));
}
#endif

#if defined(__x86_64__) && defined(__GNUC__)
/* The first stop byte in t[i..len) from 32-byte blocks with AVX2, or the
 * start of the last part under 32 bytes if no block holds one. The four
 * stop bytes differ in their low nibble: a table lookup (pshufb) by it
 * gives the one stop byte each byte can be, and one compare tells if it is
 * (0x80 for the other nibbles matches no ASCII byte; a byte >= 0x80 looks
 * up 0). One load, lookup and compare a block, where SSE2 takes two loads
 * and eight compares. */
__attribute__((target("avx2"))) static size_t stop_blocks_avx2(const char *t, size_t i, size_t len)
{
    const char no = (char)0x80;
    const __m256i stop_of =
        _mm256_broadcastsi128_si256(_mm_setr_epi8(no, '!', no, no, no, no, no, no, no, no, '\n', no, no, no, '.', '?'));
    for (; len - i >= 32; i += 32) {
        __m256i x = _mm256_loadu_si256((const __m256i *)(const void *)(t + i));
        __m256i hit = _mm256_cmpeq_epi8(x, _mm256_shuffle_epi8(stop_of, x));
        unsigned bits = (unsigned)_mm256_movemask_epi8(hit);
        if (bits)
            return i + (unsigned)__builtin_ctz(bits);
    }
    return i;
}
#endif

#ifdef __SSE2__
/* The first stop byte in t[i..len) from 16-byte blocks with SSE2, or the
 * start of the last part under 16 bytes if no block holds one. Not inline:
 * seg_run's loop would keep its four constants in registers, and reload
 * them after each call it makes (four per stop and per judgement). */
static __attribute__((noinline)) size_t stop_blocks_sse2(const char *t, size_t i, size_t len)
{
    for (; len - i >= 32; i += 32) { /* two blocks, one test: a stop is ~100 bytes away */
        __m128i a = stops16(t + i), b = stops16(t + i + 16);
        if (_mm_movemask_epi8(_mm_or_si128(a, b))) {
            unsigned bits = (unsigned)_mm_movemask_epi8(a) | (unsigned)_mm_movemask_epi8(b) << 16;
            return i + (unsigned)__builtin_ctz(bits);
        }
    }
    for (; len - i >= 16; i += 16) {
        unsigned bits = (unsigned)_mm_movemask_epi8(stops16(t + i));
        if (bits)
            return i + (unsigned)__builtin_ctz(bits);
    }
    return i;
}
#endif

/* A stop the block scans find in the last bytes (fewer than a block left)
 * is found again by the byte loop, which starts on it. */
static size_t next_stop(const ctx *c, size_t from)
{
    const char *t = c->t;
    size_t i = from, len = c->len;
#if defined(__x86_64__) && defined(__GNUC__)
    if (c->avx2) {
        i = stop_blocks_avx2(t, i, len);
        if (len - i >= 32) /* a stop in a block */
            return i;
    }
#endif
#ifdef __SSE2__
    i = stop_blocks_sse2(t, i, len);
#endif
    while (i < len && !is_stop(t[i]))
        i++;
    return i;
}

/* The end of the terminal punctuation and closing quotes or brackets from p. */
static size_t terminal_end(const ctx *c, size_t p)
{
    while (p < c->len && end_byte[(unsigned char)c->t[p]])
        p++;
    return p;
}

void seg_run(seg_list *out, const norm_text *nt, const char *in, size_t n)
{
    ctx c = {nt->text, nt->len, nt, in, n, eg_cpu_avx2()};
    const char *t = c.t;
    size_t len = c.len, i = 0;
    uint32_t para = 0;
    pthread_once(&table_once, table_build);
    out->n = 0;
    while (i < len && is_space(t[i]))
        i++;
    size_t s = i; /* start of the current sentence: a non-space byte */
    /* Invariant: t[i] is not a space, and every run before i that may be a
     * boundary has been judged. */
    while (i < len) {
        size_t p = next_stop(&c, i), ws = p;
        if (p == len)
            break;
        if (t[p] == '\n') { /* the run around a line break */
            while (ws > i && is_space(t[ws - 1]))
                ws--;
        } else {
            ws = terminal_end(&c, p);
            if (ws == len || !is_space(t[ws])) {
                i = ws; /* inside a token: "3.5", "U.S", "?!)" */
                continue;
            }
        }
        size_t nl = 0;
        for (i = ws; i < len && is_space(t[i]); i++)
            nl += t[i] == '\n';
        if (i == len)
            break;
        int kind = judge(&c, s, ws, i, nl);
        if (kind) {
            push(out, s, ws, para);
            para += kind == 2;
            s = i;
        }
    }
    size_t e = len;
    while (e > s && is_space(t[e - 1]))
        e--;
    if (e > s)
        push(out, s, e, para);
}

void seg_list_free(seg_list *l)
{
    if (!l)
        return;
    free(l->v);
    l->v = NULL;
    l->n = l->cap = 0;
}

uint32_t seg_find(const seg_list *l, uint32_t pos)
{
    size_t lo = 0, hi = l->n; /* first sentence whose end is past pos */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (l->v[mid].end <= pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == l->n && lo > 0)
        lo--;
    return (uint32_t)lo;
}
