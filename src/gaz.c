/* gaz.c - gazetteer loader: TSV files with columns found by header name.
 * Every row is checked (ids, types, case modes, aliases) and each alias is
 * normalised once, with its effective case rule decided here, so the matcher
 * sees flat (key, rule, entity) triples. A file's text stays in g->strings
 * and is split in place: entity fields and alias surfaces point into it, and
 * an alias that is already normal is its own key. */
#include "gaz.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <sys/stat.h>
#include <unistd.h>

#include "norm.h"
#include "strmap.h"

_Static_assert(sizeof(gaz_entity) <= 72, "gaz_entity grew: see gaz.h");

enum { COL_ID, COL_TYPE, COL_NAME, COL_ALIASES, COL_BLOC, COL_COUNTRY, COL_CASE, COL_NOTE, N_KNOWN };
static const char *const known_cols[N_KNOWN] = {"id",      "type",    "name", "aliases",
                                                "bloc",    "country", "case", "note"};

#define MAX_COLS 64

typedef struct {
    const char *file;
    char *empty; /* the value of a missing field */
    long line;
    int col_of[N_KNOWN];     /* field index of each known column, -1 if absent */
    int n_cols, n_extra;
    char *extra_names[MAX_COLS]; /* header name of each unknown column, else NULL */
} header;

/* The file's bytes in a big block (util.h: one fault per 2 MiB, not per
 * page, for a text that is read whole and split in place), NUL-terminated.
 * read(2) straight into a buffer the size of the file (it grows if the file
 * does): no stdio buffer, whose free inside fclose an out-of-memory exit on
 * another thread could catch half done (valgrind then saw it lost). */
static int read_whole_file(const char *path, char **out, size_t *len, eg_err *e)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return eg_fail(e, path, 0, "cannot open: %s", strerror(errno));
    struct stat st;
    size_t want = fstat(fd, &st) == 0 && S_ISREG(st.st_mode) ? (size_t)st.st_size : 0;
    size_t cap = want + 2, got = 0;
    char *data = xbig_alloc_raw(cap); /* read over: only the tail is zeroed, below */
    int bad = 0;
    for (;;) {
        ssize_t n = read(fd, data + got, cap - got - 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            bad = n < 0;
            break;
        }
        got += (size_t)n;
        if (got + 1 == cap)
            data = xbig_realloc(data, cap *= 2);
    }
    close(fd);
    if (bad) {
        xbig_free(data);
        return eg_fail(e, path, 0, "read error");
    }
    memset(data + got, 0, cap - got); /* the NUL and the rest, zero as from xbig_alloc */
    *out = data;
    *len = got;
    return 0;
}

/* Splits line[0..n) (modified in place) at tabs into NUL-terminated fields
 * of lengths lens[]; returns their number, or max + 1 if there are more. */
static int split_tabs(char *line, size_t n, char **fields, size_t *lens, int max)
{
    char *p = line, *end = line + n;
    for (int k = 0;;) {
        char *tab = memchr(p, '\t', (size_t)(end - p));
        fields[k] = p;
        lens[k++] = (size_t)((tab ? tab : end) - p);
        if (!tab)
            return k;
        *tab = '\0';
        if (k == max)
            return max + 1;
        p = tab + 1;
    }
}

static int parse_header(header *h, char **fields, int n, eg_err *e)
{
    for (int k = 0; k < N_KNOWN; k++)
        h->col_of[k] = -1;
    h->n_cols = n;
    for (int i = 0; i < n; i++) {
        h->extra_names[i] = NULL;
        const char *f = fields[i];
        if (!*f)
            return eg_fail(e, h->file, h->line, "empty column name in header (column %d)", i + 1);
        int k;
        for (k = 0; k < N_KNOWN; k++)
            if (strcmp(f, known_cols[k]) == 0)
                break;
        if (k < N_KNOWN) {
            if (h->col_of[k] >= 0)
                return eg_fail(e, h->file, h->line, "column '%s' appears twice in header", f);
            h->col_of[k] = i;
        } else {
            for (int j = 0; j < i; j++)
                if (h->extra_names[j] && strcmp(h->extra_names[j], f) == 0)
                    return eg_fail(e, h->file, h->line, "column '%s' appears twice in header", f);
            h->extra_names[i] = (char *)f;
            h->n_extra++;
        }
    }
    for (int k = 0; k < 3; k++)
        if (h->col_of[k] < 0)
            return eg_fail(e, h->file, h->line, "header lacks required column '%s'", known_cols[k]);
    return 0;
}

