/* rel_lex.c - loads the relation lexicon (gazetteer/relations.tsv): trigger
 * forms, tokenised like sentences, sorted so that all forms sharing a first
 * word are adjacent and longest first; a strmap finds that run in one probe. */
#include "rel_lex.h"

#include <assert.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "input.h"
#include "norm.h"
#include "rel_scan.h"
#include "util.h"

#define R16(x) x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x
const uint8_t rel_word_bytes[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 0, 0, 2, 0, 0, /* '\t', '\n', '\r' */
    R16(0),
    2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* ' ' */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, /* '0'..'9' */
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 'A'.. */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, /* ..'Z' */
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 'a'.. */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, /* ..'z' */
    R16(1), R16(1), R16(1), R16(1), R16(1), R16(1), R16(1), R16(1)};
const uint8_t rel_first_16[32] = {R16(0xFF), R16(0)};
#undef R16

/* ---- building ---- */

/* Keeps a file name for messages (each file is loaded once). */
static const char *keep_file(rel_lexicon *lx, const char *path)
{
    XGROW(lx->files, lx->cap_files, lx->n_files + 1);
    return lx->files[lx->n_files++] = xstrdup(path);
}

static uint32_t add_origin(rel_lexicon *lx, const char *file, long line)
{
    XGROW(lx->origins, lx->cap_origins, lx->n_origins + 1);
    lx->origins[lx->n_origins] = (rel_origin){file, line};
    return (uint32_t)lx->n_origins++;
}

static int cmp_trig(const void *x, const void *y)
{
    const rel_trigger *a = x, *b = y;
    size_t n = a->first_len < b->first_len ? a->first_len : b->first_len;
    int c = memcmp(a->key, b->key, n);
    if (c)
        return c;
    if (a->first_len != b->first_len)
        return a->first_len < b->first_len ? -1 : 1;
    if (a->ntok != b->ntok) /* longest form first: it wins at a position */
        return a->ntok > b->ntok ? -1 : 1;
    return strcmp(a->key, b->key);
}

/* w[0..(n + 7) / 8) = t[0..n) lower-cased and zero-padded, 0 < n <=
 * REL_WORD_MAX; whole loads when t[0..avail) covers them. */
static inline void load_word(uint64_t *w, const char *t, size_t n, size_t avail)
{
    size_t nw = (n + 7) / 8;
    if (nw * 8 <= avail) {
        for (size_t k = 0; k < nw; k++) {
            uint64_t v;
            memcpy(&v, t + 8 * k, 8);
            w[k] = rel_lower8(k + 1 < nw || n % 8 == 0 ? v : rel_first_bytes(v, n % 8));
        }
        return;
    }
    w[nw - 1] = 0;
    memcpy(w, t, n);
    for (size_t k = 0; k < nw; k++)
        w[k] = rel_lower8(w[k]);
}

/* The slot of word w (load_word form, n bytes): its own or the empty one
 * where it would go. */
static rel_wslot *wtab_find(const rel_lexicon *lx, const uint64_t *w, size_t n)
{
    size_t mask = ((size_t)1 << lx->wtab_bits) - 1;
    for (size_t i = rel_word_hash(w[0], n, lx->wtab_bits);; i = (i + 1) & mask) {
        rel_wslot *s = &lx->wtab[i];
        if (!s->meta)
            return s;
        if (s->head != w[0] || (s->meta & REL_WS_LEN) != n)
            continue;
        const uint64_t *tail = lx->wkeys + lx->wordv[rel_wslot_word(s)].tail;
        size_t k = 1;
        while (k < (n + 7) / 8 && tail[k - 1] == w[k])
            k++;
        if (k >= (n + 7) / 8)
            return s;
    }
}

/* Doubles the word index, or makes an empty one of 256 slots. */
static void wtab_grow(rel_lexicon *lx)
{
    rel_wslot *old = lx->wtab;
    size_t oldcap = old ? (size_t)1 << lx->wtab_bits : 0;
    lx->wtab_bits = old ? lx->wtab_bits + 1 : 8;
    lx->wtab = xcalloc((size_t)1 << lx->wtab_bits, sizeof *lx->wtab);
    size_t mask = ((size_t)1 << lx->wtab_bits) - 1;
    for (size_t i = 0; i < oldcap; i++) {
        if (!old[i].meta)
            continue;
        size_t j = rel_word_hash(old[i].head, old[i].meta & REL_WS_LEN, lx->wtab_bits);
        while (lx->wtab[j].meta) /* the words are distinct: no compare */
            j = (j + 1) & mask;
        lx->wtab[j] = old[i];
    }
    free(old);
}

