/* rel.c - stated relations: who does what to whom, within one sentence.
 *
 * A sentence is cut into tokens (words and punctuation bytes), each knowing
 * the argument mention that covers it; issue mentions are not arguments and
 * stay plain words, so triggers may run over them ("cyber attack").
 * Triggers are found once per sentence, longest form first, never inside an
 * argument mention except for dyads. Then, in this order:
 *   dyads     "A-B <sym trigger>" within a few words ("U.S.-ROK alliance");
 *   roles     "A, B's closest ally,", "A is B's main backer": no trigger
 *             word, the noun states cooperation or aid;
 *   between   "<trigger> ... between A and B" (symmetric triggers);
 *   taking part "The meeting included A and B", "the talks were attended
 *             by A and B": a symmetric trigger heading its clause's subject
 *             relates those named (not two of one country: a delegation);
 *   agents    "by A" / "from A" after the trigger: A acts, on the object that
 *             follows or else on the subject (passive "B was attacked by A");
 *   active    the nearest subject on the left (not a prepositional object
 *             nor the object of another trigger, unless it is a possessor
 *             "A's" or next to the trigger) acts on the nearest object on the
 *             right whose preposition can mark a patient or partner; "and"
 *             lists add subjects and objects; a joint subject with a
 *             symmetric trigger and no object relates its members; the
 *             object of a trigger right before ("accused A of supplying",
 *             "help A fight") is the subject; an attack or fight with no
 *             object acts on the country "in" which it happens; with no
 *             subject found, "both sides" / "the two countries" stand for
 *             the pair joined last before them ("A and B", "A-B"), and so
 *             do they as the object right after a trigger ("warned both
 *             countries");
 *   buying    "India bought Russian oil", "Poland will buy helicopters
 *             from the United States", "Ukraine received F-16 jets from
 *             Denmark" (goods named): the seller supplies the buyer.
 * The subject search also reads "A said it would ..." as A (a pronoun
 * right after a reporting verb), "He" or "She" opening a sentence as the
 * first person of the sentence before (such a sentence is read with one
 * named entity), "drones launched by A" as A, and "have
 * a partnership", "upgraded their ties to an alliance" as predicates.
 * Not relations: a hyphened compound's trigger relates only the name it
 * qualifies ("Iran-backed Houthis"), "links"/"ties" after a name attribute,
 * what is discussed is a topic unless "with" leads it, and the members of
 * a delegation (compatriots) that meets a partner do not meet each other.
 * Nothing is allocated per sentence or document: the token arrays and the
 * argument classes live in the caller's rel_state. */
#define _GNU_SOURCE /* memmem */
#include "rel.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "rel_scan.h"
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* ---- output ---- */

/* An entity's ent_home word: its kind (rel_scan.h, HOME_KIND bits) and
 * above them a hash of its country column, case folded (0: none). */
static uint32_t entity_home(const gaz_entity *x)
{
    static const char *const kinds[] = {
        [HOME_PERSON] = "person", [HOME_COUNTRY] = "country", [HOME_WEAPON] = "weapon",
        [HOME_EVENT] = "event",   [HOME_GROUP] = "group",     [HOME_AGREEMENT] = "agreement"};
    uint32_t h = 2166136261u;
    for (const char *p = x->country; *p; p++)
        h = (h ^ (unsigned char)(*p >= 'a' && *p <= 'z' ? *p - 32 : *p)) * 16777619u;
    uint32_t code = *x->country ? (h >> HOME_SHIFT ? h >> HOME_SHIFT : 1) : 0, kind = 0;
    for (uint32_t k = 1; k < sizeof kinds / sizeof *kinds && !kind; k++)
        if (kinds[k] && x->type[0] == kinds[k][0] && strcmp(x->type, kinds[k]) == 0)
            kind = k; /* (the first letters tell the kinds apart: one compare) */
    if (!kind && x->type[0] == 'o' && strlen(x->id) <= 16 && rel_bloc_id(x->id))
        kind = HOME_BLOC; /* "the bloc", "the alliance" (ids are short: not most organizations') */
    return code << HOME_SHIFT | kind;
}

/* Whether one of entities a and b is a person and the other the country
 * the person belongs to (the gazetteer's country column). From a compact
 * per-entity table: the gazetteer's entity records are scattered, and
 * reading them for every relation missed the cache (+4% of the bench's
 * wall time). */
