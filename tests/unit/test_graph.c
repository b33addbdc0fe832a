/* test_graph.c - the network builder: window kinds, weights, document counts,
 * Dice scores, evidence choice and snippets, min_weight, sorted output. Gazetteer
 * and documents are built by hand so only graph.c is under test. */
#include "testutil.h"

#include "testmatch.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "graph.h"
#include "out.h"
#include "util.h"

/* Entities: ids deliberately not in alphabetical index order, so sorting shows. */
static const char *ids[] = {"delta", "alpha", "charlie", "bravo", "echo"};
enum { D, A, C, B, E, N_ENTS };

/* A gazetteer of n people, entity i with id_of(i) as id and one alias. */
static void make_gaz_of(gaz *g, uint32_t n, void (*id_of)(uint32_t i, char id[16]))
{
    memset(g, 0, sizeof *g);
    g->n_ents = g->cap_ents = n;
    g->ents = xbig_alloc(n * sizeof *g->ents);
    g->n_aliases = g->cap_aliases = n;
    g->aliases = xbig_alloc(n * sizeof *g->aliases);
    for (uint32_t i = 0; i < n; i++) {
        char id[16];
        id_of(i, id);
        gaz_entity *e = &g->ents[i];
        e->id = gaz_strdup(g, id);
        e->type = gaz_strdup(g, "person");
        e->name = gaz_strdup(g, id);
        e->name[0] = (char)(e->name[0] - 'a' + 'A');
        e->bloc = gaz_strdup(g, "");
        e->country = gaz_strdup(g, "");
        e->note = gaz_strdup(g, "");
        e->first_alias = i;
        e->n_aliases = 1;
        g->aliases[i].entity = i;
        g->aliases[i].surface = gaz_strdup(g, e->name);
    }
}

static void small_id(uint32_t i, char id[16]) { snprintf(id, 16, "%s", ids[i]); }

static void make_gaz(gaz *g) { make_gaz_of(g, N_ENTS, small_id); }

/* The small gazetteer and an empty graph over it with sentence windows,
 * the start of most tests here. */
static graph *sentence_graph(gaz *g)
{
    make_gaz(g);
    graph_opts o = {.window = WINDOW_SENTENCE};
    return graph_new(g, NULL, &o);
}

/* A document assembled from sentences: a paragraph break before each
 * sentence flagged in `newpara`, one space otherwise (NULL: one paragraph). */
typedef struct {
    doc d;
    buf text;
} tdoc;

static void tdoc_init(tdoc *t, const char *path, const char *const *sents, const int *newpara, size_t n)
{
    memset(t, 0, sizeof *t);
    t->d.path = path;
    t->d.sent_orig = xcalloc(2 * n, sizeof *t->d.sent_orig);
    XGROW(t->d.sents.v, t->d.sents.cap, n);
    uint32_t para = 0;
    for (size_t i = 0; i < n; i++) {
        int brk = i && newpara && newpara[i];
        para += brk;
        buf_puts(&t->text, i == 0 ? "" : brk ? "\n\n" : " ");
        t->d.sent_orig[2 * i] = (uint32_t)t->text.len;
        buf_puts(&t->text, sents[i]);
        t->d.sent_orig[2 * i + 1] = (uint32_t)t->text.len;
        t->d.sents.v[i].para = para;
    }
    t->d.sents.n = n;
    t->d.bytes = t->text.data;
    t->d.len = t->text.len;
}

static void tdoc_mention(tdoc *t, uint32_t entity, uint32_t sentence, uint32_t token)
{
    XGROW(t->d.mentions.v, t->d.mentions.cap, t->d.mentions.n + 1);
    mention *m = &t->d.mentions.v[t->d.mentions.n++];
    memset(m, 0, sizeof *m);
    m->entity = entity;
    m->sentence = sentence;
    m->token = token;
    m->start = t->d.sent_orig[2 * sentence];
    m->end = m->start + 1;
}

static void tdoc_free(tdoc *t)
{
    free(t->d.sent_orig);
    free(t->d.sents.v);
    free(t->d.mentions.v);
    free(t->d.rels.v);
    buf_free(&t->text);
}

/* The edge's evidence snippet (NULL if none). */
static const char *snip(const graph *gr, const graph_edge *e)
{
    return graph_evidence_snippet(gr, &e->best).text;
}

static const graph_edge *find_edge(const graph *gr, uint32_t x, uint32_t y)
{
    for (size_t i = 0; i < graph_edge_count(gr); i++) {
        const graph_edge *e = graph_edge_at(gr, i);
        if (e->kind == EDGE_COOCCURRENCE && ((e->a == x && e->b == y) || (e->a == y && e->b == x)))
            return e;
    }
    return NULL;
}

static uint32_t weight_of(const graph *gr, uint32_t x, uint32_t y)
{
    const graph_edge *e = find_edge(gr, x, y);
    return e ? e->weight : 0;
}

/* The standard document: two paragraphs, four sentences.
 *   s0 (p0): A B A      tokens 0 2 9
 *   s1 (p0): C          token 12
 *   s2 (p1): A D        tokens 20 21
 *   s3 (p1): B          token 30 */
static void standard_doc(tdoc *t, const char *path)
{
    static const char *const s[] = {"Alpha saw Bravo and then Alpha left.", "Charlie waited.",
                                    "Alpha and Delta spoke.", "Bravo slept."};
    static const int np[] = {0, 0, 1, 0};
    tdoc_init(t, path, s, np, 4);
    tdoc_mention(t, A, 0, 0);
    tdoc_mention(t, B, 0, 2);
    tdoc_mention(t, A, 0, 9);
    tdoc_mention(t, C, 1, 12);
    tdoc_mention(t, A, 2, 20);
    tdoc_mention(t, D, 2, 21);
    tdoc_mention(t, B, 3, 30);
}

static graph *build(gaz *g, enum graph_window w, uint32_t tokens, uint32_t min_weight, int ndocs)
{
    graph_opts o = {.window = w, .window_tokens = tokens, .min_weight = min_weight};
    make_gaz(g);
    graph *gr = graph_new(g, NULL, &o);
    for (int i = 0; i < ndocs; i++) {
        tdoc t;
        standard_doc(&t, i == 0 ? "one.txt" : "two.txt");
        graph_add_doc(gr, &t.d);
        tdoc_free(&t);
    }
    graph_finish(gr);
    return gr;
}

static void test_sentence_window_counts_pairs_once(void **state)
{
    (void)state;
    gaz g;
    graph *gr = build(&g, WINDOW_SENTENCE, 0, 0, 1);
    assert_int_equal(graph_edge_count(gr), 2);
    assert_int_equal(weight_of(gr, A, B), 1); /* A twice in s0: still one window */
    assert_int_equal(weight_of(gr, A, D), 1);
    assert_int_equal(weight_of(gr, A, C), 0);
    assert_int_equal(weight_of(gr, B, D), 0);
    graph_free(gr);
    gaz_free(&g);
}

static void test_paragraph_window(void **state)
{
    (void)state;
    gaz g;
    graph *gr = build(&g, WINDOW_PARAGRAPH, 0, 0, 1);
    /* p0 {A,B,C}: AB AC BC; p1 {A,D,B}: AD AB BD */
    assert_int_equal(graph_edge_count(gr), 5);
    assert_int_equal(weight_of(gr, A, B), 2);
    assert_int_equal(weight_of(gr, A, C), 1);
    assert_int_equal(weight_of(gr, B, C), 1);
    assert_int_equal(weight_of(gr, B, D), 1);
    assert_int_equal(weight_of(gr, C, D), 0);
    graph_free(gr);
    gaz_free(&g);
}

static void test_document_window(void **state)
{
    (void)state;
    gaz g;
    graph *gr = build(&g, WINDOW_DOCUMENT, 0, 0, 2);
    assert_int_equal(graph_edge_count(gr), 6); /* all pairs of A B C D */
    assert_int_equal(weight_of(gr, A, B), 2);  /* once per document */
    assert_int_equal(weight_of(gr, C, D), 2);
    assert_int_equal(find_edge(gr, C, D)->documents, 2);
    graph_free(gr);
    gaz_free(&g);
}

static void test_token_window_counts_mention_pairs(void **state)
{
    (void)state;
    gaz g;
    graph *gr = build(&g, WINDOW_TOKENS, 3, 0, 1);
    /* within 3 tokens: (A0,B2) (A9,C12) (A20,D21); (B2,A9) is 7 apart */
    assert_int_equal(weight_of(gr, A, B), 1);
    assert_int_equal(weight_of(gr, A, C), 1);
    assert_int_equal(weight_of(gr, A, D), 1);
    assert_int_equal(graph_edge_count(gr), 3);
    graph_free(gr);
    gaz_free(&g);

    gr = build(&g, WINDOW_TOKENS, 10, 0, 1);
    /* mention pairs within 10 tokens: A0-B2 B2-A9 A20-B30 (A-B 3), B2-C12,
     * A9-C12 C12-A20 (A-C 2), C12-D21, A20-D21, D21-B30; A0-C12 is 12 apart */
    assert_int_equal(weight_of(gr, A, B), 3);
    assert_int_equal(weight_of(gr, A, C), 2);
    assert_int_equal(weight_of(gr, B, C), 1);
    assert_int_equal(weight_of(gr, C, D), 1);
    assert_int_equal(weight_of(gr, A, D), 1);
    assert_int_equal(weight_of(gr, B, D), 1); /* D21 B30 */
    graph_free(gr);
    gaz_free(&g);
}

