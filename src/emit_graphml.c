/* emit_graphml.c - graph.graphml, valid against the GraphML 1.1 XSD and read
 * by Gephi, networkx and igraph. One undirected graph (networkx refuses mixed
 * ones): a directed statement says so in its `directed` and `actor` data.
 * Text is XML-escaped; bytes XML 1.0 forbids become U+FFFD. One line per
 * node and per edge; a string datum that is empty is left out (networkx
 * drops it, igraph reads "", Gephi ignores it: no reader tells the two apart). */
#include <assert.h>
#include <math.h>
#include <pthread.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "emit.h"
#include "emit_names.h"
#include "out.h"
#include "out_par.h"

/* The keys: X(name in the code, key id, for, attr.name, attr.type). Readers
 * go by attr.name and attr.type (the contract); the id only ties <data> to
 * its <key>, and it is written in every datum (14 per edge), so it is short:
 * n<i>/e<i>, the key's place among the node or edge keys. Not the networkx
 * style d<i>: Gephi takes a key whose *id* is d3 (node) or d7 (edge) for the
 * label, as yEd writes them, and checks the id against its own property
 * names (label, weight, r, g, b, size, x, y...) before attr.name. */
#define GRAPHML_KEYS(X)                                                                                                \
    X(n_label, n0, node, label, string)                                                                                \
    X(n_type, n1, node, type, string)                                                                                  \
    X(n_bloc, n2, node, bloc, string)                                                                                  \
    X(n_country, n3, node, country, string)                                                                            \
    X(n_mentions, n4, node, mentions, int)                                                                             \
    X(n_documents, n5, node, documents, int)                                                                           \
    X(n_weight, n6, node, weight, double)                                                                              \
    X(n_aliases, n7, node, aliases, string)                                                                            \
    X(n_note, n8, node, note, string)                                                                                  \
    X(n_r, n9, node, r, int)                                                                                           \
    X(n_g, n10, node, g, int)                                                                                          \
    X(n_b, n11, node, b, int)                                                                                          \
    X(n_size, n12, node, size, double)                                                                                 \
    X(e_weight, e0, edge, weight, double)                                                                              \
    X(e_kind, e1, edge, kind, string)                                                                                  \
    X(e_relation, e2, edge, relation, string)                                                                          \
    X(e_directed, e3, edge, directed, boolean)                                                                         \
    X(e_actor, e4, edge, actor, string)                                                                                \
    X(e_polarity, e5, edge, polarity, int)                                                                             \
    X(e_quadclass, e6, edge, quadclass, int)                                                                           \
    X(e_goldstein, e7, edge, goldstein, double)                                                                        \
    X(e_evidence_count, e8, edge, evidence_count, int)                                                                 \
    X(e_evidence, e9, edge, evidence, string)                                                                          \
    X(e_evidence_doc, e10, edge, evidence_doc, string)                                                                 \
    X(e_documents, e11, edge, documents, int)                                                                          \
    X(e_negated, e12, edge, negated, int)                                                                              \
    X(e_hypothetical, e13, edge, hypothetical, int)                                                                    \
    X(e_score, e14, edge, score, double)

#define KEY_ENUM(cname, id, dom, name, type) K_##cname,
enum key { GRAPHML_KEYS(KEY_ENUM) N_KEYS };

/* The declaration, and the <data> start tag with its length, all built at
 * compile time: no strlen per datum, and the tag is copied as a whole slot. */
#define DATA_OPEN(id) "<data key=\"" #id "\">"
#define KEY_DECL(cname, id, dom, name, type)                                                                           \
    {"<key id=\"" #id "\" for=\"" #dom "\" attr.name=\"" #name "\" attr.type=\"" #type "\"/>\n", DATA_OPEN(id),        \
     sizeof DATA_OPEN(id) - 1},
static const struct {
    const char *decl;
    char open[16]; /* one 16-byte copy; a longer key id does not compile */
    size_t open_len;
} keys[N_KEYS] = {GRAPHML_KEYS(KEY_DECL)};

/* What xml_text does with a byte: copy it, write an entity, write U+FFFD
 * for a control XML 1.0 forbids (NUL cannot occur), or check UTF-8. */