rel_word *rel_word_slot(rel_lexicon *lx, const char *w, size_t n)
{
    assert(n > 0 && n <= REL_WORD_MAX);
    uint64_t key[(REL_WORD_MAX + 7) / 8];
    load_word(key, w, n, n);
    if ((lx->n_words + 1) * 2 > (size_t)1 << lx->wtab_bits)
        wtab_grow(lx);
    rel_wslot *s = wtab_find(lx, key, n);
    if (s->meta)
        return &lx->wordv[rel_wslot_word(s)];
    assert(lx->n_words < (size_t)1 << (32 - REL_WS_SHIFT)); /* add_forms stops at REL_MAX_FORMS */
    size_t ntail = (n - 1) / 8;
    if (ntail) { /* wkeys is NULL until a word over 8 bytes */
        XGROW(lx->wkeys, lx->cap_wkeys, lx->n_wkeys + ntail);
        memcpy(lx->wkeys + lx->n_wkeys, key + 1, ntail * sizeof *key);
    }
    size_t bit = rel_bloom_bit(rel_word_mix(key[0], n));
    lx->wbloom[bit / 64] |= 1ull << (bit % 64);
    XGROW(lx->wordv, lx->cap_words, lx->n_words + 1);
    lx->wordv[lx->n_words] = (rel_word){.tail = (uint32_t)lx->n_wkeys};
    lx->n_wkeys += ntail;
    *s = (rel_wslot){.head = key[0], .meta = (uint32_t)n | (uint32_t)lx->n_words << REL_WS_SHIFT};
    if (n > lx->max_word)
        lx->max_word = n;
    return &lx->wordv[lx->n_words++];
}

const rel_wslot *rel_wslot_find_any(const rel_lexicon *lx, const char *t, size_t n, size_t avail)
{
    uint64_t key[(REL_WORD_MAX + 7) / 8];
    if (n - 1 >= lx->max_word) /* n == 0 too */
        return NULL;
    load_word(key, t, n, avail);
    const rel_wslot *s = wtab_find(lx, key, n);
    return s->meta ? s : NULL;
}

const rel_word *rel_word_find_any(const rel_lexicon *lx, const char *t, size_t n, size_t avail)
{
    const rel_wslot *s = rel_wslot_find_any(lx, t, n, avail);
    return s ? &lx->wordv[rel_wslot_word(s)] : NULL;
}

/* Copies into every slot what the tokenizer reads of its word (see
 * rel_wslot), once the words' cue bits and trigger runs are final. */
static void wslot_sync(rel_lexicon *lx)
{
    for (size_t i = 0; i < (size_t)1 << lx->wtab_bits; i++) {
        rel_wslot *s = &lx->wtab[i];
        if (!s->meta)
            continue;
        const rel_word *w = &lx->wordv[rel_wslot_word(s)];
        s->cue = w->cue;
        s->meta = (s->meta & ~(uint32_t)REL_WS_TRIG) | (w->first != w->end ? REL_WS_TRIG : 0);
    }
}

/* Re-sorts the triggers and rebuilds the word index (after each file). The
 * sort keeps the forms sharing a first word adjacent, so each word's
 * triggers are one run. */