/* Ids that share their first eight bytes or end inside them: node order is
 * strcmp order all the same, and edges follow it. */
static void test_node_order_long_common_prefixes(void **state)
{
    (void)state;
    gaz g;
    make_gaz(&g);
    g.ents[D].id = gaz_strdup(&g, "security-delta");
    g.ents[A].id = gaz_strdup(&g, "securityZ");
    g.ents[C].id = gaz_strdup(&g, "securit");
    g.ents[B].id = gaz_strdup(&g, "security");
    graph_opts o = {.window = WINDOW_DOCUMENT};
    graph *gr = graph_new(&g, NULL, &o);
    tdoc t;
    standard_doc(&t, "one.txt");
    graph_add_doc(gr, &t.d);
    tdoc_free(&t);
    graph_finish(gr);
    static const uint32_t want[] = {C, B, D, A};
    assert_int_equal(graph_node_count(gr), 4);
    for (size_t i = 0; i < 4; i++)
        assert_int_equal(graph_node_at(gr, i)->entity, want[i]);
    for (size_t i = 0; i < graph_edge_count(gr); i++) {
        const graph_edge *e = graph_edge_at(gr, i);
        assert_true(strcmp(g.ents[e->a].id, g.ents[e->b].id) < 0);
        if (i) {
            const graph_edge *p = graph_edge_at(gr, i - 1);
            int c = strcmp(g.ents[p->a].id, g.ents[e->a].id);
            assert_true(c < 0 || (c == 0 && strcmp(g.ents[p->b].id, g.ents[e->b].id) < 0));
        }
    }
    graph_free(gr);
    gaz_free(&g);
}

static void test_nodes_mentions_documents_and_score(void **state)
{
    (void)state;
    gaz g;
    graph *gr = sentence_graph(&g);
    tdoc t1, t2;
    standard_doc(&t1, "one.txt");
    graph_add_doc(gr, &t1.d);
    static const char *const s[] = {"Charlie met Bravo."};
    static const int np[] = {0};
    tdoc_init(&t2, "two.txt", s, np, 1);
    tdoc_mention(&t2, C, 0, 0);
    tdoc_mention(&t2, B, 0, 2);
    graph_add_doc(gr, &t2.d);
    graph_finish(gr);
    assert_int_equal(graph_doc_count(gr), 2);
    assert_int_equal(graph_node_count(gr), 4); /* echo never mentioned */
    assert_int_equal(graph_node_find(gr, E), -1);
    const graph_node *na = graph_node_at(gr, (size_t)graph_node_find(gr, A));
    const graph_node *nb = graph_node_at(gr, (size_t)graph_node_find(gr, B));
    const graph_node *nc = graph_node_at(gr, (size_t)graph_node_find(gr, C));
    assert_int_equal(na->mentions, 3);
    assert_int_equal(na->documents, 1);
    assert_int_equal(nb->mentions, 3);
    assert_int_equal(nb->documents, 2);
    assert_int_equal(nc->documents, 2);
    assert_int_equal(nc->mentions, 2);
    /* node weight = sum of incident edge weights: A-B 1 + A-D 1 */
    assert_true(na->weight == 2.0);
    /* Dice: B-C seen in 1 document; B in 2, C in 2 -> 2*1/4 */
    const graph_edge *bc = find_edge(gr, B, C);
    assert_non_null(bc);
    assert_true(graph_edge_score(gr, bc) == 0.5);
    assert_true(graph_edge_score(gr, find_edge(gr, A, B)) == 2.0 / 3.0);
    graph_free(gr);
    gaz_free(&g);
    tdoc_free(&t1);
    tdoc_free(&t2);
}

static void test_evidence_shortest_sentence_first_on_ties(void **state)
{
    (void)state;
    gaz g;
    graph *gr = sentence_graph(&g);
    static const char *const s[] = {"Alpha and Bravo talked for a long while.", "Alpha,\t Bravo\n met.",
                                    "Alpha  Bravo did go"};
    static const int np[] = {0, 0, 0};
    tdoc t;
    tdoc_init(&t, "ev.txt", s, np, 3);
    for (uint32_t i = 0; i < 3; i++) {
        tdoc_mention(&t, A, i, 10 * i);
        tdoc_mention(&t, B, i, 10 * i + 1);
    }
    graph_add_doc(gr, &t.d);
    graph_finish(gr);
    const graph_edge *e = find_edge(gr, A, B);
    assert_non_null(e);
    assert_int_equal(e->weight, 3);
    assert_int_equal(graph_edge_evidence_count(e), 3);
    /* s1 and s2 are both 19 bytes: the first one wins, whitespace collapsed */
    assert_string_equal(snip(gr, e), "Alpha, Bravo met.");
    assert_string_equal(graph_evidence_doc(gr, &e->best), "ev.txt");
    size_t id_len = 0;
    assert_string_equal(graph_doc_id(gr, e->best.doc - 1, &id_len), "ev.txt");
    assert_int_equal(id_len, 6); /* kept beside the id */
    assert_int_equal(e->best.start, t.d.sent_orig[2]);
    assert_int_equal(e->best.end, t.d.sent_orig[3]);
    graph_free(gr);
    gaz_free(&g);
    tdoc_free(&t);
}

/* Past XBIG_MIN bytes the per-document arrays move from the heap to a
 * mapping of their own and grow there (xbig_grow): every id and input
 * place is kept across the moves, and a merge adds a graph's to another's. */
static void test_many_documents_keep_their_ids(void **state)
{
    (void)state;
    gaz g;
    make_gaz(&g);
    graph_opts o = {.window = WINDOW_SENTENCE};
    graph *gr = graph_new(&g, NULL, &o), *other = graph_new(&g, NULL, &o);
    enum { N = 40000 }; /* 16 bytes of id each: 640 KB */
    for (uint32_t i = 0; i < N; i++) {
        char name[32];
        snprintf(name, sizeof name, "doc%u.txt", (unsigned)i);
        doc d = {0};
        d.path = name;
        d.ordinal = i;
        graph_add_doc(i % 4 == 3 ? other : gr, &d);
    }
    graph_merge(gr, other);
    graph_finish(gr);
    assert_int_equal(graph_doc_count(gr), N);
    size_t seen = 0;
    for (size_t i = 0; i < N; i++) {
        size_t len = 0;
        const char *id = graph_doc_id(gr, i, &len);
        unsigned k = 0;
        assert_int_equal(sscanf(id, "doc%u.txt", &k), 1);
        assert_int_equal(len, strlen(id));
        seen += k;
    }
    assert_int_equal(seen, (size_t)N * (N - 1) / 2); /* each once */
    graph_free(gr);
    gaz_free(&g);
}

/* Evidence replaced within its own document leaves no snippet behind: the
 * snippet store (a bump allocator) holds the snippet of the last win of
 * each edge, here the third sentence's for A-B and the second's for A-C,
 * latest first, each record a header, the text and a NUL, at a multiple
 * of GRAPH_SNIPPET_UNIT; the first sentence, A-B's evidence for a while,
 * is never copied (it would sit between them). */
static void test_replaced_evidence_makes_no_snippet(void **state)
{
    (void)state;
    gaz g;
    graph *gr = sentence_graph(&g);
    static const char *const s[] = {"Bravo saw Alpha at the long talks.", "Alpha met Charlie there.", "Alpha, Bravo."};
    tdoc t;
    tdoc_init(&t, "one.txt", s, NULL, 3);
    tdoc_mention(&t, B, 0, 0);
    tdoc_mention(&t, A, 0, 2);
    tdoc_mention(&t, A, 1, 8);
    tdoc_mention(&t, C, 1, 10);
    tdoc_mention(&t, A, 2, 12);
    tdoc_mention(&t, B, 2, 13);
    graph_add_doc(gr, &t.d);
    graph_finish(gr);
    const graph_edge *ab = find_edge(gr, A, B), *a_c = find_edge(gr, A, C);
    assert_non_null(ab);
    assert_non_null(a_c);
    assert_string_equal(snip(gr, ab), "Alpha, Bravo.");
    assert_string_equal(snip(gr, a_c), "Alpha met Charlie there.");
    assert_int_equal(ab->best.snippet, 1); /* the store's first record */
    graph_snippet x = graph_evidence_snippet(gr, &ab->best);
    size_t record = (2 + x.len + 1 + GRAPH_SNIPPET_UNIT - 1) / GRAPH_SNIPPET_UNIT * GRAPH_SNIPPET_UNIT;
    assert_ptr_equal(snip(gr, a_c), x.text + record);
    graph_free(gr);
    gaz_free(&g);
    tdoc_free(&t);
}

/* A graph that borrows paths names its documents by the documents' own
 * path pointers, through a merge too; one that does not keeps copies,
 * which outlive the documents. */
