/* resolve.h - from candidates to mentions: leftmost-longest selection with
 * short forms and ambiguity resolved in document order.
 *
 * Walking candidates by start, the longest candidate that resolves wins and
 * the walk skips past its end. A full alias resolves to its entity (if a key
 * is a full alias of several entities, the one named most recently in the
 * document, else the first in gazetteer order). A short form ('~') resolves
 * only to an entity already named in the document by a full alias (most
 * recent wins), and not inside what looks like a longer name the gazetteer
 * lacks: a capitalised word right before it that is not a title or a plain
 * sentence opener ("Felix Kim" is not Kim Jong Un; "President Kim" and "Then
 * Kim" may be), or a capitalised word right after it in the same sentence
 * ("Kim Yo-jong"; weekdays excepted). A place's one-word name (a country or
 * location) inside a person's name is not the place: after a common given
 * name ("Michael Jordan"), or when it is a given name itself, before a
 * capitalised word that is no institution, title, date or other name ("Chad
 * Smith", "Israel Katz"; not "Israel Defense Forces", "Chad President"),
 * except in a headline's title case; and an alias right before '$' is a
 * currency code ("US$5 billion"). Mentions get their sentence index
 * (from d->sents) and token index (word starts before them), unless the
 * state says no one needs the token indexes: counting words reads every
 * byte of the text, the rest of resolving only the text near candidates.
 */
#ifndef ENTGRAPH_RESOLVE_H
#define ENTGRAPH_RESOLVE_H

#include "doc.h"
#include "gaz.h"
#include "match.h"

typedef struct {
    uint32_t *last_named; /* per entity: 1 + position of last full mention in this doc (0 = never) */
    uint8_t *place;       /* per entity: 0 not looked at yet, 1 not a place, 2 a country or location */
    uint32_t *touched;    /* entities to reset after the document */
    size_t n_touched, cap_touched;
    size_t n_ents;
    int no_tokens; /* set: nobody reads mention.token (no N-token window), leave it 0 */
} resolve_state; /* per thread; zero-initialise */

/* Fills d->mentions from s->cands (d->nt, d->sents must be set). */
void resolve_doc(resolve_state *st, const gaz *g, const match_scratch *s, doc *d);
void resolve_state_free(resolve_state *st);

#endif