static int own_country(const sctx *c, uint32_t a, uint32_t b)
{
    uint32_t x = c->ent_home[a], y = c->ent_home[b], kx = x & HOME_KIND, ky = y & HOME_KIND;
    return x >> HOME_SHIFT && x >> HOME_SHIFT == y >> HOME_SHIFT &&
           ((kx == HOME_PERSON && ky == HOME_COUNTRY) || (kx == HOME_COUNTRY && ky == HOME_PERSON));
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

/* Records relation r between entities a and b, stated by the trigger at ti.
 * Not a cooperation between a person and their own country: "the summit in
 * Rio de Janeiro, hosted by Brazil's President Lula" names where he hosts,
 * not whom (a conflict stays: "Navalny criticized Russia"). */
static void emit_ents(sctx *c, uint32_t r, uint32_t a, uint32_t b, long ti, int8_t neg, int8_t hyp)
{
    if (a == b || (c->lx->types[r].polarity > 0 && own_country(c, a, b)))
        return;
    size_t belief = hyp ? 0 : rel_belief_tail(c);
    if (belief && c->tk[ti].s < belief)
        hyp = 1; /* "Russia has been supplying Iran, US officials believe": a belief, not a fact */
    int sym = c->lx->types[r].symmetric;
    for (size_t i = c->first_rel; i < c->d->rels.n; i++) {
        const stated_rel *o = &c->d->rels.v[i];
        if (o->relation == r && ((o->a == a && o->b == b) || (sym && o->a == b && o->b == a)))
            return; /* one statement per sentence, however many trigger words */
    }
    const norm_text *nt = &c->d->nt;
    uint32_t ts = c->tk[ti].s, te = c->tk[ti + c->tk[ti].tlen - 1].e;
    if (nt->map)
        norm_orig_span(nt, ts, te, &ts, &te);
    if (c->d->rels.n == c->d->rels.cap)
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

/* Whether mention m names a place itself, not the countries in it ("two
 * Central American countries"). */
static int names_place_itself(const sctx *c, int32_t m)
{
    const mention *x = &c->d->mentions.v[m];
    if (strcmp(c->g->ents[x->entity].type, "location") != 0)
        return 0;
    const char *t = c->t + x->nend;
    return strncasecmp(t, " countries", 10) != 0 && strncasecmp(t, " states", 7) != 0 &&
           strncasecmp(t, " nations", 8) != 0 && strncasecmp(t, " governments", 12) != 0;
}

/* Whether mentions a and b name entities of one country (the gazetteer's
 * country column): "Blinken and Austin met with their counterparts" is one
 * delegation, whose members do not meet each other. */
static int compatriots(const sctx *c, int32_t a, int32_t b)
{
    uint32_t x = c->ent_home[c->d->mentions.v[a].entity], y = c->ent_home[c->d->mentions.v[b].entity];
    return x >> HOME_SHIFT && x >> HOME_SHIFT == y >> HOME_SHIFT;
}

/* The index in words (NULL-ended) of the lower-case word right after the
 * mention m and one space, else -1; its end into *end. firsts: a bit per
 * first letter of the words (bit 0 'a'). */
static int word_after_in(const sctx *c, int32_t m, const char *const *words, uint32_t firsts, uint32_t *end)
{
    uint32_t at = c->d->mentions.v[m].nend + 1, e = at;
    if (at >= c->send || c->t[at - 1] != ' ' || (unsigned char)(c->t[at] - 'a') >= 26 ||
        !(firsts >> (c->t[at] - 'a') & 1))
        return -1; /* (most names: a capital, a mark or another word after) */
    while (e < c->send && rel_word_byte((unsigned char)c->t[e]))
        e++;
    *end = e;
    for (int i = 0; words[i]; i++)
        if (words[i][0] == c->t[at] && !strncmp(words[i], c->t + at, e - at) && !words[i][e - at])
            return i;
    return -1;
}

/* Whether the mention m names private people by their country ("Turkish
 * tourists visiting Greek islands", "Chinese students protested"): no act of
 * the state's. */
static int private_people(const sctx *c, int32_t m)
{
    static const char *const WHO[] = {"tourists", "holidaymakers", "travellers",  "travelers", "pilgrims", "students",
                                      "fans",     "visitors",      "backpackers", "shoppers",  "athletes", NULL};
    const uint32_t firsts = 1u << 0 | 1u << ('b' - 'a') | 1u << ('f' - 'a') | 1u << ('h' - 'a') | 1u << ('p' - 'a') |
                            1u << ('s' - 'a') | 1u << ('t' - 'a') | 1u << ('v' - 'a'); /* (WHO's first letters) */
    uint32_t end;
    if (rel_men_kind(c, m) != HOME_COUNTRY)
        return 0; /* (a person, a group, a place) */
    return word_after_in(c, m, WHO, firsts, &end) >= 0;
}

/* Whether the mention m names an organisation as the kind of one of its
 * members ("their NATO ally", "an EU member state"; not "urged EU members",
 * "EU member states": the members together). */
static int bloc_member(const sctx *c, int32_t m)
{
    static const char *const MEMBER[] = {"ally", "member", "partner", NULL};
    const char *type = c->g->ents[c->d->mentions.v[m].entity].type;
    uint32_t end;
    if (type[0] != 'o' || strcmp(type, "organization") != 0 ||
        word_after_in(c, m, MEMBER, 1u << 0 | 1u << ('m' - 'a') | 1u << ('p' - 'a'), &end) < 0)
        return 0;
    return end + 7 > c->send || memcmp(c->t + end, " states", 7) != 0; /* ("EU member states") */
}

/* emit_ents between the entities of mentions ma and mb. */
static void emit_as(sctx *c, uint32_t r, int32_t ma, int32_t mb, long ti, int8_t neg, int8_t hyp)
{
    if (c->lx->types[r].polarity > 0 && rel_countered(c, c->d->mentions.v[mb].nstart))
        return; /* "pledged to boost its defences to deter China": no cooperation with China */
    if (c->lx->types[r].reduce && names_place_itself(c, mb))
        return; /* "until Kyiv withdrew from the Donbas": a retreat from a place, no relations reduced */
    if (c->lx->types[r].release && !rel_detainees(c, mb) && !rel_detainees_after(c, ti))
        return; /* "released a report on Japan": a release frees people ("released three Israeli hostages") */
    if (c->lx->types[r].host && rel_refugees(c, mb))
        return; /* "hosts 3 million Syrian refugees": no visit hosted */
    if (private_people(c, ma))
        return; /* "Turkish tourists visiting Greek islands": no state visits */
    if (c->lx->types[r].cameo[0] == '0' && c->lx->types[r].cameo[1] == '5' && c->lx->types[r].cameo[2] == '4' &&
        !strncasecmp(c->t + c->tk[ti].s, "reinstat", 8) && c->d->mentions.v[mb].nend + 2 < c->send &&
        c->t[c->d->mentions.v[mb].nend] == '\'' && c->t[c->d->mentions.v[mb].nend + 1] == 's')
        return; /* "to reinstate Niger's ousted president": a person restored, no state readmitted */
    if (bloc_member(c, mb))
        return; /* "ready to help their NATO ally": a member, unnamed, not the bloc */
    const char *type = c->g->ents[c->d->mentions.v[mb].entity].type;
    if (c->lx->types[r].assault && rel_men_kind(c, ma) == HOME_GROUP && type[0] == 'l' && compatriots(c, ma, mb) &&
        rel_troops_in_place(c, mb))
        return; /* "Hamas killed a soldier in Rafah": not an attack on its own Gaza, the soldier's country unnamed */
    if (c->lx->types[r].assault && type[0] == 'l' && !*c->g->ents[c->d->mentions.v[mb].entity].country &&
        !strcmp(type, "location"))
        return; /* "struck the Black Sea oil terminal", "attacks in the Red Sea": a sea or a region is no target */
    if (type[0] == 'w' && !c->lx->types[r].assault && !strcmp(type, "weapon"))
        return; /* "asked for more Patriot systems": what is asked for, no one asked (a strike may hit one) */
    emit_ents(c, r, c->d->mentions.v[ma].entity, c->d->mentions.v[mb].entity, ti, neg, hyp);
}

/* Whether mention m names a sea, an ocean or a gulf of no country's (a
 * location with no country whose name ends in such a word). */
static int open_water(const sctx *c, int32_t m)
{
    static const char *const WATERS[] = {"Sea", "Ocean", "Gulf", NULL};
    uint32_t e = c->d->mentions.v[m].entity;
    const char *name = c->g->ents[e].name, *last = strrchr(name, ' ');
    if (c->ent_home[e] || strcmp(c->g->ents[e].type, "location") != 0)
        return 0;
    for (int i = 0; WATERS[i]; i++)
        if (!strcmp(last ? last + 1 : name, WATERS[i]))
            return 1;
    return 0;
}

/* Whether the text at t starts with a word for armed men fighting a state
 * ("rebels", "insurgents", "militias", "cartels"...) and a non-letter. (The
 * text ends in a NUL byte.) */
static int rebels_word(const char *t)
{
    const char *w;
    switch (t[0]) { /* (most words after a name: another first letter) */
    case 'r':
        w = "rebel";
        break;
    case 'i':
        w = "insurgent";
        break;
    case 'm':
        if (strncmp(t, "milit", 5) != 0)
            return 0;
        w = t[5] == 'a' ? "militant" : "militia"; /* (t[5] is in the text: "milit" is) */
        break;
    case 'g':
        w = t[1] == 'a' ? "gang" : "guerrilla"; /* (t[1] is in the text: t[0] is a letter) */
        break;
    case 'c':
        w = "cartel"; /* "designated six Mexican cartels as terrorist organisations" */
        break;
    case 's':
        w = "separatist";
        break;
    case 'j':
        w = "jihadist";
        break;
    default:
        return 0;
    }
    size_t n = strlen(w);
    if (strncmp(t, w, n) != 0)
        return 0;
    n += t[n] == 's'; /* (the plural) */
    return !rel_word_byte((unsigned char)t[n]);
}

/* Whether mention m names a state by its people's adjective before a word
 * for its armed foes: "backing Ethiopian rebels", "Syrian insurgents" are
 * not the state's. */
static int rebels_of(const sctx *c, int32_t m)
{
    const mention *x = &c->d->mentions.v[m];
    return c->t[x->nend] == ' ' && rebels_word(c->t + x->nend + 1) &&
           (c->ent_home[x->entity] & HOME_KIND) == HOME_COUNTRY; /* (the word first: the table misses the cache) */
}

/* The trigger's own relation. */
static void emit(sctx *c, int32_t ma, int32_t mb, long ti, int8_t neg, int8_t hyp)
{
    uint32_t r = c->lx->trigs[c->tk[ti].trig].relation;
    int about = !strncmp(c->lx->types[r].cameo, "13", 2) ? rel_warned_about(c, ti, mb) : 0;
    if (about == 2 || rebels_of(c, ma) || rebels_of(c, mb) ||
        (c->d->mentions.v[mb].nstart > c->tk[ti + c->tk[ti].tlen - 1].e + 12 &&
         rel_topic_mention(c, tok_at(c, c->d->mentions.v[mb].nstart))))
        return; /* "warned Warsaw about the drones": a notice; "backing Ethiopian rebels": no state's; "charged a man
                   with gathering information on U.S. technology": a topic */
    if (about == 1)
        strmap_get(c->lx->type_ids, "criticize", 9, &r); /* "warned China about its military activity" */
    if (c->lx->types[r].polarity > 0 && rel_vows_hostile(c, ti))
        return; /* "vowed to drive Iran's oil exports to zero": no cooperation with Iran */
    if (c->lx->types[r].cameo[0] == '1' && (c->lx->types[r].cameo[1] == '5' || c->lx->types[r].cameo[1] == '7') &&
        open_water(c, mb))
        return; /* "drills near the South China Sea": a sea of no one's is shown no force (but "drills near the
                   Paracel Islands", which states claim), nor coerced ("a war to seize access to the Red Sea") */
    int assault = c->lx->types[r].assault;
    if (rel_force_expelled(c, ti, mb)) /* "coerce", if the lexicon has it */
        strmap_get(c->lx->type_ids, "coerce", 6, &r);
    else if (assault && (rel_hit_with_penalty(c, ti) || rel_penalty_reprisal(c, ti) ||
                         (rel_targets(c, ti) && (rel_goods_named(c, mb) || rel_sanction_targets(c, ti, ma)))))
        strmap_get(c->lx->type_ids, "sanction", 8, &r); /* "hit Russia with new sanctions", "targeted U.S. products",
                                                           if the lexicon has it */
    else if (assault && (rel_hackers_at(c, tok_at(c, c->d->mentions.v[ma].nend)) ||
                         rel_hackers_before(c, tok_at(c, c->d->mentions.v[ma].nstart))))
        strmap_get(c->lx->type_ids, "cyberattack", 11, &r); /* "Russian hackers attacked Ukrainian banks" */
    else if (c->lx->types[r].prior_act == PRIOR_CHARGE && rel_ally_designated(c, ti))
        strmap_get(c->lx->type_ids, "cooperate", 9, &r); /* "designated Kenya a major non-NATO ally" */
    else if (!strcmp(c->lx->types[r].cameo, "042") && rel_forces_travel(c, ma))
        strmap_get(c->lx->type_ids, "deploy", 6, &r); /* "Kenyan police officers arrived in Haiti" */
    else if (c->lx->types[r].supply && rel_prisoners_handed(c, ti))
        strmap_get(c->lx->type_ids, "release", 7, &r); /* "handed over four Armenian prisoners to Armenia" */
    else if (c->lx->types[r].supply && rel_sends_aid(c, ti) >= 0)
        strmap_get(c->lx->type_ids, "aid", 3, &r); /* "sent humanitarian aid to Sudan", if the lexicon has it */
    else if (c->lx->types[r].supply && rel_trade_goods(c, ti))
        strmap_get(c->lx->type_ids, "trade", 5, &r); /* "supplies natural gas to Spain": trade, not arms */
    else if (((c->lx->types[r].aid && !c->lx->types[r].supply) || rel_ratifies(c, ti)) && rel_stance_object(c, mb))
        strmap_get(c->lx->type_ids, "praise", 6, &r); /* "backed Iran's position": endorsed (CAMEO 051) */
    else if (c->lx->types[r].aid && rel_arms_given(c, ti))
        strmap_get(c->lx->type_ids, "supply", 6, &r); /* "provided Moscow with artillery shells" (CAMEO 072) */
    else if (c->lx->types[r].polarity > 0 && rel_vows_reprisal(c, ti))
        strmap_get(c->lx->type_ids, "threaten", 8, &r); /* "vowed revenge against A", if the lexicon has it */
    else if ((c->lx->types[r].supply || c->lx->types[r].deploy) && rel_envoy_sent(c, ti))
        strmap_get(c->lx->type_ids, "visit", 5, &r); /* "sent an envoy to Moscow", if the lexicon has it */
    else if ((c->lx->types[r].supply || c->lx->types[r].deploy) &&
             rel_forces_after(c, tok_at(c, c->d->mentions.v[mb].nend) - 1) &&
             rel_sent_to_guard(c, ti, tok_at(c, c->d->mentions.v[mb].nstart)))
        return; /* "sent jets to monitor the Russian bombers": the watched forces' state, no deployment there */
    else if (c->lx->types[r].supply && (!strcmp(c->g->ents[c->d->mentions.v[mb].entity].type, "location") ||
                                        rel_sent_to_guard(c, ti, tok_at(c, c->d->mentions.v[mb].nstart))))
        strmap_get(c->lx->type_ids, "deploy", 6, &r); /* "send a carrier to the eastern Mediterranean": a place; "sent
                                                           fighter jets to patrol Finnish airspace": forces */
    else if (neg && c->lx->types[r].polarity > 0 && c->lx->types[r].cameo[0] == '0' && rel_deal_ended(c, ti) &&
             c->t[c->d->mentions.v[mb].nend] != '-' && strmap_get(c->lx->type_ids, "reduce_relations", 16, &r))
        neg = 0; /* "Chad ended its defence pact with France": relations cut, not an agreement denied (not "froze its
                    participation in the Russian-led CSTO": a compound names the bloc's leader) */
    else if (c->lx->types[r].polarity > 0 && c->lx->types[r].cameo[0] == '0' && rel_ties_reviewed(c, ti) &&
             strmap_get(c->lx->type_ids, "reduce_relations", 16, &r))
        hyp = 1, neg = 0; /* "said Belgrade would review its cooperation with Zagreb": a cut weighed */
    else if (!c->lx->types[r].military && c->lx->types[r].polarity > 0 && (c->t[c->tk[ti].s] | 0x20) == 'j' &&
             rel_joined_for_drills(c, ti, tok_at(c, c->d->mentions.v[mb].nend) - 1))
        strmap_get(c->lx->type_ids, "military_cooperation", 20, &r); /* "joined South Africa for naval exercises" */
    else if (c->lx->types[r].military && rel_civil_codevelopment(c, ti))
        strmap_get(c->lx->type_ids, "cooperate", 9, &r); /* "jointly develop a lithium mine": not arms */
    else if (rel_welcomed_to(c, ti, tok_at(c, c->d->mentions.v[mb].nend)))
        strmap_get(c->lx->type_ids, "host", 4, &r); /* "welcomed Kishida to Seoul", if the lexicon has it */
    else if (c->lx->types[r].symmetric && !strncmp(c->lx->types[r].cameo, "19", 2) && rel_clash_word(c, ti) &&
             ((rel_men_kind(c, ma) == HOME_PERSON && rel_men_kind(c, mb) == HOME_PERSON) ||
              rel_clash_over_issue(c, ti)) &&
             strmap_get(c->lx->type_ids, "criticize", 9, &r)) {
        emit_as(c, r, mb, ma, ti, neg, hyp); /* "Zelensky and Trump clashed", "clashed with the United States over
                                                sanctions": words, each at the other (not "Kagame and Tshisekedi
                                                agreed to a halt to fighting": their forces fight) */
    }
    emit_as(c, r, ma, mb, ti, neg, hyp);
}

/* emit() for each pair of a subject in subj and an object in obj. */
static void emit_each(sctx *c, const args *subj, const args *obj, long ti, int8_t neg, int8_t hyp)
{
    const mention *mv = c->d->mentions.v;
    for (int i = 0; i < subj->n; i++)
        for (int j = 0; j < obj->n; j++)
            if (obj->n < 2 || !own_country(c, mv[subj->m[i]].entity, mv[obj->m[j]].entity))
                emit(c, subj->m[i], obj->m[j], ti, neg, hyp); /* "Xi called on the two countries": not on China */
}

/* Relates every two members of x, in text order; with delegation set, not
 * two compatriots (the group acts together on a partner elsewhere). */
static void emit_pairs(sctx *c, const args *x, long ti, int8_t neg, int8_t hyp, int delegation)
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
            if (!delegation || !compatriots(c, s.m[i], s.m[j]))
                emit(c, s.m[i], s.m[j], ti, neg, hyp);
}

/* "The FBI links Lazarus to North Korea", "which the FBI ties to Russia":
 * a plural noun of ties right after a name is a verb of attribution, not
 * ties between the names ("Russia's links with", "its ties with" are). */
static int attribution_verb(const sctx *c, long ti)
{
    const tok *k = &c->tk[ti];
    if (k->tlen != 1 || ti == 0 || c->tk[ti - 1].men < 0)
        return 0;
    size_t n = k->e - k->s;
    const char *w = c->t + k->s;
    return (n == 5 && strncasecmp(w, "links", 5) == 0) || (n == 4 && strncasecmp(w, "ties", 4) == 0);
}

/* Whether "from A" after a trigger of this CAMEO code in the active voice
 * names its object: reducing or breaking relations (160, 161), withdrawing
 * or expelling (166), stealing (171: "stole secrets from A"), hosting (043:
 * "hosted a delegation from A"), asking (020: "requested shells from A"),
 * rejecting (120: "rejected a proposal from South Korea");
 * not "sanctions from A" (163), where A acts. */
static int from_is_object(const char *cameo)
{
    return !strcmp(cameo, "160") || !strcmp(cameo, "161") || !strcmp(cameo, "166") || !strcmp(cameo, "171") ||
           !strcmp(cameo, "043") || !strcmp(cameo, "020") || !strcmp(cameo, "120");
}

/* A supply seen from the buyer: the seller ("from A", else the object)
 * supplies the subject; with visitor set ("received President Zelensky"),
 * the subject hosts the object instead (if the lexicon has "host"). */
static void buyer_trigger(sctx *c, long ti, const right_res *R, int visitor)
{
    const args *seller = R->agent.n ? &R->agent : &R->obj;
    uint32_t r = c->lx->trigs[c->tk[ti].trig].relation;
    if (visitor && (R->agent.n || !strmap_get(c->lx->type_ids, "host", 4, &r)))
        return;
    if (!visitor && c->lx->types[r].supply && rel_trade_goods(c, ti))
        strmap_get(c->lx->type_ids, "trade", 5, &r); /* "India bought Russian oil": trade, not arms */
    if (!seller->n || (R->agent.n && !R->from) || c->actor_first < 0 || c->actor_first >= ti)
        return; /* not "oil bought by India": a passive's agent buys */
    if (!visitor && !R->agent.n && !R->for_obj && rel_bare_name(c, seller->m[seller->n - 1]))
        return; /* "an offer to buy Greenland": what is bought, no seller (not "bought Russian oil") */
    left_res L;
    rel_scan_left(c, ti, ti, 0, &L);
    if (!L.subj.n)
        return;
    int8_t neg = 0, hyp = 0;
    rel_cues(c, L.start, L.end, ti, &neg, &hyp);
    for (int i = 0; i < seller->n; i++)
        for (int j = 0; j < L.subj.n; j++)
            if (visitor || (!R->agent.n && R->for_obj)) /* "bought air defence systems for Ukraine": for whom */
                emit_as(c, r, L.subj.m[j], seller->m[i], ti, neg, hyp);
            else
                emit_as(c, r, seller->m[i], L.subj.m[j], ti, neg, hyp);
}

/* Whether the text t[0..n) holds one of entity e's aliases as a whole word. */
static int names_entity(const gaz *g, uint32_t e, const char *t, size_t n)
{
    const gaz_entity *en = &g->ents[e];
    for (uint32_t i = 0; i < en->n_aliases; i++) {
        const gaz_alias *al = &g->aliases[en->first_alias + i];
        for (size_t at = 0; at + al->keylen <= n; at++) {
            size_t end = at + al->keylen;
            if ((at == 0 || !rel_word_byte((unsigned char)t[at - 1])) &&
                (end == n || !rel_word_byte((unsigned char)t[end])) && memcmp(t + at, al->key, al->keylen) == 0)
                return 1;
        }
    }
    return 0;
}

/* "B and C agreed to a US-brokered ceasefire", "the Qatar-mediated deal
 * between B and C", "a truce brokered by A", "the ceasefire between B and
 * C, brokered by A": the mediators (the name before the compound, or the
 * agents after "by") mediate between the parties of the noun the trigger
 * qualifies, named after it ("between B and C") or as its clause's joint
 * subject, found left of token from. */
static void brokered(sctx *c, long ti, long te, long from, const args *mediators)
{
    args parties = {.n = 0};
    left_res L;
    if (!rel_find_between(c, te, &parties)) {
        rel_scan_left(c, ti, from, 0, &L);
        parties = L.subj;
    }
    int8_t neg = 0, hyp = 0;
    rel_cues(c, from, from, from, &neg, &hyp); /* "if a truce brokered by A holds" */
    neg = 0;                                   /* "B and C rejected a deal brokered by A": A mediated all the same */
    if (parties.n < 2) { /* "Israel freed prisoners under a truce with Hamas brokered by Egypt": the truce's pair */
        const stated_rel *deal = NULL;
        for (size_t i = c->first_rel; i < c->d->rels.n; i++)
            if (c->d->rels.v[i].symmetric)
                deal = &c->d->rels.v[i];
        if (!deal)
            return;
        uint32_t r = c->lx->trigs[c->tk[ti].trig].relation, a = deal->a, b = deal->b;
        for (int j = 0; j < mediators->n; j++) {
            uint32_t e = c->d->mentions.v[mediators->m[j]].entity;
            emit_ents(c, r, e, a, ti, neg, hyp);
            emit_ents(c, r, e, b, ti, neg, hyp);
        }
        return;
    }
    for (int j = 0; j < mediators->n; j++)
        for (int i = 0; i < parties.n; i++)
            emit(c, mediators->m[j], parties.m[i], ti, neg, hyp);
}

/* "Qatar has held separate talks between Kinshasa and the M23": the
 * subject of a light verb before the symmetric trigger at ti, which relates
 * the pair between whom it is, hosts the pair (CAMEO 043), if no party. */
static void talks_host(sctx *c, long ti, const args *pair, int8_t neg, int8_t hyp)
{
    uint32_t host = c->lx->host_type;
    long v = host != REL_STOP ? rel_light_verb_before(c, ti) : -1;
    if (v < 0)
        return;
    left_res L;
    rel_scan_left(c, v, v, 0, &L);
    for (int i = 0; i < L.subj.n; i++)
        for (int j = 0; j < pair->n; j++)
            if (c->d->mentions.v[L.subj.m[i]].entity == c->d->mentions.v[pair->m[j]].entity)
                return; /* "Japan held talks between its foreign minister and B": a party's own */
    for (int i = 0; i < L.subj.n; i++)
        for (int j = 0; j < pair->n; j++)
            emit_ents(c, host, c->d->mentions.v[L.subj.m[i]].entity, c->d->mentions.v[pair->m[j]].entity, ti, neg, hyp);
}

/* A trigger inside an event's name that holds the name of the event's
 * country after it ("invasion of Ukraine", "war in Ukraine"; not "Bybit
 * hack", whose country is its author's): an attack or a fight whose
 * possessor acts on that country ("Russia's invasion of Ukraine"). */
static void event_trigger(sctx *c, long ti)
{
    const int32_t *country = c->g->event_country;
    int32_t m = c->tk[ti].men;
    uint32_t r = c->lx->trigs[c->tk[ti].trig].relation;
    if (!country || m < 0 || country[c->d->mentions.v[m].entity] < 0 || !rel_strikes_place(c->lx->types[r].cameo))
        return;
    uint32_t after = c->tk[ti + c->tk[ti].tlen - 1].e, end = c->d->mentions.v[m].nend;
    if (after >= end || !names_entity(c->g, (uint32_t)country[c->d->mentions.v[m].entity], c->t + after, end - after))
        return;
    int32_t s = rel_event_possessor(c, ti);
    if (s < 0)
        return;
    int8_t neg = 0, hyp = 0;
    rel_cues(c, ti, ti, ti, &neg, &hyp); /* "if Russia's invasion of Ukraine succeeds" */
    emit_ents(c, r, c->d->mentions.v[s].entity, (uint32_t)country[c->d->mentions.v[m].entity], ti, neg, hyp);
}

/* Whether a deployment's trigger (CAMEO 074) or a show of force's (15x:
 * "sent warships toward Venezuela") starts at token q. */
static int deploy_at(const sctx *c, long q)
{
    const rel_type *t = rel_type_at(c, q);
    return t && (t->deploy || (t->cameo[0] == '1' && t->cameo[1] == '5'));
}

/* Whether a supply (CAMEO 072) ending before te is none: "will send more
 * troops to Russia", "send US troops to A" (its goods a deployment's
 * troops, 074, or a show of force's warships, 150: a trigger a few words
 * on, before any other name: that alone; or a few words before: "deployed missiles to
 * Germany"), "handed over four Israeli hostages" (people), "tariffs on
 * imports from A" (a penalty's). */
static int not_a_supply(const sctx *c, uint32_t r, long ti)
{
    long te = ti + c->tk[ti].tlen;
    if (!c->lx->types[r].supply)
        return 0;
    if ((rel_persons_moved(c, te) && !rel_prisoners_handed(c, ti)) || rel_under_penalty(c, ti) ||
        rel_buys_equity(c, ti))
        return 1; /* people; "tariffs on imports from A"; "buy out the Russian stake" */
    for (long q = te; q < c->n && q < te + 6; q++) {
        if (deploy_at(c, q))
            return 1;
        if (c->tk[q].men >= 0 && !(q + 1 < c->n && (c->tk[q + 1].men == c->tk[q].men || deploy_at(c, q + 1))))
            break; /* a name, unless the deployment's own: "send US troops to A" */
    }
    for (long q = ti - 1; q >= 0 && q >= ti - 4 && (c->tk[q].flags & TK_WORD); q--)
        if (deploy_at(c, q))
            return 1; /* "deployed missiles to Germany", "the deployment of US missiles to Germany": the
                         deployment's goods */
    return 0;
}

/* Relates the agents of a reaction in an aside to the clause before it
 * (rel_reaction_aside), if the trigger at ti opens one. */
static int reaction_aside(sctx *c, long ti)
{
    args agents, acted;
    if (!rel_reaction_aside(c, ti, &agents, &acted))
        return 0;
    int8_t neg = 0, hyp = 0;
    rel_cues(c, ti, ti, ti, &neg, &hyp);
    emit_each(c, &agents, &acted, ti, neg, hyp);
    return 1;
}

/* The partner of mention m in the symmetric relation stated last in this
 * sentence before it ("Vucic met Xi and signed": Xi), into obj, if named
 * here. */
static void met_partner(const sctx *c, int32_t m, args *obj)
{
    const mention *mv = c->d->mentions.v;
    uint32_t e = mv[m].entity;
    for (size_t i = c->d->rels.n; i-- > c->first_rel;) {
        const stated_rel *r = &c->d->rels.v[i];
        if (!r->symmetric || (r->a != e && r->b != e))
            continue;
        uint32_t other = r->a == e ? r->b : r->a;
        size_t k = (size_t)m;
        while (k > 0 && mv[k - 1].sentence == c->sent)
            k--; /* the sentence's first mention */
        for (; k < c->d->mentions.n && mv[k].sentence == c->sent; k++)
            if (mv[k].entity == other) {
                rel_add_arg(obj, (int32_t)k);
                break;
            }
        return;
    }
}

/* A trigger said after its object, "Moscow declared two Estonian diplomats
 * persona non grata": the subject is its verb's. */
static void post_object_trigger(sctx *c, long ti)
{
    args obj;
    left_res L;
    int8_t neg = 0, hyp = 0;
    long v = rel_post_object(c, ti, &obj);
    if (v < 0 || c->actor_first < 0 || c->actor_first >= v)
        return;
    rel_scan_left(c, v, v, 0, &L);
    if (!L.subj.n && !rel_pronoun_subject(c, v, &L))
        return;
    rel_cues(c, L.start, L.end, v, &neg, &hyp);
    emit_each(c, &L.subj, &obj, ti, neg, hyp);
}

/* An act of force or a show of force whose target no one names ("The U.S.
 * military struck a second vessel", "North Korea fired a ballistic
 * missile"): its author is noted for a reaction that names the act by a noun
 * ("Petro condemned the strikes", "Japan condemned the launch":
 * rel_prior_act). */
static void note_lone_act(sctx *c, long ti, uint32_t r)
{
    int kind = c->lx->types[r].prior_act;
    if ((kind != PRIOR_FORCE && kind != PRIOR_SHOW) || c->lx->types[r].symmetric || c->actor_first < 0 ||
        c->actor_first >= ti || !rel_act_verb(c, ti))
        return;
    left_res L;
    int8_t neg = 0, hyp = 0;
    rel_scan_left(c, ti, ti, 0, &L);
    if (L.subj.n != 1)
        return;
    rel_cues(c, L.start, L.end, ti, &neg, &hyp);
    if (neg || hyp)
        return; /* "did not strike", "could strike": no act */
    c->lone_act = (int32_t)c->d->mentions.v[L.subj.m[0]].entity;
    c->lone_act_kind = kind;
    c->lone_act_sent = c->sent;
    c->lone_act_rels = c->d->rels.n;
    c->lone_act_word = c->tk[ti].s;
    c->lone_act_wlen = c->tk[ti].e - c->tk[ti].s;
}

/* "Poland said Moscow was behind the sabotage": the reporter accuses the
 * name before the form of be (rel_behind_accused); the trigger relates no
 * one else ("stood behind Kyiv" is no accusation). */
static void behind_trigger(sctx *c, long ti)
{
    long rep;
    int32_t accused = rel_behind_accused(c, ti, &rep);
    left_res L;
    if (accused < 0)
        return;
    rel_scan_left(c, rep, rep, 0, &L);
    if (!L.subj.n && !rel_pronoun_subject(c, rep, &L))
        return;
    int8_t neg = 0, hyp = 0;
    long after = tok_at(c, c->d->mentions.v[accused].nend);
    rel_cues(c, after, after, ti, &neg, &hyp); /* "was not behind" */
    emit_each(c, &L.subj, &(args){.n = 1, .m = {accused}}, ti, neg, hyp);
}

/* The subject of the clause of the trigger at ti accuses mention accused:
 * "called the balloons a hybrid attack by the regime in Minsk"
 * (rel_called_act_by), "arrested a man suspected of spying for Russia"
 * (rel_spied_for). */
static void accuse_trigger(sctx *c, long ti, int32_t accused)
{
    left_res L;
    uint32_t r;
    rel_scan_left(c, ti, ti, 0, &L);
    if ((!L.subj.n && !rel_pronoun_subject(c, ti, &L)) || !strmap_get(c->lx->type_ids, "accuse", 6, &r))
        return;
    int8_t neg = 0, hyp = 0;
    rel_cues(c, L.start, L.end, ti, &neg, &hyp);
    for (int i = 0; i < L.subj.n; i++)
        emit_as(c, r, L.subj.m[i], accused, ti, neg, hyp);
}

static void do_trigger(sctx *c, long ti)
{
    const tok *k = &c->tk[ti];
    uint32_t r = c->lx->trigs[k->trig].relation;
    if (r == REL_STOP || (k->flags & TK_USED) || attribution_verb(c, ti) || rel_force_noun(c, ti) ||
        not_a_supply(c, r, ti))
        return;
    if (c->lx->types[r].prior_act == PRIOR_CHARGE && rel_behind_form(c, ti)) {
        behind_trigger(c, ti); /* "said Moscow was behind the sabotage" */
        return;
    }
    const char *cameo = c->lx->types[r].cameo;
    if ((c->t[k->s] | 0x20) == 'v' && !strncasecmp(c->t + k->s, "veto", 4) && rel_vetoed_act(c, ti))
        return; /* "vetoed a 2 billion euro EU aid package": the aid is negated (NEG), no one rejected */
    if (k->tlen >= 4 && (c->t[k->s] | 0x20) == 'w' && !strcmp(cameo, "130")) { /* ("would not go unanswered") */
        left_res L; /* (rel_unanswered_act empties its list) */
        args obj = {.n = 0};
        if (rel_unanswered_act(c, ti, &L, &obj)) {
            emit_each(c, &L.subj, &obj, ti, 0, 0); /* "Iran said the attack would not go unpunished" */
            return;
        }
    }
    int32_t called_by =
        (c->t[k->s] | 0x20) == 'c' && k->tlen == 1 && !strcmp(cameo, "111") ? rel_called_act_by(c, ti) : -1;
    if (called_by >= 0) {
        accuse_trigger(c, ti, called_by); /* "called the balloons a hybrid attack by the regime in Minsk" */
        return;
    }
    int32_t principal =
        cameo[0] == '1' && ((cameo[1] == '7' && cameo[2] == '3') || (cameo[1] == '1' && cameo[2] == '2'))
            ? rel_spied_for(c, ti + k->tlen)
            : -1;
    if (principal >= 0)
        accuse_trigger(c, ti, principal); /* "arrested a man suspected of spying for Russia" (and the arrest) */
    int sym = c->lx->types[r].symmetric;
    long te = ti + k->tlen;
    int post = rel_post_kind(c, ti);
    if (post == POST_TRIGGER && !rel_leaves_body(c, te)) { /* but "would leave the ICC", as "withdraw from" */
        post_object_trigger(c, ti);
        return;
    }
    if (c->lx->types[r].reduce && rel_penalty_suspended(c, ti))
        return; /* "suspending its tariffs on Brazil": no reduced relations */
    if (c->lx->types[r].deploy && rel_forces_to_verb(c, ti))
        return; /* "ordered his border police to stop sharing intelligence with A": no deployment */
    if (post == POST_VERB && rel_anchors_post_trigger(c, ti))
        return; /* "gave the ambassador 48 hours to leave": no gift */
    if ((rel_object_word_missing(c, ti) && !rel_ally_designated(c, ti)) || rel_passive_agent_noun(c, ti))
        return; /* "violated international law": no show of force; "was hit by a barrage of": the hit's agent */
    if (c->lx->types[r].assault && (rel_deal_struck(c, te) || rel_hit_by_other(c, ti)))
        return; /* "struck a trade deal with A", "breached the nuclear deal", "U.S. sanctions hit Iran": no attack */
    if (rel_attributive(c, ti) || rel_gerund_weighed(c, ti))
        return; /* "Venezuela released six detained Americans": no one detained here; "the consequences of joining
                   NATO": no one joins */
    if (c->lx->types[r].prior_act == PRIOR_PENALTY && rel_penalty_waived(c, ti))
        return; /* "won a sanctions exemption on Russian oil": the winner sanctions no one */
    if (c->lx->types[r].reaction && reaction_aside(c, ti))
        return; /* "Mali dissolved all parties, a move condemned by ECOWAS": ECOWAS condemns Mali */
    long aid = c->lx->types[r].supply ? rel_sends_aid(c, ti) : -1;
    if (aid >= 0)
        c->tk[aid].flags |= TK_USED; /* "sent humanitarian aid to Sudan": one aid, the sending's */
    int8_t neg = 0, hyp = 0;
    right_res R = {.obj.n = 0, .owner = -1};
    left_res L;
    /* Every argument the scans find is in a mention on their side of the
     * trigger, and a subject is an actor; without an argument on the right
     * only a joint subject can relate. */
    int right = c->men_last >= te, left = c->actor_first >= 0 && c->actor_first < ti;
    long pv = right && !sym ? rel_noun_passive(c, ti, te) : -1;
    if (pv >= 0 && c->men_last >= pv) { /* "Sanctions were imposed on Iran by the United States" */
        rel_scan_right(c, pv, sym, 0, 1, &R);
        if (R.agent.n && R.obj.n) {
            rel_cues(c, ti, ti, ti, &neg, &hyp);
            emit_each(c, &R.agent, &R.obj, ti, neg, hyp);
            return;
        }
    }
    int32_t helper;
    if (!sym && rel_with_help(c, ti, &helper, &L)) {                      /* "with Chinese help, Pakistan launched" */
        rel_cues(c, L.start, L.end, L.end < ti ? ti : L.end, &neg, &hyp); /* "A could launch it with B's help" */
        for (int i = 0; i < L.subj.n; i++)
            emit(c, helper, L.subj.m[i], ti, neg, hyp);
        return;
    }
    if (ti >= 2 && c->tk[ti - 2].men >= 0 && rel_is_punct(c, ti - 1, "-") && c->tk[ti - 1].s == c->tk[ti - 2].e &&
        c->tk[ti].s == c->tk[ti - 1].e) {
        /* "Iran-backed Houthis", "Russia-led forces": a compound before a
         * noun; it relates the name before it to that noun if that is one */
        if (te < c->n && c->tk[te].men >= 0 && !(k->flags & TK_IN_MENTION)) {
            long l = tok_at(c, c->d->mentions.v[c->tk[te].men].nend) - 1;
            int kind = rel_men_kind(c, c->tk[te].men);
            if (!(kind == HOME_COUNTRY && rel_noun_after(c, l)) &&
                !(kind == HOME_WEAPON && (c->lx->types[r].supply || c->lx->types[r].deploy)))
                emit(c, c->tk[ti - 2].men, c->tk[te].men, ti, 0, 0); /* not "Iran-backed Iraqi militias", nor
                                                                       goods: "US-supplied ATACMS missiles" */
        } else if (!strcmp(c->lx->types[r].cameo, "045") && !(k->flags & TK_IN_MENTION))
            brokered(c, ti, te, ti - 2, &(args){.n = 1, .m = {c->tk[ti - 2].men}});
        return;
    }
    int unnamed = c->men_last < 0; /* "Both sides agreed": only a pair named before can relate */
    if (!right &&
        !(left && (sym || rel_reciprocal(c, ti, te) || rel_pair_object(c, ti, te, &R.obj) ||
                   rel_between_pair(c, ti, te, &R.obj) ||          /* "hosted talks between the two sides" */
                   (!sym && rel_him_object(c, ti, te, &R.obj)) ||  /* "imposed sanctions on him" */
                   rel_description_object(c, te, &R.obj) ||        /* "accused the group of" */
                   rel_mediation_pair(c, ti, te, &R.obj) ||        /* "China offered to mediate." */
                   (!sym && rel_prior_act(c, ti, te, &R.obj)) ||   /* "condemned the strikes" */
                   (!sym && rel_apology_object(c, ti, &R.obj)) ||  /* "Uganda apologised" */
                   (!sym && rel_reprisal_target(c, ti, &R.obj)) || /* "The Houthis vowed to retaliate" */
                   (!sym && rel_release_demand(c, te, &R.obj)) ||  /* "demanded the release of the ship" */
                   (!sym && c->lx->types[r].reduce &&
                    rel_shared_cut_target(c, ti, &R.obj)) || /* "cut ties with A, while B recalled its envoy" */
                   rel_relative_object(c, ti, &R.obj) ||     /* "Israel, which the Houthis kept attacking" */
                   (!sym && (c->lx->types[r].deploy || c->lx->types[r].assault) &&
                    rel_where_object(c, ti, &R.obj)) || /* "in Libya, where Turkey has deployed troops." */
                   ((c->lx->types[r].supply || c->lx->types[r].aid) &&
                    rel_it_recipient(c, te, &R.obj)))) && /* "France, which agreed to sell it radars" */
        !(unnamed && (sym || rel_reciprocal(c, ti, te) || c->lx->types[r].reduce))) {
        if (left)
            note_lone_act(c, ti, r); /* "Israel struck targets overnight." */
        return; /* "accused each other", "warned both countries" */
    }
    if (!right && sym && left && !rel_description_object(c, te, &R.obj)) /* "signed a deal with the bloc" */
        rel_relative_object(c, ti, &R.obj); /* "the PKK, which Turkey has fought for four decades" */
    /* (a name holding the word, "Mutual Defense Treaty", only takes "between A and B") */
    int pronoun = right && !sym && rel_him_at(c, te) && rel_him_object(c, ti, te, &R.obj);
    /* ("hosted him in Budapest", "accusing them of espionage in Oran": the place is where, the pronoun whom) */
    if (right && !pronoun && !(k->flags & TK_IN_MENTION))
        rel_scan_right(c, te, sym, rel_topic_verb(c, ti), rel_passive(c, ti), &R);
    if (principal >= 0 && R.obj.n == 1 && R.obj.m[0] == principal)
        R.obj.n = 0; /* "executed a man convicted of spying for Israel": Israel is accused, not held */
    int32_t forces_owner = right && c->lx->types[r].deploy && !R.agent.n ? rel_forces_placed(c, te, &R.obj) : -1;
    if (rel_called_for(c, ti) && !rel_called_for_actor(c, te, &R) && !(R.obj.n && rel_release_asked(c, te)))
        return; /* "called for talks with A": the talks' (only "called for A to withdraw" asks A, and "called for the
                   release of the ship" the ship's holder) */
    if ((!sym && rel_warned_against(c, te)) || rel_after_warned_against(c, ti))
        return; /* "Beijing warned against bringing military blocs into the Asia-Pacific": no one warned; "warned
                   against sending troops to Taiwan": no one's sending */
    if (R.half_named || (right && sym && rel_war_in_ended(c, ti, te)))
        return; /* (or "to end the war in Yemen": a place, no side; "Ankara and Cairo will cooperate on ending the war
                   in Gaza": no side either) */
    if (sym && !R.obj.n && !R.pair.n && c->lx->types[r].quadclass == 4 && rel_common_foe(c, te))
        return; /* "Niger, Mali and Burkina Faso will create a joint force to fight jihadist groups": allies */
    if (right && sym && !R.obj.n && !R.agent.n && !R.pair.n && !rel_find_between(c, te, &R.pair) &&
        rel_between_pair_noun(c, te))
        rel_between_pair(c, ti, te, &R.pair); /* "talks between the two neighbours, which met in Ankara" */
    if (!right && sym && !R.obj.n && !R.pair.n && !rel_between_pair(c, ti, te, &R.pair) && rel_between_phrase(c, te))
        return; /* "Qatar and Turkey hosted talks between the two sides", the pair not found: not Qatar's with Turkey */
    if ((c->lx->types[r].assault || !strcmp(c->lx->types[r].cameo, "173") /* detaining */) && !R.agent.n &&
        (rel_passive_victim(c, ti, te) || (!sym && rel_suffered_in(c, ti)))) /* (not "killed in clashes with A") */
        return; /* "four Chinese soldiers were killed in the Galwan valley": China is hit there, by no one named */
    if (right && !sym && (rel_strikes_place(c->lx->types[r].cameo) || !strcmp(c->lx->types[r].cameo, "163")) &&
        !R.obj.n && !R.agent.n && !(k->flags & TK_IN_MENTION))
        rel_find_in_place(c, te, &R.obj); /* "struck a refinery in Russia's Rostov region", "sanctioned companies in
                                             China" */
    if (right && !sym && rel_its_object(c, te, &R.obj))
        R.agent.n = 0; /* "attacked its troops in Rafah": the place is where, "its" whom */
    if (right && !sym && !R.obj.n && !R.agent.n && !(k->flags & TK_IN_MENTION) && !rel_pair_object(c, ti, te, &R.obj))
        rel_between_pair(c, ti, te, &R.obj); /* "brokered talks between the two neighbours, which met in Ankara" */
    if (right && !sym && !R.obj.n && !R.agent.n && !(k->flags & TK_IN_MENTION))
        rel_prior_act(c, ti, te, &R.obj); /* "condemned the collision and said its treaty with B": the ramming's */
    if (right && !sym && !R.obj.n && !R.agent.n && !(k->flags & TK_IN_MENTION))
        rel_relative_object(c, ti, &R.obj); /* "Israel, which Bolivia accused of genocide": an issue after it */
    if (sym && left && !R.obj.n && !R.agent.n && !R.pair.n && !(k->flags & TK_IN_MENTION))
        rel_with_pair(c, ti, te, &R.obj); /* "would sign trade deals with both countries" */
    if (right && !R.obj.n && !R.agent.n && (c->lx->types[r].supply || c->lx->types[r].deploy))
        rel_sent_to_help(c, te, &R.obj); /* "sent troops to support Russia's war": Russia receives them */
    if (right && !sym && R.obj.n && !R.agent.n)
        rel_relative_agent(c, ti, te, &R.obj, &R.agent); /* "an arms package for Taiwan that Washington announced" */
    if (right && !sym && !R.obj.n && !R.agent.n && R.owner < 0 && c->lx->types[r].quadclass >= 3 &&
        !(k->flags & TK_IN_MENTION))
        rel_unless_object(c, te, &R.obj); /* "warned they would reimpose sanctions unless Iran restored" */
    long part = -1;
    if (sym && R.pair.n < 2 && (part = rel_find_participants(c, ti, te, &R.pair)) >= 0) {
        rel_cues(c, te, te, part, &neg, &hyp);   /* "the talks did not include A" */
        emit_pairs(c, &R.pair, ti, neg, hyp, 1); /* "included Blinken, Austin and their counterparts" */
        return;
    }
    if (right && !R.obj.n && !R.agent.n && R.owner < 0 && !sym && (c->lx->types[r].deploy || c->lx->types[r].assault))
        rel_where_object(c, ti, &R.obj); /* "in Libya, where Turkey has deployed troops" */
    if (k->flags & TK_IN_MENTION && R.pair.n < 2 && !R.obj.n) {
        event_trigger(c, ti); /* "Russia's invasion of Ukraine" */
        return;
    }
    if (R.pair.n >= 2) { /* the cues of the words before, up to four: "offered to host peace talks between" */
        long from = ti;
        while (from > 0 && ti - from < 4 && (c->tk[from - 1].flags & TK_WORD) && c->tk[from - 1].men < 0)
            from--;
        rel_cues(c, ti, from, ti, &neg, &hyp);
        for (long j = ti - 1; j >= from; j--)
            if (c->tk[j].flags & TK_TRIG) { /* and the verb's own: "to host" */
                rel_cues(c, ti, from, j, &neg, &hyp);
                break;
            }
        if (hyp && c->lx->types[r].polarity > 0 && rel_presupposed(c, ti))
            hyp = 0; /* "consolidating coordination of the joint security efforts between A, B and C" */
        emit_pairs(c, &R.pair, ti, neg, hyp, 0);
        talks_host(c, ti, &R.pair, neg, hyp);
        return;
    }
    if (sym && R.by) { /* "signed by A and B" */
        if (R.obj.n >= 2) {
            rel_cues(c, ti, ti - 2, ti, &neg, &hyp);
            emit_pairs(c, &R.obj, ti, neg, hyp, 0);
            return;
        }
        R.obj.n = 0; /* "A and B met in a deal brokered by C": one agent relates to no one */
    }
    int buys = rel_buys(c, ti);
    if (buys) { /* "India bought Russian oil", "Poland will buy helicopters from the United States" */
        if (buys > 0)
            buyer_trigger(c, ti, &R, buys == 2);
        return;
    }
    if (R.agent.n && !R.obj.n && R.from &&
        (from_is_object(c->lx->types[r].cameo) || rel_seizes(c, ti) || rel_halts_imports_of(c, ti)) &&
        !rel_passive(c, ti)) {
        R.obj = R.agent; /* "recalled its ambassador from A", "withdrew from A", "halted imports of seafood from A" */
        R.agent.n = 0;
    }
    if (R.agent.n && !R.obj.n && !rel_passive(c, ti) &&
        (!strcmp(c->lx->types[r].cameo, "045") || (!strcmp(c->lx->types[r].cameo, "043") && rel_talks_before(c, ti)))) {
        brokered(c, ti, te, ti, &R.agent); /* "a truce brokered by A", "mediation by A", "talks hosted by A" */
        return;
    }
    if (R.agent.n) { /* "B was attacked by A", "threats from A to B" */
        if (!R.obj.n) {
            long pr = rel_passive(c, ti) ? ti : rel_prompted(c, ti); /* "B was attacked by A", "prompting
                                                                        condemnation from A" */
            args patients = {.n = 0};
            if (pr < 0 && !R.from && rel_reduced_passive(c, ti, &patients)) { /* "Russian troops backed by A" */
                rel_cues(c, ti, ti - 2, ti, &neg, &hyp);
                emit_each(c, &R.agent, &patients, ti, neg, hyp);
                return;
            }
            if (pr < 0)
                return;
            rel_scan_left(c, ti, pr, pr == ti, &L);
            R.obj = L.subj;
            if (!R.obj.n && pr == ti)
                rel_passive_prior(c, ti, &R.obj); /* "The strike was condemned by the United Nations" */
            else if (!R.obj.n)
                rel_prompting_act(c, ti, pr, &R.obj); /* "held a joint patrol, which drew a rebuke from Beijing" */
            rel_cues(c, L.start, L.end, pr, &neg, &hyp);
        } else {
            rel_cues(c, ti, ti - 2, ti, &neg, &hyp);
        }
        emit_each(c, &R.agent, &R.obj, ti, neg, hyp);
        return;
    }
    /* without an object only a joint subject could relate, and that needs a
     * word before ti to join two */
    if (right && !R.obj.n && R.owner < 0 && !sym)
        rel_relative_object(c, ti, &R.obj); /* "Israel, which the Houthis attacked in June" */
    if (rel_on_topic(c, ti))
        return; /* "share intelligence on cocaine shipments to Europe": the sharers ship nothing */
    if ((sym && !R.obj.n && rel_mediated_noun(c, ti)) || (sym && R.obj.n && rel_drafted_noun(c, ti)))
        return; /* "Trump and Anwar, who mediated the talks": the talks are not theirs; nor is "the truce" France
                   "drafted with the United States" */
    int mutual = sym || (!R.obj.n && rel_reciprocal(c, ti, te)); /* "India and Pakistan accused each other" */
    L.subj.n = 0;
    if (left && (R.obj.n || R.owner >= 0 || (mutual && !rel_under_deal(c, ti) && rel_joint_before(c, ti))))
        rel_scan_left(c, ti, ti, 0, &L);
    if (L.subj.n == 1 && cameo[0] == '1' && cameo[1] == '1' && cameo[2] == '5' && ti > 0 &&
        c->tk[ti - 1].men == L.subj.m[0])
        L.subj.m[0] = rel_case_filer(c, ti, L.subj.m[0]); /* "South Africa's ICJ case against Israel" */
    if (forces_owner >= 0 && L.subj.n) {
        L.subj.n = 1; /* "Germany and Lithuania signed an agreement to station a German brigade in Lithuania" */
        L.subj.m[0] = forces_owner;
    }
    if (!L.subj.n && rel_involved_gerund(c, ti))
        return; /* "sanctioned companies involved in supplying drones to B": unnamed suppliers */
    int cuts = !R.obj.n && c->lx->types[r].reduce;
    if (!L.subj.n && (R.obj.n || mutual || cuts) &&
        !(!R.obj.n && ti > 0 && c->tk[ti - 1].men >= 0 && rel_men_class(c, c->tk[ti - 1].men) == 2)) {
        /* (not "The two neighbours have been at odds since Ethiopia signed a port deal": the name's act) */
        rel_pair_subject(c, ti, &L); /* "Both sides urged Russia", "the two countries agreed" */
        mutual |= cuts && L.subj.n >= 2; /* "Both sides recalled their ambassadors": each from the other */
    }
    if (!L.subj.n && R.obj.n && !rel_pronoun_subject(c, ti, &L) && /* "Blinken met Wang. He urged China" */
        !rel_aside_pronoun(c, ti, &R.obj, &L))                     /* ", a charge he rejects" */
        rel_relative_pronoun(c, ti, &R.obj, &L);                   /* "the PKK, which it has fought" */
    else if (!L.subj.n && sym && rel_pronoun_subject(c, ti, &L) && L.subj.n < 2)
        L.subj.n = 0; /* "Ethiopia and Eritrea fought a war. They signed a peace deal": the pair, jointly */
    if (!L.subj.n && R.obj.n && (sym || rel_gerund(c, ti) || rel_pronoun_owned(c, ti)) &&
        rel_opening_subject(c, ti, &L)) { /* "Following talks with A, B and C called" (not "After the attack on A,
                                             B said": whose attack is not said; but "During his visit to A, B
                                             signed") */
        rel_cues(c, ti, ti, ti, &neg, &hyp);
        emit_each(c, &L.subj, &R.obj, ti, neg, hyp);
        return;
    }
    if (L.subj.n < 2 && sym && !R.obj.n)
        rel_their_pair(c, ti, &L); /* "Xi told Putin during their meeting", "held their first NCG meeting" */
    if (sym && L.subj.n == 1 && R.obj.n && rel_their_owned(c, ti) &&
        (rel_men_kind(c, L.subj.m[0]) == HOME_COUNTRY || rel_men_kind(c, L.subj.m[0]) == HOME_PERSON))
        return; /* "China criticised their military cooperation with Washington": not China's (a country or a
                   person is no "they"; "ASEAN members deepened their ties with" are) */
    if (sym && L.subj.n == 1 && !R.obj.n && R.owner < 0 && rel_coordinated(c, ti))
        met_partner(c, L.subj.m[0], &R.obj); /* "Vucic met Xi and signed a free trade agreement": Xi signed too */
    if (!L.subj.n && !R.obj.n && R.owner < 0 && !mutual && left)
        note_lone_act(c, ti, r); /* "struck a second vessel it said was carrying drugs from Venezuela" */
    if (!L.subj.n || (!R.obj.n && R.owner < 0 && !(mutual && L.subj.n >= 2))) /* nothing to relate: no cues needed */
        return;
    rel_cues(c, L.start, L.end, ti, &neg, &hyp);
    if (hyp && c->lx->types[r].polarity > 0 && rel_presupposed(c, ti))
        hyp = 0; /* "will need to reinforce cooperation with the NSA": the cooperation is there, its growth wished */
    if ((L.gov >= 0 && rel_alleged(c, L.gov)) || L.against || L.reported ||
        (c->lx->types[r].quadclass % 2 == 0 && rel_denied_after(c, te, &L.subj, &R.obj)) ||
        (R.obj.n && c->d->mentions.v[R.obj.m[R.obj.n - 1]].nstart > c->tk[ti].s &&
         rel_modal_subject(c, ti, c->d->mentions.v[R.obj.m[R.obj.n - 1]].nend)))
        hyp = 1; /* "accused A of supplying B": A's supplying is a claim; "warned A against deploying"; "a Chinese
                    invasion of Taiwan would"; "deployed troops in B, a charge A denies" (a material act's: "accused
                    A of arming B, a charge A denies" is an accusation all the same) */
    if (!R.obj.n && R.owner >= 0) { /* "Belarus deployed Russian nuclear weapons": Russia deploys them there */
        if (rel_sent_to_guard(c, ti, tok_at(c, c->d->mentions.v[R.owner].nstart)))
            return; /* (not "sent troops to protect Syrian forces": forces guarded) */
        for (int i = 0; i < L.subj.n; i++)
            emit(c, R.owner, L.subj.m[i], ti, neg, hyp);
        return;
    }
    uint32_t deploy;
    if (R.obj.n && !R.with && !strcmp(c->lx->types[r].cameo, "043") &&
        strmap_get(c->lx->type_ids, "deploy", 6, &deploy) &&
        rel_forces_after(c, tok_at(c, c->d->mentions.v[R.obj.m[R.obj.n - 1]].nend) - 1)) {
        for (int i = 0; i < L.subj.n; i++) /* "Belarus hosts Russian nuclear weapons": Russia deploys them there */
            for (int j = 0; j < R.obj.n; j++)
                emit_as(c, deploy, R.obj.m[j], L.subj.m[i], ti, neg, hyp);
        return;
    }
    if (R.obj.n && L.subj.n)
        rel_along_after(c, tok_at(c, c->d->mentions.v[R.obj.m[R.obj.n - 1]].nend) - 1, &L.subj); /* "joined BRICS,
                                                                                     along with Thailand" */
    emit_each(c, &L.subj, &R.obj, ti, neg, hyp);
    if (L.subj.n == 1 && R.obj.n == 1 && c->d->mentions.v[L.subj.m[0]].entity == c->d->mentions.v[R.obj.m[0]].entity)
        note_lone_act(c, ti, r); /* "Myanmar's junta carried out an air strike on a village in the Sagaing region": its
                                    own ground, no target named ("condemned the attack" names the junta) */
    if (!sym && mutual) { /* each acts on the other */
        for (int i = 0; i < L.subj.n; i++)
            for (int j = 0; j < L.subj.n; j++)
                if (i != j)
                    emit(c, L.subj.m[i], L.subj.m[j], ti, neg, hyp);
        return;
    }
    if (sym && L.subj.n >= 2 && !(c->lx->types[r].polarity < 0 && (R.obj.n || rel_fights_thing(c, te))) &&
        !(!R.obj.n && rel_with_others(c, te)) && /* "A and B kept ties with the generals": each with them */
        !(R.obj.n && (c->t[c->tk[ti].s] | 0x20) == 'j' && c->tk[ti].e - c->tk[ti].s >= 4 &&
          !strncasecmp(c->t + c->tk[ti].s, "join", 4) && rel_men_kind(c, R.obj.m[0]) != HOME_COUNTRY) &&
        /* "invited A and B to join the bloc": each joins it (but "joined Mali in an alliance": all three) */
        !rel_proposed(c, ti) &&         /* "A and B proposed a humanitarian truce": proposers, no parties */
        !rel_hosted(c, ti) &&           /* "Qatar and Turkey hosted talks in Doha": hosts */
        !rel_called_for_joint(c, ti) && /* "A and B called for the dispute to be settled through dialogue": asked */
        !(R.obj.n && rel_plural_deals(c, ti)) &&               /* "A and B signed defence pacts with C": each its own */
        !(R.obj.n && !strcmp(c->lx->types[r].cameo, "054")) && /* "A, B and C normalised ties with D": each with D */
        !((c->t[c->tk[ti].s] | 0x20) == 'r' && c->tk[ti].e - c->tk[ti].s >= 7 &&
          !strncasecmp(c->t + c->tk[ti].s, "recogni", 7)))
        /* "A, B and C have not recognised the government": not one another */
        emit_pairs(c, &L.subj, ti, neg, hyp, R.obj.n || R.with); /* "A and B agreed (with C)": A and B too, unless
                                                                     a delegation; not "A and B fought against C",
                                                                     "fight drug smuggling": side by side */
}

/* Whether a verb that can link a name to its role starts the text t[0..n)
 * and a space follows it ("is", "was", "remains", "has", "had", "became";
 * rel_possessor_role reads on): its first letter first. */
static int copula_at(const char *t, size_t n)
{
    switch (t[0]) {
    case 'i':
        return n > 3 && !memcmp(t, "is ", 3);
    case 'w':
        return n > 4 && !memcmp(t, "was ", 4);
    case 'h':
        return n > 4 && (!memcmp(t, "has ", 4) || !memcmp(t, "had ", 4));
    case 'r':
        return n > 8 && !memcmp(t, "remains ", 8);
    case 'b':
        return n > 7 && !memcmp(t, "became ", 7);
    default:
        return 0;
    }
}

/* "China, Pakistan's closest ally,", "Iran, Hezbollah's main backer,":
 * an actor named as another's ally (cooperation) or backer (aid). */
static void do_possessor_roles(sctx *c, size_t mlo, size_t mhi)
{
    const mention *mv = c->d->mentions.v;
    for (size_t k = mlo; k + 1 < mhi; k++) {
        const char *t = c->t + mv[k].nend;
        size_t left = c->send > mv[k].nend ? c->send - mv[k].nend : 0;
        if (c->cls[k] != 2 || !left || (t[0] != ',' && (t[0] != ' ' || left < 5 || !copula_at(t + 1, left - 1))))
            continue; /* (most mentions) */
        long q = tok_at(c, mv[k].nstart);
        int32_t owner;
        int role;
        args named;
        long r =
            q >= 0 && q < c->n && c->tk[q].men == (int32_t)k ? rel_possessor_role(c, q, &owner, &role, &named) : -1;
        if (r < 0)
            continue;
        uint32_t rel;
        const char *type = role == ROLE_BACKER ? "aid" : role == ROLE_SUPPLIER ? "supply" : "cooperate";
        if (!strmap_get(c->lx->type_ids, type, strlen(type), &rel))
            continue;      /* (a lexicon without the relation) */
        c->tk[r].tlen = 1; /* (the word is no trigger: its own token states it) */
        for (int i = 0; i < named.n; i++)
            emit_ents(c, rel, mv[named.m[i]].entity, mv[owner].entity, r, 0, 0);
    }
}

/* "U.S.-ROK alliance", "Russia-North Korea treaty": mentions joined by '-'
 * then, within a few words, a symmetric trigger (which it uses up). */
static void do_dyads(sctx *c, size_t mlo, size_t mhi)
{
    const mention *mv = c->d->mentions.v;
    for (size_t k = mlo; k + 1 < mhi; k++) {
        if (mv[k + 1].nstart != mv[k].nend + 1 || c->cls[k] == 0)
            continue; /* most mentions: the next one is not joined to it */
        size_t j = k;
        while (j + 1 < mhi && mv[j + 1].nstart == mv[j].nend + 1 && c->t[mv[j].nend] == '-' && c->cls[j + 1] > 0)
            j++;
        if (j == k) /* no dyad: most mentions */
            continue;
        args chain = {.n = 0};
        for (size_t q = k; q <= j; q++)
            rel_add_arg(&chain, (int32_t)q);
        long q = tok_at(c, mv[j].nend), found = -1;
        for (int words = 0; q < c->n && words <= DYAD_WORDS && found < 0; q++) {
            const tok *t = &c->tk[q];
            if ((t->flags & (TK_TRIG | TK_USED)) == TK_TRIG) {
                uint32_t r = c->lx->trigs[t->trig].relation;
                if (r != REL_STOP && c->lx->types[r].symmetric)
                    found = q;
            }
            if (!(t->flags & TK_WORD) && !rel_is_punct(c, q, "'\"+-"))
                break;
            if (t->men >= 0 && rel_men_class(c, t->men) == 2 && found < 0)
                break; /* another actor: the dyad does not qualify this noun */
            if (t->flags & TK_WORD)
                words++;
        }
        if (found >= 0 && rel_proposal_after(c, found + c->tk[found].tlen)) {
            c->tk[found].flags |= TK_USED; /* "an Egyptian-Qatari ceasefire proposal": the authors, no parties */
            found = -1;
        }
        if (found >= 0) {
            q = found;
            c->tk[q].flags |= TK_USED;
            long first = tok_at(c, mv[k].nstart);
            int8_t neg = 0, hyp = 0;
            rel_cues(c, first, first - 2, first, &neg, &hyp);
            emit_pairs(c, &chain, q, neg, hyp, 0);
        }
        k = j;
    }
}

/* ---- tokens and triggers ---- */

/* The key's space-separated tokens equal the sentence's from token i on,
 * the first being token i's word already (the trigger is one of its). Token
 * bytes are compared ASCII case folded (keys are lower case); a second token
 * that is a word (rel_trigger.second) is that word's entry, so equal entries
 * are equal bytes. */
static int match_trigger(const sctx *c, long i, const rel_trigger *t)
{
    const char *key = t->key + t->first_len;
    if (i + t->ntok > c->n || (t->second >= 0 && c->tk[i + 1].word != t->second))
        return 0; /* most forms: the second word differs */
    long k = i + 1;
    if (t->second >= 0) /* the same word: past it and the space before it */
        key += 1 + (c->tk[k].e - c->tk[k].s), k++;
    for (; k < i + t->ntok; k++) {
        key++; /* the space before the token */
        const char *p = c->t + c->tk[k].s;
        for (size_t j = 0, n = c->tk[k].e - c->tk[k].s; j < n; j++, key++)
            if (*key == ' ' || *key == '\0' || rel_lower(p[j]) != *key)
                return 0;
        if (*key != ' ' && *key != '\0') /* the key's token is longer */
            return 0;
    }
    return 1;
}

/* Of the tokens whose word starts some trigger form (c->trig_at), keeps
 * those where one matches, the longest form first; a match covers its
 * tokens, so the next one starts after it. */
static void find_triggers(sctx *c)
{
    const rel_lexicon *lx = c->lx;
    size_t kept = 0;
    long next = 0;
    for (size_t j = 0; j < c->n_trig; j++) {
        long i = c->trig_at[j];
        if (i < next)
            continue;
        tok *k = &c->tk[i];
        if (k->s >= 5 && c->t[k->s - 1] == '-' && !strncasecmp(c->t + k->s - 5, "anti", 4) &&
            (k->s == 5 || !rel_word_byte((unsigned char)c->t[k->s - 6])))
            continue; /* "fired anti-ship missiles": a weapon's kind, no shipping */
        const rel_word *w = &lx->wordv[k->word];
        uint32_t hit = w->first; /* longest first: a one-token first form is the word's only form */
        if (lx->trigs[hit].ntok != 1) {
            if (i + 1 >= c->n || !(w->seconds >> ((uint32_t)c->tk[i + 1].word & 63) & 1))
                hit = w->end - (lx->trigs[w->end - 1].ntok == 1); /* no longer form's second word follows: its
                                                                     one-token form, if any */
            while (hit < w->end && (!match_trigger(c, i, &lx->trigs[hit]) ||
                                    (lx->trigs[hit].relation == REL_STOP && rel_relative_verb(c, i)) ||
                                    (k->men >= 0 && c->tk[i + lx->trigs[hit].ntok - 1].men != k->men)))
                hit++; /* ("Iran, which Washington accused of arming": the verb, no stop form; "Russian troops
                          deployed to Mali": no form from inside a name to past it, the verb's own instead) */
        }
        if (hit == w->end)
            continue;
        long ntok = lx->trigs[hit].ntok;
        if (ntok == 1 && c->t[k->s] == 's' && c->t[k->s + 1] == 'h' && k->e - k->s <= 5 && rel_ship_noun(c, i))
            continue; /* "water cannon used by Chinese ships on": the noun (but "ships around the island") */
        k->trig = (int32_t)hit;
        k->tlen = (uint8_t)ntok;
        k->flags |= TK_TRIG;
        for (long q = i; q < i + ntok; q++)
            if (c->tk[q].men >= 0)
                k->flags |= TK_IN_MENTION;
        c->tk[i + ntok - 1].flags |= TK_TRIG_END;
        next = i + ntok;
        c->trig_at[kept++] = (int32_t)i;
    }
    c->n_trig = kept;
}

/* The tokens of text that start in [p, stop), stored from o on (the run
 * and its arrays as tok_run says); returns the position past the last and
 * moves *op and *candp past what it stored. room16: a load of sixteen bytes
 * at any token start may be read (the whole run is far from the text's
 * end), so no word asks, and the loop stops before a word over sixteen
 * bytes (returning its start), whose lookup is a call. Inlined twice, with
 * room16 a constant. */
static inline __attribute__((always_inline)) size_t tok_loop(const sctx *c, const rel_windex *ix, size_t p, size_t stop,
                                                             size_t lim, tok **op, int32_t **candp, long *top,
                                                             int room16)
{
    const char *text = c->t; /* locals: the stores to tokens cannot move them */
    const size_t readable = c->d->nt.len + 1;
    tok *const tk = c->tk, *o = *op;
    int32_t *cand = *candp;
    while (p < stop) {
        unsigned kind = rel_word_bytes[(unsigned char)text[p]];
        if (__builtin_expect(kind == 2, 0)) { /* a space */
            p++;
            continue;
        }
        size_t te;
        o->s = (uint32_t)p;
        o->men = -1; /* tokenize gives a mention's tokens their mention */
        if (kind & 1) {
            const rel_wslot *w;
#ifdef __SSE2__
            if (!room16)
                w = rel_word_token(c->lx, ix, text, p, lim, readable, &te);
            else if (!rel_word_short16(ix, text, p, lim, readable, &te, &w))
                break; /* a long word: for the caller */
#else
            (void)room16;
            w = rel_word_token(c->lx, ix, text, p, lim, readable, &te);
#endif
            o->flags = TK_WORD;
            if (w) {
                o->word = (int32_t)rel_wslot_word(w);
                o->cue = w->cue;
                if (w->meta & REL_WS_TRIG)
                    *cand++ = (int32_t)(o - tk);
            } else {
                o->word = -1;
                o->cue = 0;
            }
        } else {
            te = p + 1;
            o->word = -1;
            o->cue = 0;
            int32_t pair = -1;
            if (text[p] == '(' || text[p] == '[') {
                pair = (int32_t)*top;
                *top = o - tk;
            } else if ((text[p] == ')' || text[p] == ']') && *top >= 0) {
                long open = *top;
                *top = tk[open].pair;
                tk[open].pair = (int32_t)(o - tk);
                pair = (int32_t)open;
            }
            o->flags = 0;
            o->pair = pair;
        }
        o->e = (uint32_t)te;
        o++;
        p = te + (text[te] == ' '); /* the space after a word: one round less */
    }
    *op = o;
    *candp = cand;
    return p;
}

enum { RUN_ROOM = 1024 }; /* bytes of a run whose tokens tok_run makes room for at once */

/* The tokens of the sentence text that start in [*pos, stop), stop <= lim,
 * where lim is a mention's end, or a mention's start no word runs over, or
 * the sentence end, so that a word ends at lim at the latest: appends them
 * to c->tk from token n (in no mention: men -1), looks each word up, lists
 * the tokens that may start a trigger (c->trig_at, c->n_trig) and pairs
 * brackets (*top: see tokenize). Returns the new token count and moves *pos
 * past the last token. A token takes a byte at least: the arrays get room
 * for stop - *pos more first, and the loop checks no capacity. */
static size_t tok_run(sctx *c, const rel_windex *ix, size_t *pos, size_t stop, size_t lim, size_t n, long *top)
{
    XGROW(c->tk, c->tk_cap, n + (stop - *pos));
    XGROW(c->trig_at, c->trig_cap, c->n_trig + (stop - *pos));
    tok *o = c->tk + n;
    int32_t *cand = c->trig_at + c->n_trig;
    if (stop + 15 <= c->d->nt.len + 1) /* token starts are below stop */
        while ((*pos = tok_loop(c, ix, *pos, stop, lim, &o, &cand, top, 1)) < stop)
            *pos = tok_loop(c, ix, *pos, *pos + 1, lim, &o, &cand, top, 0); /* the long word */
    else
        *pos = tok_loop(c, ix, *pos, stop, lim, &o, &cand, top, 0);
    c->n_trig = (size_t)(cand - c->trig_at);
    return (size_t)(o - c->tk);
}

/* Whether "the " and a word that word_after accepts (a bit of want) stand
 * in the text t[0..n): a description's ("group", "bloc": rel_description_word;
 * "accused the group of", rel_description_object) or a prior act's
 * ("condemned the strikes": rel_prior_word), "the " starting in the first
 * reach bytes (the word may end past them). Sixteen offsets at a time look
 * for "the ". */
static int the_word_near(const char *t, size_t n, size_t reach, unsigned (*word_after)(const char *, size_t),
                         unsigned want)
{
    size_t i = 0;
#ifdef __SSE2__
    for (; i < reach && i + 16 + 3 <= n; i += 16) { /* the four loads stay in the text */
        const char *p = t + i;
        __m128i a = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)p), _mm_set1_epi8(0x20));
        __m128i b = _mm_loadu_si128((const __m128i *)(const void *)(p + 1));
        __m128i c = _mm_loadu_si128((const __m128i *)(const void *)(p + 2));
        __m128i d = _mm_loadu_si128((const __m128i *)(const void *)(p + 3));
        __m128i the =
            _mm_and_si128(_mm_and_si128(_mm_cmpeq_epi8(a, _mm_set1_epi8('t')), _mm_cmpeq_epi8(b, _mm_set1_epi8('h'))),
                          _mm_and_si128(_mm_cmpeq_epi8(c, _mm_set1_epi8('e')),
                                        _mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(' ')), d))); /* "the\nbloc" too */
        for (unsigned mask = (unsigned)_mm_movemask_epi8(the); mask; mask &= mask - 1) {
            size_t at = i + (size_t)__builtin_ctz(mask);
            if (at < reach && (at == 0 || !rel_word_byte((unsigned char)t[at - 1])) &&
                (word_after(t + at + 4, n - at - 4) & want))
                return 1;
        }
    }
