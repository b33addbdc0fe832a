/* seg.c - sentence and paragraph boundaries in normalised news text.
 * Boundaries only fall on whitespace runs: each run is judged by the token
 * before it (terminal punctuation, abbreviation, initial, headline line end)
 * and the character after it (a capital, digit or opening quote). Only a run
 * that holds a line break or follows terminal punctuation (and closers) can
 * be a boundary, so the scan jumps between '.', '!', '?' and '\n' (memchr)
 * and never looks at the other runs. */
#include "seg.h"

#include <assert.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* The word lists are in strcmp order (ASCII: capitals first), since in_list
 * binary-searches them; check_lists_once() asserts it. */

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
    "a",  "an", "and", "as",   "at",   "by",   "for", "from", "in",
    "of", "on", "or",  "said", "than", "that", "the", "to",   "with",
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

typedef struct {
    const char *t;
    size_t len;
    const norm_text *nt;
    const char *in;
    size_t n;
} ctx;

static const bool space_byte[256] = {
    [' '] = true, ['\n'] = true, ['\t'] = true, ['\r'] = true, ['\v'] = true, ['\f'] = true,
};

static bool is_space(char c)
{
    return space_byte[(unsigned char)c];
}

static bool is_term(char c)
{
    return c == '.' || c == '!' || c == '?';
}

static bool is_closer(char c)
{
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}';
}

static bool is_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* The list entry e against the word w[0..wl) in strcmp order: negative if e
 * sorts first, 0 if equal, positive if after. */
static int entry_cmp(const char *e, const char *w, size_t wl)
{
    for (size_t k = 0; k < wl; k++) {
        if (e[k] == '\0')
            return -1; /* e is a prefix of w */
        if (e[k] != w[k])
            return (unsigned char)e[k] - (unsigned char)w[k];
    }
    return e[wl] != '\0';
}

