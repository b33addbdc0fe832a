/* graph.c - builds the network from documents: nodes per entity seen,
 * co-occurrence edges per window, stated edges per lexicon relation, each
 * with counts and the shortest evidence sentence.
 *
 * Counting rules (the outputs' meaning depends on them):
 *  - sentence / paragraph / document windows: each unordered pair of distinct
 *    entities counts once per window instance, however often either repeats;
 *  - N-token windows: each pair of mentions of distinct entities whose token
 *    indexes differ by at most N counts once (so repeated close mentions add up);
 *  - stated edges: one count per statement; negated statements go to
 *    `negated` only, hypothetical ones count in `weight` and in `hypothetical`;
 *  - documents = distinct documents with at least one count (or negation);
 *  - score = Dice coefficient on document sets: 2*docs(ab) / (docs(a)+docs(b)).
 * Evidence: sentence windows and statements use the sentence itself; wider
 * windows use the sentence of the later of the two entities' first mentions
 * in the window; token windows the sentence of the later mention. The
 * shortest candidate sentence (original bytes) wins, the first on ties
 * (earliest document, then earliest sentence: the rule graph_merge keeps).
 * Memory: document ids (unless borrowed) live in a per-graph arena, snippets
 * in its snippet store (graph.h); the edges of one sentence share its
 * snippet. */
#include "graph.h"

#include <assert.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#endif
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SNIPPET_MAX 300
#define NO_NODE UINT32_MAX

/* One sentence of the current document as evidence: its original byte
 * span, worked out at its first offer (sentence_span), and its snippet,
 * which edges offered the sentence share (one copy in the arena). Valid
 * while tag matches the graph's document count. */
typedef struct {
    uint32_t tag;
    uint32_t start, end;
    uint32_t snippet; /* its reference; 0 until made */
} sentence_memo;

/* An evidence that won in the current document, its snippet not made yet
 * (offer_evidence): the edge's index and the sentence. */
typedef struct {
    uint32_t edge, sentence;
} snippet_due;

_Static_assert(sizeof(graph_edge) == 48, "graph_edge changed size: see graph.h");

/* The snippet store (graph.h): records are added at `used` in the newest
 * block. */
typedef struct {
    char **blocks;
    size_t n, cap;
    size_t used; /* bytes of the newest block taken */
} snip_store;

#define SNIP_MAX_BLOCKS ((size_t)1 << (32 - GRAPH_SNIPPET_BLOCK_BITS))
_Static_assert(XBIG_UNIT / GRAPH_SNIPPET_UNIT < (1u << GRAPH_SNIPPET_BLOCK_BITS) - 1,
               "a block's units and the 1 added fit a reference");

typedef struct {
    const char *id;
    size_t len; /* writers escape it without a strlen */
} doc_name;

struct graph {
    const gaz *g;
    const rel_lexicon *lx;
    graph_opts o;
    graph_node *nodes;
    size_t n_nodes, cap_nodes;
    uint32_t *node_of; /* entity index -> node index, NO_NODE if unseen; in the nodes' block (graph_new) */
    graph_edge *edges;
    size_t n_edges, cap_edges;
    uint32_t *edge_ix;  /* open addressing, at most half full: see edge_slot; 0 = empty */
    size_t edge_ix_cap; /* a power of two: the range of home slots (see ix_home) */
    size_t edge_ix_len; /* its slots: edge_ix_cap - IX_SPARE */
    /* Per document added or merged in (evidence names 1 + its index): its id
     * (in strings) and its place in the input. Apart: writers look up ids. */
    doc_name *doc_ids;
    uint32_t *doc_ords;
    size_t n_docs, cap_docs;
    struct pending *pend; /* lookups of the current document not done yet (see flush) */
    size_t n_pend;        /* PENDING_BATCH at most */
    uint32_t *scratch;    /* per window: distinct entities, then their sentences */
    size_t cap_scratch;
    arena strings;     /* document ids */
    snip_store snips;  /* evidence snippets */
    uint32_t *touched; /* the current document's edges that carry DOC_COUNTED (touch_doc) */
    size_t n_touched, cap_touched;
    sentence_memo *memo; /* per sentence of the current document: span and snippet, once needed */
    size_t cap_memo;
    snippet_due *due; /* the current document's wins, in order (make_due_snippets) */
    size_t n_due, cap_due;
    int avx2;         /* the CPU has AVX2: snippet_plain_avx2 */
    int borrow_paths; /* graph_borrow_paths: doc ids point at the documents' paths */
    int sealed;       /* graph_seal ran: in output order, no index, no more documents */
    int finished;
};

graph *graph_new(const gaz *g, const rel_lexicon *lx, const graph_opts *o)
{
    graph *gr = xcalloc(1, sizeof *gr);
    gr->g = g;
    gr->lx = lx;
    if (o)
        gr->o = *o;
    gr->strings.big = ARENA_BIG; /* document ids, unless borrowed: MiBs on big inputs */
    gr->avx2 = eg_cpu_avx2();
    /* At most one node per entity: room for all up front, so the array
     * never grows (pages no node uses are never touched). node_of follows
     * the nodes in their block: filled whole right away, so not zeroed
     * first, and sharing the nodes' 2 MiB unit where both fit in one (up to
     * ~60,000 entities), where a block each took two a graph (util.h:
     * xbig_scratch). */
    gr->cap_nodes = g->n_ents ? g->n_ents : 1;
    gr->nodes = xbig_scratch_raw(gr->cap_nodes * (sizeof *gr->nodes + sizeof *gr->node_of));
    gr->node_of = (uint32_t *)(void *)(gr->nodes + gr->cap_nodes);
    for (size_t i = 0; i < g->n_ents; i++)
        gr->node_of[i] = NO_NODE;
    return gr;
}

void graph_free(graph *gr)
{
    if (!gr)
        return;
    arena_free(&gr->strings);
    xbig_free(gr->doc_ids);
    xbig_free(gr->doc_ords);
    xbig_free(gr->edges);
    free(gr->touched);
    for (size_t i = 0; i < gr->snips.n; i++)
        xbig_free(gr->snips.blocks[i]);
    free(gr->snips.blocks);
    xbig_free(gr->nodes); /* node_of is in its block */
    free(gr->scratch);
    free(gr->pend);
    free(gr->memo);
    free(gr->due);
    xbig_free(gr->edge_ix);
    free(gr);
}

void graph_borrow_paths(graph *gr)
{
    gr->borrow_paths = 1;
}

/* ---- evidence snippets ---- */

/* A limit of the graph's layout reached: the run stops. */
static _Noreturn void graph_full(const char *what)
{
    fprintf(stderr, "entgraph: %s\n", what);
    eg_exit(1);
}

/* Room for n blocks in the store's table; past SNIP_MAX_BLOCKS a reference
 * could not name a block, and the run stops. */
static void snips_reserve(snip_store *s, size_t n)
{
    if (n > SNIP_MAX_BLOCKS)
        graph_full("evidence snippets past 32 GiB (the snippet store's limit)");
    XGROW(s->blocks, s->cap, n);
}

/* Room for a record's text of up to `room` bytes (header, text and slack
 * past it) at the end of the newest block; returns where its text goes.
 * snips_take then makes the record of the text written there, so a snippet
 * is built in place instead of on the stack and copied. */
static char *snips_room(snip_store *st, size_t room)
{
    if (!st->n || XBIG_UNIT - st->used < sizeof(uint16_t) + room) {
        snips_reserve(st, st->n + 1);
        st->blocks[st->n++] = xbig_alloc_raw(XBIG_UNIT); /* one 2 MiB unit, its header included */
        st->used = 0;
    }
    return st->blocks[st->n - 1] + st->used + sizeof(uint16_t);
}

/* Records the n bytes (at most 0x7FFF) that snips_room's text holds; its
 * reference. */
static inline uint32_t snips_take(snip_store *st, size_t n, int plain)
{
    uint16_t head = (uint16_t)(n | (size_t)(plain != 0) << 15);
    size_t size = (sizeof head + n + 1 + GRAPH_SNIPPET_UNIT - 1) / GRAPH_SNIPPET_UNIT * GRAPH_SNIPPET_UNIT;
    assert(n <= 0x7FFF);
    char *r = st->blocks[st->n - 1] + st->used;
    memcpy(r, &head, sizeof head);
    r[sizeof head + n] = '\0';
    uint32_t ref = (uint32_t)((st->n - 1) << GRAPH_SNIPPET_BLOCK_BITS | st->used / GRAPH_SNIPPET_UNIT) + 1;
    st->used += size;
    return ref;
}

/* Moves src's blocks after dst's (src ends empty); src's references
 * name them once the returned number is added. */
