/* rel_scan.h - private to the relations module: one sentence as tokens, and
 * the argument search around a trigger (rel_scan.c) that rel.c's patterns use.
 * Token indexes are longs so that "one before the first" is -1. Everything a
 * scan asks of a token many times (which cue-word lists hold it, its bracket's
 * partner, its mention's class) is worked out once when the sentence is cut. */
#ifndef ENTGRAPH_REL_SCAN_H
#define ENTGRAPH_REL_SCAN_H

#include <stddef.h>
#include <stdint.h>

#include "rel_lex.h"

enum {
    MAX_ARGS = 8,     /* subjects or objects joined by "and" (seven states' diplomats expelled at once) */
    LEFT_WORDS = 30,  /* how far a subject may be */
    RIGHT_WORDS = 12, /* how far an object may be */
    DYAD_WORDS = 6,   /* words between a dyad and its trigger noun */
    CUE_WORDS = 6,    /* negation / modality window before the trigger */
    HEAD_WORDS = 3,   /* words between a possessor and its head: "Korea's new Strategic Command" */
    POSS_TOKENS = 8   /* a possessor "A's" within this many tokens of the trigger is its subject */
};

/* How many sentences back an accusation may be answered ("dismissed the
 * accusations": rel_prior_act), an agreement welcomed ("Erdogan welcomed
 * the deal" after a paragraph on its terms), a use or a show of force
 * condemned ("Iraq condemned the raids" after a sentence on their toll),
 * five for one whose word the noun shares ("struck" for "the strikes");
 * other acts, two. */
enum { CHARGE_SENTENCES = 6, DEAL_SENTENCES = 4, FORCE_SENTENCES = 3, MOVE_SENTENCES = 3, ROOT_SENTENCES = 5 };

enum { TK_WORD = 1, TK_TRIG_END = 2, TK_IN_MENTION = 4, TK_USED = 8, TK_TRIG = 16 };

typedef struct rel_tok {
    uint32_t s, e; /* normalised offsets */
    int32_t men;   /* argument mention covering the token, or -1 */
    int32_t trig;  /* first token of a trigger occurrence (TK_TRIG): trigger index, else unset */
    int32_t word;  /* lx->wordv entry of the token, else -1 */
    uint32_t cue;  /* its cue-list bits (rel_word.cue), else 0 */
    int32_t pair;  /* bracket token: its partner (paired as rel.c cuts the sentence), else -1; unset for words */
    uint8_t tlen;  /* tokens in that occurrence (TK_TRIG), else unset */
    uint8_t flags;
} tok;

typedef struct {
    const rel_lexicon *lx;
    const gaz *g;
    doc *d;
    const char *t;
    const uint8_t *cls; /* per document mention: rel_arg_class() of its entity */
    const uint32_t *ent_home; /* rel_state.ent_home */
    tok *tk;
    long n;
    size_t tk_cap;
    long men_last;    /* last token in an argument mention, else -1 */
    long actor_first; /* first token in an actor's mention (class 2), else -1 */
    long joint;       /* rel_joint_before's progress through the sentence */
    long pair_np;     /* rel_pair_subject: where its "both sides" starts, -1 none, -2 not looked for */
    unsigned described; /* DESCRIBES_* of the groups, blocs, agreements named in the last six sentences ("the
                           group": rel_description_object) */
    int act_near;     /* a conflict stated in the sentence or the two before ("condemned the strikes": rel_prior_act) */
    int pair_near;    /* two actors named in the sentence or the two before ("China offered to mediate.") */
    int32_t lone_act; /* the author's entity of the last act of force or show of force stated with no target
                         named ("The U.S. military struck a vessel", "fired a ballistic missile"), else -1 */
    int lone_act_kind;      /* its PRIOR_FORCE or PRIOR_SHOW */
    uint32_t lone_act_sent; /* its sentence */
    size_t lone_act_rels;   /* d->rels.n when it was stated: the relations before it are older */
    size_t lone_act_word, lone_act_wlen; /* its trigger's first word in t */
    int32_t speaker;       /* the entity opening the latest sentence before "said" ("The Chinese foreign ministry
                              said"), else -1: whose "remarks" a reaction names (rel_prior_act) */
    uint32_t speaker_sent; /* its sentence */
    int32_t *trig_at; /* tokens whose word starts trigger forms; then those starting an occurrence */
    size_t n_trig, trig_cap;
    uint32_t sent;
    size_t sstart;    /* the sentence's start (normalised offset) */
    size_t send;      /* its end (normalised offset): tokens may stop before, at an idle tail */
    size_t first_rel; /* d->rels index where this sentence's relations start */
    size_t belief_at; /* belief_tail's answer for the sentence, SIZE_MAX until asked */
    int whole;        /* rel_state.whole, or a sentence naming one entity */
} sctx;

typedef struct {
    int32_t m[MAX_ARGS];
    int n;
} args;

typedef struct {
    args obj;
    args agent; /* "by A [and B]", "from A" */
    args pair;  /* between A and B */
    int by;     /* symmetric trigger: the objects came after "by" (joint agents) */
    int with;   /* a "with" before any object: partners are named there, or described */
    int from;   /* an agent came after "from" ("recalled its ambassador from A": a source) */
    int for_obj; /* the objects came after "for" ("bought jets for A": whom they are for) */
    int32_t owner; /* a deployment's direct object names whose forces ("deployed Russian nuclear weapons"), or -1 */
    int half_named; /* symmetric: "between" right after names one party only ("clashes between Serb protesters and
                       NATO"): no one relates */
} right_res;

typedef struct {
    args subj;
    long start; /* first token of the leftmost subject phrase */
    long end;   /* token after the nearest subject */
    long gov;   /* "accused A of supplying": the last token of the trigger whose object A is, else -1 */
    int against; /* that object came before "against" ("warned A against deploying"): A acts only if at all */
    int reported; /* "A is believed to have supplied": a claim of others */
} left_res;

/* Entity kinds of rel_state.ent_home's low bits (HOME_KIND); the bits
 * above HOME_SHIFT hash the entity's country column. */
enum {
    HOME_OTHER,
    HOME_PERSON,
    HOME_COUNTRY,
    HOME_WEAPON,
    HOME_EVENT,
    HOME_GROUP,     /* an armed or hacker group: "the group" (rel_description_object) */
    HOME_BLOC,      /* a bloc or an alliance a description stands for: "the bloc" (rel_bloc_id) */
    HOME_AGREEMENT, /* a treaty or a pact: "criticised the pact" (rel_description_object) */
    HOME_KIND = 7,
    HOME_SHIFT = 3
};

