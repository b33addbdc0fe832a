/* emit_gv.c - graph.dot and graph.svg through cgraph and gvc: the only file
 * that includes Graphviz headers (Debian's 2.42 API takes non-const char *,
 * so the casts stay here). The view drawn is a subset of the graph: the
 * network filter, then the top-N nodes by weight; GraphML and the tables
 * always keep everything. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include "emit.h"
#include "out.h"

#define COLOR_COOPERATION "#2e7d32"
#define COLOR_CONFLICT "#c62828"
#define COLOR_COOCCURRENCE "#9e9e9e"

/* ---- the view: which nodes and edges are drawn ---- */

typedef struct {
    unsigned char *keep_node, *keep_edge;
    double *weight; /* node weight within the view */
    size_t shown, cut;
    size_t links_shown, links_cut; /* co-occurrence edges between shown nodes */
} view;

/* Each drawn entity keeps at most this many co-occurrence links (its
 * strongest); stated relations are always drawn. A co-occurrence hairball
 * says little in a briefing, and the tables keep every edge. */
#define LINKS_PER_NODE 3
#define MAX_CURVED_EDGES 600 /* above this, straight edges (see build) */

static int edge_in_network(const graph_edge *ed, int network)
{
    if (ed->weight == 0)
        return 0; /* only negated statements: nothing was asserted to draw */
    if (network == 1)
        return ed->polarity > 0;
    if (network == 2)
        return ed->polarity < 0;
    return 1;
}

static const double *rank_weight; /* qsort has no context argument in C11 */

static int cmp_rank(const void *x, const void *y)
{
    size_t a = *(const size_t *)x, b = *(const size_t *)y;
    if (rank_weight[a] != rank_weight[b])
        return rank_weight[a] < rank_weight[b] ? 1 : -1;
    return (a > b) - (a < b); /* nodes are sorted by id: index order is id order */
}

static const graph *rank_graph;

/* Stronger co-occurrence first: weight, then association score, then order. */
static int cmp_link(const void *x, const void *y)
{
    size_t a = *(const size_t *)x, b = *(const size_t *)y;
    const graph_edge *ea = graph_edge_at(rank_graph, a), *eb = graph_edge_at(rank_graph, b);
    if (ea->weight != eb->weight)
        return ea->weight < eb->weight ? 1 : -1;
    double sa = graph_edge_score(rank_graph, ea), sb = graph_edge_score(rank_graph, eb);
    if (sa != sb)
        return sa < sb ? 1 : -1;
    return (a > b) - (a < b);
}

/* Keeps a co-occurrence edge only if it is among the LINKS_PER_NODE
 * strongest of one of its two ends. */
static void keep_strongest_links(view *v, const graph *gr)
{
    size_t nn = graph_node_count(gr), ne = graph_edge_count(gr), n = 0;
    size_t *links = xmalloc((ne ? ne : 1) * sizeof *links);
    unsigned *taken = xcalloc(nn ? nn : 1, sizeof *taken);
    for (size_t i = 0; i < ne; i++)
        if (v->keep_edge[i] && graph_edge_at(gr, i)->kind == EDGE_COOCCURRENCE)
            links[n++] = i;
    rank_graph = gr;
    qsort(links, n, sizeof *links, cmp_link);
    v->links_shown = v->links_cut = 0;
    for (size_t k = 0; k < n; k++) {
        const graph_edge *ed = graph_edge_at(gr, links[k]);
        long a = graph_node_find(gr, ed->a), b = graph_node_find(gr, ed->b);
        if (taken[a] < LINKS_PER_NODE || taken[b] < LINKS_PER_NODE) {
            taken[a]++;
            taken[b]++;
            v->links_shown++;
        } else {
            v->keep_edge[links[k]] = 0;
            v->links_cut++;
        }
    }
    free(taken);
    free(links);
}

