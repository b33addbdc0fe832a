/* resolve.c - candidates to mentions: leftmost-longest, short forms bound to
 * the most recently named entity, shared aliases by recency then gazetteer
 * order. Per-entity recency lives in a per-thread array that is reset only
 * for the entities a document touched, so a document costs nothing per
 * gazetteer entity. */
#include "resolve.h"

#include <assert.h>
#include <ctype.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "norm.h"
#include "util.h"

#define NONE UINT32_MAX

/* Words that may stand before a short form without making it part of
 * another name: titles and honorifics ("President Kim", "Gen. Kim"). */
static const char *const titles[] = {
    "adm", "admiral", "advisor", "adviser", "amb", "ambassador", "brig", "capt", "captain", "chair",
    "chairman", "chairwoman", "chancellor", "chief", "col", "colonel", "commander", "comrade", "congressman",
    "congresswoman", "defence", "defense", "deputy", "director", "dr", "emperor", "envoy", "foreign", "gen",
    "general", "gov", "governor", "judge", "justice", "king", "lady", "leader", "lieutenant", "lord", "lt",
    "maj", "major", "marshal", "mayor", "minister", "miss", "mr", "mrs", "ms", "officer", "pope", "premier",
    "pres", "president", "prime", "prince", "princess", "prof", "professor", "queen", "rep", "representative",
    "secretary", "sec", "sen", "senator", "sgt", "sergeant", "sir", "speaker", "spokesman", "spokesperson",
    "spokeswoman", "supreme", "vice"};

/* Sentence openers that are capitalised only because they open the sentence. */
static const char *const openers[] = {
    "a", "after", "also", "although", "an", "and", "as", "asked", "at", "because", "before", "both", "but",
    "by", "could", "did", "does", "earlier", "either", "even", "finally", "for", "from", "had", "has",
    "here", "how", "however", "if", "in", "indeed", "instead", "is", "last", "later", "like", "may",
    "meanwhile", "neither", "now", "of", "on", "once", "only", "or", "said", "says", "should", "since",
    "so", "still", "that", "the", "then", "there", "these", "this", "those", "though", "thus", "to",
    "today", "under", "unlike", "until", "was", "what", "when", "where", "while", "who", "why", "will",
    "with", "without", "would", "yesterday", "yet"};

static bool in_list(const char *const *list, size_t n, const char *w)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(list[i], w) == 0)
            return true;
    return false;
}

static bool is_space(char c) { return c == ' ' || c == '\n'; }

/* Lower-cased copy of the word at t[ws..] (letters only, at most n - 1),
 * or "" when it is longer. */
static void word_lower(const char *t, size_t len, uint32_t ws, char *w, size_t n)
{
    size_t k = 0;
    for (size_t i = ws; i < len && t[i] != '.' && !is_space(t[i]); i++) {
        if (k + 1 == n) {
            k = 0; /* too long for any list */
            break;
        }
        char c = t[i];
        w[k++] = c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : c;
    }
    w[k] = '\0';
}

/* A capitalised word next to a candidate: lower-cased ("" when too long for
 * any list), where it starts and ends, and whether it opens its sentence. */
typedef struct {
    char w[24];
    uint32_t start, end;
    bool opens;
} cap_word;

/* The capitalised word right before normalised offset s in its sentence
 * ("Felix Kim", "J. Kim") into *cw: false if there is none (no word right
 * before, a paragraph break, punctuation or a possessive between, a digit
 * or lower case). */
static bool cap_word_before(const doc *d, uint32_t s, uint32_t sent_start, cap_word *cw)
{
    const char *t = d->nt.text;
    if (s < 2 || !is_space(t[s - 1]) || is_space(t[s - 2]))
        return false; /* no word right before, or a paragraph break */
    uint32_t we = s - 1, ws = we;
    while (ws > 0 && !is_space(t[ws - 1]))
        ws--;
    if (ws < sent_start)
        return false; /* s opens its sentence */
    char last = t[we - 1];
    if (!(last == '.' || norm_word_before(t, we)))
        return false; /* "Seoul, Kim", "(KCNA) Kim" */
    if (we - ws >= 2 && t[we - 2] == '\'' && (last == 's' || last == 'S'))
        return false; /* a possessive: "Pyongyang's Kim" */
    size_t off = norm_orig(&d->nt, ws);
    unsigned char first = (unsigned char)d->bytes[off];
    if (!norm_upper_or_digit_at(d->bytes, d->len, off) || (first >= '0' && first <= '9'))
        return false;
    word_lower(t, we, ws, cw->w, sizeof cw->w);
    cw->start = ws;
    cw->end = we;
    cw->opens = ws == sent_start;
    return true;
}