static uint32_t snips_absorb(snip_store *dst, snip_store *src)
{
    uint32_t base = (uint32_t)(dst->n << GRAPH_SNIPPET_BLOCK_BITS);
    if (src->n) {
        snips_reserve(dst, dst->n + src->n);
        memcpy(dst->blocks + dst->n, src->blocks, src->n * sizeof *src->blocks);
        dst->n += src->n;
        dst->used = src->used; /* the newest block is src's */
    }
    free(src->blocks);
    *src = (snip_store){0};
    return base;
}

/* An ASCII byte that is not whitespace: copied into a snippet as it is. */
#define PLAIN(b) ((b) < 0x80 && (b) != ' ' && ((b) < '\t' || (b) > '\r'))

/* At a stop of plain_run's scans, s[i] (i < n): the bytes the run takes
 * there (a control byte below '\t', which is PLAIN, or a space before a
 * PLAIN byte), 0 if it ends. */
static inline size_t stop_step(const unsigned char *s, size_t i, size_t n)
{
    if (PLAIN(s[i]))
        return 1;
    return s[i] == ' ' && i + 1 < n && PLAIN(s[i + 1]) ? 2 : 0;
}

/* One block of plain_run's scans, the w bytes at s[i], from its masks: the
 * bytes below '!' (signed: >= 0x80 too), the spaces, and the bytes after
 * them below '!'; the bytes from n on count as stops. Returns where the
 * scan goes on, or where the run ends with *end set. Always inline: both
 * scans' loops are this. */
static inline __attribute__((always_inline)) size_t block_step(const unsigned char *s, size_t i, size_t n, size_t w,
                                                               uint64_t low, uint64_t spaces, uint64_t next_low,
                                                               bool *end)
{
    if (n - i <= w) {
        next_low |= ~0ull << (n - i - 1); /* s[n] and on count as stops */
        low |= ~0ull << (n - i);
    }
    uint64_t stop = (low & ~spaces) | (spaces & next_low);
    if (stop == 0)
        return i + w;
    i += (size_t)__builtin_ctzll(stop);
    if (i >= n) {
        *end = true;
        return n;
    }
    size_t k = stop_step(s, i, n);
    *end = k == 0;
    return i + k;
}

#if defined(__x86_64__) && defined(__GNUC__)
/* plain_run's loop 32 bytes at a time with AVX2, while more than 32 bytes
 * are readable: returns where the run ends, or where plain_run's own loops
 * take over (i >= n, or avail - i <= 32). */
__attribute__((target("avx2"))) static size_t plain_run_avx2(const unsigned char *s, size_t i, size_t n, size_t avail)
{
    const __m256i bang = _mm256_set1_epi8('!'), space = _mm256_set1_epi8(' ');
    while (i < n && avail - i > 32) { /* s[i + 32] is read too */
        __m256i x = _mm256_loadu_si256((const __m256i *)(const void *)(s + i));
        __m256i next = _mm256_loadu_si256((const __m256i *)(const void *)(s + i + 1));
        bool end = false;
        i = block_step(s, i, n, 32, (uint32_t)_mm256_movemask_epi8(_mm256_cmpgt_epi8(bang, x)),
                       (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(x, space)),
                       (uint32_t)_mm256_movemask_epi8(_mm256_cmpgt_epi8(bang, next)), &end);
        if (end)
            return i;
    }
    return i;
}
#endif

/* End of the run from s[i] (PLAIN, i < n) of PLAIN bytes and single spaces
 * each followed by a PLAIN byte, within s[0..n). Sixteen bytes at a time
 * where SSE2 is there, reading up to `avail` >= n (the rest of the document,
 * so that a sentence's last bytes need no byte loop): a byte below '!' or
 * >= 0x80 (both below '!' as signed chars) stops the scan unless it is a
 * space before a byte that does not, and so do the bytes from n on and a
 * space right before n; each stop is then checked exactly (stop_step).
 * With AVX2 (avx2 set), 32 bytes at a time first (plain_run_avx2). */
static size_t plain_run(const unsigned char *s, size_t i, size_t n, size_t avail, int avx2)
{
#if defined(__x86_64__) && defined(__GNUC__)
    if (avx2) {
        i = plain_run_avx2(s, i, n, avail);
        if (i < n && avail - i > 32) /* stopped at a byte the run does not take */
            return i;
    }
#else
    (void)avx2;
#endif
#ifdef __SSE2__
    const __m128i bang = _mm_set1_epi8('!'), space = _mm_set1_epi8(' ');
    while (i < n && avail - i > 16) { /* s[i + 16] is read too: the byte after a space */
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        __m128i next = _mm_loadu_si128((const __m128i *)(const void *)(s + i + 1));
        bool end = false;
        i = block_step(s, i, n, 16, (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(x, bang)),
                       (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, space)),
                       (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(next, bang)), &end);
        if (end)
            return i;
    }
#endif
    for (;;) {
        while (i < n && PLAIN(s[i]))
            i++;
        if (i + 1 < n && s[i] == ' ' && PLAIN(s[i + 1]))
            i += 2; /* a single space inside the run */
        else
            return i;
    }
}

/* 1 if no byte of s[0, n) is one that TSV or XML escaping changes: the
 * controls (below 0x20), " & ' < > and the backslash; nor 0xEF, which
 * leads U+FFFE and U+FFFF (XML replaces those) as well as a few other
 * characters, which then are escaped as ever. Any other non-ASCII byte in
 * a snippet is part of valid UTF-8 (make_snippet checks each character
 * with eg_utf8_len, as the XML escaper does), which both copy. The
 * writers copy a plain snippet as it is, once per edge and format, instead
 * of scanning it again. s[n, n + 16) must be readable and plain. */
static uint16_t snippet_plain(const char *s, size_t n)
{
#ifdef __SSE2__
    const __m128i ctl = _mm_set1_epi8(0x1F), one = _mm_set1_epi8(1), two = _mm_set1_epi8(2);
    const __m128i quot = _mm_set1_epi8('"'), apos = _mm_set1_epi8('\''), gt = _mm_set1_epi8('>'),
                  bs = _mm_set1_epi8('\\'), ef = _mm_set1_epi8((char)0xEF);
    __m128i any = _mm_setzero_si128();
    for (size_t i = 0; i < n; i += 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        __m128i m = _mm_cmpeq_epi8(_mm_min_epu8(x, ctl), x); /* x <= 0x1F */
        m = _mm_or_si128(m, _mm_cmpeq_epi8(x, quot));
        m = _mm_or_si128(m, _mm_cmpeq_epi8(_mm_or_si128(x, one), apos)); /* & ' */
        m = _mm_or_si128(m, _mm_cmpeq_epi8(_mm_or_si128(x, two), gt));   /* < > */
        m = _mm_or_si128(m, _mm_cmpeq_epi8(x, bs));
        any = _mm_or_si128(any, _mm_or_si128(m, _mm_cmpeq_epi8(x, ef)));
    }
    return _mm_movemask_epi8(any) == 0;
#else
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x20 || c == '"' || c == '&' || c == '\'' || c == '<' || c == '>' || c == '\\' || c == 0xEF)
            return 0;
    }
    return 1;
#endif
}

#if defined(__x86_64__) && defined(__GNUC__)
/* The lanes of x that hold a byte snippet_plain rejects, nonzero. A byte's
 * class is looked up twice, by its low and by its high nibble: the two sets
 * of bits meet only for the bytes snippet_plain rejects (bit 0: 0x00-0x1F;
 * 1: " & '; 2: < >; 3: the backslash; 4: 0xEF). */
__attribute__((target("avx2"))) static inline __m256i marked_avx2(__m256i x)
{
    const __m256i by_low = _mm256_broadcastsi128_si256(_mm_setr_epi8(1, 1, 3, 1, 1, 1, 3, 3, 1, 1, 1, 1, 13, 1, 5, 17));
    const __m256i by_high = _mm256_broadcastsi128_si256(_mm_setr_epi8(1, 1, 2, 4, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 16, 0));
    const __m256i nibble = _mm256_set1_epi8(0x0F);
    __m256i low = _mm256_shuffle_epi8(by_low, _mm256_and_si256(x, nibble));
    __m256i high = _mm256_shuffle_epi8(by_high, _mm256_and_si256(_mm256_srli_epi16(x, 4), nibble));
    return _mm256_and_si256(low, high);
}

/* snippet_plain with AVX2, 32 bytes a step. s[n, n + 32) must be readable
 * and plain. */
__attribute__((target("avx2"))) static uint16_t snippet_plain_avx2(const char *s, size_t n)
{
    __m256i any = _mm256_setzero_si256();
    for (size_t i = 0; i < n; i += 32)
        any = _mm256_or_si256(any, marked_avx2(_mm256_loadu_si256((const __m256i *)(const void *)(s + i))));
    return (uint16_t)_mm256_testz_si256(any, any);
}

