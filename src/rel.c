/* rel.c - stated relations: who does what to whom, within one sentence.
 *
 * A sentence is cut into tokens (words and punctuation bytes), each knowing
 * the argument mention that covers it; issue mentions are not arguments and
 * stay plain words, so triggers may run over them ("cyber attack").
 * Triggers are found once per sentence, longest form first, never inside an
 * argument mention except for dyads. Then, in this order:
 *   dyads     "A-B <sym trigger>" within a few words ("U.S.-ROK alliance");
 *   between   "<trigger> ... between A and B" (symmetric triggers);
 *   agents    "by A" / "from A" after the trigger: A acts, on the object that
 *             follows or else on the subject (passive "B was attacked by A");
 *   active    the nearest subject on the left (not a prepositional object
 *             nor the object of another trigger, unless it is a possessor
 *             "A's" or next to the trigger) acts on the nearest object on the
 *             right whose preposition can mark a patient or partner; "and"
 *             lists add subjects and objects; a joint subject with a
 *             symmetric trigger and no object relates its members.
 * Nothing is allocated per sentence: one token array per document. */
#include "rel.h"

#include <stdlib.h>
#include <string.h>

#include "rel_lex.h"

enum {
    MAX_ARGS = 4,     /* subjects or objects joined by "and" */
    LEFT_WORDS = 30,  /* how far a subject may be */
    RIGHT_WORDS = 12, /* how far an object may be */
    DYAD_WORDS = 6,   /* words between a dyad and its trigger noun */
    CUE_WORDS = 6,    /* negation / modality window before the trigger */
    HEAD_WORDS = 3,   /* words between a possessor and its head: "Korea's new Strategic Command" */
    POSS_TOKENS = 8   /* a possessor "A's" within this many tokens of the trigger is its subject */
};

enum { TK_WORD = 1, TK_TRIG_END = 2, TK_IN_MENTION = 4, TK_USED = 8 };

typedef struct {
    uint32_t s, e; /* normalised offsets */
    int32_t men;   /* argument mention covering the token, or -1 */
    int32_t trig;  /* first token of a trigger occurrence: trigger index, else -1 */
    uint8_t tlen;  /* tokens in that occurrence */
    uint8_t flags;
} tok;

typedef struct {
    const rel_lexicon *lx;
    const gaz *g;
    doc *d;
    const char *t;
    tok *tk;
    long n;
    uint32_t sent;
    size_t first_rel; /* d->rels index where this sentence's relations start */
} sctx;

typedef struct {
    int32_t m[MAX_ARGS];
    int n;
} args;

/* ---- word lists ---- */

static const char *const DETS[] = {"the",   "a",     "an",   "its", "their", "his",  "her", "our",  "this",
                                   "these", "those", "both", "all", "some",  "such", "any", "each", NULL};
static const char *const PREPS[] = {"in",      "on",      "at",     "of",      "for",    "to",        "with",
                                    "from",    "by",      "into",   "over",    "under",  "between",   "among",
                                    "against", "about",   "after",  "before",  "during", "since",     "through",
                                    "toward",  "towards", "near",   "outside", "inside", "within",    "without",
                                    "across",  "around",  "beyond", "via",     "amid",   "despite",   "than",
                                    "like",    "per",     "upon",   "onto",    "behind", "including", NULL};
/* prepositions that can introduce a patient or partner */
static const char *const OBJ_PREPS[] = {"with", "to", "on",   "against", "toward", "towards",
                                        "for",  "of", "into", "upon",    "onto",   NULL};
static const char *const AGENT_PREPS[] = {"by", "from", NULL};
static const char *const NEAR_PREPS[] = {"of", "over", "about", NULL}; /* "concerns over A providing" */
/* reporting verbs: a subject left of them is the speaker's, not the relation's */
static const char *const REPORT[] = {
    "said",      "says",      "say",    "told",         "tells",     "stated",   "noted",      "notes",      "added",
    "adds",      "explained", "argued", "argues",       "believes",  "believed", "according",  "reported",   "wrote",
    "announced", "claimed",   "claims", "affirmed",     "declared",  "stressed", "emphasized", "emphasised", "observed",
    "pointed",   "admitted",  "admits", "acknowledged", "suggested", "suggests", "mentioned",  "recalled",   "revealed",
    "concluded", "contended", "clear",  "thinks",       "expects",   "hopes",    NULL};