/* The kind of mention m's entity (HOME_PERSON...): a compact table, where
 * the gazetteer's records would miss the cache. */
static inline unsigned rel_men_kind(const sctx *c, int32_t m)
{
    return c->ent_home[c->d->mentions.v[m].entity] & HOME_KIND;
}

static inline char rel_lower(char ch)
{
    return ch >= 'A' && ch <= 'Z' ? (char)(ch - 'A' + 'a') : ch;
}

/* Puts the cue words of rel_scan.c's lists into the lexicon's word index
 * (rel_word.cue: one bit per list). */
void rel_cue_words_add(rel_lexicon *lx);

/* Token i is one punctuation byte from set. (Inline: the scans ask it all
 * the time, and the set is a literal.) */
static inline int rel_is_punct(const sctx *c, long i, const char *set)
{
    if ((size_t)i >= (size_t)c->n || (c->tk[i].flags & TK_WORD)) /* i < 0 wraps around */
        return 0;
    char b = c->t[c->tk[i].s];
    for (; *set; set++) /* never the terminator: a NUL byte is no punctuation */
        if (*set == b)
            return 1;
    return 0;
}
/* 0: not an argument (issue); 1: a thing that can be acted on only; 2: an actor. */
int rel_arg_class(const gaz *g, uint32_t entity);
static inline int rel_men_class(const sctx *c, int32_t m)
{
    return c->cls[m];
}
void rel_add_arg(args *a, int32_t m); /* once each, at most MAX_ARGS */

/* The lexicon's entry of the word that starts at normalised offset off of
 * the sentence's text (NULL if none, or no word starts there), its end into
 * *end: the words after a sentence's last mention, which are no tokens. */
const rel_word *rel_text_word(const sctx *c, size_t off, size_t *end);
/* "expelled two Chinese vessels", "expel Ukrainian forces": the trigger at
 * ti is "expel" and its object, mention m, names armed forces, which are
 * driven out (coerced), not diplomats sent home. */
int rel_force_expelled(const sctx *c, long ti, int32_t m);

/* Objects, agents ("by A") or a "between A and B" pair after a trigger
 * ending before token te; with topic set (rel_topic_verb), a name not led
 * by "with" is no object; passive: the trigger's verb is ("was criticised
 * by A"). */
void rel_scan_right(const sctx *c, long te, int sym, int topic, int passive, right_res *r);
/* Subjects of the trigger at ts, before token from (ts; or "prompting" in
 * "prompting condemnation from A": the clause's subject), things too when
 * allow_things (the patient of a passive). */
void rel_scan_left(const sctx *c, long ts, long from, int allow_things, left_res *l);
/* "Both sides urged Russia", "the two countries agreed": the pair of actors
 * last joined before the phrase ("A and B", "A-B"; countries for "the two
 * countries", people for "both leaders"), as the subject of the trigger at
 * ts, into l. Returns 0 (l untouched) without such a phrase before ts. */
int rel_pair_subject(sctx *c, long ts, left_res *l);
/* "Blinken met Wang Yi. He urged China to ...": "He" or "She" opening the
 * sentence, a few words before the trigger at ts (no name or punctuation
 * between), stands for the first person named in the sentence before;
 * "They", for the pair of actors ("A and B") named first there; as the
 * trigger's subject, into l. Returns 0 (l untouched) if not. */
int rel_pronoun_subject(const sctx *c, long ts, left_res *l);
/* "accused Lukashenko of using migrants as a weapon, a charge he rejects":
 * "he" or "it" after an act noun in an appositive, before the trigger at
 * ti, stands for the accused of the charge named last, or for "he" after
 * another act's noun, the sentence's first person ("Petro ... a decision he
 * called an insult"); as the subject, into l, unless one of obj. */
int rel_aside_pronoun(const sctx *c, long ti, const args *obj, left_res *l);
/* The sentence's first actor, into l, when "it" or "he" is the subject of
 * the relative clause of the verb at ti ("Turkey says the group is linked to
 * the PKK, which it has fought"): a state or a group for "it", a person for
 * "he", not one in obj. */
int rel_relative_pronoun(const sctx *c, long ti, const args *obj, left_res *l);
/* "Xi told Putin during their meeting": "their" (or "their first") right
 * before the trigger at ts stands for the two actors named last before it
 * (THEIR_TOKENS back at most), as the trigger's joint subject, into l.
 * Returns 0 (l untouched) if not. */
#define THEIR_TOKENS 16
#define BELIEF_WORDS 6 /* words between the comma and a closing verb of belief */
#define THEIR_BYTES 32 /* how far after the last name the tail is searched for "their" */
int rel_their_pair(const sctx *c, long ts, left_res *l);
/* ", US officials believe." closing the sentence (a verb of belief at most
 * BELIEF_WORDS words after its last comma): what comes before the comma is
 * a belief. Returns the comma's offset, else 0; worked out once per
 * sentence (sctx.belief_at). */
size_t rel_belief_tail(sctx *c);
/* "With Chinese help, Pakistan launched a satellite", "Iran built the
 * drones with Russian assistance": the actor named right before the
 * trigger at ts, itself right after "with", into *helper, and the clause's
 * subject (the first actor after the comma that ends a sentence-opening
 * "with" phrase, else the subject before "with") into l. Returns 0 if
 * not. */
int rel_with_help(const sctx *c, long ts, int32_t *helper, left_res *l);
/* "Russia's invasion of Ukraine": the actor whose possessive stands right
 * before the mention holding the trigger at ti (a few plain words between
 * at most), else -1. */
int32_t rel_event_possessor(const sctx *c, long ti);
/* "warned both countries": the pair of actors last joined before the
 * trigger's subject (the nearest actor before ts), for the phrase right
 * after the trigger (ending before te), as its object, into obj; or what
 * "it" or "them" there stands for after a comma ("cut ties with A,
 * accusing it of"). */
int rel_pair_object(const sctx *c, long ts, long te, args *obj);
/* "Israel said Hamas attacked its troops in Rafah": "its" right after an
 * assault is the sentence's first actor (not a person), into obj. */
int rel_its_object(const sctx *c, long te, args *obj);
/* Whether the trigger at ti is "called for" (two tokens), and whether its
 * object is an actor named right after it and followed by an infinitive
 * ("called for NATO to protect the cables"): only then is it a demand. */