static void index_triggers(rel_lexicon *lx)
{
    if (lx->n_trigs > 1) /* trigs is NULL when empty: qsort wants a real pointer */
        qsort(lx->trigs, lx->n_trigs, sizeof *lx->trigs, cmp_trig);
    free(lx->wtab);
    lx->wtab = NULL;
    wtab_grow(lx);
    lx->n_words = lx->n_wkeys = 0;
    lx->max_word = 0;
    memset(lx->wbloom, 0, sizeof lx->wbloom);
    rel_cue_words_add(lx);
    for (size_t i = 0; i < lx->n_trigs; i++) {
        if (lx->trigs[i].first_len > REL_WORD_MAX)
            continue; /* no sentence token is looked up that long */
        rel_word *w = rel_word_slot(lx, lx->trigs[i].key, lx->trigs[i].first_len);
        if (w->first == w->end)
            w->first = (uint32_t)i;
        w->end = (uint32_t)i + 1;
    }
    for (size_t i = 0; i < lx->n_trigs; i++) { /* second words: indexed too, after all first words */
        rel_trigger *t = &lx->trigs[i];
        t->second = -1;
        if (t->ntok < 2)
            continue;
        const char *w = t->key + t->first_len + 1; /* past the space */
        size_t n = strcspn(w, " ");
        if (rel_word_byte((unsigned char)w[0]) && n <= REL_WORD_MAX) /* a word, not one punctuation byte */
            t->second = (int32_t)(rel_word_slot(lx, w, n) - lx->wordv);
    }
    for (size_t i = 0; i < lx->n_trigs; i++) { /* (after the second words: the slots no longer move) */
        const rel_trigger *t = &lx->trigs[i];
        if (t->ntok >= 2 && t->first_len <= REL_WORD_MAX)
            rel_word_slot(lx, t->key, t->first_len)->seconds |=
                t->second >= 0 ? UINT64_C(1) << (t->second & 63) : ~UINT64_C(0);
    }
    wslot_sync(lx);
}

/* Turns one trigger form into its key; returns -1 on a form with no token
 * or too many. */
static int make_key(const char *form, size_t n, buf *key, uint16_t *ntok, uint16_t *first_len)
{
    size_t len = 0;
    char *nf = norm_string(form, n, &len);
    if (!nf)
        return -1;
    buf_reset(key);
    size_t pos = 0;
    uint32_t s, e;
    unsigned k = 0;
    while (rel_next_token(nf, len, 0, &pos, &s, &e)) {
        if (k == REL_MAX_TOKENS) {
            free(nf);
            return -1;
        }
        if (k)
            buf_putc(key, ' ');
        else
            *first_len = (uint16_t)(e - s);
        for (uint32_t i = s; i < e; i++) {
            char c = nf[i];
            buf_putc(key, c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        }
        k++;
    }
    free(nf);
    *ntok = (uint16_t)k;
    return k ? 0 : -1;
}

static int parse_type(rel_type *t, char **f, const int *col, const char *file, long line, eg_err *e)
{
    char *end;
    errno = 0;
    long q = strtol(f[col[2]], &end, 10);
    if (!*f[col[2]] || *end || q < 1 || q > 4)
        return eg_fail(e, file, line, "quadclass '%s' is not 1, 2, 3 or 4", f[col[2]]);
    errno = 0;
    double g = strtod(f[col[3]], &end);
    if (!*f[col[3]] || *end || errno || !(g >= -10 && g <= 10)) /* NaN fails too */
        return eg_fail(e, file, line, "goldstein '%s' is not a number in -10..10", f[col[3]]);
    const char *d = f[col[4]];
    if (strcmp(d, "ab") != 0 && strcmp(d, "sym") != 0)
        return eg_fail(e, file, line, "direction '%s' is not ab or sym", d);
    t->quadclass = (int)q;
    t->goldstein = g;
    t->symmetric = d[0] == 's';
    t->polarity = q <= 2 ? 1 : -1;
    return 0;
}

static int valid_slug(const char *s)
{
    if (!*s)
        return 0;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '_' || *s == '-'))
            return 0;
    return 1;
}