enum { XC_COPY, XC_ENTITY = 2, XC_BAD, XC_UTF8 };
static const unsigned char xml_class[256] = {
    3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 3, 3, 2, 3, 3, /* \t \n \r: character references */
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, /* so attribute values keep them */
    0, 0, 2, 0, 0, 0, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0, /* " & ' */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 2, 0, /* < > */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
};

/* The reference for a byte of class XC_ENTITY. */
static void put_entity(out_w *w, unsigned char c)
{
    switch (c) {
    case '&': out_w_lit(w, "&amp;"); break;
    case '<': out_w_lit(w, "&lt;"); break;
    case '>': out_w_lit(w, "&gt;"); break;
    case '"': out_w_lit(w, "&quot;"); break;
    case '\'': out_w_lit(w, "&apos;"); break;
    case '\t': out_w_lit(w, "&#9;"); break;
    case '\n': out_w_lit(w, "&#10;"); break;
    default: out_w_lit(w, "&#13;"); break;
    }
}

#ifdef __SSE2__
/* A signed compare below 0x20 catches the controls and every byte >= 0x80 at
 * once; the entities pair up by one bit: & ' are 0x26 0x27 (x | 1 == '\''),
 * < > are 0x3C 0x3E (x | 2 == '>'). */
static inline unsigned xml_flags(__m128i x)
{
    const __m128i space = _mm_set1_epi8(0x20), one = _mm_set1_epi8(1), two = _mm_set1_epi8(2),
                  apos = _mm_set1_epi8('\''), gt = _mm_set1_epi8('>'), quot = _mm_set1_epi8('"');
    __m128i m = _mm_or_si128(_mm_cmplt_epi8(x, space), _mm_cmpeq_epi8(x, quot));
    m = _mm_or_si128(m, _mm_cmpeq_epi8(_mm_or_si128(x, one), apos));
    m = _mm_or_si128(m, _mm_cmpeq_epi8(_mm_or_si128(x, two), gt));
    return (unsigned)_mm_movemask_epi8(m);
}
#endif

/* Index of the first byte at or after i that xml_text must look at (n if none). */
static size_t plain_run(const unsigned char *u, size_t i, size_t n)
{
#ifdef __SSE2__
    if (n >= 16)
        return out_scan16(u, i, n, xml_flags);
    if (n >= 4 && i == 0 && out_clean_short(u, n, xml_flags))
        return n;
#endif
    while (i < n && xml_class[u[i]] == XC_COPY)
        i++;
    return i;
}

/* Writes s[0, n) escaped for XML text or attribute values. Characters XML
 * 1.0 does not allow (C0 controls but tab/LF/CR, U+FFFE/U+FFFF) and invalid
 * UTF-8 become U+FFFD, so a hostile name cannot break the document. Runs of
 * bytes that need nothing (valid UTF-8 included) are copied in one go.
 * xml_text (below) copies a short text with nothing to escape itself. */
static void xml_text_slow(out_w *w, const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t run = 0, i = 0; /* s[run, i) is copied in one go */
    while ((i = plain_run(u, i, n)) < n) {
        unsigned cls = xml_class[u[i]];
        if (cls == XC_UTF8) {
            size_t k = eg_utf8_len(u + i, n - i);
            if (k && !(k == 3 && u[i] == 0xEF && u[i + 1] == 0xBF && u[i + 2] >= 0xBE)) {
                i += k;
                continue;
            }
            out_w_put(w, s + run, i - run);
            out_w_lit(w, "\xEF\xBF\xBD");
            i += k ? k : 1;
        } else {
            out_w_put(w, s + run, i - run);
            if (cls == XC_ENTITY)
                put_entity(w, u[i]);
            else
                out_w_lit(w, "\xEF\xBF\xBD");
            i++;
        }
        run = i;
    }
    out_w_put(w, s + run, n - run);
}

/* Inline, so the node's columns (most of them short and plain) skip the
 * call's prologue as well as the scan. */