/* The common sentence in one pass: if s[0, n) is one run of plain_run's
 * (no whitespace but single spaces between its bytes, all ASCII above the
 * controls) and fits a snippet (n <= SNIPPET_MAX), make_snippet's text is
 * s[0, n) as it is: copied to out 32 bytes at a time (out has room for the
 * last block's slack), while the same loads give the plain flag. Returns
 * that flag (0 or 1), or -1 if s is not such a run or a load would pass
 * avail (then make_snippet's loop makes it, writing out anew). */
__attribute__((target("avx2"))) static int plain_copy_avx2(char *out, const unsigned char *s, size_t n, size_t avail)
{
    if (!n || n > SNIPPET_MAX || s[0] == ' ')
        return -1;
    size_t last = (n - 1) & ~(size_t)31; /* the last block's start */
    if (avail - last <= 32)              /* the loads read s[last + 32]: the byte after a space */
        return -1;
    const __m256i bang = _mm256_set1_epi8('!'), space = _mm256_set1_epi8(' ');
    __m256i any = _mm256_setzero_si256();
    for (size_t i = 0;; i += 32) {
        __m256i x = _mm256_loadu_si256((const __m256i *)(const void *)(s + i));
        __m256i next = _mm256_loadu_si256((const __m256i *)(const void *)(s + i + 1));
        __m256i low = _mm256_cmpgt_epi8(bang, x), spaces = _mm256_cmpeq_epi8(x, space); /* below '!': >= 0x80 too */
        __m256i stop =
            _mm256_or_si256(_mm256_andnot_si256(spaces, low), _mm256_and_si256(spaces, _mm256_cmpgt_epi8(bang, next)));
        __m256i marked = marked_avx2(x);
        _mm256_storeu_si256((__m256i *)(void *)(out + i), x);
        if (i == last) { /* only the bytes before n count; a space at n - 1 ends the run */
            uint32_t in = (uint32_t)((2ull << (n - 1 - i)) - 1);
            uint32_t end_space = (uint32_t)_mm256_movemask_epi8(spaces) & 1u << (n - 1 - i);
            if (((uint32_t)_mm256_movemask_epi8(stop) & in) || end_space)
                return -1;
            uint32_t clean = (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(marked, _mm256_setzero_si256()));
            return _mm256_testz_si256(any, any) && !(~clean & in);
        }
        if (!_mm256_testz_si256(stop, stop))
            return -1;
        any = _mm256_or_si256(any, marked);
    }
}
#endif

/* The sentence's original bytes with whitespace runs collapsed to one space,
 * invalid UTF-8 replaced by U+FFFD, cut at a character boundary near
 * SNIPPET_MAX bytes with "..." appended. Always valid UTF-8. Sets the
 * evidence's snippet. */
static void make_snippet(snip_store *st, const char *text, size_t n, size_t avail, int avx2, graph_evidence *ev)
{
    /* Written in place in the store. The limit is checked before each
     * character: at most SNIPPET_MAX - 1 bytes, a space, one 4-byte
     * character, "..." and the NUL; then 32 plain bytes for the plain
     * check's last load (the next record's room: snips_take writes the NUL
     * after that load). */
    _Static_assert(SNIPPET_MAX + 8 + 32 >= GRAPH_SNIPPET_READABLE, "a snippet's readable bytes (graph.h)");
    char *out = snips_room(st, SNIPPET_MAX + 8 + 32);
    const unsigned char *s = (const unsigned char *)text;
#if defined(__x86_64__) && defined(__GNUC__)
    int plain = avx2 ? plain_copy_avx2(out, s, n, avail) : -1;
    if (plain >= 0) {
        memset(out + n, 'x', 32); /* as below: the store's bytes are the loop's */
        ev->snippet = snips_take(st, n, plain);
        return;
    }
#endif
    size_t len = 0, i = 0;
    int space = 0;
    while (i < n && len < SNIPPET_MAX) {
        unsigned char c = s[i];
        if (c == ' ' || (c >= '\t' && c <= '\r')) {
            space = len > 0;
            i++;
            continue;
        }
        if (space)
            out[len++] = ' ';
        space = 0;
        if (c < 0x80) {
            /* A run of ASCII other than whitespace, with single spaces
             * between such bytes, is copied as it is. The limit is checked
             * as above: a space goes out with the character after it. */
            size_t run = plain_run(s, i, n, avail, avx2), k = SNIPPET_MAX - len;
            if (k >= run - i)
                k = run - i;
            else if (k && s[i + k - 1] == ' ')
                k++; /* the run holds the character after each of its spaces */
            else if (!k)
                k = 1; /* c itself: the loop checked the limit before the pending space */
            memcpy(out + len, s + i, k);
            len += k;
            i += k;
            continue;
        }
        size_t k = eg_utf8_len(s + i, n - i);
        if (k == 0) {
            memcpy(out + len, "\xEF\xBF\xBD", 3);
            len += 3;
            i++;
        } else {
            memcpy(out + len, s + i, k);
            len += k;
            i += k;
        }
    }
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
        i++;
    if (i < n) {
        memcpy(out + len, "...", 3);
        len += 3;
    }
    memset(out + len, 'x', 32);
#if defined(__x86_64__) && defined(__GNUC__)
    if (avx2) {
        ev->snippet = snips_take(st, len, snippet_plain_avx2(out, len));
        return;
    }
#endif
    (void)avx2;
    ev->snippet = snips_take(st, len, snippet_plain(out, len));
}

/* Original byte span of sentence s of d. */
static inline void sentence_orig(const doc *d, uint32_t s, uint32_t *start, uint32_t *end)
{
    if (d->sent_orig) {
        *start = d->sent_orig[2 * (size_t)s];
        *end = d->sent_orig[2 * (size_t)s + 1];
    } else if (d->nt.map && s < d->sents.n) {
        norm_orig_span(&d->nt, d->sents.v[s].start, d->sents.v[s].end, start, end);
    } else {
        *start = *end = 0;
    }
    if (*end > d->len)
        *end = (uint32_t)d->len;
    if (*start > *end)
        *start = *end;
}

/* sentence_orig, once per sentence of the current document: a document
 * offers about a third of its sentences (those with two entities or a
 * statement), most of them several times, so the offset map is read for
 * those only, not for every sentence ahead (doc.h: sent_orig). */
static inline void sentence_span(graph *gr, const doc *d, uint32_t s, uint32_t *start, uint32_t *end)
{
    if (s >= d->sents.n) { /* no memo (graph_add_doc sized it by sentence) */
        sentence_orig(d, s, start, end);
        return;
    }
    sentence_memo *m = &gr->memo[s];
    if (m->tag != (uint32_t)gr->n_docs) {
        sentence_orig(d, s, &m->start, &m->end);
        m->tag = (uint32_t)gr->n_docs;
        m->snippet = 0;
    }
    *start = m->start;
    *end = m->end;
}

/* Sentence s of d becomes e's evidence if it is shorter. Its snippet is
 * made once the document is counted (make_due_snippets), for the edges'
 * last wins only: a snippet replaced stays in the arena, and of the ones
 * replaced within their own document (a shorter sentence later on) none
 * is made that way. Inline: a call per lookup (73k at 10 MB) cost more
 * than most of its body. */
static inline void offer_evidence(graph *gr, graph_edge *e, const doc *d, uint32_t s)
{
    uint32_t start, end;
    sentence_span(gr, d, s, &start, &end);
    graph_evidence *b = &e->best;
    if (b->doc && end - start >= b->end - b->start)
        return;
    b->doc = (uint32_t)gr->n_docs;
    b->start = start;
    b->end = end;
    b->snippet = 0; /* due; flush made room in gr->due */
    gr->due[gr->n_due++] = (snippet_due){(uint32_t)(e - gr->edges), s};
}

/* The snippets of the current document's wins: latest first, so each
 * edge's last win makes (or shares) its snippet and the earlier ones,
 * made already, are passed over. Edges offered the same sentence share one
 * copy (the memo). */
static void make_due_snippets(graph *gr, const doc *d)
{
    for (size_t i = gr->n_due; i-- > 0;) {
        graph_evidence *b = &gr->edges[gr->due[i].edge].best;
        if (b->snippet)
            continue;
        uint32_t s = gr->due[i].sentence;
        /* its memo is current: the offer filled it (sentence_span) */
        sentence_memo *m = s < d->sents.n ? &gr->memo[s] : NULL;
        if (m && m->snippet) {
            b->snippet = m->snippet;
            continue;
        }
        make_snippet(&gr->snips, d->bytes + b->start, b->end - b->start, d->len - b->start, gr->avx2, b);
        if (m)
            m->snippet = b->snippet;
    }
    gr->n_due = 0;
}

/* ---- nodes and edges ---- */