static void test_borrowed_paths_are_not_copied(void **state)
{
    (void)state;
    gaz g;
    make_gaz(&g);
    graph_opts o = {.window = WINDOW_SENTENCE};
    graph *lender = graph_new(&g, NULL, &o), *copier = graph_new(&g, NULL, &o), *gr = graph_new(&g, NULL, &o);
    graph_borrow_paths(lender);
    char one[] = "one.txt", two[] = "two.txt";
    tdoc t1, t2;
    standard_doc(&t1, one);
    standard_doc(&t2, two);
    t2.d.ordinal = 1;
    graph_add_doc(lender, &t1.d);
    graph_add_doc(copier, &t2.d);
    size_t len = 0;
    assert_ptr_equal(graph_doc_id(lender, 0, &len), one);
    assert_int_equal(len, 7);
    assert_ptr_not_equal(graph_doc_id(copier, 0, NULL), two);
    two[0] = 'X'; /* the copy does not see it */
    graph_merge(gr, lender);
    graph_merge(gr, copier);
    graph_finish(gr);
    assert_int_equal(graph_doc_count(gr), 2);
    int seen = 0;
    for (size_t i = 0; i < 2; i++) {
        const char *id = graph_doc_id(gr, i, NULL);
        if (id == one)
            seen |= 1;
        else if (strcmp(id, "two.txt") == 0)
            seen |= 2;
    }
    assert_int_equal(seen, 3);
    graph_free(gr);
    gaz_free(&g);
    tdoc_free(&t1);
    tdoc_free(&t2);
}

static void test_long_snippet_cut_at_character_boundary(void **state)
{
    (void)state;
    gaz g;
    graph *gr = sentence_graph(&g);
    buf longs = {0};
    buf_puts(&longs, "Alpha and Bravo ");
    while (longs.len < 700)
        buf_puts(&longs, "\xC3\xA9t\xC3\xA9 "); /* two-byte characters everywhere */
    buf_puts(&longs, "\xff end.");                /* invalid byte past the cut */
    const char *s[] = {longs.data};
    static const int np[] = {0};
    tdoc t;
    tdoc_init(&t, "long.txt", s, np, 1);
    tdoc_mention(&t, A, 0, 0);
    tdoc_mention(&t, B, 0, 2);
    graph_add_doc(gr, &t.d);
    graph_finish(gr);
    graph_snippet sn = graph_evidence_snippet(gr, &find_edge(gr, A, B)->best);
    assert_int_equal(sn.len, strlen(sn.text));
    size_t n = sn.len;
    assert_true(n >= 300 && n <= 310);
    assert_string_equal(sn.text + n - 3, "...");
    for (size_t i = 0; i < n - 3;) { /* valid UTF-8 up to the dots */
        size_t k = eg_utf8_len(sn.text + i, n - 3 - i);
        assert_true(k > 0);
        i += k;
    }
    graph_free(gr);
    gaz_free(&g);
    tdoc_free(&t);
    buf_free(&longs);
}

/* A snippet's text copied out of its graph, for the caller to free. */
typedef struct {
    char *text;
    uint32_t len;
    int plain;
} snippet_copy;

/* The evidence snippet of a one-sentence document whose text is `text`,
 * the sentence ending at byte `cut` (the whole text if 0). */
static snippet_copy evidence_cut(const char *text, uint32_t cut)
{
    gaz g;
    graph *gr = sentence_graph(&g);
    const char *s[] = {text};
    static const int np[] = {0};
    tdoc t;
    tdoc_init(&t, "cut.txt", s, np, 1);
    if (cut)
        t.d.sent_orig[1] = cut;
    tdoc_mention(&t, A, 0, 0);
    tdoc_mention(&t, B, 0, 1);
    graph_add_doc(gr, &t.d);
    graph_finish(gr);
    graph_snippet sn = graph_evidence_snippet(gr, &find_edge(gr, A, B)->best);
    snippet_copy ev = {xstrdup(sn.text), sn.len, sn.plain};
    graph_free(gr);
    gaz_free(&g);
    tdoc_free(&t);
    return ev;
}

static char *snippet_cut(const char *text, uint32_t cut)
{
    return evidence_cut(text, cut).text;
}

static char *snippet_of(const char *text) { return snippet_cut(text, 0); }

/* A sentence ends before the end of the document: the bytes after it never
 * get into its snippet, a space right before its end neither. */
static void test_snippet_stops_at_sentence_end(void **state)
{
    (void)state;
    const char *text = "Alpha met Bravo near the riverbank, then more words follow here at the end.";
    for (uint32_t cut = 1; cut < strlen(text); cut++) {
        char want[128];
        memcpy(want, text, cut);
        size_t wl = cut;
        while (wl > 0 && want[wl - 1] == ' ')
            wl--;
        want[wl] = '\0';
        char *got = snippet_cut(text, cut);
        assert_string_equal(got, want);
        free(got);
    }
}

/* The 300-byte limit is checked before each character, and a collapsed
 * space goes out with the character after it. */
static void test_snippet_limit_and_spaces(void **state)
{
    (void)state;
    char x299[300], x300[301];
    memset(x299, 'x', 299);
    x299[299] = '\0';
    memset(x300, 'x', 300);
    x300[300] = '\0';
    buf in = {0}, want = {0};
    buf_printf(&in, "%s yz and more", x299); /* the space is pending at 299: " y" still fits */
    buf_printf(&want, "%s y...", x299);
    char *got = snippet_of(in.data);
    assert_string_equal(got, want.data);
    free(got);
    buf_reset(&in);
    buf_reset(&want);
    buf_printf(&in, "%s  \t y", x300); /* full at 300: the rest is cut */
    buf_printf(&want, "%s...", x300);
    got = snippet_of(in.data);
    assert_string_equal(got, want.data);
    free(got);
    got = snippet_of("  Alpha \t and\n\nBravo   met.  "); /* runs collapse, ends trimmed */
    assert_string_equal(got, "Alpha and Bravo met.");
    free(got);
    /* Runs longer than a 16-byte block: control bytes below '\t' are copied,
     * a space before one too; double spaces, tabs and non-ASCII stop a run. */
    got = snippet_of("Alpha\x01"
                     "Bravo Charlie \x02"
                     "Delta  Echo\tFoxtrot Golf \xC3\xA9 Hotel India \xC3 Juliett.");
    assert_string_equal(got, "Alpha\x01"
                             "Bravo Charlie \x02"
                             "Delta Echo Foxtrot Golf \xC3\xA9 Hotel India \xEF\xBF\xBD Juliett.");
    free(got);
    buf_free(&in);
    buf_free(&want);
}

/* 1 if no byte of s is one that snippet_plain rejects. */
static int plain_text(const char *s)
{
    for (const unsigned char *c = (const unsigned char *)s; *c; c++)
        if (*c < 0x20 || strchr("\"&'<>\\", *c) || *c == 0xEF)
            return 0;
    return 1;
}

/* snippet_plain is set exactly when no byte of the snippet is one that TSV
 * or XML escaping changes (controls, " & ' < > and the backslash) or 0xEF
 * (which leads U+FFFE and U+FFFF): random sentences of such bytes, letters,
 * spaces and UTF-8 (invalid UTF-8 becomes U+FFFD, led by 0xEF), half of
 * them of plain pieces only (one in two of those ending in one piece that
 * is not), at lengths around the check's 16-byte loads.
 * A plain snippet comes out of the TSV escaper as it is. */
static void test_snippet_plain_flag(void **state)
{
    (void)state;
    static const char *const pieces[] = {"a", "Bc", " ",    "\xC3\xA9", "\xE2\x80\x99", "\"",           "&",   "'", "<",
                                         ">", "\\", "\x01", "\x1F",     "\xEF\xBC\x81", "\xEF\xBF\xBE", "\xC3"};
    unsigned seed = 7;
    int plain = 0;
    out_w w;
    out_w_init(&w, NULL, NULL, 64);
    for (int round = 0; round < 4000; round++) {
        buf text = {0};
        buf_puts(&text, "Alpha");
        seed = seed * 1103515245u + 12345u;
        for (unsigned k = 0, n = (seed >> 16) % 70; k < n; k++) {
            seed = seed * 1103515245u + 12345u;
            unsigned of = round % 2 ? sizeof pieces / sizeof pieces[0] : 5;
            buf_puts(&text, pieces[(seed >> 16) % of]);
        }
        if (round % 4 == 2) /* plain but for one piece at the end */
            buf_puts(&text, pieces[5 + (seed >> 20) % (sizeof pieces / sizeof pieces[0] - 5)]);
        snippet_copy ev = evidence_cut(text.data, 0);
        int want = plain_text(ev.text);
        assert_int_equal(ev.len, strlen(ev.text));
        assert_int_equal(ev.plain, want);
        if (want) {
            w.p = w.start;
            out_w_tsv(&w, ev.text, ev.len);
            assert_int_equal(w.p - w.start, ev.len);
            assert_memory_equal(w.start, ev.text, ev.len);
        }
        plain += want;
        free(ev.text);
        buf_free(&text);
    }
    assert_true(plain > 500 && plain < 1500);
    out_w_done(&w);
}

/* make_snippet's rule, character by character: each character that is not
 * whitespace, with one space before it if whitespace came between it and
 * the one before (none first), while fewer than 300 bytes are out; invalid
 * UTF-8 becomes U+FFFD, and "..." marks a cut before a character. */