int rel_called_for(const sctx *c, long ti);
int rel_called_for_actor(const sctx *c, long te, const right_res *r);
/* Whether "with", a few tokens after the trigger ending before te, leads
 * an article and a plural noun ("kept ties with the generals"), or an
 * article follows "join" ("joined the mission"): unnamed others, not the
 * subjects' partners among themselves. */
int rel_with_others(const sctx *c, long te);
/* "talks between the two sides", "hosted talks between both countries":
 * the pair the phrase after "between" (right after the trigger ending
 * before te, or after a symmetric trigger there) stands for, into out. */
int rel_between_pair(const sctx *c, long ts, long te, args *out);
/* Whether a pair phrase follows "between" at token te ("talks between the
 * two sides"): the talks' parties are that pair, not the subjects. */
int rel_between_phrase(const sctx *c, long te);
/* The same with a pair noun ("between the two neighbours", not "between
 * the two would"). */
int rel_between_pair_noun(const sctx *c, long te);
/* The light verb a few determiners or plain words before the trigger at
 * ti ("held separate talks"), else -1. */
long rel_light_verb_before(const sctx *c, long ti);

/* Whether the trigger at ti is a verb of clashing ("clashed", "clash
 * with"): between two people, words. */
int rel_clash_word(const sctx *c, long ti);
/* Whether talks are named right before the trigger at ti: "after talks
 * hosted by Turkey" (the talks' parties are the host's guests). */
/* Whether the mention with token mt is the subject of an aside: after an
 * act's noun (", a move Moscow called unfriendly", ", a step Tallinn
 * condemned") or ", which" (", which Caracas condemned"): its verb, after
 * the name, may react to an act (rel_prior_act). */
int rel_aside_subject(const sctx *c, long mt);
/* The start of the word after a name ending at t (text ending at end),
 * past " government" and an auxiliary of the perfect ("the Taliban
 * government has denied"); NULL when no space follows the name. */
const char *rel_verb_after_name(const char *t, const char *end);
/* The accused when the trigger at ti ("behind", "responsible for") follows
 * a form of be after a name that a reporting verb's clause opens with, and
 * an act after it: "Poland said Moscow was behind the sabotage", "said
 * Russian intelligence was responsible for the attack" (the reporting verb's
 * index into *rep); else -1. */
int32_t rel_behind_accused(const sctx *c, long ti, long *rep);
/* The actor named after "by" when "called" at ti calls something an act of
 * hostility of its: "called the balloons a hybrid attack by the regime in
 * Minsk", "called the blast an act of sabotage by Kyiv" (an accusation);
 * else -1. */
int32_t rel_called_act_by(const sctx *c, long ti);
/* Whether ", which" or ", a move that" comes right before the verb at pr
 * prompting the reaction at ti ("held a joint patrol, which drew a rebuke
 * from Beijing"): then the authors of the act before (latest_act), into
 * obj. */
int rel_prompting_act(const sctx *c, long ti, long pr, args *obj);
/* The actor named after "spying for", "espionage for" or "on behalf of" in
 * the twenty tokens after te (the end of an arrest or a charge), or -1:
 * "arrested a man suspected of spying for Russia" accuses Russia. */
int32_t rel_spied_for(const sctx *c, long te);
/* The authors of the latest act of force or penalty on the subject of the
 * vow of reprisal at ti with no one named ("U.S. and British warplanes
 * struck Houthi targets ... The Houthis vowed to retaliate"), into obj. */
int rel_reprisal_target(const sctx *c, long ti, args *obj);
/* The holder of those whose release the demand ending before te asks for,
 * no holder named ("demanded the immediate release of the ship and its
 * crew", "called for his release"): the author of the latest seizure,
 * detention or abduction stated within FORCE_SENTENCES, or of a lone one
 * ("Iran's navy seized an oil tanker"), into obj. */
int rel_release_demand(const sctx *c, long te, args *obj);
/* A speaker's vow that an act "would not go unanswered" (unpunished), the
 * trigger at ti: the speaker before the reporting verb into l, the author of
 * the act the noun before the trigger names into obj ("Iran said the attack
 * would not go unpunished": Iran threatens the attacker). */
int rel_unanswered_act(const sctx *c, long ti, left_res *l, args *obj);
/* Whether another trigger follows the veto at ti in its clause: the act
 * vetoed, negated ("vetoed a 2 billion euro EU aid package", "vetoed a
 * resolution condemning A"), no one rejected. */
int rel_vetoed_act(const sctx *c, long ti);
/* Whether a release is asked for after the trigger ending before te ("the
 * immediate release", "his release", "for the release"). */
int rel_release_asked(const sctx *c, long te);
/* The targets of the latest cut of relations stated earlier in the
 * sentence, for the cut at ti that names no one ("Bolivia severed ties with
 * Israel, while Chile and Colombia recalled their ambassadors": from
 * Israel), into obj. */
int rel_shared_cut_target(const sctx *c, long ti, args *obj);
/* Whether the trigger at ti is "join" and "for" or "in" and a military
 * cooperation's noun follow the name ending at token last: "joined South
 * Africa for naval exercises" (drills together). */
int rel_joined_for_drills(const sctx *c, long ti, long last);
/* The filer of the case the trigger at ti (CAMEO 115) names when the
 * mention m before it is an organisation after a possessor: the court
 * where, the possessor who ("South Africa's ICJ case against Israel");
 * else m. */
int32_t rel_case_filer(const sctx *c, long ti, int32_t m);
/* Whether a common foe follows a symmetric trigger of force ending before
 * te, within three words: "will create a joint force to fight jihadist
 * groups", "fought rebels" (allies side by side, no fight between them). */
int rel_common_foe(const sctx *c, long te);
/* Whether the trigger at ti is "behind" or "responsible for" (rel_behind_accused). */
int rel_behind_form(const sctx *c, long ti);
int rel_talks_before(const sctx *c, long ti);
/* Whether mention m names people one holds: a person, a plural demonym
 * ("six Americans"), or names them ("three Israeli hostages", "Ukrainian
 * prisoners"): what a release (CAMEO 0841) frees, not "released a report
 * on Japan". */
int rel_detainees(const sctx *c, int32_t m);
/* Whether the noun after the trigger at ti names people held ("each
 * released 103 prisoners of war": the other side's). */