static inline __attribute__((always_inline)) void xml_text(out_w *w, const char *s, size_t n)
{
#ifdef __SSE2__
    if (n <= 64 && (size_t)(w->end - w->p) >= 64 &&
        out_copy_upto64(w->p, (const unsigned char *)s, n, xml_flags, xml_class)) {
        w->p += n;
        return;
    }
#endif
    xml_text_slow(w, s, n);
}

/* ---- data ---- */

/* The pieces of a line at p, which has the room: a datum's start tag (a
 * 16-byte copy) and its end tag (8). */
static inline char *put_open(char *p, enum key k)
{
    memcpy(p, keys[k].open, sizeof keys[k].open);
    return p + keys[k].open_len;
}

static inline char *put_close(char *p)
{
    memcpy(p, "</data>", 8);
    return p + 7;
}

static void data_open(out_w *w, enum key k) { out_w_slot(w, keys[k].open, keys[k].open_len); }

static void data_close(out_w *w) { out_w_lit(w, "</data>"); }

/* An empty string is left out (see the header). A short plain text (most
 * of a node's) is written whole at a local pointer from one room check:
 * tag 16, text 64 (out_copy_upto64's stores), end tag 8 bytes. */
static void data_text(out_w *w, enum key k, const char *s, size_t n)
{
    if (!n)
        return;
#ifdef __SSE2__
    if (n <= 64 && (size_t)(w->end - w->p) >= 16 + 64 + 8) {
        char *p = put_open(w->p, k);
        if (out_copy_upto64(p, (const unsigned char *)s, n, xml_flags, xml_class)) {
            w->p = put_close(p + n);
            return;
        }
    }
#endif
    data_open(w, k);
    xml_text(w, s, n);
    data_close(w);
}

static void data_str(out_w *w, enum key k, const char *s) { data_text(w, k, s, s ? strlen(s) : 0); }

/* Seven per edge: one room check for the whole datum (tag 16, sign and
 * digits 21, "</data>" 7 bytes), no call for a one-digit value. */
static inline void data_int(out_w *w, enum key k, int64_t v)
{
    out_w_room(w, 64);
    char *p = w->p;
    memcpy(p, keys[k].open, sizeof keys[k].open);
    p += keys[k].open_len;
    uint64_t u = (uint64_t)v;
    if (v < 0) {
        *p++ = '-';
        u = -(uint64_t)v;
    }
    if (u < 10)
        *p++ = (char)('0' + u);
    else
        p += out_fmt_u64(p, u);
    memcpy(p, "</data>", 7);
    w->p = p + 7;
}

/* Two per node: one room check (tag 16, the memo's text slot, "</data>" 8). */
static void data_num(out_w *w, enum key k, out_num_memo *memo, double v)
{
    size_t n;
    const char *text = out_num_text(memo, v, &n);
    out_w_room(w, 16 + OUT_NUM_TEXT + 8);
    char *p = put_open(w->p, k);
    memcpy(p, text, OUT_NUM_TEXT);
    w->p = put_close(p + n);
}

/* ---- the file ---- */

/* A colour's r, g and b data, as a node writes them. */
typedef struct {
    char text[96]; /* three data of at most 27 bytes */
    size_t len;
} rgb_data;

typedef struct {
    const char *color[8]; /* bloc colours met so far, and their data */
    rgb_data rgb[8];
    const char *last_bloc; /* the bloc of the previous node, and its data */
    const rgb_data *last_rgb;
    double size[256]; /* node_size by mentions below 256; 0: not made yet */
    out_num_memo num; /* last: ~530 KB, cleared only as far as out_num_memo_init needs */
} graphml_ctx;

/* The bloc's colour as its r, g, b data, into d. */
static void make_rgb(rgb_data *d, const char *bloc)
{
    int rgb[3];
    emit_rgb(bloc, rgb);
    out_w t;
    out_w_init(&t, NULL, NULL, 256);
    data_int(&t, K_n_r, rgb[0]);
    data_int(&t, K_n_g, rgb[1]);
    data_int(&t, K_n_b, rgb[2]);
    d->len = (size_t)(t.p - t.start);
    memcpy(d->text, t.start, d->len);
    out_w_done(&t);
}