/* words that end the object search: a new clause or a new predicate */
static const char *const CLAUSE_STOP[] = {
    "that",  "which",  "who", "whom",  "whose",  "while", "whereas", "but",  "because", "although", "though", "when",
    "where", "unless", "if",  "will",  "would",  "is",    "are",     "was",  "were",    "has",      "have",   "had",
    "can",   "could",  "may", "might", "should", "must",  "shall",   "does", "did",     NULL};
static const char *const LIGHT_VERBS[] = {
    "launch", "launched", "launches", "launching", "conduct", "conducted", "conducting", "carry", "carried", "carrying",
    "make",   "made",     "makes",    "making",    "stage",   "staged",    "staging",    "wage",  "waged",   "waging",
    "mount",  "mounted",  "hold",     "held",      "holds",   "holding",   "take",       "took",  "taken",   NULL};
static const char *const BE_AUX[] = {"was", "were", "is", "are", "been", "be", "being", "get", "gets", "got", NULL};
static const char *const NEG[] = {"not",     "never",     "no",      "without",  "neither", "nor",
                                  "cannot",  "refrained", "refrain", "refrains", "refused", "refuse",
                                  "refuses", "denied",    "denies",  "deny",     "failed",  NULL};
static const char *const MODAL[] = {"could",   "would",     "may",         "might",    "should",  "if",
                                    "unless",  "whether",   "potentially", "possibly", "perhaps", "accused",
                                    "alleged", "allegedly", "suspected",   NULL}; /* claims, not facts */
static const char *const SUBORD[] = {"if", "unless", "whether", "potential", "prospect", NULL};
/* "to" + trigger is an intention ("encouraged Seoul to join") unless these say it happens */
static const char *const REALIS_TO[] = {"continue", "continues", "continued", "began",   "begun", "start",
                                        "started",  "starts",    "managed",   "used",    "went",  "agreed",
                                        "agree",    "agrees",    "decided",   "ability", "able",  NULL};
static const char *const POSS_PRON[] = {"its", "their", NULL};
static const char *const CONJ[] = {"and", "or", NULL};
static const char *const BETWEEN[] = {"between", "among", NULL};

/* ---- token tests ---- */

static char lower(char ch)
{
    return ch >= 'A' && ch <= 'Z' ? (char)(ch - 'A' + 'a') : ch;
}

/* Token i equals w[0..wn) (lower case), ASCII case folded. */
static int token_eq(const sctx *c, long i, const char *w, size_t wn)
{
    if (i < 0 || i >= c->n || c->tk[i].e - c->tk[i].s != wn)
        return 0;
    const char *p = c->t + c->tk[i].s;
    for (size_t k = 0; k < wn; k++)
        if (lower(p[k]) != w[k])
            return 0;
    return 1;
}

static int is_word(const sctx *c, long i, const char *w)
{
    return i >= 0 && i < c->n && (c->tk[i].flags & TK_WORD) && token_eq(c, i, w, strlen(w));
}

static int word_in(const sctx *c, long i, const char *const *list)
{
    if (i < 0 || i >= c->n || c->tk[i].men >= 0)
        return 0;
    for (; *list; list++)
        if (is_word(c, i, *list))
            return 1;
    return 0;
}

static int is_punct(const sctx *c, long i, const char *set)
{
    return i >= 0 && i < c->n && !(c->tk[i].flags & TK_WORD) && strchr(set, c->t[c->tk[i].s]);
}

/* 0: not an argument (issue); 1: a thing that can be acted on only; 2: an actor. */
static int arg_class(const gaz *g, uint32_t entity)
{
    const char *t = g->ents[entity].type;
    if (strcmp(t, "issue") == 0)
        return 0;
    static const char *const things[] = {"agreement",  "weapon",    "event",   "location",
                                         "technology", "programme", "program", NULL};
    for (const char *const *p = things; *p; p++)
        if (strcmp(t, *p) == 0)
            return 1;
    return 2;
}

static int men_class(const sctx *c, int32_t m)
{
    return arg_class(c->g, c->d->mentions.v[m].entity);
}

static long men_first(const sctx *c, long i)
{
    while (i > 0 && c->tk[i - 1].men == c->tk[i].men)
        i--;
    return i;
}

static long men_last(const sctx *c, long i)
{
    while (i + 1 < c->n && c->tk[i + 1].men == c->tk[i].men)
        i++;
    return i;
}

static long skip_dets_left(const sctx *c, long i)
{
    while (word_in(c, i, DETS))
        i--;
    return i;
}

static long skip_dets_right(const sctx *c, long i)
{
    while (word_in(c, i, DETS))
        i++;
    return i;
}