/* The capitalised word right after the candidate ending at e, in the same
 * sentence ("Kim Yo-jong"), into *cw as cap_word_before does. */
static bool cap_word_after(const doc *d, uint32_t e, uint32_t sent_end, cap_word *cw)
{
    const char *t = d->nt.text;
    uint32_t ws = e + 1;
    if (ws >= sent_end || !is_space(t[e]) || is_space(t[ws]))
        return false;
    size_t off = norm_orig(&d->nt, ws);
    unsigned char first = (unsigned char)d->bytes[off];
    if (!norm_upper_or_digit_at(d->bytes, d->len, off) || (first >= '0' && first <= '9'))
        return false;
    word_lower(t, d->nt.len, ws, cw->w, sizeof cw->w);
    uint32_t we = ws;
    while (we < d->nt.len && !is_space(t[we]))
        we++;
    cw->start = ws;
    cw->end = we;
    cw->opens = false;
    return true;
}

/* True if a capitalised word that is neither a title nor a plain sentence
 * opener stands right before normalised offset s: then a short form at s
 * is most likely part of someone else's name. */
static bool name_before(const doc *d, uint32_t s, uint32_t sent_start)
{
    cap_word cw;
    if (!cap_word_before(d, s, sent_start, &cw))
        return false;
    if (!cw.w[0])
        return true; /* too long for a title */
    if (in_list(titles, sizeof titles / sizeof titles[0], cw.w))
        return false;
    return !(cw.opens && in_list(openers, sizeof openers / sizeof openers[0], cw.w));
}

/* Capitalised words that follow a surname without extending it. */
static const char *const after_ok[] = {"friday", "i", "monday", "saturday", "sunday", "thursday", "tuesday",
                                       "wednesday"};

/* True if a capitalised word (not a weekday) follows the short form ending
 * at e in the same sentence ("Kim Yo-jong" when only "Kim Jong Un" is in
 * the gazetteer): then it is the start of a name the gazetteer lacks. */
static bool name_after(const doc *d, uint32_t e, uint32_t sent_end)
{
    cap_word cw;
    return cap_word_after(d, e, sent_end, &cw) && !in_list(after_ok, sizeof after_ok / sizeof after_ok[0], cw.w);
}

/* ---- places that are part of a person's name or a currency ---- */

/* Common given names, sorted (bsearch): "Michael Jordan" is a person, not
 * the country, and so is "Chad Smith" where the place's name is one of
 * them. Some are place names themselves; a few are only here for that. */
static const char *const given_names[] = {
    "aaron",     "abdullah",  "adam",     "ahmad",     "ahmed",     "alan",      "albert",      "alex",     "alexander",
    "alexei",    "alexis",    "ali",      "alice",     "amanda",    "amy",       "andrea",      "andrei",   "andrew",
    "angela",    "ann",       "anna",     "anne",      "anthony",   "antonio",   "arthur",      "ashley",   "barbara",
    "benjamin",  "betty",     "bill",     "billy",     "bob",       "bobby",     "boris",       "brandon",  "brenda",
    "brian",     "bruce",     "carl",     "carlos",    "carol",     "caroline",  "catherine",   "chad",     "charles",
    "charlie",   "charlotte", "chris",    "christian", "christina", "christine", "christopher", "cynthia",  "daniel",
    "david",     "dennis",    "diana",    "diane",     "dmitri",    "dmitry",    "donald",      "donna",    "dorothy",
    "douglas",   "dylan",     "edward",   "elena",     "elizabeth", "emily",     "emma",        "emmanuel", "eric",
    "ethan",     "eugene",    "evelyn",   "frank",     "fred",      "gary",      "george",      "georgia",  "gerald",
    "giorgia",   "gloria",    "gregory",  "hannah",    "harold",    "harry",     "hassan",      "heather",  "helen",
    "henry",     "hillary",   "ibrahim",  "india",     "isabella",  "israel",    "ivan",        "jack",     "jacob",
    "james",     "jane",      "janet",    "jason",     "jeff",      "jeffrey",   "jennifer",    "jeremy",   "jerry",
    "jessica",   "jim",       "jimmy",    "joe",       "john",      "jonathan",  "jordan",      "jorge",    "jose",
    "joseph",    "joshua",    "joyce",    "juan",      "judith",    "julia",     "julie",       "justin",   "karen",
    "katherine", "kathleen",  "keith",    "kelly",     "kenneth",   "kenya",     "kevin",       "kyle",     "larry",
    "laura",     "lauren",    "lawrence", "linda",     "lisa",      "luis",      "maria",       "marie",    "mark",
    "martha",    "mary",      "matthew",  "megan",     "melissa",   "michael",   "michelle",    "mike",     "mohammad",
    "mohammed",  "muhammad",  "nancy",    "natalie",   "nathan",    "nicholas",  "nicole",      "noah",     "olga",
    "olivia",    "omar",      "pamela",   "patricia",  "patrick",   "paul",      "pedro",       "peter",    "philip",
    "rachel",    "ralph",     "raymond",  "rebecca",   "richard",   "robert",    "roger",       "ronald",   "roy",
    "russell",   "ruth",      "ryan",     "samantha",  "samuel",    "sandra",    "sarah",       "scott",    "sean",
    "sergei",    "sergey",    "sharon",   "stephanie", "stephen",   "steven",    "susan",       "sydney",   "terry",
    "thomas",    "timothy",   "tom",      "tony",      "tyler",     "victor",    "victoria",    "vincent",  "vladimir",
    "walter",    "wayne",     "william",  "yusuf",     "zachary"};

