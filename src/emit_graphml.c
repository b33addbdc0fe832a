/* emit_graphml.c - graph.graphml, valid against the GraphML 1.1 XSD and read
 * by Gephi, networkx and igraph. One undirected graph (networkx refuses mixed
 * ones): a directed statement says so in its `directed` and `actor` data.
 * Text is XML-escaped; bytes XML 1.0 forbids become U+FFFD. */
#include <math.h>
#include <string.h>

#include "emit.h"

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

/* Writes s escaped for XML text or attribute values. Characters XML 1.0
 * does not allow (C0 controls but tab/LF/CR, U+FFFE/U+FFFF) and invalid
 * UTF-8 become U+FFFD, so a hostile name cannot break the document. */
static void xml_text(FILE *fp, const char *s)
{
    static const char bad[] = "\xEF\xBF\xBD";
    size_t n = s ? strlen(s) : 0;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        size_t k = eg_utf8_len(s + i, n - i);
        switch (c) {
        case '&': fputs("&amp;", fp); break;
        case '<': fputs("&lt;", fp); break;
        case '>': fputs("&gt;", fp); break;
        case '"': fputs("&quot;", fp); break;
        case '\'': fputs("&apos;", fp); break;
        case '\t': fputs("&#9;", fp); break; /* character references survive */
        case '\n': fputs("&#10;", fp); break; /* attribute-value normalisation */
        case '\r': fputs("&#13;", fp); break;
        default:
            if (k == 0 || c < 0x20 || (k == 3 && c == 0xEF && (unsigned char)s[i + 1] == 0xBF &&
                                       (unsigned char)s[i + 2] >= 0xBE))
                fputs(bad, fp);
            else
                fwrite(s + i, 1, k, fp);
        }
        i += k ? k : 1;
    }
}

static void data_str(FILE *fp, const char *key, const char *v)
{
    fprintf(fp, "      <data key=\"%s\">", key);
    xml_text(fp, v);
    fputs("</data>\n", fp);
}

static void data_num(FILE *fp, const char *key, double v)
{
    char tmp[32];
    data_str(fp, key, emit_num(tmp, v));
}

static void write_node(FILE *fp, const graph *gr, const graph_node *n)
{
    const gaz *g = graph_gaz(gr);
    const gaz_entity *ent = emit_node_entity(gr, n);
    int rgb[3];
    emit_rgb(ent->bloc, rgb);
    fputs("    <node id=\"", fp);
    xml_text(fp, ent->id);
    fputs("\">\n", fp);
    data_str(fp, "n_label", ent->name);
    data_str(fp, "n_type", ent->type);
    data_str(fp, "n_bloc", ent->bloc);
    data_str(fp, "n_country", ent->country);
    data_num(fp, "n_mentions", n->mentions);
    data_num(fp, "n_documents", n->documents);
    data_num(fp, "n_weight", n->weight);
    buf aliases = {0};
    for (uint32_t k = 0; k < ent->n_aliases; k++) {
        if (k)
            buf_putc(&aliases, '|');
        buf_puts(&aliases, g->aliases[ent->first_alias + k].surface);
    }
    data_str(fp, "n_aliases", aliases.data ? aliases.data : "");
    buf_free(&aliases);
    if (ent->note && *ent->note)
        data_str(fp, "n_note", ent->note);
    data_num(fp, "n_r", rgb[0]);
    data_num(fp, "n_g", rgb[1]);
    data_num(fp, "n_b", rgb[2]);
    /* Gephi size: grows with the log of mentions so one hub does not dwarf all. */
    data_num(fp, "n_size", round(10.0 + 6.0 * log2(1.0 + n->mentions)));
    fputs("    </node>\n", fp);
}

static void write_edge(FILE *fp, const graph *gr, const graph_edge *ed, size_t i)
{
    fprintf(fp, "    <edge id=\"e%zu\" source=\"", i);
    xml_text(fp, emit_entity_id(gr, ed->a));
    fputs("\" target=\"", fp);
    xml_text(fp, emit_entity_id(gr, ed->b));
    fputs("\">\n", fp);
    data_num(fp, "e_weight", ed->weight);
    data_str(fp, "e_kind", emit_kind_name(ed));
    data_str(fp, "e_relation", emit_relation_name(gr, ed));
    data_str(fp, "e_directed", ed->directed ? "true" : "false");
    if (ed->directed)
        data_str(fp, "e_actor", emit_entity_id(gr, ed->a));
    data_num(fp, "e_polarity", ed->polarity);
    data_num(fp, "e_quadclass", ed->quadclass);
    data_num(fp, "e_goldstein", ed->goldstein);
    data_num(fp, "e_evidence_count", ed->evidence_count);
    data_str(fp, "e_evidence", ed->best.snippet);
    data_str(fp, "e_evidence_doc", ed->best.doc);
    data_num(fp, "e_documents", ed->documents);
    data_num(fp, "e_negated", ed->negated);
    data_num(fp, "e_hypothetical", ed->hypothetical);
    data_num(fp, "e_score", ed->score);
    fputs("    </edge>\n", fp);
}

static int graphml_body(FILE *fp, const graph *gr, const void *ctx, eg_err *e)
{
    (void)ctx;
    fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
          "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
          "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
          "http://graphml.graphdrawing.org/xmlns/1.1/graphml.xsd\">\n",
          fp);
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        fprintf(fp, "  <key id=\"%s\" for=\"%s\" attr.name=\"%s\" attr.type=\"%s\"/>\n", keys[i].id,
                keys[i].domain, keys[i].name, keys[i].type);
    fputs("  <graph id=\"entgraph\" edgedefault=\"undirected\">\n", fp);
    for (size_t i = 0; i < graph_node_count(gr); i++)
        write_node(fp, gr, graph_node_at(gr, i));
    for (size_t i = 0; i < graph_edge_count(gr); i++)
        write_edge(fp, gr, graph_edge_at(gr, i), i);
    fputs("  </graph>\n</graphml>\n", fp);
    return ferror(fp) ? eg_fail(e, NULL, 0, "graph.graphml: write error") : 0;
}

int emit_graphml(const graph *gr, const char *dir, eg_err *e)
{
    return emit_write(dir, "graph.graphml", graphml_body, gr, NULL, e);
}
