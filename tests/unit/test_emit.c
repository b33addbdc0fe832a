/* test_emit.c - the emitters' formatting helpers: numbers without printf must
 * print exactly what the printf formats they replace print, the number memo
 * exactly what its formatter prints, and the buffered writer (to a stream or
 * to memory, and through a table of escaped texts) the same bytes as stdio. */
#include "testutil.h"

#include "testmatch.h"

#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "emit.h"
#include "emit_names.h"
#include "out.h"
#include "rel.h"

/* What emit_num printed before its printf-free paths. */
static void reference(char out[32], double v)
{
    if (v == 0 || !isfinite(v))
        v = 0;
    if (v == floor(v) && fabs(v) < 1e15)
        snprintf(out, 32, "%.0f", v);
    else
        snprintf(out, 32, "%.6g", v);
}

static void check_num(double v)
{
    char want[32], got[32];
    reference(want, v);
    size_t n = emit_num_len(got, v);
    if (strcmp(want, got) != 0 || n != strlen(want))
        fail_msg("emit_num(%.17g) = \"%s\", printf says \"%s\"", v, got, want);
}

static void test_num_matches_printf(void **state)
{
    (void)state;
    static const double fixed[] = {0,
                                   -0.0,
                                   1,
                                   -1,
                                   0.5,
                                   0.25,
                                   1.5,
                                   -4.4,
                                   7.4,
                                   3.4,
                                   -10,
                                   10,
                                   2.8,
                                   0.1,
                                   0.2,
                                   0.3,
                                   1.0 / 3,
                                   2.0 / 3,
                                   1e-4,
                                   9.99999e-5,
                                   1e-5,
                                   0.0001,
                                   0.00012345678,
                                   123456.5,
                                   999999.5,
                                   999999.4,
                                   999999.6,
                                   99999.95,
                                   0.999999,
                                   0.9999995,
                                   0.99999949,
                                   1e6,
                                   1e6 + 0.5,
                                   1e15,
                                   1e15 + 1,
                                   4e15 + 0.5,
                                   1e20,
                                   -1e20,
                                   12345.678,
                                   1234567.8,
                                   0.123456789,
                                   5e-324,
                                   1.7976931348623157e308,
                                   INFINITY,
                                   -INFINITY,
                                   NAN,
                                   4294967295.0,
                                   99999.5,
                                   9.5,
                                   0.05,
                                   0.15};
    for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++)
        check_num(fixed[i]);
    /* Dice scores 2c / (a + b) and every goldstein step, as the graph makes them. */
    for (int a = 1; a <= 300; a++)
        for (int b = a; b <= 300; b++)
            for (int c = 1; c <= a; c += (a > 40 ? 7 : 1))
                check_num(2.0 * c / (a + b));
    for (int g = -1000; g <= 1000; g++) {
        check_num(g / 10.0);
        check_num(g / 100.0);
        check_num(g * 0.1);
    }
    /* Random doubles over many magnitudes, and values near rounding ties. */
    srand(7);
    for (int i = 0; i < 300000; i++) {
        double m = (double)rand() / RAND_MAX;
        int ex = rand() % 24 - 12;
        double v = m * pow(10, ex) * (rand() & 1 ? 1 : -1);
        check_num(v);
        check_num(floor(v * 1e6) / 1e6 + 5e-7);
        check_num(nextafter(v, 0));
    }
}

static void test_u64_digits(void **state)
{
    (void)state;
    static const uint64_t vals[] = {0, 1, 9, 10, 99, 100, 101, 12345, 4294967295u, 18446744073709551615u};
    for (size_t i = 0; i < sizeof vals / sizeof vals[0] + 40; i++) {
        uint64_t v = vals[i % 10], p = 1;
        if (i >= 10) { /* every power of ten and the number just below it */
            for (size_t k = 0; k < (i - 10) / 2; k++)
                p *= 10;
            v = i % 2 ? p - 1 : p;
        }
        char want[32], got[21];
        snprintf(want, sizeof want, "%llu", (unsigned long long)v);
        size_t n = out_fmt_u64(got, v);
        got[n] = '\0';
        assert_string_equal(got, want);
    }
    /* Every value of the fraction-multiply paths (below 10^6) and past
     * their end. */
    for (uint64_t v = 0; v < 1001000; v++) {
        char want[32], got[21];
        snprintf(want, sizeof want, "%llu", (unsigned long long)v);
        size_t n = out_fmt_u64(got, v);
        got[n] = '\0';
        if (strcmp(got, want) != 0)
            fail_msg("out_fmt_u64(%llu) = \"%s\"", (unsigned long long)v, got);
    }
    /* Every digit count of the short path and beyond, at random. */
    srand(11);
    for (int i = 0; i < 200000; i++) {
        uint64_t v = ((uint64_t)rand() << 33 ^ (uint64_t)rand() << 11 ^ (uint64_t)rand()) >> (rand() % 64);
        char want[32], got[21];
        snprintf(want, sizeof want, "%llu", (unsigned long long)v);
        size_t n = out_fmt_u64(got, v);
        got[n] = '\0';
        assert_string_equal(got, want);
    }
}

/* The digits word against printf: every value below 10^6 (both lane
 * layouts, every digit count up to 6), the powers of ten and their
 * neighbours up to the limit, random values, and the limit itself. */
static void check_digits_word(uint32_t v)
{
    uint64_t word;
    size_t n = out_digits_word(v, &word);
    char want[16], got[9] = {0};
    snprintf(want, sizeof want, "%u", v);
    if (v >= OUT_WORD_MAX) {
        if (n != 0)
            fail_msg("out_digits_word(%u) = %zu digits, want 0", v, n);
        return;
    }
    memcpy(got, &word, 8);
    if (n != strlen(want) || memcmp(got, want, n) != 0)
        fail_msg("out_digits_word(%u) = \"%.*s\"", v, (int)n, got);
}

static void test_digits_word(void **state)
{
    (void)state;
    for (uint32_t v = 0; v < 1000000; v++)
        check_digits_word(v);
    for (uint32_t p = 10; p <= 1000000000u; p *= 10)
        for (uint32_t d = 0; d < 3; d++) {
            check_digits_word(p - 1 + d);
            check_digits_word(p * 9 + d); /* a nine first, then zeros */
        }
    check_digits_word(99999999u);
    check_digits_word(4294967295u);
    srand(5);
    for (int i = 0; i < 300000; i++)
        check_digits_word(((uint32_t)rand() << 16 ^ (uint32_t)rand()) % (OUT_WORD_MAX + 1000u));
}

/* out_tsv_short copies a text of up to 32 bytes with no byte below 0x0E
 * nor a backslash (a superset of the escaped bytes), and only then: each
 * escaped byte, other controls and neighbours at every place of every
 * length up to 40, with readable bytes past the text (escapable ones too)
 * left out. */