/* From an opening bracket at i, the index after its closing one. */
static long skip_paren_right(const sctx *c, long i)
{
    int depth = 0;
    for (; i < c->n; i++) {
        if (is_punct(c, i, "(["))
            depth++;
        else if (is_punct(c, i, ")]") && --depth == 0)
            return i + 1;
    }
    return c->n;
}

/* From a closing bracket at i, the index before its opening one. */
static long skip_paren_left(const sctx *c, long i)
{
    int depth = 0;
    for (; i >= 0; i--) {
        if (is_punct(c, i, ")]"))
            depth++;
        else if (is_punct(c, i, "([") && --depth == 0)
            return i - 1;
    }
    return -1;
}

/* Index after a possessive marker ("'s" or "'") at i, or -1. */
static long after_possessive(const sctx *c, long i)
{
    if (is_punct(c, i, "("))
        i = skip_paren_right(c, i); /* "(GRU)'s" */
    if (!is_punct(c, i, "'"))
        return -1;
    return is_word(c, i + 1, "s") && c->tk[i + 1].s == c->tk[i].e ? i + 2 : i + 1;
}

/* "A's [few words] B": the head is B. Follows such chains from the mention
 * ending at *last; returns the head mention and moves *last to its end. */
static int32_t possessive_head(const sctx *c, long *last)
{
    int32_t m = c->tk[*last].men;
    for (;;) {
        long q = after_possessive(c, *last + 1);
        if (q < 0)
            return m;
        long k = q;
        while (k < c->n && k - q < HEAD_WORDS && c->tk[k].men < 0 && (c->tk[k].flags & TK_WORD))
            k++;
        if (k >= c->n || c->tk[k].men < 0)
            return m;
        m = c->tk[k].men;
        *last = men_last(c, k);
    }
}

/* Start of the noun phrase whose head mention starts at np: takes in a
 * possessor "A's [few words]" before it. */
static long possessor_start(const sctx *c, long np)
{
    long q = np - 1;
    for (int w = 0; w < HEAD_WORDS && q >= 0 && c->tk[q].men < 0 && (c->tk[q].flags & TK_WORD); w++) {
        if (is_word(c, q, "s") && is_punct(c, q - 1, "'"))
            break;
        q--;
    }
    if (is_word(c, q, "s") && is_punct(c, q - 1, "'"))
        q -= 2;
    else if (is_punct(c, q, "'"))
        q--;
    else
        return np;
    if (is_punct(c, q, ")"))
        q = skip_paren_left(c, q);
    return q >= 0 && c->tk[q].men >= 0 ? men_first(c, q) : np;
}

static void add_arg(args *a, int32_t m)
{
    for (int i = 0; i < a->n; i++)
        if (a->m[i] == m)
            return;
    if (a->n < MAX_ARGS)
        a->m[a->n++] = m;
}

/* ---- negation and modality ---- */

static int is_neg(const sctx *c, long i)
{
    if (is_word(c, i, "t") && is_punct(c, i - 1, "'")) /* didn't, won't */
        return 1;
    return word_in(c, i, NEG) && !(is_word(c, i, "not") && is_word(c, i + 1, "only"));
}

/* Looks at the words between the subject (ending before `from`) and the
 * trigger at ts, and at the start of the subject's clause (before `start`). */
static void cues(const sctx *c, long start, long from, long ts, int8_t *neg, int8_t *hyp)
{
    long lo = ts - CUE_WORDS;
    if (from > lo)
        lo = from;
    if (lo < 0)
        lo = 0;
    for (long q = lo; q < ts; q++) {
        if (is_neg(c, q))
            *neg = 1;
        if (word_in(c, q, MODAL))
            *hyp = 1;
    }
    for (long q = start - 1; q >= 0 && q >= start - 8 && !is_punct(c, q, ",;:"); q--)
        if (word_in(c, q, SUBORD))
            *hyp = 1;
    if (is_word(c, ts - 1, "to") && !word_in(c, ts - 2, REALIS_TO))
        *hyp = 1;
}

/* ---- output ---- */

