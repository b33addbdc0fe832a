/* emit_graphml.c - graph.graphml, valid against the GraphML 1.1 XSD and read
 * by Gephi, networkx and igraph. One undirected graph (networkx refuses mixed
 * ones): a directed statement says so in its `directed` and `actor` data.
 * Text is XML-escaped; bytes XML 1.0 forbids become U+FFFD. */
#include <math.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "emit.h"
#include "out.h"

typedef struct {
    const char *id, *domain, *name, *type;
} key_decl;

static const key_decl keys[] = {
    {"n_label", "node", "label", "string"},       {"n_type", "node", "type", "string"},
    {"n_bloc", "node", "bloc", "string"},         {"n_country", "node", "country", "string"},
    {"n_mentions", "node", "mentions", "int"},    {"n_documents", "node", "documents", "int"},
    {"n_weight", "node", "weight", "double"},     {"n_aliases", "node", "aliases", "string"},
    {"n_note", "node", "note", "string"},         {"n_r", "node", "r", "int"},
    {"n_g", "node", "g", "int"},                  {"n_b", "node", "b", "int"},
    {"n_size", "node", "size", "double"},         {"e_weight", "edge", "weight", "double"},
    {"e_kind", "edge", "kind", "string"},         {"e_relation", "edge", "relation", "string"},
    {"e_directed", "edge", "directed", "boolean"}, {"e_actor", "edge", "actor", "string"},
    {"e_polarity", "edge", "polarity", "int"},    {"e_quadclass", "edge", "quadclass", "int"},
    {"e_goldstein", "edge", "goldstein", "double"}, {"e_evidence_count", "edge", "evidence_count", "int"},
    {"e_evidence", "edge", "evidence", "string"}, {"e_evidence_doc", "edge", "evidence_doc", "string"},
    {"e_documents", "edge", "documents", "int"},  {"e_negated", "edge", "negated", "int"},
    {"e_hypothetical", "edge", "hypothetical", "int"}, {"e_score", "edge", "score", "double"},
};

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

static const char *xml_entity(unsigned char c)
{
    switch (c) {
    case '&': return "&amp;";
    case '<': return "&lt;";
    case '>': return "&gt;";
    case '"': return "&quot;";
    case '\'': return "&apos;";
    case '\t': return "&#9;";
    case '\n': return "&#10;";
    default: return "&#13;";
    }
}

/* Index of the first byte at or after i that xml_text must look at (n if
 * none): sixteen bytes at a time where SSE2 is there. A signed compare
 * below 0x20 catches the controls and every byte >= 0x80 at once. */
static size_t plain_run(const unsigned char *u, size_t i, size_t n)
{
#ifdef __SSE2__
    const __m128i space = _mm_set1_epi8(0x20), amp = _mm_set1_epi8('&'), lt = _mm_set1_epi8('<'),
                  gt = _mm_set1_epi8('>'), quot = _mm_set1_epi8('"'), apos = _mm_set1_epi8('\'');
    while (i + 16 <= n) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(u + i));
        __m128i m = _mm_or_si128(_mm_cmplt_epi8(x, space), _mm_cmpeq_epi8(x, amp));
        m = _mm_or_si128(m, _mm_or_si128(_mm_cmpeq_epi8(x, lt), _mm_cmpeq_epi8(x, gt)));
        m = _mm_or_si128(m, _mm_or_si128(_mm_cmpeq_epi8(x, quot), _mm_cmpeq_epi8(x, apos)));
        unsigned stop = (unsigned)_mm_movemask_epi8(m);
        if (stop)
            return i + (unsigned)__builtin_ctz(stop);
        i += 16;
    }
#endif
    while (i < n && xml_class[u[i]] == XC_COPY)
        i++;
    return i;
}

/* Writes s escaped for XML text or attribute values. Characters XML 1.0
 * does not allow (C0 controls but tab/LF/CR, U+FFFE/U+FFFF) and invalid
 * UTF-8 become U+FFFD, so a hostile name cannot break the document. Runs of
 * bytes that need nothing (valid UTF-8 included) are copied in one go. */
static void xml_text(out_w *w, const char *s)
{
    if (!s)
        return;
    const unsigned char *u = (const unsigned char *)s;
    size_t n = strlen(s), run = 0, i = 0; /* s[run, i) is copied in one go */
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
                out_w_str(w, xml_entity(u[i]));
            else
                out_w_lit(w, "\xEF\xBF\xBD");
            i++;
        }
        run = i;
    }
    out_w_put(w, s + run, n - run);
}

/* key is an identifier from the keys table: no escaping. */
static void data_open(out_w *w, const char *key)
{
    out_w_lit(w, "      <data key=\"");
    out_w_str(w, key);
    out_w_lit(w, "\">");
}

static void data_str(out_w *w, const char *key, const char *v)
{
    data_open(w, key);
    xml_text(w, v);
    out_w_lit(w, "</data>\n");
}