static size_t snippet_reference(const char *text, size_t n, char *out)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t len = 0, i = 0;
    for (;;) {
        size_t gap = i;
        while (i < n && (s[i] == ' ' || (s[i] >= '\t' && s[i] <= '\r')))
            i++;
        if (i == n)
            break; /* whitespace at the end: no cut */
        if (len >= 300) {
            strcpy(out + len, "...");
            return len + 3;
        }
        if (i > gap && len > 0)
            out[len++] = ' ';
        size_t k = s[i] < 0x80 ? 1 : eg_utf8_len(s + i, n - i);
        const char *ch = k ? (const char *)s + i : "\xEF\xBF\xBD";
        memcpy(out + len, ch, k ? k : 3);
        len += k ? k : 3;
        i += k ? k : 1;
    }
    out[len] = '\0';
    return len;
}

/* Snippets of random sentences (letters, single and double spaces, tabs
 * and line breaks, control bytes, UTF-8 and invalid bytes, in runs long
 * and short) cut at random places inside longer texts: as the byte by byte
 * rule makes them, whichever vector loop (16 or 32 bytes) reads them. */
static void test_snippet_matches_reference(void **state)
{
    (void)state;
    static const char *const pieces[] = {
        "a",        "Bravo",        "x.",   " ",    " ",
        " ",        "  ",           "\t",   "\n\n", "\x01",
        "\xC3\xA9", "\xE2\x80\x94", "\xC3", "\xFF", "abcdefghijklmnopqrstuvwxyz0123456789"};
    unsigned seed = 11;
    for (int round = 0; round < 3000; round++) {
        buf text = {0};
        seed = seed * 1103515245u + 12345u;
        for (unsigned k = 0, n = (seed >> 16) % 60 + 1; k < n; k++) {
            seed = seed * 1103515245u + 12345u;
            buf_puts(&text, pieces[(seed >> 16) % (sizeof pieces / sizeof pieces[0])]);
        }
        seed = seed * 1103515245u + 12345u;
        uint32_t cut = (uint32_t)(1 + (seed >> 16) % text.len);
        char want[400];
        snippet_reference(text.data, cut, want);
        snippet_copy ev = evidence_cut(text.data, cut);
        assert_string_equal(ev.text, want);
        free(ev.text);
        buf_free(&text);
    }
}

/* Sentences that are one run of single-spaced ASCII words (make_snippet
 * copies those in one pass), of each length up to the 300-byte limit and
 * one past it, with more text after them: the bytes right after the
 * sentence (a byte the plain flag rejects, a double space, a tab, a control
 * byte, non-ASCII) change neither the snippet nor its flag; a rejected byte
 * inside it clears the flag wherever it is; a space at its end is trimmed. */
static void test_snippet_one_run(void **state)
{
    (void)state;
    static const char *const after[] = {"&", "  x", "\t", "\x01", "\xC3\xA9", " <", "\"", "x"};
    static const char words[] = "Alpha met Bravo, near the river; ";
    for (size_t n = 1; n <= 301; n++)
        for (size_t k = 0; k < sizeof after / sizeof after[0]; k++)
            for (int mark = 0; mark < 2; mark++) {
                buf text = {0};
                for (size_t i = 0; i < n; i++)
                    buf_putc(&text, words[i % (sizeof words - 1)]);
                if (mark) /* a rejected byte somewhere in the sentence, not over a space */
                    text.data[(n * 7 + k) % n] = text.data[(n * 7 + k) % n] == ' ' ? ' ' : "&<>\"'\\"[k % 6];
                buf_puts(&text, after[k]);
                buf_puts(&text, "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz");
                char want[400];
                snippet_reference(text.data, n, want);
                snippet_copy ev = evidence_cut(text.data, (uint32_t)n);
                assert_string_equal(ev.text, want);
                assert_int_equal(ev.len, strlen(want));
                assert_int_equal(ev.plain, plain_text(want));
                free(ev.text);
                buf_free(&text);
            }
}

/* The plain flag of a snippet that holds one given character in a run of
 * letters, at a given place: it must agree with the snippet's bytes. */
static void check_plain_with(const char *ch, size_t at)
{
    char text[128];
    size_t n = strlen(ch);
    memset(text, 'a', at);
    memcpy(text + at, ch, n);
    memcpy(text + at + n, "bcd", 4);
    snippet_copy ev = evidence_cut(text, 0);
    assert_int_equal(ev.plain, plain_text(ev.text));
    free(ev.text);
}

/* Every ASCII byte and every two-byte character, and three- and four-byte
 * ones with each lead byte, decide the plain flag right, at each place of
 * the 32- and 16-byte loads of its check (the AVX2 check classifies a byte
 * by its two nibbles: each one of them comes by). */
static void test_snippet_plain_every_byte(void **state)
{
    (void)state;
    char ch[5] = {0};
    for (int c = 1; c < 0x80; c++)
        for (size_t at = 1; at < 70; at += 3) {
            ch[0] = (char)c;
            check_plain_with(ch, at);
        }
    for (int lead = 0xC2; lead <= 0xDF; lead++)
        for (int next = 0x80; next <= 0xBF; next++) {
            ch[0] = (char)lead, ch[1] = (char)next;
            check_plain_with(ch, 1 + (size_t)(lead + next) % 64);
        }
    ch[2] = 0;
    static const char *const wide[] = {"\xE0\xA4\x85",     "\xE1\x80\x80",     "\xE2\x80\x94",     "\xE3\x81\x82",
                                       "\xE4\xB8\x80",     "\xE5\x9B\xBD",     "\xE6\x97\xA5",     "\xE7\x8C\xAB",
                                       "\xE8\xAA\x9E",     "\xE9\x9F\xB3",     "\xEA\xB0\x80",     "\xEB\x8B\xA4",
                                       "\xEC\x9D\xB4",     "\xED\x9F\xBF",     "\xEE\x80\x80",     "\xEF\xBC\x81",
                                       "\xF0\x9F\x98\x80", "\xF1\x80\x80\x80", "\xF3\xBF\xBF\xBF", "\xF4\x8F\xBF\xBF"};
    for (size_t k = 0; k < sizeof wide / sizeof wide[0]; k++)
        for (size_t at = 1; at < 70; at += 5)
            check_plain_with(wide[k], at);
}

static void test_invalid_utf8_in_snippet_replaced(void **state)
{
    (void)state;
    gaz g;
    make_gaz(&g);
    graph *gr = graph_new(&g, NULL, NULL);
    static const char *const s[] = {"Alpha \xC3 Bravo."};
    static const int np[] = {0};
    tdoc t;
    tdoc_init(&t, "bad.txt", s, np, 1);
    tdoc_mention(&t, A, 0, 0);
    tdoc_mention(&t, B, 0, 2);
    graph_add_doc(gr, &t.d);
    graph_finish(gr);
    assert_string_equal(snip(gr, find_edge(gr, A, B)), "Alpha \xEF\xBF\xBD Bravo.");
    graph_free(gr);
    gaz_free(&g);
    tdoc_free(&t);
}

static void test_min_weight_drops_weak_cooccurrence(void **state)
{
    (void)state;
    gaz g;
    graph *gr = build(&g, WINDOW_PARAGRAPH, 0, 2, 1);
    assert_int_equal(graph_edge_count(gr), 1); /* only A-B reached 2 */
    assert_int_equal(weight_of(gr, A, B), 2);
    /* node weights count only what survived */
    assert_true(graph_node_at(gr, (size_t)graph_node_find(gr, C))->weight == 0.0);
    graph_free(gr);
    gaz_free(&g);
}

static void test_sorted_by_id_and_deterministic(void **state)
{
    (void)state;
    gaz g1, g2;
    graph *x = build(&g1, WINDOW_DOCUMENT, 0, 0, 2);
    graph *y = build(&g2, WINDOW_DOCUMENT, 0, 0, 2);
    for (size_t i = 1; i < graph_node_count(x); i++)
        assert_true(strcmp(g1.ents[graph_node_at(x, i - 1)->entity].id,
                           g1.ents[graph_node_at(x, i)->entity].id) < 0);
    assert_string_equal(g1.ents[graph_node_at(x, 0)->entity].id, "alpha");
    for (size_t i = 0; i < graph_edge_count(x); i++) {
        const graph_edge *e = graph_edge_at(x, i), *f = graph_edge_at(y, i);
        assert_true(strcmp(g1.ents[e->a].id, g1.ents[e->b].id) < 0); /* undirected: a < b by id */
        if (i) {
            const graph_edge *p = graph_edge_at(x, i - 1);
            int c = strcmp(g1.ents[p->a].id, g1.ents[e->a].id);
            assert_true(c < 0 || (c == 0 && strcmp(g1.ents[p->b].id, g1.ents[e->b].id) < 0));
        }
        assert_int_equal(e->a, f->a);
        assert_int_equal(e->b, f->b);
        assert_int_equal(e->weight, f->weight);
        assert_string_equal(snip(x, e), snip(y, f));
    }
    graph_free(x);
    graph_free(y);
    gaz_free(&g1);
    gaz_free(&g2);
    graph_free(NULL);
}

static uint32_t relation_index(const rel_lexicon *lx, const char *name)
{
    for (uint32_t i = 0; i < rel_count(lx); i++)
        if (strcmp(rel_get(lx, i)->name, name) == 0)
            return i;
    fail_msg("relation %s not in the test lexicon", name);
    return 0;
}