static void test_tsv_short_each_byte(void **state)
{
    (void)state;
    static const char esc[] = {'\\', '\t', '\n', '\r', '\0', '\x01', '\x0b', '\x0c', '\x0e', '[', ']'};
    char src[96], dst[64];
    for (size_t n = 0; n <= 40; n++)
        for (size_t e = 0; e < sizeof esc; e++)
            for (size_t at = 0; at <= 48; at++) { /* at >= n: the escaped byte lies past the text */
                memset(src, 'a', sizeof src);
                for (size_t i = 0; i < n; i++)
                    src[i] = (char)('b' + i % 20);
                src[at] = esc[e];
                for (size_t readable = 32; readable <= 64; readable += 32) {
                    if (readable < n)
                        continue;
                    memset(dst, '#', sizeof dst);
                    char *end = out_tsv_short(dst, src, n, readable);
                    unsigned char b = (unsigned char)esc[e];
                    int clean = n <= 32 && (at >= n || (b > 0x0D && b != '\\'));
                    if (!clean) {
                        assert_null(end);
                        continue;
                    }
                    assert_ptr_equal(end, dst + n);
                    if (n)
                        assert_memory_equal(dst, src, n);
                }
            }
}

/* Written through the memo, a double reads exactly as its formatter wrote
 * it, whether it is met for the first time, again, or after a collision. */
static void test_num_memo_matches_formatter(void **state)
{
    (void)state;
    out_num_memo *memo = malloc(sizeof *memo);
    out_num_memo_init(memo, emit_num_len);
    out_w w;
    out_w_init(&w, NULL, NULL, 64);
    buf want = {0};
    srand(5);
    for (int i = 0; i < 200000; i++) {
        double v = i % 3 ? 2.0 * (rand() % 50) / (1 + rand() % 90) : (rand() % 201 - 100) / 10.0;
        if (i % 1000 == 0)
            v = i % 2000 ? -0.0 : NAN;
        char tmp[32];
        buf_append(&want, tmp, emit_num_len(tmp, v));
        out_w_num(&w, memo, v);
    }
    assert_int_equal((size_t)(w.p - w.start), want.len);
    assert_memory_equal(w.start, want.data, want.len);
    out_w_done(&w);
    buf_free(&want);
    free(memo);
}

/* A memory writer grows, from storage it was given or its own; a table
 * holds each text escaped, in the order added. */
static void test_memory_writer_and_table(void **state)
{
    (void)state;
    char storage[64];
    out_w w;
    out_w_init(&w, NULL, storage, sizeof storage);
    buf want = {0};
    for (int i = 0; i < 3000; i++) {
        out_w_i64(&w, i * 7919 - 5000);
        out_w_tsv(&w, "a\tb", 3);
        buf_printf(&want, "%da\\tb", i * 7919 - 5000);
    }
    assert_int_equal((size_t)(w.p - w.start), want.len);
    assert_memory_equal(w.start, want.data, want.len);
    assert_int_equal(out_w_done(&w), 0);

    out_tab t;
    out_tab_init(&t);
    char text[16];
    for (int i = 0; i < 2000; i++) {
        snprintf(text, sizeof text, "id\t%d", i);
        out_tab_add_str(&t, out_w_tsv, i % 7 ? text : NULL);
    }
    assert_int_equal(t.n, 2000);
    out_w_init(&w, NULL, NULL, 64);
    for (int i = 1999; i >= 0; i--) {
        buf_reset(&want);
        if (i % 7)
            buf_printf(&want, "id\\t%d", i);
        w.p = w.start;
        out_w_tab(&w, &t, (size_t)i);
        assert_int_equal((size_t)(w.p - w.start), want.len);
        if (want.len)
            assert_memory_equal(w.start, want.data, want.len);
    }
    out_w_done(&w);
    out_tab_free(&t);
    out_tab_free(NULL);
    buf_free(&want);
}

/* Evidence document ids from the names table: each document's id escaped
 * as the file's escaper does (a backslash doubled here), an empty id an
 * empty text, every one of several thousand documents, in any order, with
 * the 64 bytes after each entry readable (emit_span_put copies them). */
static void test_names_doc_ids(void **state)
{
    (void)state;
    gaz g = {0};
    graph *gr = graph_new(&g, NULL, NULL);
    size_t n = 3000;
    for (size_t i = 0; i < n; i++) {
        char text[32];
        snprintf(text, sizeof text, "dir\\%zu.txt", i);
        if (i == 5)
            text[0] = '\0';
        doc d = {.path = text, .ordinal = (uint32_t)i};
        graph_add_doc(gr, &d); /* no mentions: only the id is kept */
    }
    emit_names *nm = emit_names_new(gr, out_w_tsv, NULL, NULL);
    out_w w;
    out_w_init(&w, NULL, NULL, 64);
    buf want = {0};
    for (size_t k = 0; k < 2 * n; k++) {
        size_t i = k % 3 == 2 ? (k * 7919) % n : k / 2; /* repeats, near and far */
        graph_evidence ev = {.doc = (uint32_t)i + 1};   /* as the graph names document i */
        emit_span t = emit_names_doc(nm, &ev);
        assert_int_equal(t.len == 0, i == 5);
        out_w_reserve(&w, t.len + 64 + 1);
        w.p = emit_span_put(w.p, nm->tab.text.start, t, 0);
        assert_true(t.off + t.len + 64 <= (size_t)(nm->tab.text.end - nm->tab.text.start));
        if (i != 5)
            buf_printf(&want, "dir\\\\%zu.txt", i);
        buf_puts(&want, "|");
        *w.p++ = '|';
    }
    assert_int_equal((size_t)(w.p - w.start), want.len);
    assert_memory_equal(w.start, want.data, want.len);
    out_w_done(&w);
    buf_free(&want);
    emit_names_free(nm);
    graph_free(gr);
}

/* A test format's fields: every value they depend on, and a hole. */
static void probe_head(out_w *w, const emit_names *nm, const graph_edge *ed)
{
    char text[128];
    int n = snprintf(text, sizeof text, "[%d %d %d %d %d %g", ed->kind, (int)ed->relation, ed->directed, ed->polarity,
                     ed->quadclass, emit_names_goldstein(nm, ed));
    out_w_put(w, text, (size_t)n);
    emit_names_kind(w, nm, ed);
    emit_names_relation(w, nm, ed);
    out_w_str(w, ed->directed ? " actor=" : "]");
}

static void probe_tail(out_w *w, const emit_names *nm, const graph_edge *ed)
{
    (void)nm;
    out_w_lit(w, "]");
    out_w_i64(w, ed->polarity); /* more than the head writes: tail is its own text */
}

/* emit_fields_put: the fields of every kind and relation, directed or
 * not, as the format's own functions write them (the actor's id between
 * head and tail), from the table where an edge's polarity and quadclass
 * are its relation's and straight from the functions where they are not;
 * a format with no tail (TSV) writes head alone. */