/* Capitalised words after a place whose name is also a given name that
 * keep it a place: its institutions ("Israel Defense Forces", "Chad Army";
 * the titles above, "Kenya President") and dates ("India Monday"). */
static const char *const place_followers[] = {
    "air",        "airforce", "april",        "armed",   "army",     "august",  "border",     "cabinet",
    "central",    "coast",    "december",     "embassy", "february", "federal", "force",      "forces",
    "government", "guard",    "intelligence", "january", "july",     "june",    "march",      "may",
    "military",   "ministry", "national",     "navy",    "november", "october", "parliament", "police",
    "republic",   "security", "september",    "special", "state",    "supreme"};

static int cmp_name(const void *key, const void *elem)
{
    return strcmp(key, *(const char *const *)elem);
}

/* bsearch needs the order: checked (assert) whenever a state is sized. */
static bool given_names_sorted(void)
{
    for (size_t i = 1; i < sizeof given_names / sizeof given_names[0]; i++)
        if (strcmp(given_names[i - 1], given_names[i]) >= 0)
            return false;
    return true;
}

static bool given_name(const char *w)
{
    return w[0] &&
           bsearch(w, given_names, sizeof given_names / sizeof given_names[0], sizeof given_names[0], cmp_name) != NULL;
}

/* Whether entity e is a place (type country or location), from st->place
 * (filled as entities come up). */
static bool is_place(resolve_state *st, const gaz *g, uint32_t e)
{
    if (!st->place[e]) {
        const char *t = g->ents[e].type;
        st->place[e] = 1 + (strcmp(t, "country") == 0 || strcmp(t, "location") == 0);
    }
    return st->place[e] == 2;
}

/* True if cw (a capitalised word next to a place's name) stands in a run
 * of capitalised words, as in a headline's title case ("Jordan Weighs
 * Pledges", "Push Over Chad Deadline"): then a capital says nothing about
 * names. A title before it is no headline ("Defense Minister Israel Katz"). */
static bool title_case(const doc *d, const cap_word *cw, uint32_t sent_start, uint32_t sent_end, bool before)
{
    cap_word x;
    if (before)
        return cap_word_before(d, cw->start, sent_start, &x) && !in_list(titles, sizeof titles / sizeof titles[0], x.w);
    return cap_word_after(d, cw->end, sent_end, &x);
}

/* The US states, as written after a town's name ("Paris, Texas", "Moscow,
 * Idaho"); not Georgia or Washington, which also name a country and a
 * capital ("Seoul, Washington and Tokyo"). */
static const char *const us_states[] = {
    "Alabama",    "Alaska",       "Arizona",      "Arkansas",       "California",   "Colorado",      "Connecticut",
    "Delaware",   "Florida",      "Hawaii",       "Idaho",          "Illinois",     "Indiana",       "Iowa",
    "Kansas",     "Kentucky",     "Louisiana",    "Maine",          "Maryland",     "Massachusetts", "Michigan",
    "Minnesota",  "Mississippi",  "Missouri",     "Montana",        "Nebraska",     "Nevada",        "New Hampshire",
    "New Jersey", "New Mexico",   "New York",     "North Carolina", "North Dakota", "Ohio",          "Oklahoma",
    "Oregon",     "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee",     "Texas",
    "Utah",       "Vermont",      "Virginia",     "West Virginia",  "Wisconsin",    "Wyoming"};

/* Whether ", <a US state>" follows offset at (before end) in t: the name
 * before it is an American town's. */
static bool us_state_after(const char *t, uint32_t at, uint32_t end)
{
    if (at + 2 >= end || t[at] != ',' || t[at + 1] != ' ' || t[at + 2] < 'A' || t[at + 2] > 'Z')
        return false;
    for (size_t i = 0; i < sizeof us_states / sizeof us_states[0]; i++) {
        size_t n = strlen(us_states[i]);
        if (at + 2 + n <= end && memcmp(t + at + 2, us_states[i], n) == 0 &&
            (at + 2 + n == end || !isalnum((unsigned char)t[at + 2 + n])))
            return true;
    }
    return false;
}