static void add_rel(tdoc *t, uint32_t a, uint32_t b, uint32_t relation, int negated, int hypothetical)
{
    XGROW(t->d.rels.v, t->d.rels.cap, t->d.rels.n + 1);
    stated_rel *r = &t->d.rels.v[t->d.rels.n++];
    memset(r, 0, sizeof *r);
    r->a = a;
    r->b = b;
    r->relation = relation;
    r->negated = (int8_t)negated;
    r->hypothetical = (int8_t)hypothetical;
}

/* The relation lexicon of text; the test fails if it does not load. */
static rel_lexicon *test_lexicon(const char *text)
{
    rel_lexicon *lx = NULL;
    eg_err e;
    assert_int_equal(tm_rel_load_text(&lx, text, &e), 0);
    return lx;
}

/* A statement's own symmetric flag does not make its edge undirected: the
 * relation's direction decides, so every statement of an edge agrees, and
 * partial graphs merged in either order give the same edge. */
static void test_stated_direction_from_relation(void **state)
{
    (void)state;
    rel_lexicon *lx = test_lexicon("trigger\trelation\tquadclass\tgoldstein\tdirection\n"
                                   "attacks|attacked\tattack\t4\t-10\tab\n");
    uint32_t attack = relation_index(lx, "attack");
    gaz g;
    make_gaz(&g);
    static const char *const s[] = {"Alpha attacked Bravo."};
    static const int np[] = {0};
    tdoc t[2];
    for (int k = 0; k < 2; k++) {
        tdoc_init(&t[k], k ? "two.txt" : "one.txt", s, np, 1);
        tdoc_mention(&t[k], A, 0, 0);
        tdoc_mention(&t[k], B, 0, 2);
        add_rel(&t[k], A, B, attack, 0, 0);
        t[k].d.rels.v[0].symmetric = (int8_t)k; /* the second statement says "symmetric" */
    }
    for (int order = 0; order < 3; order++) {
        graph *gr = graph_new(&g, lx, NULL);
        if (order == 0) { /* one graph, in input order */
            graph_add_doc(gr, &t[0].d);
            graph_add_doc(gr, &t[1].d);
        } else { /* two partials, merged into the one or the other */
            graph *other = graph_new(&g, lx, NULL);
            graph_add_doc(order == 1 ? gr : other, &t[0].d);
            graph_add_doc(order == 1 ? other : gr, &t[1].d);
            graph_merge(gr, other);
        }
        graph_finish(gr);
        size_t stated = 0;
        for (size_t i = 0; i < graph_edge_count(gr); i++) {
            const graph_edge *ed = graph_edge_at(gr, i);
            if (ed->kind != EDGE_STATED)
                continue;
            stated++;
            assert_true(ed->directed);
            assert_int_equal(ed->a, A);
            assert_int_equal(ed->b, B);
            assert_int_equal(ed->weight, 2);
        }
        assert_int_equal(stated, 1);
        graph_free(gr);
    }
    for (int k = 0; k < 2; k++)
        tdoc_free(&t[k]);
    gaz_free(&g);
    rel_free(lx);
}

static void test_stated_edges(void **state)
{
    (void)state;
    rel_lexicon *lx = test_lexicon("trigger\trelation\tquadclass\tgoldstein\tdirection\n"
                                   "attacks|attacked\tattack\t4\t-10\tab\n"
                                   "meets|met\tconsult\t1\t1.0\tsym\n");
    uint32_t attack = relation_index(lx, "attack"), consult = relation_index(lx, "consult");

    gaz g;
    make_gaz(&g);
    graph_opts o = {.window = WINDOW_SENTENCE, .min_weight = 5}; /* min_weight spares stated edges */
    graph *gr = graph_new(&g, lx, &o);
    static const char *const s[] = {"Bravo attacked Alpha.", "Alpha and Bravo met."};
    static const int np[] = {0, 0};
    tdoc t;
    tdoc_init(&t, "rel.txt", s, np, 2);
    tdoc_mention(&t, B, 0, 0);
    tdoc_mention(&t, A, 0, 2);
    tdoc_mention(&t, A, 1, 3);
    tdoc_mention(&t, B, 1, 5);
    add_rel(&t, B, A, attack, 0, 0);
    add_rel(&t, B, A, attack, 1, 0); /* "did not attack": counted apart */
    add_rel(&t, A, B, attack, 0, 1); /* the other direction, hypothetical */
    add_rel(&t, B, A, consult, 0, 0);
    add_rel(&t, A, B, consult, 0, 0);
    t.d.rels.v[0].sentence = t.d.rels.v[1].sentence = t.d.rels.v[2].sentence = 0;
    t.d.rels.v[3].sentence = t.d.rels.v[4].sentence = 1;
    graph_add_doc(gr, &t.d);
    graph_finish(gr);

    /* sorted: (alpha,bravo,attack) (alpha,bravo,consult) (bravo,alpha,attack);
     * the co-occurrence edges fell below min_weight */
    assert_int_equal(graph_edge_count(gr), 3);
    const graph_edge *ab = graph_edge_at(gr, 0), *sym = graph_edge_at(gr, 1), *ba = graph_edge_at(gr, 2);
    assert_int_equal(ab->a, A);
    assert_int_equal(ab->b, B);
    assert_int_equal(ab->relation, (int32_t)attack);
    assert_true(ab->directed);
    assert_int_equal(ab->weight, 1);
    assert_int_equal(ab->hypothetical, 1);
    assert_int_equal(ab->polarity, -1);
    assert_int_equal(ab->quadclass, 4);

    assert_int_equal(sym->relation, (int32_t)consult);
    assert_false(sym->directed);
    assert_int_equal(sym->weight, 2); /* both orders of a symmetric relation are one edge */
    assert_int_equal(sym->polarity, 1);
    assert_string_equal(snip(gr, sym), "Alpha and Bravo met.");

    assert_int_equal(ba->a, B);
    assert_int_equal(ba->b, A);
    assert_int_equal(ba->weight, 1);
    assert_int_equal(ba->negated, 1);
    assert_int_equal(ba->documents, 1);
    assert_true(graph_edge_goldstein(gr, ba) < -9.9);
    assert_true(graph_edge_goldstein(gr, sym) == 1.0);
    graph_edge cooc = {.kind = EDGE_COOCCURRENCE, .relation = -1};
    assert_true(graph_edge_goldstein(gr, &cooc) == 0.0);
    graph_free(gr);
    gaz_free(&g);
    tdoc_free(&t);
    rel_free(lx);
}

static void test_empty_graph(void **state)
{
    (void)state;
    gaz g;
    make_gaz(&g);
    graph *gr = graph_new(&g, NULL, NULL);
    graph_finish(gr);
    assert_int_equal(graph_node_count(gr), 0);
    assert_int_equal(graph_edge_count(gr), 0);
    graph_free(gr);
    gaz_free(&g);
}

/* Documents for the merge test: ties in evidence length across documents
 * ("Alpha met Bravo." and "Bravo met Alpha." are equally long), repeated
 * pairs, and entities seen in one document only. */
static void merge_doc(tdoc *t, int k)
{
    static const char *const texts[][2] = {
        {"Alpha met Bravo.", "Charlie and Alpha talked at length."},
        {"Bravo met Alpha.", "Delta joined Charlie."},
        {"Alpha, Bravo and Charlie signed.", "Echo saw Delta."},
        {"Charlie met Alpha.", "Bravo met Delta."},
    };
    static const uint32_t ents[][2][3] = {
        {{A, B, N_ENTS}, {C, A, N_ENTS}},
        {{B, A, N_ENTS}, {D, C, N_ENTS}},
        {{A, B, C}, {E, D, N_ENTS}},
        {{C, A, N_ENTS}, {B, D, N_ENTS}},
    };
    static const char *const paths[] = {"d0.txt", "d1.txt", "d2.txt", "d3.txt"};
    static const int np[] = {0, 1};
    tdoc_init(t, paths[k], texts[k], np, 2);
    t->d.ordinal = (uint32_t)k;
    for (uint32_t s = 0; s < 2; s++)
        for (int j = 0; j < 3 && ents[k][s][j] != N_ENTS; j++)
            tdoc_mention(t, ents[k][s][j], s, 10 * s + (uint32_t)j);
}

/* Adds the documents whose bit in `mask` is `side`, in ordinal order. */
static void add_docs(graph *gr, unsigned mask, unsigned side)
{
    for (int k = 0; k < 4; k++) {
        if (((mask >> k) & 1u) != side)
            continue;
        tdoc t;
        merge_doc(&t, k);
        graph_add_doc(gr, &t.d);
        tdoc_free(&t);
    }
}