static void emit(sctx *c, int32_t ma, int32_t mb, long ti, int8_t neg, int8_t hyp)
{
    const mention *mv = c->d->mentions.v;
    uint32_t a = mv[ma].entity, b = mv[mb].entity;
    if (a == b)
        return;
    uint32_t r = c->lx->trigs[c->tk[ti].trig].relation;
    const uint32_t *orig = c->d->nt.orig;
    uint32_t ts = c->tk[ti].s, te = c->tk[ti + c->tk[ti].tlen - 1].e;
    if (orig) {
        ts = orig[ts];
        te = orig[te];
    }
    int sym = c->lx->types[r].symmetric;
    for (size_t i = c->first_rel; i < c->d->rels.n; i++) {
        const stated_rel *o = &c->d->rels.v[i];
        if (o->relation == r && ((o->a == a && o->b == b) || (sym && o->a == b && o->b == a)))
            return; /* one statement per sentence, however many trigger words */
    }
    XGROW(c->d->rels.v, c->d->rels.cap, c->d->rels.n + 1);
    c->d->rels.v[c->d->rels.n++] = (stated_rel){.a = a,
                                                .b = b,
                                                .relation = r,
                                                .sentence = c->sent,
                                                .trig_start = ts,
                                                .trig_end = te,
                                                .negated = neg,
                                                .hypothetical = hyp,
                                                .symmetric = (int8_t)sym};
}

/* Relates every two members of x, in text order. */
static void emit_pairs(sctx *c, const args *x, long ti, int8_t neg, int8_t hyp)
{
    args s = *x;
    for (int i = 1; i < s.n; i++)
        for (int j = i; j > 0 && s.m[j - 1] > s.m[j]; j--) {
            int32_t t = s.m[j];
            s.m[j] = s.m[j - 1];
            s.m[j - 1] = t;
        }
    for (int i = 0; i < s.n; i++)
        for (int j = i + 1; j < s.n; j++)
            emit(c, s.m[i], s.m[j], ti, neg, hyp);
}

/* ---- right side: objects, agents, "between A and B" ---- */

typedef struct {
    args obj;
    args agent; /* "by A [and B]", "from A" */
    args pair;  /* between A and B */
    int by;     /* symmetric trigger: the objects came after "by" (joint agents) */
} right_res;

/* Adds "and B", ", B and C" after the mention ending at *last; a list
 * joined by commas only counts once an "and"/"or" closes it. */
static void conj_right(const sctx *c, long *last, args *out)
{
    args more = {.n = 0};
    long end = *last;
    for (;;) {
        long q = end + 1;
        if (is_punct(c, q, "("))
            q = skip_paren_right(c, q);
        int comma = is_punct(c, q, ",");
        q += comma;
        if (comma && c->tk[q < c->n ? q : 0].men < 0 && !word_in(c, q, CONJ)) {
            long a = q; /* ", Ambassador for Security Affairs, and B": skip the apposition */
            while (a < c->n && a - q < 6 && c->tk[a].men < 0 && !is_punct(c, a, ",;:.()"))
                a++;
            if (is_punct(c, a, ","))
                q = a + 1;
        }
        int conj = word_in(c, q, CONJ);
        q += conj;
        q = skip_dets_right(c, q);
        if (!(comma || conj) || q >= c->n || c->tk[q].men < 0)
            return;
        long l = men_last(c, q);
        int32_t m = possessive_head(c, &l);
        if (word_in(c, l + 1, REPORT)) /* "..., South Korea said" */
            return;
        add_arg(&more, m);
        end = l;
        if (conj) {
            for (int i = 0; i < more.n; i++)
                add_arg(out, more.m[i]);
            more.n = 0;
            *last = end;
        }
    }
}

/* "between [the] A and [the] B" starting at q (after "between"). */
static int between_pair(const sctx *c, long q, args *pair)
{
    q = skip_dets_right(c, q);
    if (q >= c->n || c->tk[q].men < 0)
        return 0;
    long l = men_last(c, q);
    pair->n = 0;
    add_arg(pair, possessive_head(c, &l));
    conj_right(c, &l, pair);
    return pair->n >= 2;
}

/* True if the mention ending at token last is joined by '-' to another. */
static int dyad_next(const sctx *c, long last)
{
    return is_punct(c, last + 1, "-") && last + 2 < c->n && c->tk[last + 2].men >= 0 &&
           c->tk[last + 1].s == c->tk[last].e && c->tk[last + 2].s == c->tk[last + 1].e;
}

/* "talks were held in 2012, between A and B": a pair named a little further
 * on, past commas and auxiliaries but not past another actor. */
static int find_between(const sctx *c, long te, args *pair)
{
    for (long p = te, words = 0; p < c->n && words < RIGHT_WORDS; p++) {
        if (is_punct(c, p, ";:.!?") || (c->tk[p].men >= 0 && men_class(c, c->tk[p].men) == 2))
            return 0;
        if (word_in(c, p, BETWEEN))
            return between_pair(c, p + 1, pair);
        words += (c->tk[p].flags & TK_WORD) != 0;
    }
    return 0;
}

enum { ROLE_OK, ROLE_AGENT, ROLE_BAD };