/* A node's colour as its r, g, b data. emit_rgb parses the colour text
 * (sscanf): once per colour, as there are only a few, and the data are
 * formatted then. Neighbours in id order mostly share their bloc (often
 * ""): that one is compared first, before the lookup of its colour (a
 * strcmp per known bloc). */
static const rgb_data *node_rgb(graphml_ctx *c, const char *bloc, rgb_data *scratch)
{
    if (bloc && c->last_bloc && strcmp(bloc, c->last_bloc) == 0)
        return c->last_rgb;
    const char *color = emit_bloc_color(bloc);
    size_t i = 0, n = sizeof c->color / sizeof c->color[0];
    while (i < n && c->color[i] && strcmp(c->color[i], color) != 0)
        i++;
    if (i == n) {
        make_rgb(scratch, bloc);
        return scratch;
    }
    if (!c->color[i]) {
        c->color[i] = color;
        make_rgb(&c->rgb[i], bloc);
    }
    c->last_bloc = bloc;
    c->last_rgb = &c->rgb[i];
    return &c->rgb[i];
}

/* Gephi size: grows with the log of mentions so one hub does not dwarf
 * all. Most nodes have few mentions: those sizes are kept (at least 10,
 * so 0 marks one not made yet), not recomputed (log2 and round) per node. */
static double node_size(graphml_ctx *c, uint32_t mentions)
{
    if (mentions < sizeof c->size / sizeof c->size[0] && c->size[mentions] != 0)
        return c->size[mentions];
    double size = round(10.0 + 6.0 * log2(1.0 + mentions));
    if (mentions < sizeof c->size / sizeof c->size[0])
        c->size[mentions] = size;
    return size;
}

static void write_node(out_w *w, graphml_ctx *c, const gaz *g, const graph_node *n)
{
    const gaz_entity *ent = &g->ents[n->entity];
    rgb_data scratch;
    const rgb_data *rgb = node_rgb(c, ent->bloc, &scratch);
    out_w_lit(w, "<node id=\"");
    xml_text(w, ent->id, strlen(ent->id));
    out_w_lit(w, "\">");
    data_str(w, K_n_label, ent->name);
    data_str(w, K_n_type, ent->type);
    data_str(w, K_n_bloc, ent->bloc);
    data_str(w, K_n_country, ent->country);
    data_int(w, K_n_mentions, n->mentions);
    data_int(w, K_n_documents, n->documents);
    data_num(w, K_n_weight, &c->num, n->weight);
    /* Aliases joined by '|', escaped one by one (escaping is per byte). */
    if (ent->n_aliases) {
        data_open(w, K_n_aliases);
        for (uint32_t k = 0; k < ent->n_aliases; k++) {
            const char *a = g->aliases[ent->first_alias + k].surface;
            if (k)
                out_w_putc(w, '|');
            xml_text(w, a, strlen(a));
        }
        data_close(w);
    }
    data_str(w, K_n_note, ent->note);
    out_w_put(w, rgb->text, rgb->len);
    data_num(w, K_n_size, &c->num, node_size(c, n->mentions));
    out_w_lit(w, "</node>\n");
}

/* An edge's data that its kind and relation decide (emit_fields_fn): kind,
 * relation, directed, then the actor's id if directed (tail goes on after
 * it), polarity, quadclass, goldstein. */
static void fields_rest(out_w *w, const emit_names *nm, const graph_edge *ed)
{
    char tmp[32];
    data_close(w);
    data_int(w, K_e_polarity, ed->polarity);
    data_int(w, K_e_quadclass, ed->quadclass);
    data_open(w, K_e_goldstein);
    out_w_put(w, tmp, emit_num_len(tmp, emit_names_goldstein(nm, ed)));
    data_close(w);
}

static void fields_head(out_w *w, const emit_names *nm, const graph_edge *ed)
{
    data_open(w, K_e_kind);
    emit_names_kind(w, nm, ed);
    data_close(w);
    data_open(w, K_e_relation);
    emit_names_relation(w, nm, ed);
    data_close(w);
    data_open(w, K_e_directed);
    if (ed->directed) {
        out_w_lit(w, "true");
        data_close(w);
        data_open(w, K_e_actor);
        return;
    }
    out_w_lit(w, "false");
    fields_rest(w, nm, ed);
}