/* What a byte may be in an id and a type: [a-z0-9] starts an id and
 * [a-z0-9_.-] continues it; [a-z] starts a type and [a-z0-9_-] continues
 * it. One table load per byte. */
enum { ID_FIRST = 1, ID_REST = 2, TYPE_FIRST = 4, TYPE_REST = 8 };
static const unsigned char name_class[256] = {
#define LOWER(c) [c] = ID_FIRST | ID_REST | TYPE_FIRST | TYPE_REST
#define DIGIT(c) [c] = ID_FIRST | ID_REST | TYPE_REST
    LOWER('a'),
    LOWER('b'),
    LOWER('c'),
    LOWER('d'),
    LOWER('e'),
    LOWER('f'),
    LOWER('g'),
    LOWER('h'),
    LOWER('i'),
    LOWER('j'),
    LOWER('k'),
    LOWER('l'),
    LOWER('m'),
    LOWER('n'),
    LOWER('o'),
    LOWER('p'),
    LOWER('q'),
    LOWER('r'),
    LOWER('s'),
    LOWER('t'),
    LOWER('u'),
    LOWER('v'),
    LOWER('w'),
    LOWER('x'),
    LOWER('y'),
    LOWER('z'),
    DIGIT('0'),
    DIGIT('1'),
    DIGIT('2'),
    DIGIT('3'),
    DIGIT('4'),
    DIGIT('5'),
    DIGIT('6'),
    DIGIT('7'),
    DIGIT('8'),
    DIGIT('9'),
    ['_'] = ID_REST | TYPE_REST,
    ['-'] = ID_REST | TYPE_REST,
    ['.'] = ID_REST,
#undef LOWER
#undef DIGIT
};

/* s[0, n) starts with a byte of class first, the rest are of class rest
 * (n == 0 is not valid). */
static int valid_name(const char *s, size_t n, unsigned first, unsigned rest)
{
    const unsigned char *u = (const unsigned char *)s;
    if (n == 0 || !(name_class[u[0]] & first))
        return 0;
    for (size_t i = 1; i < n; i++)
        if (!(name_class[u[i]] & rest))
            return 0;
    return 1;
}

/* DESIGN.md: 2-5 characters, all capitals, digits or dots (US, U.S., ROK). */
static int is_acronym(const char *s, size_t n)
{
    if (n < 2 || n > 5)
        return 0;
    int letters = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z')
            letters++;
        else if (!(c == '.' || (c >= '0' && c <= '9')))
            return 0;
    }
    return letters > 0;
}

/* Cuts the spaces around s[0..*n) (NUL-terminated); updates *n. */
static char *trim(char *s, size_t *n)
{
    char *e = s + *n;
    while (s < e && *s == ' ')
        s++;
    while (e > s && e[-1] == ' ')
        *--e = '\0';
    *n = (size_t)(e - s);
    return s;
}

static const char *intern_file(gaz *g, const char *path)
{
    for (size_t i = 0; i < g->n_files; i++)
        if (strcmp(g->files[i], path) == 0)
            return g->files[i];
    XGROW(g->files, g->cap_files, g->n_files + 1);
    return g->files[g->n_files++] = xstrdup(path);
}

/* Adds one alias, surface[0..n) (NUL-terminated, markers already stripped
 * into exact/short_form). */