/* What the word before a noun phrase starting at np says about its role. */
static int prep_role(const sctx *c, long np, long trig_last, int sym)
{
    long p = skip_dets_left(c, np - 1);
    if (p > trig_last && !word_in(c, p, PREPS) && word_in(c, skip_dets_left(c, p - 1), AGENT_PREPS))
        p = skip_dets_left(c, p - 1); /* "by conjoined A" */
    if (word_in(c, p, AGENT_PREPS))
        return sym && is_word(c, p, "from") ? ROLE_BAD : ROLE_AGENT;
    if (p == trig_last || word_in(c, p, OBJ_PREPS) || !word_in(c, p, PREPS))
        return ROLE_OK;
    if (!sym && word_in(c, p, BETWEEN)) /* "criticized the drills between A and B" */
        return ROLE_OK;
    return ROLE_BAD;
}

static void scan_right(const sctx *c, long te, int sym, right_res *r)
{
    r->obj.n = r->pair.n = r->agent.n = 0;
    r->by = 0;
    int32_t thing = -1;
    int words = 0;
    for (long p = te; p < c->n && words < RIGHT_WORDS;) {
        const tok *k = &c->tk[p];
        if (!(k->flags & TK_WORD)) {
            if (is_punct(c, p, "(["))
                p = skip_paren_right(c, p);
            else if (is_punct(c, p, ",;:.!?"))
                break;
            else
                p++;
            continue;
        }
        if (k->men < 0) {
            if (word_in(c, p, CLAUSE_STOP))
                break;
            if (sym && word_in(c, p, BETWEEN) && between_pair(c, p + 1, &r->pair))
                return;
            p++, words++;
            continue;
        }
        long last = men_last(c, p);
        int role = prep_role(c, p, te - 1, sym);
        args chain = {.n = 0}; /* "DPRK-Russia [cooperation]": both take the role */
        add_arg(&chain, c->tk[p].men);
        while (dyad_next(c, last))
            add_arg(&chain, c->tk[last + 2].men), last = men_last(c, last + 2);
        int32_t m = chain.n == 1 ? possessive_head(c, &last) : chain.m[0];
        chain.m[0] = m;
        if (role == ROLE_BAD) { /* "in Ukraine and Japan": the whole list is an adjunct */
            conj_right(c, &last, &chain);
            p = last + 1;
            continue;
        }
        p = last + 1;
        words++;
        if (role == ROLE_AGENT && !sym) {
            for (int i = 0; i < chain.n; i++)
                add_arg(&r->agent, chain.m[i]);
            conj_right(c, &last, &r->agent);
            p = last + 1;
            continue;
        }
        if (men_class(c, m) == 1 && chain.n == 1) { /* prefer an actor further on */
            if (thing < 0)
                thing = m;
            continue;
        }
        r->by = role == ROLE_AGENT;
        for (int i = 0; i < chain.n; i++)
            add_arg(&r->obj, chain.m[i]);
        conj_right(c, &last, &r->obj);
        long q = skip_dets_right(c, last + 2); /* "an attack on B by A" */
        if (!sym && !r->agent.n && is_word(c, last + 1, "by") && q < c->n && c->tk[q].men >= 0) {
            long l = men_last(c, q);
            add_arg(&r->agent, possessive_head(c, &l));
            conj_right(c, &l, &r->agent);
        }
        return;
    }
    if (thing >= 0)
        add_arg(&r->obj, thing);
}

/* ---- left side: subjects ---- */

typedef struct {
    args subj;
    long start; /* first token of the leftmost subject phrase */
    long end;   /* token after the nearest subject */
} left_res;

/* "A and B", "A, B and C", "A, right, and B" before the phrase at np (the
 * link nearest to it must be "and"/"or"). Returns the start of the list. */
static long conj_left(const sctx *c, long np, int allow_things, args *out)
{
    for (int first = 1;; first = 0) {
        long q = np - 1;
        int conj = word_in(c, q, CONJ);
        q -= conj;
        int comma = is_punct(c, q, ",");
        q -= comma;
        if (first ? !conj : !(conj || comma))
            return np;
        if (q >= 1 && c->tk[q].men < 0 && (c->tk[q].flags & TK_WORD) && is_punct(c, q - 1, ","))
            q -= 2; /* an aside between commas */
        if (is_punct(c, q, ")"))
            q = skip_paren_left(c, q);
        q = skip_dets_left(c, q);
        if (q < 0 || c->tk[q].men < 0 || men_class(c, c->tk[q].men) < (allow_things ? 1 : 2))
            return np;
        add_arg(out, c->tk[q].men);
        np = possessor_start(c, men_first(c, q));
    }
}