/* The node of an entity that has none yet (its node_of is NO_NODE). */
static graph_node *new_node(graph *gr, uint32_t entity)
{
    assert(entity < gr->g->n_ents && gr->node_of[entity] == NO_NODE);
    assert(gr->n_nodes < gr->cap_nodes); /* room for every entity (graph_new) */
    graph_node *n = &gr->nodes[gr->n_nodes];
    memset(n, 0, sizeof *n);
    n->entity = entity;
    gr->node_of[entity] = (uint32_t)gr->n_nodes++;
    return n;
}

#define NODE_AHEAD 16 /* mentions between an entity's node_of prefetch and its use; its node's at half that */

/* Mention and document counts of the document's entities. The nodes a
 * document names are scattered over the node array and the entity map:
 * each one's map entry, and then its node, is prefetched some mentions
 * ahead, so the cache misses overlap. */
static void count_mentions(graph *gr, const doc *d, uint32_t tag)
{
    const mention *m = d->mentions.v;
    size_t n = d->mentions.n;
    for (size_t i = 0; i < n && i < NODE_AHEAD; i++)
        __builtin_prefetch(&gr->node_of[m[i].entity]);
    for (size_t i = 0; i < n; i++) {
        if (i + NODE_AHEAD < n)
            __builtin_prefetch(&gr->node_of[m[i + NODE_AHEAD].entity]);
        if (i + NODE_AHEAD / 2 < n) {
            uint32_t k = gr->node_of[m[i + NODE_AHEAD / 2].entity];
            if (k != NO_NODE)
                __builtin_prefetch(&gr->nodes[k]);
        }
        uint32_t k = gr->node_of[m[i].entity];
        graph_node *nd = k != NO_NODE ? &gr->nodes[k] : new_node(gr, m[i].entity);
        nd->mentions++;
        if (nd->last_doc != tag) {
            nd->last_doc = tag;
            nd->documents++;
        }
    }
}

static size_t edge_hash(uint32_t a, uint32_t b, int kind, int32_t relation)
{
    uint64_t h = ((uint64_t)a << 32 | b) * 0x9E3779B97F4A7C15ULL;
    h ^= ((uint64_t)(uint32_t)relation << 1 | (uint64_t)kind) * 0xC4CEB9FE1A85EC53ULL;
    return (size_t)(h ^ h >> 29);
}

/* A slot holds 1 + the edge index in the bits below the table size and the
 * hash's bits above it (the table is at least twice the edge count, so the
 * index fits): most probes of other edges are told apart in the slot,
 * without reading the edge (a cache miss). */
static uint32_t edge_slot(size_t h, size_t mask, size_t i)
{
    return (uint32_t)((h & ~mask) | (i + 1));
}

/* The index has IX_SPARE slots fewer than its power of two, so that with
 * the block's header it fills whole 2 MiB units: 2^19 slots and a header
 * would take a second unit for their last 64 bytes.
 * Home slots past the end wrap to the first ones. */
#define IX_SPARE (64 / sizeof(uint32_t))

static size_t ix_home(size_t h, size_t mask, size_t len)
{
    size_t k = h & mask;
    return k < len ? k : k - len;
}

static size_t ix_next(size_t k, size_t len) { return k + 1 < len ? k + 1 : 0; }

#define GROW_AHEAD 16 /* edges between a home slot's prefetch and its insertion */

/* Rebuilds the edge index at twice the size (or its first size). From 64
 * KiB on it has a mapping of its own (xbig_scratch_pieced): fresh 4 KiB
 * pages are costly here, and the old index, freed first, is the next one's
 * mapping until 2 MiB, and one of its pieces after, so most rebuilds write
 * pages already touched. */
static void edge_index_grow(graph *gr)
{
    size_t cap = gr->edge_ix_cap ? 2 * gr->edge_ix_cap : 1024, mask = cap - 1, len = cap - IX_SPARE;
    xbig_free(gr->edge_ix);
    gr->edge_ix = xbig_scratch_pieced(len * sizeof *gr->edge_ix);
    gr->edge_ix_cap = cap;
    gr->edge_ix_len = len;
    /* Each edge's home slot is prefetched GROW_AHEAD edges before its
     * insertion (its hash kept in a ring till then): the slots are random
     * misses, the edges a stream. */
    size_t ring[GROW_AHEAD], n = gr->n_edges;
    for (size_t i = 0; i < n + GROW_AHEAD; i++) {
        if (i >= GROW_AHEAD) { /* edge j's hash is in the ring where edge i's goes */
            size_t j = i - GROW_AHEAD, h = ring[j % GROW_AHEAD], k = ix_home(h, mask, len);
            while (gr->edge_ix[k])
                k = ix_next(k, len);
            gr->edge_ix[k] = edge_slot(h, mask, j);
        }
        if (i < n) {
            const graph_edge *e = &gr->edges[i];
            size_t h = edge_hash(e->a, e->b, e->kind, e->relation);
            __builtin_prefetch(&gr->edge_ix[ix_home(h, mask, len)]);
            ring[i % GROW_AHEAD] = h;
        }
    }
}

/* The edge (a, b, kind, relation) whose edge_hash is h, from slot k of its
 * probe run (the home slot, ix_home, or a later one such that no slot
 * before it holds the edge: run_start), created with zero counts if new.
 * The index has room for it. */
static graph_edge *edge_find(graph *gr, uint32_t a, uint32_t b, int kind, int32_t relation, size_t h, size_t k)
{
    size_t mask = gr->edge_ix_cap - 1, len = gr->edge_ix_len;
    uint32_t tag = (uint32_t)(h & ~mask);
    for (uint32_t slot; (slot = gr->edge_ix[k]) != 0; k = ix_next(k, len)) {
        if ((slot & ~(uint32_t)mask) != tag)
            continue;
        graph_edge *e = &gr->edges[(slot & mask) - 1];
        if (e->a == a && e->b == b && e->kind == kind && e->relation == relation)
            return e;
    }
    if (gr->n_edges == gr->cap_edges) {
        /* Past 64 KiB, straight to XBIG_MIN: a mapping of its own, which
         * grows by moving its pages (mremap), not by copying them. */
        size_t need = gr->n_edges + 1;
        if (need * sizeof *gr->edges > XBIG_SCRATCH_MIN && need * sizeof *gr->edges < XBIG_MIN)
            need = XBIG_MIN / sizeof *gr->edges;
        XBIG_GROW(gr->edges, gr->cap_edges, need);
    }
    graph_edge *e = &gr->edges[gr->n_edges];
    memset(e, 0, sizeof *e);
    e->a = a;
    e->b = b;
    e->kind = (uint8_t)kind;
    e->relation = relation;
    gr->edge_ix[k] = edge_slot(h, mask, gr->n_edges++);
    return e;
}

/* Makes room in the index for n more edges. */
static void edge_index_reserve(graph *gr, size_t n)
{
    while (2 * (gr->n_edges + n) > gr->edge_ix_len)
        edge_index_grow(gr);
}

/* Counts the current document in e's documents, once: the count's top
 * bit marks it counted till the document is done (graph_add_doc clears
 * the marks of the edges listed in touched). An index of the last document
 * beside each edge took a second cache miss per lookup. A graph has fewer
 * than DOC_COUNTED documents (graph_add_doc), so no count reaches the bit. */
#define DOC_COUNTED 0x80000000u

static void touch_doc(graph *gr, graph_edge *e)
{
    if (!(e->documents & DOC_COUNTED)) {
        e->documents = (e->documents + 1) | DOC_COUNTED;
        gr->touched[gr->n_touched++] = (uint32_t)(e - gr->edges); /* flush made room */
    }
}

/* Lookups are queued per document and done in batches, in three passes,
 * so that a batch's cache misses overlap instead of coming one after
 * another: the first prefetches every lookup's home slot; the second walks
 * each probe run (in cache or on its way by then) up to the first slot
 * that carries the lookup's hash bits and prefetches its edge (run_start);
 * the third finds or adds each edge from there and counts it, in the
 * queue's order (evidence ties go to the first offer, and new edges are
 * numbered in that order). A document's batch is a few dozen lookups:
 * prefetching a fixed distance ahead instead left its first lookups
 * waiting, one miss after another. */
typedef struct pending {
    size_t h;         /* edge_hash */
    uint32_t a, b;    /* the edge's key; kind EDGE_STATED if relation >= 0 */
    int32_t relation; /* -1: co-occurrence */
    uint32_t arg;     /* co-occurrence: the evidence sentence; stated: index in d->rels */
} pending;

#define PENDING_BATCH 256

static void apply_stated(graph *gr, graph_edge *e, const doc *d, const stated_rel *r);

/* Where edge_find starts for hash h (home slot k): the first slot of the
 * probe run that carries h's hash bits, its edge prefetched (most often the
 * one looked up: other edges' bits seldom match), or else the empty slot
 * that ends the run. The slots before it hold other edges, and stay as they
 * are through the batch (edge_find fills empty slots only), so edge_find
 * does not walk them again; the slot itself may be filled meanwhile (by an
 * earlier lookup of the batch), and edge_find reads it then. */