int rel_detainees_after(const sctx *c, long ti);
/* Whether mention m names refugees ("Syrian refugees", "refugees from
 * Myanmar"): whom a country hosts without a visit (CAMEO 043). */
int rel_refugees(const sctx *c, int32_t m);
/* Whether mention m is a place that soldiers or troops are "in" ("killed a
 * soldier in Rafah"): where they were hit, not whose they were. */
int rel_troops_in_place(const sctx *c, int32_t m);
/* Whether the trigger at ti hands over prisoners, hostages or captives
 * ("handed over four Armenian prisoners to Armenia"): a release (0841). */
int rel_prisoners_handed(const sctx *c, long ti);
/* The actor named in a relative clause right after the last object of the
 * noun trigger at ti (ending before te), before its verb in the past: the
 * noun's agent, into agent ("an arms package for Taiwan that Washington
 * announced"); returns 1 when added. */
int rel_relative_agent(const sctx *c, long ti, long te, const args *obj, args *agent);
/* Whether the deployment trigger at ti ("troops to", "police to") ends in
 * an infinitive's "to" with no verb of sending before it: "ordered his
 * border police to stop sharing intelligence with A" deploys no one ("sent
 * troops to help A" does). */
int rel_forces_to_verb(const sctx *c, long ti);
/* The actor named right after "unless" in the clause after token te, into
 * obj (returns 1): whom a conditional threat or penalty is aimed at ("warned
 * they would reimpose sanctions unless Iran restored cooperation"). */
int rel_unless_object(const sctx *c, long te, args *obj);
/* Whether the trigger at ti ratifies ("ratified Sweden's accession": with
 * a stance, an endorsement). */
int rel_ratifies(const sctx *c, long ti);
/* Whether the warning at ti to mention m is about something ("warned
 * Warsaw about the drones"): 1 about the warned one's own conduct ("about
 * its military activity": a criticism), 2 about anything else (a notice,
 * no threat); 0 for a threat ("about the consequences") or no "about". */
int rel_warned_about(const sctx *c, long ti, int32_t m);
/* Whether the gerund trigger at ti follows "the consequences of", "the
 * risks of" ...: an act weighed, no one's ("warned of the consequences of
 * joining NATO"). */
int rel_gerund_weighed(const sctx *c, long ti);
/* Whether mention m names forces right after it ("Kenyan police officers
 * arrived in Haiti", "Indian troops travelled to"): a visit that is a
 * deployment. */
int rel_forces_travel(const sctx *c, int32_t m);
/* Whether the trigger at ti is a verb in the past ("struck", "carried out
 * strikes"), not a noun nor a passive: an act whose author is its subject. */
int rel_act_verb(const sctx *c, long ti);
/* Whether the trigger at ti designates its object an ally or a partner
 * ("designated Kenya a major non-NATO ally"): cooperation (050), no
 * accusation. */
int rel_ally_designated(const sctx *c, long ti);
/* The start of the sentence's last word if the sentence is a headline
 * ending in a lower-case word with no stop after it ("...; Qatar condemns
 * attack"), its end into *end; else 0. */
size_t rel_headline_last_word(const sctx *c, size_t *end);
/* Whether the reaction trigger at ti opens an aside on the act of the
 * clause before it, its agents after "by" ("Mali dissolved all parties, a
 * move condemned by rights groups and ECOWAS"): the agents (actors named
 * after "by") into agents, the clause's first actor into obj. */
int rel_reaction_aside(const sctx *c, long ti, args *agents, args *obj);
/* Whether the trigger at ti buys a stake or shares named within a few
 * words ("buy out the Russian stake"): equity bought, no goods supplied. */
int rel_buys_equity(const sctx *c, long ti);
/* Whether the penalty trigger at ti is waived, no actor named right before
 * it: "won a sanctions exemption", "relief from sanctions" name no one's
 * penalty ("an exemption from US sanctions" still names the US's). */
int rel_penalty_waived(const sctx *c, long ti);
/* Whether mention m is the possessor of a stance ("backed Iran's position",
 * "supports Sweden's bid"): the support is an endorsement (CAMEO 051). */
int rel_stance_object(const sctx *c, int32_t m);
/* "Sanctions were imposed on Iran by the United States": a trigger noun
 * opening its clause, then a passive verb ("were imposed", "have been
 * announced"); the token after the verb, where its objects and agent are
 * named, else -1. */
long rel_noun_passive(const sctx *c, long ti, long te);
/* "released six detained Americans", "the captured Ukrainian soldiers": a
 * one-word past trigger after a determiner or an amount and before a name,
 * after an article and before a plain noun ("the detained staff"), or
 * joined to a plain word by a hyphen ("army-backed"), is an adjective, no
 * act. */
int rel_attributive(const sctx *c, long ti);
/* "The meeting included A and B", "the talks brought together A and B",
 * "the summit was attended by A and B": for the symmetric trigger at ti
 * (ending before te) heading its clause's subject, the people or groups
 * taking part, into pair. Returns the token of "included" (or "brought",
 * "attended"), else -1. */
long rel_find_participants(const sctx *c, long ti, long te, args *pair);
/* "talks were held in 2012, between A and B". */
int rel_find_between(const sctx *c, long te, args *pair);
/* "struck an oil refinery in Russia's Rostov region", "missiles at cities
 * across Ukraine": the country or place after "in" (or "across",
 * "throughout", "inside"; a few words from the trigger ending before te, no
 * actor or clause between) into obj, for an attack or fight that found no
 * object. */
int rel_find_in_place(const sctx *c, long te, args *obj);
/* Whether the trigger at token i is a verb of discussing, whose object
 * without "with" is a topic ("met to discuss Chinese activity"). */
int rel_topic_verb(const sctx *c, long i);
/* True if a token before ts can join two subjects into one group ("and" or
 * "or" outside a name: conj_left; "together with": along_with; '-': a dyad). Without one, rel_scan_left
 * from ts finds one subject at most. Moves c->joint (0 for a new sentence):
 * the first such token, or the first not yet looked at. */
int rel_joint_before(sctx *c, long ts);
/* Whether the trigger at ti (ending before te) is reciprocal: "accused each
 * other", "traded accusations": a joint subject's members act on each other. */
int rel_reciprocal(const sctx *c, long ti, long te);
/* Whether the trigger at ti buys ("bought", "imports", "received F-16 jets
 * from"): 1, its seller acts on its subject; 2: a receiving of a visitor
 * ("received President Zelensky"), its subject hosts; -1: a receiving of
 * neither ("received a call from"), no relation; 0: no buying word. */