/* "the potential ... attacks": a trigger led by an article is a noun in a
 * noun phrase, whose actor can only be a possessor ("A's attacks") or come
 * after it ("by A", "between A and B"). */
static int noun_phrase(const sctx *c, long ts)
{
    static const char *const ARTICLES[] = {"the", "a", "an", "these", "those", NULL};
    for (long q = ts - 1, w = 0; q >= 0 && w <= 3; q--) {
        if ((c->tk[q].men >= 0 && men_class(c, c->tk[q].men) == 2) || c->tk[q].trig >= 0)
            return 0; /* an actor right before the noun acts: "U.S. sanctions" */
        if (!(c->tk[q].flags & TK_WORD)) {
            if (!is_punct(c, q, "-"))
                return 0;
            continue;
        }
        if (word_in(c, q, BE_AUX) || word_in(c, q, CLAUSE_STOP))
            return 0;                /* "were attacked", "has attacked": a verb */
        if (word_in(c, q, ARTICLES)) /* "launch an invasion" is still a predicate */
            return !word_in(c, q - 1, LIGHT_VERBS);
        w++;
    }
    return 0;
}

static void scan_left(const sctx *c, long ts, int allow_things, left_res *l)
{
    l->subj.n = 0;
    l->start = l->end = ts;
    int pron = word_in(c, ts - 1, POSS_PRON) || word_in(c, ts - 2, POSS_PRON); /* "its war" */
    int nominal = !pron && !allow_things && noun_phrase(c, ts);
    int words = 0;
    for (long p = ts - 1; p >= 0 && words < LEFT_WORDS;) {
        const tok *k = &c->tk[p];
        if (!(k->flags & TK_WORD)) {
            if (is_punct(c, p, ";:"))
                return;
            if (is_punct(c, p, ",") && word_in(c, p + 1, (const char *const[]){"and", "but", NULL}))
                return; /* a new coordinated clause: its subject is further back */
            p = is_punct(c, p, ")]") ? skip_paren_left(c, p) : p - 1;
            continue;
        }
        if (k->men < 0) {
            if (word_in(c, p, REPORT))
                return;
            p--, words++;
            continue;
        }
        long last = p, np = men_first(c, p);
        int32_t head = k->men;
        args group = {.n = 0};
        add_arg(&group, head);
        for (;;) {
            for (;;) {
                if (np > 0 && c->tk[np - 1].men >= 0) /* "Russian Main Intelligence Directorate" */
                    np = men_first(c, np - 1);
                else if (np > 1 && dyad_next(c, np - 2)) /* "Russia-North Korea": joint actors */
                    add_arg(&group, c->tk[np - 2].men), np = men_first(c, np - 2);
                else
                    break;
            }
            long q = skip_dets_left(c, np - 1); /* "A of [the] B": A is the head */
            if (!is_word(c, q, "of") || q < 1 || c->tk[q - 1].men < 0)
                break;
            head = c->tk[q - 1].men;
            group.n = 0;
            add_arg(&group, head);
            np = men_first(c, q - 1);
        }
        np = possessor_start(c, np);
        long start = conj_left(c, np, allow_things, &group);
        /* the word before the whole list tells whether it is a subject */
        long prev = skip_dets_left(c, start - 1);
        int possessive = after_possessive(c, last + 1) >= 0 && ts - last <= POSS_TOKENS;
        int pp = word_in(c, prev, PREPS) && !word_in(c, prev, BETWEEN);
        int obj = prev >= 0 && (c->tk[prev].flags & TK_TRIG_END);
        int near = ts - last - 1 <= 2 && word_in(c, prev, NEAR_PREPS);
        int ok = nominal ? possessive : (possessive || pron || near || (!pp && !obj));
        if (men_class(c, head) >= (allow_things ? 1 : 2) && ok) {
            l->subj = group;
            l->start = start;
            l->end = last + 1;
            return;
        }
        p = start - 1;
        words++;
    }
}

/* ---- patterns ---- */

/* "was [reportedly] attacked": a form of be shortly before the trigger. */
static int passive(const sctx *c, long ti)
{
    for (long q = ti - 1; q >= 0 && q >= ti - 3; q--)
        if (word_in(c, q, BE_AUX))
            return 1;
    return 0;
}