static size_t run_start(const graph *gr, size_t h, size_t k)
{
    size_t mask = gr->edge_ix_cap - 1, len = gr->edge_ix_len;
    uint32_t tag = (uint32_t)(h & ~mask);
    for (uint32_t slot; (slot = gr->edge_ix[k]) != 0; k = ix_next(k, len))
        if ((slot & ~(uint32_t)mask) == tag) {
            __builtin_prefetch(&gr->edges[(slot & mask) - 1]);
            break;
        }
    return k;
}

static void flush(graph *gr, const doc *d)
{
    pending *p = gr->pend;
    size_t n = gr->n_pend;
    gr->n_pend = 0;
    edge_index_reserve(gr, n); /* the mask stays put during the batch */
    XGROW(gr->touched, gr->cap_touched, gr->n_touched + n);
    XGROW(gr->due, gr->cap_due, gr->n_due + n); /* a win at most per lookup (offer_evidence) */
    uint32_t home[PENDING_BATCH]; /* each lookup's home slot, then where edge_find starts */
    for (size_t i = 0; i < n; i++) {
        home[i] = (uint32_t)ix_home(p[i].h, gr->edge_ix_cap - 1, gr->edge_ix_len);
        __builtin_prefetch(&gr->edge_ix[home[i]]);
    }
    for (size_t i = 0; i < n; i++)
        home[i] = (uint32_t)run_start(gr, p[i].h, home[i]);
    for (size_t i = 0; i < n; i++) {
        int kind = p[i].relation < 0 ? EDGE_COOCCURRENCE : EDGE_STATED;
        graph_edge *e = edge_find(gr, p[i].a, p[i].b, kind, p[i].relation, p[i].h, home[i]);
        if (kind == EDGE_STATED) {
            apply_stated(gr, e, d, &d->rels.v[p[i].arg]);
            continue;
        }
        e->weight++;
        touch_doc(gr, e);
        offer_evidence(gr, e, d, p[i].arg);
    }
}

static inline void queue(graph *gr, const doc *d, uint32_t a, uint32_t b, int32_t relation, uint32_t arg)
{
    if (gr->n_pend == PENDING_BATCH)
        flush(gr, d);
    int kind = relation < 0 ? EDGE_COOCCURRENCE : EDGE_STATED;
    gr->pend[gr->n_pend++] = (pending){edge_hash(a, b, kind, relation), a, b, relation, arg};
}

static void count_cooc(graph *gr, const doc *d, uint32_t x, uint32_t y, uint32_t sentence)
{
    queue(gr, d, x < y ? x : y, x < y ? y : x, -1, sentence);
}

static uint32_t window_of(enum graph_window w, const doc *d, const mention *m)
{
    switch (w) {
    case WINDOW_SENTENCE: return m->sentence;
    case WINDOW_PARAGRAPH: return m->sentence < d->sents.n ? d->sents.v[m->sentence].para : 0;
    default: return 0;
    }
}

/* One window instance: mentions [lo,hi). Pairs of distinct entities, each
 * once; scratch holds the distinct entities and the sentence of each one's
 * first mention (so the later of the two is the evidence). */
static void window_pairs(graph *gr, const doc *d, size_t lo, size_t hi)
{
    if (2 * (hi - lo) > gr->cap_scratch)
        XGROW(gr->scratch, gr->cap_scratch, 2 * (hi - lo));
    uint32_t *ents = gr->scratch, *sent = gr->scratch + (hi - lo);
    size_t k = 0;
    for (size_t i = lo; i < hi; i++) {
        const mention *m = &d->mentions.v[i];
        size_t j = 0;
        while (j < k && ents[j] != m->entity)
            j++; /* windows hold few distinct entities; a linear check is cheapest */
        if (j == k) {
            ents[k] = m->entity;
            sent[k++] = m->sentence;
        }
    }
    for (size_t i = 0; i < k; i++)
        for (size_t j = i + 1; j < k; j++)
            count_cooc(gr, d, ents[i], ents[j], sent[j] > sent[i] ? sent[j] : sent[i]);
}

static void add_cooccurrences(graph *gr, const doc *d)
{
    const mention *m = d->mentions.v;
    size_t n = d->mentions.n;
    if (gr->o.window == WINDOW_TOKENS) {
        for (size_t j = 1; j < n; j++)
            for (size_t i = j; i-- > 0 && m[j].token - m[i].token <= gr->o.window_tokens;)
                if (m[i].entity != m[j].entity)
                    count_cooc(gr, d, m[i].entity, m[j].entity, m[j].sentence);
        return;
    }
    /* The window kind and the current window's key in locals: the queue's
     * stores (into gr->pend) would make both be read again per mention. */
    enum graph_window w = gr->o.window;
    size_t lo = 0;
    uint32_t lo_key = n ? window_of(w, d, &m[0]) : 0;
    for (size_t i = 1; i <= n; i++) {
        uint32_t key = i < n ? window_of(w, d, &m[i]) : 0;
        if (i < n && key == lo_key)
            continue;
        window_pairs(gr, d, lo, i);
        lo = i;
        lo_key = key;
    }
}

/* A stated relation's entity named only inside another's name ("Russia's
 * invasion of Ukraine": Ukraine, inside the event) gets its node here, with
 * the document and no mention. */
static void name_node(graph *gr, uint32_t entity, uint32_t tag)
{
    uint32_t k = gr->node_of[entity];
    graph_node *nd = k != NO_NODE ? &gr->nodes[k] : new_node(gr, entity);
    if (nd->last_doc != tag) {
        nd->last_doc = tag;
        nd->documents++;
    }
}

static void add_stated(graph *gr, const doc *d)
{
    size_t nrel = gr->lx ? rel_count(gr->lx) : 0;
    for (size_t i = 0; i < d->rels.n; i++) {
        const stated_rel *r = &d->rels.v[i];
        if (r->relation >= nrel || r->a == r->b)
            continue;
        name_node(gr, r->a, (uint32_t)gr->n_docs);
        name_node(gr, r->b, (uint32_t)gr->n_docs);
        int sym = rel_get(gr->lx, r->relation)->symmetric; /* the relation's, never the statement's: see apply_stated */
        uint32_t a = r->a, b = r->b;
        if (sym && a > b)
            a = r->b, b = r->a;
        queue(gr, d, a, b, (int32_t)r->relation, (uint32_t)i);
    }
}

static void apply_stated(graph *gr, graph_edge *e, const doc *d, const stated_rel *r)
{
    const rel_type *t = rel_get(gr->lx, r->relation);
    /* From the relation alone, like the edge's key (add_stated): a flag of
     * the statement's own could differ between two statements of one edge,
     * and the last one's would win, in each partial graph apart, so the
     * merged edge would depend on how the documents were split. */
    e->directed = (uint8_t)!t->symmetric;
    e->polarity = (int8_t)t->polarity;
    e->quadclass = (uint8_t)t->quadclass;
    if (r->negated)
        e->negated++;
    else
        e->weight++;
    if (r->hypothetical && !r->negated)
        e->hypothetical++;
    touch_doc(gr, e);
    offer_evidence(gr, e, d, r->sentence);
}

static void docs_reserve(graph *gr, size_t n)
{
    if (n > gr->cap_docs) {
        XBIG_GROW(gr->doc_ids, gr->cap_docs, n);
        gr->doc_ords = xbig_realloc(gr->doc_ords, gr->cap_docs * sizeof *gr->doc_ords);
    }
}

void graph_add_doc(graph *gr, const doc *d)
{
    assert(!gr->finished && !gr->sealed);
    if (gr->n_docs + 1 >= DOC_COUNTED)
        graph_full("more than 2147483646 documents in one graph");
    docs_reserve(gr, gr->n_docs + 1);
    const char *path = d->path ? d->path : "-";
    size_t path_len = strlen(path);
    const char *id = gr->borrow_paths ? path : arena_strndup(&gr->strings, path, path_len);
    gr->doc_ids[gr->n_docs] = (doc_name){id, path_len};
    gr->doc_ords[gr->n_docs++] = d->ordinal;
    uint32_t tag = (uint32_t)gr->n_docs; /* 1 + document index: last_doc and memo marks */
    if (d->sents.n > gr->cap_memo) {
        size_t old = gr->cap_memo;
        XGROW(gr->memo, gr->cap_memo, d->sents.n);
        memset(gr->memo + old, 0, (gr->cap_memo - old) * sizeof *gr->memo); /* tag 0: never current */
    }
    if (!gr->pend) /* once, not per queued lookup */
        gr->pend = xmalloc(PENDING_BATCH * sizeof *gr->pend);
    count_mentions(gr, d, tag);
    add_cooccurrences(gr, d);
    add_stated(gr, d);
    flush(gr, d);
    for (size_t i = 0; i < gr->n_touched; i++)
        gr->edges[gr->touched[i]].documents &= ~DOC_COUNTED;
    gr->n_touched = 0;
    make_due_snippets(gr, d);
}