int rel_buys(const sctx *c, long ti);
/* Whether the trigger at ti heads a noun phrase led by an article whose
 * object ends at text offset off, before a modal ("A Chinese invasion of
 * Taiwan would trigger a crisis"): a hypothesis. */
int rel_modal_subject(const sctx *c, long ti, size_t off);
/* Whether the trigger at ti names goods a penalty falls on: "on" before
 * it, a penalty word a few plain words before ("imposed 25 percent tariffs
 * on imports from A": no supply, A is the target). */
int rel_under_penalty(const sctx *c, long ti);
/* Whether arms are what the trigger at ti gives ("provided drones to A",
 * "provided A with artillery shells", "helped A with tanks"; not "help A
 * buy weapons"): military aid, a supply. */
int rel_arms_given(const sctx *c, long ti);
/* Whether the trigger at ti vows or pledges reprisals ("vowed revenge
 * against A", "vowed a harsh response", "vowed to retaliate", "vowed to
 * respond to A's strikes"): a threat. */
int rel_vows_reprisal(const sctx *c, long ti);
/* Whether the vow at ti is one to act against the object ("vowed to drive
 * Iran's oil exports to zero", "pledged to counter China"): no cooperation. */
int rel_vows_hostile(const sctx *c, long ti);
/* Whether the trigger at ti is a seizure's ("seized the shoal from the
 * Philippines": "from A" names whom it is taken from). */
int rel_seizes(const sctx *c, long ti);
/* Whether token i, "ship" or "ships", is the noun: a preposition other
 * than "to", a past form or punctuation follows ("the attack by Chinese
 * coast guard ships on a Philippine vessel"; not "China ships oil"). */
int rel_ship_noun(const sctx *c, long i);
/* Whether the trigger at ti halts imports or purchases of goods ("halted
 * imports of seafood from China": "from A" names whose goods). */
int rel_halts_imports_of(const sctx *c, long ti);
/* Whether the symmetric noun at ti is what a mediator or a host's trigger
 * acts on ("Trump and Anwar, who mediated the talks": not theirs). */
int rel_mediated_noun(const sctx *c, long ti);
/* Whether a verb of writing stands before the symmetric noun at ti, past a
 * determiner and a year ("France, which drafted the 2024 truce with the
 * United States": the drafters are no parties). */
int rel_drafted_noun(const sctx *c, long ti);
/* Whether a verb of growing governs the cooperative noun at ti, past a
 * determiner: "reinforce cooperation with", "deepen their ties with",
 * "consolidating coordination of" (the relation exists: no wish). */
int rel_presupposed(const sctx *c, long ti);
/* Whether the table of act nouns prior_kind searches is sorted (a test). */
int rel_prior_words_sorted(void);
/* Whether the trigger at ti welcomes a visitor to a state's seat, the
 * token at after following the visitor: "to", "in" or "at" and a state's
 * name ("welcomed Kishida to Seoul", "at the White House"): a host, not
 * praise ("welcomed Sweden to NATO" stays praise); or whether the aid at ti
 * gives the visitor a welcome ("gave Putin a red-carpet welcome"). */
int rel_welcomed_to(const sctx *c, long ti, long after);
/* Whether a word for hackers and a preposition stand before the name
 * starting at token first: "Hackers linked to Iran's Revolutionary Guards
 * attacked": a cyberattack. */
int rel_hackers_before(const sctx *c, long first);
/* Whether a word for hackers stands at token i, or a few plain words on
 * ("Russian hackers attacked", "Chinese state-sponsored hackers": the
 * name before it acts online, a cyberattack). */
int rel_hackers_at(const sctx *c, long i);
/* Whether a trigger of another relation or a word of penalties ends right
 * before the trigger at ti ("U.S. sanctions hit Iran", "Chinese tariffs hit
 * American farmers": the hit is theirs, no attack). */
int rel_hit_by_other(const sctx *c, long ti);
/* Whether the trigger at ti hits its object "with" penalties ("hit Russia
 * with new sanctions", "hit China with tariffs"): a sanction, no attack. */
int rel_hit_with_penalty(const sctx *c, long ti);
/* Whether the trigger at ti retaliates with penalties or against them within
 * ten words of it ("China retaliated against U.S. tariffs", "retaliated
 * against Ottawa with duties on canola"): a sanction, no attack. */
int rel_penalty_reprisal(const sctx *c, long ti);
/* Whether what a strike ending before token te strikes is a deal ("struck a
 * $2 billion trade deal with A", "struck a conciliatory tone"): a word for
 * one within six words, before a preposition, a name or punctuation. */
int rel_deal_struck(const sctx *c, long te);
/* Takes the trigger flags off verbs the lexicon lists bare that are none
 * here, before any trigger is read (their flag would stop the scans): a
 * "back" that is a particle ("came back"; "which back the army" is a verb),
 * a "fired", "launched", "tested" with no missile ("launched drills around
 * Taiwan", "drones launched by Belarus"), an "approved" with no stance
 * ("approved the sale of jets"; "approved Sweden's bid" endorses). */
void rel_drop_idle_verbs(sctx *c);
/* Whether the trigger at ti is a bare verb that states its relation only
 * with a word in its object, and that word is missing: "violated" shows
 * force (CAMEO 150) only with airspace ("violated Estonian airspace", not
 * "violated international law"), "designated" accuses (CAMEO 1123) only
 * with terrorism ("designated the Houthis a terrorist organisation"). */
int rel_object_word_missing(const sctx *c, long ti);
/* Whether a noun of proposing ("proposal", "plan") follows the trigger
 * ending before token te: "an Egyptian-Qatari ceasefire proposal" names its
 * authors, not its parties. */
int rel_proposal_after(const sctx *c, long te);
/* Whether the trigger at ti is a past form right after "and" or "or": a
 * second predicate ("met Xi and signed"). */
int rel_coordinated(const sctx *c, long ti);
/* Whether goods ("U.S. products", "American farm goods") follow mention
 * m within three words: what an assault's trigger ("targeted") aims at is
 * then trade, a sanction. */
int rel_goods_named(const sctx *c, int32_t m);
/* Whether the trigger at ti is a form of "target". */
int rel_targets(const sctx *c, long ti);
/* "accused the group of", "signed a deal with the bloc": a definite
 * description right after the trigger ending before te (or its "on", "to",
 * "with", "against") stands for the last group (or bloc, alliance...)
 * named before, into obj. */