static void test_names_fields_table(void **state)
{
    (void)state;
    gaz g = {0};
    g.n_ents = g.cap_ents = 2;
    g.ents = xbig_alloc(2 * sizeof *g.ents); /* gaz_free frees it with xbig_free */
    /* An id longer than the 64 bytes a span is copied as, whole. */
    g.ents[0].id = gaz_strdup(&g, "a&b-an-identifier-long-enough-to-need-more-than-one-fixed-copy-of-64");
    g.ents[1].id = gaz_strdup(&g, "c");
    rel_lexicon *lx = NULL;
    eg_err e = {{0}};
    assert_int_equal(tm_rel_load_text(&lx,
                                      "relation\ttrigger\tquadclass\tgoldstein\tdirection\tcameo\tsource\n"
                                      "attack\tattack\t4\t-10\tab\t190\tt\n"
                                      "meet\tmeet\t1\t1.5\tsym\t040\tt\n",
                                      &e),
                     0);
    graph *gr = graph_new(&g, lx, NULL);
    mention ms[] = {{.entity = 0}, {.entity = 1}};
    doc d = {.path = "d", .bytes = "x", .len = 1, .mentions = {.v = ms, .n = 2}};
    graph_add_doc(gr, &d);
    graph_finish(gr);
    out_w got, want;
    out_w_init(&got, NULL, NULL, 64);
    out_w_init(&want, NULL, NULL, 64);
    for (int tsv = 0; tsv < 2; tsv++) {
        emit_names *nm = emit_names_new(gr, out_w_tsv, probe_head, tsv ? NULL : probe_tail);
        for (int r = -1; r < 2; r++)
            for (int bits = 0; bits < 8; bits++) {
                graph_edge ed = {.a = (uint32_t)(bits & 1),
                                 .b = 1,
                                 .kind = r < 0 ? EDGE_COOCCURRENCE : EDGE_STATED,
                                 .relation = r,
                                 .directed = (uint8_t)(bits >> 1 & 1)};
                if (r >= 0) {
                    ed.polarity = (int8_t)rel_get(lx, (uint32_t)r)->polarity;
                    ed.quadclass = (uint8_t)rel_get(lx, (uint32_t)r)->quadclass;
                }
                if (bits & 4) /* not the relation's own: the slow way */
                    ed.polarity = (int8_t)(ed.polarity + 1);
                got.p = got.start;
                want.p = want.start;
                out_w_lit(&got, "<");
                /* The table's copy, or the slow way exactly when the
                 * edge's polarity is not its relation's. */
                const emit_fields *f = emit_names_fields_of(nm, &ed);
                assert_true((f == NULL) == ((bits & 4) != 0));
                if (f) {
                    out_w_reserve(&got, nm->row_max); /* bounds the fields and the actor's id */
                    got.p = emit_fields_put(got.p, nm, f, &ed, 1);
                } else
                    emit_names_fields_slow(&got, nm, &ed);
                out_w_lit(&got, ">");
                out_w_lit(&want, "<");
                probe_head(&want, nm, &ed);
                if (!tsv && ed.directed) {
                    emit_names_id(&want, nm, ed.a);
                    probe_tail(&want, nm, &ed);
                }
                out_w_lit(&want, ">");
                assert_int_equal(got.p - got.start, want.p - want.start);
                assert_memory_equal(got.start, want.start, (size_t)(want.p - want.start));
            }
        emit_names_free(nm);
    }
    out_w_done(&got);
    out_w_done(&want);
    graph_free(gr);
    rel_free(lx);
    gaz_free(&g);
}

/* Blocks (formatted chunks) put between ordinary writes land in order, on
 * a stream writer (what it holds goes first, the block straight to the
 * stream: small and large ones) and on a memory writer. */
static void test_put_block_in_order(void **state)
{
    (void)state;
    char *mem = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&mem, &len);
    assert_non_null(fp);
    out_w sw, mw;
    out_w_init(&sw, fp, NULL, 4096);
    out_w_init(&mw, NULL, NULL, 64);
    buf want = {0}, block = {0};
    for (int i = 0; i < 40; i++) {
        buf_reset(&block);
        for (int k = 0; k < (i % 4 == 3 ? 20000 : i * 7); k++) /* up to 100 KB: past the direct-write size */
            buf_printf(&block, "%c", 'a' + (i + k) % 26);
        for (int t = 0; t < 2; t++) {
            out_w *w = t ? &mw : &sw;
            out_w_lit(w, "<");
            out_w_i64(w, i);
            out_w_put_block(w, block.data ? block.data : "", block.len);
            out_w_lit(w, ">");
        }
        buf_printf(&want, "<%d", i);
        buf_append(&want, block.data ? block.data : "", block.len);
        buf_puts(&want, ">");
    }
    assert_int_equal((size_t)(mw.p - mw.start), want.len);
    assert_memory_equal(mw.start, want.data, want.len);
    assert_int_equal(out_w_done(&sw), 0);
    fclose(fp);
    assert_int_equal(len, want.len);
    assert_memory_equal(mem, want.data, len);
    free(mem);
    out_w_done(&mw);
    buf_free(&want);
    buf_free(&block);
}

static void test_writer_matches_stdio(void **state)
{
    (void)state;
    char *mem = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&mem, &len);
    assert_non_null(fp);
    out_w w;
    out_w_init(&w, fp, NULL, 64); /* tiny: every path through a flush */
    buf want = {0};
    for (int i = 0; i < 2000; i++) {
        out_w_lit(&w, "row ");
        out_w_i64(&w, i - 1000);
        out_w_putc(&w, '\t');
        out_w_tsv_str(&w, "a\\b\tc\nd\re");
        out_w_tsv_str(&w, NULL);
        out_w_put(&w, "0123456789012345678901234567890123456789", (size_t)(i % 41));
        out_w_putc(&w, '\n');
        buf_printf(&want, "row %d\ta\\\\b\\tc\\nd\\re%.*s\n", i - 1000, i % 41,
                   "0123456789012345678901234567890123456789");
    }
    assert_int_equal(out_w_done(&w), 0);
    fclose(fp);
    assert_int_equal(len, want.len);
    assert_memory_equal(mem, want.data, len);
    free(mem);
    buf_free(&want);
}

/* What out_w_tsv must write for s[0, n). */
static void tsv_reference(buf *out, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        const char *esc = s[i] == '\\'   ? "\\\\"
                          : s[i] == '\t' ? "\\t"
                          : s[i] == '\n' ? "\\n"
                          : s[i] == '\r' ? "\\r"
                                         : NULL;
        if (esc)
            buf_puts(out, esc);
        else
            buf_append(out, s + i, 1);
    }
}

/* Random fields of every length up to 100 with the escaped bytes anywhere,
 * so the sixteen-byte scan meets them at every offset. */