/* "signed a mutual defence treaty": a named agreement's alias written in
 * lower case after "a" or "an" is a common noun, not that agreement. */
static bool common_noun_agreement(const gaz *g, const char *t, uint32_t at, uint32_t sent_start, uint32_t e)
{
    if (at < sent_start + 2 || t[at] < 'a' || t[at] > 'z' || t[at - 1] != ' ')
        return false; /* most candidates: a capital, or no room for an article */
    uint32_t w = at - 1;
    while (w > sent_start && isalpha((unsigned char)t[w - 1]))
        w--;
    size_t n = at - 1 - w;
    return (w == sent_start || !isalnum((unsigned char)t[w - 1])) &&
           ((n == 1 && (t[w] | 0x20) == 'a') || (n == 2 && strncasecmp(t + w, "an", 2) == 0)) &&
           strcmp(g->ents[e].type, "agreement") == 0;
}

/* True if the candidate c that resolved to entity e is not that entity:
 * a currency code ("US$5 billion", "HK$"), or a place's one-word name that
 * is part of a person's name: after a given name that is not the previous
 * mention (prev_end: its end; "Michael Jordan", not "India Pakistan"), or a
 * given name itself before a capitalised word that is neither an
 * institution's, a title, a date nor the start of another candidate
 * ("Chad Smith", "Israel Katz"; "Israel Defense Forces", "Chad President"
 * stay places); or after "New" ("New Mexico"). Not in title case
 * (title_case), where every word has a capital. A place's name before ", Texas"
 * (a US state) is an American town's ("Paris, Texas", "Moscow, Idaho"). */
static bool not_the_place(resolve_state *st, const gaz *g, const match_scratch *s, size_t i, const doc *d, uint32_t e,
                          uint32_t sent_start, uint32_t sent_end, uint32_t prev_end)
{
    const match_cand *c = &s->cands[i];
    const char *t = d->nt.text;
    if (t[c->nend] == '$')
        return true;
    if (!is_place(st, g, e))
        return false;
    if (us_state_after(t, c->nend, sent_end))
        return true; /* "Paris, Texas": an American town */
    if (memchr(t + c->nstart, ' ', c->nend - c->nstart))
        return false;
    cap_word cw, next;
    bool after = cap_word_after(d, c->nend, sent_end, &next);
    cap_word head;
    if (c->nstart >= sent_start + 4 && memcmp(t + c->nstart - 4, "New ", 4) == 0 &&
        cap_word_before(d, c->nstart, sent_start, &cw) && strcmp(cw.w, "new") == 0 &&
        !(cap_word_before(d, cw.start, sent_start, &head) && !head.opens))
        return true; /* "In New Mexico", "New Jersey": another place ("US Imposes New Syria Sanctions": a headline) */
    if (prev_end + 1 != c->nstart && cap_word_before(d, c->nstart, sent_start, &cw) && given_name(cw.w) &&
        !(cw.opens && in_list(openers, sizeof openers / sizeof openers[0], cw.w)))
        return !after && !title_case(d, &cw, sent_start, sent_end, true);
    word_lower(t, c->nend, c->nstart, cw.w, sizeof cw.w);
    if (!after || !given_name(cw.w))
        return false;
    if (in_list(place_followers, sizeof place_followers / sizeof place_followers[0], next.w) ||
        in_list(titles, sizeof titles / sizeof titles[0], next.w) ||
        in_list(after_ok, sizeof after_ok / sizeof after_ok[0], next.w))
        return false;
    for (size_t j = i + 1; j < s->n_cands && s->cands[j].nstart <= c->nend + 1; j++)
        if (s->cands[j].nstart == c->nend + 1)
            return false; /* "India Pakistan": two names */
    cw.start = c->nstart;
    return !title_case(d, &next, sent_start, sent_end, false) && !title_case(d, &cw, sent_start, sent_end, true);
}

/* Whether the lower-case word at t[i..] is a preposition, an article or a
 * conjunction: "Noakhali's coalition conceded on B" names no owner of B
 * for sure. */
static bool function_word(const doc *d, uint32_t i)
{
    static const char *const function_words[] = {"on",   "in",   "of",   "to",      "for",  "at",   "by",
                                                 "and",  "or",   "the",  "a",       "an",   "with", "from",
                                                 "over", "into", "onto", "against", "than", "that"};
    char w[8];
    word_lower(d->nt.text, d->nt.len, i, w, sizeof w);
    return in_list(function_words, sizeof function_words / sizeof function_words[0], w);
}