static void view_build(view *v, const graph *gr, const emit_opts *o)
{
    size_t nn = graph_node_count(gr), ne = graph_edge_count(gr);
    v->keep_node = xcalloc(nn ? nn : 1, 1);
    v->keep_edge = xcalloc(ne ? ne : 1, 1);
    v->weight = xcalloc(nn ? nn : 1, sizeof *v->weight);
    v->shown = v->cut = v->links_shown = v->links_cut = 0;
    int network = o ? o->network : 0;
    for (size_t i = 0; i < ne; i++) {
        const graph_edge *ed = graph_edge_at(gr, i);
        if (!edge_in_network(ed, network))
            continue;
        long a = graph_node_find(gr, ed->a), b = graph_node_find(gr, ed->b);
        v->keep_edge[i] = 1;
        v->weight[a] += ed->weight;
        v->weight[b] += ed->weight;
        v->keep_node[a] = v->keep_node[b] = 1;
    }
    size_t *order = xmalloc((nn ? nn : 1) * sizeof *order), count = 0;
    for (size_t i = 0; i < nn; i++)
        if (network == 0 || v->keep_node[i])
            order[count++] = i;
    rank_weight = v->weight;
    qsort(order, count, sizeof *order, cmp_rank);
    size_t top = o && o->top && o->top < count ? o->top : count;
    memset(v->keep_node, 0, nn);
    for (size_t i = 0; i < top; i++)
        v->keep_node[order[i]] = 1;
    v->shown = top;
    v->cut = count - top;
    free(order);
    for (size_t i = 0; i < ne; i++) {
        const graph_edge *ed = graph_edge_at(gr, i);
        if (v->keep_edge[i] && !(v->keep_node[graph_node_find(gr, ed->a)] &&
                                 v->keep_node[graph_node_find(gr, ed->b)]))
            v->keep_edge[i] = 0;
    }
    if (o && o->top)
        keep_strongest_links(v, gr);
}

static void view_free(view *v)
{
    free(v->keep_node);
    free(v->keep_edge);
    free(v->weight);
}

/* ---- Graphviz text ---- */

/* Graphviz reads backslash sequences (\N \G \n \l ...) in labels and
 * tooltips, and wants valid UTF-8: backslashes are doubled, control
 * characters become spaces, invalid bytes U+FFFD. A value ending in a
 * backslash gets a trailing space, because the DOT reader would take the
 * final `\"` for an escaped quote. */
static void gv_text(buf *b, const char *s)
{
    size_t n = s ? strlen(s) : 0;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        size_t k = eg_utf8_len(s + i, n - i);
        if (c == '\\')
            buf_puts(b, "\\\\");
        else if (c < 0x20 || c == 0x7F)
            buf_putc(b, ' ');
        else if (k == 0)
            buf_puts(b, "\xEF\xBF\xBD");
        else
            buf_append(b, s + i, k);
        i += k ? k : 1;
    }
    if (b->len && b->data[b->len - 1] == '\\')
        buf_putc(b, ' ');
}

/* HTML-like label text: XML escaping, no backslash processing. */
static void html_text(buf *b, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '&': buf_puts(b, "&amp;"); break;
        case '<': buf_puts(b, "&lt;"); break;
        case '>': buf_puts(b, "&gt;"); break;
        case '"': buf_puts(b, "&quot;"); break;
        default: buf_putc(b, *s);
        }
    }
}

static void set(void *obj, const char *name, const char *value)
{
    agsafeset(obj, (char *)name, (char *)value, (char *)"");
}

static void set_text(void *obj, const char *name, buf *tmp)
{
    set(obj, name, tmp->data ? tmp->data : "");
    buf_reset(tmp);
}