int rel_description_object(const sctx *c, long te, args *obj);
/* The author of the act or the charge a reaction names by a noun ("Aoun
 * condemned the strikes", "Vucic rejected the charge"), the last such act
 * stated in the sentence or the two before; 1 when added to *obj. */
int rel_prior_act(const sctx *c, long ti, long te, args *obj);
/* "Russia struck Kyiv. The strike was condemned by the UN": the actor of
 * the act that the noun before the passive reaction at ti names ("the
 * strike was", "the sanctions were"), into obj: the reaction's object. */
int rel_passive_prior(const sctx *c, long ti, args *obj);
/* "Malaysia joined BRICS on Wednesday, along with Thailand and Indonesia":
 * the actors listed after ", along with" past the object ending at token
 * last (and up to eight words), added to group: more subjects. */
int rel_along_after(const sctx *c, long last, args *group);
/* The one an apology with no object is made to: the author of the last
 * protest, accusation or criticism (quadclass 3) of the apologiser stated in
 * the sentence or the two before ("Kenya summoned Uganda's envoy ...
 * Uganda apologised"); 1 when added to *obj. */
int rel_apology_object(const sctx *c, long ti, args *obj);
/* Whether the text w[0..n) after "the " starts with such a noun, or a word
 * and one ("the strikes", "the latest strikes"): the gate's cheap look. */
unsigned rel_prior_word(const char *w, size_t n);
/* Whom a definite description stands for (sctx.described's bits) */
enum {
    DESCRIBES_GROUP = 1,
    DESCRIBES_BLOC = 2,
    DESCRIBES_AGREEMENT = 4,
    DESCRIBES_ARMY = 8,
    DESCRIBES_NORTH = 16,
    DESCRIBES_STATE = 32 /* "the kingdom", "the island": a state of a few */
};
enum { DESCRIBES_KINDS = 6 }; /* the bits above */
/* Whether the text t[0..n) names an army right after offset at (a
 * country's mention's end): "Sudan's army" (ARMY_ARMY), "Niger's junta",
 * "Niger's military government" (ARMY_JUNTA, a ruling one), "the Sudanese
 * military" (ARMY_MILITARY); else 0. ("The army", "the junta" may stand for
 * that country.) */
enum { ARMY_ARMY = 1, ARMY_JUNTA = 2, ARMY_MILITARY = 4 };
int rel_army_after(const char *t, size_t n, size_t at);
/* Whether the text w[0..n) starts with a word a definite description
 * after "the" is made of ("group", "bloc", "alliance", "world body",
 * "pact"...): whom it stands for (DESCRIBES_*), else 0. */
unsigned rel_description_word(const char *w, size_t n);
/* Whether entity id is one a description stands for ("eu": "the bloc"). */
int rel_bloc_id(const char *id);
/* DESCRIBES_STATE if a description may stand for the country of id ("sau":
 * "the kingdom", "twn": "the island"), else 0. */
unsigned rel_state_described(const char *id);
/* Whether a denial by one of the parties (subj, obj) follows the clause of
 * the trigger ending before te: ", a charge Kigali denies", ", which
 * Kigali has denied": the statement is a claim. */
int rel_denied_after(const sctx *c, long te, const args *subj, const args *obj);
/* The verbs of a denial ("denies", "rejected"...), NULL-terminated. */
extern const char *const rel_denials[];
/* Whether people or words are what a transfer ending before token te moves
 * ("handed over four Israeli hostages", "transferred 90 Palestinian
 * prisoners", "sent a letter to A"): a word for them within six words,
 * before a preposition or punctuation; or a person named right after it
 * ("hand over Bashar al-Assad"; not "provided Zelensky with jets"). */
int rel_persons_moved(const sctx *c, long te);
/* Whether envoys are what the sending at ti sends ("sent an envoy to
 * Moscow", "dispatched a delegation to A"): a visit, no supply. */
int rel_envoy_sent(const sctx *c, long ti);
/* Whether the word w is one for diplomats ("ambassador", "envoys"). */
int rel_word_diplomat(const rel_word *w);
/* Whether word w names armed forces ("troops", "vessels": C2_FORCES). */
int rel_word_forces(const rel_word *w);
/* POST_TRIGGER if the trigger at ti is said after its object ("declared
 * two Estonian diplomats persona non grata", "ordered the French
 * ambassador to leave the country"); POST_VERB if it is a verb that can
 * govern one ("gave", "ordered"); else 0. */
enum { POST_TRIGGER = 1, POST_VERB = 2 };
int rel_post_kind(const sctx *c, long ti);
/* Whether an organisation is named right after the trigger ending before
 * te ("leave the International Criminal Court": a withdrawal, whose
 * subject comes before it as usual). */
int rel_leaves_body(const sctx *c, long te);
/* For such a trigger at ti, the verb that governs it ("declared",
 * "ordered", "gave" ... "48 hours to leave"), with the actors named between
 * them in *obj; -1 unless that stretch names a diplomat ("ambassador",
 * "diplomats") and holds only words and names. */
long rel_post_object(const sctx *c, long ti, args *obj);
/* Whether the trigger at ti (POST_VERB) is the verb of a trigger said
 * after its object ("gave the ambassador 48 hours to leave": no aid). */
int rel_anchors_post_trigger(const sctx *c, long ti);
/* Whether the trigger at ti is a gerund or participle ("attacking"). */
int rel_gerund(const sctx *c, long ti);
/* Whether a possessive pronoun owns the trigger at ti ("his visit", "its
 * first drills", "their talks"). */
int rel_pronoun_owned(const sctx *c, long ti);
/* Whether "their" owns the trigger at ti, plain words between ("their
 * growing military cooperation"). */
int rel_their_owned(const sctx *c, long ti);
/* "Following talks with Iran, Saudi Arabia and Oman called for restraint":
 * the subject of a trigger in a phrase opening the sentence (opening_phrase)
 * is the main clause's, the actors right after its comma before a verb,
 * into l (whose start and end are ts). Returns 0 (l untouched) if not. */
int rel_opening_subject(const sctx *c, long ts, left_res *l);
/* "sent troops to support Russia's war", "sending drones to help A": the
 * actor a sending ending before te helps (after up to six words or things
 * named, "to" and a trigger of aid, perhaps a verb: "to help protect Polish
 * airspace"), as its recipient, into obj. */