/* Whether the organization or unit e, named at normalised offset start,
 * belongs to another country than the one named right before it with
 * "'s" (the last of the nm mentions mv that is no issue's), maybe with
 * lower-case words between (OWNER_FOREIGN; OWNER_FOREIGN_LOOSE with a
 * function word between), to its own (OWNER_OWN), or no country is named
 * so (OWNER_NONE): "Taiwan's Ministry of National
 * Defense" is not South Korea's, whose bare name it is, nor "Serbia's oil
 * company NIS" South Korea's spy agency. */
enum { OWNER_NONE, OWNER_FOREIGN, OWNER_FOREIGN_LOOSE, OWNER_OWN };
static int named_owner(const gaz *g, const doc *d, const mention *mv, size_t nm, uint32_t start, uint32_t e)
{
    const gaz_entity *x = &g->ents[e];
    if (!nm || !*x->country ||
        !((x->type[0] == 'o' && strcmp(x->type, "organization") == 0) ||
          (x->type[0] == 'u' && strcmp(x->type, "unit") == 0)))
        return OWNER_NONE; /* most mentions: a country, a person */
    const char *t = d->nt.text;
    bool loose = false;
    uint32_t i = start; /* back over up to three lower-case words ("oil company") to "'s " */
    for (int words = 0; words < 4; words++) {
        if (i < 3 || t[i - 1] != ' ')
            return OWNER_NONE;
        if (t[i - 2] == 's' && t[i - 3] == '\'')
            break;
        if (words == 3)
            return OWNER_NONE;
        uint32_t w = --i;
        while (i > 0 && t[i - 1] >= 'a' && t[i - 1] <= 'z')
            i--;
        if (i == w)
            return OWNER_NONE;
        loose |= function_word(d, i);
    }
    uint32_t owned = i - 3; /* where the owner's name ends */
    const mention *prev = &mv[nm - 1];
    while (prev > mv && prev->nend > owned)
        prev--; /* "Serbia's oil company NIS": past "oil", an issue's mention */
    if (prev->nend != owned)
        return OWNER_NONE;
    const gaz_entity *owner = &g->ents[prev->entity];
    if (strcmp(owner->type, "country") != 0 || !*owner->country)
        return OWNER_NONE;
    if (strcasecmp(x->country, owner->country) == 0)
        return OWNER_OWN;
    return loose ? OWNER_FOREIGN_LOOSE : OWNER_FOREIGN;
}

/* Whether one of candidate c's aliases is entity e's (a full alias). */
static bool names(const match_scratch *s, const match_cand *c, uint32_t e)
{
    for (uint32_t k = c->first; k < c->first + c->count; k++)
        if (s->info[k] == e)
            return true;
    return false;
}

/* last_named's mark for an organization another country was named as
 * owning in this document (named_owner): its bare name stays that one's. */
#define DISOWNED UINT32_MAX

static inline void touch(resolve_state *st, uint32_t e, uint32_t stamp)
{
    if (st->last_named[e] == 0) {
        if (st->n_touched == st->cap_touched)
            XGROW(st->touched, st->cap_touched, st->n_touched + 1);
        st->touched[st->n_touched++] = e;
    }
    st->last_named[e] = stamp;
}

/* Whether entity a's parties (gaz.parties) were named after b's: their
 * last mentions compared latest first, so that a party both share ("the
 * United States") leaves it to the other ("the Philippines", "South
 * Korea"). */
static bool parties_later(const resolve_state *st, const gaz *g, uint32_t a, uint32_t b)
{
    uint32_t ra[GAZ_PARTIES] = {0}, rb[GAZ_PARTIES] = {0};
    for (int side = 0; side < 2; side++) {
        const int32_t *p = &g->parties[(size_t)(side ? b : a) * GAZ_PARTIES];
        uint32_t *r = side ? rb : ra;
        for (int i = 0; i < GAZ_PARTIES && p[i] >= 0; i++) { /* insertion, latest first */
            uint32_t v = st->last_named[p[i]] == DISOWNED ? 0 : st->last_named[p[i]];
            int j = i;
            for (; j > 0 && r[j - 1] < v; j--)
                r[j] = r[j - 1];
            r[j] = v;
        }
    }
    for (int i = 0; i < GAZ_PARTIES; i++)
        if (ra[i] != rb[i])
            return ra[i] > rb[i];
    return false;
}

/* Whether entity e has parties (gaz.parties) and one of them was named. */
static bool party_named(const resolve_state *st, const gaz *g, uint32_t e)
{
    const int32_t *p = &g->parties[(size_t)e * GAZ_PARTIES];
    for (int i = 0; i < GAZ_PARTIES && p[i] >= 0; i++)
        if (st->last_named[p[i]] && st->last_named[p[i]] != DISOWNED)
            return true;
    return p[0] < 0;
}