/* A whole datum of an int at p. */
static inline char *put_int(char *p, enum key k, uint64_t v)
{
    return put_close(out_put_u64(put_open(p, k), v));
}

/* documents, negated and hypothetical, then the score's start tag: the
 * run of an edge's line after its evidence. Nearly every edge (99.7% at
 * 10 MB) has three one-digit counts: their run is this block, made once
 * by put_int with zeros, copied whole (three 32-byte pieces), with the
 * three digits put in at count_at (offsets the compiler folds). */
static inline size_t count_at(int i)
{
    size_t at = keys[K_e_documents].open_len;
    if (i > 0)
        at += 1 + 7 + keys[K_e_negated].open_len; /* the digit before, "</data>", the tag */
    if (i > 1)
        at += 1 + 7 + keys[K_e_hypothetical].open_len;
    return at;
}
#define COUNTS_LEN (count_at(2) + 1 + 7 + keys[K_e_score].open_len)
static char counts_block[96 + 64]; /* put_open and put_close store past what they keep */
static pthread_once_t counts_once = PTHREAD_ONCE_INIT;

static void make_counts_block(void)
{
    char *p = put_int(counts_block, K_e_documents, 0);
    p = put_int(p, K_e_negated, 0);
    p = put_open(put_int(p, K_e_hypothetical, 0), K_e_score);
    assert((size_t)(p - counts_block) == COUNTS_LEN && COUNTS_LEN <= 96);
    for (int i = 0; i < 3; i++)
        assert(counts_block[count_at(i)] == '0');
}

/* Room for an edge's line but its spans, snippet and the fields: the
 * tags and numbers (about 500 bytes), and the 64 bytes each span copies
 * past its text. */
#define EDGE_ROOM 1024

/* One edge's line (an emit_edge_fn), from one room check, through a local
 * pointer (w goes to calls: its p would live in memory). The rare pieces
 * (fields not the relation's, a snippet to escape) go through w. Always
 * inlined: with two loops calling it, GCC made it a call (11M more
 * instructions on 100 MB). */
static inline __attribute__((always_inline)) void write_edge(out_w *w, const emit_names *nm, const emit_edge *e,
                                                             int wide)
{
    emit_row r = emit_row_of(nm, e);
    const graph_edge *ed = r.ed;
    graph_snippet sn = e->sn;
    int plain = sn.plain || !sn.len; /* nothing to escape (graph.h) */
    out_w_reserve(w, emit_row_room(nm, EDGE_ROOM, plain ? sn.len : 0));
    char *p = w->p;
    memcpy(p, "<edge id=\"e", 11);
    p = out_counter_put(p + 11, e->id); /* edge i's id is "e" and i */
    memcpy(p, "\" source=\"", 10);
    p = emit_span_put(p + 10, r.names, r.a, wide);
    memcpy(p, "\" target=\"", 10);
    p = emit_span_put(p + 10, r.names, r.b, wide);
    memcpy(p, "\">", 2);
    p = put_int(p + 2, K_e_weight, ed->weight);
    p = emit_fields_at(w, p, nm, r.f, ed, EDGE_ROOM + r.ev_doc.len + (plain ? sn.len : 0), wide);
    p = put_int(p, K_e_evidence_count, graph_edge_evidence_count(ed));
    if (!plain) {
        w->p = p;
        data_text(w, K_e_evidence, sn.text, sn.len);
        out_w_reserve(w, EDGE_ROOM + r.ev_doc.len);
        p = w->p;
    } else if (sn.len) {
        p = put_close(emit_snippet_put(put_open(p, K_e_evidence), &sn, wide));
    }
    if (r.ev_doc.len)
        p = put_close(emit_span_put(put_open(p, K_e_evidence_doc), r.names, r.ev_doc, wide));
    if ((ed->documents | ed->negated | ed->hypothetical) < 10) { /* so each is below 10 */
        emit_copy32(p, counts_block, 0, wide);
        emit_copy32(p, counts_block, 1, wide);
        emit_copy32(p, counts_block, 2, wide);
        p[count_at(0)] = (char)('0' + ed->documents);
        p[count_at(1)] = (char)('0' + ed->negated);
        p[count_at(2)] = (char)('0' + ed->hypothetical);
        p += COUNTS_LEN;
    } else {
        p = put_int(p, K_e_documents, ed->documents);
        p = put_int(p, K_e_negated, ed->negated);
        p = put_int(p, K_e_hypothetical, ed->hypothetical);
        p = put_open(p, K_e_score);
    }
    memcpy(p, e->score, OUT_NUM_TEXT);
    p = put_close(p + e->score_len);
    memcpy(p, "</edge>\n", 8);
    w->p = p + 8;
}