static void do_trigger(sctx *c, long ti)
{
    const tok *k = &c->tk[ti];
    uint32_t r = c->lx->trigs[k->trig].relation;
    if (r == REL_STOP || (k->flags & TK_USED))
        return;
    int sym = c->lx->types[r].symmetric;
    long te = ti + k->tlen;
    int8_t neg = 0, hyp = 0;
    right_res R = {.obj.n = 0};
    left_res L;
    if (!(k->flags & TK_IN_MENTION)) /* a name holding the word ("Mutual Defense Treaty") */
        scan_right(c, te, sym, &R);  /* only takes "between A and B" */
    if (sym && !R.obj.n && !R.agent.n && !R.pair.n)
        find_between(c, te, &R.pair);
    if (k->flags & TK_IN_MENTION && R.pair.n < 2)
        return;
    if (R.pair.n >= 2) {
        cues(c, ti, ti - 2, ti, &neg, &hyp);
        emit_pairs(c, &R.pair, ti, neg, hyp);
        return;
    }
    if (sym && R.by) { /* "signed by A and B" */
        cues(c, ti, ti - 2, ti, &neg, &hyp);
        emit_pairs(c, &R.obj, ti, neg, hyp);
        return;
    }
    if (R.agent.n) { /* "B was attacked by A", "threats from A to B" */
        if (!R.obj.n) {
            if (!passive(c, ti))
                return;
            scan_left(c, ti, 1, &L);
            R.obj = L.subj;
            cues(c, L.start, L.end, ti, &neg, &hyp);
        } else {
            cues(c, ti, ti - 2, ti, &neg, &hyp);
        }
        for (int i = 0; i < R.agent.n; i++)
            for (int j = 0; j < R.obj.n; j++)
                emit(c, R.agent.m[i], R.obj.m[j], ti, neg, hyp);
        return;
    }
    scan_left(c, ti, 0, &L);
    cues(c, L.subj.n ? L.start : ti, L.subj.n ? L.end : ti - 2, ti, &neg, &hyp);
    if (L.subj.n && R.obj.n) {
        for (int i = 0; i < L.subj.n; i++)
            for (int j = 0; j < R.obj.n; j++)
                emit(c, L.subj.m[i], R.obj.m[j], ti, neg, hyp);
    }
    if (sym && L.subj.n >= 2) /* "A and B agreed (with C)": A and B too */
        emit_pairs(c, &L.subj, ti, neg, hyp);
}