/* Picks the slot in s->aliases a candidate in sentence si (sl->n if none)
 * resolves to, or NONE. Full aliases win over short forms, unless the
 * short form's entity was named since; among equals the most recently
 * named entity, then the one whose parties were named last, then the first
 * in gazetteer order (aliases arrive in that order). The caller takes a
 * lone full alias itself. */
static uint32_t choose(const resolve_state *st, const gaz *g, const match_scratch *s, const match_cand *c, const doc *d,
                       const seg_list *sl, size_t si)
{
    uint32_t best = NONE, best_rank = 0, short_best = NONE, short_rank = 0;
    for (uint32_t k = c->first; k < c->first + c->count; k++) {
        uint32_t info = s->info[k];
        uint32_t rank = st->last_named[info & ~MATCH_SHORT];
        if (rank == DISOWNED)
            continue; /* another country's, named so in this document: not this name's */
        if (info & MATCH_SHORT) {
            if (rank > short_rank) {
                short_best = k;
                short_rank = rank;
            }
        } else if (best == NONE || rank > best_rank ||
                   (rank == best_rank && g->parties && parties_later(st, g, info, s->info[best]))) {
            best = k;
            best_rank = rank;
        }
    }
    if (best != NONE && best_rank == 0 && g->parties && !party_named(st, g, s->info[best]))
        best = NONE; /* "Australia, PNG sign mutual defence treaty": a treaty none of whose parties the story named */
    /* a short form wins over a full alias only if its entity was named
     * since the full alias's ("Belgium ... cut ties with Brussels": the
     * country's short form, not the EU's full alias) */
    if (short_best == NONE || (best != NONE && short_rank <= best_rank))
        return best;
    uint32_t sent_start = si < sl->n ? sl->v[si].start : 0;
    uint32_t sent_end = si < sl->n ? sl->v[si].end : (uint32_t)d->nt.len;
    if (name_before(d, c->nstart, sent_start) || name_after(d, c->nend, sent_end))
        return best;
    return short_best;
}

/* Token indexes: the word starts before a mention, counted over 64-byte
 * blocks of the text. Bit i of `starts` is set if a word starts at byte
 * base + i (a letter or digit after a non-word character); `before` counts
 * the starts in [0, base). Mentions come in text order, so each block is
 * classified once however many mentions it holds. */
typedef struct {
    uint32_t base;
    uint32_t carry; /* the byte before base + 64 is a word character */
    uint64_t starts;
    uint32_t before;
} word_blocks;