/* The nodes' writer state: numbers and colours. */
static graphml_ctx *ctx_alloc(void)
{
    graphml_ctx *c = xbig_alloc_raw(sizeof *c); /* the memo: a 2 MiB unit, most often one kept from the graph's sort */
    memset(c, 0, offsetof(graphml_ctx, num));
    out_num_memo_init(&c->num, emit_num_len);
    return c;
}

/* The XML header, the keys, the graph's start and its nodes. */
static void write_head(out_w *w, const graph *gr)
{
    graphml_ctx *c = ctx_alloc();
    out_w_lit(w, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                 "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
                 "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                 "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                 "http://graphml.graphdrawing.org/xmlns/1.1/graphml.xsd\">\n");
    for (size_t i = 0; i < N_KEYS; i++)
        out_w_str(w, keys[i].decl);
    out_w_lit(w, "<graph id=\"entgraph\" edgedefault=\"undirected\">\n");
    const gaz *g = graph_gaz(gr);
    size_t nn = graph_node_count(gr);
    const graph_node *nodes = nn ? graph_node_at(gr, 0) : NULL;
    for (size_t i = 0; i < nn; i++) {
        emit_node_ahead(g, nodes, nn, i);
        write_node(w, c, g, &nodes[i]);
    }
    xbig_free(c);
}

#define GRAPHML_END "</graph>\n</graphml>\n"
/* Edges a chunk (out_par) holds: ~600 bytes an edge (and ~250 of
 * edges.tsv) here, with room for long evidence sentences. 1024 edges are
 * ~0.9 MB of both files, and four times fewer hand-offs between the
 * threads than 256 (a thread woken costs a context switch on this VM):
 * the edges' phase at 100 MB took 92-117 ms against 109-123 ms with 256
 * (medians 97 against 114 ms, 8 alternating runs; 2048 and 4096 no
 * better, with 7 and 20 MB more peak RSS; 512 as 256), at 1 GB 1.54-1.70
 * s against 1.82-1.90 s. (With huge pages, 256 was ahead: its
 * chunks stayed in L2 until they were copied.) */
#define EDGE_CHUNK 1024
#define SLOT_EDGE_BYTES 1000 /* GraphML an edge takes, as a slot's room (out_par_fmt.slot_bytes) */
#define SLOT_TSV_BYTES 500   /* and edges.tsv */

EMIT_EDGES_FORMATTER(format_edges, write_edge, NULL)

/* An edge's line in w[0], its edges.tsv row in w[1]. */
EMIT_EDGES_FORMATTER(format_edges_tsv, write_edge, emit_tsv_row)

/* What comes before the edges: the head (the nodes) into w, and the
 * files' tables (tsv: edges.tsv's too). Both only read the graph: with
 * threads to spare, the head is written on a thread of its own while this
 * one makes the tables, and goes on as the edges are formatted: only their
 * writing waits for it (head_wait, out_par_fmt's lead), not their
 * formatting (at 100 MB, the head takes 21M instructions, the tables
 * 14M). */
typedef struct {
    out_w *w;
    const graph *gr;
    int tsv;
    emit_names *nm[2];
    pthread_t head;
    int head_threaded; /* head runs on its own thread, to be joined */
} before_edges;