static int add_alias(gaz *g, const header *h, uint32_t ent, char *surface, size_t n, int exact, int short_form,
                     eg_err *e)
{
    const gaz_entity *en = &g->ents[ent];
    size_t keylen = n;
    char *key = surface;
    if (!norm_is_normal(surface, n)) {
        char *k = norm_string(surface, n, &keylen);
        if (!k)
            return eg_fail(e, h->file, h->line, "alias '%s' is not valid UTF-8", surface);
        if (keylen == 0) {
            free(k);
            return eg_fail(e, h->file, h->line, "alias '%s' normalises to nothing", surface);
        }
        key = arena_strndup(&g->strings, k, keylen);
        free(k);
    }
    for (uint32_t i = en->first_alias; i < g->n_aliases; i++) {
        gaz_alias *a = &g->aliases[i];
        if (a->keylen == keylen && memcmp(a->key, key, keylen) == 0 && a->short_form == short_form)
            return 0; /* the name listed again among the aliases */
    }
    uint8_t rule;
    if (exact || en->casemode == GAZ_CASE_EXACT)
        rule = GAZ_RULE_EXACT;
    else if (en->casemode == GAZ_CASE_ANY)
        rule = GAZ_RULE_ANY;
    else if (is_acronym(surface, n))
        rule = GAZ_RULE_EXACT;
    else if (en->type[0] == 'i' && strcmp(en->type, "issue") == 0) /* no call for most types */
        rule = GAZ_RULE_ANY;
    else
        rule = GAZ_RULE_CAPFIRST;
    XBIG_GROW(g->aliases, g->cap_aliases, g->n_aliases + 1);
    gaz_alias *a = &g->aliases[g->n_aliases++];
    a->entity = ent;
    a->rule = rule;
    a->short_form = (uint8_t)short_form;
    a->surface = surface;
    a->key = key;
    a->keylen = keylen;
    a->line = h->line;
    g->ents[ent].n_aliases++;
    return 0;
}

/* Adds the aliases of list[0..n) (NUL-terminated, split in place). */
static int parse_aliases(gaz *g, const header *h, uint32_t ent, char *list, size_t n, eg_err *e)
{
    char *p = list, *end = list + n;
    for (;;) {
        char *bar = memchr(p, '|', (size_t)(end - p));
        size_t len = (size_t)((bar ? bar : end) - p);
        if (bar)
            *bar = '\0';
        char *s = trim(p, &len);
        int exact = 0, short_form = 0;
        while (*s == '=' || *s == '~') {
            if (*s == '=')
                exact = 1;
            else
                short_form = 1;
            len--;
            s = trim(s + 1, &len);
        }
        if (!len)
            return eg_fail(e, h->file, h->line, "empty alias in aliases list");
        if (add_alias(g, h, ent, s, len, exact, short_form, e) < 0)
            return -1;
        if (!bar)
            return 0;
        p = bar + 1;
    }
}

/* Field k of the row (trimmed, except the note and the alias list: a list
 * of spaces is an empty alias), or h->empty. */
static inline char *field(const header *h, char **fields, size_t *lens, int n, int k, size_t *len)
{
    int i = h->col_of[k];
    if (i < 0 || i >= n) {
        *len = 0;
        return h->empty;
    }
    *len = lens[i];
    return k == COL_NOTE || k == COL_ALIASES ? fields[i] : trim(fields[i], len);
}