/* Every node and edge of gr equals whole's, in the same order. */
static void assert_same_graph(const graph *gr, const graph *whole)
{
    assert_int_equal(graph_node_count(gr), graph_node_count(whole));
    for (size_t i = 0; i < graph_node_count(gr); i++) {
        const graph_node *x = graph_node_at(gr, i), *y = graph_node_at(whole, i);
        assert_int_equal(x->entity, y->entity);
        assert_int_equal(x->mentions, y->mentions);
        assert_int_equal(x->documents, y->documents);
        assert_true(x->weight == y->weight);
    }
    assert_int_equal(graph_edge_count(gr), graph_edge_count(whole));
    for (size_t i = 0; i < graph_edge_count(gr); i++) {
        const graph_edge *x = graph_edge_at(gr, i), *y = graph_edge_at(whole, i);
        assert_int_equal(x->a, y->a);
        assert_int_equal(x->b, y->b);
        assert_int_equal(x->weight, y->weight);
        assert_int_equal(x->documents, y->documents);
        assert_int_equal(graph_edge_evidence_count(x), graph_edge_evidence_count(y));
        assert_true(graph_edge_score(gr, x) == graph_edge_score(whole, y));
        assert_string_equal(graph_evidence_doc(gr, &x->best), graph_evidence_doc(whole, &y->best));
        assert_int_equal(x->best.start, y->best.start);
        assert_string_equal(snip(gr, x), snip(whole, y));
    }
}

static void test_merged_partials_equal_one_graph(void **state)
{
    (void)state;
    gaz g;
    make_gaz(&g);
    graph_opts o = {.window = WINDOW_PARAGRAPH};
    graph *whole = graph_new(&g, NULL, &o);
    add_docs(whole, 0, 0);
    graph_finish(whole);
    for (unsigned mask = 0; mask < 16; mask++) {
        graph *gr = graph_new(&g, NULL, &o), *p0 = graph_new(&g, NULL, &o), *p1 = graph_new(&g, NULL, &o);
        add_docs(p0, mask, 0);
        add_docs(p1, mask, 1);
        /* merge order must not matter either */
        graph_merge(gr, mask & 1 ? p1 : p0);
        graph_merge(gr, mask & 1 ? p0 : p1);
        graph_finish(gr);
        assert_int_equal(graph_doc_count(gr), 4);
        assert_same_graph(gr, whole);
        graph_free(gr);
    }
    /* One partial per document, merged in every rotation, some sealed
     * before: sealed graphs merged into a sealed graph again and again. */
    for (int rot = 0; rot < 4; rot++) {
        graph *gr = graph_new(&g, NULL, &o);
        for (int k = 0; k < 4; k++) {
            int doc_k = (rot + k) % 4;
            graph *p = graph_new(&g, NULL, &o);
            add_docs(p, ~(1u << doc_k) & 15u, 0);
            if ((rot + k) % 2)
                graph_seal(p);
            graph_merge(gr, p);
        }
        graph_finish(gr);
        assert_same_graph(gr, whole);
        graph_free(gr);
    }
    /* The tie: A-B is said in d0 and d1 with sentences of equal length; the
     * earlier document wins whichever partial held it. */
    const graph_edge *ab = find_edge(whole, A, B);
    assert_non_null(ab);
    assert_string_equal(graph_evidence_doc(whole, &ab->best), "d0.txt");
    graph_free(whole);
    gaz_free(&g);
}

/* Node weights are summed as partial graphs are sealed and merged; with a
 * minimum weight, graph_finish sums them again over the edges it keeps:
 * the merged graph still equals the one built whole. */
static void test_merged_partials_min_weight(void **state)
{
    (void)state;
    gaz g;
    make_gaz(&g);
    graph_opts o = {.window = WINDOW_PARAGRAPH, .min_weight = 2};
    graph *whole = graph_new(&g, NULL, &o);
    add_docs(whole, 0, 0);
    graph_finish(whole);
    const graph_node *c = graph_node_at(whole, (size_t)graph_node_find(whole, C));
    assert_true(c->weight == 3.0); /* A-C 3 kept; B-C 1 and C-D 1 dropped */
    for (unsigned mask = 1; mask < 15; mask++) {
        graph *gr = graph_new(&g, NULL, &o), *p = graph_new(&g, NULL, &o);
        add_docs(gr, mask, 0);
        add_docs(p, mask, 1);
        graph_merge(gr, p);
        graph_finish(gr);
        assert_same_graph(gr, whole);
        graph_free(gr);
    }
    graph_free(whole);
    gaz_free(&g);
}

/* Ids that sort in another order than their indexes ("e" + a scrambled
 * number). */
static void scrambled_id(uint32_t i, char id[16]) { snprintf(id, 16, "e%03u", (i * 37 + 11) % 1000); }

/* Random document k: three sentences of random lengths (equal lengths
 * happen, so evidence ties do) with two to five random mentions each. */
static void random_doc(tdoc *t, char paths[][16], int k, unsigned *seed, uint32_t n_ents)
{
    char texts[3][64];
    const char *sents[3];
    static const int np[] = {0, 0, 1};
    for (int s = 0; s < 3; s++) {
        int len = 8 + (int)(rand_r(seed) % 24);
        memset(texts[s], 'a' + s, (size_t)len);
        texts[s][len] = '.';
        texts[s][len + 1] = '\0';
        sents[s] = texts[s];
    }
    snprintf(paths[k], 16, "r%03d.txt", k);
    tdoc_init(t, paths[k], sents, np, 3);
    t->d.ordinal = (uint32_t)k;
    for (uint32_t s = 0; s < 3; s++) {
        int m = 2 + (int)(rand_r(seed) % 4);
        for (int j = 0; j < m; j++)
            tdoc_mention(t, (uint32_t)rand_r(seed) % n_ents, s, 10 * s + (uint32_t)j);
    }
}

/* Merges of partial graphs big enough that both halves of the edge merge
 * hold many edges, with pairs in both partials on both sides of the cut:
 * random documents over 40 entities, split at random, merged in either
 * order, equal the graph of all documents. */
static void test_merge_random_splits(void **state)
{
    (void)state;
    enum { N_DOCS = 60, N_BIG = 40 };
    gaz g;
    make_gaz_of(&g, N_BIG, scrambled_id);
    graph_opts o = {.window = WINDOW_SENTENCE};
    char paths[N_DOCS][16];
    for (unsigned round = 0; round < 20; round++) {
        graph *whole = graph_new(&g, NULL, &o), *gr = graph_new(&g, NULL, &o);
        graph *part[2] = {graph_new(&g, NULL, &o), graph_new(&g, NULL, &o)};
        unsigned seed = 1000 + round, split = round * 2654435761u;
        for (int k = 0; k < N_DOCS; k++) {
            tdoc t;
            random_doc(&t, paths, k, &seed, N_BIG);
            graph_add_doc(whole, &t.d);
            split = split * 1103515245u + 12345u;
            graph_add_doc(part[(split >> 16) & 1], &t.d);
            tdoc_free(&t);
        }
        graph_finish(whole);
        assert_true(graph_edge_count(whole) > 200);
        graph_merge(gr, part[round & 1]);
        graph_merge(gr, part[!(round & 1)]);
        graph_finish(gr);
        assert_same_graph(gr, whole);
        graph_free(gr);
        graph_free(whole);
    }
    gaz_free(&g);
}

/* A partial big enough that its edges and edge index leave the heap for
 * mappings of their own, whose nodes are sorted in the index's pages,
 * merged with one that has nodes and no edge (its keys on the heap), in
 * either order: equal to the graph of both documents, nodes in id order,
 * each entity's node found again, edges in id order. */
static void test_big_partial_sorted_in_place(void **state)
{
    (void)state;
    enum { N_BIG = 200, N_SOLO = 150 };
    gaz g;
    make_gaz_of(&g, N_BIG, scrambled_id);
    graph_opts o = {.window = WINDOW_SENTENCE};
    static const char *const one[] = {"All of them met."};
    static const int np_one[] = {0};
    const char *solo[N_SOLO];
    int np_solo[N_SOLO] = {0};
    for (int i = 0; i < N_SOLO; i++)
        solo[i] = "Alone.";
    tdoc big, lone;
    tdoc_init(&big, "big.txt", one, np_one, 1);
    for (uint32_t i = 0; i < N_BIG; i++)
        tdoc_mention(&big, i * 7 % N_BIG, 0, i);
    tdoc_init(&lone, "solo.txt", solo, np_solo, N_SOLO);
    lone.d.ordinal = 1;
    for (uint32_t i = 0; i < N_SOLO; i++)
        tdoc_mention(&lone, i * 3 % N_BIG, i, i);
    graph *whole = graph_new(&g, NULL, &o);
    graph_add_doc(whole, &big.d);
    graph_add_doc(whole, &lone.d);
    graph_finish(whole);
    assert_int_equal(graph_edge_count(whole), N_BIG * (N_BIG - 1) / 2);
    /* Its ~20k edges are permuted in ten blocks (permute_edges): in
     * strictly increasing (source id, target id) order, each pair once. */
    for (size_t i = 1; i < graph_edge_count(whole); i++) {
        const graph_edge *x = graph_edge_at(whole, i - 1), *y = graph_edge_at(whole, i);
        int c = strcmp(g.ents[x->a].id, g.ents[y->a].id);
        assert_true(c < 0 || (c == 0 && strcmp(g.ents[x->b].id, g.ents[y->b].id) < 0));
    }
    for (int order = 0; order < 2; order++) {
        graph *gr = graph_new(&g, NULL, &o), *p_big = graph_new(&g, NULL, &o), *p_lone = graph_new(&g, NULL, &o);
        graph_add_doc(p_big, &big.d);
        graph_add_doc(p_lone, &lone.d);
        graph_merge(gr, order ? p_big : p_lone);
        graph_merge(gr, order ? p_lone : p_big);
        graph_finish(gr);
        assert_same_graph(gr, whole);
        assert_int_equal(graph_node_count(gr), N_BIG);
        for (size_t i = 0; i < graph_node_count(gr); i++) {
            uint32_t e = graph_node_at(gr, i)->entity;
            assert_int_equal(graph_node_find(gr, e), (long)i);
            if (i)
                assert_true(strcmp(g.ents[graph_node_at(gr, i - 1)->entity].id, g.ents[e].id) < 0);
        }
        graph_free(gr);
    }
    graph_free(whole);
    tdoc_free(&big);
    tdoc_free(&lone);
    gaz_free(&g);
}