static void defaults(Agraph_t *g)
{
    static const struct {
        int kind;
        const char *name, *value;
    } d[] = {
        {AGRAPH, "overlap", "prism"},     {AGRAPH, "splines", "curved"},
        {AGRAPH, "outputorder", "edgesfirst"}, {AGRAPH, "fontname", "Helvetica"},
        {AGRAPH, "fontsize", "12"},       {AGRAPH, "bgcolor", "white"},
        {AGRAPH, "pad", "0.3"},           {AGRAPH, "sep", "+8"},
        {AGRAPH, "labelloc", "b"},        {AGRAPH, "labeljust", "l"},
        {AGNODE, "shape", "oval"},        {AGNODE, "style", "filled"},
        {AGNODE, "fillcolor", "#eeeeee"}, {AGNODE, "color", "#555555"},
        {AGNODE, "fontname", "Helvetica"}, {AGNODE, "fontsize", "11"},
        {AGNODE, "margin", "0.08,0.04"},  {AGNODE, "tooltip", ""},
        {AGEDGE, "color", COLOR_COOCCURRENCE}, {AGEDGE, "penwidth", "1"},
        {AGEDGE, "style", "solid"},       {AGEDGE, "dir", "none"},
        {AGEDGE, "arrowsize", "0.7"},     {AGEDGE, "tooltip", ""},
    };
    for (size_t i = 0; i < sizeof d / sizeof d[0]; i++)
        agattr(g, d[i].kind, (char *)d[i].name, (char *)d[i].value);
}

static const char *bloc_row[][2] = {
    {"us-rok", "US / ROK"}, {"partner", "partner"}, {"neutral", "neutral"},
    {"adversary", "adversary"}, {"", "unknown"},
};

/* The legend is the graph label, an HTML-like table: it stays out of the
 * force-directed layout (a cluster would be pulled around by sfdp). */
static void legend(Agraph_t *g, const graph *gr, const view *v)
{
    buf b = {0};
    buf_printf(&b, "<table border=\"0\" cellborder=\"1\" cellspacing=\"0\" cellpadding=\"3\">"
                   "<tr><td colspan=\"5\" align=\"left\"><b>entgraph</b>: %zu of %zu entities",
               v->shown, graph_node_count(gr));
    if (v->cut)
        buf_printf(&b, " (top %zu by weight; %zu cut)", v->shown, v->cut);
    buf_printf(&b, ", %zu documents", graph_doc_count(gr));
    if (v->links_cut)
        buf_printf(&b, "; co-occurrence: each entity's %d strongest links (%zu of %zu)", LINKS_PER_NODE,
                   v->links_shown, v->links_shown + v->links_cut);
    buf_puts(&b, "</td></tr><tr>");
    for (size_t i = 0; i < sizeof bloc_row / sizeof bloc_row[0]; i++) {
        buf_printf(&b, "<td bgcolor=\"%s\">", emit_bloc_color(bloc_row[i][0]));
        html_text(&b, bloc_row[i][1]);
        buf_puts(&b, "</td>");
    }
    buf_puts(&b, "</tr><tr><td colspan=\"5\" align=\"left\">"
                 "<font color=\"" COLOR_COOPERATION "\">&#8212; cooperation</font>   "
                 "<font color=\"" COLOR_CONFLICT "\">&#8212; conflict</font>   "
                 "<font color=\"" COLOR_COOCCURRENCE "\">- - co-occurrence</font>   "
                 "dashed: co-occurrence or hypothetical; width: weight</td></tr>"
                 "<tr><td colspan=\"5\" align=\"left\">ellipse person, double octagon country, "
                 "box organisation/unit, hexagon group, note agreement, diamond weapon, "
                 "text issue, oval other</td></tr></table>");
    char *html = agstrdup_html(g, b.data);
    agsafeset(g, (char *)"label", html, (char *)"");
    agstrfree(g, html);
    buf_free(&b);
}

static void add_node(Agraph_t *g, const graph *gr, const graph_node *n, double w, buf *tmp)
{
    const gaz_entity *ent = emit_node_entity(gr, n);
    Agnode_t *an = agnode(g, (char *)ent->id, 1);
    char num[32];
    gv_text(tmp, ent->name);
    set_text(an, "label", tmp);
    set(an, "shape", emit_type_shape(ent->type));
    set(an, "fillcolor", emit_bloc_color(ent->bloc));
    snprintf(num, sizeof num, "%.1f", fmin(28.0, 10.0 + 2.0 * log2(1.0 + w)));
    set(an, "fontsize", num);
    gv_text(tmp, ent->name);
    buf_printf(tmp, " (%s", ent->type);
    if (*ent->bloc)
        buf_printf(tmp, ", %s", ent->bloc);
    buf_printf(tmp, "): %u mentions in %u documents", n->mentions, n->documents);
    set_text(an, "tooltip", tmp);
}

