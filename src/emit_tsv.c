/* emit_tsv.c - the tables: mentions.tsv (streamed per document), nodes.tsv
 * and edges.tsv. Header row first, no quoting, fields escaped by
 * out_tsv_field; rows follow the graph's sorted order, so output is stable. */
#include <string.h>

#include "emit.h"
#include "out.h"

static void field(FILE *fp, const char *s) { out_tsv_field(fp, s ? s : "", s ? strlen(s) : 0); }

/* A row is field() for the first column, then next() for each other one. */
static void next(FILE *fp, const char *s)
{
    fputc('\t', fp);
    field(fp, s);
}

static void next_num(FILE *fp, double v)
{
    char tmp[32];
    next(fp, emit_num(tmp, v));
}

static int stream_status(FILE *fp, eg_err *e)
{
    return ferror(fp) ? eg_fail(e, NULL, 0, "write error") : 0;
}

void emit_mentions_header(FILE *fp) { fputs("doc\tstart\tend\tsentence\tentity\ttype\tsurface\n", fp); }

void emit_mentions_doc(FILE *fp, const gaz *g, const doc *d)
{
    for (size_t i = 0; i < d->mentions.n; i++) {
        const mention *m = &d->mentions.v[i];
        const gaz_entity *ent = &g->ents[m->entity];
        field(fp, d->path ? d->path : "-");
        fprintf(fp, "\t%u\t%u\t%u", m->start, m->end, m->sentence);
        next(fp, ent->id);
        next(fp, ent->type);
        fputc('\t', fp);
        if (m->end <= d->len && m->start <= m->end)
            out_tsv_field(fp, d->bytes + m->start, m->end - m->start);
        fputc('\n', fp);
    }
}

static int nodes_body(FILE *fp, const graph *gr, const void *ctx, eg_err *e)
{
    (void)ctx;
    const gaz *g = graph_gaz(gr);
    fputs("id\tlabel\ttype\tbloc\tcountry\tmentions\tdocuments\tweight\taliases\tnote\n", fp);
    for (size_t i = 0; i < graph_node_count(gr); i++) {
        const graph_node *n = graph_node_at(gr, i);
        const gaz_entity *ent = emit_node_entity(gr, n);
        field(fp, ent->id);
        next(fp, ent->name);
        next(fp, ent->type);
        next(fp, ent->bloc);
        next(fp, ent->country);
        next_num(fp, n->mentions);
        next_num(fp, n->documents);
        next_num(fp, n->weight);
        fputc('\t', fp);
        for (uint32_t k = 0; k < ent->n_aliases; k++) {
            if (k)
                fputc('|', fp);
            field(fp, g->aliases[ent->first_alias + k].surface);
        }
        next(fp, ent->note);
        fputc('\n', fp);
    }
    return stream_status(fp, e);
}

static int edges_body(FILE *fp, const graph *gr, const void *ctx, eg_err *e)
{
    (void)ctx;
    fputs("source\ttarget\tkind\trelation\tdirected\tpolarity\tquadclass\tgoldstein\tweight\t"
          "documents\tscore\tnegated\thypothetical\tevidence_doc\tevidence\n",
          fp);
    for (size_t i = 0; i < graph_edge_count(gr); i++) {
        const graph_edge *ed = graph_edge_at(gr, i);
        field(fp, emit_entity_id(gr, ed->a));
        next(fp, emit_entity_id(gr, ed->b));
        next(fp, emit_kind_name(ed));
        next(fp, emit_relation_name(gr, ed));
        next(fp, ed->directed ? "true" : "false");
        next_num(fp, ed->polarity);
        next_num(fp, ed->quadclass);
        next_num(fp, ed->goldstein);
        next_num(fp, ed->weight);
        next_num(fp, ed->documents);
        next_num(fp, ed->score);
        next_num(fp, ed->negated);
        next_num(fp, ed->hypothetical);
        next(fp, ed->best.doc);
        next(fp, ed->best.snippet);
        fputc('\n', fp);
    }
    return stream_status(fp, e);
}

int emit_nodes_tsv(const graph *gr, const char *dir, eg_err *e)
{
    return emit_write(dir, "nodes.tsv", nodes_body, gr, NULL, e);
}

int emit_edges_tsv(const graph *gr, const char *dir, eg_err *e)
{
    return emit_write(dir, "edges.tsv", edges_body, gr, NULL, e);
}