int rel_sent_to_help(const sctx *c, long te, args *obj);
/* "Armenia turned to France, which agreed to sell it air defence radars":
 * the recipient "it" right after the giving ending before te,
 * goods after it, in a relative clause of an antecedent named before: the
 * sentence's opening subject (not the antecedent, the giver), into obj. */
int rel_it_recipient(const sctx *c, long te, args *obj);
/* Whether what the sending at ti sends goes "to patrol", "to protect",
 * "to escort" ... before token end, the object's ("sent fighter jets to
 * patrol Finnish airspace"), or is a warship ("sent a frigate to Cyprus"),
 * or goes to the object to guard another's ground ("send jets to Poland to
 * help protect NATO's eastern flank"): forces deployed, no goods supplied. */
int rel_sent_to_guard(const sctx *c, long ti, long end);
/* The token of "ally", "backer" or "supplier" ... naming the actor whose
 * mention starts at token q as another's, in an aside or after "is":
 * "China, Pakistan's closest ally,", "Iran is Hezbollah's main backer",
 * "Russia, Serbia's traditional arms supplier"; the other's mention into
 * owner, the word's ROLE_* (an ally's cooperation, CAMEO 050; a backer's
 * aid, 070; a supplier's supply) into role, the actor and the list it ends
 * ("Niger and Burkina Faso, Mali's partners,") into named; else -1. */
enum { ROLE_ALLY, ROLE_BACKER, ROLE_SUPPLIER };
long rel_possessor_role(const sctx *c, long q, int32_t *owner, int *role, args *named);
/* The token of an aid noun (CAMEO 070) a few plain words after the verb
 * of sending at ti ("sent only humanitarian aid to Sudan"), or the verb's
 * last token before relief goods ("sent 1,000 tents and 15 tonnes of
 * food"), else -1: the sending is that aid, no supply of arms (072). */
long rel_sends_aid(const sctx *c, long ti);
/* Whether a verb of opposition stands right before normalised offset off
 * (a determiner between): "pledged to boost its defences to deter China",
 * "vowed to strengthen the navy to counter the United States". Read in the
 * text: a bare first-letter test spares most lookups. */
int rel_countered(const sctx *c, uint32_t off);
/* Whether a scourge follows a trigger of fighting ending before te, or
 * the word after the next: "A and B vowed to fight terrorism", "fight drug
 * smuggling", "fight illegal fishing" (A and B fight side by side, not
 * each other). */
int rel_fights_thing(const sctx *c, long te);
/* Whether the suspension at ti suspends a penalty or a use of force
 * ("suspending its tariffs on Brazil", "suspended air strikes against the
 * ELN": the act's relation, negated, says it; relations are not reduced). */
int rel_penalty_suspended(const sctx *c, long ti);
/* Whether the joint development or production at ti is of civil works or
 * resources ("jointly develop a lithium mine", "co-develop the port"):
 * economic cooperation, not military (CAMEO 061 against 062). */
int rel_civil_codevelopment(const sctx *c, long ti);
/* Whether the supply at ti is of fuel, grain or other civil goods and of
 * no arms ("supplies natural gas to Spain", "sold wheat to Egypt", "Algeria
 * supplies much of Spain's natural gas"): trade (CAMEO 061), not military
 * aid (072). */
int rel_trade_goods(const sctx *c, long ti);
/* The relation type of the trigger occurrence starting at token q, or NULL
 * (no trigger there, or a stop entry). */
const rel_type *rel_type_at(const sctx *c, long q);
/* Whether the one-word trigger at ti is a noun of armed forces, not a verb
 * ("Chinese ships harassed a boat", "a container ship linked to A", not
 * "Iran ships drones to A"): a determiner before it, or after it no word, a
 * preposition, an auxiliary or a past form. */
int rel_force_noun(const sctx *c, long ti);
/* Whether armed forces are named by the mention ending at token last
 * ("Russian troops"), or goods or forces within a few words after it ("hosts Russian
 * tactical nuclear weapons", "hosts US troops"), in the tokens or the text
 * past them. */
int rel_forces_after(const sctx *c, long last);
/* "Germany and Lithuania agreed to station a German brigade in Lithuania":
 * when the one object of a deployment ending before te is a state whose
 * forces follow, and a place after them, that place becomes the object and
 * the state (its mention, returned) the deployer; else -1, obj untouched. */
int32_t rel_forces_placed(const sctx *c, long te, args *obj);
/* Whether a lower-case word that is no verb's past form follows token l,
 * the end of a name ("Iraqi militias"), in the tokens or the text past them. */
int rel_noun_after(const sctx *c, long l);
/* Whether mention m stands alone, no noun or possessive after it: a
 * sentence's end, punctuation or a preposition follows ("to buy Greenland."),
 * not "Russian oil", "Russia's jets". */
int rel_bare_name(const sctx *c, int32_t m);
/* "Israel, which the Houthis kept attacking": the name before ", which" (or
 * ", whom") whose clause's subject, a name, comes right before the trigger
 * at ti (a plain word or two between), into out: the trigger's object. */
int rel_relative_object(const sctx *c, long ti, args *out);
/* Whether the word at ti is such a relative clause's verb ("Iran, which
 * Washington accused of arming": not the stop form "accused of"). */
int rel_relative_verb(const sctx *c, long ti);
/* "in Libya, where Turkey has deployed troops": the state or place before
 * ", where" whose clause's subject, a name, comes a few words before the
 * trigger at ti, into out: where the forces go or the blows fall. */
int rel_where_object(const sctx *c, long ti, args *out);
/* Whether the last argument is such a clause's subject: its trigger, after
 * it, has that object (tail_idle). */
int rel_relative_tail(const sctx *c);
/* Whether a verb of proposing comes a few words before the trigger at ti
 * ("proposed a three-month humanitarian truce"), or "proposal" or "plan"
 * right after it ("present new Gaza truce proposal"): its subjects put it
 * to others, they are no parties to it. */
int rel_proposed(const sctx *c, long ti);
/* Whether the trigger noun at ts, after at most two plain words, is the
 * topic of a noun of information: "intelligence on cocaine shipments to
 * Europe", "a report about arms sales to Taiwan": no act of the clause's
 * subject. */
int rel_on_topic(const sctx *c, long ts);
/* Whether the mention whose first token is `first` stands in the topic of
 * a word for information ("charged a man with gathering information on
 * Swedish and U.S. technology"): no party of the act. */