static int parse_row(gaz *g, header *h, char **fields, size_t *lens, int n, eg_err *e)
{
    if (n > h->n_cols)
        return eg_fail(e, h->file, h->line, "%d fields, but the header has %d columns", n, h->n_cols);
    size_t idlen, typelen, namelen, len;
    char *id = field(h, fields, lens, n, COL_ID, &idlen);
    char *type = field(h, fields, lens, n, COL_TYPE, &typelen);
    char *name = field(h, fields, lens, n, COL_NAME, &namelen);
    if (!*id)
        return eg_fail(e, h->file, h->line, "missing id");
    if (!valid_name(id, idlen, ID_FIRST, ID_REST))
        return eg_fail(e, h->file, h->line, "bad id '%s' (want [a-z0-9][a-z0-9_.-]*)", id);
    if (!*type)
        return eg_fail(e, h->file, h->line, "entity '%s' has no type", id);
    if (!valid_name(type, typelen, TYPE_FIRST, TYPE_REST))
        return eg_fail(e, h->file, h->line, "bad type '%s' for '%s' (want a lowercase word)", type, id);
    if (!*name)
        return eg_fail(e, h->file, h->line, "entity '%s' has no name", id);
    /* The entity goes in here, where its id is checked for a duplicate
     * (gaz_check_ids, later): a row that fails below still has its id
     * checked, and a duplicate comes first. */
    uint32_t idx = (uint32_t)g->n_ents;
    XBIG_GROW(g->ents, g->cap_ents, g->n_ents + 1);
    g->n_ents++;
    gaz_entity *en = &g->ents[idx];
    memset(en, 0, sizeof *en);
    en->id = id;
    en->type = type;
    en->name = name;
    en->file = h->file;
    en->line = (uint32_t)h->line;
    en->first_alias = (uint32_t)g->n_aliases;
    enum gaz_casemode cm = GAZ_CASE_AUTO;
    const char *cs = field(h, fields, lens, n, COL_CASE, &len);
    if (!*cs) /* most rows: no case column, or it is empty */
        ;
    else if (strcmp(cs, "exact") == 0)
        cm = GAZ_CASE_EXACT;
    else if (strcmp(cs, "any") == 0)
        cm = GAZ_CASE_ANY;
    else if (strcmp(cs, "auto") != 0)
        return eg_fail(e, h->file, h->line, "bad case '%s' for '%s' (want auto, exact or any)", cs, id);
    en->bloc = field(h, fields, lens, n, COL_BLOC, &len);
    en->country = field(h, fields, lens, n, COL_COUNTRY, &len);
    en->note = field(h, fields, lens, n, COL_NOTE, &len);
    en->casemode = cm;
    for (int i = 0; h->n_extra && i < h->n_cols; i++)
        if (h->extra_names[i]) {
            XGROW(g->attrs, g->cap_attrs, g->n_attrs + 1);
            g->attrs[g->n_attrs++] = (gaz_attr){idx, h->extra_names[i], i < n ? fields[i] : h->empty};
        }

    /* The name is an alias list too: split in a copy, unless it is one
     * plain alias (most are), which is then the name itself. */
    int plain = !memchr(name, '|', namelen) && *name != '=' && *name != '~';
    if (plain ? add_alias(g, h, idx, name, namelen, 0, 0, e) < 0
              : parse_aliases(g, h, idx, arena_strndup(&g->strings, name, namelen), namelen, e) < 0)
        return -1;
    char *al = field(h, fields, lens, n, COL_ALIASES, &len);
    return len ? parse_aliases(g, h, idx, al, len, e) : 0;
}

/* How many times c occurs in p[0..n): memchr's vector loop, not a load and
 * a compare per byte. */
static size_t count_byte(const char *p, size_t n, char c)
{
    size_t k = 0;
    for (const char *end = p + n; (p = memchr(p, c, (size_t)(end - p))) != NULL; p++)
        k++;
    return k;
}

/* Room for the entities and aliases of the file text p[0..n), so that the
 * arrays are not copied and doubled as they fill: a row holds at most one
 * entity and its name and alias list (each a list split at '|'), so at most
 * two aliases plus one per '|'. Reserved pages that no row fills are never
 * touched. */
static void reserve_rows(gaz *g, const char *p, size_t n)
{
    size_t lines = 1 + count_byte(p, n, '\n'), bars = count_byte(p, n, '|');
    XBIG_GROW(g->ents, g->cap_ents, g->n_ents + lines);
    XBIG_GROW(g->aliases, g->cap_aliases, g->n_aliases + 2 * lines + bars);
}

