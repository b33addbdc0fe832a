/* gaz.h - the gazetteer: entities and their aliases, loaded from TSV files
 * (format in DESIGN.md). Every alias is normalised here once (norm_string)
 * and carries its effective case rule, so the matcher needs no per-entity
 * logic. A directory loads every *.tsv in it, sorted by name, except the
 * relation lexicon relations.tsv. */
#ifndef ENTGRAPH_GAZ_H
#define ENTGRAPH_GAZ_H

#include <stddef.h>
#include <stdint.h>

#include "util.h"

enum gaz_casemode { GAZ_CASE_AUTO, GAZ_CASE_EXACT, GAZ_CASE_ANY };

/* Effective case rule of one alias. */
enum gaz_alias_rule {
    GAZ_RULE_EXACT = 1,    /* text must equal the alias byte for byte (after normalisation) */
    GAZ_RULE_CAPFIRST = 2, /* any case, but the first character must be a capital or digit */
    GAZ_RULE_ANY = 3       /* any case */
};

/* The value of an unknown column in an entity's row. */
typedef struct {
    uint32_t entity;
    char *key; /* column name */
    char *value;
} gaz_attr;

/* 72 bytes: the entities of a gazetteer of 27k rows fill one 2 MiB unit
 * of a big block (util.h), not two. */
typedef struct {
    char *id, *type, *name;
    char *bloc, *country, *note;     /* "" when absent */
    uint32_t first_alias, n_aliases; /* range in gaz.aliases */
    const char *file;                /* interned source file name */
    uint32_t line;
    enum gaz_casemode casemode;
} gaz_entity;

typedef struct {
    uint32_t entity;
    uint8_t rule;  /* enum gaz_alias_rule */
    uint8_t short_form; /* '~' marker: only after the entity was named in full */
    char *surface; /* as written in the file, markers stripped */
    char *key;     /* normalised (norm_string): the automaton pattern; NUL-terminated,
                      the surface itself when that is already normal */
    size_t keylen;
    long line;
} gaz_alias;

/* ents and aliases are big blocks (util.h: xbig_alloc, freed by gaz_free). */
typedef struct {
    gaz_entity *ents;
    size_t n_ents, cap_ents;
    gaz_alias *aliases;
    size_t n_aliases, cap_aliases;
    char **files; /* interned file names */
    size_t n_files, cap_files;
    char **attr_names; /* union of unknown column names, in first-seen order */
    size_t n_attr_names, cap_attr_names;
    gaz_attr *attrs; /* the unknown columns' values: by entity, then in header order */
    size_t n_attrs, cap_attrs;
    struct strmap *ids; /* id -> entity index (of the ents[0, n_checked) that gaz_check_ids saw) */
    size_t n_checked;
    char **texts;       /* each file's text, a big block (util.h): entity fields, attributes
                           and alias surfaces point into it */
    size_t n_texts, cap_texts;
    arena strings; /* the keys that differ from their surfaces, and other copies */
    int32_t *event_country; /* per entity: gaz_link_events, else NULL */
    int32_t *parties;       /* per entity, GAZ_PARTIES slots: gaz_link_events, else NULL */
} gaz;

/* How many countries of an agreement's "parties" column are kept. */
enum { GAZ_PARTIES = 3 };

/* Adds the entities of a file, or of every *.tsv in a directory, to g.
 * g must be zeroed before the first call. Returns 0, or -1 with e set to
 * "file:line: what" (invalid UTF-8, missing column, bad or duplicate id...). */
int gaz_load(gaz *g, const char *path, eg_err *e);
/* gaz_load in two steps, so that the rows can be put to use (the matcher
 * build) while their ids are checked: gaz_parse adds the entities of path
 * but leaves their ids unchecked; gaz_check_ids checks the ids of the
 * entities added since its last call, in order, and the first one seen
 * before is the error. rc is the result of the gaz_parse calls since then
 * (on failure, e holds the message): a duplicate id comes before it, since
 * a parse stops at its failure and the rows before it, and the failing row
 * too once its id is read, are in. Returns 0 or -1 with e set, as gaz_load,
 * which is gaz_check_ids(g, gaz_parse(g, path, e), e). */
int gaz_parse(gaz *g, const char *path, eg_err *e);
int gaz_check_ids(gaz *g, int rc, eg_err *e);
/* Frees the id map once no more entities will be loaded: a run does not look
 * ids up, and the map's pages (two 2 MiB units at 27,000 entities) are then
 * reused by the scan instead of fresh ones. gaz_find finds nothing after. */
void gaz_drop_ids(gaz *g);
/* Before gaz_drop_ids: for each event with a country column, the entity of
 * that country (the one whose id is the column in lower case: "UKR", "ukr"),
 * into g->event_country; -1 for the rest. "Russia's invasion of Ukraine"
 * (an event) names Ukraine. Likewise the countries of a "parties" column
 * ("USA PHL"), GAZ_PARTIES slots per entity, into g->parties: which of two
 * treaties a shared name ("the Mutual Defense Treaty") means is told by
 * which parties were named last (resolve.c). Nothing is allocated without
 * such an event or column. */
void gaz_link_events(gaz *g);
void gaz_free(gaz *g);

/* A copy of s owned by g (freed by gaz_free): for entity fields. */
char *gaz_strdup(gaz *g, const char *s);

/* Entity index for an id, or -1 (always, after gaz_drop_ids). */
long gaz_find(const gaz *g, const char *id);

#endif