int rel_topic_mention(const sctx *c, long first);
/* Whether the trigger at ti, ending before te, is "war in" ended by no
 * party named: "welcomed any effort to end the war in Yemen", "an end to
 * the war in Sudan" (Yemen is where, the subject no side). */
int rel_war_in_ended(const sctx *c, long ti, long te);
/* Whether "against" at te and a gerund follow a warning ending there:
 * "warned against sending troops to Taiwan" warns no one named, and the
 * sending is no one's. */
int rel_warned_against(const sctx *c, long te);
/* Whether "targeted" at ti hits firms, tankers, banks ... after a sanction
 * of the same country as the actor at ma (two sentences back): a sanction. */
int rel_sanction_targets(const sctx *c, long ti, int32_t ma);
/* Whether the trigger at ti is that gerund or the word after it ("warned
 * against sending troops"). */
int rel_after_warned_against(const sctx *c, long ti);
/* "traded goods under the accords": the trigger a noun after "under",
 * a deal referred to, not made. */
int rel_under_deal(const sctx *c, long ti);
/* Whether the trigger at ti heads the agent of a passive trigger of its
 * relation ("Kyiv was hit by a barrage of Russian missiles": the barrage is
 * the hitting, not an attack of Kyiv's). */
int rel_passive_agent_noun(const sctx *c, long ti);
/* "Russian troops backed by A", "Hamas, backed by A", "Crimea, occupied by
 * A": the actor or place named right before a past form at ti (across one
 * plain noun or a comma), the patient of a passive without "was", into out
 * (with the list it ends before a comma: "B and C, hosted by A"). Returns
 * how many. */
int rel_reduced_passive(const sctx *c, long ti, args *out);
/* "prompting condemnation from A": the token of "prompting" (a few plain
 * words before the trigger at ti), else -1; A acts on the subject before it. */
long rel_prompted(const sctx *c, long ti);
/* Whether the trigger ending at token te accuses (CAMEO 112 and its
 * subcodes): what it accuses its object of is a claim, not a fact. */
int rel_alleged(const sctx *c, long te);
/* Whether a trigger of this CAMEO code with no object acts on the place
 * "in" which it happens: assault, fight, mass violence (roots 18-20) and
 * cyber attacks (176), not a seizure or a detention ("seized a tanker in the
 * Strait of Hormuz"). */
int rel_strikes_place(const char *cameo);
/* "was [reportedly] attacked", "came under attack": a form of be, or "under"
 * after a form of come, shortly before the trigger at ti. */
int rel_passive(const sctx *c, long ti);
/* Whether a verb ending a tie ("ended", "scrapped", "revoked", "tore up")
 * stands a few words before the cooperative trigger at ti, with no "not"
 * before it: "Chad ended its defence pact with France". */
int rel_deal_ended(const sctx *c, long ti);
/* Whether a verb of review ("review", "reconsider", "reassess") stands a few
 * words before the trigger at ti, "cooperation", "ties" or "relations":
 * "would review its cooperation with Zagreb" weighs cutting it. */
int rel_ties_reviewed(const sctx *c, long ti);
/* Whether "over" and an issue's noun follow the clash trigger at ti in its
 * clause ("clashed with the United States over sanctions", "for decades over
 * access to the sea"): a quarrel, no fighting. */
int rel_clash_over_issue(const sctx *c, long ti);
/* "Qatar and Turkey hosted talks": the trigger at ti is the object of a
 * verb of hosting (CAMEO 043) a few words before it; its subjects host, no
 * parties to each other. */
int rel_hosted(const sctx *c, long ti);
/* Whether a plural noun of deals follows the trigger at ti within a few
 * plain words ("signed defence pacts with Manila"): one deal each. */
int rel_plural_deals(const sctx *c, long ti);
/* "Mexico and Brazil called for the dispute to be settled through
 * dialogue": the trigger at ti is in the infinitive clause "called for"
 * asks, within ten words; the callers are no parties to it; nor to talks
 * or a truce called for ("The Arab League and the African Union called for
 * talks": the others'; but "called for closer cooperation" is theirs). */
int rel_called_for_joint(const sctx *c, long ti);
/* Whether the gerund at ts follows "involved in" ("companies involved in
 * supplying drones to B") or a plural noun and "accused of" ("people
 * accused of collaborating with Israel"): its subject is among the words
 * before, named or not (rel_scan_left), never the clause's. */
int rel_involved_gerund(const sctx *c, long ts);
/* "India and Pakistan traded fire. China offered to mediate.": a mediation
 * with nothing after it, between the pair of the last material conflict
 * stated before, into obj. */
int rel_mediation_pair(const sctx *c, long ts, long te, args *obj);
/* "would sign trade deals with both countries": a symmetric trigger at ts
 * (ending before te), a few plain words, then "with" and a pair phrase:
 * the pair named before, into obj (rel_pair_object). */
int rel_with_pair(const sctx *c, long ts, long te, args *obj);
/* Whether "him" or "her" is token te, or "them" before "of"/"for": a
 * pronoun object, looked for past a place after it too ("hosted him in
 * Budapest", "accusing them of ... in British Columbia"). */
int rel_him_at(const sctx *c, long te);
/* "Washington revoked Petro's visa and imposed sanctions on him": "him" or
 * "her" right after the trigger at ts (ending before te; after "on", "to",
 * "with" or "against") is the last person named before it, into obj; "it"
 * right after it and before "of" or "for" ("met Israel and accused it of")
 * the last actor named before it that is no person. */
int rel_him_object(const sctx *c, long ts, long te, args *obj);
/* "Four Chinese soldiers were killed in Ladakh": the trigger at ti (ending
 * before te) is a passive participle before "in", "near", "along" or "off"
 * (after a form of be, or a verb of suffering right after a plural noun,
 * also before "at": "workers detained at a plant in Georgia"): its subject
 * is its victim, the name after it the place. */
int rel_passive_victim(const sctx *c, long ti, long te);
/* "Ten sailors died in a strike in Yemen", "workers detained in an
 * immigration raid": the assault noun at ti after "in" and a verb whose
 * subject suffers: the clause's subject is no actor. */
int rel_suffered_in(const sctx *c, long ti);
/* Negation and modality: words between the subject (ending before `from`)
 * and the trigger at ts, and the start of the subject's clause (`start`). */
void rel_cues(const sctx *c, long start, long from, long ts, int8_t *neg, int8_t *hyp);

#endif