static int load_file(gaz *g, const char *path, eg_err *e)
{
    char *data = NULL;
    size_t len = 0;
    if (read_whole_file(path, &data, &len, e) < 0)
        return -1;
    XGROW(g->texts, g->cap_texts, g->n_texts + 1);
    g->texts[g->n_texts++] = data; /* the entities point into it */
    header h = {.file = intern_file(g, path), .empty = gaz_strdup(g, "")};
    int have_header = 0, rc = 0;
    char *fields[MAX_COLS + 1];
    size_t lens[MAX_COLS + 1];
    char *p = data, *end = data + len;
    size_t bom = (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) ? 3 : 0;
    p += bom;
    /* One check of the whole file instead of one per line; the lines are
     * checked one by one only to name the first bad one. */
    int valid = !memchr(p, '\0', len - bom) && norm_valid_utf8(p, len - bom);
    reserve_rows(g, p, len - bom);
    while (p < end && rc == 0) {
        h.line++;
        char *nl = memchr(p, '\n', (size_t)(end - p));
        char *le = nl ? nl : end;
        if (le > p && le[-1] == '\r')
            le--;
        size_t n = (size_t)(le - p);
        if (!valid && memchr(p, '\0', n))
            rc = eg_fail(e, h.file, h.line, "NUL byte in gazetteer");
        else if (!valid && !norm_valid_utf8(p, n))
            rc = eg_fail(e, h.file, h.line, "invalid UTF-8");
        else if (n > 0 && p[0] != '#') {
            *le = '\0';
            size_t i = 0;
            while (i < n && (p[i] == ' ' || p[i] == '\t'))
                i++;
            if (i < n) { /* not blank */
                int nf = split_tabs(p, n, fields, lens, MAX_COLS);
                if (nf > MAX_COLS)
                    rc = eg_fail(e, h.file, h.line, "more than %d columns", MAX_COLS);
                else if (!have_header) {
                    rc = parse_header(&h, fields, nf, e);
                    if (rc < 0)
                        break;
                    have_header = 1; /* its names stay in data, shared by the rows */
                } else
                    rc = parse_row(g, &h, fields, lens, nf, e);
            }
        }
        p = nl ? nl + 1 : end;
    }
    if (rc == 0 && !have_header)
        rc = eg_fail(e, h.file, 0, "no header row (an empty gazetteer file)");
    for (int i = 0; have_header && i < h.n_cols; i++)
        if (h.extra_names[i]) {
            int seen = 0;
            for (size_t j = 0; j < g->n_attr_names; j++)
                seen |= strcmp(g->attr_names[j], h.extra_names[i]) == 0;
            if (!seen) {
                XGROW(g->attr_names, g->cap_attr_names, g->n_attr_names + 1);
                g->attr_names[g->n_attr_names++] = xstrdup(h.extra_names[i]);
            }
        }
    return rc;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int has_suffix(const char *s, const char *suf)
{
    size_t n = strlen(s), m = strlen(suf);
    return n > m && strcmp(s + n - m, suf) == 0;
}

int gaz_parse(gaz *g, const char *path, eg_err *e)
{
    struct stat st;
    if (stat(path, &st) != 0)
        return eg_fail(e, path, 0, "cannot open gazetteer: %s", strerror(errno));
    if (!S_ISDIR(st.st_mode))
        return load_file(g, path, e);
    DIR *dir = opendir(path);
    if (!dir)
        return eg_fail(e, path, 0, "cannot open gazetteer folder: %s", strerror(errno));
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *de;
    while ((de = readdir(dir)) != NULL) {
        if (de->d_name[0] == '.' || !has_suffix(de->d_name, ".tsv") || strcmp(de->d_name, "relations.tsv") == 0)
            continue;
        XGROW(names, cap, n + 1);
        names[n++] = xstrdup(de->d_name);
    }
    closedir(dir);
    if (n > 1) /* names is NULL for a folder without *.tsv */
        qsort(names, n, sizeof *names, cmp_str);
    int rc = 0;
    size_t found = 0;
    for (size_t i = 0; i < n; i++) {
        buf full = {0};
        buf_printf(&full, "%s%s%s", path, has_suffix(path, "/") ? "" : "/", names[i]);
        if (rc == 0 && stat(full.data, &st) == 0 && S_ISREG(st.st_mode)) {
            rc = load_file(g, full.data, e);
            found++;
        }
        buf_free(&full);
        free(names[i]);
    }
    free(names);
    if (rc == 0 && found == 0)
        return eg_fail(e, path, 0, "no *.tsv gazetteer files in folder");
    return rc;
}

int gaz_check_ids(gaz *g, int rc, eg_err *e)
{
    if (!g->ids)
        g->ids = strmap_new_borrowed(); /* the ids stay in their file's text */
    strmap_reserve(g->ids, g->n_ents);
    for (; g->n_checked < g->n_ents; g->n_checked++) {
        const gaz_entity *en = &g->ents[g->n_checked];
        uint32_t prev;
        if (!strmap_add(g->ids, en->id, strlen(en->id), (uint32_t)g->n_checked, &prev))
            return eg_fail(e, en->file, (long)en->line, "duplicate id '%s' (first defined at %s:%ld)", en->id,
                           g->ents[prev].file, (long)g->ents[prev].line);
    }
    return rc;
}

int gaz_load(gaz *g, const char *path, eg_err *e)
{
    return gaz_check_ids(g, gaz_parse(g, path, e), e);
}

/* The country entity whose id is code in lower case ("UKR": "ukr"), or -1. */
static long country_entity(const gaz *g, const char *code, size_t n)
{
    char id[8];
    if (n == 0 || n >= sizeof id)
        return -1;
    for (size_t k = 0; k < n; k++)
        id[k] = (char)tolower((unsigned char)code[k]);
    id[n] = '\0';
    long c = gaz_find(g, id);
    return c >= 0 && strcmp(g->ents[c].type, "country") == 0 ? c : -1;
}

/* g->parties from the "parties" columns: codes split by spaces or commas. */
static void link_parties(gaz *g)
{
    for (size_t i = 0; i < g->n_attrs; i++) {
        const gaz_attr *a = &g->attrs[i];
        if (strcmp(a->key, "parties") != 0 || !*a->value)
            continue;
        if (!g->parties) {
            g->parties = xmalloc(g->n_ents * GAZ_PARTIES * sizeof *g->parties);
            for (size_t k = 0; k < g->n_ents * GAZ_PARTIES; k++)
                g->parties[k] = -1;
        }
        int32_t *slot = &g->parties[(size_t)a->entity * GAZ_PARTIES];
        int n = 0;
        for (const char *p = a->value; *p && n < GAZ_PARTIES;) {
            size_t len = strcspn(p, " ,");
            long c = country_entity(g, p, len);
            if (c >= 0)
                slot[n++] = (int32_t)c;
            p += len + (p[len] != '\0');
        }
    }
}

void gaz_link_events(gaz *g)
{
    link_parties(g);
    for (size_t i = 0; i < g->n_ents; i++) {
        const gaz_entity *en = &g->ents[i];
        if (strcmp(en->type, "event") != 0)
            continue;
        long c = country_entity(g, en->country, strlen(en->country));
        if (c < 0)
            continue;
        if (!g->event_country) {
            g->event_country = xmalloc(g->n_ents * sizeof *g->event_country);
            for (size_t k = 0; k < g->n_ents; k++)
                g->event_country[k] = -1;
        }
        g->event_country[i] = (int32_t)c;
    }
}

void gaz_drop_ids(gaz *g)
{
    strmap_free(g->ids);
    g->ids = NULL;
}

char *gaz_strdup(gaz *g, const char *s) { return arena_strndup(&g->strings, s, strlen(s)); }

long gaz_find(const gaz *g, const char *id)
{
    uint32_t v;
    if (g->ids && strmap_get(g->ids, id, strlen(id), &v))
        return (long)v;
    return -1;
}

void gaz_free(gaz *g)
{
    if (!g)
        return;
    for (size_t i = 0; i < g->n_files; i++)
        free(g->files[i]);
    for (size_t i = 0; i < g->n_attr_names; i++)
        free(g->attr_names[i]);
    for (size_t i = 0; i < g->n_texts; i++)
        xbig_free(g->texts[i]);
    free(g->texts);
    xbig_free(g->ents);
    xbig_free(g->aliases);
    free(g->files);
    free(g->attr_names);
    free(g->attrs);
    strmap_free(g->ids);
    free(g->event_country);
    free(g->parties);
    arena_free(&g->strings);
    memset(g, 0, sizeof *g);
}