/* ---- sealing: a partial graph in output order ---- */

/* A node's id with its first eight bytes as a big-endian number, which
 * decides most comparisons without a strcmp on the entities' strings. */
typedef struct {
    uint64_t head;
    const char *id;
    uint32_t node;
} node_key;

static uint64_t id_head(const char *s)
{
    uint64_t h = 0;
    int end = 0;
    for (int i = 0; i < 8; i++) {
        end = end || !s[i];
        h = h << 8 | (end ? 0 : (unsigned char)s[i]);
    }
    return h;
}

static inline int key_before(const node_key *a, const node_key *b)
{
    if (a->head != b->head)
        return a->head < b->head;
    return strcmp(a->id, b->id) < 0;
}

#define SORT_RUN 16 /* keys per run sorted by insertion before the merges */
#define KEY_AHEAD 8 /* nodes between an id's prefetch and its key */

/* k[0, n) by id, with tmp (n keys) as the other buffer of a bottom-up
 * merge sort: qsort took a buffer of its own from malloc, fresh pages at
 * every seal (~100 faults a worker at 100 MB), and called a comparator
 * through a pointer. Ids are unique, so no stability question. */
static void sort_node_keys(node_key *k, node_key *tmp, size_t n)
{
    for (size_t lo = 0; lo < n; lo += SORT_RUN) {
        size_t hi = lo + SORT_RUN < n ? lo + SORT_RUN : n;
        for (size_t i = lo + 1; i < hi; i++) {
            node_key x = k[i];
            size_t j = i;
            for (; j > lo && key_before(&x, &k[j - 1]); j--)
                k[j] = k[j - 1];
            k[j] = x;
        }
    }
    node_key *from = k, *to = tmp;
    for (size_t width = SORT_RUN; width < n; width *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * width) {
            size_t mid = lo + width < n ? lo + width : n, hi = lo + 2 * width < n ? lo + 2 * width : n;
            size_t i = lo, j = mid, o = lo;
            while (i < mid && j < hi)
                to[o++] = key_before(&from[j], &from[i]) ? from[j++] : from[i++];
            while (i < mid)
                to[o++] = from[i++];
            while (j < hi)
                to[o++] = from[j++];
        }
        node_key *t = from;
        from = to;
        to = t;
    }
    if (from != k)
        memcpy(k, from, n * sizeof *k);
}

/* Nodes in id order, in place. The keys and the sorted copy go to the
 * edge index's pages when they fit (graph_seal calls this once lookups
 * are over: the pages are touched already), else to the heap; the sorted
 * copy's room is the key sort's other buffer first. */
static void sort_nodes(graph *gr)
{
    size_t n = gr->n_nodes;
    if (n == 1)
        gr->nodes[0].id_head = id_head(gr->g->ents[gr->nodes[0].entity].id);
    if (n < 2)
        return;
    _Static_assert(sizeof(graph_node) >= sizeof(node_key), "sort_node_keys uses the nodes' room");
    size_t need = n * (sizeof(node_key) + sizeof(graph_node));
    char *own = need <= gr->edge_ix_len * sizeof *gr->edge_ix ? NULL : xmalloc(need);
    node_key *k = (node_key *)(void *)(own ? own : (char *)gr->edge_ix);
    graph_node *out = (graph_node *)(void *)(k + n); /* 24 n bytes in: aligned for a graph_node */
    /* Nodes are in order of first mention, their entities all over the
     * gazetteer: each entity and then its id are fetched a few nodes ahead
     * (two cache misses a node otherwise, one after the other). */
    const gaz_entity *ents = gr->g->ents;
    for (size_t i = 0; i < n; i++) {
        if (i + 2 * KEY_AHEAD < n)
            __builtin_prefetch(&ents[gr->nodes[i + 2 * KEY_AHEAD].entity]);
        if (i + KEY_AHEAD < n)
            __builtin_prefetch(ents[gr->nodes[i + KEY_AHEAD].entity].id);
        const char *id = ents[gr->nodes[i].entity].id;
        k[i] = (node_key){id_head(id), id, (uint32_t)i};
    }
    sort_node_keys(k, (node_key *)(void *)out, n);
    for (size_t i = 0; i < n; i++) {
        out[i] = gr->nodes[k[i].node];
        out[i].id_head = k[i].head; /* graph_merge compares by it, no look at the ids */
    }
    memcpy(gr->nodes, out, n * sizeof *out);
    free(own);
}

/* Relation index -> rank of its name (ties by index); NULL without a
 * lexicon. A lexicon has a few dozen relations: an insertion sort, with no
 * static state (partial graphs are sealed on their worker threads). */
static uint32_t *relation_ranks(const rel_lexicon *lx)
{
    size_t n = lx ? rel_count(lx) : 0;
    if (!n)
        return NULL;
    uint32_t *order = xmalloc(n * sizeof *order), *rank = xmalloc(n * sizeof *rank);
    for (size_t i = 0; i < n; i++) {
        size_t j = i;
        for (; j > 0 && strcmp(rel_get(lx, order[j - 1])->name, rel_get(lx, (uint32_t)i)->name) > 0; j--)
            order[j] = order[j - 1]; /* equal names keep index order */
        order[j] = (uint32_t)i;
    }
    for (size_t i = 0; i < n; i++)
        rank[order[i]] = (uint32_t)i;
    free(order);
    return rank;
}

/* One stable counting sort: out = in (NULL: 0..n-1) ordered by key[], whose
 * values are below nk; next[1 + v] holds the count of key v (the caller
 * counts all the passes' keys in one loop), next[0] is 0. */
static void rank_pass(const uint32_t *key, size_t n, size_t nk, const uint32_t *in, uint32_t *out, uint32_t *next)
{
    for (size_t r = 1; r <= nk; r++)
        next[r] += next[r - 1];
    if (in)
        for (size_t i = 0; i < n; i++) {
            uint32_t k = in[i];
            out[next[key[k]]++] = k;
        }
    else
        for (size_t i = 0; i < n; i++)
            out[next[key[i]]++] = (uint32_t)i;
}

/* Position of an edge among those of its pair: co-occurrence first, then
 * stated edges by relation name. */
static uint32_t pair_key(const graph_edge *e, const uint32_t *rel_rank)
{
    return e->kind == EDGE_STATED ? 1 + rel_rank[e->relation] : 0;
}

/* Edges per block of the permutation: a block's edges (96 KiB) and their
 * targets fit in the second-level cache. */
#define SORT_BLOCK 2048
#define SORT_AHEAD 2 /* edges prefetched ahead in a block's stream */

/* Puts edge i at dest[i], for a permutation dest of 0..n-1, in place and
 * in two steps with no chain of cache misses (following the permutation's
 * cycles through the whole array missed the cache at every step, each
 * step's address coming from the last one's load): first each edge goes
 * to the block of SORT_BLOCK positions that holds its target (an American
 * flag sort on dest / SORT_BLOCK: each block fills from its front, so the
 * edges taken out and put in at each front come one after another, and
 * are prefetched); then each block, prefetched whole, follows its own
 * cycles within the cache. dest moves with the edges; head has room for
 * one entry per block (n entries will do). */
/* An edge's bytes as a block of words: copied as such, three 16-byte moves
 * where a graph_edge goes field by field through registers. */
typedef struct {
    uint64_t w[6];
} edge_bits;
_Static_assert(sizeof(edge_bits) == sizeof(graph_edge), "edge_bits holds an edge");

static void permute_edges(graph_edge *edges, uint32_t *dest, size_t n, uint32_t *head)
{
    edge_bits *ed = (edge_bits *)(void *)edges;
    size_t nb = (n + SORT_BLOCK - 1) / SORT_BLOCK;
    for (size_t b = 0; b < nb; b++)
        head[b] = (uint32_t)(b * SORT_BLOCK);
    for (size_t b = 0; b < nb; b++) {
        size_t end = b + 1 < nb ? (b + 1) * SORT_BLOCK : n;
        while (head[b] < end) {
            size_t i = head[b];
            edge_bits x = ed[i];
            uint32_t dx = dest[i];
            for (size_t c = dx / SORT_BLOCK; c != b; c = dx / SORT_BLOCK) {
                size_t j = head[c]++;
                if (j + SORT_AHEAD < n) {
                    __builtin_prefetch(&ed[j + SORT_AHEAD]);
                    __builtin_prefetch(&dest[j + SORT_AHEAD]);
                }
                edge_bits t = ed[j];
                uint32_t dt = dest[j];
                ed[j] = x;
                dest[j] = dx;
                x = t;
                dx = dt;
            }
            ed[i] = x;
            dest[i] = dx;
            head[b]++;
        }
    }
    for (size_t b = 0; b < nb; b++) {
        size_t lo = b * SORT_BLOCK, hi = b + 1 < nb ? lo + SORT_BLOCK : n;
        for (size_t i = lo; i < hi; i++)
            __builtin_prefetch(&ed[i]);
        for (size_t i = lo; i < hi; i++) {
            if (dest[i] == i)
                continue;
            edge_bits x = ed[i]; /* carried round its cycle: one copy in and out per edge */
            size_t dx = dest[i];
            while (dx != i) {
                edge_bits t = ed[dx];
                size_t dt = dest[dx];
                ed[dx] = x;
                dest[dx] = (uint32_t)dx;
                x = t;
                dx = dt;
            }
            ed[i] = x;
            dest[i] = (uint32_t)i;
        }
    }
}