#endif
    for (; i < reach && i + 4 < n; i++)
        if ((t[i] | 0x20) == 't' && !memcmp(t + i + 1, "he", 2) && (unsigned char)t[i + 3] <= ' ' &&
            (i == 0 || !rel_word_byte((unsigned char)t[i - 1])) && (word_after(t + i + 4, n - i - 4) & want))
            return 1;
    return 0;
}

/* Whether the k bytes w stand in the text t[0..n), followed by a space
 * byte (a line break too) if spaced. */
static inline int text_has(const char *t, size_t n, const char *w, size_t k, int spaced)
{
    size_t need = k + (spaced != 0);
    for (const char *p = n >= need ? memchr(t, w[0], n - need + 1) : NULL; p;
         p = memchr(p + 1, w[0], (size_t)(t + n - need - p)))
        if (!memcmp(p, w, k) && (!spaced || (unsigned char)p[k] <= ' '))
            return 1;
    return 0;
}

/* Whether "the three " stands in the text t[0..n) ("recalled its ambassadors
 * from the three countries": rel_pair_object's trio). */
static int three_near(const char *t, size_t n)
{
    return text_has(t, n, "the three", 9, 1);
}

/* Whether "release" stands in the text t[0..n) ("Washington demanded his
 * release": rel_release_demand). */