/* Numbers need no escaping either. */
static void data_num(out_w *w, const char *key, double v)
{
    char tmp[32];
    data_open(w, key);
    out_w_put(w, tmp, emit_num_len(tmp, v));
    out_w_lit(w, "</data>\n");
}

static void data_int(out_w *w, const char *key, int64_t v)
{
    data_open(w, key);
    out_w_i64(w, v);
    out_w_lit(w, "</data>\n");
}

static void write_node(out_w *w, const graph *gr, const graph_node *n)
{
    const gaz *g = graph_gaz(gr);
    const gaz_entity *ent = emit_node_entity(gr, n);
    int rgb[3];
    emit_rgb(ent->bloc, rgb);
    out_w_lit(w, "    <node id=\"");
    xml_text(w, ent->id);
    out_w_lit(w, "\">\n");
    data_str(w, "n_label", ent->name);
    data_str(w, "n_type", ent->type);
    data_str(w, "n_bloc", ent->bloc);
    data_str(w, "n_country", ent->country);
    data_int(w, "n_mentions", n->mentions);
    data_int(w, "n_documents", n->documents);
    data_num(w, "n_weight", n->weight);
    /* Aliases joined by '|', escaped one by one (escaping is per byte). */
    data_open(w, "n_aliases");
    for (uint32_t k = 0; k < ent->n_aliases; k++) {
        if (k)
            out_w_putc(w, '|');
        xml_text(w, g->aliases[ent->first_alias + k].surface);
    }
    out_w_lit(w, "</data>\n");
    if (ent->note && *ent->note)
        data_str(w, "n_note", ent->note);
    data_int(w, "n_r", rgb[0]);
    data_int(w, "n_g", rgb[1]);
    data_int(w, "n_b", rgb[2]);
    /* Gephi size: grows with the log of mentions so one hub does not dwarf all. */
    data_num(w, "n_size", round(10.0 + 6.0 * log2(1.0 + n->mentions)));
    out_w_lit(w, "    </node>\n");
}

static void write_edge(out_w *w, const graph *gr, const graph_edge *ed, size_t i)
{
    out_w_lit(w, "    <edge id=\"e");
    out_w_u64(w, i);
    out_w_lit(w, "\" source=\"");
    xml_text(w, emit_entity_id(gr, ed->a));
    out_w_lit(w, "\" target=\"");
    xml_text(w, emit_entity_id(gr, ed->b));
    out_w_lit(w, "\">\n");
    data_int(w, "e_weight", ed->weight);
    data_str(w, "e_kind", emit_kind_name(ed));
    data_str(w, "e_relation", emit_relation_name(gr, ed));
    data_str(w, "e_directed", ed->directed ? "true" : "false");
    if (ed->directed)
        data_str(w, "e_actor", emit_entity_id(gr, ed->a));
    data_int(w, "e_polarity", ed->polarity);
    data_int(w, "e_quadclass", ed->quadclass);
    data_num(w, "e_goldstein", ed->goldstein);
    data_int(w, "e_evidence_count", ed->evidence_count);
    data_str(w, "e_evidence", ed->best.snippet);
    data_str(w, "e_evidence_doc", ed->best.doc);
    data_int(w, "e_documents", ed->documents);
    data_int(w, "e_negated", ed->negated);
    data_int(w, "e_hypothetical", ed->hypothetical);
    data_num(w, "e_score", ed->score);
    out_w_lit(w, "    </edge>\n");
}

static int graphml_body(FILE *fp, const graph *gr, const void *ctx, eg_err *e)
{
    (void)ctx;
    out_w w;
    out_w_init(&w, fp, NULL, OUT_W_SIZE);
    out_w_lit(&w, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                  "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
                  "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                  "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                  "http://graphml.graphdrawing.org/xmlns/1.1/graphml.xsd\">\n");
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        out_w_lit(&w, "  <key id=\"");
        out_w_str(&w, keys[i].id);
        out_w_lit(&w, "\" for=\"");
        out_w_str(&w, keys[i].domain);
        out_w_lit(&w, "\" attr.name=\"");
        out_w_str(&w, keys[i].name);
        out_w_lit(&w, "\" attr.type=\"");
        out_w_str(&w, keys[i].type);
        out_w_lit(&w, "\"/>\n");
    }
    out_w_lit(&w, "  <graph id=\"entgraph\" edgedefault=\"undirected\">\n");
    for (size_t i = 0; i < graph_node_count(gr); i++)
        write_node(&w, gr, graph_node_at(gr, i));
    for (size_t i = 0; i < graph_edge_count(gr); i++)
        write_edge(&w, gr, graph_edge_at(gr, i), i);
    out_w_lit(&w, "  </graph>\n</graphml>\n");
    return out_w_done(&w) ? eg_fail(e, NULL, 0, "graph.graphml: write error") : 0;
}

int emit_graphml(const graph *gr, const char *dir, eg_err *e)
{
    return emit_write(dir, "graph.graphml", graphml_body, gr, NULL, e);
}