/* Orients the edges (undirected: the source is the smaller id in every
 * output) and puts them in output order (source id, target id, kind,
 * relation name) with no comparator calls: three stable counting sorts, by
 * pair_key, then by the id ranks rb and ra of each edge's ends. One pass
 * over the edges reads all three keys: ra and rb go to the edge index's
 * pages (lookups are over; the index has two slots per edge at least,
 * pages already touched instead of new ones), the pair keys to the sort's
 * block until the first sort is done with them. The same pass adds each
 * edge's weight to its two nodes' (graph_finish then has no pass of its
 * own). The order is applied in place (permute_edges): no second edge
 * array. */
static void sort_edges(graph *gr, const uint32_t *rel_rank)
{
    size_t n = gr->n_edges, n_pk = 1 + (gr->lx ? rel_count(gr->lx) : 0), nn = gr->n_nodes;
    graph_edge *ed = gr->edges;
    graph_node *nodes = gr->nodes;
    const uint32_t *node_of = gr->node_of;
    uint32_t *ra = gr->edge_ix, *rb = ra + n;
    assert(2 * n <= gr->edge_ix_len);
    /* One block for the order, a second array for the
     * passes, and the three passes' counts; edge indexes fit in 32 bits
     * (edge_slot). */
    uint32_t *order = xbig_alloc_pieced((2 * n + n_pk + 2 * nn + 3) * sizeof *order), *tmp = order + n;
    uint32_t *count_pk = tmp + n, *count_b = count_pk + n_pk + 1, *count_a = count_b + nn + 1;
    memset(count_pk, 0, (n_pk + 2 * nn + 3) * sizeof *count_pk);
    for (size_t i = 0; i < n; i++) {
        graph_edge *e = &ed[i];
        uint32_t x = node_of[e->a], y = node_of[e->b];
        if (!e->directed && x > y) {
            uint32_t t = e->a;
            e->a = e->b;
            e->b = t;
            t = x;
            x = y;
            y = t;
        }
        ra[i] = x;
        rb[i] = y;
        nodes[x].weight += e->weight;
        nodes[y].weight += e->weight;
        uint32_t pk = pair_key(e, rel_rank);
        tmp[i] = pk;
        count_pk[pk + 1]++;
        count_b[y + 1]++;
        count_a[x + 1]++;
    }
    rank_pass(tmp, n, n_pk, NULL, order, count_pk);
    rank_pass(rb, n, nn, order, tmp, count_b);
    rank_pass(ra, n, nn, tmp, order, count_a);
    /* order[i] is the edge that belongs at i; tmp becomes its inverse,
     * each edge's target, and order the blocks' fronts. */
    for (size_t i = 0; i < n; i++)
        tmp[order[i]] = (uint32_t)i;
    permute_edges(ed, tmp, n, order);
    xbig_free(order);
}

void graph_seal(graph *gr)
{
    assert(!gr->finished);
    if (gr->sealed)
        return;
    gr->sealed = 1;

    /* Nodes in id order; from here node_of[entity] is also the id's rank. */
    sort_nodes(gr);
    for (size_t i = 0; i < gr->n_nodes; i++)
        gr->node_of[gr->nodes[i].entity] = (uint32_t)i;

    if (gr->n_edges) { /* no index without edges */
        uint32_t *rel_rank = relation_ranks(gr->lx);
        sort_edges(gr, rel_rank);
        free(rel_rank);
    }
    xbig_free(gr->edge_ix);
    gr->edge_ix = NULL;
    gr->edge_ix_cap = gr->edge_ix_len = 0;
}

/* ---- merging partial graphs ---- */

/* True if evidence x beats y, both naming documents of ords: shorter, then
 * earlier document, then earlier sentence (in one document, the one that
 * starts first). Within one graph documents arrive in ordinal order and the
 * first offer wins ties, so this is the same rule offer_evidence applies. */
static int better_evidence(const uint32_t *ords, const graph_evidence *x, const graph_evidence *y)
{
    if (!y->doc)
        return x->doc != 0;
    if (!x->doc)
        return 0;
    uint32_t lx = x->end - x->start, ly = y->end - y->start;
    if (lx != ly)
        return lx < ly;
    uint32_t ox = ords[x->doc - 1], oy = ords[y->doc - 1];
    if (ox != oy)
        return ox < oy;
    return x->start < y->start;
}

static const char *entity_id(const graph *gr, const graph_node *n)
{
    return gr->g->ents[n->entity].id;
}

/* Output order of two edges of sealed graphs whose nodes share node_of. */
static int cmp_sealed(const uint32_t *node_of, const uint32_t *rel_rank, const graph_edge *x, const graph_edge *y)
{
    uint32_t p = node_of[x->a], q = node_of[y->a];
    if (p == q) {
        p = node_of[x->b];
        q = node_of[y->b];
    }
    if (p == q) {
        p = pair_key(x, rel_rank);
        q = pair_key(y, rel_rank);
    }
    return (p > q) - (p < q);
}

/* One part of an edge merge: dst's edges x[0..nx) and src's y[0..ny), both
 * in output order, merged into out[0..n), where out == x: the part is
 * written from the back, and the write index is never below x's read index,
 * so only x edges already read are overwritten. */
typedef struct {
    const uint32_t *rank, *rel_rank, *doc_ords;
    graph_edge *x;
    const graph_edge *y;
    size_t nx, ny, n;
    uint32_t doc_base;  /* src's documents are in dst's list from here on */
    uint32_t snip_base; /* added to src's snippet references (snips_absorb) */
} merge_part;

/* Sets p->n: pairs in both are added up into one. */
static void *count_part(void *arg)
{
    merge_part *p = arg;
    size_t same = 0;
    for (size_t i = 0, j = 0; i < p->nx && j < p->ny;) {
        int c = cmp_sealed(p->rank, p->rel_rank, &p->x[i], &p->y[j]);
        same += c == 0;
        i += c <= 0;
        j += c >= 0;
    }
    p->n = p->nx + p->ny - same;
    return NULL;
}

static void *fill_part(void *arg)
{
    merge_part *p = arg;
    graph_edge *out = p->x;
    size_t w = p->n;
    for (size_t i = p->nx, j = p->ny; j;) { /* once y is used up, x's first i edges are in place */
        const graph_edge *x = i ? &p->x[i - 1] : NULL, *y = &p->y[j - 1];
        int c = !x ? -1 : cmp_sealed(p->rank, p->rel_rank, x, y);
        graph_edge e = c >= 0 ? *x : *y;
        graph_evidence ev = c > 0 ? x->best : y->best;
        if (c <= 0 && ev.doc)
            ev.doc += p->doc_base; /* src's evidence, now in dst's document list */
        if (c <= 0 && ev.snippet)
            ev.snippet += p->snip_base; /* and its snippet in dst's store */
        if (c == 0) {
            e.weight += y->weight;
            e.documents += y->documents;
            e.negated += y->negated;
            e.hypothetical += y->hypothetical;
        }
        if (c < 0 || (c == 0 && better_evidence(p->doc_ords, &ev, &e.best)))
            e.best = ev;
        out[--w] = e;
        i -= c >= 0;
        j -= c <= 0;
        assert(w >= i && (j || w == i));
    }
    return NULL;
}

/* dst's and src's edges, both in output order and ranked by dst->node_of,
 * into dst; equal edges are added up into one. The merge is the last serial
 * step of a run, so it is cut in two at dst's middle edge K (lo: edges
 * before K, hi: K and after) and the parts are counted, then filled, on two
 * threads. dst's array grows to the merged size (most often into the slack
 * of its growth) and dst's hi edges move up to where hi's output starts, so
 * each part is merged in place from the back. */