static void *head_run(void *arg)
{
    before_edges *b = arg;
    write_head(b->w, b->gr);
    return NULL;
}

/* Starts the head (on its own thread if threads allow), makes the tables. */
static void write_before_edges(before_edges *b, int threads)
{
    pthread_once(&counts_once, make_counts_block);
    b->head_threaded = threads > 1 && eg_thread_start(&b->head, head_run, b) == 0;
    if (!b->head_threaded)
        head_run(b);
    b->nm[0] = emit_names_new(b->gr, xml_text, fields_head, fields_rest);
    b->nm[1] = b->tsv ? emit_edges_tsv_names(b->gr) : NULL;
}

/* The head is in w: joins its thread (an out_par lead). */
static void head_wait(void *arg)
{
    before_edges *b = arg;
    if (b->head_threaded)
        pthread_join(b->head, NULL);
    b->head_threaded = 0;
}

/* The edges' formatting by format (GraphML's rows, or both files'), with
 * the files' tables nm, after the head that b writes. */
static out_par_fmt edges_fmt(void (*format)(void *state, out_w *w, size_t lo, size_t hi), const emit_names **nm,
                             before_edges *b)
{
    return (out_par_fmt){.state_new = emit_edges_state_new,
                         .state_free = emit_edges_state_free,
                         .format = format,
                         .ctx = nm,
                         .lead = head_wait,
                         .lead_ctx = b,
                         .slot_bytes = {EDGE_CHUNK * SLOT_EDGE_BYTES, EDGE_CHUNK * SLOT_TSV_BYTES}};
}

/* Edges, most of the file, are formatted on up to *threads threads. */
static int graphml_body(FILE *fp, const graph *gr, const void *threads, eg_err *e)
{
    out_w w;
    out_w_init(&w, fp, NULL, OUT_W_SMALL); /* nodes, a few MiB; then blocks */
    int nt = *(const int *)threads;
    before_edges b = {.w = &w, .gr = gr};
    write_before_edges(&b, nt);
    const emit_names *nm[2] = {b.nm[0], NULL};
    out_par_fmt f = edges_fmt(format_edges, nm, &b);
    out_par_write(&w, graph_edge_count(gr), EDGE_CHUNK, nt, &f);
    emit_names_free(b.nm[0]);
    out_w_lit(&w, GRAPHML_END);
    return out_w_done(&w) ? out_w_fail(&w, e) : 0;
}

int emit_graphml_edges_tsv(const graph *gr, const char *dir, int threads, eg_err *e)
{
    out_file *gf = out_open(dir, "graph.graphml", e);
    if (!gf)
        return -1;
    out_file *tf = out_open(dir, "edges.tsv", e);
    if (!tf) {
        out_abort(gf);
        return -1;
    }
    out_w gw, tw;
    out_w_init(&gw, out_stream(gf), NULL, OUT_W_SMALL);
    out_w_init(&tw, out_stream(tf), NULL, OUT_W_SMALL);
    emit_edges_tsv_head(&tw);
    before_edges b = {.w = &gw, .gr = gr, .tsv = 1};
    write_before_edges(&b, threads);
    const emit_names *nm[2] = {b.nm[0], b.nm[1]};
    out_par_fmt f = edges_fmt(format_edges_tsv, nm, &b);
    out_w *ws[2] = {&gw, &tw};
    out_par_write_n(ws, 2, graph_edge_count(gr), EDGE_CHUNK, threads, &f);
    emit_names_free(b.nm[0]);
    emit_names_free(b.nm[1]);
    out_w_lit(&gw, GRAPHML_END);
    int gbad = out_w_done(&gw) != 0, tbad = out_w_done(&tw) != 0;
    if (gbad || tbad) {
        out_w_fail(gbad ? &gw : &tw, e);
        out_abort(gf);
        out_abort(tf);
        return -1;
    }
    if (out_commit(gf, e) != 0) {
        out_abort(tf);
        return -1;
    }
    return out_commit(tf, e);
}

int emit_graphml(const graph *gr, const char *dir, int threads, eg_err *e)
{
    return emit_write(dir, "graph.graphml", graphml_body, gr, &threads, e);
}