static void add_edge(Agraph_t *g, const graph *gr, const graph_edge *ed, size_t i, buf *tmp)
{
    const gaz *gz = graph_gaz(gr);
    Agnode_t *t = agnode(g, (char *)gz->ents[ed->a].id, 0);
    Agnode_t *h = agnode(g, (char *)gz->ents[ed->b].id, 0);
    char key[32], num[32];
    snprintf(key, sizeof key, "e%zu", i); /* the graph index: unique and stable */
    Agedge_t *ae = agedge(g, t, h, key, 1);
    int stated = ed->kind == EDGE_STATED;
    if (stated)
        set(ae, "color", ed->polarity > 0 ? COLOR_COOPERATION : ed->polarity < 0 ? COLOR_CONFLICT : COLOR_COOCCURRENCE);
    if (ed->directed)
        set(ae, "dir", "forward");
    if (!stated || ed->hypothetical >= ed->weight)
        set(ae, "style", "dashed");
    snprintf(num, sizeof num, "%.2f", fmin(8.0, 0.8 + 1.2 * log2(1.0 + ed->weight)));
    set(ae, "penwidth", num);
    gv_text(tmp, gz->ents[ed->a].name);
    buf_printf(tmp, " %s ", stated ? emit_relation_name(gr, ed) : "with");
    gv_text(tmp, gz->ents[ed->b].name);
    buf_printf(tmp, " (%u): ", ed->weight);
    gv_text(tmp, graph_evidence_snippet(gr, &ed->best).text);
    set_text(ae, "tooltip", tmp);
}

/* Graphviz 2.42 routes curved edges around the centroid of the cycles
 * each one lies on, and enumerates every simple directed cycle of the
 * graph to find them (lib/common/routespl.c): exponentially many in a
 * dense picture (40 nodes, 150 linked pairs: stopped after two minutes).
 * The same depth-first enumeration here, each cycle from its
 * lowest node, stops after CURVED_STEPS steps; a picture that needs more
 * gets straight lines, which need no such search. */
#define CURVED_STEPS 200000
static long cycle_steps(Agraph_t *g, Agnode_t *start, Agnode_t *n, unsigned char *on_path, long steps)
{
    for (Agedge_t *e = agfstout(g, n); e && steps <= CURVED_STEPS; e = agnxtout(g, e)) {
        Agnode_t *h = aghead(e);
        steps++;
        if (h == start || AGSEQ(h) < AGSEQ(start) || on_path[AGSEQ(h)])
            continue;
        on_path[AGSEQ(h)] = 1;
        steps = cycle_steps(g, start, h, on_path, steps);
        on_path[AGSEQ(h)] = 0;
    }
    return steps;
}

static int curved_cheap(Agraph_t *g)
{
    uint64_t top = 0;
    for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n))
        if (AGSEQ(n) > top)
            top = AGSEQ(n);
    unsigned char *on_path = xcalloc((size_t)top + 1, 1);
    long steps = 0;
    for (Agnode_t *n = agfstnode(g); n && steps <= CURVED_STEPS; n = agnxtnode(g, n)) {
        on_path[AGSEQ(n)] = 1;
        steps = cycle_steps(g, n, n, on_path, steps);
        on_path[AGSEQ(n)] = 0;
    }
    free(on_path);
    return steps <= CURVED_STEPS;
}

static Agraph_t *build(const graph *gr, const view *v)
{
    Agraph_t *g = agopen((char *)"entgraph", Agdirected, NULL);
    buf tmp = {0};
    defaults(g);
    legend(g, gr, v);
    for (size_t i = 0; i < graph_node_count(gr); i++)
        if (v->keep_node[i])
            add_node(g, gr, graph_node_at(gr, i), v->weight[i], &tmp);
    size_t edges = 0;
    for (size_t i = 0; i < graph_edge_count(gr); i++)
        if (v->keep_edge[i]) {
            add_edge(g, gr, graph_edge_at(gr, i), i, &tmp);
            edges++;
        }
    /* Curved routing grows steeply with the edge count (1000 edges took
     * seconds, 1200 over a minute): dense pictures (--top 0) get lines; so
     * do pictures with many directed cycles (curved_cheap). (Not spline
     * routing, splines=true: Graphviz 2.42's makeMultiSpline writes past a
     * buffer on some such pictures, `dot -Ksfdp` too, which aborted entgraph
     * with a corrupt heap; and its curves were not reproducible.) */
    if (edges > MAX_CURVED_EDGES || !curved_cheap(g))
        set(g, "splines", "line");
    buf_free(&tmp);
    return g;
}