static void test_tsv_escape_random(void **state)
{
    (void)state;
    static const char alphabet[] = "ab\\\t\n\r\0\xc3\xa9 |";
    srand(11);
    for (int t = 0; t < 20000; t++) {
        char in[100];
        size_t n = (size_t)(rand() % 100);
        for (size_t i = 0; i < n; i++)
            in[i] = rand() % 8 ? 'x' : alphabet[rand() % (sizeof alphabet - 1)];
        buf want = {0};
        tsv_reference(&want, in, n);
        char *mem = NULL;
        size_t len = 0;
        FILE *fp = open_memstream(&mem, &len);
        out_tsv_field(fp, in, n);
        fclose(fp);
        assert_int_equal(len, want.len);
        if (len)
            assert_memory_equal(mem, want.data, len);
        free(mem);
        /* The inline path for a text inside a bigger buffer: bytes past n
         * (escapable ones too) stay out, whatever can be read past it and
         * however little room the writer has. */
        size_t off = (size_t)rand() % (n + 1), k = n - off, readable = k + (size_t)rand() % (100 - n + 1);
        char big[100];
        memcpy(big, in, n);
        for (size_t i = n; i < sizeof big; i++)
            big[i] = alphabet[rand() % (sizeof alphabet - 1)];
        buf part = {0};
        tsv_reference(&part, in + off, n - off);
        char storage[64];
        out_w w;
        out_w_init(&w, NULL, storage, sizeof storage);
        w.p += (size_t)rand() % 60; /* little room left: the fallback grows it */
        size_t at = (size_t)(w.p - w.start);
        char *end = (size_t)(w.end - w.p) >= 32 ? out_tsv_short(w.p, big + off, k, readable) : NULL;
        if (end)
            w.p = end;
        else
            out_w_tsv(&w, big + off, k); /* as a mention row does */
        assert_int_equal((size_t)(w.p - w.start) - at, part.len);
        if (part.len)
            assert_memory_equal(w.start + at, part.data, part.len);
        out_w_done(&w);
        buf_free(&part);
        buf_free(&want);
    }
}

static size_t read_file_len(const char *dir, const char *name, char *out, size_t cap)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *fp = fopen(path, "r");
    if (!fp)
        return (size_t)-1;
    size_t n = fread(out, 1, cap, fp);
    fclose(fp);
    return n;
}

/* A failed batch leaves the previous files; a good one replaces them all. */
/* A gazetteer of n entities with these ids and types: the rows' tests. */
static void entity_gaz(gaz *g, size_t n, const char *const *ids, const char *const *types)
{
    g->n_ents = g->cap_ents = n;
    g->ents = xbig_alloc(n * sizeof *g->ents);
    for (size_t i = 0; i < n; i++) {
        g->ents[i].id = gaz_strdup(g, ids[i]);
        g->ents[i].type = gaz_strdup(g, types[i]);
    }
}

/* The document's rows into out, and they must read want. */
static void check_rows(buf *out, emit_mentions *em, const doc *d, const buf *want)
{
    emit_mentions_rows(out, em, d);
    assert_int_equal(out->len, want->len);
    assert_memory_equal(out->data, want->data, want->len);
}

/* One entity, id "e" and type "t". */
static void one_entity_gaz(gaz *g)
{
    static const char *const id[] = {"e"}, *const type[] = {"t"};
    entity_gaz(g, 1, id, type);
}

/* mentions.tsv rows: the entity columns come from a cache filled on first
 * use by whichever thread meets the entity first; rows must read the same
 * whichever thread made them, escaped like any TSV field. */
typedef struct {
    emit_mentions *em;
    const doc *d;
    char *rows;
} rows_job;

static void *format_rows(void *arg)
{
    rows_job *j = arg;
    buf out = {0};
    for (int k = 0; k < 50; k++)
        emit_mentions_rows(&out, j->em, j->d);
    j->rows = xstrndup(out.data, out.len);
    buf_free(&out);
    return NULL;
}

static void test_mentions_rows_shared_cache(void **state)
{
    (void)state;
    gaz g = {0};
    static const char *const ids[] = {"usa", "kim-jong-un", "x"};
    static const char *const types[] = {"country", "per\\son\twith\ttabs", "organization"};
    entity_gaz(&g, 3, ids, types);
    mention ms[] = {{.start = 0, .end = 2, .entity = 1},
                    {.start = 3, .end = 6, .entity = 0},
                    {.start = 8, .end = 10, .entity = 1, .sentence = 12}};
    doc d = {.path = "a\tb.txt", .bytes = "Ki USA\\ K\n", .len = 10, .mentions = {.v = ms, .n = 3}};
    const char *want = "a\\tb.txt\t0\t2\t0\tkim-jong-un\tper\\\\son\\twith\\ttabs\tKi\n"
                       "a\\tb.txt\t3\t6\t0\tusa\tcountry\tUSA\n"
                       "a\\tb.txt\t8\t10\t12\tkim-jong-un\tper\\\\son\\twith\\ttabs\tK\\n\n";
    emit_mentions *em = emit_mentions_new(&g);
    rows_job jobs[4];
    pthread_t tid[4];
    for (int t = 0; t < 4; t++) {
        jobs[t] = (rows_job){.em = em, .d = &d};
        assert_int_equal(pthread_create(&tid[t], NULL, format_rows, &jobs[t]), 0);
    }
    for (int t = 0; t < 4; t++) {
        pthread_join(tid[t], NULL);
        assert_string_equal(jobs[t].rows, want);
        free(jobs[t].rows);
    }
    emit_mentions_free(em);
    emit_mentions_free(NULL);
    gaz_free(&g);
}

/* A document whose rows outgrow the buffer's estimate (a long surface of
 * tabs, escaped to twice its size): the rows are whole, and the buffer
 * left for the next document holds them (the writer's own block is gone). */
static void test_mentions_rows_outgrow_buffer(void **state)
{
    (void)state;
    gaz g = {0};
    one_entity_gaz(&g);
    enum { LONG = 20000 };
    char *text = xmalloc(LONG);
    memset(text, '\t', LONG);
    mention ms[] = {{.start = 0, .end = LONG, .entity = 0}, {.start = 1, .end = 2, .entity = 0}};
    doc d = {.path = "p", .bytes = text, .len = LONG, .mentions = {.v = ms, .n = 2}};
    emit_mentions *em = emit_mentions_new(&g);
    buf out = {0};
    for (int round = 0; round < 2; round++) {
        emit_mentions_rows(&out, em, &d);
        const char *head = "p\t0\t20000\t0\te\tt\t";
        size_t hl = strlen(head), first = hl + 2 * LONG + 1;
        assert_int_equal(out.len, first + strlen("p\t1\t2\t0\te\tt\t\\t\n"));
        assert_true(out.cap >= out.len);
        assert_memory_equal(out.data, head, hl);
        for (size_t i = hl; i < hl + 2 * LONG; i += 2)
            assert_memory_equal(out.data + i, "\\t", 2);
        assert_memory_equal(out.data + first, "p\t1\t2\t0\te\tt\t\\t\n", out.len - first);
    }
    buf_free(&out);
    free(text);
    emit_mentions_free(em);
    gaz_free(&g);
}

/* The start, end and sentence columns against printf: ends that share
 * all but the last two digits with their start and ends that do not
 * (crossing a hundred, a different digit count, one-digit starts, an end
 * before its start), sentences repeated from row to row and changed. */