static void merge_edges(graph *dst, graph *src, uint32_t doc_base, uint32_t snip_base)
{
    uint32_t *rel_rank = relation_ranks(dst->lx);
    const uint32_t *rank = dst->node_of;
    size_t ne = dst->n_edges, nf = src->n_edges, h = ne / 2, j0 = 0, hi_n = nf;
    while (j0 < hi_n) { /* src's first edge not before K */
        size_t mid = j0 + (hi_n - j0) / 2;
        if (cmp_sealed(rank, rel_rank, &src->edges[mid], &dst->edges[h]) < 0)
            j0 = mid + 1;
        else
            hi_n = mid;
    }
    merge_part lo = {rank, rel_rank, dst->doc_ords, dst->edges, src->edges, h, j0, 0, doc_base, snip_base};
    merge_part hi = {rank,    rel_rank, dst->doc_ords, dst->edges + h, src->edges + j0, ne - h,
                     nf - j0, 0,        doc_base,      snip_base};
    eg_run_both(count_part, &lo, count_part, &hi);
    size_t n = lo.n + hi.n;
    if (n > dst->cap_edges) {
        dst->edges = xbig_realloc_last(dst->edges, n * sizeof *dst->edges); /* graph_finish only shrinks it */
        dst->cap_edges = n;
    }
    lo.x = dst->edges;
    hi.x = dst->edges + lo.n; /* lo.n >= h: up by the src edges lo adds */
    memmove(hi.x, dst->edges + h, (ne - h) * sizeof *dst->edges);
    eg_run_both(fill_part, &lo, fill_part, &hi);
    free(rel_rank);
    dst->n_edges = n;
}

/* Output order of dst's node i and src's node j, both not merged yet. A
 * node in both graphs is merged with its twin, so a twin not merged yet
 * still has its index in its sealed graph's node_of: if y has one in dst
 * (or x in src), the indexes decide, with no look at the ids (a cache
 * miss in the gazetteer's entities and another in its text); else the
 * ids' heads (sort_nodes) do, unless they are equal. */
static int cmp_node_ids(const graph *dst, const graph *src, size_t i, size_t j)
{
    uint32_t ex = dst->nodes[i].entity, ey = src->nodes[j].entity;
    if (ex == ey)
        return 0;
    uint32_t twin = dst->node_of[ey];
    if (twin != NO_NODE)
        return twin < i ? 1 : -1;
    twin = src->node_of[ex];
    if (twin != NO_NODE)
        return twin < j ? -1 : 1;
    uint64_t hx = dst->nodes[i].id_head, hy = src->nodes[j].id_head;
    if (hx != hy)
        return hx < hy ? -1 : 1;
    return strcmp(entity_id(dst, &dst->nodes[i]), entity_id(src, &src->nodes[j]));
}

/* src's nodes into dst's array, both in id order, in place from the back
 * (the way fill_part merges edges): no second array, and only the pages of
 * the nodes dst gains are new. A node in both is added up into one. */
static void merge_nodes(graph *dst, const graph *src)
{
    size_t nd = dst->n_nodes, ns = src->n_nodes, same = 0;
    for (size_t i = 0, j = 0; i < nd && j < ns;) {
        int c = cmp_node_ids(dst, src, i, j);
        same += c == 0;
        i += c <= 0;
        j += c >= 0;
    }
    size_t w = nd + ns - same;
    assert(w <= dst->cap_nodes); /* room for every entity (graph_new) */
    dst->n_nodes = w;
    for (size_t i = nd, j = ns; j;) { /* once src's are used up, dst's first i nodes are in place */
        const graph_node *x = i ? &dst->nodes[i - 1] : NULL, *y = &src->nodes[j - 1];
        int c = !x ? -1 : cmp_node_ids(dst, src, i - 1, j - 1);
        graph_node t = c >= 0 ? *x : *y;
        if (c == 0) {
            t.mentions += y->mentions;
            t.documents += y->documents; /* each document was added to one graph only */
            t.weight += y->weight;       /* whole numbers: the same sum in any order */
        }
        dst->nodes[--w] = t;
        dst->node_of[t.entity] = (uint32_t)w;
        i -= c >= 0;
        j -= c <= 0;
        assert(w >= i && (j || w == i));
    }
}

/* Both sealed, so the merge is linear: nodes by id, then edges. */
void graph_merge(graph *dst, graph *src)
{
    assert(!dst->finished && !src->finished && dst->g == src->g);
    graph_seal(dst);
    graph_seal(src);
    if (src->n_edges > dst->n_edges) {
        graph t = *dst; /* the bigger one (or an empty dst) is kept and the smaller added to it */
        *dst = *src;
        *src = t;
    }
    uint32_t doc_base = (uint32_t)dst->n_docs;
    if (src->n_docs) { /* a worker may have had no document */
        docs_reserve(dst, dst->n_docs + src->n_docs);
        memcpy(dst->doc_ids + dst->n_docs, src->doc_ids, src->n_docs * sizeof *src->doc_ids);
        memcpy(dst->doc_ords + dst->n_docs, src->doc_ords, src->n_docs * sizeof *src->doc_ords);
        dst->n_docs += src->n_docs;
    }

    merge_nodes(dst, src);
    uint32_t snip_base = snips_absorb(&dst->snips, &src->snips); /* snippets now belong to dst */
    if (src->n_edges)
        merge_edges(dst, src, doc_base, snip_base);
    arena_absorb(&dst->strings, &src->strings); /* and doc ids */
    graph_free(src);
}

/* ---- finishing ---- */

/* The edge's weight to both its nodes' (node_of: the graph's). */
static inline void add_weight(graph_node *nodes, const uint32_t *node_of, const graph_edge *e)
{
    double w = e->weight;
    nodes[node_of[e->a]].weight += w;
    nodes[node_of[e->b]].weight += w;
}

/* Drops co-occurrence edges below min_weight; the node weights, summed
 * at sealing over every edge, are summed again over the edges kept. */
static void drop_weak_edges(graph *gr, uint32_t min_weight)
{
    size_t kept = 0, n = gr->n_edges;
    graph_edge *ed = gr->edges;
    graph_node *nodes = gr->nodes;
    const uint32_t *node_of = gr->node_of;
    for (size_t i = 0; i < gr->n_nodes; i++)
        nodes[i].weight = 0;
    for (size_t i = 0; i < n; i++) {
        const graph_edge *e = &ed[i];
        if (e->kind == EDGE_COOCCURRENCE && e->weight < min_weight)
            continue;
        if (kept != i)
            ed[kept] = *e;
        kept++;
        add_weight(nodes, node_of, e);
    }
    gr->n_edges = kept;
}

void graph_finish(graph *gr)
{
    assert(!gr->finished);
    graph_seal(gr);
    gr->finished = 1;
    /* The node weights are made (graph_seal, graph_merge): whole numbers,
     * so every order of the additions gives the same sums. Without a
     * minimum weight (the default) nothing is left to do. */
    if (gr->o.min_weight)
        drop_weak_edges(gr, gr->o.min_weight);
    size_t kept = gr->n_edges;
    if (kept && kept < gr->cap_edges) {
        gr->edges = xbig_realloc(gr->edges, kept * sizeof *gr->edges); /* the slack of growth back */
        gr->cap_edges = kept;
    }
}

size_t graph_node_count(const graph *gr) { return gr->n_nodes; }
const graph_node *graph_node_at(const graph *gr, size_t i) { return &gr->nodes[i]; }
size_t graph_edge_count(const graph *gr) { return gr->n_edges; }
const graph_edge *graph_edge_at(const graph *gr, size_t i) { return &gr->edges[i]; }
size_t graph_doc_count(const graph *gr) { return gr->n_docs; }
const gaz *graph_gaz(const graph *gr) { return gr->g; }
const rel_lexicon *graph_lexicon(const graph *gr) { return gr->lx; }

const char *graph_doc_id(const graph *gr, size_t i, size_t *len)
{
    assert(i < gr->n_docs);
    if (len)
        *len = gr->doc_ids[i].len;
    return gr->doc_ids[i].id;
}

const char *graph_evidence_doc(const graph *gr, const graph_evidence *ev)
{
    return ev->doc ? gr->doc_ids[ev->doc - 1].id : NULL;
}

double graph_edge_score(const graph *gr, const graph_edge *e)
{
    assert(gr->finished);
    return graph_dice(e->documents,
                      (uint64_t)gr->nodes[gr->node_of[e->a]].documents + gr->nodes[gr->node_of[e->b]].documents);
}

char *const *graph_snippet_blocks(const graph *gr)
{
    return gr->snips.blocks;
}

graph_snippet graph_evidence_snippet(const graph *gr, const graph_evidence *ev)
{
    return graph_snippet_in(gr->snips.blocks, ev->snippet);
}

double graph_edge_goldstein(const graph *gr, const graph_edge *e)
{
    return e->kind == EDGE_STATED ? rel_get(gr->lx, (uint32_t)e->relation)->goldstein : 0.0;
}

long graph_node_find(const graph *gr, uint32_t entity)
{
    if (entity >= gr->g->n_ents || gr->node_of[entity] == NO_NODE)
        return -1;
    return (long)gr->node_of[entity];
}