static const uint8_t ascii_word[128] = {
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1,
    ['9'] = 1, ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1,
    ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1,
    ['r'] = 1, ['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1, ['y'] = 1, ['z'] = 1,
    ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1, ['I'] = 1,
    ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1,
    ['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1};

static unsigned popcount64(uint64_t x)
{
    x -= (x >> 1) & 0x5555555555555555u;
    x = (x & 0x3333333333333333u) + ((x >> 2) & 0x3333333333333333u);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Fu;
    return (unsigned)((x * 0x0101010101010101u) >> 56);
}

/* Classifies the block at b->base (carry-in b->carry), byte by byte: a
 * continuation byte belongs to the character before it. */
static void block_bytes(const norm_text *nt, word_blocks *b)
{
    const unsigned char *t = (const unsigned char *)nt->text;
    uint32_t w = b->carry, end = nt->len - b->base < 64 ? (uint32_t)nt->len : b->base + 64;
    b->starts = 0;
    for (uint32_t p = b->base; p < end; p++) {
        uint32_t now;
        if (t[p] < 0x80)
            now = ascii_word[t[p]];
        else if (t[p] >= 0xC0)
            now = norm_word_at(nt->text, nt->len, p);
        else
            continue;
        b->starts |= (uint64_t)(now & ~w) << (p - b->base);
        w = now;
    }
    b->carry = w;
}

/* Classifies the block at b->base (b->base < nt->len or empty). */
static void block_load(const norm_text *nt, word_blocks *b)
{
#ifdef __SSE2__
    if (b->base + 64 <= nt->len) {
        const __m128i *v = (const __m128i *)(const void *)(nt->text + b->base);
        __m128i x0 = _mm_loadu_si128(v), x1 = _mm_loadu_si128(v + 1);
        __m128i x2 = _mm_loadu_si128(v + 2), x3 = _mm_loadu_si128(v + 3);
        if (!_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(x0, x1), _mm_or_si128(x2, x3)))) { /* all ASCII */
            uint64_t m = (uint64_t)ac_word_bits16(x0) | (uint64_t)ac_word_bits16(x1) << 16 |
                         (uint64_t)ac_word_bits16(x2) << 32 | (uint64_t)ac_word_bits16(x3) << 48;
            b->starts = m & ~(m << 1 | b->carry);
            b->carry = (uint32_t)(m >> 63);
            return;
        }
    }
#endif
    if (b->base < nt->len)
        block_bytes(nt, b);
    else
        b->starts = 0;
}

/* Word starts in [0, to); `to` never decreases between calls. */
static uint32_t words_before(const norm_text *nt, word_blocks *b, uint32_t to)
{
    while (to >= b->base + 64) {
        b->before += popcount64(b->starts);
        b->base += 64;
        block_load(nt, b);
    }
    return b->before + popcount64(b->starts & ((1ull << (to - b->base)) - 1));
}

static void size_state(resolve_state *st, const gaz *g)
{
    if (st->n_ents != g->n_ents || !st->last_named) {
        xsparse_free(st->last_named);
        xsparse_free(st->place);
        /* a slot per entity, a document names a few: pages only where they are */
        st->last_named = xsparse_calloc(g->n_ents ? g->n_ents : 1, sizeof *st->last_named);
        st->place = xsparse_calloc(g->n_ents ? g->n_ents : 1, sizeof *st->place);
        assert(given_names_sorted());
        st->n_ents = g->n_ents;
        st->n_touched = 0;
    }
}

/* ---- datelines ---- */

static bool upper_byte(char c)
{
    return c >= 'A' && c <= 'Z';
}

/* Length of a dash and the space after it at normalised offset i of d,
 * with *wide set for an en or em dash in the input (normalised to "-");
 * 0 if none. */
static size_t dash_at(const doc *d, size_t i, size_t n, bool *wide)
{
    const char *t = d->nt.text;
    size_t k = 0;
    if (i < n && t[i] == '-')
        k = i + 1 < n && t[i + 1] == '-' ? 2 : 1;
    if (!k || i + k >= n || !is_space(t[i + k]))
        return 0;
    *wide = (unsigned char)d->bytes[norm_orig(&d->nt, (uint32_t)i)] == 0xE2;
    return k + 1;
}

/* The end of a dateline opening the line at t[i..n) ("SEOUL, Dec 4 (Reuters)
 * - ", "WASHINGTON — ", "TEHRAN/MOSCOW (AP) - "), else 0: a place in capitals,
 * then a date after a comma and an agency in brackets, either or both (a
 * place of five letters or more, or an en or em dash, may stand alone), then
 * a dash. The place and the agency name no actor of the story. */
static size_t dateline_at(const doc *d, size_t i, size_t n)
{
    const char *t = d->nt.text;
    size_t p = i, letters = 0;
    while (p < n && (upper_byte(t[p]) || t[p] == '/' || t[p] == '.' || t[p] == '\'' ||
                     (t[p] == ' ' && p + 1 < n && upper_byte(t[p + 1])))) {
        if (t[p] == ' ' && p + 4 < n && memcmp(t + p, " AND ", 5) == 0)
            return 0; /* a headline in capitals: "CHINA AND RUSSIA - ..." */
        letters += upper_byte(t[p++]);
    }
    if (letters < 3 || (p < n && t[p] >= 'a' && t[p] <= 'z'))
        return 0; /* no place in capitals: "Seoul said", "NATOs" */
    bool date = false, agency = false;
    if (p + 1 < n && t[p] == ',' && t[p + 1] == ' ') { /* ", Dec 4", ", December 4, 2024" */
        size_t q = p + 2;
        while (q < n && q - p < 32 && t[q] != '\n' &&
               ((t[q] >= '0' && t[q] <= '9') || (t[q] >= 'A' && t[q] <= 'Z') || (t[q] >= 'a' && t[q] <= 'z') ||
                t[q] == ' ' || t[q] == ',' || t[q] == '.'))
            q++;
        while (q > p && t[q - 1] == ' ')
            q--;
        date = q > p + 2;
        p = date ? q : p;
    }
    size_t q = p;
    while (q < n && t[q] == ' ')
        q++;
    if (q < n && t[q] == '(') { /* "(Reuters)" */
        size_t r = q + 1;
        while (r < n && r - q < 32 && t[r] != ')' && t[r] != '\n')
            r++;
        if (r < n && t[r] == ')') {
            agency = true;
            for (q = r + 1; q < n && t[q] == ' ';)
                q++;
        }
    }
    bool wide = false;
    size_t k = dash_at(d, q, n, &wide);
    if (!k || (!date && !agency && letters < 5 && !wide))
        return 0;
    return q + k;
}

/* A dateline on one of the document's first three lines (a headline may
 * come first): its end, with its start in *start; 0 if none. */
static uint32_t dateline_end(const doc *d, uint32_t *start)
{
    const char *t = d->nt.text;
    size_t n = d->nt.len < 600 ? d->nt.len : 600, i = 0;
    for (int line = 0; line < 3 && i < n; line++) {
        while (i < n && (t[i] == '\n' || t[i] == ' '))
            i++;
        size_t e = dateline_at(d, i, n);
        *start = (uint32_t)i;
        if (e)
            return (uint32_t)e;
        while (i < n && t[i] != '\n')
            i++;
    }
    return 0;
}

void resolve_doc(resolve_state *st, const gaz *g, const match_scratch *s, doc *d)
{
    size_state(st, g);
    d->mentions.n = 0;
    const seg_list *sl = &d->sents;
    size_t si = 0;
    uint32_t next = 0, dl_start = 0, dl_end = dateline_end(d, &dl_start); /* no mention in a dateline */
    word_blocks words = {0};
    if (!st->no_tokens)
        block_load(&d->nt, &words);
    uint32_t taken = UINT32_MAX; /* the start of the last mention: its other candidates are passed over */
    /* At most a mention per candidate: room for all at once. The sentence's
     * end and the mention count live in locals, which the stores into
     * mentions (uint32_t fields) would otherwise make be read again. */
    XGROW(d->mentions.v, d->mentions.cap, s->n_cands);
    mention *mv = d->mentions.v;
    size_t nm = 0;
    uint32_t sent_end = sl->n ? sl->v[0].end : UINT32_MAX; /* of sentence si; past the last: none */
    /* The mentions' sentence column, si clamped to the last sentence, is
     * set as si moves; no_tokens is read once (the stores into mv could
     * change it, as far as the compiler knows). */
    uint32_t sent_no = 0;
    int no_tokens = st->no_tokens;
    for (size_t i = 0; i < s->n_cands; i++) {
        const match_cand *c = &s->cands[i];
        if (c->nstart < next || c->nstart == taken || (c->nstart < dl_end && c->nstart >= dl_start))
            continue; /* inside the previous mention, or another candidate for it, or the dateline */
        if (sent_end <= c->nstart) {
            do
                sent_end = ++si < sl->n ? sl->v[si].end : UINT32_MAX;
            while (sent_end <= c->nstart);
            sent_no = si < sl->n ? (uint32_t)si : (uint32_t)sl->n - 1; /* si moved: sl->n > 0 */
        }
        uint32_t k = c->first;
        /* one full alias (most candidates) needs no recency to weigh */
        if ((c->count != 1 || (s->info[k] & MATCH_SHORT)) && (k = choose(st, g, s, c, d, sl, si)) == NONE)
            continue; /* the next candidate at the same start may resolve */
        uint32_t info = s->info[k], e = info & ~MATCH_SHORT;
        int owner = named_owner(g, d, mv, nm, c->nstart, e);
        if (owner == OWNER_FOREIGN || (owner == OWNER_NONE && st->last_named[e] == DISOWNED)) {
            touch(st, e, DISOWNED); /* "delivering oil to NIS" after "Serbia's oil company NIS": that company still
                                       (not after "South Korea's NIS") */
            continue;
        }
        if (owner == OWNER_FOREIGN_LOOSE)
            continue; /* "A's coalition conceded on B": this mention only */
        if (not_the_place(st, g, s, i, d, e, si < sl->n ? sl->v[si].start : 0, sent_end, nm ? mv[nm - 1].nend : 0) ||
            common_noun_agreement(g, d->nt.text, c->nstart, si < sl->n ? sl->v[si].start : 0, e))
            continue;
        if (!(info & MATCH_SHORT))
            touch(st, e, c->nstart + 1);
        uint32_t nend = c->nend; /* most candidates: nothing later overlaps them */
        for (size_t j = i + 1; j < s->n_cands && s->cands[j].nstart < nend; j++)
            if (s->cands[j].nend > nend && names(s, &s->cands[j], e) && strcmp(g->ents[e].type, "person") == 0)
                nend = s->cands[j].nend; /* "President Yoon" and "Yoon Suk Yeol": one person's mention */
        uint32_t ostart, oend;
        norm_orig_span(&d->nt, c->nstart, nend, &ostart, &oend);
        mv[nm++] = (mention){
            .start = ostart,
            .end = oend,
            .nstart = c->nstart,
            .nend = nend,
            .entity = e,
            .alias = s->aliases[k],
            .sentence = sent_no,
            .token = no_tokens ? 0 : words_before(&d->nt, &words, c->nstart),
        };
        next = nend;
        taken = c->nstart;
    }
    d->mentions.n = nm;
    for (size_t k = 0; k < st->n_touched; k++)
        st->last_named[st->touched[k]] = 0;
    st->n_touched = 0;
}

void resolve_state_free(resolve_state *st)
{
    xsparse_free(st->last_named);
    xsparse_free(st->place);
    free(st->touched);
    *st = (resolve_state){0};
}
