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

/* The six digits of d < 10^6, leading zeros included, one a byte as
 * values 0-9, the first in the lowest byte (bytes 6 and 7 zero): two
 * splits in the lanes of one word (4+4 digits, then 2+2, then 1+1) instead
 * of six divisions. */
static uint64_t six_digits(uint32_t d)
{
    uint64_t x = d / 10000 | (uint64_t)(d % 10000) << 32; /* 32-bit lanes, < 10^4 */
    uint64_t y = (x * 10486 >> 20) & 0x0000007F0000007Fu; /* lane / 100 */
    x = y | (x - y * 100) << 16;                          /* 16-bit lanes, < 100 */
    y = (x * 103 >> 10) & 0x000F000F000F000Fu;            /* lane / 10 */
    x = y | (x - y * 10) << 8;                            /* eight digits, the first two 0 */
    return x >> 16;
}

/* The low n <= 8 bytes of w at p, lowest byte first. */
static void put_bytes(char *p, uint64_t w, int n)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    (void)n;
    memcpy(p, &w, 8); /* p has room for 8 */
#else
    for (int i = 0; i < n; i++)
        p[i] = (char)(w >> 8 * i);
#endif
}

/* %.6g for |v| in [1e-4, 1e6), the values scores and goldstein take, without
 * printf: scale to six digits with an exact power of ten (one rounding, error
 * far below 1e-6) and round; a value too close to a rounding tie, or whose
 * rounding would carry into a new exponent, returns 0 and printf decides.
 * The digits are made in one word (six_digits), and the text is stored a
 * word at a time. */
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
    uint32_t whole = (uint32_t)s; /* floor: s is positive */
    double frac = s - whole;
    if (fabs(frac - 0.5) < 1e-6)
        return 0;
    uint32_t d = whole + (frac > 0.5);
    if (d >= 1000000)
        return 0;
    uint64_t digits = six_digits(d);               /* digit 0 is not 0: d >= 10^5 */
    int last = (63 - __builtin_clzll(digits)) / 8; /* the last nonzero digit */
    const uint64_t ascii = 0x303030303030u;
    char *q = out;
    if (v < 0)
        *q++ = '-';
    if (x >= 0) { /* x + 1 digits, then '.' and the rest if not all zero */
        int int_digits = x + 1;
        uint64_t text = digits | ascii;
        if (last >= int_digits) {
            int shift = 8 * int_digits; /* < 48 */
            uint64_t low = text & ((1ull << shift) - 1), high = text >> shift;
            put_bytes(q, low | (uint64_t)'.' << shift | high << (shift + 8), last + 2);
            q += last + 2;
        } else {
            put_bytes(q, text, int_digits);
            q += int_digits;
        }
    } else {
        /* "0." then -x - 1 zeros, then the digits */
        put_bytes(q, 0x3030303030302E30u, 8); /* "0.000000" */
        q += 1 - x;
        put_bytes(q, digits | ascii, last + 1);
        q += last + 1;
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
    if (fabs(v) < 1e15 && (double)(int64_t)v == v) { /* an integer: truncation keeps it */
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