/* Ids of three kinds in scrambled order: most share their first eight
 * bytes (the sort's number key ties, strcmp decides), some are shorter. */
static void shared_head_id(uint32_t i, char id[16])
{
    uint32_t k = (i * 389 + 7) % 1000;
    if (i % 5 == 0)
        snprintf(id, 16, "same%03u", k);
    else
        snprintf(id, 16, i % 3 ? "samehead%03u" : "sameheadX%03u", k);
}

/* Several hundred nodes: the node sort's insertion runs and all its merge
 * passes (an odd count: a last run of its own). Nodes come out in strcmp
 * order of their ids and graph_node_find agrees; fails if a merge drops,
 * repeats or misorders a key. */
static void test_node_sort_many_shared_heads(void **state)
{
    (void)state;
    enum { N_IDS = 613 };
    gaz g;
    make_gaz_of(&g, N_IDS, shared_head_id);
    graph_opts o = {.window = WINDOW_SENTENCE};
    const char *sents[N_IDS];
    int np[N_IDS] = {0};
    for (int i = 0; i < N_IDS; i++)
        sents[i] = "Alone.";
    tdoc t;
    tdoc_init(&t, "many.txt", sents, np, N_IDS);
    for (uint32_t i = 0; i < N_IDS; i++)
        tdoc_mention(&t, (i * 101 + 3) % N_IDS, i, i);
    graph *gr = graph_new(&g, NULL, &o);
    graph_add_doc(gr, &t.d);
    graph_finish(gr);
    assert_int_equal(graph_node_count(gr), N_IDS);
    for (size_t i = 0; i < graph_node_count(gr); i++) {
        uint32_t e = graph_node_at(gr, i)->entity;
        assert_int_equal(graph_node_find(gr, e), (long)i);
        if (i)
            assert_true(strcmp(g.ents[graph_node_at(gr, i - 1)->entity].id, g.ents[e].id) < 0);
    }
    graph_free(gr);
    tdoc_free(&t);
    gaz_free(&g);
}

/* Two partial graphs whose nodes are partly in both (twins) and partly in
 * one only, with ids that tie on their first eight bytes or not: merged in
 * either order, the nodes are in strcmp order, each once, as the whole
 * graph has them. Fails if graph_merge's node order goes wrong when the
 * ids' heads decide (or tie). */
static void paired_head_id(uint32_t i, char id[16])
{
    snprintf(id, 16, "%03u_tail%c", (i / 2 * 389 + 7) % 1000, i % 2 ? 'b' : 'a'); /* i, i ^ 1: one head */
}

static void test_merge_nodes_by_id_heads(void **state)
{
    (void)state;
    enum { N_IDS = 301 };
    gaz g;
    make_gaz_of(&g, N_IDS, paired_head_id);
    graph_opts o = {.window = WINDOW_SENTENCE};
    const char *sents[N_IDS];
    int np[N_IDS] = {0};
    for (int i = 0; i < N_IDS; i++)
        sents[i] = "Alone.";
    tdoc part[2];
    for (int p = 0; p < 2; p++) {
        tdoc_init(&part[p], p ? "b.txt" : "a.txt", sents, np, N_IDS);
        part[p].d.ordinal = (uint32_t)p;
        for (uint32_t i = 0; i < N_IDS; i++)
            if (p ? i % 2 == 0 : i % 3 != 0)
                tdoc_mention(&part[p], (i * 10 + 1) % N_IDS, i, i); /* 10: prime to 301 */
    }
    graph *whole = graph_new(&g, NULL, &o);
    graph_add_doc(whole, &part[0].d);
    graph_add_doc(whole, &part[1].d);
    graph_finish(whole);
    for (int order = 0; order < 2; order++) {
        graph *gr = graph_new(&g, NULL, &o), *p0 = graph_new(&g, NULL, &o), *p1 = graph_new(&g, NULL, &o);
        graph_add_doc(p0, &part[0].d);
        graph_add_doc(p1, &part[1].d);
        graph_merge(gr, order ? p1 : p0);
        graph_merge(gr, order ? p0 : p1);
        graph_finish(gr);
        assert_same_graph(gr, whole);
        for (size_t i = 0; i < graph_node_count(gr); i++) {
            uint32_t e = graph_node_at(gr, i)->entity;
            assert_int_equal(graph_node_find(gr, e), (long)i);
            if (i)
                assert_true(strcmp(g.ents[graph_node_at(gr, i - 1)->entity].id, g.ents[e].id) < 0);
        }
        graph_free(gr);
    }
    graph_free(whole);
    tdoc_free(&part[0]);
    tdoc_free(&part[1]);
    gaz_free(&g);
}

/* Snippets past one block of the snippet store, in both partials: each of
 * 19,900 pairs is said in a sentence of its own (~270 bytes, naming the
 * pair), the sentences spread over four documents, two per partial. The
 * merged graph's snippets, references into blocks from both partials,
 * name each edge's own pair and equal one graph's. */
static void test_snippets_past_one_block_merged(void **state)
{
    (void)state;
    enum { N_SNIP_ENTS = 200, N_DOCS = 4 };
    gaz g;
    make_gaz_of(&g, N_SNIP_ENTS, scrambled_id);
    tdoc t[N_DOCS];
    buf sents[N_DOCS] = {{0}};
    for (int k = 0; k < N_DOCS; k++) {
        size_t n = 0;
        for (uint32_t x = 0, i = 0; x < N_SNIP_ENTS; x++)
            for (uint32_t y = x + 1; y < N_SNIP_ENTS; y++, i++)
                if (i % N_DOCS == (uint32_t)k) {
                    buf_printf(&sents[k], "pair %u %u ", x, y);
                    for (int c = 0; c < 28; c++)
                        buf_printf(&sents[k], "word%c%c%c. ", 'a' + x % 26, 'a' + y % 26, 'a' + c % 26);
                    buf_putc(&sents[k], '\0');
                    n++;
                }
        const char **v = xmalloc(n * sizeof *v);
        for (size_t i = 0, off = 0; i < n; i++, off += strlen(sents[k].data + off) + 1)
            v[i] = sents[k].data + off;
        tdoc_init(&t[k], k % 2 ? "odd.txt" : "even.txt", v, NULL, n);
        t[k].d.ordinal = (uint32_t)k;
        free(v);
        uint32_t s = 0;
        for (uint32_t x = 0, i = 0; x < N_SNIP_ENTS; x++)
            for (uint32_t y = x + 1; y < N_SNIP_ENTS; y++, i++)
                if (i % N_DOCS == (uint32_t)k) {
                    tdoc_mention(&t[k], x, s, 2 * s);
                    tdoc_mention(&t[k], y, s, 2 * s + 1);
                    s++;
                }
    }
    graph_opts o = {.window = WINDOW_SENTENCE};
    graph *whole = graph_new(&g, NULL, &o), *gr = graph_new(&g, NULL, &o);
    graph *part[2] = {graph_new(&g, NULL, &o), graph_new(&g, NULL, &o)};
    for (int k = 0; k < N_DOCS; k++) {
        graph_add_doc(whole, &t[k].d);
        graph_add_doc(part[k % 2], &t[k].d);
    }
    graph_merge(gr, part[1]);
    graph_merge(gr, part[0]);
    graph_finish(whole);
    graph_finish(gr);
    assert_int_equal(graph_edge_count(gr), N_SNIP_ENTS * (N_SNIP_ENTS - 1) / 2);
    assert_same_graph(gr, whole);
    for (size_t i = 0; i < graph_edge_count(gr); i++) {
        const graph_edge *e = graph_edge_at(gr, i);
        char want[32];
        snprintf(want, sizeof want, "pair %u %u ", e->a < e->b ? e->a : e->b, e->a < e->b ? e->b : e->a);
        graph_snippet sn = graph_evidence_snippet(gr, &e->best);
        assert_true(sn.len > 250 && sn.plain);
        assert_memory_equal(sn.text, want, strlen(want));
    }
    graph_free(gr);
    graph_free(whole);
    for (int k = 0; k < N_DOCS; k++) {
        tdoc_free(&t[k]);
        buf_free(&sents[k]);
    }
    gaz_free(&g);
}

/* One document whose token windows make some 1,900 lookups of 66 pairs,
 * several batches, each pair many times within one (found as created a
 * few lookups before), and sentences of many lengths, so the evidence
 * changes hands within batches: weights and evidence equal a brute-force
 * count in mention order (the later mention's sentence; shortest, first
 * on ties). Fails if the batch's passes counted or offered out of order. */