/* True if w[0..wl) is one of the count words of the sorted list. */
static bool in_list(const char *const *list, size_t count, const char *w, size_t wl)
{
    size_t lo = 0, hi = count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int d = entry_cmp(list[mid], w, wl);
        if (d == 0)
            return true;
        if (d < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return false;
}

#ifndef NDEBUG
static bool sorted(const char *const *list, size_t count)
{
    for (size_t k = 1; k < count; k++)
        if (strcmp(list[k - 1], list[k]) >= 0)
            return false;
    return true;
}
#endif

/* Asserts, once per process, that the lists are sorted for in_list. */
static void check_lists_once(void)
{
#ifndef NDEBUG
    static atomic_bool done;
    if (atomic_load_explicit(&done, memory_order_relaxed))
        return;
    assert(sorted(prefix_abbr, COUNT(prefix_abbr)) && sorted(ambiguous_abbr, COUNT(ambiguous_abbr)));
    assert(sorted(openers, COUNT(openers)) && sorted(joiners, COUNT(joiners)));
    atomic_store_explicit(&done, true, memory_order_relaxed);
#endif
}

/* A capital letter or digit at normalised offset q; outside ASCII the case
 * is read from the original bytes, since normalisation folded it. */
static bool upper_at(const ctx *c, size_t q)
{
    if (q >= c->len)
        return false;
    unsigned char b = (unsigned char)c->t[q];
    if (b < 0x80)
        return (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9');
    return c->in && norm_upper_or_digit_at(c->in, c->n, norm_orig(c->nt, q));
}

/* What may open a sentence: a capital or digit, possibly after an opening
 * quote or bracket. */
static bool opens_sentence(const ctx *c, size_t q)
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
    return in_list(openers, COUNT(openers), c->t + q, e - q);
}

/* Terminal punctuation [b,k) ends the token [ts,b); the next sentence would
 * start at q (known to open a sentence). Decides whether this is a break. */
static bool terminal_breaks(const ctx *c, size_t s, size_t b, size_t k, size_t q)
{
    if (k - b > 1 || c->t[b] != '.')
        return true; /* "?", "!", "?!", an ellipsis */
    size_t ts = b;
    while (ts > s && (is_alpha(c->t[ts - 1]) || c->t[ts - 1] == '.'))
        ts--;
    if (ts > s && norm_word_before(c->t, ts))
        return true; /* the tail of a longer non-ASCII word */
    const char *w = c->t + ts;
    size_t wl = b - ts;
    if (wl == 0)
        return true;
    if (memchr(w, '.', wl)) { /* U.S., D.C., e.g., a.m. */
        if ((wl == 3 && (memcmp(w, "e.g", 3) == 0 || memcmp(w, "i.e", 3) == 0)))
            return false;
        return opener_at(c, q);
    }
    if (wl == 1 && w[0] >= 'A' && w[0] <= 'Z') /* an initial: "J. Smith" */
        return opener_at(c, q);
    if (wl == 2 && memcmp(w, "No", 2) == 0) /* "No. 2" but "said No. The" */
        return !(c->t[q] >= '0' && c->t[q] <= '9');
    if (in_list(prefix_abbr, COUNT(prefix_abbr), w, wl))
        return false;
    if (in_list(ambiguous_abbr, COUNT(ambiguous_abbr), w, wl))
        return opener_at(c, q);
    return true;
}

/* A single line break after a line without terminal punctuation: a break
 * for headlines and bylines, not for a hard-wrapped sentence. */
static bool line_breaks(const ctx *c, size_t s, size_t ws, size_t q)
{
    char last = c->t[ws - 1];
    if (strchr(",;:-(&/", last) || !opens_sentence(c, q))
        return false;
    size_t b = ws;
    while (b > s && is_alpha(c->t[b - 1]))
        b--;
    return !in_list(joiners, COUNT(joiners), c->t + b, ws - b);
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
    XGROW(out->v, out->cap, out->n + 1);
    out->v[out->n++] = (seg_sentence){(uint32_t)s, (uint32_t)e, para};
}

/* The next position of each byte that can make a boundary: terminal
 * punctuation before a run, a line break in one. Each is found with memchr
 * and searched again only once the scan has passed it. */
static const char stop_bytes[4] = {'.', '!', '?', '\n'};

typedef struct {
    size_t at[sizeof stop_bytes]; /* len when there is none left */
} stops;

static size_t find(const ctx *c, size_t from, char b)
{
    const char *p = memchr(c->t + from, b, c->len - from);
    return p ? (size_t)(p - c->t) : c->len;
}

/* First stop byte at or after `from`, or len. */
static size_t next_stop(const ctx *c, stops *st, size_t from)
{
    size_t first = c->len;
    for (size_t k = 0; k < sizeof stop_bytes; k++) {
        if (st->at[k] < from)
            st->at[k] = find(c, from, stop_bytes[k]);
        if (st->at[k] < first)
            first = st->at[k];
    }
    return first;
}

/* The end of the terminal punctuation and closing quotes or brackets from p. */
static size_t terminal_end(const ctx *c, size_t p)
{
    while (p < c->len && (is_term(c->t[p]) || is_closer(c->t[p])))
        p++;
    return p;
}

void seg_run(seg_list *out, const norm_text *nt, const char *in, size_t n)
{
    ctx c = {nt->text, nt->len, nt, in, n};
    const char *t = c.t;
    size_t len = c.len, i = 0;
    uint32_t para = 0;
    check_lists_once();
    out->n = 0;
    while (i < len && is_space(t[i]))
        i++;
    size_t s = i; /* start of the current sentence: a non-space byte */
    stops st;
    for (size_t k = 0; k < sizeof stop_bytes; k++)
        st.at[k] = find(&c, i, stop_bytes[k]);
    /* Invariant: t[i] is not a space, and every run before i that may be a
     * boundary has been judged. */
    while (i < len) {
        size_t p = next_stop(&c, &st, i), ws = p;
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