/* Token index of the first token starting at or after normalised offset off. */
static long tok_at(const sctx *c, uint32_t off)
{
    long lo = 0, hi = c->n;
    while (lo < hi) {
        long mid = lo + (hi - lo) / 2;
        if (c->tk[mid].s < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* "U.S.-ROK alliance", "Russia-North Korea treaty": mentions joined by '-'
 * then, within a few words, a symmetric trigger (which it uses up). */
static void do_dyads(sctx *c, size_t mlo, size_t mhi)
{
    const mention *mv = c->d->mentions.v;
    for (size_t k = mlo; k < mhi; k++) {
        if (arg_class(c->g, mv[k].entity) == 0)
            continue;
        args chain = {.n = 0};
        add_arg(&chain, (int32_t)k);
        size_t j = k;
        while (j + 1 < mhi && mv[j + 1].nstart == mv[j].nend + 1 && c->t[mv[j].nend] == '-' &&
               arg_class(c->g, mv[j + 1].entity) > 0)
            add_arg(&chain, (int32_t)++j);
        if (chain.n < 2)
            continue;
        long q = tok_at(c, mv[j].nend), found = -1;
        for (int words = 0; q < c->n && words <= DYAD_WORDS && found < 0; q++) {
            const tok *t = &c->tk[q];
            if (t->trig >= 0 && !(t->flags & TK_USED)) {
                uint32_t r = c->lx->trigs[t->trig].relation;
                if (r != REL_STOP && c->lx->types[r].symmetric)
                    found = q;
            }
            if (!(t->flags & TK_WORD) && !is_punct(c, q, "'\"+-"))
                break;
            if (t->men >= 0 && men_class(c, t->men) == 2 && found < 0)
                break; /* another actor: the dyad does not qualify this noun */
            if (t->flags & TK_WORD)
                words++;
        }
        if (found >= 0) {
            q = found;
            c->tk[q].flags |= TK_USED;
            long first = tok_at(c, mv[k].nstart);
            int8_t neg = 0, hyp = 0;
            cues(c, first, first - 2, first, &neg, &hyp);
            emit_pairs(c, &chain, q, neg, hyp);
        }
        k = j;
    }
}

/* ---- tokens and triggers ---- */

/* The key's space-separated tokens equal the sentence's from token i on. */
static int match_trigger(const sctx *c, long i, const rel_trigger *t)
{
    const char *key = t->key;
    for (long k = i; k < i + t->ntok; k++) {
        size_t n = strcspn(key, " ");
        if (!token_eq(c, k, key, n))
            return 0;
        key += n + (key[n] == ' ');
    }
    return 1;
}

static void find_triggers(sctx *c)
{
    const rel_lexicon *lx = c->lx;
    char low[64];
    for (long i = 0; i < c->n;) {
        tok *k = &c->tk[i];
        size_t n = k->e - k->s;
        uint32_t g;
        if (!(k->flags & TK_WORD) || n >= sizeof low) {
            i++;
            continue;
        }
        for (size_t b = 0; b < n; b++)
            low[b] = lower(c->t[k->s + b]);
        if (!strmap_get(lx->first, low, n, &g)) {
            i++;
            continue;
        }
        const rel_trigger *hit = NULL;
        for (size_t j = g; j < lx->n_trigs && lx->trigs[j].first_len == n && memcmp(lx->trigs[j].key, low, n) == 0; j++)
            if (match_trigger(c, i, &lx->trigs[j])) {
                hit = &lx->trigs[j];
                break;
            }
        if (!hit) {
            i++;
            continue;
        }
        k->trig = (int32_t)(hit - lx->trigs);
        k->tlen = (uint8_t)hit->ntok;
        for (long q = i; q < i + hit->ntok; q++)
            if (c->tk[q].men >= 0)
                k->flags |= TK_IN_MENTION;
        c->tk[i + hit->ntok - 1].flags |= TK_TRIG_END;
        i += hit->ntok;
    }
}

/* Tokens of sentence s, cut at mention edges, then its triggers. */
static void tokenize(sctx *c, const seg_sentence *s, size_t mlo, size_t mhi, size_t *cap)
{
    const mention *mv = c->d->mentions.v;
    c->n = 0;
    size_t pos = s->start, k = mlo;
    uint32_t ts, te;
    for (;;) {
        while (pos < s->end && (c->t[pos] == ' ' || c->t[pos] == '\n'))
            pos++;
        while (k < mhi && mv[k].nend <= pos)
            k++;
        size_t cut = k < mhi ? (pos < mv[k].nstart ? mv[k].nstart : mv[k].nend) : s->end;
        if (!rel_next_token(c->t, s->end, cut, &pos, &ts, &te))
            break;
        XGROW(c->tk, *cap, (size_t)c->n + 1);
        tok *t = &c->tk[c->n++];
        *t = (tok){.s = ts, .e = te, .men = -1, .trig = -1};
        if (rel_word_byte((unsigned char)c->t[ts]))
            t->flags = TK_WORD;
        if (k < mhi && mv[k].nstart <= ts && te <= mv[k].nend && arg_class(c->g, mv[k].entity) > 0)
            t->men = (int32_t)k;
    }
    find_triggers(c);
}

/* A sentence needs two argument mentions of different entities. */
static int worth_a_look(const sctx *c, size_t mlo, size_t mhi)
{
    const mention *mv = c->d->mentions.v;
    long first = -1;
    for (size_t i = mlo; i < mhi; i++) {
        if (arg_class(c->g, mv[i].entity) == 0)
            continue;
        if (first < 0)
            first = (long)mv[i].entity;
        else if (mv[i].entity != (uint32_t)first)
            return 1;
    }
    return 0;
}

void rel_doc(const rel_lexicon *lx, const gaz *g, doc *d)
{
    d->rels.n = 0;
    if (!lx || !lx->n_trigs || !d->nt.text)
        return;
    sctx c = {.lx = lx, .g = g, .d = d, .t = d->nt.text};
    size_t cap = 0, m = 0;
    const mention *mv = d->mentions.v;
    for (size_t si = 0; si < d->sents.n; si++) {
        const seg_sentence *s = &d->sents.v[si];
        while (m < d->mentions.n && mv[m].nend <= s->start)
            m++;
        size_t mhi = m;
        while (mhi < d->mentions.n && mv[mhi].nstart < s->end)
            mhi++;
        if (!worth_a_look(&c, m, mhi)) {
            m = mhi;
            continue;
        }
        c.sent = (uint32_t)si;
        c.first_rel = d->rels.n;
        tokenize(&c, s, m, mhi, &cap);
        do_dyads(&c, m, mhi);
        for (long i = 0; i < c.n; i++)
            if (c.tk[i].trig >= 0)
                do_trigger(&c, i);
        m = mhi;
    }
    free(c.tk);
}
