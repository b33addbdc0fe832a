/* rel.h - stated relations: the relation lexicon (gazetteer/relations.tsv)
 * and extraction of "A <trigger> B" relations within a sentence.
 * Lexicon format: DESIGN.md "Relation lexicon". */
#ifndef ENTGRAPH_REL_H
#define ENTGRAPH_REL_H

#include <stddef.h>
#include <stdint.h>

#include "doc.h"
#include "gaz.h"
#include "util.h"

typedef struct {
    char *name;       /* relation slug: cooperate, supply, attack ... */
    int quadclass;    /* 1..4 (GDELT meaning) */
    double goldstein; /* -10..10 */
    int symmetric;    /* direction "sym" */
    int polarity;     /* +1 for quadclass 1-2, -1 for 3-4 */
    char *cameo;      /* CAMEO code of the relation's first row ("" if none) */
    int assault;      /* cameo 19x (force) or 176 (hacking): a strike or a breach */
    int aid;          /* cameo 070: aid, a supply when arms are given (rel_arms_given) */
    int reaction;     /* cameo 11x (disapprove) or 051 (praise): a reaction to another's act */
    int supply;       /* cameo 072: military aid, goods handed over (not_a_supply) */
    int deploy;       /* cameo 074: troops sent, a deployment rather than goods */
    int military;     /* cameo 062: military cooperation, unless civil works are developed together */
    int reduce;       /* cameo 16x: relations reduced (ties cut, envoys recalled, aid suspended) */
    int host;         /* cameo 043: a visit hosted, or talks between others (talks_host) */
    int release;      /* cameo 084x: people freed (only people held: rel_detainees) */
    int prior_act;    /* the noun a later reaction may name the act by (rel_prior_act): PRIOR_FORCE (cameo 17x-19x,
                         "condemned the strikes"), PRIOR_CHARGE (112, and a lawsuit's 115: "rejected the charge",
                         "dismissed the case"), PRIOR_THREAT (13x, "dismissed the threat"), PRIOR_PENALTY (163,
                         "opposed the sanctions"), PRIOR_DEPLOY (074, "criticised the deployment"), PRIOR_SHOW
                         (15x, "condemned the launch"), PRIOR_DEAL (057, 054, 0871: "welcomed the agreement", its
                         parties), PRIOR_EXPEL (other 16x: "condemned the expulsions"), PRIOR_VISIT (042,
                         "criticised the visit": the visitor's), else 0 */
} rel_type;

/* PRIOR_MOVE, PRIOR_TALKS and PRIOR_REMARK are no type's: "the move", "the decision" name the latest act of any kind,
 * "the talks" a joint subject's, "the remarks" the words of the latest speaker (rel_prior_act). */
enum {
    PRIOR_FORCE = 1,
    PRIOR_CHARGE,
    PRIOR_THREAT,
    PRIOR_PENALTY,
    PRIOR_DEPLOY,
    PRIOR_SHOW,
    PRIOR_DEAL,
    PRIOR_EXPEL,
    PRIOR_MOVE,
    PRIOR_TALKS,
    PRIOR_VISIT,
    PRIOR_REMARK
};

typedef struct rel_lexicon rel_lexicon;

/* Loads relation lexicon files (a file, or relations.tsv inside a
 * directory; a directory without one gives an empty lexicon). If *out is
 * NULL a new lexicon is made, else the rows are added to *out. Returns 0, or
 * -1 with e set to "file:line: what" (and *out left as it was or freed if
 * it was made here). *out is never NULL on success. */
int rel_load(rel_lexicon **out, const char *path, eg_err *e);
void rel_free(rel_lexicon *lx); /* NULL-safe */
size_t rel_count(const rel_lexicon *lx);
const rel_type *rel_get(const rel_lexicon *lx, uint32_t i);

/* What rel_doc keeps between documents (one per thread and gazetteer;
 * zero-initialise): its arrays, and each entity's argument class, worked
 * out for all entities with the first document. */
typedef struct {
    struct rel_tok *tk; /* a sentence's tokens (rel_scan.h) */
    size_t tk_cap;
    int32_t *trig_at; /* its trigger tokens */
    size_t trig_cap;
    uint8_t *cls; /* per mention of the document: its argument class */
    size_t cls_cap;
    const gaz *g;     /* the gazetteer ent_cls is for */
    uint8_t *ent_cls; /* per entity: its argument class */
    uint32_t *ent_home; /* per entity: person or country, and its country column's hash (own_country) */
    uint32_t north;     /* the entity whose id is "prk" ("the North"), else UINT32_MAX */
    uint8_t *ent_state; /* per entity: DESCRIBES_STATE if "the kingdom", "the island" may stand for it, else 0 */
    size_t n_ents;
    long n_tk; /* tokens cut of the last sentence looked at (tests) */
    int whole; /* cut every sentence looked at to its end (tests compare) */
} rel_state;

void rel_state_free(rel_state *st);

/* Fills d->rels from d->mentions and d->sents (after resolve): per sentence,
 * "A <trigger> B" (nearest arguments around the trigger, passive "by A" and
 * "from A" flip it), joint subjects "A and B <sym trigger>", dyads
 * "A-B <sym trigger noun>" and "<trigger> between A and B". Issue-typed
 * mentions are never arguments; agreements, weapons, events and locations
 * are objects only. Marks negated / hypothetical statements. */
void rel_doc(rel_state *st, const rel_lexicon *lx, const gaz *g, doc *d);

#endif