static int release_near(const char *t, size_t n)
{
    return text_has(t, n, "release", 7, 0);
}

/* Whether "apolog" stands in the text t[0..n) ("Uganda's foreign ministry
 * apologised": rel_apology_object). */
static int apology_near(const char *t, size_t n)
{
    return text_has(t, n, "apolog", 6, 0);
}

/* Whether a word of reprisal stands within 24 bytes after offset at of
 * the text t[0..n). */
static int reprisal_after(const char *t, size_t n, size_t at)
{
    static const struct {
        const char *w;
        size_t n;
    } REPRISAL[] = {{"retaliat", 8}, {"revenge", 7},  {"respond", 7},         {"avenge", 6},     {"response", 8},
                    {"reprisal", 8}, {"unpunish", 8}, {"countermeasure", 14}, {"unanswered", 10}};
    size_t end = at + 24 < n ? at + 24 : n;
    for (size_t i = 0; i < sizeof REPRISAL / sizeof *REPRISAL; i++)
        if (text_has(t + at, end - at, REPRISAL[i].w, REPRISAL[i].n, 0))
            return 1;
    return 0;
}

/* Whether "vow" or "promis" (with modal, "would", "will" or "threatened
 * to" too) and, within 24 bytes after it, a word of reprisal stand in the
 * text t[0..n) ("The Houthis vowed to retaliate", "Moscow promised to
 * respond in kind", "China said it would take countermeasures", "Belarus
 * threatened to respond": rel_reprisal_target). The first of each is
 * read. */