static void test_mentions_rows_numbers(void **state)
{
    (void)state;
    gaz g = {0};
    one_entity_gaz(&g);
    enum { N = 3000, LEN = 200000 };
    char *text = xmalloc(LEN);
    memset(text, 'x', LEN);
    mention *ms = xcalloc(N, sizeof *ms);
    buf want = {0};
    unsigned seed = 9;
    uint32_t sentence = 0;
    for (int i = 0; i < N; i++) {
        seed = seed * 1103515245u + 12345u;
        unsigned r = seed >> 8;
        uint32_t start = r % 7 == 0 ? r % 10 : (r % 5 == 0 ? 90 + r % 20 : r % (LEN - 100));
        uint32_t end = r % 11 == 0 ? start - (start > 0) : start + (r >> 4) % 40;
        if (r % 13 == 0)
            end = start < 90 ? start + 95 : start + 1000;
        if (r % 3 == 0)
            sentence += 1 + r % 300;
        ms[i] = (mention){.start = start, .end = end, .entity = 0, .sentence = sentence};
        buf_printf(&want, "d\t%u\t%u\t%u\te\tt\t", start, end, sentence);
        if (end <= LEN && start <= end)
            buf_append(&want, text + start, end - start);
        buf_puts(&want, "\n");
    }
    doc d = {.path = "d", .bytes = text, .len = LEN, .mentions = {.v = ms, .n = N}};
    emit_mentions *em = emit_mentions_new(&g);
    buf out = {0};
    check_rows(&out, em, &d, &want);
    buf_free(&out);
    buf_free(&want);
    emit_mentions_free(em);
    free(ms);
    free(text);
    gaz_free(&g);
}

/* out_w_tsv on fields of every length up to 40 (the two-load copy of 4
 * to 32 bytes, and around it) with each escaped byte at every place, or
 * none, against the reference, with room for the copy and without. */
static void test_tsv_field_each_byte(void **state)
{
    (void)state;
    static const char esc[] = {'\\', '\t', '\n', '\r', 'e'}; /* 'e': nothing to escape */
    char src[48];
    for (size_t n = 0; n <= 40; n++)
        for (size_t e = 0; e < sizeof esc; e++)
            for (size_t at = 0; at < (n ? n : 1); at++)
                for (int tight = 0; tight < 2; tight++) {
                    for (size_t i = 0; i < sizeof src; i++)
                        src[i] = (char)('a' + i % 23);
                    if (n)
                        src[at] = esc[e];
                    buf want = {0};
                    tsv_reference(&want, src, n);
                    char storage[128];
                    out_w w;
                    out_w_init(&w, NULL, storage, sizeof storage);
                    if (tight)
                        w.p = w.end - 20; /* less than the copy's 32: the plain path */
                    size_t from = (size_t)(w.p - w.start);
                    out_w_tsv(&w, src, n);
                    assert_int_equal((size_t)(w.p - w.start) - from, want.len);
                    if (want.len)
                        assert_memory_equal(w.start + from, want.data, want.len);
                    out_w_done(&w);
                    buf_free(&want);
                }
}

/* The row's fast path and its ways out: a document path longer than the
 * copy of 64, entity columns longer than a slot (formatted on every row),
 * surfaces with an escaped byte at every place around the 16 and 32 byte
 * loads, surfaces longer than 32, and surfaces that end at the end of the
 * document (fewer than 32 bytes readable). Against rows made with printf
 * and the escaper, twice (the second time from the filled slots). */
static void test_mentions_rows_escapes(void **state)
{
    (void)state;
    gaz g = {0};
    static const char *const ids[] = {"short", "a-very-long-entity-identifier-that-does-not-fit-a-slot", "t\\ab"};
    static const char *const types[] = {"person", "organization-of-a-long-kind", "x\ty"};
    entity_gaz(&g, 3, ids, types);
    /* and bytes the rows' short copy sends the exact way, escaped or not */
    static const char esc[] = {'\\', '\t', '\n', '\r', '\0', '\x01', '\x0b', '\x0c', '\x0e', '[', ']'};
    enum { LEN = 200 };
    char text[LEN];
    mention ms[4000];
    size_t n = 0;
    /* Texts are rebuilt per (escape, place): one document each, the
     * mention of lengths 1..40 from offsets that put the escape at every
     * place of the surface, and one that ends at the document's end. */
    static const char *const paths[] = {"d.txt",
                                        "/a/rather/long/path/to/a/document/that/is/more/than/sixty/four/bytes.txt"};
    emit_mentions *em = emit_mentions_new(&g);
    buf out = {0};
    for (size_t pi = 0; pi < 2; pi++)
        for (size_t e = 0; e < sizeof esc; e++)
            for (size_t place = 0; place < 36; place++) {
                for (size_t i = 0; i < LEN; i++)
                    text[i] = (char)('a' + i % 26);
                text[100] = esc[e];
                n = 0;
                for (uint32_t len = 1; len <= 40; len++)
                    if (place < len)
                        ms[n++] = (mention){.start = 100 - (uint32_t)place,
                                            .end = 100 - (uint32_t)place + len,
                                            .entity = len % 3,
                                            .sentence = len / 7};
                ms[n++] = (mention){.start = LEN - 5, .end = LEN, .entity = 0, .sentence = 9};
                ms[n++] = (mention){.start = LEN - 1, .end = LEN, .entity = 2, .sentence = 9};
                doc d = {.path = paths[pi], .bytes = text, .len = LEN, .mentions = {.v = ms, .n = n}};
                buf want = {0};
                for (size_t i = 0; i < n; i++) {
                    tsv_reference(&want, paths[pi], strlen(paths[pi]));
                    buf_printf(&want, "\t%u\t%u\t%u\t", ms[i].start, ms[i].end, ms[i].sentence);
                    tsv_reference(&want, ids[ms[i].entity], strlen(ids[ms[i].entity]));
                    buf_puts(&want, "\t");
                    tsv_reference(&want, types[ms[i].entity], strlen(types[ms[i].entity]));
                    buf_puts(&want, "\t");
                    tsv_reference(&want, text + ms[i].start, ms[i].end - ms[i].start);
                    buf_puts(&want, "\n");
                }
                for (int round = 0; round < 2; round++)
                    check_rows(&out, em, &d, &want);
                buf_free(&want);
            }
    buf_free(&out);
    emit_mentions_free(em);
    gaz_free(&g);
}

static void test_batch_all_or_nothing(void **state)
{
    (void)state;
    char dir[] = "/tmp/entgraph-batch-XXXXXX";
    assert_non_null(mkdtemp(dir));
    eg_err e;
    for (int round = 0; round < 3; round++) {
        int ok = round != 1;
        out_batch_begin();
        out_file *a = out_open(dir, "a.txt", &e), *b = out_open(dir, "b.txt", &e);
        assert_non_null(a);
        assert_non_null(b);
        fprintf(out_stream(a), "a%d", round);
        fprintf(out_stream(b), "b%d", round);
        assert_int_equal(out_commit(a, &e), 0);
        assert_int_equal(out_commit(b, &e), 0);
        char got[16];
        if (round > 0) /* nothing replaced before the batch ends */
            assert_int_equal(read_file_len(dir, "a.txt", got, sizeof got), 2);
        assert_int_equal(out_batch_end(ok, &e), ok ? 0 : -1);
        out_release_replaced(); /* the replaced files' names are gone already */
        int want = round == 1 ? 0 : round;
        assert_int_equal(read_file_len(dir, "a.txt", got, sizeof got), 2);
        assert_true(got[0] == 'a' && got[1] == '0' + want);
        assert_int_equal(read_file_len(dir, "b.txt", got, sizeof got), 2);
        assert_true(got[0] == 'b' && got[1] == '0' + want);
    }
    char path[512];
    int entries = 0;
    snprintf(path, sizeof path, "%s/a.txt", dir);
    entries += remove(path) == 0;
    snprintf(path, sizeof path, "%s/b.txt", dir);
    entries += remove(path) == 0;
    assert_int_equal(entries, 2);
    assert_int_equal(rmdir(dir), 0); /* no temp file left behind */
}