/* ---- writing ---- */

static int dot_body(FILE *fp, const graph *gr, const void *ctx, eg_err *e)
{
    (void)gr;
    if (agwrite((Agraph_t *)ctx, fp) != 0 || ferror(fp))
        return eg_fail(e, NULL, 0, "graph.dot: write failed");
    return 0;
}

typedef struct {
    Agraph_t *g;
    const char *layout;
} svg_job;

/* The layout runs on a copy read back from the DOT text, so it sees the graph
 * exactly as `dot -Ksfdp graph.dot` does (attribute and object order). Known
 * limit: Graphviz 2.42's spline router can still depend on memory addresses,
 * so under ASLR an edge's curve may differ by a few points between runs. */
static Agraph_t *reread(Agraph_t *g)
{
    char *text = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&text, &len);
    if (!mem)
        return NULL;
    int bad = agwrite(g, mem) != 0;
    bad |= fclose(mem) != 0;
    Agraph_t *copy = bad ? NULL : agmemread(text);
    free(text);
    return copy;
}

/* sfdp and the spline router draw from rand() and drand48() without seeding
 * them, so the picture depended on whatever used those generators before.
 * Resetting both to the state a fresh process starts in makes the SVG
 * reproducible, and the same one `dot -Ksfdp -Tsvg graph.dot` draws. */
static void reset_random(void)
{
    unsigned short zero[3] = {0, 0, 0};
    srand(1);
    seed48(zero);
}

static int svg_body(FILE *fp, const graph *gr, const void *ctx, eg_err *e)
{
    (void)gr;
    const svg_job *job = ctx;
    Agraph_t *g = reread(job->g);
    if (!g)
        return eg_fail(e, NULL, 0, "graph.svg: cannot copy the graph for layout");
    GVC_t *gvc = gvContext();
    reset_random();
    int rc = 0;
    if (!gvc) {
        rc = eg_fail(e, NULL, 0, "graph.svg: cannot start Graphviz");
    } else if (gvLayout(gvc, g, job->layout) != 0) {
        rc = eg_fail(e, NULL, 0, "graph.svg: layout engine '%s' failed", job->layout);
    } else {
        /* Rendered to memory: Graphviz exits the process when its own write
         * to a stream fails (full disk); our write error goes to out_commit. */
        char *svg = NULL;
        unsigned int len = 0;
        if (gvRenderData(gvc, g, "svg", &svg, &len) != 0 || !svg)
            rc = eg_fail(e, NULL, 0, "graph.svg: rendering failed");
        else
            fwrite(svg, 1, len, fp);
        if (svg)
            gvFreeRenderData(svg);
        gvFreeLayout(gvc, g);
    }
    agclose(g);
    if (gvc)
        gvFreeContext(gvc);
    return rc;
}

int emit_graphviz(const graph *gr, const char *dir, int want_dot, int want_svg, const emit_opts *o,
                  size_t *cut_nodes, eg_err *e)
{
    view v;
    view_build(&v, gr, o);
    if (cut_nodes)
        *cut_nodes = v.cut;
    Agraph_t *g = build(gr, &v);
    int rc = 0;
    /* The DOT is written before layout so it holds styling, not positions. */
    if (want_dot)
        rc = emit_write(dir, "graph.dot", dot_body, gr, g, e);
    if (rc == 0 && want_svg) {
        svg_job job = {g, o && o->layout && *o->layout ? o->layout : "sfdp"};
        rc = emit_write(dir, "graph.svg", svg_body, gr, &job, e);
    }
    agclose(g);
    view_free(&v);
    return rc;
}