static int reprisal_vow_near(const char *t, size_t n, int modal)
{
    static const struct {
        const char *w;
        size_t n;
    } VOWS[] = {{"vow", 3}, {"promis", 6}, {"would ", 6}, {"will ", 5}};
    for (size_t v = 0; v < (modal ? 3u : 2u); v++) /* one pass per first letter: "would" and "will" share theirs */
        for (const char *p = n > 8 ? memchr(t, VOWS[v].w[0], n - 8) : NULL; p;
             p = memchr(p + 1, VOWS[v].w[0], (size_t)(t + n - 9 - p))) {
            size_t k = !memcmp(p, VOWS[v].w, VOWS[v].n) ? VOWS[v].n : v == 2 && !memcmp(p, VOWS[3].w, 5) ? 5 : 0;
            if (k) {
                if (reprisal_after(t, n, (size_t)(p - t) + k))
                    return 1;
                break;
            }
        }
    const char *th = modal ? memmem(t, n, "threatened to ", 14) : NULL; /* (memmem: 't' is too common a letter) */
    return th && reprisal_after(t, n, (size_t)(th - t) + 14);
}

/* Whether "denied", "denies" or "deny" stands in the text t[0..n) with a
 * word in "-ing" after it ("denied orchestrating the crossings"), "it" or
 * "that" opening a clause ("denied it had any plans to invade"), or "any"
 * ("denied any plan to invade"). */
static int denied_gerund(const char *t, size_t n)
{
    for (const char *p = memchr(t, 'd', n); p; p = memchr(p + 1, 'd', (size_t)(t + n - p - 1))) {
        size_t at = (size_t)(p - t), w = n - at > 7 && !memcmp(p, "denie", 5) ? at + 7 : 0;
        if (!w && n - at > 5 && !memcmp(p, "deny", 4))
            w = at + 5;
        if (!w || (unsigned char)t[w - 1] > ' ' || (w == at + 7 && p[5] != 'd' && p[5] != 's'))
            continue;
        size_t e = w;
        while (e < n && (unsigned)(t[e] - 'a') < 26u)
            e++;
        if ((e - w > 4 && !memcmp(t + e - 3, "ing", 3)) || (e - w == 2 && !memcmp(t + w, "it", 2)) ||
            (e - w == 4 && !memcmp(t + w, "that", 4)) || (e - w == 3 && !memcmp(t + w, "any", 3)))
            return 1;
    }
    return 0;
}

/* Whether a denial of the involvement charged stands in the text t[0..n)
 * ("Russia denied interfering", "Uganda denied any involvement", "Belarus
 * denied orchestrating the crossings": rel_prior_act). */
static int involvement_near(const char *t, size_t n)
{
    return text_has(t, n, "den", 3, 0) && /* "denied", "denies", "deny": one search in most sentences */
           (text_has(t, n, "involvement", 11, 0) || text_has(t, n, "any role", 8, 0) || denied_gerund(t, n));
}

/* How far after a name its reaction to an act named before is looked for
 * ("Turkey condemned the shelling", "Aoun strongly condemned the latest
 * strikes", "Trinidad's Prime Minister Kamla Persad-Bissessar dismissed
 * the accusation"): a verb and "the" right after the name, "the" in
 * PRIOR_REACH bytes; prior_reach: of the n left. */
enum { PRIOR_REACH = 64 };
/* How far after the last name a description is looked for ("accused Iran of
 * arming the group", "accused Beijing of threatening the island"): "the"
 * starting in DESCRIPTION_REACH bytes (tail_idle). */
enum { DESCRIPTION_REACH = 32 };

static size_t prior_reach(size_t n)
{
    return n < PRIOR_REACH ? n : PRIOR_REACH;
}

/* Whether "two " or "both " (the first letter in either case; the space
 * may be a line break or any byte up to one) starts at one of the sixteen
 * offsets from `from` of the text t[0..n). */