/* What GraphML text must read: entities for & < > " ' and tab/LF/CR,
 * U+FFFD for the other C0 controls, invalid UTF-8 and U+FFFE/U+FFFF. */
static void xml_reference(buf *out, const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        unsigned char c = u[i];
        const char *ent = c == '&'    ? "&amp;"
                          : c == '<'  ? "&lt;"
                          : c == '>'  ? "&gt;"
                          : c == '"'  ? "&quot;"
                          : c == '\'' ? "&apos;"
                          : c == '\t' ? "&#9;"
                          : c == '\n' ? "&#10;"
                          : c == '\r' ? "&#13;"
                                      : NULL;
        if (ent) {
            buf_puts(out, ent);
            i++;
        } else if (c < 0x20) {
            buf_puts(out, "\xEF\xBF\xBD");
            i++;
        } else if (c < 0x80) {
            buf_append(out, s + i++, 1);
        } else {
            size_t k = eg_utf8_len(u + i, n - i);
            if (k && !(k == 3 && c == 0xEF && u[i + 1] == 0xBF && u[i + 2] >= 0xBE))
                buf_append(out, s + i, k);
            else
                buf_puts(out, "\xEF\xBF\xBD");
            i += k ? k : 1;
        }
    }
}

/* The GraphML escaper (its vector scan 32 and 16 bytes a step, then the
 * byte classes) on random notes of every length around those steps, with
 * each special byte at every position: the note datum reads exactly as the
 * byte-by-byte reference says. */
static void test_graphml_escape_random(void **state)
{
    (void)state;
    static const char *const pieces[] = {"&",
                                         "<",
                                         ">",
                                         "\"",
                                         "'",
                                         "\t",
                                         "\n",
                                         "\r",
                                         "\x01",
                                         "\x1f",
                                         "\x7f",
                                         "\xC3\xA9",
                                         "\xE2\x80\x9C",
                                         "\xF0\x9F\x98\x80",
                                         "\xEF\xBF\xBE",
                                         "\xEF\xBF\xBF",
                                         "\xC3",
                                         "\x80",
                                         "\xED\xA0\x80",
                                         "\xE2\x80",
                                         "x"};
    char tmpl[] = "/tmp/entgraph-xml-XXXXXX";
    char *dir = mkdtemp(tmpl);
    assert_non_null(dir);
    srand(17);
    for (int t = 0; t < 300; t++) {
        buf note = {0};
        size_t want_len = (size_t)(rand() % 90) + 1;
        static const char plain[] = "abcdefghij";
        while (note.len < want_len)
            buf_puts(&note, rand() % 3 ? &plain[rand() % 10] : pieces[rand() % (sizeof pieces / sizeof *pieces)]);
        gaz g = {0};
        g.n_ents = g.cap_ents = 1;
        g.ents = xbig_alloc(sizeof *g.ents);
        gaz_entity *e = &g.ents[0];
        e->id = gaz_strdup(&g, "x");
        e->type = e->name = gaz_strdup(&g, "t");
        e->bloc = e->country = gaz_strdup(&g, "");
        e->note = gaz_strdup(&g, note.data);
        mention m = {.entity = 0, .start = 0, .end = 1};
        uint32_t sent_orig[2] = {0, 1};
        seg_sentence sent = {0};
        doc d = {.path = "d.txt",
                 .bytes = "x",
                 .len = 1,
                 .mentions = {.v = &m, .n = 1},
                 .sents = {.v = &sent, .n = 1},
                 .sent_orig = sent_orig};
        graph *gr = graph_new(&g, NULL, NULL);
        graph_add_doc(gr, &d);
        graph_finish(gr);
        eg_err err = {{0}};
        assert_int_equal(emit_graphml(gr, dir, 1, &err), 0);
        char path[256];
        snprintf(path, sizeof path, "%s/graph.graphml", dir);
        FILE *fp = fopen(path, "rb");
        assert_non_null(fp);
        buf got = {0};
        char tmp[4096];
        for (size_t k; (k = fread(tmp, 1, sizeof tmp, fp)) > 0;)
            buf_append(&got, tmp, k);
        fclose(fp);
        buf want = {0};
        buf_puts(&want, "<data key=\"n8\">");
        xml_reference(&want, note.data, note.len);
        buf_puts(&want, "</data>");
        if (!strstr(got.data, want.data))
            fail_msg("note %d: want %s in\n%s", t, want.data, got.data);
        buf_free(&got);
        buf_free(&want);
        buf_free(&note);
        graph_free(gr);
        gaz_free(&g);
    }
    char path[256];
    snprintf(path, sizeof path, "%s/graph.graphml", dir);
    unlink(path);
    rmdir(dir);
}