static void test_repeated_pairs_across_batches(void **state)
{
    (void)state;
    enum { N_PAIR_ENTS = 12, N_SENTS = 90, N_MENTIONS = 480, SPAN = 4 };
    gaz g;
    make_gaz_of(&g, N_PAIR_ENTS, scrambled_id);
    static char texts[N_SENTS][64];
    const char *sents[N_SENTS];
    int np[N_SENTS] = {0};
    for (int i = 0; i < N_SENTS; i++) {
        int len = 4 + (i * 7) % 11; /* eight or so sentences of each length: ties */
        memset(texts[i], 'a' + i % 26, (size_t)len);
        texts[i][len] = '\0';
        sents[i] = texts[i];
    }
    tdoc t;
    tdoc_init(&t, "pairs.txt", sents, np, N_SENTS);
    unsigned seed = 77;
    for (uint32_t i = 0; i < N_MENTIONS; i++) {
        seed = seed * 1103515245u + 12345u;
        tdoc_mention(&t, (seed >> 16) % N_PAIR_ENTS, i * N_SENTS / N_MENTIONS, i);
    }
    graph_opts o = {.window = WINDOW_TOKENS, .window_tokens = SPAN};
    graph *gr = graph_new(&g, NULL, &o);
    graph_add_doc(gr, &t.d);
    graph_finish(gr);
    uint32_t weight[N_PAIR_ENTS][N_PAIR_ENTS] = {{0}}, best[N_PAIR_ENTS][N_PAIR_ENTS];
    size_t lookups = 0;
    const mention *m = t.d.mentions.v;
    for (size_t j = 1; j < N_MENTIONS; j++)
        for (size_t i = j; i-- > 0 && m[j].token - m[i].token <= SPAN;) {
            uint32_t x = m[i].entity, y = m[j].entity, s = m[j].sentence;
            if (x == y)
                continue;
            uint32_t lo = x < y ? x : y, hi = x < y ? y : x;
            lookups++;
            if (!weight[lo][hi]++ || strlen(texts[s]) < strlen(texts[best[lo][hi]]))
                best[lo][hi] = s;
        }
    assert_true(lookups > 4 * 256);
    size_t pairs = 0;
    for (uint32_t x = 0; x < N_PAIR_ENTS; x++)
        for (uint32_t y = x + 1; y < N_PAIR_ENTS; y++) {
            const graph_edge *e = find_edge(gr, x, y);
            assert_int_equal(e ? e->weight : 0, weight[x][y]);
            if (!e)
                continue;
            pairs++;
            assert_int_equal(graph_edge_evidence_count(e), weight[x][y]);
            assert_int_equal(e->documents, 1);
            assert_int_equal(e->best.start, t.d.sent_orig[2 * best[x][y]]);
        }
    assert_int_equal(pairs, graph_edge_count(gr));
    graph_free(gr);
    tdoc_free(&t);
    gaz_free(&g);
}

/* Documents as the pipeline hands them, without sent_orig: the graph maps
 * the sentences it offers as evidence through the offset map, once per
 * sentence and document. Curly quotes and collapsed spaces make normalised
 * and original offsets differ, and the first sentences of the two
 * documents differ in length: each edge's evidence is its own document's
 * sentence, in original bytes. Fails if a span were taken from the
 * normalised offsets, or kept from the previous document. */
static void test_evidence_spans_through_offset_map(void **state)
{
    (void)state;
    gaz g;
    graph *gr = sentence_graph(&g);
    static const char *const texts[] = {"\xE2\x80\x9C" "Alpha\xE2\x80\x9D  met Bravo. Alpha and Charlie.",
                                        "Delta  met   Echo, then left. Bravo and Charlie."};
    static const uint32_t pairs[2][2][2] = {{{A, B}, {A, C}}, {{D, E}, {B, C}}}; /* per document, per sentence */
    uint32_t want[2][2][2];
    for (int k = 0; k < 2; k++) {
        doc d = {0};
        d.path = k ? "two.txt" : "one.txt";
        d.bytes = texts[k];
        d.len = strlen(texts[k]);
        assert_int_equal(norm_run(&d.nt, d.bytes, d.len), 0);
        seg_run(&d.sents, &d.nt, d.bytes, d.len);
        assert_int_equal(d.sents.n, 2);
        XGROW(d.mentions.v, d.mentions.cap, 4);
        for (uint32_t s = 0; s < 2; s++) {
            want[k][s][0] = norm_orig(&d.nt, d.sents.v[s].start);
            want[k][s][1] = norm_orig(&d.nt, d.sents.v[s].end);
            for (int j = 0; j < 2; j++)
                d.mentions.v[d.mentions.n++] = (mention){.entity = pairs[k][s][j], .sentence = s};
        }
        assert_true(want[k][0][0] != d.sents.v[0].start || want[k][0][1] != d.sents.v[0].end);
        graph_add_doc(gr, &d);
        doc_free(&d);
    }
    assert_true(want[0][0][1] - want[0][0][0] != want[1][0][1] - want[1][0][0]);
    graph_finish(gr);
    for (int k = 0; k < 2; k++)
        for (int s = 0; s < 2; s++) {
            const graph_edge *e = find_edge(gr, pairs[k][s][0], pairs[k][s][1]);
            assert_non_null(e);
            assert_string_equal(graph_evidence_doc(gr, &e->best), k ? "two.txt" : "one.txt");
            assert_int_equal(e->best.start, want[k][s][0]);
            assert_int_equal(e->best.end, want[k][s][1]);
            char one[64]; /* the sentence, its runs of spaces made one (as snippets have them) */
            size_t n = 0;
            for (uint32_t i = want[k][s][0]; i < want[k][s][1]; i++)
                if (!(texts[k][i] == ' ' && n && one[n - 1] == ' '))
                    one[n++] = texts[k][i];
            one[n] = '\0';
            assert_string_equal(snip(gr, e), one);
        }
    graph_free(gr);
    gaz_free(&g);
}

static void numbered_id(uint32_t i, char id[16])
{
    snprintf(id, 16, "e%u", i);
}

/* A graph's entity-to-node map, filled whole as the graph is made, takes a
 * mapping already touched when one is kept (util.h: xbig_scratch), not a
 * fresh page per 4 KiB: 30k entities (120 KB). The kept mapping is gone
 * once the graph is made (a block of its size is then a new mapping);
 * page faults are not counted, since sanitizers' allocators fault on their
 * own. */
static void test_graph_new_map_from_kept_pages(void **state)
{
    (void)state;
    enum { N = 30000 };
    gaz g;
    make_gaz_of(&g, N, numbered_id);
    xbig_trim();
    char *warm = xbig_alloc(XBIG_UNIT);
    memset(warm, 1, XBIG_UNIT);
    xbig_free(warm); /* kept, every page touched */
    graph *gr = graph_new(&g, NULL, NULL);
    char *next = xbig_alloc(XBIG_UNIT);
    assert_ptr_not_equal(next, warm); /* the map took it: filled from the heap, it would still be kept */
    xbig_free(next);
    assert_int_equal(graph_node_find(gr, 0), -1);
    assert_int_equal(graph_node_find(gr, N - 1), -1);
    assert_int_equal(graph_node_count(gr), 0);
    graph_free(gr);
    gaz_free(&g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sentence_window_counts_pairs_once),
        cmocka_unit_test(test_merge_random_splits),
        cmocka_unit_test(test_big_partial_sorted_in_place),
        cmocka_unit_test(test_repeated_pairs_across_batches),
        cmocka_unit_test(test_evidence_spans_through_offset_map),
        cmocka_unit_test(test_paragraph_window),
        cmocka_unit_test(test_document_window),
        cmocka_unit_test(test_token_window_counts_mention_pairs),
        cmocka_unit_test(test_nodes_mentions_documents_and_score),
        cmocka_unit_test(test_node_order_long_common_prefixes),
        cmocka_unit_test(test_node_sort_many_shared_heads),
        cmocka_unit_test(test_merge_nodes_by_id_heads),
        cmocka_unit_test(test_evidence_shortest_sentence_first_on_ties),
        cmocka_unit_test(test_many_documents_keep_their_ids),
        cmocka_unit_test(test_replaced_evidence_makes_no_snippet),
        cmocka_unit_test(test_borrowed_paths_are_not_copied),
        cmocka_unit_test(test_long_snippet_cut_at_character_boundary),
        cmocka_unit_test(test_invalid_utf8_in_snippet_replaced),
        cmocka_unit_test(test_snippet_plain_flag),
        cmocka_unit_test(test_snippet_plain_every_byte),
        cmocka_unit_test(test_snippet_one_run),
        cmocka_unit_test(test_snippet_matches_reference),
        cmocka_unit_test(test_snippet_limit_and_spaces),
        cmocka_unit_test(test_snippet_stops_at_sentence_end),
        cmocka_unit_test(test_min_weight_drops_weak_cooccurrence),
        cmocka_unit_test(test_sorted_by_id_and_deterministic),
        cmocka_unit_test(test_stated_edges),
        cmocka_unit_test(test_stated_direction_from_relation),
        cmocka_unit_test(test_empty_graph),
        cmocka_unit_test(test_merged_partials_equal_one_graph),
        cmocka_unit_test(test_merged_partials_min_weight),
        cmocka_unit_test(test_snippets_past_one_block_merged),
        cmocka_unit_test(test_graph_new_map_from_kept_pages),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