static int pair_word_near(const char *t, size_t n, size_t from)
{
    if (from >= n)
        return 0;
    size_t i = from, end = from + 16 < n ? from + 16 : n;
#ifdef __SSE2__
    if (from + 16 + 4 <= n) { /* the five loads stay in the text */
        const char *p = t + from;
        __m128i a = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)p), _mm_set1_epi8(0x20));
        __m128i b = _mm_loadu_si128((const __m128i *)(const void *)(p + 1));
        __m128i c = _mm_loadu_si128((const __m128i *)(const void *)(p + 2));
        __m128i d = _mm_loadu_si128((const __m128i *)(const void *)(p + 3));
        __m128i e = _mm_loadu_si128((const __m128i *)(const void *)(p + 4));
        __m128i blank = _mm_set1_epi8(' '); /* x <= ' ': min(x, ' ') == x ("The two\nneighbours") */
        __m128i two = _mm_and_si128(
            _mm_and_si128(_mm_cmpeq_epi8(a, _mm_set1_epi8('t')), _mm_cmpeq_epi8(b, _mm_set1_epi8('w'))),
            _mm_and_si128(_mm_cmpeq_epi8(c, _mm_set1_epi8('o')), _mm_cmpeq_epi8(_mm_min_epu8(d, blank), d)));
        __m128i both = _mm_and_si128(
            _mm_and_si128(_mm_cmpeq_epi8(a, _mm_set1_epi8('b')), _mm_cmpeq_epi8(b, _mm_set1_epi8('o'))),
            _mm_and_si128(_mm_and_si128(_mm_cmpeq_epi8(c, _mm_set1_epi8('t')), _mm_cmpeq_epi8(d, _mm_set1_epi8('h'))),
                          _mm_cmpeq_epi8(_mm_min_epu8(e, blank), e)));
        return _mm_movemask_epi8(_mm_or_si128(two, both)) != 0;
    }
#endif
    for (; i < end; i++) {
        char f = (char)(t[i] | 0x20);
        if ((f == 't' && n - i >= 4 && memcmp(t + i + 1, "wo", 2) == 0 && (unsigned char)t[i + 3] <= ' ') ||
            (f == 'b' && n - i >= 5 && memcmp(t + i + 1, "oth", 3) == 0 && (unsigned char)t[i + 4] <= ' '))
            return 1;
    }
    return 0;
}

/* Whether the text t[0..n) holds "between the two" ("hosted talks
 * between the two.", "Russia, which had long mediated between the two,
 * was not involved"). */
static int between_two_in(const char *t, size_t n)
{
    return text_has(t, n, "between the two", 15, 0);
}

/* Whether the text t[0..n) ends in the word "mediate", then up to three
 * bytes of punctuation, quotes or space ("China offered to mediate.":
 * rel_mediation_pair). */
static int mediate_end(const char *t, size_t n)
{
    for (int k = 0; k < 3 && n && (unsigned char)t[n - 1] < 'A'; k++)
        n--; /* (a space, a quote or punctuation: below the letters) */
    return n >= 8 && t[n - 1] == 'e' && !memcmp(t + n - 8, " mediate", 8);
}

/* Whether word w starts a form of a symmetric relation (sym) or, else, of
 * a cooperative one. */
static int starts_trigger(const rel_lexicon *lx, const rel_word *w, int sym)
{
    for (uint32_t k = w->first; k < w->end; k++) {
        uint32_t r = lx->trigs[k].relation;
        if (r != REL_STOP && (sym ? lx->types[r].symmetric : lx->types[r].polarity > 0))
            return 1;
    }
    return 0;
}

/* Past an aside between commas right after offset men_end of the text
 * t[0..n) ("Anwar Ibrahim, who helped broker the deal, urged"): the offset
 * after its closing comma (at most 96 bytes on), else men_end. */
static size_t past_aside(const char *t, size_t n, size_t men_end)
{
    if (men_end + 2 >= n || t[men_end] != ',')
        return men_end;
    size_t reach = n - men_end - 1 < 96 ? n - men_end - 1 : 96;
    const char *close = memchr(t + men_end + 1, ',', reach);
    return close ? (size_t)(close - t) + 1 : men_end;
}

/* Whether "two " or "both " follows the last argument mention closely:
 * after a symmetric or cooperative trigger candidate ("A met B in Kazan,
 * where the two sides signed", "A visited B, where the two sides signed":
 * the pair that met, rel_pair_subject), or the object of a trigger in the
 * tail ("urged both sides": rel_pair_object). */
static int pair_tail(const sctx *c)
{
    int met = 0;
    for (size_t j = 0; j < c->n_trig && !met; j++) {
        const rel_word *w = &c->lx->wordv[c->tk[c->trig_at[j]].word];
        met = starts_trigger(c->lx, w, 1) || starts_trigger(c->lx, w, 0);
    }
    size_t from = c->tk[c->men_last].e - c->sstart, len = c->send - c->sstart;
    /* "Malaysian Prime Minister Anwar urged both sides": the trigger in the tail, the pair its object; "would sign
       trade deals with both countries": a pair after "with" (most sentences have no "two " or "both " there at
       all) */
    size_t verb = met ? from : past_aside(c->t + c->sstart, len, from); /* "Anwar, who brokered the deal, urged
                                                                           both sides" */
    if (pair_word_near(c->t + c->sstart, len, verb) || pair_word_near(c->t + c->sstart, len, verb + 16))
        return 1;
    if (!pair_word_near(c->t + c->sstart, len, from + 32) && !pair_word_near(c->t + c->sstart, len, from + 48))
        return 0;
    const char *t = c->t + c->sstart + from;
    size_t n = len - from < 68 ? len - from : 68;
    for (size_t i = 0; i + 9 <= n; i++)
        if (t[i] == ' ' && ((i + 11 <= n && !memcmp(t + i, " with both ", 11)) ||
                            (i + 14 <= n && !memcmp(t + i, " with the two ", 14)) || !memcmp(t + i, " of both ", 9) ||
                            (i + 12 <= n && !memcmp(t + i, " of the two ", 12))))
            return 1; /* (or "spoke with the national security advisers of both countries": pair_after_noun) */
    return 0;
}

/* Whether "their " or "they " follows the last argument mention closely,
 * starting within THEIR_BYTES of its end ("Xi Jinping told Putin during
 * their meeting", "A met B in Beijing, where they signed": the two named
 * before, rel_their_pair). Sixteen starts at a time: most sentences with
 * two names get here. */
static int their_tail(const sctx *c)
{
    const char *t = c->t;
    size_t i = c->tk[c->men_last].e, end = i + THEIR_BYTES < c->send ? i + THEIR_BYTES : c->send;
#ifdef __SSE2__
    const __m128i lower = _mm_set1_epi8(0x20), space = _mm_set1_epi8(' ');
    for (; i + 6 <= end && i + 16 + 5 <= c->send; i += 16) { /* the six loads stay in the text */
        __m128i b[6];
        for (int k = 0; k < 6; k++)
            b[k] = _mm_loadu_si128((const __m128i *)(const void *)(t + i + k));
        __m128i the = _mm_and_si128(_mm_and_si128(_mm_cmpeq_epi8(_mm_or_si128(b[0], lower), _mm_set1_epi8('t')),
                                                  _mm_cmpeq_epi8(_mm_or_si128(b[1], lower), _mm_set1_epi8('h'))),
                                    _mm_cmpeq_epi8(_mm_or_si128(b[2], lower), _mm_set1_epi8('e')));
        __m128i their = _mm_and_si128(_mm_and_si128(_mm_cmpeq_epi8(_mm_or_si128(b[3], lower), _mm_set1_epi8('i')),
                                                    _mm_cmpeq_epi8(_mm_or_si128(b[4], lower), _mm_set1_epi8('r'))),
                                      _mm_cmpeq_epi8(b[5], space));
        __m128i they =
            _mm_and_si128(_mm_cmpeq_epi8(_mm_or_si128(b[3], lower), _mm_set1_epi8('y')), _mm_cmpeq_epi8(b[4], space));
        unsigned bits = (unsigned)_mm_movemask_epi8(_mm_and_si128(the, _mm_or_si128(their, they)));
        if (end - 6 - i < 15)
            bits &= (2u << (end - 6 - i)) - 1; /* starts past end - 6 are not looked for */
        for (; bits; bits &= bits - 1)
            if (!rel_word_byte((unsigned char)t[i + (size_t)__builtin_ctz(bits) - 1]))
                return 1;
    }
#endif
    for (; i + 6 <= end; i++)
        if ((t[i] | 0x20) == 't' && (strncasecmp(t + i, "their ", 6) == 0 || strncasecmp(t + i, "they ", 5) == 0) &&
            !rel_word_byte((unsigned char)t[i - 1]))
            return 1;
    return 0;
}

/* Whether the last argument mention follows "with" and a word that
 * starts a cooperative trigger follows it, or the word after ("with
 * Russian [technical] assistance": the trigger has a subject,
 * rel_with_help). */
static int helper_tail(const sctx *c)
{
    uint32_t ms = c->d->mentions.v[c->tk[c->men_last].men].nstart;
    if (ms < 6 || strncasecmp(c->t + ms - 5, "with ", 5) != 0 || rel_word_byte((unsigned char)c->t[ms - 6]))
        return 0; /* most tails: the last name does not follow "with" */
    size_t p = c->tk[c->men_last].e, e = p;
    for (int words = 0; words < 2; words++, p = e) { /* "with Russian technical assistance": one word between */
        while (p < c->send && rel_space_byte((unsigned char)c->t[p]))
            p++;
        const rel_word *w = rel_text_word(c, p, &e);
        if (w && starts_trigger(c->lx, w, 0))
            return 1;
        if (e == p)
            return 0;
    }
    return 0;
}

/* Whether ", <participle> it" or "them" follows the last argument mention
 * ("cut ties with A, accusing it of": the pronoun stands for A,
 * rel_pair_object). */
static int pronoun_tail(const sctx *c)
{
    const char *t = c->t;
    size_t p = c->tk[c->men_last].e, q = p + 2, end = c->send;
    if (q >= end || t[p] != ',' || t[p + 1] != ' ')
        return 0;
    while (q < end && rel_word_byte((unsigned char)t[q]))
        q++;
    if (q - p < 7 || strncmp(t + q - 3, "ing ", 4) != 0)
        return 0;
    size_t w = q + 1;
    while (q + 1 < end && rel_word_byte((unsigned char)t[q + 1]))
        q++;
    return (q + 1 - w == 2 && strncmp(t + w, "it", 2) == 0) || (q + 1 - w == 4 && strncmp(t + w, "them", 4) == 0);
}

/* The first word w (n bytes, lower case) standing alone between spaces
 * within `bytes` after the last argument mention, or NULL (the text ends in
 * a NUL byte: reading past `bytes` to check the space stops there). */
static const char *tail_word(const sctx *c, size_t bytes, const char *w, size_t n)
{
    const char *t = c->t;
    size_t from = c->tk[c->men_last].e, end = from + bytes < c->send ? from + bytes : c->send;
    for (const char *q = memchr(t + from, w[0], end - from); q && q + n < t + end;
         q = memchr(q + 1, w[0], (size_t)(t + end - q - 1)))
        if (q[-1] == ' ' && !memcmp(q, w, n) && q[n] == ' ')
            return q;
    return NULL;
}

/* Whether ", where" comes right before the last argument mention ("in
 * Libya, where Turkey has deployed troops": rel_where_object). */
static int where_tail(const sctx *c)
{
    long f = c->men_last;
    while (f > 0 && c->tk[f - 1].men == c->tk[c->men_last].men)
        f--;
    return f >= 2 && c->tk[f - 1].e - c->tk[f - 1].s == 5 && !memcmp(c->t + c->tk[f - 1].s, "where", 5) &&
           c->t[c->tk[f - 2].s] == ',';
}

/* Whether a relative clause with a pronoun subject follows the last
 * argument mention (", which it accused of", ", whom he has accused of":
 * the name the clause's object, rel_relative_object). */
static int relative_pronoun_tail(const sctx *c)
{
    const char *t = c->t + c->tk[c->men_last].e, *end = c->t + c->send;
    if (end - t < 12 || t[0] != ',' || t[1] != ' ' || t[2] != 'w')
        return 0; /* (most names: no ", w") */
    t += 2;
    if (!strncmp(t, "which ", 6))
        t += 6;
    else if (!strncmp(t, "whom ", 5))
        t += 5;
    else
        return 0;
    return end - t > 5 &&
           (!strncmp(t, "it ", 3) || !strncmp(t, "he ", 3) || !strncmp(t, "she ", 4) || !strncmp(t, "they ", 5));
}

/* Whether ", which" or ", who" follows the last argument mention and
 * " it " within 64 bytes: "France, which agreed to sell it
 * radars" (the recipient is the sentence's first actor, rel_it_recipient). */
static int relative_it_tail(const sctx *c)
{
    const char *t = c->t + c->tk[c->men_last].e, *end = c->t + c->send;
    if (end - t < 12 || t[0] != ',' || t[1] != ' ' || t[2] != 'w' || c->actor_first < 0 ||
        c->tk[c->actor_first].men == c->tk[c->men_last].men)
        return 0; /* (most names: no ", w") */
    return (!strncmp(t + 2, "which ", 6) || !strncmp(t + 2, "who ", 4)) && tail_word(c, 64, "it", 2);
}

/* Whether a denial follows the last argument mention (" denies", " has
 * denied", " rejects"...), or "government" and one: ", a charge Kigali
 * denies", "the Taliban government denies" (rel_denied_after). */
static int denial_tail(const sctx *c)
{
    const char *t = c->t + c->tk[c->men_last].e, *end = c->t + c->send;
    if (end - t < 6 || t[0] != ' ' || (t[1] != 'd' && t[1] != 'r' && t[1] != 'h' && t[1] != 'g'))
        return 0; /* (most names: a comma, the end, another word) */
    t = rel_verb_after_name(t, end); /* ", a charge the Taliban government denies", "has denied" */
    if (t[0] != 'd' && t[0] != 'r')
        return 0;
    for (int i = 0; rel_denials[i]; i++) {
        size_t n = strlen(rel_denials[i]);
        if (end - t >= (ptrdiff_t)n && !strncmp(t, rel_denials[i], n) && !rel_word_byte((unsigned char)t[n]))
            return 1;
    }
    return 0;
}

/* Whether ", a charge he", ", a decision it" (an article, a lower-case
 * noun and "he", "she" or "it") follows the last argument mention within 96
 * bytes: the pronoun may be the subject of the trigger after it
 * (rel_aside_pronoun). */
static int aside_pronoun_tail(const sctx *c)
{
    const char *t = c->t;
    size_t from = c->tk[c->men_last].e, end = from + 96 < c->send ? from + 96 : c->send;
    for (const char *q = memchr(t + from, ',', end - from); q && q + 8 < t + end;
         q = memchr(q + 1, ',', (size_t)(t + end - q - 1))) { /* (one search for a comma: "he", "it" are common) */
        const char *w = q + 2 + (q[2] == 'a' && q[3] == 'n');
        if (q[1] != ' ' || q[2] != 'a' || w[1] != ' ')
            continue;
        w += 2;
        while (w < t + end && (unsigned)(*w - 'a') < 26u)
            w++; /* the noun */
        if (w + 4 < t + end && *w == ' ' &&
            ((w[1] == 'h' && w[2] == 'e' && w[3] == ' ') || (w[1] == 'i' && w[2] == 't' && w[3] == ' ') ||
             (w[1] == 's' && w[2] == 'h' && w[3] == 'e' && w[4] == ' ')))
            return 1;
    }
    return 0;
}

/* Whether " it of " or " it for " follows the last argument mention
 * within 64 bytes ("met Israel and accused it of": the pronoun is the
 * actor named before, rel_him_object). */
static int it_of_tail(const sctx *c)
{
    const char *p = tail_word(c, 64, "it", 2);
    return p && (!strncmp(p + 3, "of ", 3) || !strncmp(p + 3, "for ", 4));
}

/* Whether " its " follows the last argument mention within THEIR_BYTES,
 * after a word ("India said Pakistan had attacked its air bases": "its" is
 * the sentence's first actor, rel_pair_object), and the sentence names
 * another actor before. */
static int its_tail(const sctx *c)
{
    return c->actor_first >= 0 && c->tk[c->actor_first].men != c->tk[c->men_last].men &&
           tail_word(c, THEIR_BYTES + 1, "its", 3);
}

/* Whether "between the two" or "between both" follows the last argument
 * mention within 40 bytes ("Malaysia hosted talks between the two sides":
 * the pair named before, rel_between_pair). */
static int between_pair_tail(const sctx *c)
{
    const char *p = tail_word(c, 40, "between", 7);
    return p && (!strncasecmp(p + 8, "the two ", 8) || !strncasecmp(p + 8, "both ", 5));
}

/* Whether "and" and a word starting a symmetric trigger follow the last
 * argument mention ("Vucic met Xi Jinping and signed": the partner of the
 * meeting signs, met_partner). */
static int partner_tail(const sctx *c)
{
    size_t p = c->tk[c->men_last].e, e;
    while (p < c->send && rel_space_byte((unsigned char)c->t[p]))
        p++;
    if (c->send - p < 5 || (c->t[p] | 0x20) != 'a' || strncasecmp(c->t + p, "and ", 4) != 0)
        return 0; /* most tails */
    p += 4;
    while (p < c->send && rel_space_byte((unsigned char)c->t[p]))
        p++;
    const rel_word *w = rel_text_word(c, p, &e);
    return w && starts_trigger(c->lx, w, 1);
}