/* The relation a row names: found by name (its definition must agree) or new. */
static int row_type(rel_lexicon *lx, char **f, const int *col, const char *file, long line, uint32_t *out, eg_err *e)
{
    const char *name = f[col[1]];
    if (strcmp(name, "-") == 0) {
        *out = REL_STOP;
        return 0;
    }
    if (!valid_slug(name))
        return eg_fail(e, file, line, "relation '%s' is not a slug [a-z0-9_-]", name);
    rel_type t = {0};
    if (parse_type(&t, f, col, file, line, e) < 0)
        return -1;
    uint32_t i;
    if (strmap_get(lx->type_ids, name, strlen(name), &i)) {
        const rel_type *o = &lx->types[i];
        if (o->quadclass != t.quadclass || o->goldstein != t.goldstein || o->symmetric != t.symmetric) {
            const rel_origin *w = &lx->origins[lx->type_origin[i]];
            return eg_fail(e, file, line, "relation '%s' differs in quadclass, goldstein or direction from %s:%ld",
                           name, w->file, w->line);
        }
        *out = i;
        return 0;
    }
    t.name = xstrdup(name);
    t.cameo = xstrdup(col[5] >= 0 ? f[col[5]] : "");
    t.assault = !strncmp(t.cameo, "19", 2) || !strcmp(t.cameo, "176");
    t.aid = !strcmp(t.cameo, "070");
    t.reaction = !strncmp(t.cameo, "11", 2) || !strcmp(t.cameo, "051") || !strcmp(t.cameo, "120");
    t.supply = !strcmp(t.cameo, "072");
    t.deploy = !strcmp(t.cameo, "074");
    t.military = !strcmp(t.cameo, "062");
    t.reduce = !strncmp(t.cameo, "16", 2);
    t.host = !strcmp(t.cameo, "043");
    t.release = !strncmp(t.cameo, "084", 3);
    t.prior_act = t.cameo[0] == '1' && t.cameo[1] >= '7' && t.cameo[1] <= '9'                      ? PRIOR_FORCE
                  : !strcmp(t.cameo, "112") || !strcmp(t.cameo, "115")                             ? PRIOR_CHARGE
                  : !strncmp(t.cameo, "13", 2)                                                     ? PRIOR_THREAT
                  : !strcmp(t.cameo, "163")                                                        ? PRIOR_PENALTY
                  : t.deploy                                                                       ? PRIOR_DEPLOY
                  : !strncmp(t.cameo, "15", 2)                                                     ? PRIOR_SHOW
                  : !strcmp(t.cameo, "057") || !strcmp(t.cameo, "054") || !strcmp(t.cameo, "0871") ? PRIOR_DEAL
                  : t.reduce                                                                       ? PRIOR_EXPEL
                  : !strcmp(t.cameo, "042")                                                        ? PRIOR_VISIT
                                                                                                   : 0;
    XGROW(lx->types, lx->cap_types, lx->n_types + 1);
    XGROW(lx->type_origin, lx->cap_type_origin, lx->n_types + 1);
    lx->type_origin[lx->n_types] = add_origin(lx, file, line);
    lx->types[lx->n_types] = t;
    if (t.host && lx->host_type == REL_STOP)
        lx->host_type = (uint32_t)lx->n_types;
    strmap_put(lx->type_ids, name, strlen(name), (uint32_t)lx->n_types);
    *out = (uint32_t)lx->n_types++;
    return 0;
}

static int add_forms(rel_lexicon *lx, const char *field, uint32_t rel, const char *file, long line, eg_err *e)
{
    buf key = {0};
    uint32_t origin = add_origin(lx, file, line);
    int rc = 0;
    for (const char *p = field; rc == 0;) {
        const char *bar = strchr(p, '|');
        size_t n = bar ? (size_t)(bar - p) : strlen(p);
        rel_trigger t = {.relation = rel, .origin = origin};
        if (make_key(p, n, &key, &t.ntok, &t.first_len) < 0) {
            rc = eg_fail(e, file, line, "trigger form '%.*s' is empty or longer than %d words", (int)n, p,
                         REL_MAX_TOKENS);
            break;
        }
        uint32_t seen;
        if (strmap_get(lx->forms, key.data, key.len, &seen)) {
            const rel_origin *w = &lx->origins[seen];
            rc = eg_fail(e, file, line, "trigger '%s' already listed at %s:%ld", key.data, w->file, w->line);
            break;
        }
        if (lx->n_trigs >= REL_MAX_FORMS) {
            rc = eg_fail(e, file, line, "more than %d trigger forms", REL_MAX_FORMS);
            break;
        }
        strmap_put(lx->forms, key.data, key.len, origin);
        t.key = xstrndup(key.data, key.len);
        XGROW(lx->trigs, lx->cap_trigs, lx->n_trigs + 1);
        lx->trigs[lx->n_trigs++] = t;
        if (!bar)
            break;
        p = bar + 1;
    }
    buf_free(&key);
    return rc;
}

/* ---- reading ---- */

/* Splits line (NUL-terminated, modified) at tabs into f[0..*nf). */
static void split_tabs(char *line, char ***f, size_t *nf, size_t *cap)
{
    *nf = 0;
    for (char *p = line;;) {
        XGROW(*f, *cap, *nf + 1);
        (*f)[(*nf)++] = p;
        char *tab = strchr(p, '\t');
        if (!tab)
            break;
        *tab = '\0';
        p = tab + 1;
    }
}

static const char *const columns[] = {"trigger", "relation", "quadclass", "goldstein", "direction", "cameo"};
enum { NCOLS = 6, NREQUIRED = 5 };