/* The whole of dir/name into out (emptied first). */
static void slurp(const char *dir, const char *name, buf *out)
{
    char path[512], tmp[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *fp = fopen(path, "rb");
    assert_non_null(fp);
    out->len = 0;
    for (size_t k; (k = fread(tmp, 1, sizeof tmp, fp)) > 0;)
        buf_append(out, tmp, k);
    fclose(fp);
    unlink(path);
}

/* graph.graphml and edges.tsv written together (one pass over the edges,
 * on one thread or several, chunks of edges of both files in step) read
 * byte for byte as each file written alone: ids and snippets to escape,
 * several thousand edges (more than a chunk). */
/* A graph, on g, of one document (path) whose one sentence mentions
 * entities 0 .. ents - 1: an edge for every pair. Entity i's id is i in
 * three digits, then tabs up to idlen bytes. path must outlive the graph. */
static graph *one_sentence_graph(gaz *g, size_t ents, size_t idlen, const char *path)
{
    enum { MAXE = 16, MAXID = 200 };
    assert_true(ents <= MAXE && idlen >= 3 && idlen < MAXID);
    memset(g, 0, sizeof *g);
    g->n_ents = g->cap_ents = ents;
    g->ents = xbig_alloc(ents * sizeof *g->ents);
    for (size_t i = 0; i < ents; i++) {
        char id[MAXID], digits[4];
        memset(id, '\t', idlen);
        id[idlen] = '\0';
        snprintf(digits, sizeof digits, "%03zu", i);
        memcpy(id, digits, 3);
        g->ents[i].id = gaz_strdup(g, id);
        g->ents[i].type = g->ents[i].name = gaz_strdup(g, "t");
    }
    static const char text[] = "Alpha met beta.";
    mention ms[MAXE];
    for (uint32_t k = 0; k < ents; k++)
        ms[k] = (mention){.start = 0, .end = 5, .entity = k, .sentence = 0};
    seg_sentence sent = {0};
    uint32_t orig[2] = {0, sizeof text - 1};
    doc d = {.path = path,
             .bytes = text,
             .len = sizeof text - 1,
             .mentions = {.v = ms, .n = ents},
             .sents = {.v = &sent, .n = 1},
             .sent_orig = orig};
    graph *gr = graph_new(g, NULL, NULL);
    graph_add_doc(gr, &d);
    graph_finish(gr);
    return gr;
}

/* The tables by entity (ids, documents) hold the nodes' entries whether
 * they are big blocks (many nodes for the gazetteer) or sparse mappings
 * (a few nodes in a big gazetteer). */
static void test_names_by_entity_dense_or_sparse(void **state)
{
    (void)state;
    static const size_t sizes[] = {100, 3000};
    for (size_t t = 0; t < 2; t++) {
        size_t n = sizes[t];
        gaz g = {0};
        g.n_ents = g.cap_ents = n;
        g.ents = xbig_alloc(n * sizeof *g.ents);
        for (size_t i = 0; i < n; i++) {
            char id[32];
            snprintf(id, sizeof id, "e%04zu", i);
            g.ents[i].id = gaz_strdup(&g, id);
            g.ents[i].type = g.ents[i].name = gaz_strdup(&g, "t");
        }
        static const char text[] = "Alpha met beta and gamma.";
        uint32_t ents[3] = {0, (uint32_t)n / 2, (uint32_t)n - 1};
        mention ms[3];
        for (uint32_t k = 0; k < 3; k++)
            ms[k] = (mention){.start = 0, .end = 5, .entity = ents[k], .sentence = 0};
        seg_sentence sent = {0};
        uint32_t orig[2] = {0, sizeof text - 1};
        doc d = {.path = "a.txt",
                 .bytes = text,
                 .len = sizeof text - 1,
                 .mentions = {.v = ms, .n = 3},
                 .sents = {.v = &sent, .n = 1},
                 .sent_orig = orig};
        graph *gr = graph_new(&g, NULL, NULL);
        graph_add_doc(gr, &d);
        graph_finish(gr);
        emit_names *nm = emit_edges_tsv_names(gr);
        assert_int_equal(nm->dense, n < 64 * 3); /* 3 nodes: dense up to 3 * 64 entities */
        for (uint32_t k = 0; k < 3; k++) {
            emit_span sp = nm->id[ents[k]];
            assert_int_equal(sp.len, 5);
            assert_memory_equal(nm->tab.text.start + sp.off, g.ents[ents[k]].id, 5);
            assert_int_equal(nm->docs[ents[k]], 1);
        }
        emit_names_free(nm);
        graph_free(gr);
        gaz_free(&g);
    }
}

/* A table's row_max bounds what each edge's row takes of it: both ids,
 * the evidence document, and the fields with the actor's id and the 64
 * bytes each of three copies may write past. All ids are one length here
 * (tabs, escaped to two bytes each), so the longest row meets the bound
 * exactly and a term left out of it fails. */
static void test_row_max_bounds_rows(void **state)
{
    (void)state;
    char path[200];
    memset(path, 'p', sizeof path - 1);
    path[sizeof path - 1] = '\0';
    gaz g;
    graph *gr = one_sentence_graph(&g, 12, 150, path);
    assert_true(graph_edge_count(gr) > 0);
    emit_names *nm = emit_edges_tsv_names(gr);
    size_t most = 0;
    for (size_t i = 0; i < graph_edge_count(gr); i++) {
        const graph_edge *ed = graph_edge_at(gr, i);
        const emit_fields *f = emit_names_fields_of(nm, ed);
        assert_non_null(f);
        assert_true(ed->best.doc != 0);
        size_t need = nm->id[ed->a].len + nm->id[ed->b].len + emit_names_doc(nm, &ed->best).len + f->head.len +
                      f->tail.len + nm->id[ed->a].len + 3 * 64;
        assert_true(need <= nm->row_max);
        most = need > most ? need : most;
    }
    assert_int_equal(most, nm->row_max);
    emit_names_free(nm);
    graph_free(gr);
    gaz_free(&g);
}

/* emit_copy_over and emit_copy_long at every length to past their
 * largest fixed copy, in 16-byte pieces and in 32-byte ones (wide), from
 * offsets across a 32-byte line: the n bytes land, the end is p + n, and
 * nothing is written 64 or more bytes past it (the room callers keep). */
static void test_copy_over_each_length(void **state)
{
    (void)state;
    enum { MAXN = 260, PAST = 64, SHIFT = 32 };
    char src[SHIFT + MAXN + PAST], dst[SHIFT + MAXN + 2 * PAST];
    for (size_t i = 0; i < sizeof src; i++)
        src[i] = (char)(i * 7 + 1);
    for (int lng = 0; lng < 2; lng++)
        for (int wide = 0; wide < 2; wide++)
            for (size_t at = 0; at < SHIFT; at += 7)
                for (size_t n = 0; n <= MAXN; n++) {
                    memset(dst, 0x55, sizeof dst);
                    char *end =
                        lng ? emit_copy_long(dst + at, src + at, n, wide) : emit_copy_over(dst + at, src + at, n, wide);
                    assert_ptr_equal(end, dst + at + n);
                    assert_memory_equal(dst + at, src + at, n);
                    for (size_t i = 0; i < sizeof dst; i++)
                        if (dst[i] != 0x55 && (i < at || i >= at + n + PAST))
                            fail_msg("long %d wide %d at %zu n %zu: byte %zu written", lng, wide, at, n, i);
                }
}

/* The counts of an edge's line and row, each one digit (GraphML: one
 * block copied for documents, negated and hypothetical; edges.tsv: two
 * digits and three tabs at a time) or not (datum by datum, number by
 * number): counts on both sides of 10, set on the finished graph's edges,
 * in every pair; every line as the datum writer gives it, in the
 * one-file loops and in the graphml+edges one. */
static void test_count_runs(void **state)
{
    (void)state;
    static const uint32_t vals[] = {0, 1, 7, 9, 10, 11, 99, 100, 4294967295u};
    enum { NV = sizeof vals / sizeof vals[0] };
    gaz g;
    graph *gr = one_sentence_graph(&g, 14, 3, "a.txt"); /* 91 edges: every pair of counts */
    size_t n = graph_edge_count(gr);
    assert_true(n >= NV * NV);
    for (size_t i = 0; i < n; i++) {
        graph_edge *ed = (graph_edge *)graph_edge_at(gr, i);
        ed->documents = vals[i % NV];
        ed->negated = vals[i / NV % NV];
        ed->hypothetical = vals[(i * 5 + 1) % NV];
        ed->weight = vals[(i * 7 + 3) % NV];
    }
    char tmpl[] = "/tmp/entgraph-counts-XXXXXX";
    char *dir = mkdtemp(tmpl);
    assert_non_null(dir);
    eg_err err = {{0}};
    buf got = {0}, tsv = {0};
    for (int both = 0; both < 2; both++) {
        assert_int_equal(both ? emit_graphml_edges_tsv(gr, dir, 1, &err) : emit_graphml(gr, dir, 1, &err), 0);
        if (!both)
            assert_int_equal(emit_edges_tsv(gr, dir, 1, &err), 0);
        slurp(dir, "graph.graphml", &got);
        slurp(dir, "edges.tsv", &tsv);
        buf_append(&got, "", 1);
        buf_append(&tsv, "", 1);
        const char *row = strchr(tsv.data, '\n'); /* past the header */
        for (size_t i = 0; i < n; i++) {
            const graph_edge *ed = graph_edge_at(gr, i);
            assert_non_null(row);
            unsigned long col[15] = {0};
            const char *f = row + 1;
            for (int c = 0; c < 13; c++, f = strchr(f, '\t') + 1)
                col[c] = strtoul(f, NULL, 10); /* 0 for the texts */
            if (col[8] != ed->weight || col[9] != ed->documents || col[11] != ed->negated ||
                col[12] != ed->hypothetical)
                fail_msg("edge %zu: row %.*s", i, (int)(strchr(row + 1, '\n') - row - 1), row + 1);
            row = strchr(row + 1, '\n');
        }
        const char *line = got.data;
        for (size_t i = 0; i < n; i++) {
            const graph_edge *ed = graph_edge_at(gr, i);
            line = strstr(line, "<edge ");
            assert_non_null(line);
            const char *end = strchr(line, '\n');
            assert_non_null(end);
            char want[160];
            snprintf(want, sizeof want,
                     "<data key=\"e11\">%u</data><data key=\"e12\">%u</data><data key=\"e13\">%u</data>"
                     "<data key=\"e14\">",
                     ed->documents, ed->negated, ed->hypothetical);
            const char *at = strstr(line, want);
            if (!at || at > end)
                fail_msg("edge %zu: no run %s in %.*s", i, want, (int)(end - line), line);
            line = end;
        }
    }
    assert_int_equal(rmdir(dir), 0);
    buf_free(&got);
    buf_free(&tsv);
    graph_free(gr);
    gaz_free(&g);
}

static void test_graphml_edges_tsv_together(void **state)
{
    (void)state;
    enum { ENTS = 100, SENTS = 400, PER = 6 };
    gaz g = {0};
    g.n_ents = g.cap_ents = ENTS;
    g.ents = xbig_alloc(ENTS * sizeof *g.ents);
    for (size_t i = 0; i < ENTS; i++) {
        char id[16];
        snprintf(id, sizeof id, i % 17 == 3 ? "e&%03zu" : i % 23 == 5 ? "e\t%03zu" : "e%03zu", i);
        g.ents[i].id = gaz_strdup(&g, id);
        g.ents[i].type = g.ents[i].name = gaz_strdup(&g, "t");
    }
    static const char sentence[] = "Alpha & beta <met> gamma\there. ";
    size_t slen = sizeof sentence - 1;
    buf text = {0};
    mention *ms = xcalloc(SENTS * PER, sizeof *ms);
    seg_sentence *sents = xcalloc(SENTS, sizeof *sents);
    uint32_t *orig = xcalloc(2 * SENTS, sizeof *orig);
    srand(11);
    for (uint32_t s = 0; s < SENTS; s++) {
        uint32_t at = (uint32_t)text.len;
        buf_append(&text, sentence, slen - (s % 5)); /* a few lengths: a few snippets */
        orig[2 * s] = at;
        orig[2 * s + 1] = (uint32_t)text.len;
        for (uint32_t k = 0; k < PER; k++)
            ms[s * PER + k] = (mention){.start = at, .end = at + 5, .entity = (uint32_t)rand() % ENTS, .sentence = s};
    }
    doc d = {.path = "docs/a&b.txt",
             .bytes = text.data,
             .len = text.len,
             .mentions = {.v = ms, .n = SENTS * PER},
             .sents = {.v = sents, .n = SENTS},
             .sent_orig = orig};
    graph *gr = graph_new(&g, NULL, NULL);
    graph_add_doc(gr, &d);
    graph_finish(gr);
    assert_true(graph_edge_count(gr) > 3000);
    char tmpl[] = "/tmp/entgraph-both-XXXXXX";
    char *dir = mkdtemp(tmpl);
    assert_non_null(dir);
    eg_err err = {{0}};
    buf want_g = {0}, want_t = {0}, got_g = {0}, got_t = {0};
    assert_int_equal(emit_graphml(gr, dir, 1, &err), 0);
    assert_int_equal(emit_edges_tsv(gr, dir, 1, &err), 0);
    slurp(dir, "graph.graphml", &want_g);
    slurp(dir, "edges.tsv", &want_t);
    for (int threads = 1; threads <= 3; threads += 2) {
        assert_int_equal(emit_graphml_edges_tsv(gr, dir, threads, &err), 0);
        slurp(dir, "graph.graphml", &got_g);
        slurp(dir, "edges.tsv", &got_t);
        assert_int_equal(got_g.len, want_g.len);
        assert_memory_equal(got_g.data, want_g.data, want_g.len);
        assert_int_equal(got_t.len, want_t.len);
        assert_memory_equal(got_t.data, want_t.data, want_t.len);
    }
    assert_int_equal(rmdir(dir), 0);
    buf_free(&want_g);
    buf_free(&want_t);
    buf_free(&got_g);
    buf_free(&got_t);
    buf_free(&text);
    free(ms);
    free(sents);
    free(orig);
    graph_free(gr);
    gaz_free(&g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_num_matches_printf),
        cmocka_unit_test(test_u64_digits),
        cmocka_unit_test(test_digits_word),
        cmocka_unit_test(test_tsv_short_each_byte),
        cmocka_unit_test(test_mentions_rows_escapes),
        cmocka_unit_test(test_tsv_field_each_byte),
        cmocka_unit_test(test_num_memo_matches_formatter),
        cmocka_unit_test(test_memory_writer_and_table),
        cmocka_unit_test(test_names_doc_ids),
        cmocka_unit_test(test_names_by_entity_dense_or_sparse),
        cmocka_unit_test(test_writer_matches_stdio),
        cmocka_unit_test(test_put_block_in_order),
        cmocka_unit_test(test_tsv_escape_random),
        cmocka_unit_test(test_mentions_rows_shared_cache),
        cmocka_unit_test(test_mentions_rows_numbers),
        cmocka_unit_test(test_mentions_rows_outgrow_buffer),
        cmocka_unit_test(test_batch_all_or_nothing),
        cmocka_unit_test(test_graphml_escape_random),
        cmocka_unit_test(test_graphml_edges_tsv_together),
        cmocka_unit_test(test_count_runs),
        cmocka_unit_test(test_copy_over_each_length),
        cmocka_unit_test(test_row_max_bounds_rows),
        cmocka_unit_test(test_names_fields_table),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