/* Whether "to leave" or "to quit" starts at byte p. */
static int to_leave_at(const sctx *c, size_t p)
{
    return c->send - p > 8 && c->t[p] == 't' && c->t[p + 1] == 'o' && rel_space_byte((unsigned char)c->t[p + 2]) &&
           (!strncmp(c->t + p + 3, "leave", 5) || !strncmp(c->t + p + 3, "quit", 4));
}

/* Whether a word for diplomats follows the last argument mention ("declared
 * two Estonian diplomats persona non grata": the trigger comes after its
 * object, rel_post_object), or "to leave", "to quit", or forces and one
 * ("ordered French troops to leave"), or "persona non grata" itself (after
 * a person's name). */
static int diplomat_tail(const sctx *c)
{
    size_t p = c->tk[c->men_last].e, e;
    while (p < c->send && rel_space_byte((unsigned char)c->t[p]))
        p++;
    char b = p < c->send ? c->t[p] : 0; /* ambassador, diplomat, envoy, consul, charge; troops, soldiers, forces */
    if (b == 't' && to_leave_at(c, p))
        return 1; /* "ordered diplomats from Peru to leave" */
    if (b == 'p' && c->send - p > 17 && !memcmp(c->t + p, "persona non grata", 17))
        return 1; /* "declared Mexican President Claudia Sheinbaum persona non grata" */
    const rel_word *w = b == 'a' || b == 'd' || b == 'e' || b == 'c' || b == 't' || b == 's' || b == 'f'
                            ? rel_text_word(c, p, &e)
                            : NULL;
    if (w && rel_word_forces(w)) {
        while (e < c->send && rel_space_byte((unsigned char)c->t[e]))
            e++;
        return to_leave_at(c, e); /* "ordered French troops to leave" */
    }
    return w && rel_word_diplomat(w);
}

/* Whether the sentence is a headline ending in the noun of an act named
 * before it, with no article ("Israel strikes Hamas leaders in Doha; Qatar
 * condemns attack": rel_prior_act). */
static int headline_act_tail(const sctx *c)
{
    size_t end, w = rel_headline_last_word(c, &end);
    return w && rel_prior_word(c->t + w, end - w);
}

/* Whether a verb of launching or of force follows the name ending at
 * men_end in t[0..n), or its force ("'s navy", " military"): "North Korea fired a
 * ballistic missile", "Iran's navy seized an oil tanker" (an act a later
 * reaction may name: "Japan condemned the launch", "Britain called the
 * seizure unlawful", rel_prior_act). */
static int launch_after(const char *t, size_t n, size_t men_end)
{
    if (men_end + 8 < n && t[men_end] == '\'' && t[men_end + 1] == 's' && t[men_end + 2] == ' ') {
        size_t w = men_end + 3; /* "Iran's navy seized" */
        while (w < n && (unsigned)(t[w] - 'a') < 26u)
            w++;
        if (n - w > 8 && !memcmp(t + w, " junta ", 7))
            w += 6; /* "Myanmar's military junta carried out" */
        men_end = w;
    } else if (men_end + 10 < n && t[men_end] == ' ') { /* "The U.S. military struck a boat" */
        static const struct {
            const char *w;
            unsigned char n;
        } FORCES[26] = {['a' - 'a'] = {"army ", 5},
                        ['f' - 'a'] = {"forces ", 7},
                        ['m' - 'a'] = {"military ", 9},
                        ['n' - 'a'] = {"navy ", 5},
                        ['t' - 'a'] = {"troops ", 7}}; /* (by the first letter: one compare for most words) */
        unsigned b = (unsigned)(unsigned char)t[men_end + 1] - 'a';
        if (b < 26u && FORCES[b].w && !memcmp(t + men_end + 1, FORCES[b].w, FORCES[b].n))
            men_end += FORCES[b].n;
    }
    if (men_end + 8 > n || t[men_end] != ' ')
        return 0;
    const char *p = t + men_end + 1;
    size_t left = n - men_end - 1;
    switch (p[0]) {
    case 't': /* "test-fired", "test-launched" */
        if (left < 14 || memcmp(p, "test-", 5) != 0)
            return 0;
        p += 5, left -= 5;
        return (p[0] == 'f' && memcmp(p, "fired ", 6) == 0) || (p[0] == 'l' && memcmp(p, "launched ", 9) == 0);
    case 'f':
        return memcmp(p, "fired ", 6) == 0;
    case 'l':
        return left >= 9 && memcmp(p, "launched ", 9) == 0;
    case 's':
        return memcmp(p, "seized ", 7) == 0 || memcmp(p, "struck ", 7) == 0 ||
               (left >= 8 && memcmp(p, "shelled ", 8) == 0);
    case 'a':
        return left >= 9 && memcmp(p, "attacked ", 9) == 0;
    case 'r':
        return memcmp(p, "raided ", 7) == 0;
    case 'b':
        return memcmp(p, "bombed ", 7) == 0;
    case 'c':
        return left >= 12 && memcmp(p, "carried out ", 12) == 0; /* "carried out an air strike" */
    default:
        return 0; /* (most words after a name: "to", "that", "the") */
    }
}

/* Whether the tokens after the last argument mention (the first n, with
 * the bracket stack top) can be left uncut. A trigger there has no object,
 * so it relates only a joint subject, which a symmetric trigger's left scan
 * builds from a link before its last member: "and"/"or" outside a name or
 * a '-' (rel_joint_before). Without one, the tail holds nothing to find, as
 * long as no form of a trigger candidate before it could run into it (a
 * shorter form would match in its place) and no bracket is open (a closer
 * in the tail would pair with it), the last argument does not follow
 * "with" ("with Russian assistance": rel_with_help) and no "two" or "both"
 * follows it closely ("A met B in Kazan, where the two sides signed"), nor
 * "their" ("A told B during their meeting"), nor ", accusing it"
 * (pronoun_tail) or "it of" (it_of_tail), nor a '-' ("shot down
 * Iranian-made drones") or a possessive ("sanctioned Russia's allies":
 * possessed_relation), nor "and" and a symmetric trigger (partner_tail),
 * nor a word for diplomats (diplomat_tail), nor "its" (its_tail), nor
 * "between the two" (between_pair_tail), nor is it the subject of a
 * relative clause ("Israel, which the Houthis attacked": rel_relative_tail),
 * nor "the strikes" after a conflict stated near ("Lebanese President Aoun
 * condemned the strikes": rel_prior_act).
 * Every other scan stops at the last argument or finds nothing past it:
 * objects, agents and pairs are mentions. */
static int tail_idle(sctx *c, size_t n, long top)
{
    if (top >= 0)
        return 0;
    c->n = (long)n;
    size_t after = c->tk[c->men_last].e; /* "Iranian-made", "Russia's allies": read past the name */
    if (helper_tail(c) || pair_tail(c) || their_tail(c) || pronoun_tail(c) || tail_word(c, 64, "him", 3) ||
        it_of_tail(c) || (after < c->send && (c->t[after] == '-' || c->t[after] == '\'')) || partner_tail(c) ||
        diplomat_tail(c) || its_tail(c) || between_pair_tail(c) || rel_relative_tail(c) || denial_tail(c) ||
        headline_act_tail(c) || where_tail(c) || relative_pronoun_tail(c) || relative_it_tail(c) ||
        aside_pronoun_tail(c) || /* ", a charge he rejects" */
        rel_aside_subject(c, c->men_last) || (c->pair_near && mediate_end(c->t + c->sstart, c->send - c->sstart)) ||
        (c->act_near && the_word_near(c->t + after, c->send - after, PRIOR_REACH, rel_prior_word, 1)) ||
        launch_after(c->t, c->send, after) || /* "North Korea fired a ballistic missile" */
        ((c->described & ~DESCRIBES_NORTH) && after < c->send &&
         the_word_near(c->t + after, c->send - after, DESCRIPTION_REACH, rel_description_word,
                       c->described & ~DESCRIBES_NORTH)))
        return 0; /* (and "accused Iran of arming the group", "of threatening the island": described after the
                     last name) */
    for (size_t j = c->n_trig; j-- > 0 && (size_t)c->trig_at[j] + REL_MAX_TOKENS > n;) {
        const rel_word *w = &c->lx->wordv[c->tk[c->trig_at[j]].word];
        if ((size_t)c->trig_at[j] + c->lx->trigs[w->first].ntok > n)
            return 0;
    }
    return !rel_joint_before(c, (long)n);
}

/* Whether one run can cut sentence s: its mentions mlo..mhi do not overlap
 * and no word runs over an edge of one inside the sentence, so a cut at a
 * mention edge changes no token. (An end at or past the sentence's end is
 * looked at too, which can only say no where yes was right; the text has a
 * NUL byte after its last.) */
static int one_run(const sctx *c, const seg_sentence *s, size_t mlo, size_t mhi)
{
    const mention *mv = c->d->mentions.v;
    const unsigned char *t = (const unsigned char *)c->t;
    const size_t start = s->start;
    for (size_t k = mlo; k < mhi; k++) {
        size_t a = mv[k].nstart, b = mv[k].nend;
        if (k + 1 < mhi && b > mv[k + 1].nstart)
            return 0;
        if ((a > start && rel_word_bytes[t[a - 1]] & rel_word_bytes[t[a]] & 1) ||
            (b > start && rel_word_bytes[t[b - 1]] & rel_word_bytes[t[b]] & 1))
            return 0;
    }
    return 1;
}

/* After one run (one_run): gives the first n tokens their argument mention
 * of mlo..last (those that start in it), and sets men_last and actor_first
 * as the runs between mention edges would. A token after the n (room for it
 * is made) stops the walks: no mention starts at UINT32_MAX. */
static inline void mark_mentions(sctx *c, size_t n, size_t mlo, size_t last)
{
    XGROW(c->tk, c->tk_cap, n + 1);
    const mention *mv = c->d->mentions.v;
    const uint8_t *cls = c->cls;
    tok *const tk = c->tk, *t = tk;
    tk[n].s = UINT32_MAX;
    long men_last = -1, actor_first = -1;
    for (size_t k = mlo; k < last; k++) {
        if (!cls[k])
            continue;
        uint32_t a = mv[k].nstart, b = mv[k].nend;
        while (t->s < a)
            t++;
        const tok *first = t;
        for (; t->s < b; t++)
            t->men = (int32_t)k;
        if (t > first) {
            men_last = t - tk - 1;
            if (actor_first < 0 && cls[k] == 2)
                actor_first = first - tk;
        }
    }
    c->men_last = men_last;
    c->actor_first = actor_first;
}

/* Tokens of sentence s, cut at mention edges (as rel_next_token cuts): run
 * by run between mention edges (tok_run; a run over RUN_ROOM bytes in
 * parts, each part taking the tokens that start in it), so the loop over
 * tokens knows nothing of mentions; then its triggers. Those after the last
 * argument mention only where they may count (tail_idle). A run starts as
 * many instructions as a few tokens take, so the run up to a mention goes
 * on through it where no word runs over the mention's start (a cut there
 * changes nothing), and the run's last tokens, those from that start on,
 * are given the mention after it. Where no cut changes anything in the
 * whole sentence (one_run, most sentences), one run goes up to the tail and
 * one after it, and mark_mentions gives the tokens their mentions.
 * Brackets: "(" and "[" open, ")" and "]" close, interchangeably. A depth
 * count from an opener stops at the closer where the tokens between are
 * balanced; so does one leftwards from that closer, and so does a stack that
 * pairs each closer with the innermost open bracket, which is what this
 * keeps (an open bracket's pair field links the stack). */
static void tokenize(sctx *c, const seg_sentence *s, size_t mlo, size_t mhi)
{
    const mention *mv = c->d->mentions.v;
    const rel_windex ix = rel_word_index(c->lx);
    const size_t end = c->send = s->end;
    c->sstart = s->start;
    const int one = one_run(c, s, mlo, mhi);
    int marked = !one;                                 /* mark_mentions done, or not needed */
    size_t pos = s->start, n = 0, k = one ? mhi : mlo; /* one run: no mention edge cuts */
    long top = -1; /* innermost open bracket; its pair field links the next one out */
    size_t last = mhi;
    while (last > mlo && c->cls[last - 1] == 0)
        last--;
    size_t tail = last > mlo && !c->whole ? mv[last - 1].nend : SIZE_MAX; /* where the tail starts */
    c->men_last = c->actor_first = -1;
    c->joint = 0;
    c->pair_np = -2;
    c->belief_at = SIZE_MAX;
    c->n_trig = 0;
    for (;;) {
        while (pos < end && rel_space_byte((unsigned char)c->t[pos]))
            pos++;
        if (pos >= end)
            break;
        if (pos >= tail) {
            if (!marked)
                mark_mentions(c, n, mlo, last), marked = 1;
            if (tail_idle(c, n, top))
                break;
            tail = SIZE_MAX;
        }
        while (k < mhi && mv[k].nend <= pos) /* k: the first mention not ending at or before pos */
            k++;
        size_t lim = end, from = pos;        /* the run's tokens that start at from or after are k's */
        if (k < mhi && pos < mv[k].nstart) { /* up to k's start */
            lim = mv[k].nstart < end ? mv[k].nstart : end;
            from = SIZE_MAX;
            if (!rel_word_byte((unsigned char)c->t[lim - 1]) || !rel_word_byte((unsigned char)c->t[lim])) {
                from = lim; /* no word runs over k's start: the run goes on through k */
                lim = mv[k].nend < end ? mv[k].nend : end;
            }
        } else if (k < mhi) { /* inside k */
            lim = mv[k].nend < end ? mv[k].nend : end;
        } else if (pos < tail && tail < end) { /* one run: up to the tail, where tail_idle looks */
            lim = tail;
        }
        size_t first = n, stop = lim - pos > RUN_ROOM ? pos + RUN_ROOM : lim; /* a long run: in parts */
        n = tok_run(c, &ix, &pos, stop, lim, n, &top);
        if (k < mhi && c->cls[k] > 0 && n > first && c->tk[n - 1].s >= from) {
            size_t t = n - 1; /* k's tokens: the run's last ones */
            for (; t > first && c->tk[t - 1].s >= from; t--)
                c->tk[t].men = (int32_t)k;
            c->tk[t].men = (int32_t)k;
            c->men_last = (long)n - 1;
            if (c->actor_first < 0 && c->cls[k] == 2)
                c->actor_first = (long)t;
        }
    }
    if (!marked)
        mark_mentions(c, n, mlo, last);
    while (top >= 0) { /* never closed */
        long open = top;
        top = c->tk[open].pair;
        c->tk[open].pair = -1;
    }
    c->n = (long)n;
    find_triggers(c);
}

/* The argument class of each mention of d, from the per-entity table. The
 * table is filled for every entity at once, in entity order: named entities
 * are scattered over the gazetteer, and reading their types as documents
 * name them misses the cache each time. */
/* How many sentences after one naming two actors "both sides" or "the
 * two countries" is looked for (pairs named further back are rare: on the
 * bench's corpus, looking in every sentence took 1% of all instructions). */
enum { PAIR_SENTENCES = 2 };

/* Whether the sentence t[0..n) opens with the name at [ms, me) (or "The"
 * and it, a dateline before) and a reporting "said" or "says" after it,
 * past a possessive and up to four lower-case words: "The Chinese foreign
 * ministry said", "Russia's embassy says", "Manila said"; or with a
 * country's name at [ms, me), a title of capitalised words and a person
 * at [ps, pe) before it: "U.S. President Donald Trump said" (ps 0: none). */
static int speaker_opens(const char *t, size_t n, size_t ms, size_t me, size_t ps, size_t pe)
{
    size_t o = ms >= 4 && !memcmp(t + ms - 4, "The ", 4) ? ms - 4 : ms;
    if (o >= 3 && o <= 64 && t[o - 1] == ' ' && t[o - 2] == '-' && t[o - 3] == ' ')
        o = 0; /* "QUITO, April 12 (Reuters) - Mexico's foreign ministry said": past a dateline */
    if (o != 0 || me + 6 > n)
        return 0;
    if (ps > me && pe + 6 <= n) {
        for (size_t q = me; q < ps; q++)
            if (t[q] != ' ' && !(t[q - 1] == ' ' ? (unsigned)(t[q] - 'A') < 26u : rel_word_byte((unsigned char)t[q])))
                return 0; /* (capitalised words only: "President", "Foreign Minister") */
        me = pe;
    }
    size_t p = me + (t[me] == '\'' && t[me + 1] == 's' ? 2 : 0);
    for (int w = 0; w < 5 && p + 6 <= n && t[p] == ' '; w++) {
        p++;
        if (!memcmp(t + p, "said", 4) || !memcmp(t + p, "says", 4))
            return !rel_word_byte((unsigned char)t[p + 4]);
        while (p < n && (unsigned)(t[p] - 'a') < 26u)
            p++; /* (lower-case words only: capitalised ones too took 0.7% more instructions on the bench) */
    }
    return 0;
}