static int load_file(rel_lexicon *lx, const char *path, eg_err *e)
{
    input_bytes in = {0};
    int rc = input_read(&in, path, e);
    if (rc != 0) {
        input_bytes_free(&in);
        return rc < 0 ? -1 : eg_fail(e, path, 0, "binary file, not a relation lexicon");
    }
    const char *text = in.data, *stop = in.data + in.len;
    const char *file = keep_file(lx, path);
    buf row_buf = {0};
    char **f = NULL;
    size_t nf = 0, capf = 0, nheader = 0;
    int col[NCOLS];
    int have_header = 0;
    long line = 0;
    for (const char *p = text; rc == 0 && p < stop;) {
        const char *nl = memchr(p, '\n', (size_t)(stop - p));
        const char *end = nl ? nl : stop;
        line++;
        if (!norm_valid_utf8(p, (size_t)(end - p))) {
            rc = eg_fail(e, file, line, "invalid UTF-8");
            break;
        }
        if (end > p && end[-1] == '\r')
            end--;
        buf_reset(&row_buf);
        buf_append(&row_buf, p, (size_t)(end - p)); /* split_tabs cuts it in place */
        char *row = row_buf.data;
        p = nl ? nl + 1 : stop;
        if (row[0] == '#' || row[strspn(row, " \t")] == '\0')
            continue;
        split_tabs(row, &f, &nf, &capf);
        if (!have_header) {
            for (int c = 0; c < NCOLS; c++) {
                col[c] = -1;
                for (size_t i = 0; i < nf; i++)
                    if (strcmp(f[i], columns[c]) == 0)
                        col[c] = (int)i;
                if (c < NREQUIRED && col[c] < 0)
                    rc = eg_fail(e, file, line, "missing column '%s' in the header", columns[c]);
            }
            nheader = nf;
            have_header = 1;
            continue;
        }
        if (nf != nheader) {
            rc = eg_fail(e, file, line, "%zu fields, the header has %zu", nf, nheader);
            break;
        }
        uint32_t rel = REL_STOP;
        if (!*f[col[0]])
            rc = eg_fail(e, file, line, "empty trigger");
        else if (row_type(lx, f, col, file, line, &rel, e) == 0)
            rc = add_forms(lx, f[col[0]], rel, file, line, e);
        else
            rc = -1;
    }
    free(f);
    buf_free(&row_buf);
    input_bytes_free(&in);
    index_triggers(lx);
    return rc;
}

int rel_load(rel_lexicon **out, const char *path, eg_err *e)
{
    rel_lexicon *lx = *out;
    if (!lx) {
        lx = xcalloc(1, sizeof *lx);
        lx->host_type = REL_STOP;
        lx->type_ids = strmap_new();
        lx->forms = strmap_new();
        wtab_grow(lx);
    }
    struct stat st;
    int rc = 0;
    if (stat(path, &st) < 0) {
        rc = eg_fail(e, path, 0, "cannot open: %s", strerror(errno));
    } else if (S_ISDIR(st.st_mode)) {
        buf p = {0};
        buf_printf(&p, "%s/relations.tsv", path);
        if (stat(p.data, &st) == 0)
            rc = load_file(lx, p.data, e);
        buf_free(&p);
    } else {
        rc = load_file(lx, path, e);
    }
    if (rc < 0 && !*out) {
        rel_free(lx);
        return -1;
    }
    *out = lx;
    return rc;
}

void rel_free(rel_lexicon *lx)
{
    if (!lx)
        return;
    for (size_t i = 0; i < lx->n_types; i++) {
        free(lx->types[i].name);
        free(lx->types[i].cameo);
    }
    for (size_t i = 0; i < lx->n_trigs; i++)
        free(lx->trigs[i].key);
    for (size_t i = 0; i < lx->n_files; i++)
        free(lx->files[i]);
    free(lx->types);
    free(lx->type_origin);
    free(lx->trigs);
    free(lx->origins);
    free(lx->files);
    strmap_free(lx->type_ids);
    strmap_free(lx->forms);
    free(lx->wtab);
    free(lx->wkeys);
    free(lx->wordv);
    free(lx);
}

size_t rel_count(const rel_lexicon *lx)
{
    return lx ? lx->n_types : 0;
}

const rel_type *rel_get(const rel_lexicon *lx, uint32_t i)
{
    return i < lx->n_types ? &lx->types[i] : NULL;
}
