/* emit_style.c - what every writer shows the same way: colours by bloc,
 * shapes by type, edge kind and relation names, number formatting. Kept here
 * so the SVG, GraphML and tables never disagree. */
#include "emit.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "out.h"

typedef struct {
    const char *key, *value;
} pair;

static const char *lookup(const pair *t, size_t n, const char *key, const char *fallback)
{
    for (size_t i = 0; i < n; i++)
        if (key && strcmp(t[i].key, key) == 0)
            return t[i].value;
    return fallback;
}

/* Light enough that black labels stay readable on every fill. */
static const pair bloc_colors[] = {
    {"us-rok", "#6d9eeb"},    {"ally", "#6d9eeb"},      {"allied", "#6d9eeb"},
    {"adversary", "#e06666"}, {"hostile", "#e06666"},   {"neutral", "#b7b7b7"},
    {"partner", "#b4d4f7"},   {"international", "#d9c8f0"},
};

const char *emit_bloc_color(const char *bloc)
{
    return lookup(bloc_colors, sizeof bloc_colors / sizeof bloc_colors[0], bloc, "#eeeeee");
}

static const pair type_shapes[] = {
    {"person", "ellipse"},     {"country", "doubleoctagon"}, {"location", "doubleoctagon"},
    {"organization", "box"},   {"unit", "box"},              {"group", "hexagon"},
    {"agreement", "note"},     {"weapon", "diamond"},        {"issue", "plaintext"},
    {"event", "oval"},
};

const char *emit_type_shape(const char *type)
{
    return lookup(type_shapes, sizeof type_shapes / sizeof type_shapes[0], type, "oval");
}

void emit_rgb(const char *bloc, int rgb[3])
{
    unsigned r = 0, g = 0, b = 0;
    sscanf(emit_bloc_color(bloc) + 1, "%2x%2x%2x", &r, &g, &b);
    rgb[0] = (int)r;
    rgb[1] = (int)g;
    rgb[2] = (int)b;
}

const char *emit_kind_name(const graph_edge *e)
{
    return e->kind == EDGE_STATED ? "stated" : "cooccurrence";
}

const char *emit_relation_name(const graph *gr, const graph_edge *e)
{
    if (e->kind != EDGE_STATED)
        return "cooccurrence";
    return rel_get(graph_lexicon(gr), (uint32_t)e->relation)->name;
}

/* %.6g for |v| in [1e-4, 1e6), the values scores and goldstein take, without
 * printf: scale to six digits with an exact power of ten (one rounding, error
 * far below 1e-6) and round; a value too close to a rounding tie, or whose
 * rounding would carry into a new exponent, returns 0 and printf decides. */
static size_t fmt_g6(char out[32], double v)
{
    static const double pow10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};
    static const double next_up[] = {1e-3, 1e-2, 1e-1, 1e0, 1e1, 1e2, 1e3, 1e4, 1e5}; /* 10^(x+1) */
    double a = fabs(v);
    int x = -4; /* decimal exponent: 10^x <= a < 10^(x+1), checked through s */
    if (!(a >= 1e-4 && a < 1e6))
        return 0;
    while (x < 5 && a >= next_up[x + 4])
        x++;
    double s = a * pow10[5 - x];
    if (s < 1e5 || s >= 1e6)
        return 0;
    double fl = floor(s), frac = s - fl;
    if (fabs(frac - 0.5) < 1e-6)
        return 0;
    uint32_t d = (uint32_t)fl + (frac > 0.5);
    if (d >= 1000000)
        return 0;
    char digits[6];
    for (int i = 5; i >= 0; i--, d /= 10)
        digits[i] = (char)('0' + d % 10);
    char *q = out;
    if (v < 0)
        *q++ = '-';
    int int_digits = x >= 0 ? x + 1 : 0, i = 0;
    if (x >= 0)
        for (; i < int_digits; i++)
            *q++ = digits[i];
    else
        *q++ = '0';
    int last = 5; /* the last nonzero fraction digit */
    while (last >= int_digits && digits[last] == '0')
        last--;
    if (last >= int_digits) {
        *q++ = '.';
        for (int z = x; z < -1; z++)
            *q++ = '0';
        for (; i <= last; i++)
            *q++ = digits[i];
    }
    *q = '\0';
    return (size_t)(q - out);
}

size_t emit_num_len(char out[32], double v)
{
    /* Counts print as plain integers (readers parse them as int); other values
     * as %.6g, so scores round the same on every run. -0 is written as 0. */
    if (v == 0 || !isfinite(v))
        v = 0;
    if (v == floor(v) && fabs(v) < 1e15) {
        char *q = out;
        if (v < 0)
            *q++ = '-';
        q += out_fmt_u64(q, (uint64_t)fabs(v));
        *q = '\0';
        return (size_t)(q - out);
    }
    size_t n = fmt_g6(out, v);
    return n ? n : (size_t)snprintf(out, 32, "%.6g", v);
}

const char *emit_num(char out[32], double v)
{
    emit_num_len(out, v);
    return out;
}

const gaz_entity *emit_node_entity(const graph *gr, const graph_node *n)
{
    return &graph_gaz(gr)->ents[n->entity];
}

const char *emit_entity_id(const graph *gr, uint32_t entity) { return graph_gaz(gr)->ents[entity].id; }

/* Three steps ahead of a loop over the nodes: the entity (far), then its
 * strings and first alias (near), then that alias's text (nearer). */
#define NODE_AHEAD 8
void emit_node_ahead(const graph *gr, size_t i)
{
    const gaz *g = graph_gaz(gr);
    size_t n = graph_node_count(gr);
    if (i + 2 * NODE_AHEAD < n)
        __builtin_prefetch(&g->ents[graph_node_at(gr, i + 2 * NODE_AHEAD)->entity]);
    if (i + NODE_AHEAD < n) {
        const gaz_entity *e = &g->ents[graph_node_at(gr, i + NODE_AHEAD)->entity];
        __builtin_prefetch(e->id);
        __builtin_prefetch(e->name);
        __builtin_prefetch(e->note);
        if (e->n_aliases)
            __builtin_prefetch(&g->aliases[e->first_alias]);
    }
    if (i + NODE_AHEAD / 2 < n) {
        const gaz_entity *e = &g->ents[graph_node_at(gr, i + NODE_AHEAD / 2)->entity];
        if (e->n_aliases)
            __builtin_prefetch(g->aliases[e->first_alias].surface);
    }
}

int emit_write(const char *dir, const char *name, emit_body body, const graph *gr, const void *ctx,
               eg_err *e)
{
    out_file *f = out_open(dir, name, e);
    if (!f)
        return -1;
    if (body(out_stream(f), gr, ctx, e) != 0) {
        out_abort(f);
        return -1;
    }
    return out_commit(f, e);
}