/* Whether " and ", up to four lower-case words, "the " and a word naming
 * an act (rel_prior_word) stand in t[0..n): "Ankara said the ship was
 * operating in international waters and rejected the protest", "and its
 * foreign minister called the attack" (a reporter's second verb, its object
 * past PRIOR_REACH). */
static int and_verb_prior(const char *t, size_t n)
{
    for (const char *p = memchr(t + 1, 'a', n - 1), *end = t + n; p && p + 12 < end;
         p = memchr(p + 1, 'a', (size_t)(end - p - 1))) {
        if (p[-1] != ' ' || p[1] != 'n' || p[2] != 'd' || p[3] != ' ')
            continue;
        const char *w = p + 3;
        for (int words = 0; words < 4 && w + 1 < end && w[0] == ' ' && (unsigned)(w[1] - 'a') < 26u; words++) {
            const char *v = w + 1; /* "and rejected", "and its foreign minister called" */
            while (v < end && (unsigned)(*v - 'a') < 26u)
                v++;
            if (v == w + 4 && !memcmp(w, " the", 4))
                break;
            w = v;
        }
        if (w > p + 3 && w + 5 < end && !memcmp(w, " the ", 5) && rel_prior_word(w + 5, (size_t)(end - w - 5)))
            return 1;
    }
    return 0;
}

/* Whether sentence text t[0..n), which names one entity (its first
 * mention ending at offset men_end, its last at last_end), may name another
 * by a pronoun or a pair: it opens with "He ", "She " or "They "
 * (rel_pronoun_subject), it holds "the group", "the bloc"... and one such
 * was named before (described: the_word_near), "the strikes", "the
 * charge"... follow a mention closely and such an act was stated in it or
 * the two sentences before (act_near: rel_prior_act), or, with pair_near,
 * "two " or "both " starts in its first 32 bytes or the 16 after the
 * mention ("The two governments pledged", "On Tuesday, the two countries",
 * "China warned both countries": rel_pair_subject, rel_pair_object;
 * looking at the whole sentence took 5% more instructions on the bench
 * corpus, whose sentences name one entity or two), or, with force_near (a
 * use of force, a penalty or an expulsion stated in it or the three
 * before), "release" follows ("Washington demanded his release":
 * rel_release_demand), or "would", "will" or "threatened to" before a word
 * of reprisal (reprisal_vow_near). */
static int names_more(const char *t, size_t n, size_t men_end, size_t last_end, int pair_near, unsigned described,
                      int act_near, int blamed_near, int force_near)
{
    if (launch_after(t, n, men_end))
        return 1;
    size_t name_end = men_end;
    if (pair_near || act_near || blamed_near)
        men_end = past_aside(t, n, men_end); /* "Anwar, who helped broker the deal, urged both sides" */
    if ((n > 3 && memcmp(t, "He", 2) == 0 && (unsigned char)t[2] <= ' ') ||
        (n > 4 && memcmp(t, "She", 3) == 0 && (unsigned char)t[3] <= ' ') ||
        (n > 5 && memcmp(t, "They", 4) == 0 && (unsigned char)t[4] <= ' ') ||
        ((described & ~(DESCRIBES_NORTH | DESCRIBES_STATE)) &&
         the_word_near(t, n, n, rel_description_word, described & ~(DESCRIBES_NORTH | DESCRIBES_STATE))) ||
        ((described & DESCRIBES_NORTH) && text_has(t, n, "North", 5, 0)) || /* (a capital N is rare: memchr) */
        (act_near && men_end < n &&
         (the_word_near(t + men_end, n - men_end, PRIOR_REACH, rel_prior_word, 1) ||
          involvement_near(t + men_end, prior_reach(n - men_end)))) ||
        (act_near && men_end + PRIOR_REACH < n && and_verb_prior(t + men_end + 48, n - men_end - 48)) ||
        (act_near && last_end > men_end && last_end < n &&
         the_word_near(t + last_end, n - last_end, PRIOR_REACH, rel_prior_word, 1)) ||      /* "China's foreign ministry
                                                             said the buoy was placed in Chinese waters and rejected the
                                                             protest": past its last mention */
        (act_near && n > 8 && memcmp(t, "The ", 4) == 0 && rel_prior_word(t + 4, n - 4)) || /* "The strike was
                                                                                               condemned by A" */
        (blamed_near && men_end < n && apology_near(t + men_end, prior_reach(n - men_end))) ||
        (act_near && men_end < n && reprisal_vow_near(t + men_end, prior_reach(n - men_end), force_near)) ||
        (force_near && men_end < n && release_near(t + men_end, prior_reach(n - men_end))))
        return 1; /* (a line break may follow: "They\nhalted") */
    return pair_near && (pair_word_near(t, n, 0) || pair_word_near(t, n, 16) ||
                         (n > 10 && !memcmp(t, "The three ", 10)) || /* "The three Sahel states left ECOWAS" */
                         (n > 11 && !memcmp(t, "The allies", 10) && (unsigned char)t[10] <= ' ') ||
                         (men_end > 0 && men_end < n &&
                          (pair_word_near(t, n, men_end) || pair_word_near(t, n, men_end + 16) ||
                           pair_word_near(t, n, men_end + 32) || three_near(t + men_end, prior_reach(n - men_end)) ||
                           between_two_in(t + name_end, men_end + 48 - name_end < n - name_end ? men_end + 48 - name_end
                                                                                               : n - name_end))) ||
                         mediate_end(t, n));
    /* (48 bytes past the name: "Malaysia hosted talks between the two sides", "Turkey later brokered talks
       between the two neighbours") */
}

static const uint8_t *mention_classes(rel_state *st, const gaz *g, const doc *d)
{
    if (st->g != g || st->n_ents != g->n_ents || !st->ent_cls) {
        free(st->ent_cls);
        free(st->ent_home);
        free(st->ent_state);
        st->ent_cls = xmalloc(g->n_ents ? g->n_ents : 1);
        st->ent_state = xmalloc(g->n_ents ? g->n_ents : 1);
        st->ent_home = xmalloc((g->n_ents ? g->n_ents : 1) * sizeof *st->ent_home);
        st->north = UINT32_MAX;
        for (size_t e = 0; e < g->n_ents; e++) {
            st->ent_cls[e] = (uint8_t)rel_arg_class(g, (uint32_t)e);
            st->ent_home[e] = entity_home(&g->ents[e]);
            if ((st->ent_home[e] & HOME_KIND) == HOME_COUNTRY && !strcmp(g->ents[e].id, "prk"))
                st->north = (uint32_t)e;
            st->ent_state[e] =
                (uint8_t)((st->ent_home[e] & HOME_KIND) == HOME_COUNTRY ? rel_state_described(g->ents[e].id) : 0);
        }
        st->n_ents = g->n_ents;
        st->g = g;
    }
    XGROW(st->cls, st->cls_cap, d->mentions.n);
    uint8_t *cls = st->cls; /* locals: byte stores may alias any field */
    const uint8_t *ent_cls = st->ent_cls;
    const mention *mv = d->mentions.v;
    const char *t = d->nt.text;
    for (size_t i = 0, n = d->mentions.n; i < n; i++) {
        cls[i] = ent_cls[mv[i].entity];
        uint32_t s = mv[i].nstart;
        if (s >= 4 && t[s - 1] == '-' &&
            ((s >= 5 && !strncasecmp(t + s - 5, "anti-", 5)) ||
             ((!strncasecmp(t + s - 4, "pro-", 4) || !strncasecmp(t + s - 4, "non-", 4)) &&
              (s == 4 || !rel_word_byte((unsigned char)t[s - 5])))))
            cls[i] = 0; /* "a pro-Russian party", "anti-Israel protests", "a non-NATO ally": no actor here */
    }
    return cls;
}

/* The description bit (DESCRIBES_*) of each entity kind (HOME_*), else 0. */
static const uint8_t DESCRIBED_KIND[HOME_KIND + 1] = {
    [HOME_GROUP] = DESCRIBES_GROUP, [HOME_BLOC] = DESCRIBES_BLOC, [HOME_AGREEMENT] = DESCRIBES_AGREEMENT};

void rel_doc(rel_state *st, const rel_lexicon *lx, const gaz *g, doc *d)
{
    d->rels.n = 0;
    if (!lx || !lx->n_trigs || !d->nt.text)
        return;
    if (d->mentions.n < 2)
        return;
    sctx c = {.lx = lx,
              .g = g,
              .d = d,
              .t = d->nt.text,
              .cls = mention_classes(st, g, d),
              .ent_home = st->ent_home,
              .tk = st->tk,
              .tk_cap = st->tk_cap,
              .trig_at = st->trig_at,
              .trig_cap = st->trig_cap,
              .whole = st->whole,
              .lone_act = -1,
              .speaker = -1};
    size_t m = 0, pair_sent = (size_t)-1 - PAIR_SENTENCES; /* the last sentence naming two actors */
    /* the sentence up to which a group, a bloc, an agreement named may be described ("the group" stands for it:
       rel_description_object looks six sentences back), by bit of c.described; the first of them to lapse */
    size_t described_until[DESCRIBES_KINDS] = {0}, described_lapse = SIZE_MAX;
    size_t act_sent = (size_t)-1 - 2; /* the last sentence stating an act a later noun may name (prior_act) */
    size_t force_sent = (size_t)-1 - FORCE_SENTENCES;   /* the last stating a use or a show of force */
    size_t penalty_sent = (size_t)-1 - FORCE_SENTENCES; /* the last stating a penalty or an expulsion */
    size_t charge_sent = (size_t)-1 - CHARGE_SENTENCES; /* the last stating an accusation */
    size_t deal_sent = (size_t)-1 - DEAL_SENTENCES;     /* the last stating an agreement */
    size_t blame_sent = (size_t)-1 - 2; /* the last stating another verbal conflict: a protest, a criticism */
    size_t protest_sent = (size_t)-1 - 2; /* the last stating a protest (114): "the protest" may follow */
    const mention *mv = d->mentions.v;
    for (size_t si = 0; si < d->sents.n; si++) {
        const seg_sentence *s = &d->sents.v[si];
        while (m < d->mentions.n && mv[m].nend <= s->start)
            m++;
        /* A sentence needs argument mentions of two entities: told while
         * finding its mentions (an entity index is below MATCH_SHORT). */
        size_t mhi = m;
        uint32_t first = UINT32_MAX, other = 0, first_start = 0, first_end = 0, titled = UINT32_MAX;
        size_t titled_at = 0;       /* a person after the first name, a country's: "U.S. President Donald Trump" */
        if (si > described_lapse) { /* (a group or a bloc named more than six sentences ago: rarely) */
            c.described = 0, described_lapse = SIZE_MAX;
            for (int b = 0; b < DESCRIBES_KINDS; b++)
                if (described_until[b] >= si) {
                    c.described |= 1u << b;
                    described_lapse = described_until[b] < described_lapse ? described_until[b] : described_lapse;
                }
        }
        for (; mhi < d->mentions.n && mv[mhi].nstart < s->end; mhi++)
            if (c.cls[mhi]) {
                unsigned kind = st->ent_home[mv[mhi].entity] & HOME_KIND, bit = DESCRIBED_KIND[kind];
                if (kind == HOME_COUNTRY && rel_army_after(d->nt.text, d->nt.len, mv[mhi].nend))
                    bit = DESCRIBES_ARMY; /* "Sudan's army": "the army" may stand for Sudan */
                else if (mv[mhi].entity == st->north)
                    bit = DESCRIBES_NORTH; /* "North Korea", "Pyongyang": "the North" may stand for it */
                else if (kind == HOME_COUNTRY)
                    bit = st->ent_state[mv[mhi].entity]; /* "Saudi Arabia": "the kingdom" may stand for it */
                if (bit) {                               /* DESCRIBES_GROUP...: bit 0 ... DESCRIBES_KINDS - 1 */
                    described_until[__builtin_ctz(bit)] = si + 6;
                    c.described |= bit;
                    described_lapse = si + 6 < described_lapse ? si + 6 : described_lapse;
                }
                other |= first != UINT32_MAX && mv[mhi].entity != first;
                if (first != UINT32_MAX && titled == UINT32_MAX && kind == HOME_PERSON &&
                    (st->ent_home[first] & HOME_KIND) == HOME_COUNTRY && mv[mhi].nstart > first_end)
                    titled = mv[mhi].entity, titled_at = mhi;
                if (first == UINT32_MAX)
                    first = mv[mhi].entity, first_start = mv[mhi].nstart, first_end = mv[mhi].nend;
            }
        if (first != UINT32_MAX && st->ent_cls[first] == 2 && first_start >= s->start &&
            speaker_opens(d->nt.text + s->start, s->end - s->start, first_start - s->start, first_end - s->start, 0, 0))
            c.speaker = (int32_t)first, c.speaker_sent = (uint32_t)si; /* "the remarks" may follow */
        else if (titled != UINT32_MAX && first_start >= s->start && st->ent_cls[titled] == 2 &&
                 speaker_opens(d->nt.text + s->start, s->end - s->start, first_start - s->start, first_end - s->start,
                               mv[titled_at].nstart - s->start, mv[titled_at].nend - s->start))
            c.speaker = (int32_t)titled, c.speaker_sent = (uint32_t)si; /* "U.S. President Donald Trump said" */
        if (other)
            pair_sent = si;
        c.act_near = si - act_sent <= MOVE_SENTENCES || si - force_sent <= FORCE_SENTENCES ||
                     si - charge_sent <= CHARGE_SENTENCES || si - deal_sent <= DEAL_SENTENCES ||
                     (c.speaker >= 0 && c.speaker_sent < si && si - c.speaker_sent <= 2) ||
                     si - protest_sent <= 2;            /* ("rejected the protest": PRIOR_REMARK) */
        c.pair_near = si - pair_sent <= PAIR_SENTENCES; /* a pair may be named close before */
        if (!other) { /* unless one is named before: "He urged China", "the two countries agreed" */
            const char *t = d->nt.text + s->start;
            size_t len = s->end - s->start;
            int more =
                si > 0 && (first != UINT32_MAX
                               ? names_more(t, len, first_end - s->start, mv[mhi - 1].nend - s->start, c.pair_near,
                                            c.described, c.act_near, si - blame_sent <= 2,
                                            si - force_sent <= FORCE_SENTENCES || si - penalty_sent <= FORCE_SENTENCES)
                               : (c.pair_near && (pair_word_near(t, len, 0) || pair_word_near(t, len, 16) ||
                                                  (len > 5 && !memcmp(t, "They ", 5)))) ||
                                     (c.described && t[0] == 'T' &&
                                      the_word_near(t, len, 24, rel_description_word, c.described)));
            /* ("The group has attacked ships": rel_pronoun_subject) */
            if (!more) {
                m = mhi;
                continue;
            }
        }
        c.sent = (uint32_t)si;
        c.first_rel = d->rels.n;
        c.whole = st->whole || !other; /* "China warned both countries": the object is no mention */
        tokenize(&c, s, m, mhi);
        rel_drop_idle_verbs(&c); /* "came back", "launched drills": no trigger */
        if (c.n_trig) /* a dyad takes a trigger after it */
            do_dyads(&c, m, mhi);
        do_possessor_roles(&c, m, mhi);
        for (size_t j = 0; j < c.n_trig; j++)
            do_trigger(&c, c.trig_at[j]);
        for (size_t i = c.first_rel; i < d->rels.n; i++)
            if (lx->types[d->rels.v[i].relation].prior_act) {
                act_sent = si; /* "Aoun condemned the strikes" may follow (rel_prior_act) */
                if (lx->types[d->rels.v[i].relation].prior_act == PRIOR_CHARGE)
                    charge_sent = si;
                else if (lx->types[d->rels.v[i].relation].prior_act == PRIOR_DEAL)
                    deal_sent = si;
                else if (lx->types[d->rels.v[i].relation].prior_act == PRIOR_FORCE ||
                         lx->types[d->rels.v[i].relation].prior_act == PRIOR_SHOW)
                    force_sent = si;
                else if (lx->types[d->rels.v[i].relation].prior_act == PRIOR_PENALTY ||
                         lx->types[d->rels.v[i].relation].prior_act == PRIOR_EXPEL)
                    penalty_sent = si; /* "China said it would take countermeasures" may follow */
            } else {
                if (lx->types[d->rels.v[i].relation].quadclass == 3)
                    blame_sent = si; /* "Uganda apologised" may follow (rel_apology_object) */
                if (!lx->types[d->rels.v[i].relation].reaction)
                    act_sent = si; /* "Romania welcomed the decision" may follow (rel_prior_act: PRIOR_MOVE) */
                else if (!strcmp(lx->types[d->rels.v[i].relation].cameo, "114"))
                    protest_sent = si;
            }
        if (c.lone_act >= 0 && c.lone_act_sent == si)
            act_sent = si; /* (an act with no target named: rel_prior_act too) */
        st->n_tk = c.n;
        m = mhi;
    }
    st->tk = c.tk; /* grown here, kept for the next document */
    st->tk_cap = c.tk_cap;
    st->trig_at = c.trig_at;
    st->trig_cap = c.trig_cap;
}

void rel_state_free(rel_state *st)
{
    free(st->tk);
    free(st->trig_at);
    free(st->cls);
    free(st->ent_cls);
    free(st->ent_home);
    free(st->ent_state);
    *st = (rel_state){0};
}
