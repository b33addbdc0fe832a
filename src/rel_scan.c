/* rel_scan.c - finding the arguments of a trigger within one sentence:
 * subjects on the left, objects, agents and "between" pairs on the right,
 * noun-phrase heads (possessors, "A of B", dyad partners, lists), and the
 * negation and modality cues of the clause. Word lists live here. */
#include "rel_scan.h"

#include <assert.h>
#include <string.h>
#include <strings.h>

/* ---- word lists ---- */

static const char
    *const DETS[] = {"the",  "a",    "an",    "its",          "their",       "his", "her",
                     "our",  "this", "these", "those",        "both",        "all", "some",
                     "such", "any",  "each",  "neighbouring", "neighboring", NULL}; /* ("with neighbouring Benin") */
static const char *const PREPS[] = {
    "in",        "on",         "at",     "of",        "for",     "to",         "with",      "from",
    "by",        "into",       "over",   "under",     "between", "among",      "against",   "about",
    "after",     "before",     "during", "since",     "through", "toward",     "towards",   "near",
    "outside",   "inside",     "within", "without",   "across",  "around",     "beyond",    "via",
    "amid",      "despite",    "than",   "like",      "per",     "upon",       "onto",      "behind",
    "including", "above",      "below",  "along",     "beneath", "throughout", "off",       "past",
    "regarding", "concerning", "aboard", "alongside", "atop",    "except",     "following", NULL};
/* prepositions that can introduce a patient or partner */
static const char *const OBJ_PREPS[] = {"with", "to", "on",   "against", "toward", "towards",
                                        "for",  "of", "into", "upon",    "onto",   NULL};
static const char *const AGENT_PREPS[] = {"by", "from", NULL};
static const char *const NEAR_PREPS[] = {"of", "over", "about", NULL}; /* "concerns over A providing" */
/* reporting verbs: a subject left of them is the speaker's, not the relation's */
static const char *const REPORT[] = {
    "said",       "says",       "say",       "told",     "tells",     "stated",    "noted",        "notes",
    "added",      "adds",       "explained", "argued",   "argues",    "believes",  "believed",     "according",
    "reported",   "wrote",      "announced", "claimed",  "claims",    "affirmed",  "declared",     "stressed",
    "emphasized", "emphasised", "observed",  "pointed",  "admitted",  "admits",    "acknowledged", "suggested",
    "suggests",   "mentioned",  "recalled",  "revealed", "concluded", "contended", "clear",        "thinks",
    "expects",    "hopes",      "reports",   "fears",    "worries",   NULL};
/* words that end the object search: a new clause or a new predicate */
static const char *const CLAUSE_STOP[] = {
    "that",  "which",  "who", "whom",  "whose",  "while", "whereas", "but",  "because", "although", "though", "when",
    "where", "unless", "if",  "will",  "would",  "is",    "are",     "was",  "were",    "has",      "have",   "had",
    "can",   "could",  "may", "might", "should", "must",  "shall",   "does", "did",     "whether",  NULL};
static const char *const LIGHT_VERBS[] = {
    "launch",       "launched",      "launches",     "launching", "conduct",    "conducted",  "conducting",
    "carry",        "carried",       "carrying",     "make",      "made",       "makes",      "making",
    "stage",        "staged",        "staging",      "wage",      "waged",      "waging",     "mount",
    "mounted",      "hold",          "held",         "holds",     "holding",    "take",       "took",
    "taken",        "fly",           "flew",         "flown",     "flying",     "fire",       "fired",
    "fires",        "firing",        "order",        "ordered",   "orders",     "ordering",   "began",
    "begin",        "begins",        "beginning",    "started",   "start",      "starts",     "starting",
    "organised",    "organized",     "organises",    "organizes", "organising", "organizing", "orchestrated",
    "orchestrates", "orchestrating", "masterminded", NULL};
/* "flew a joint patrol", "fired a barrage", "ordered the expulsion of", "began the Zapad military exercises",
   "organised an arson attack" */
static const char *const BE_AUX[] = {"was", "were", "is", "are", "been", "be", "being", "get", "gets", "got", NULL};
/* negations: "vetoed sanctions on A" (no sanctions), "declined to condemn A", "to limit chip sales to A",
 * "rejected negotiations with A" */
static const char *const NEG[] = {
    "not",       "never",      "no",        "without",    "neither",  "nor",       "cannot",      "refrained",
    "refrain",   "refrains",   "refused",   "refuse",     "refuses",  "denied",    "denies",      "deny",
    "failed",    "vetoed",     "veto",      "vetoes",     "blocked",  "blocks",    "opposed",     "opposes",
    "oppose",    "declined",   "declines",  "decline",    "resisted", "resists",   "resist",      "halt",
    "halted",    "halts",      "stop",      "stopped",    "stops",    "ban",       "banned",      "bans",
    "restrict",  "restricted", "restricts", "curb",       "curbed",   "curbs",     "limit",       "limits",
    "suspended", "suspends",   "suspend",   "abstained",  "abstain",  "abstains",  "abstaining",  "paused",
    "pause",     "pauses",     "rejected",  "rejects",    "reject",   "rejecting", "banning",     "blocking",
    "avoided",   "avoids",     "avoid",     "avoiding",   "halting",  "stopping",  "restricting", "curbing",
    "limiting",  "suspending", "refusing",  "vetoing",    "bar",      "bars",      "barred",      "barring",
    "prevent",   "prevents",   "prevented", "preventing", "delayed",  "delays",    "delay",       "delaying",
    "postponed", "postpones",  "postpone",  "postponing", "refusal",  NULL};
static const char
    *const MODAL[] = {"could",       "would",       "may",        "might",       "should",     "if",        "unless",
                      "whether",     "potentially", "possibly",   "perhaps",     "accused",    "alleged",   "allegedly",
                      "suspected",   "reportedly",  "expected",   "expects",     "expect", /* claims and expectations,
                                                                                              not facts */
                      "considering", "considers",   "considered", "mulling",     "mulls",      "weighing",  "weighed",
                      "weighs",      "mulled",      "plans",      "conditioned", "planned",    "planning",  "proposed",
                      "proposes",    "possible",    "preparing",  "prepares",    "threatened", "threatens", "threaten",
                      "threatening", NULL}; /* intentions: "Japan is considering sending";
                                               threats: "threatened tariffs" */
/* before the clause: "if A attacks", "denied that A attacked" */
static const char *const SUBORD[] = {"if",       "unless",   "whether", "potential",   "prospect",
                                     "denied",   "denies",   "deny",    "denying",     "expect",
                                     "expects",  "expected", "reports", "claims",      "allegations",
                                     "evidence", "rumours",  "rumors",  "speculation", NULL};
/* (and the claims no one has shown: "reports that A shipped", "no evidence that A supplied") */
/* "to" + trigger is an intention ("encouraged Seoul to join") unless these say it happens */
static const char *const REALIS_TO[] = {"continue", "continues", "continued", "began", "begun",  "start", "started",
                                        "starts",   "managed",   "used",      "went",  "agreed", "agree", "agrees",
                                        "decided",  "ability",   "able",      "voted", NULL};
static const char *const POSS_PRON[] = {"its", "their", NULL};
static const char *const CONJ[] = {"and", "or", "nor", NULL}; /* "Neither A nor B has": a list, negated (rel_cues) */
static const char *const BETWEEN[] = {"between", "among", NULL};
static const char *const ARTICLES[] = {"the", "a", "an", "these", "those", "any", "another", NULL};
static const char *const AND_BUT[] = {"and", "but", NULL}; /* after a comma: a new clause */
/* people who act for a state: "officials from A and B met", "the leaders of A and B agreed" */
static const char *const AGENTS_OF[] = {
    "officials",   "representatives", "delegations", "delegates", "diplomats",  "envoys",      "leaders",  "ministers",
    "negotiators", "officers",        "troops",      "forces",    "soldiers",   "governments", "heads",    "militaries",
    "navies",      "delegation",      "army",        "armies",    "navy",       "government",  "advisers", "advisors",
    "aides",       "lawmakers",       "commanders",  "board",     "presidents", "chiefs",      NULL};
/* ("the board of the IAEA passed a resolution demanding", "the presidents of A and B signed") */

/* Lists of the rarer tests, whose bits (rel_word.cue2) a token does not
 * carry: its word entry holds them (word_in2). */
static const char *const SUBCLAUSE[] = {"after",    "before", "when",    "while", "because", "since",
                                        "although", "though", "whereas", "until", "once",    NULL};
/* words the object search stops at: a clause or an adjunct of its own ("after Ankara criticised", "amid
 * tensions with China", "since Prime Minister Albanese took office"; "until 2030" is mostly a time, and
 * stays) */
static const char *const OBJ_STOP[] = {"after", "before", "ahead",   "prior", "during",
                                       "amid",  "amidst", "despite", "since", NULL};
/* "in response to A", "in retaliation for A", "in the face of A": a cause, not an object; "in the
 * presence of A": a witness, no party */
static const char *const CAUSE[] = {"response", "retaliation", "reaction", "reprisal",
                                    "revenge",  "face",        "presence", NULL};
/* verbs whose object is the trigger's noun, its subject the trigger's: "announced a new pact" (a
 * reporting verb too), "approved a possible sale of F-16 parts to Turkey", "have a strategic
 * partnership", "formed an alliance", "reached a ceasefire", "observed a truce", "agreed a support
 * package", "filed a genocide case", "concluded negotiations", "adopted a package of sanctions",
 * "is preparing a ground offensive", "signed a bill imposing sanctions on A", "posted a threat against A",
 * "attended the talks" */
static const char *const NOUN_VERBS[] = {
    "announced",   "announces",     "announce",    "announcing",  "unveiled",    "unveils",    "unveil",
    "declared",    "declares",      "approved",    "approves",    "approve",     "authorized", "authorised",
    "cleared",     "have",          "has",         "had",         "having",      "forged",     "forge",
    "forges",      "forging",       "established", "establish",   "establishes", "formed",     "form",
    "forms",       "maintain",      "maintains",   "maintained",  "reached",     "reach",      "reaches",
    "reaching",    "observed",      "observe",     "observes",    "observing",   "respected",  "respect",
    "respects",    "respecting",    "agreed",      "agree",       "agrees",      "filed",      "file",
    "files",       "filing",        "lodged",      "lodge",       "lodges",      "claimed",    "claims",
    "claiming",    "brought",       "bring",       "brings",      "bringing",    "strengthen", "strengthened",
    "strengthens", "strengthening", "deepen",      "deepened",    "deepens",     "deepening",  "boost",
    "boosted",     "boosts",        "boosting",    "expand",      "expanded",    "expands",    "expanding",
    "bolster",     "bolstered",     "bolsters",    "bolstering",  "enhance",     "enhanced",   "enhances",
    "enhancing",   "reinforce",     "reinforced",  "reinforces",  "reinforcing", "broaden",    "broadened",
    "broadens",    "broadening",    "concluded",   "conclude",    "concludes",   "concluding", "adopted",
    "adopt",       "adopts",        "adopting",    "passed",      "pass",        "passes",     "imposed",
    "impose",      "imposes",       "imposing",    "proposed",    "propose",     "proposes",   "proposing",
    "introduced",  "introduce",     "introduces",  "slapped",     "slap",        "slaps",      "preparing",
    "prepare",     "prepares",      "prepared",    "planning",    "planned",     "plan",       "plans",
    "plotting",    "plotted",       "considering", "mulling",     "weighing",    "weighed",    "mulled",
    "signed",      "signs",         "sign",        "signing",     "issued",      "issues",     "issue",
    "issuing",     "extended",      "extend",      "extends",     "extending",   "renewed",    "renew",
    "renews",      "renewing",      "tightened",   "tighten",     "tightens",    "tightening", "suspended",
    "suspend",     "suspends",      "suspending",  "halted",      "halt",        "halts",      "halting",
    "reinstated",  "reinstate",     "reinstates",  "reinstating", "reimposed",   "reimpose",   "reimposes",
    "reimposing",  "charged",       "charge",      "charges",     "charging",    "levied",     "levy",
    "levies",      "levying",       "raised",      "raise",       "raises",      "raising",    "hiked",
    "hike",        "hikes",         "hiking",      "posted",      "post",        "posts",      "posting",
    "voiced",      "voice",         "voices",      "voicing",     "attended",    "attend",     "attends",
    "attending",   "restored",      "restore",     "restores",    "restoring",   "revived",    "revive",
    "revives",     "reviving",      NULL};
/* (the verbs that grow a relation take its noun as a predicate too: "strengthen the alliance") */
/* "drones launched by A struck B", "troops sent by A attacked B": A acts through them */
static const char *const WIELDED[] = {"launched", "fired",      "operated", "flown",     "piloted", "deployed",
                                      "sent",     "dispatched", "led",      "commanded", NULL};
/* "upgraded their relationship to a strategic partnership": the subject's too */
static const char *const UPGRADE[] = {"upgraded", "upgrade", "upgrades", "upgrading", "elevated", "elevate",
                                      "elevates", "raised",  "raise",    "raises",    NULL};
/* "hackers linked to A", "militias backed by A": the unnamed group acts for A */
static const char *const LINKED[] = {"linked", "tied",   "backed",    "affiliated", "associated", "aligned",
                                     "loyal",  "allied", "sponsored", "connected",  NULL};
static const char *const REL_PRON[] = {"who", "whose", "which", "whom", NULL};
/* "an airstrike that killed A": what an attack did names its target */
static const char *const EFFECT[] = {"killed",    "hit",       "disrupted", "damaged", "destroyed", "wounded",
                                     "paralysed", "paralyzed", "crippled",  "knocked", "injured",   NULL};
static const char *const THAT[] = {"that", NULL};
/* "warned Japan against deploying", "barred Russia from attending": the object acts, if at all */
static const char *const AGAINST[] = {"against", NULL};
/* "prompting condemnation from A": A acts on the clause's subject */
static const char *const PROMPT[] = {"prompting", "prompted", "drawing",   "drew",     "triggering", "triggered",
                                     "sparking",  "sparked",  "provoking", "provoked", NULL};
/* "Ukraine received F-16 jets from Denmark": a supply seen from the buyer, if goods are named */
static const char *const RECEIVE[] = {"receive", "receives", "received", "receiving", "took",
                                      "take",    "takes",    "taking",   NULL}; /* "took delivery of" */
static const char *const GOODS[] = {"weapons",      "arms",       "jets",       "aircraft",   "fighters",
                                    "tanks",        "missiles",   "shells",     "ammunition", "drones",
                                    "rockets",      "artillery",  "munitions",  "systems",    "vehicles",
                                    "helicopters",  "batteries",  "launchers",  "rounds",     "equipment",
                                    "aid",          "assistance", "supplies",   "oil",        "gas",
                                    "fuel",         "grain",      "loans",      "loan",       "funds",
                                    "funding",      "shipments",  "shipment",   "deliveries", "delivery",
                                    "howitzers",    "warships",   "submarines", "satellites", "technology",
                                    "technologies", "components", "parts",      "chips",      "semiconductors",
                                    "know-how",     NULL};
/* "ended military cooperation with Paris", "scrapped a deal with", "lifted its tariffs on A", "revoked its
 * defence pact with A", "tore up", "eased restrictions on A": no longer (a negation) */
static const char *const END[] = {
    "ended",    "end",       "ends",      "ending",   "terminated", "terminate", "terminates", "scrapped", "scrap",
    "scraps",   "abandoned", "abandon",   "abandons", "cancelled",  "canceled",  "cancel",     "cancels",  "froze",
    "freeze",   "freezes",   "frozen",    "cut",      "cuts",       "cutting",   "sever",      "severed",  "severs",
    "broke",    "break",     "breaks",    "lifted",   "lift",       "lifts",     "lifting",    "revoked",  "revoke",
    "revokes",  "annulled",  "annul",     "annuls",   "rescinded",  "rescind",   "rescinds",   "tore",     "tear",
    "tears",    "torn",      "eased",     "ease",     "eases",      "easing",    "relaxed",    "relax",    "relaxes",
    "loosened", "loosen",    "loosens",   "removed",  "remove",     "removes",   "removing",   "waived",   "waive",
    "waives",   "lowered",   "lower",     "lowers",   "dropped",    "drop",      "drops",      "dropping", "reverse",
    "reversed", "reverses",  "reversing", NULL};
/* "sanctioned U.S. firms over arms sales to Taiwan": a trigger noun after these is a topic or a cause,
 * whose agent is not the clause's subject */
static const char *const NOMINAL_PREPS[] = {"over",      "about",      "amid",    "amidst", "despite",
                                            "regarding", "concerning", "against", NULL};
/* "a tanker bound for Israel": a destination, no object */
static const char *const DESTINED[] = {"bound", "headed", "destined", "heading", NULL};
/* a supply seen from the buyer: "India bought Russian oil", "Poland will buy helicopters from the US" */
static const char *const BUY[] = {"buy",       "buys",       "bought",   "buying",    "purchase", "purchases",
                                  "purchased", "purchasing", "acquire",  "acquires",  "acquired", "acquiring",
                                  "import",    "imports",    "imported", "importing", "order",    "orders",
                                  "ordered",   "ordering",   NULL};
/* reciprocity: "accused each other", "traded accusations" */
static const char *const EACH[] = {"each", "one", NULL};
static const char *const OTHER[] = {"other", "another", NULL};
static const char *const TRADED[] = {"traded", "trade", "trading", "exchanged", "exchange", "exchanging", NULL};
/* "urged A to attack B", "helped A to evade B": the object of these is the
 * subject of the infinitive after it; not "launched the NCG to give A a
 * say" (the launcher gives). "called on A to", "appealed to A to": the
 * preposition after "call" or "appeal" (object_controls). */
static const char *const OBJ_CONTROL[] = {
    "urge",      "urged",      "urges",      "urging",      "ask",        "asked",        "asks",        "asking",
    "press",     "pressed",    "presses",    "pressing",    "push",       "pushed",       "pushes",      "pushing",
    "pressure",  "pressured",  "pressures",  "pressuring",  "encourage",  "encouraged",   "encourages",  "encouraging",
    "allow",     "allowed",    "allows",     "allowing",    "enable",     "enabled",      "enables",     "enabling",
    "invite",    "invited",    "invites",    "inviting",    "persuade",   "persuaded",    "persuades",   "persuading",
    "force",     "forced",     "forces",     "forcing",     "help",       "helped",       "helps",       "helping",
    "warn",      "warned",     "warns",      "warning",     "order",      "ordered",      "orders",      "ordering",
    "tell",      "told",       "tells",      "telling",     "authorize",  "authorized",   "authorizes",  "authorizing",
    "authorise", "authorised", "authorises", "authorising", "permit",     "permitted",    "permits",     "permitting",
    "require",   "required",   "requires",   "requiring",   "want",       "wanted",       "wants",       "wanting",
    "train",     "trained",    "trains",     "training",    "pay",        "paid",         "pays",        "paying",
    "hire",      "hired",      "hires",      "hiring",      "lobby",      "lobbied",      "lobbies",     "lobbying",
    "advise",    "advised",    "advises",    "advising",    "instruct",   "instructed",   "instructs",   "instructing",
    "convince",  "convinced",  "convinces",  "convincing",  "compel",     "compelled",    "compels",     "compelling",
    "advise",    "advised",    "advises",    "advising",    "instruct",   "instructed",   "instructs",   "instructing",
    "challenge", "challenged", "challenges", "challenging", "implore",    "implored",     "implores",    "imploring",
    "beg",       "begged",     "begs",       "begging",     "prompt",     "prompted",     "prompts",     "prompting",
    "assist",    "assisted",   "assists",    "assisting",   "empower",    "empowered",    "empowers",    "empowering",
    "call",      "called",     "calls",      "calling",     "appeal",     "appealed",     "appeals",     "appealing",
    "recruit",   "recruited",  "recruits",   "recruiting",  "enlist",     "enlisted",     "enlists",     "enlisting",
    "task",      "tasked",     "tasks",      "tasking",     "commission", "commissioned", "commissions", "cause",
    "caused",    "causes",     "causing",    "inspire",     "inspired",   "inspires",     "inspiring",   "incite",
    "incited",   "incites",    "inciting",   "induce",      "induced",    "induces",      "inducing",    "direct",
    "directed",  "directs",    "directing",  "command",     "commanded",  "commands",     "commanding",  "request",
    "requested", "requests",   "requesting", "bribe",       "bribed",     "bribes",       "bribing",     "expect",
    "expected",  "expects",    "expecting",  "need",        "needed",     "needs",        "needing",     "get",
    "got",       "gets",       "getting",    NULL};
static const char *const SUMMON[] = {"summoned", "summons", "summon", "summoning", NULL}; /* the ambassador */
static const char *const PAIR_ANY[] = {"sides", "parties", "allies", NULL};
static const char *const PAIR_COUNTRIES[] = {"countries", "nations",    "states", "governments",
                                             "neighbors", "neighbours", NULL};
static const char *const PAIR_PEOPLE[] = {"leaders", "ministers", "presidents", NULL};
/* "The meeting included A and B", "the talks brought together A and B",
 * "the summit was attended by A and B": who took part */
static const char *const INCLUDE[] = {"included", "includes", "include", "involved", "involves", "involve", NULL};
static const char *const GATHER[] = {"brought", "brings", "bring", "bringing", NULL}; /* + "together" */

enum {
    C2_SUBCLAUSE = 1u << 0,
    C2_SUMMON = 1u << 1,
    C2_OBJ_STOP = 1u << 2,
    C2_CAUSE = 1u << 3,
    C2_NOUN_VERB = 1u << 4,
    C2_LINKED = 1u << 5,
    C2_BOTH = 1u << 6,
    C2_TWO = 1u << 7,
    C2_PAIR_ANY = 1u << 8,
    C2_PAIR_COUNTRIES = 1u << 9,
    C2_PAIR_PEOPLE = 1u << 10,
    C2_REL_PRON = 1u << 11,
    C2_AGAINST = 1u << 12,
    C2_PROMPT = 1u << 13,
    C2_DESTINED = 1u << 14,
    C2_BUY = 1u << 15,
    C2_THAT = 1u << 16,
    C2_EACH = 1u << 17,
    C2_OTHER = 1u << 18,
    C2_TRADED = 1u << 19,
    C2_INCLUDE = 1u << 20,
    C2_GATHER = 1u << 21,
    C2_TOGETHER = 1u << 22,
    C2_ATTENDED = 1u << 23,
    C2_UPGRADE = 1u << 24,
    C2_INTO = 1u << 25,
    C2_IT = 1u << 26,
    C2_HE = 1u << 27,
    C2_THEY = 1u << 28,
    C2_WIELDED = 1u << 29,
    C2_RECEIVE = 1u << 30,
    C2_PAIR = C2_PAIR_ANY | C2_PAIR_COUNTRIES | C2_PAIR_PEOPLE
};
/* bits past an enumerator's (ISO C: an int) */
#define C2_GOODS (UINT64_C(1) << 31)
#define C2_END (UINT64_C(1) << 32)
#define C2_NOMINAL_PREP (UINT64_C(1) << 33)
#define C2_ALONG (UINT64_C(1) << 34)
#define C2_JOIN (UINT64_C(1) << 35)
#define C2_RESPONSIBILITY (UINT64_C(1) << 36)
#define C2_ACROSS (UINT64_C(1) << 37)
#define C2_INCLUDING (UINT64_C(1) << 38)
#define C2_COUNTERPART (UINT64_C(1) << 39)
#define C2_OBJ_CONTROL (UINT64_C(1) << 40)
#define C2_DAY (UINT64_C(1) << 41)
#define C2_RULE (UINT64_C(1) << 42)
#define C2_OUT (UINT64_C(1) << 43)
#define C2_EXPEL (UINT64_C(1) << 44)
#define C2_FORCES (UINT64_C(1) << 45)
#define C2_BACKED (UINT64_C(1) << 46)
#define C2_LED (UINT64_C(1) << 47)
#define C2_CALL (UINT64_C(1) << 48)
#define C2_HELP (UINT64_C(1) << 49)
#define C2_AS (UINT64_C(1) << 50)
#define C2_SUCH (UINT64_C(1) << 51)
#define C2_AT (UINT64_C(1) << 52)
#define C2_EFFECT (UINT64_C(1) << 53)
#define C2_OFF (UINT64_C(1) << 54)
#define C2_UNDER (UINT64_C(1) << 55)
#define C2_COME (UINT64_C(1) << 56)
#define C2_THEIR (UINT64_C(1) << 57)
#define C2_BELIEF (UINT64_C(1) << 58)
#define C2_PERSONS (UINT64_C(1) << 59)
#define C2_DEAL (UINT64_C(1) << 60)
#define C2_PENALTY (UINT64_C(1) << 61)
#define C2_HACKERS (UINT64_C(1) << 62)
#define C2_ACCUSED (UINT64_C(1) << 63)

/* A cue-word list and its bit. */
typedef struct {
    const char *const *words;
    uint64_t bit;
} cue_list;

static const cue_list CUE2_LISTS[] = {
    {SUBCLAUSE, C2_SUBCLAUSE},
    {SUMMON, C2_SUMMON},
    {OBJ_CONTROL, C2_OBJ_CONTROL},
    {(const char *const[]){"rule", "rules", "ruled", "ruling", NULL}, C2_RULE},
    {(const char *const[]){"out", NULL}, C2_OUT},
    {(const char *const[]){"expel", "expels", "expelled", "expelling", NULL}, C2_EXPEL},
    {(const char *const[]){"forces",     "troops",       "soldiers",  "fighters",  "units",      "vessels",
                           "vessel",     "ships",        "ship",      "boats",     "boat",       "warships",
                           "aircraft",   "drones",       "bombers",   "warplanes", "submarines", "mercenaries",
                           "marines",    "paratroopers", "commandos", "brigade",   "brigades",   "battalion",
                           "battalions", "contingent",   NULL},
     C2_FORCES}, /* armed forces: "expelled two Chinese vessels" (rel_force_expelled) */
    {(const char *const[]){"backed", "supported", "sponsored", "funded", "armed", "aligned", "allied", "affiliated",
                           "linked", "inspired", "trained", "brokered", "mediated", "recognised", "recognized", NULL},
     C2_BACKED}, /* "Iran-backed Houthis", "a US-brokered ceasefire" (compound_head) */
    {(const char *const[]){"led", "based", "controlled", "run", "owned", "operated", "occupied", "held", "annexed",
                           NULL},
     C2_LED}, /* "the Russian-led CSTO", "Russian-occupied Crimea" */
    {(const char *const[]){"call", "calls", "called", "calling", "push", "pushes", "pushed", "pushing", "press",
                           "presses", "pressed", "pressing", NULL},
     C2_CALL}, /* "called for stable ties", "mediators push for a truce" */
    {(const char *const[]){"help", "helps", "helped", "helping", NULL}, C2_HELP}, /* "helped retake Kursk" */
    {(const char *const[]){"hostages",  "hostage",   "prisoners", "prisoner", "detainees", "captives",
                           "children",  "civilians", "refugees",  "migrants", "bodies",    "remains",
                           "nationals", "citizens",  "suspects",  "suspect",  "workers",   "labourers",
                           "laborers",  "body",      "child",     NULL},
     C2_PERSONS}, /* "handed over four Israeli hostages to A": people moved, no supply (rel_persons_moved) */
    {(const char *const[]){"deal", "deals", "agreement", "agreements", "accord", "accords", "pact", "pacts", "treaty",
                           "treaties", "terms", "obligations", "commitments", "bargain", "compromise", "balance",
                           "chord", "tone", NULL},
     C2_DEAL}, /* "struck a trade deal with A", "breached the nuclear deal": no attack (rel_deal_struck) */
    {(const char *const[]){"sanctions", "tariffs", "tariff", "penalties", "duties", "levies", "fines", "restrictions",
                           "fees", "curbs", "embargo", "embargoes", "ban", "bans", "controls", NULL},
     C2_PENALTY}, /* "hit Russia with new sanctions": a sanction (rel_hit_with_penalty) */
    {(const char *const[]){"hackers", "hacker", "hacking", "cyber", "cyberspies", "cybercriminals", "ransomware", NULL},
     C2_HACKERS}, /* "Russian hackers attacked Ukrainian banks": a cyberattack (rel_hackers_at) */
    {(const char *const[]){"accused", "suspected", "charged", "blamed", NULL},
     C2_ACCUSED}, /* "officials it accused of supplying drones": the officials' supplying (accused_of) */
    {(const char *const[]){"as", NULL}, C2_AS},
    {(const char *const[]){"at", NULL}, C2_AT},
    {EFFECT, C2_EFFECT},
    {(const char *const[]){"off", "up", NULL}, C2_OFF}, /* "cut off", "tore up" */
    {(const char *const[]){"under", NULL}, C2_UNDER},
    {(const char *const[]){"their", "they", NULL}, C2_THEIR}, /* "their meeting", "where they signed" */
    {(const char *const[]){"believe", "believes", "believed", "suspect", "suspects", "suspected", "allege",   "alleges",
                           "alleged", "claim",    "claims",   "claimed", "assess",   "assesses",  "assessed", "think",
                           "thinks",  "fear",     "fears",    "contend", "contends", "speculate", NULL},
     C2_BELIEF}, /* ", US officials believe." closing a sentence (rel_belief_tail) */
    {(const char *const[]){"came", "come", "comes", "coming", NULL}, C2_COME},
    {(const char *const[]){"such", "well", "same", NULL}, C2_SUCH}, /* "such as A", "as well as A" */
    {(const char *const[]){"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
                           "yesterday", "tonight", NULL},
     C2_DAY},
    {OBJ_STOP, C2_OBJ_STOP},
    {CAUSE, C2_CAUSE},
    {NOUN_VERBS, C2_NOUN_VERB},
    {LINKED, C2_LINKED},
    {(const char *const[]){"both", NULL}, C2_BOTH},
    {(const char *const[]){"two", NULL}, C2_TWO},
    {PAIR_ANY, C2_PAIR_ANY},
    {PAIR_COUNTRIES, C2_PAIR_COUNTRIES},
    {PAIR_PEOPLE, C2_PAIR_PEOPLE},
    {REL_PRON, C2_REL_PRON},
    {AGAINST, C2_AGAINST},
    {PROMPT, C2_PROMPT},
    {DESTINED, C2_DESTINED},
    {BUY, C2_BUY},
    {THAT, C2_THAT},
    {EACH, C2_EACH},
    {OTHER, C2_OTHER},
    {TRADED, C2_TRADED},
    {INCLUDE, C2_INCLUDE},
    {GATHER, C2_GATHER},
    {(const char *const[]){"together", NULL}, C2_TOGETHER},
    {(const char *const[]){"attended", NULL}, C2_ATTENDED},
    {UPGRADE, C2_UPGRADE},
    {WIELDED, C2_WIELDED},
    {RECEIVE, C2_RECEIVE},
    {GOODS, C2_GOODS},
    {END, C2_END},
    {NOMINAL_PREPS, C2_NOMINAL_PREP},
    {(const char *const[]){"along", "alongside", NULL}, C2_ALONG},
    {(const char *const[]){"joined", "join", "joins", "joining", NULL}, C2_JOIN},
    {(const char *const[]){"responsibility", "credit", NULL}, C2_RESPONSIBILITY},
    {(const char *const[]){"across", "throughout", "inside", NULL}, C2_ACROSS},
    {(const char *const[]){"including", NULL}, C2_INCLUDING},
    {(const char *const[]){"counterpart", "counterparts", NULL}, C2_COUNTERPART},
    {(const char *const[]){"into", NULL}, C2_INTO},
    {(const char *const[]){"it", NULL}, C2_IT},
    {(const char *const[]){"he", "she", NULL}, C2_HE},
    {(const char *const[]){"they", "we", "them", NULL}, C2_THEY},
};

/* One bit per list (and per word the scans test alone); a token's tok.cue
 * holds the bits of every list it is in, so a test is one AND. */
enum {
    C_DET = 1u << 0,
    C_PREP = 1u << 1,
    C_OBJ_PREP = 1u << 2,
    C_AGENT_PREP = 1u << 3,
    C_NEAR_PREP = 1u << 4,
    C_REPORT = 1u << 5,
    C_CLAUSE_STOP = 1u << 6,
    C_LIGHT_VERB = 1u << 7,
    C_BE_AUX = 1u << 8,
    C_NEG = 1u << 9,
    C_MODAL = 1u << 10,
    C_SUBORD = 1u << 11,
    C_REALIS_TO = 1u << 12,
    C_POSS_PRON = 1u << 13,
    C_CONJ = 1u << 14,
    C_BETWEEN = 1u << 15,
    C_ARTICLE = 1u << 16,
    C_AND_BUT = 1u << 17,
    C_S = 1u << 18, /* "'s" */
    C_T = 1u << 19, /* "n't" */
    C_NOT = 1u << 20,
    C_ONLY = 1u << 21,
    C_TO = 1u << 22,
    C_FROM = 1u << 23,
    C_BY = 1u << 24,
    C_OF = 1u << 25,
    C_FOR = 1u << 26,
    C_ON = 1u << 27,
    C_IN = 1u << 28,
    C_AGENTS_OF = 1u << 29,
    C_WITH = 1u << 30
};
#define C_DISCUSS (1u << 31) /* an enumerator cannot hold it (ISO C: an int) */

static const cue_list CUE_LISTS[] = {
    {DETS, C_DET},
    {PREPS, C_PREP},
    {OBJ_PREPS, C_OBJ_PREP},
    {AGENT_PREPS, C_AGENT_PREP},
    {NEAR_PREPS, C_NEAR_PREP},
    {REPORT, C_REPORT},
    {CLAUSE_STOP, C_CLAUSE_STOP},
    {LIGHT_VERBS, C_LIGHT_VERB},
    {BE_AUX, C_BE_AUX},
    {NEG, C_NEG},
    {MODAL, C_MODAL},
    {SUBORD, C_SUBORD},
    {REALIS_TO, C_REALIS_TO},
    {POSS_PRON, C_POSS_PRON},
    {CONJ, C_CONJ},
    {BETWEEN, C_BETWEEN},
    {ARTICLES, C_ARTICLE},
    {AND_BUT, C_AND_BUT},
    {AGENTS_OF, C_AGENTS_OF},
    {(const char *const[]){"s", NULL}, C_S},
    {(const char *const[]){"t", NULL}, C_T},
    {(const char *const[]){"not", NULL}, C_NOT},
    {(const char *const[]){"only", NULL}, C_ONLY},
    {(const char *const[]){"to", NULL}, C_TO},
    {(const char *const[]){"from", NULL}, C_FROM},
    {(const char *const[]){"by", NULL}, C_BY},
    {(const char *const[]){"of", NULL}, C_OF},
    {(const char *const[]){"for", NULL}, C_FOR},
    {(const char *const[]){"on", NULL}, C_ON},
    {(const char *const[]){"in", NULL}, C_IN},
    {(const char *const[]){"with", NULL}, C_WITH},
    {(const char *const[]){"discuss", "discusses", "discussed", "discussing", NULL}, C_DISCUSS},
};

/* The rarest tests' lists (rel_word.cue3), past cue2's 64 bits. */
#define C3_BORDER (UINT64_C(1) << 0)
#define C3_CARRYING (UINT64_C(1) << 1)
#define C3_HIS_HER (UINT64_C(1) << 2)
#define C3_BEHIND (UINT64_C(1) << 3)
#define C3_VOW (UINT64_C(1) << 4)
#define C3_REPRISAL (UINT64_C(1) << 5)
#define C3_ARMS (UINT64_C(1) << 6)
#define C3_GIVE (UINT64_C(1) << 7)
#define C3_TRADE (UINT64_C(1) << 8)
#define C3_FORCED (UINT64_C(1) << 9)
#define C3_STOPPAGE (UINT64_C(1) << 10)
#define C3_MEMBER (UINT64_C(1) << 11)
#define C3_MADE (UINT64_C(1) << 12)
#define C3_WELCOME (UINT64_C(1) << 13)
#define C3_OBJ_PRON (UINT64_C(1) << 14)
#define C3_NAMED (UINT64_C(1) << 15)
#define C3_DELIBERATE (UINT64_C(1) << 16)
#define C3_ALLEGE (UINT64_C(1) << 17)
#define C3_PROPOSAL (UINT64_C(1) << 18)
#define C3_MESSAGE (UINT64_C(1) << 19)
#define C3_ENVOY (UINT64_C(1) << 20)
#define C3_BACKERS (UINT64_C(1) << 21)
#define C3_PRINCIPAL (UINT64_C(1) << 22)
#define C3_CURRENCY (UINT64_C(1) << 23)
#define C3_READY (UINT64_C(1) << 24)
#define C3_CIVIL (UINT64_C(1) << 25)
#define C3_SENDS_AWAY (UINT64_C(1) << 26)
#define C3_DIPLOMAT (UINT64_C(1) << 27)
#define C3_LEAVE (UINT64_C(1) << 28)
#define C3_SCOURGE (UINT64_C(1) << 29)
#define C3_COUNTER (UINT64_C(1) << 30)
#define C3_WISH (UINT64_C(1) << 31)
#define C3_OFFER (UINT64_C(1) << 32)
#define C3_DOCUMENT (UINT64_C(1) << 33)
#define C3_AMOUNT (UINT64_C(1) << 34)
#define C3_ROUTE (UINT64_C(1) << 35)
#define C3_DETAINEE (UINT64_C(1) << 36)
#define C3_THING (UINT64_C(1) << 37)
#define C3_TITLE (UINT64_C(1) << 38)
#define C3_REFUGEE (UINT64_C(1) << 39)
#define C3_TRAVEL (UINT64_C(1) << 40)
#define C3_OFFICE (UINT64_C(1) << 41)
#define C3_AIRSPACE (UINT64_C(1) << 42)
#define C3_TERROR (UINT64_C(1) << 43)
#define C3_IRREGULAR_PAST (UINT64_C(1) << 44)
#define C3_CALM (UINT64_C(1) << 45)
#define C3_DEAL_NAME (UINT64_C(1) << 46)
#define C3_INFO (UINT64_C(1) << 47)
#define C3_STATEHOOD (UINT64_C(1) << 48)
#define C3_TRAINEES (UINT64_C(1) << 49)
#define C3_MISSION (UINT64_C(1) << 50)
#define C3_GATED (UINT64_C(1) << 51)
#define C3_STRETCH (UINT64_C(1) << 52)
#define C3_SUFFERED (UINT64_C(1) << 53)
#define C3_RULERS (UINT64_C(1) << 54)
#define C3_COVERS (UINT64_C(1) << 55)
#define C3_COMPASS (UINT64_C(1) << 56)
#define C3_STANCE (UINT64_C(1) << 57)
#define C3_RELIEF (UINT64_C(1) << 58)
#define C3_EQUITY (UINT64_C(1) << 59)
#define C3_ALLY (UINT64_C(1) << 60)
#define C3_WARSHIP (UINT64_C(1) << 61)
#define C3_MISSILE (UINT64_C(1) << 62)
#define C3_ROLE (UINT64_C(1) << 63)

static const cue_list CUE3_LISTS[] = {
    {(const char *const[]){"refugees", "refugee", "migrants", "asylum", "displaced", "evacuees", NULL},
     C3_REFUGEE}, /* "hosts 3 million Syrian refugees": people who fled, no visit (rel_refugees) */
    {(const char *const[]){"leader", "chief", "commander", "envoy", "premier", "ruler", "strongman", NULL},
     C3_TITLE}, /* "and North Korean leader Kim Jong Un": a title in lower case (title_left) */
    {(const char *const[]){"measures", "measure", "rules", "restrictions", "controls", "curbs", "tariffs", "policy",
                           "policies", "moves", "move", "steps", "ship", "ships", "vessel", "vessels", NULL},
     C3_THING}, /* "Beijing said the U.S. measures abused ... and vowed": a thing, that vows nothing */
    {(const char *const[]){"hostage",    "hostages",    "prisoner", "prisoners",   "detainee",  "detainees",
                           "captive",    "captives",    "soldiers", "servicemen",  "citizens",  "nationals",
                           "fishermen",  "sailors",     "crew",     "journalists", "activists", "children",
                           "soldier",    "serviceman",  "citizen",  "national",    "fisherman", "sailor",
                           "journalist", "activist",    "tourist",  "tourists",    "student",   "students",
                           "researcher", "researchers", NULL},
     C3_DETAINEE}, /* "released three Israeli hostages": whom one frees (rel_detainees) */
    {(const char *const[]){"border", "borders", "frontier", "frontiers", "boundary", NULL},
     C3_BORDER}, /* "drills near the border with A": A is no partner */
    {(const char *const[]){"carrying", "transporting", "ferrying", "loaded", "laden", NULL},
     C3_CARRYING}, /* "seized a ship carrying weapons to A": the cargo's way, no patient */
    {(const char *const[]){"his", "her", NULL}, C3_HIS_HER}, /* "summoned his Security Council": his own */
    {(const char *const[]){"behind", NULL}, C3_BEHIND},      /* "A was behind the attack on B": A's attack */
    {(const char *const[]){"vow", "vows", "vowed", "vowing", "pledge", "pledges", "pledged", "pledging", "promise",
                           "promises", "promised", "promising", NULL},
     C3_VOW}, /* "vowed revenge against A": a threat (rel_vows_reprisal) */
    {(const char *const[]){"revenge",     "retaliation", "retaliate", "retaliatory",     "avenge",
                           "reprisal",    "reprisals",   "response",  "countermeasures", "counter-measures",
                           "retribution", "punishment",  "punish",    "consequences",    "disarm",
                           "destroy",     "eliminate",   "crush",     "annihilate",      "topple",
                           "oust",        "overthrow",   NULL},
     C3_REPRISAL}, /* "vowed revenge against A", "vowed to disarm Hamas": a threat (rel_vows_reprisal) */
    {(const char *const[]){"weapons",   "weapon",      "arms",      "jets",       "fighter",     "tanks",
                           "missiles",  "missile",     "shells",    "ammunition", "drones",      "rockets",
                           "artillery", "munitions",   "howitzers", "warships",   "submarines",  "launchers",
                           "rounds",    "helicopters", "bombs",     "torpedoes",  "mines",       "interceptors",
                           "rifles",    "guns",        "systems",   "radars",     "radar",       "warplanes",
                           "armoured",  "armored",     "grenades",  "mortars",    "interceptor", NULL},
     C3_ARMS}, /* "provided Moscow with artillery shells": military aid, a supply (rel_arms_given) */
    {(const char *const[]){"provide", "provides", "provided", "providing", "give", "gives", "gave", "giving", "given",
                           NULL},
     C3_GIVE}, /* "provided drones to A" (rel_arms_given; not "help A buy weapons", "fund A's weapons programs") */
    {(const char *const[]){"imports", "exports", "goods", "products", "shipments", "steel", "aluminium", "aluminum",
                           NULL},
     C3_TRADE}, /* "tariffs on imports from A": A is the target (rel_under_penalty) */
    {(const char *const[]){"forced", "forcing", "compelled", "compelling", NULL},
     C3_FORCED}, /* "forced Russia to withdraw": what the object was made to do is done (made_to) */
    {(const char *const[]){"blockade", "blockades", "suspension", "freeze", "cutoff", "cut-off", "embargo",
                           "restrictions", "curbs", "ban", NULL},
     C3_STOPPAGE}, /* "Israel's blockade of aid", "the suspension of US aid": the aid stopped (stopped_by); "lifted
                      restrictions on defence cooperation with A": stopped, and the stop ended */
    {(const char *const[]){"member",    "members",   "ally",   "allies",    "neighbour",   "neighbor", "neighbours",
                           "neighbors", "rival",     "rivals", "adversary", "adversaries", "foe",      "foes",
                           "country",   "countries", "state",  "states",    "nation",      "nations",  NULL},
     C3_MEMBER}, /* "a NATO member that": another state than the name (antecedent) */
    {(const char *const[]){"supplied", "made", "built", "provided", "donated", "manufactured", "designed", "produced",
                           "funded", "financed", "imported", "flagged", "registered", "owned", "operated", "based",
                           NULL},
     C3_MADE}, /* "fired US-supplied missiles": the maker of the goods, no actor (maker_compound); "a
                     Greek-flagged tanker", "a U.S.-owned factory": its flag state, its owner is not attacked */
    {(const char *const[]){"welcome", "welcomes", "welcomed", "welcoming", NULL},
     C3_WELCOME}, /* "welcomed Kishida to Seoul": a host (rel_welcomed_to) */
    {(const char *const[]){"him", "her", "them", NULL},
     C3_OBJ_PRON}, /* "warned him against attacking B": the subject is the pronoun's (rel_scan_left) */
    {(const char *const[]){"named", "called", "dubbed", "codenamed", "code-named", "titled", NULL},
     C3_NAMED}, /* "an exercise named Freedom Edge": the trigger's own name, no partner (prep_role) */
    {(const char *const[]){"referendum", "referendums", "referenda", "plebiscite", "vote", "votes", "voted", "voting",
                           "debate", "debates", "debated", "decision", "decide", "decides", "decided", "question",
                           "proposal", "proposals", NULL},
     C3_DELIBERATE}, /* "a referendum on joining the EU": what is weighed, not done (on_deliberation) */
    {(const char *const[]){"alleged", "alleges", "allege", "alleging", "claimed", "claims", "claiming", "suspected",
                           "suspects", NULL},
     C3_ALLEGE}, /* "the US alleged Chinese hackers had breached": a claim (rel_cues) */
    {(const char *const[]){"proposal", "proposals", "plan", "plans", "initiative", "draft", "blueprint", "roadmap",
                           NULL},
     C3_PROPOSAL}, /* "an Egyptian-Qatari ceasefire proposal": its authors, no parties (rel_proposal_after) */
    {(const char *const[]){"letter",          "letters",    "message",     "messages",    "email",
                           "emails",          "invitation", "invitations", "condolences", "greetings",
                           "congratulations", "warning",    "warnings",    "note",        "signal",
                           "signals",         "response",   "reply",       "request",     "requests",
                           "protest",         "protests",   "complaint",   "complaints",  NULL},
     C3_MESSAGE}, /* "sent a letter to A", "sent phishing emails to A": words, no goods (rel_persons_moved) */
    {(const char *const[]){"envoy", "envoys", "emissary", "emissaries", "delegation", "delegations", "diplomat",
                           "diplomats", "officials", "negotiators", NULL},
     C3_ENVOY}, /* "sent an envoy to Moscow", "would send officials to Quito": a visit (rel_envoy_sent) */
    {(const char *const[]){"backers", "supporters", "partners",   "sponsors",  "patrons",     "allies",
                           "ally",    "friends",    "neighbours", "neighbors", "rivals",      "adversaries",
                           "enemies", "foes",       "critics",    "opponents", "predecessor", "successor",
                           "wife",    "husband",    "widow",      "son",       "daughter",    NULL},
     C3_BACKERS}, /* "Ukraine's Western backers": others than the name (possessed_relation) */
    {(const char *const[]){"behalf", "critics", "opponents", "dissidents", NULL},
     C3_PRINCIPAL}, /* "on behalf of A", "critics of A": A is no object (prep_role) */
    {(const char *const[]){"dollars", "euros", "yuan", "pounds", "rubles", "roubles", "rupees", "yen", "won", NULL},
     C3_CURRENCY}, /* "tariffs on 30 billion Canadian dollars of American goods": an amount, no object */
    {(const char *const[]){"ready", "open", "willing", "prepared", "eager", "keen", NULL},
     C3_READY}, /* "ready for talks with A": wished for, not held (rel_cues) */
    {(const char *const[]){
         "field",       "fields",    "oilfield",    "oilfields",   "gasfield",   "shale",       "mine",
         "mining",      "deposit",   "deposits",    "reserves",    "minerals",   "lithium",     "copper",
         "nickel",      "cobalt",    "oil",         "gas",         "energy",     "solar",       "hydropower",
         "refinery",    "port",      "ports",       "seaport",     "airport",    "railway",     "railways",
         "highway",     "bridge",    "pipeline",    "pipelines",   "vaccine",    "vaccines",    "infrastructure",
         "tourism",     "farmland",  "agriculture", "wheat",       "grain",      "coal",        "crude",
         "lng",         "petroleum", "diesel",      "electricity", "fertiliser", "fertilisers", "fertilizer",
         "fertilizers", "uranium",   NULL},
     C3_CIVIL}, /* "jointly develop a lithium mine": economic, not military, work (rel_civil_codevelopment);
                   "supplies natural gas to Spain": trade (rel_trade_goods) */
    {(const char *const[]){"declared", "declares", "declare", "declaring", "ordered", "orders", "order", "ordering",
                           "gave", "gives", "give", "giving", "told", "tells", "tell", "telling", "instructed", NULL},
     C3_SENDS_AWAY}, /* "declared two diplomats persona non grata", "ordered the ambassador to leave" */
    {(const char *const[]){"ambassador", "ambassadors", "diplomat", "diplomats", "envoy", "envoys", "consul", "consuls",
                           "attache", "attaches", "charge", NULL},
     C3_DIPLOMAT},
    {(const char *const[]){"persona", "leave", "leaves", "leaving", "left", "quit", "quits", "quitting", NULL},
     C3_LEAVE}, /* a trigger said after its object (rel_post_object) */
    {(const char *const[]){"terrorism", "terror",         "terrorists", "extremism",   "extremists",  "militants",
                           "jihadists", "insurgents",     "insurgency", "rebels",      "corruption",  "crime",
                           "crimes",    "cybercrime",     "smuggling",  "trafficking", "traffickers", "smugglers",
                           "piracy",    "pirates",        "drugs",      "drug",        "cartels",     "gangs",
                           "poverty",   "disinformation", "pandemic",   "fishing",     NULL},
     C3_SCOURGE}, /* "A and B vowed to fight terrorism": side by side (rel_fights_thing) */
    {(const char *const[]){"counter", "deter", "confront", "contain", "resist", "repel", "thwart", "defeat",
                           "counterbalance", NULL},
     C3_COUNTER}, /* "vowed to strengthen the navy to counter A": no cooperation with A (rel_countered) */
    {(const char *const[]){"urge",       "urged",       "urges", "urging", "request", "requested", "requests",
                           "requesting", "want",        "wants", "wanted", "wanting", "encourage", "encouraged",
                           "encourages", "encouraging", "seek",  "seeks",  "sought",  "seeking",   "favour",
                           "favours",    "favoured",    "favor", "favors", "favored", "hope",      "hoped",
                           "hopes",      "hoping",      "ask",   "asks",   "asked",   "asking",    NULL},
     C3_WISH}, /* "urged dialogue with A", "wants closer ties with A", "hoped ties with A would not suffer": wished
                  for, not there (rel_cues) */
    {(const char *const[]){"offer", "offers", "proposal", "proposals", "invitation", "invitations", "overture",
                           "overtures", "call", "calls", "request", "requests", NULL},
     C3_OFFER}, /* "rejected offers of talks from Seoul": what is offered, then who offers (rel_scan_right) */
    {(const char *const[]){"order",       "orders",     "law",         "laws",       "bill",        "bills",
                           "decree",      "decrees",    "legislation", "resolution", "resolutions", "regulation",
                           "regulations", "rules",      "measure",     "measures",   "policy",      "policies",
                           "directive",   "directives", "memo",        NULL},
     C3_DOCUMENT}, /* "signed an executive order targeting China": aimed at, no attack (rel_hit_by_other) */
    {(const char *const[]){"more",   "than", "less",   "fewer",  "least",  "at",       "about",     "nearly",
                           "almost", "some", "over",   "dozen",  "dozens", "hundreds", "thousands", "several",
                           "scores", "two",  "three",  "four",   "five",   "six",      "seven",     "eight",
                           "nine",   "ten",  "eleven", "twelve", "twenty", "hundred",  NULL},
     C3_AMOUNT}, /* "struck more than a dozen Houthi targets": an amount before the object */
    {(const char *const[]){"link",     "links",    "road",      "roads",    "railway",   "railways",
                           "railroad", "pipeline", "pipelines", "corridor", "corridors", "route",
                           "routes",   "highway",  "highways",  "cable",    "cables",    "line",
                           "lines",    "bridge",   "bridges",   "tunnel",   "canal",     NULL},
     C3_ROUTE}, /* "a rail link from Iraq to the Turkish border": the thing's ends, no source or recipient */
    {(const char *const[]){"minister", "president", "ambassador", "spokesman", "spokeswoman", "spokesperson",
                           "official", "diplomat", "general", "secretary", "adviser", "advisor", "chancellor", NULL},
     C3_OFFICE}, /* "the Dutch economy minister said he": one person of the state (pronoun_holder) */
    {(const char *const[]){"airspace", NULL}, C3_AIRSPACE}, /* "violated Estonian airspace" (rel_object_word_missing) */
    {(const char *const[]){"met",    "held",    "struck",     "fought", "sent",   "took", "spoke", "sold",  "bought",
                           "broke",  "shot",    "led",        "gave",   "flew",   "drew", "froze", "threw", "won",
                           "sought", "brought", "understood", "made",   "kept",   "saw",  "found", "lost",  "paid",
                           "chose",  "began",   "knew",       "built",  "became", "left", NULL},
     C3_IRREGULAR_PAST}, /* "attended a summit and met Xi": a past form without "-ed" (past_verb) */
    {(const char *const[]){"restraint", "escalation", "de-escalate", "de-escalation", "calm", "hostilities", "war",
                           "fighting", NULL},
     C3_CALM}, /* "urged both countries to avoid further escalation": the pair that clashed (rel_pair_object) */
    {(const char *const[]){"terrorist", "terrorists", "terror", NULL},
     C3_TERROR}, /* "designated the Houthis a terrorist organisation" (rel_object_word_missing) */
    {(const char *const[]){"flights", "flight", "travel", "tours", "cruises", NULL},
     C3_TRAVEL}, /* "offered refunds on flights to Japan": where they go, no recipient */
    {(const char *const[]){"agreement", "agreements", "accord", "accords", "declaration", "protocol", "format",
                           "process", "talks", "communique", "memorandum", "framework", "summit", "formula", NULL},
     C3_DEAL_NAME}, /* "signed the Ankara declaration": a city naming the deal (city_named_deal) */
    {(const char *const[]){"intelligence", "information", "data", "report", "reports", "details", "evidence",
                           "investigation", "inquiry", "probe", "briefing", "figures", "statistics", "spying", "spied",
                           NULL},
     C3_INFO}, /* "share intelligence on cocaine shipments to Europe": a topic, no act of theirs (rel_on_topic) */
    {(const char *const[]){"state", "statehood", "independence", "government", "sovereignty", NULL},
     C3_STATEHOOD}, /* "recognised Palestine as a state" (rel_object_word_missing) */
    {(const char *const[]){"troops",   "forces",    "soldiers",   "units",       "unit",     "pilots",
                           "officers", "personnel", "recruits",   "commandos",   "marines",  "army",
                           "navy",     "police",    "cadets",     "battalions",  "brigades", "crews",
                           "fighters", "sailors",   "militants",  "mercenaries", "soldier",  "rebels",
                           "militia",  "militias",  "insurgents", "guerrillas",  NULL},
     C3_TRAINEES}, /* "U.S. Marines train Taiwanese units", "captured two soldiers" (rel_object_word_missing) */
    {(const char *const[]){"consulate", "consulates", "embassy", "embassies", "presence", NULL},
     C3_MISSION}, /* "ordered the closure of Russia's last consulate" (rel_object_word_missing) */
    {(const char *const[]){
         "violate",    "violated",    "violates",    "violating",  "enter",       "entered",     "entering",
         "enters",     "designate",   "designated",  "designates", "designating", "list",        "listed",
         "listing",    "lists",       "closure",     "closed",     "closes",      "closing",     "shut",
         "reduce",     "reduced",     "reduces",     "reducing",   "train",       "trained",     "training",
         "trains",     "recognise",   "recognised",  "recognises", "recognising", "recognition", "recognize",
         "recognized", "recognizes",  "recognizing", "back",       "fired",       "launched",    "tested",
         "approved",   "approves",    "approve",     "approving",  "called",      "calls",       "calling",
         "linked",     "linking",     "troops",      "soldiers",   "capture",     "captured",    "captures",
         "capturing",  "order",       "orders",      "ordered",    "ordering",    "said",        "says",
         "behind",     "responsible", "arm",         "arms",       "armed",       NULL},
     C3_GATED}, /* the one-word triggers of OBJECT_WORD_TRIGGERS, looked up once (rel_object_word_missing) */
    {(const char *const[]){"sea",    "seas",    "strait",   "straits",   "waters",   "gulf",  "channel", "ocean",
                           "border", "borders", "frontier", "frontiers", "corridor", "cable", "cables",  "pipeline",
                           "bridge", "railway", "road",     "island",    "islands",  NULL},
     C3_STRETCH}, /* "drills in the Tasman Sea between A and B": the stretch's ends (sea_between) */
    {(const char *const[]){"killed", "detained", "arrested", "captured", "wounded", "injured", "abducted", "kidnapped",
                           "died", "perished", NULL},
     C3_SUFFERED}, /* "workers detained in a raid", "sailors died in a strike": the subject suffers
                      (rel_passive_victim, rel_suffered_in) */
    {(const char *const[]){"officials", "government", "governments", "leaders", "junta", "juntas", "authorities",
                           "regimes", "ministers", NULL},
     C3_RULERS}, /* "juntas in Mali, Burkina Faso and Niger", "officials in A": the places' own (not "troops in A") */
    {(const char *const[]){"cover", "covers", "covered", "include", "includes", "included", "exclude", "excludes",
                           "excluded", NULL},
     C3_COVERS}, /* "the treaty covers attacks on its coast guard": acts named by nouns (noun_phrase) */
    {(const char *const[]){"eastern", "western", "northern", "southern", "central", "northeastern", "northwestern",
                           "southeastern", "southwestern", NULL},
     C3_COMPASS}, /* "groups in eastern Congo": the preposition before decides (role_word) */
    {(const char *const[]){"position",   "positions",  "stance",  "bid",         "proposal",    "proposals",
                           "candidacy",  "claim",      "claims",  "application", "sovereignty", "integrity",
                           "plan",       "initiative", "demands", "calls",       "call",        "request",
                           "membership", "accession",  "effort",  "efforts",     "mediation",   "move",
                           "decision",   "stand",      "right",   "rights",      NULL},
     C3_STANCE}, /* "backed Iran's position": an endorsement (rel_stance_object) */
    {(const char *const[]){"food", "tents", "medicine", "medicines", "blankets", "rations", "vaccines", "medical",
                           "relief", NULL},
     C3_RELIEF}, /* "sent 1,000 tents and 15 tonnes of food": humanitarian aid (rel_sends_aid) */
    {(const char *const[]){"stake", "stakes", "shares", "share", "stakeholding", NULL},
     C3_EQUITY}, /* "buy out the Russian stake": a company's shares, no goods supplied (rel_buys_equity) */
    {(const char *const[]){"ally", "partner", NULL},
     C3_ALLY}, /* "designated Kenya a major non-NATO ally": cooperation (rel_ally_designated) */
    {(const char *const[]){"warship", "warships", "frigate", "frigates", "destroyer", "destroyers", "corvette",
                           "corvettes", "carrier", "carriers", "submarine", NULL},
     C3_WARSHIP}, /* "sent a frigate to Cyprus": a navy deployed (rel_sent_to_guard) */
    {(const char *const[]){"missile", "missiles", "rocket", "rockets", "icbm", "icbms", "projectile", "projectiles",
                           "satellite", "satellites", NULL},
     C3_MISSILE}, /* "fired a ballistic missile", "launched a spy satellite": a launch, a show of force
                     (rel_object_word_missing) */
    {(const char *const[]){"ally", "allies", "partner", "partners", "backer", "backers", "patron", "sponsor",
                           "supporter", "supporters", "supplier", "suppliers", "protector", NULL},
     C3_ROLE}, /* "Syria, a close ally of Russia,": a partner's role (appositive_role) */
};

/* Sets each list's bit on its words' entries: in rel_word.cue, or cue2 or
 * cue3 for rarer lists (rarity 1 or 2). */
static void add_cue_lists(rel_lexicon *lx, const cue_list *lists, size_t n, int rarity)
{
    for (size_t l = 0; l < n; l++)
        for (const char *const *w = lists[l].words; *w; w++) {
            rel_word *e = rel_word_slot(lx, *w, strlen(*w));
            if (rarity == 2)
                e->cue3 |= lists[l].bit;
            else if (rarity == 1)
                e->cue2 |= lists[l].bit;
            else
                e->cue |= (uint32_t)lists[l].bit;
        }
}

void rel_cue_words_add(rel_lexicon *lx)
{
    add_cue_lists(lx, CUE_LISTS, sizeof CUE_LISTS / sizeof *CUE_LISTS, 0);
    add_cue_lists(lx, CUE2_LISTS, sizeof CUE2_LISTS / sizeof *CUE2_LISTS, 1);
    add_cue_lists(lx, CUE3_LISTS, sizeof CUE3_LISTS / sizeof *CUE3_LISTS, 2);
}

/* ---- token tests ---- */

/* Token i is a word of one of the lists in `set` (C_ bits). (One unsigned
 * compare checks both ends: a negative i wraps around.) */
static int is_word(const sctx *c, long i, uint32_t set)
{
    return (size_t)i < (size_t)c->n && (c->tk[i].cue & set);
}

/* The same, outside any argument mention. */
static int word_in(const sctx *c, long i, uint32_t set)
{
    return (size_t)i < (size_t)c->n && (c->tk[i].cue & set) && c->tk[i].men < 0;
}

/* word_in for the rarer lists (C2_ bits), through the token's word entry. */
static int word_in2(const sctx *c, long i, uint64_t set)
{
    return (size_t)i < (size_t)c->n && c->tk[i].word >= 0 && c->tk[i].men < 0 &&
           (c->lx->wordv[c->tk[i].word].cue2 & set);
}

/* Whether token i is a word of the cue3 lists `set` (outside mentions). */
static int word_in3(const sctx *c, long i, uint64_t set)
{
    return (size_t)i < (size_t)c->n && c->tk[i].word >= 0 && c->tk[i].men < 0 &&
           (c->lx->wordv[c->tk[i].word].cue3 & set);
}

/* 0: not an argument (issue); 1: a thing that can be acted on only; 2: an actor.
 * Types are lower-case words; their first byte leaves at most two names to
 * compare, and most mentions (persons, organisations, countries) none. */
int rel_arg_class(const gaz *g, uint32_t entity)
{
    const char *t = g->ents[entity].type;
    const char *thing = NULL, *thing2 = NULL;
    switch (t[0]) {
    case 'i':
        return strcmp(t, "issue") == 0 ? 0 : 2;
    case 'a':
        thing = "agreement";
        break;
    case 'w':
        thing = "weapon";
        break;
    case 'e':
        thing = "event";
        break;
    case 'l':
        thing = "location";
        break;
    case 't':
        thing = "technology";
        break;
    case 'p':
        if (t[1] != 'r') /* person */
            return 2;
        thing = "programme", thing2 = "program";
        break;
    default:
        return 2;
    }
    return strcmp(t, thing) == 0 || (thing2 && strcmp(t, thing2) == 0) ? 1 : 2;
}

/* The gazetteer type of mention m's entity ("person", "country"...). */
static const char *men_type(const sctx *c, int32_t m)
{
    return c->g->ents[c->d->mentions.v[m].entity].type;
}

static long men_first(const sctx *c, long i)
{
    const int32_t m = c->tk[i].men;
    while (i > 0 && c->tk[i - 1].men == m)
        i--;
    return i;
}

static long men_last(const sctx *c, long i)
{
    const int32_t m = c->tk[i].men;
    while (i + 1 < c->n && c->tk[i + 1].men == m)
        i++;
    return i;
}

static long skip_dets_left(const sctx *c, long i)
{
    while (word_in(c, i, C_DET))
        i--;
    return i;
}

static long skip_dets_right(const sctx *c, long i)
{
    while (word_in(c, i, C_DET))
        i++;
    return i;
}

/* From an opening bracket at i, the index after its closing one. */
static long skip_paren_right(const sctx *c, long i)
{
    assert(rel_is_punct(c, i, "(["));
    return c->tk[i].pair >= 0 ? c->tk[i].pair + 1 : c->n;
}

/* From a closing bracket at i, the index before its opening one. */
static long skip_paren_left(const sctx *c, long i)
{
    assert(rel_is_punct(c, i, ")]"));
    return c->tk[i].pair >= 0 ? c->tk[i].pair - 1 : -1;
}

/* Index after a possessive marker ("'s" or "'") at i, or -1. */
static long after_possessive(const sctx *c, long i)
{
    if (rel_is_punct(c, i, "("))
        i = skip_paren_right(c, i); /* "(GRU)'s" */
    if (!rel_is_punct(c, i, "'"))
        return -1;
    return is_word(c, i + 1, C_S) && c->tk[i + 1].s == c->tk[i].e ? i + 2 : i + 1;
}

/* Whether a preposition other than "of" stands in tokens [from, to):
 * "Hezbollah's commander in an airstrike" is no possessor of the airstrike
 * ("Putin's mention of the supply" is). */
static int prep_in(const sctx *c, long from, long to)
{
    for (long q = from; q < to; q++)
        if (word_in(c, q, C_PREP) && !word_in(c, q, C_OF))
            return 1;
    return 0;
}

/* Token i ends in "ed" (a past form: a verb, not a noun). */
static int past_form(const sctx *c, long i)
{
    if ((size_t)i >= (size_t)c->n) /* "That ..." opening the sentence: no token before */
        return 0;
    const tok *t = &c->tk[i];
    return t->e - t->s > 3 && rel_lower(c->t[t->e - 2]) == 'e' && rel_lower(c->t[t->e - 1]) == 'd';
}

/* Token i is a past form: "-ed", or one of the irregular ones ("met",
 * "struck", "understood": C3_IRREGULAR_PAST). */
static int past_verb(const sctx *c, long i)
{
    return past_form(c, i) || word_in3(c, i, C3_IRREGULAR_PAST);
}

/* Token i may be a verb in the present's third person: a word of more
 * than three letters ending in a single "s" ("supports", not "press"). */
static int present_verb(const sctx *c, long i)
{
    if ((size_t)i >= (size_t)c->n)
        return 0;
    const tok *t = &c->tk[i];
    return t->e - t->s > 3 && c->t[t->e - 1] == 's' && c->t[t->e - 2] != 's' && c->t[t->e - 2] != '\'';
}

/* Token i ends in "ing" (a gerund or participle). */
static int ing_form(const sctx *c, long i)
{
    if ((size_t)i >= (size_t)c->n)
        return 0;
    const tok *t = &c->tk[i];
    return t->e - t->s > 4 && rel_lower(c->t[t->e - 3]) == 'i' && rel_lower(c->t[t->e - 2]) == 'n' &&
           rel_lower(c->t[t->e - 1]) == 'g';
}

/* Token i may be a bare verb ("help Russia fight"): no past form, no final
 * s ("struck Houthi targets" has a noun there). */
static int bare_form(const sctx *c, long i)
{
    return (size_t)i < (size_t)c->n && !past_form(c, i) && rel_lower(c->t[c->tk[i].e - 1]) != 's';
}

/* Whether tokens [from, to) are at most two plain words (no cue word,
 * mention, trigger or punctuation): "lawmakers" in "after South Korean
 * lawmakers visited". */
static int plain_to(const sctx *c, long from, long to)
{
    if (to - from > 2)
        return 0;
    for (long q = from; q < to; q++)
        if ((c->tk[q].flags & (TK_WORD | TK_TRIG)) != TK_WORD || c->tk[q].men >= 0 || (c->tk[q].cue & ~C_AGENTS_OF))
            return 0; /* "troops", "officials" are plain nouns here */
    return 1;
}

/* Whether a word of "and"/"or" stands in tokens [from, to). */
static int conj_in(const sctx *c, long from, long to)
{
    for (long q = from; q < to; q++)
        if (word_in(c, q, C_CONJ))
            return 1;
    return 0;
}

/* Whether "but" lies in tokens [from, to): what is before it is another
 * clause's. */
static int but_in(const sctx *c, long from, long to)
{
    for (long q = from; q < to; q++)
        if (word_in(c, q, C_AND_BUT) && !word_in(c, q, C_CONJ)) /* "but" */
            return 1;
    return 0;
}

/* Whether "and"/"or" and a past form after it lie in tokens [from, to): a
 * predicate of its own ("avoid Japan and halted imports"). */
static int conj_verb_in(const sctx *c, long from, long to)
{
    for (long q = from; q + 1 < to; q++)
        if (word_in(c, q, C_CONJ) && past_form(c, q + 1))
            return 1;
    return 0;
}

/* Whether the name ending at token last is a possessor whose noun, after
 * at most two adjectives, names others by their tie to it ("Ukraine's
 * Western backers", "Russia's allies"): the name is not theirs to stand for. */
static int possessed_relation(const sctx *c, long last)
{
    if (!rel_is_punct(c, last + 1, "'"))
        return 0; /* most names */
    long q = after_possessive(c, last + 1);
    for (long k = q; q >= 0 && k < c->n && k - q <= 2 && (c->tk[k].flags & TK_WORD) && c->tk[k].men < 0; k++)
        if (word_in3(c, k, C3_BACKERS))
            return 1;
    return 0;
}

static int goods_in_tail(const sctx *c, size_t off, long words, uint64_t kinds, uint64_t kinds3, int with);

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
        for (long w = q; w < k; w++)
            if ((c->tk[w].flags & TK_TRIG) || word_in(c, w, C_PREP | C_CONJ))
                return m; /* "Sweden's bid to join NATO": a phrase of its own, not a name's; "Pyongyang's tests and
                             Moscow's support": a list */
        if (goods_in_tail(c, c->tk[men_last(c, k)].e, 2, 0, C3_STANCE, 0))
            return m; /* "backed Moldova's EU bid", "Ukraine's NATO membership": the possessor's stance */
        if (men_last(c, k) + 1 < c->n && (c->tk[men_last(c, k) + 1].flags & TK_TRIG) &&
            !strcmp(men_type(c, c->tk[k].men), "organization"))
            return m; /* "support Gambia's ICJ case against Myanmar": the possessor's case, the court where */
        m = c->tk[k].men;
        *last = men_last(c, k);
    }
}

const rel_word *rel_text_word(const sctx *c, size_t off, size_t *end)
{
    size_t e = off;
    while (e < c->send && rel_word_byte((unsigned char)c->t[e]))
        e++;
    *end = e;
    return e > off ? rel_word_find_any(c->lx, c->t + off, e - off, e - off) : NULL;
}

/* The word that starts after the spaces at text offset off (its end in
 * *end), or NULL: for the tail past the last name, which is not cut into
 * tokens (tail_idle). */
static const rel_word *text_word_after(const sctx *c, size_t off, size_t *end)
{
    while (off < c->send && rel_space_byte((unsigned char)c->t[off]))
        off++;
    return off < c->send ? rel_text_word(c, off, end) : NULL;
}

/* Whether a word with cue bits (cue2 bits2, cue3 bits3) starts within
 * `words` words of the text from offset off, before punctuation: read in
 * the text, where names and a cut tail hold no word entries. */
static int text_cue_within(const sctx *c, size_t off, int words, uint64_t bits2, uint64_t bits3)
{
    for (int n = 0; n < words; n++) {
        size_t end = off;
        const rel_word *w = text_word_after(c, off, &end);
        if (w && ((w->cue2 & bits2) || (w->cue3 & bits3)))
            return 1;
        if (end <= off)
            return 0; /* punctuation, the end */
        off = end;
    }
    return 0;
}

/* Whether "to" follows text offset off past one to three words in lower
 * case (no trigger or cue word: no preposition, conjunction, reporting
 * verb), and no verb after it: "Panama port operations to a group", read
 * in the text (the tail past the last name holds no tokens). */
static int to_past_nouns(const sctx *c, size_t off)
{
    for (int n = 0; n <= 3; n++) {
        while (off < c->send && rel_space_byte((unsigned char)c->t[off]))
            off++;
        if (off >= c->send || c->t[off] < 'a' || c->t[off] > 'z')
            return 0; /* punctuation, a name, the end */
        size_t end;
        const rel_word *w = rel_text_word(c, off, &end);
        if (end - off == 2 && c->t[off] == 't' && c->t[off + 1] == 'o') {
            size_t vend; /* not an infinitive's "to": "received Mart Siimann last month to discuss" */
            const rel_word *v = text_word_after(c, end, &vend);
            return n > 0 && !(v && v->first != v->end);
        }
        if (w && (w->first != w->end || w->cue))
            return 0; /* a trigger, a cue word: "received Malawi according to a transcript" */
        off = end;
    }
    return 0;
}

int rel_goods_named(const sctx *c, int32_t m)
{
    return text_cue_within(c, c->d->mentions.v[m].nend, 3, 0, C3_TRADE);
}

int rel_noun_after(const sctx *c, long l)
{
    if (l + 1 < c->n)
        return plain_to(c, l + 1, l + 2) && (unsigned)(c->t[c->tk[l + 1].s] - 'a') < 26u && !past_form(c, l + 1);
    size_t off = c->tk[l].e; /* the last token: the word after it is read from the text */
    while (off < c->send && rel_space_byte((unsigned char)c->t[off]))
        off++;
    size_t e = off;
    while (e < c->send && rel_word_byte((unsigned char)c->t[e]))
        e++;
    return off < e && (unsigned)(c->t[off] - 'a') < 26u && !(e - off > 3 && c->t[e - 2] == 'e' && c->t[e - 1] == 'd');
}

int rel_bare_name(const sctx *c, int32_t m)
{
    size_t off = c->d->mentions.v[m].nend;
    while (off < c->send && rel_space_byte((unsigned char)c->t[off]))
        off++;
    if (off >= c->send)
        return 1;
    unsigned char b = (unsigned char)c->t[off];
    if (!rel_word_byte(b))
        return b != '\'' && b != '-'; /* not "Russia's oil", "Russian-made jets" */
    size_t end;
    const rel_word *w = rel_text_word(c, off, &end);
    return w && (w->cue & C_PREP) && !(w->cue & C_OF); /* "buy Greenland from Denmark" */
}

/* The head of a compound the mention m ending at *last starts, "A-backed
 * B" or "A-led B": B where B is a name (*last moves to its end); -1 where
 * a plain noun follows a word of backing ("Iran-backed militias": the
 * militias, no name, are not Iran); else m ("Russian-led forces",
 * "Russian-held territory" are Russia's). */
static int32_t compound_head(const sctx *c, long *last, int32_t m)
{
    long h = *last + 1, w = h + 1;
    if (h >= c->n) { /* the last mention: the words after it are read from the text (goods_in_tail) */
        size_t off = c->tk[*last].e, e;
        const rel_word *x = off < c->send && c->t[off] == '-' ? rel_text_word(c, off + 1, &e) : NULL;
        return x && (x->cue2 & C2_BACKED) ? -1 : m;
    }
    if (w >= c->n || !rel_is_punct(c, h, "-") || c->tk[h].s != c->tk[*last].e || c->tk[w].s != c->tk[h].e ||
        !word_in2(c, w, C2_BACKED | C2_LED))
        return m;
    if (w + 1 < c->n && c->tk[w + 1].men >= 0) {
        long l = men_last(c, w + 1);
        if (word_in2(c, w, C2_BACKED) && rel_men_kind(c, c->tk[w + 1].men) == HOME_COUNTRY && rel_noun_after(c, l))
            return -1; /* "Iran-backed Iraqi militias": the militias, not Iraq */
        *last = l;
        return c->tk[w + 1].men;
    }
    return word_in2(c, w, C2_BACKED) ? -1 : m;
}

/* Start of the noun phrase whose head mention starts at np: takes in a
 * possessor "A's [few words]" before it. */
static long possessor_start(const sctx *c, long np)
{
    long q = np - 1;
    for (int w = 0; w < HEAD_WORDS && q >= 0 && c->tk[q].men < 0 && (c->tk[q].flags & (TK_WORD | TK_TRIG)) == TK_WORD;
         w++) {
        if (is_word(c, q, C_S) && rel_is_punct(c, q - 1, "'"))
            break;
        if (c->tk[q].cue & (C_PREP | C_CLAUSE_STOP | C_REPORT | C_CONJ))
            return np; /* a verb or a clause between: "Sudan's army accused Chad" */
        q--;
    }
    if (is_word(c, q, C_S) && rel_is_punct(c, q - 1, "'"))
        q -= 2;
    else if (rel_is_punct(c, q, "'"))
        q--;
    else
        return np;
    if (rel_is_punct(c, q, ")"))
        q = skip_paren_left(c, q);
    return q >= 0 && c->tk[q].men >= 0 ? men_first(c, q) : np;
}

void rel_add_arg(args *a, int32_t m)
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
    if (is_word(c, i, C_T) && rel_is_punct(c, i - 1, "'")) /* didn't, won't */
        return 1;
    if (!word_in(c, i, C_NEG) || (is_word(c, i, C_NOT) && is_word(c, i + 1, C_ONLY)))
        return 0;
    /* "a no-fly zone": "no" in a compound */
    return !(c->tk[i].e - c->tk[i].s == 2 && rel_lower(c->t[c->tk[i].s]) == 'n' && rel_is_punct(c, i + 1, "-"));
}

/* Whether token i is the word w of n bytes (ASCII, lower case; the text's
 * case folded). */
static inline int tok_is_n(const sctx *c, long i, const char *w, size_t n)
{
    return (size_t)i < (size_t)c->n && c->tk[i].e - c->tk[i].s == n && strncasecmp(c->t + c->tk[i].s, w, n) == 0;
}

/* Whether token i is the word w (ASCII case folded): tok_is for a string
 * literal (its length known when compiled), tok_is_str for any string. */
#define tok_is(c, i, w) tok_is_n((c), (i), "" w, sizeof(w) - 1)
static int tok_is_str(const sctx *c, long i, const char *w)
{
    return tok_is_n(c, i, w, strlen(w));
}

/* The token before a day named at i ("Friday", "on Monday"), or i. */
static long skip_day_left(const sctx *c, long i)
{
    if (!word_in2(c, i, C2_DAY))
        return i;
    return is_word(c, i - 1, C_ON) ? i - 2 : i - 1;
}

/* The token after a day named at i ("Friday", "on Monday"), or i. */
static long skip_day_right(const sctx *c, long i)
{
    if (is_word(c, i, C_ON) && word_in2(c, i + 1, C2_DAY))
        return i + 2;
    return word_in2(c, i, C2_DAY) ? i + 1 : i;
}

/* Token i is "has" or "have" (or "had", with past): a perfect's auxiliary. */
static int perfect_aux(const sctx *c, long i, int past)
{
    return tok_is(c, i, "has") || tok_is(c, i, "have") || (past && tok_is(c, i, "had"));
}

/* Token i begins with the lower-case letters of prefix ("deported"). (The
 * first letter is compared first: most tokens differ there.) */
static int word_starts(const sctx *c, long i, const char *prefix)
{
    if (i < 0 || i >= c->n || (c->t[c->tk[i].s] | 0x20) != prefix[0])
        return 0;
    size_t n = strlen(prefix);
    return c->tk[i].e - c->tk[i].s >= n && strncasecmp(c->t + c->tk[i].s, prefix, n) == 0;
}

int rel_targets(const sctx *c, long ti)
{
    return word_starts(c, ti, "target");
}

/* Token i is in a mention. */
static int names_at(const sctx *c, long i)
{
    return i >= 0 && i < c->n && c->tk[i].men >= 0;
}

/* Whether a mention stands in tokens [from, to). */
static int names_in(const sctx *c, long from, long to)
{
    for (long q = from; q < to; q++)
        if (names_at(c, q))
            return 1;
    return 0;
}

/* Whether a word opening an adjunct or a clause ("after", "amid", "when")
 * stands in tokens [from, to). */
static int adjunct_in(const sctx *c, long from, long to)
{
    for (long q = from; q < to; q++)
        if (word_in2(c, q, C2_OBJ_STOP | C2_SUBCLAUSE))
            return 1;
    return 0;
}

/* "summoned the Russian ambassador to protest": the purpose of a summons
 * ("to" at p, a few words after the verb) is carried out by it. */
static int summoned_to(const sctx *c, long p)
{
    for (long q = p - 1; q >= 0 && p - q <= 5 && (c->tk[q].flags & TK_WORD); q--)
        if (word_in2(c, q, C2_SUMMON))
            return 1;
    return 0;
}

/* Token i is a plain lower-case word: no mention, trigger or cue word
 * ("six" in "released six Americans"). */
static int plain_lower(const sctx *c, long i)
{
    return i >= 0 && i < c->n && (c->tk[i].flags & (TK_WORD | TK_TRIG)) == TK_WORD && c->tk[i].men < 0 &&
           !c->tk[i].cue && (unsigned)(c->t[c->tk[i].s] - 'a') < 26u;
}

/* Whether tokens [from, to) are a name's noun of up to three plain words
 * ending in a force ("a Chinese coast guard ship", "Chinese ships"), the
 * noun a verb form of the lexicon ("ships") may be. */
static int force_noun_to(const sctx *c, long from, long to)
{
    if (to <= from || to - from > 3 || !word_in2(c, to - 1, C2_FORCES))
        return 0;
    for (long q = from; q < to - 1; q++)
        if (!plain_lower(c, q))
            return 0;
    return 1;
}

/* Token i names a message or a statement ("a letter", "a statement", "an
 * interview"): after "in", where something was said. */
static int in_message(const sctx *c, long i)
{
    static const char *const SAID_IN[] = {"statement", "statements", "speech", "interview", "post",
                                          "report",    "briefing",   "op-ed",  NULL};
    if (word_in3(c, i, C3_MESSAGE))
        return 1;
    for (int k = 0; SAID_IN[k]; k++)
        if (tok_is_str(c, i, SAID_IN[k]))
            return 1;
    return 0;
}

/* Token i is a bare verb that acts against what follows it ("help drive
 * Ukrainian forces out", "help counter China"): whom it names is no one
 * helped. */
static int hostile_bare_verb(const sctx *c, long i)
{
    static const char *const OUSTING[] = {"drive", "push", "chase", "kick", "oust", "evict", "dislodge", NULL};
    if (!bare_form(c, i) || c->tk[i].men >= 0)
        return 0;
    if (word_in3(c, i, C3_COUNTER))
        return 1;
    if (!plain_lower(c, i))
        return 0;
    for (int k = 0; OUSTING[k]; k++)
        if (tok_is_str(c, i, OUSTING[k]))
            return 1;
    return 0;
}

/* Whether tokens [from, to) are up to four plain lower-case words, "and"
 * between them: goods ("canola oil and pork"), or none. */
static int plain_run(const sctx *c, long from, long to)
{
    if (to - from > 4)
        return 0;
    for (long q = from; q < to; q++)
        if (!plain_lower(c, q) && !(q > from && is_word(c, q, C_CONJ)))
            return 0;
    return 1;
}

/* Token i is a word in lower case (a trigger's too). */
static int lower_word(const sctx *c, long i)
{
    return (size_t)i < (size_t)c->n && (c->tk[i].flags & TK_WORD) && c->tk[i].men < 0 &&
           (unsigned)(c->t[c->tk[i].s] - 'a') < 26u;
}

/* How many of the document's mentions start before normalised offset off
 * (mentions are in text order; the ones read are near the end). */
static size_t mentions_before(const sctx *c, uint32_t off)
{
    size_t hi = c->d->mentions.n;
    while (hi > 0 && c->d->mentions.v[hi - 1].nstart >= off)
        hi--;
    return hi;
}

/* Whether id stands in the list ids of space-separated ids (" eu asean "). */
static int id_listed(const char *ids, const char *id)
{
    size_t n = strlen(id);
    for (const char *p = strstr(ids, id); p; p = strstr(p + 1, id))
        if (p[-1] == ' ' && p[n] == ' ')
            return 1;
    return 0;
}

/* Definite descriptions and whom each stands for: a group or an agreement
 * (the gazetteer's types) or one of a few organizations (ids: "the
 * alliance" is NATO's or the CSTO's, not the EU's, which "Brussels" names
 * too); describes: the gate's bit for them (rel_doc). */
static const struct {
    const char *word, *ids;
    size_t len;
    unsigned describes;
} DESCRIPTIONS[] = {{"group", NULL, 5, DESCRIBES_GROUP},
                    {"militia", NULL, 7, DESCRIBES_GROUP},
                    {"movement", NULL, 8, DESCRIBES_GROUP},
                    {"bloc", " eu asean ecowas mercosur african-union gcc sco brics csto ", 4, DESCRIBES_BLOC},
                    {"alliance", " nato csto aukus ", 8, DESCRIBES_BLOC},
                    {"watchdog", " iaea ", 8, DESCRIBES_BLOC},
                    {"agency", " iaea ", 6, DESCRIBES_BLOC}, /* (a reporter's news agency as often: the IAEA's
                                                                only if named in the six sentences before) */
                    {"pact", "", 4, DESCRIBES_AGREEMENT},    /* "": an agreement (the gazetteer's type) */
                    {"treaty", "", 6, DESCRIBES_AGREEMENT},
                    {"accord", "", 6, DESCRIBES_AGREEMENT},
                    {"army", NULL, 4, DESCRIBES_ARMY}, /* a country named with its army (rel_army_after) */
                    {"junta", NULL, 5, DESCRIBES_ARMY},
                    {"military", NULL, 8, DESCRIBES_ARMY},
                    {"North", " prk ", 5, DESCRIBES_NORTH}, /* Korea copy's "the North" (capitalised only) */
                    {"kingdom", " sau jor mar bhr tha gbr esp nld bel swe nor dnk khm btn lso swz ton ", 7,
                     DESCRIBES_STATE}, /* the monarchies */
                    {"island", " twn cyp lka isl mlt ", 6, DESCRIBES_STATE},
                    {"Gulf state", " are qat kwt bhr omn sau ", 10, DESCRIBES_STATE}, /* (description_at) */
                    {NULL, NULL, 0, 0}};

static int64_t relation_ending(const sctx *c, long te);
static int cap_plain(const sctx *c, long r);

/* The index in DESCRIPTIONS of a definite description at token q: "the
 * group", "the bloc" (not "the group of experts", nor a name: "the Group
 * of Seven"), DESC_WORLD_BODY for "the world body"; else -1. */
enum { DESC_WORLD_BODY = 99, DESC_NORTH = 13 /* (DESCRIPTIONS' "North") */, DESC_GULF_STATE = 16 };
static int description_at(const sctx *c, long q, int accused)
{
    if (!tok_is(c, q, "the") || q + 1 >= c->n)
        return -1;
    long w = q + 1 + tok_is(c, q + 1, "same"); /* the description's word ("the same group") */
    if (w >= c->n)
        return -1;
    if (c->tk[w].men >= 0) { /* "the Russia-led bloc": the bloc the name leads */
        long l = men_last(c, w);
        if (!rel_is_punct(c, l + 1, "-") || !word_in2(c, l + 2, C2_LED | C2_BACKED))
            return -1;
        w = l + 3;
    }
    if (w + 1 < c->n && tok_is(c, w + 1, "group") && (c->tk[w].flags & (TK_WORD | TK_TRIG)) == TK_WORD &&
        c->tk[w].men < 0 && !c->tk[w].cue)
        w++; /* "the Islamist group", "the rebel group" (in a sentence read for other reasons: the gate looks at the
                word after "the" only) */
    if (w < c->n && c->tk[w].men < 0 && c->t[c->tk[w].s] == 'N' && tok_is(c, w, "north") && !cap_plain(c, w + 1) &&
        c->tk[w + (w + 1 < c->n)].men < 0)
        return DESC_NORTH; /* "the North" (not "the north of the country", "the North Atlantic") */
    if (w + 1 < c->n && c->t[c->tk[w].s] == 'G' && c->tk[w].men < 0 && tok_is(c, w, "gulf") &&
        tok_is(c, w + 1, "state") && !(is_word(c, w + 2, C_OF) && !ing_form(c, w + 3)))
        return DESC_GULF_STATE; /* "the Gulf state", "accused the Gulf state of arming" (not "the Gulf state of
                                   Qatar": named there) */
    if (w >= c->n || c->tk[w].men >= 0 || !lower_word(c, w))
        return -1;
    if (tok_is(c, w, "world") && tok_is(c, w + 1, "body"))
        return DESC_WORLD_BODY;
    if (is_word(c, w + 1, C_OF) && !ing_form(c, w + 2) && !accused)
        return -1; /* ("accused the group of delaying", "accused the agency of bias": the group, the agency) */
    for (int i = 0; DESCRIPTIONS[i].word; i++)
        if (tok_is_str(c, w, DESCRIPTIONS[i].word))
            return i;
    return -1;
}

/* Whether the word w (length k) starts the text t[p..n) and ends there. */
static int word_at(const char *t, size_t n, size_t p, const char *w, size_t k)
{
    return n - p > k && !memcmp(t + p, w, k) && !rel_word_byte((unsigned char)t[p + k]);
}

int rel_army_after(const char *t, size_t n, size_t at)
{
    size_t p = at;
    if (p + 2 < n && t[p] == '\'' && (t[p + 1] | 0x20) == 's')
        p += 2; /* "Sudan's army" */
    if (p + 6 >= n || (unsigned char)t[p] > ' ')
        return 0; /* (a line break may stand for the space) */
    p++;
    switch (t[p]) { /* (most names: another word, one compare) */
    case 'a':
        return word_at(t, n, p, "army", 4) ? ARMY_ARMY : 0;
    case 'j':
        return word_at(t, n, p, "junta", 5) ? ARMY_JUNTA : 0;
    case 'm': { /* "Niger's military junta", "Myanmar's military government" rule; "U.S. military personnel" do not */
        static const char *const RULERS[] = {"junta",  "government",  "rulers",         "regime", "leaders",
                                             "leader", "authorities", "administration", NULL};
        if (!word_at(t, n, p, "military", 8))
            return 0;
        for (int i = 0; RULERS[i]; i++)
            if (word_at(t, n, p + 9, RULERS[i], strlen(RULERS[i])))
                return ARMY_MILITARY | ARMY_JUNTA;
        return ARMY_MILITARY;
    }
    default:
        return 0;
    }
}

/* Whether mention m is of whom description d (description_at) stands for. */
static int described(const sctx *c, int32_t m, int d)
{
    if (d != DESC_WORLD_BODY && DESCRIPTIONS[d].describes == DESCRIBES_ARMY)
        return rel_men_kind(c, m) == HOME_COUNTRY &&
               (rel_army_after(c->t, c->d->nt.len, c->d->mentions.v[m].nend) &
                (DESCRIPTIONS[d].word[0] == 'j' ? ARMY_JUNTA : ARMY_ARMY | ARMY_MILITARY | ARMY_JUNTA));
    /* "Sudan's army ... the army"; "Niger's military government ... the junta" (not "U.S. military personnel") */
    const char *ids = d == DESC_WORLD_BODY ? " un " : DESCRIPTIONS[d].ids;
    if (ids && !*ids)
        return rel_men_kind(c, m) == HOME_AGREEMENT; /* "the pact" */
    if (rel_men_class(c, m) != 2)
        return 0;
    if (!ids)
        return rel_men_kind(c, m) == HOME_GROUP;
    if (d == DESC_NORTH)
        return rel_men_kind(c, m) == HOME_COUNTRY &&
               !strcmp(c->g->ents[c->d->mentions.v[m].entity].id, "prk"); /* "Pyongyang ... the North" */
    if (d != DESC_WORLD_BODY && DESCRIPTIONS[d].describes == DESCRIBES_STATE)
        return rel_men_kind(c, m) == HOME_COUNTRY &&
               id_listed(ids, c->g->ents[c->d->mentions.v[m].entity].id); /* "Saudi Arabia ... the kingdom" */
    if (rel_men_kind(c, m) != HOME_BLOC)
        return 0; /* (most actors: no string compared) */
    return id_listed(ids, c->g->ents[c->d->mentions.v[m].entity].id);
}

/* Whether entity e is stated to use force (rel_type.prior_act) in sentence
 * sent, before this one. */
static int used_force(const sctx *c, uint32_t e, uint32_t sent)
{
    const stated_rel *rv = c->d->rels.v;
    for (size_t i = c->first_rel; i-- > 0 && rv[i].sentence >= sent;)
        if (rv[i].sentence == sent && rv[i].a == e && c->lx->types[rv[i].relation].prior_act == PRIOR_FORCE)
            return 1;
    return 0;
}

/* Whether mention i is the first actor named in its sentence. */
static int first_actor_of_sentence(const sctx *c, size_t i)
{
    const mention *mv = c->d->mentions.v;
    for (size_t k = i; k-- > 0 && mv[k].sentence == mv[i].sentence;)
        if (rel_men_class(c, (int32_t)k) == 2)
            return 0;
    return 1;
}

/* The last actor description d stands for named before token q, in its
 * sentence or the six before it, or -1. */
static int32_t description_antecedent(const sctx *c, long q, int d)
{
    const mention *mv = c->d->mentions.v;
    size_t hi = mentions_before(c, c->tk[q].s);
    int army = d != DESC_WORLD_BODY && DESCRIPTIONS[d].describes == DESCRIBES_ARMY;
    int64_t other = -1; /* a country that opened a sentence since and used force: "Israel struck a depot. The army
                           said" */
    for (size_t i = hi; i-- > 0 && hi - i <= 256 && mv[i].sentence + 6 >= c->sent;) {
        if (described(c, (int32_t)i, d))
            return other < 0 || other == mv[i].entity ? (int32_t)i : -1; /* (Israel's, not Sudan's before) */
        if (army && other < 0 && mv[i].sentence < c->sent && rel_men_kind(c, (int32_t)i) == HOME_COUNTRY &&
            rel_men_class(c, (int32_t)i) == 2 && first_actor_of_sentence(c, i) &&
            used_force(c, mv[i].entity, mv[i].sentence))
            other = mv[i].entity;
    }
    return -1;
}

int rel_description_object(const sctx *c, long te, args *obj)
{
    if (!c->described)
        return 0;                                     /* (most sentences: no group or bloc named near) */
    for (long q = te; q < c->n && q <= te + 4; q++) { /* "signed a deal with the bloc" */
        const tok *k = &c->tk[q];
        if (k->e - k->s == 3 && (c->t[k->s] | 0x20) == 't' &&
            (q == te || word_in(c, q - 1, C_ON | C_TO | C_WITH | C_OF) || word_in2(c, q - 1, C2_AGAINST))) {
            int d = description_at(c, q, q == te && rel_alleged(c, te - 1));
            if (d >= 0 && d != DESC_WORLD_BODY && DESCRIPTIONS[d].ids && !*DESCRIPTIONS[d].ids) {
                int64_t r = relation_ending(c, te);
                if (q > te || r < 0 || r == REL_STOP || c->lx->types[r].symmetric)
                    return 0; /* "China criticised the pact" (not "signed the pact": a new one, as often) */
            }
            int32_t m = d >= 0 ? description_antecedent(c, q, d) : -1;
            if (m < 0)
                return 0;
            rel_add_arg(obj, m);
            return 1;
        }
        if (!lower_word(c, q) || (k->flags & TK_TRIG))
            return 0; /* (plain words only: "a deal with", "sanctions on") */
    }
    return 0;
}

unsigned rel_description_word(const char *w, size_t n)
{
    if (n < 4 || (w[0] != 'g' && w[0] != 'm' && w[0] != 'b' && w[0] != 'a' && w[0] != 'w' && w[0] != 'p' &&
                  w[0] != 't' && w[0] != 'j' && w[0] != 'N' && w[0] != 'k' && w[0] != 'i' && w[0] != 'G')) {
        if (w[0] == 's' && n > 5 && !memcmp(w, "same ", 5))
            return rel_description_word(w + 5, n - 5); /* "the same group" */
        return 0;                                      /* (most words: the first letter of none) */
    }
    for (int i = 0; DESCRIPTIONS[i].word; i++) {
        size_t k = DESCRIPTIONS[i].len;
        if (w[0] == DESCRIPTIONS[i].word[0] && n > k && !memcmp(w, DESCRIPTIONS[i].word, k) &&
            !rel_word_byte((unsigned char)w[k])) {
            return DESCRIPTIONS[i].describes;
        }
    }
    return n > 10 && !memcmp(w, "world body", 10) ? DESCRIBES_BLOC : 0;
}

int rel_bloc_id(const char *id)
{
    for (int i = 0; DESCRIPTIONS[i].word; i++)
        if (DESCRIPTIONS[i].ids && DESCRIPTIONS[i].describes != DESCRIBES_STATE && id_listed(DESCRIPTIONS[i].ids, id))
            return 1;
    return !strcmp(id, "un");
}

unsigned rel_state_described(const char *id)
{
    for (int i = 0; DESCRIPTIONS[i].word; i++)
        if (DESCRIPTIONS[i].describes == DESCRIBES_STATE && id_listed(DESCRIPTIONS[i].ids, id))
            return DESCRIBES_STATE;
    return 0;
}

/* The last token of the name before ", which" or ", whom" opening a
 * clause whose subject is the actor ending at token q (or the pronoun at
 * q: ", whom he has accused"), else -1. */
static long relative_antecedent(const sctx *c, long q)
{
    int pron = q >= 0 && c->tk[q].men < 0 && word_in2(c, q, C2_IT | C2_HE | C2_THEY); /* "whom he has accused" */
    if (q < 0 || (!pron && (c->tk[q].men < 0 || rel_men_class(c, c->tk[q].men) != 2)))
        return -1;
    long r = pron ? q - 1 : skip_dets_left(c, men_first(c, q) - 1);
    if (!pron && r >= 3 && word_in(c, r, C_CONJ) && c->tk[r - 1].men >= 0)
        r = skip_dets_left(c, men_first(c, r - 1) - 1);                          /* "which Athens and Cairo reject" */
    if (r < 2 || !rel_is_punct(c, r - 1, ",") || !word_in2(c, r, C2_REL_PRON) || /* (cheap tests first) */
        !(tok_is(c, r, "which") || tok_is(c, r, "whom")))
        return -1;
    long a = r - 2 - (r >= 3 && lower_word(c, r - 2)); /* "the AUKUS pact, which Beijing has criticised" */
    if (a >= 1 && rel_is_punct(c, a, ")") && (a = skip_paren_left(c, a)) < 0)
        return -1; /* "the Kurdistan Workers' Party (PKK), which": the name before the bracket */
    if (a >= 3 && c->tk[a].men < 0 && rel_is_punct(c, a - 1, "-") && word_in2(c, a, C2_LED) &&
        (c->tk[a - 2].men >= 0 || cap_plain(c, a - 2)))
        a = (c->tk[a - 2].men >= 0 ? men_first(c, a - 2) : a - 2) - 1; /* "Libya's Tripoli-based government, which":
                                                                          past the compound */
    if (a >= 2 && c->tk[a].men < 0 && rel_is_punct(c, a - 1, "'") && tok_is(c, a, "s") && c->tk[a - 2].men >= 0)
        a -= 2; /* "Libya's government, which Athens and Cairo reject": the possessor */
    return c->tk[a].men >= 0 && rel_men_class(c, c->tk[a].men) != 0 ? a : -1;
}

int rel_where_object(const sctx *c, long ti, args *out)
{
    long q = ti - 1;
    while (q >= 0 && ti - q <= 3 && c->tk[q].men < 0 && (plain_lower(c, q) || perfect_aux(c, q, 1)))
        q--; /* "where Turkey has deployed", "where Israel carried out strikes" */
    if (q < 0 || c->tk[q].men < 0 || rel_men_class(c, c->tk[q].men) != 2)
        return 0;
    long w = men_first(c, q) - 1;
    if (w < 2 || !tok_is(c, w, "where") || !rel_is_punct(c, w - 1, ",") || c->tk[w - 2].men < 0 ||
        rel_men_class(c, c->tk[w - 2].men) == 0 || !word_in(c, skip_dets_left(c, men_first(c, w - 2) - 1), C_IN))
        return 0; /* (only "in A, where": not "met in Kazan, where": there the meeting was) */
    rel_add_arg(out, c->tk[w - 2].men);
    return 1;
}

/* The last token of the subject of the verb at ti, past up to two plain
 * words or an auxiliary: "which the Houthis kept attacking", "which Ethiopia
 * has accused", "whom he has accused" (the pronoun). */
static long relative_subject_end(const sctx *c, long ti)
{
    long q = ti - 1;
    while (q >= 0 && ti - q <= 2 && c->tk[q].men < 0 && !word_in2(c, q, C2_IT | C2_HE | C2_THEY) &&
           (plain_lower(c, q) || (word_in2(c, q, C2_NOUN_VERB) && perfect_aux(c, q, 1))))
        q--;
    return q;
}

/* The antecedent's last token when the verb at ti is a relative clause's
 * with a named or pronoun subject ("Israel, which the Houthis kept
 * attacking", "Netanyahu, whom he has accused"), else -1. */
static long relative_object_at(const sctx *c, long ti)
{
    return relative_antecedent(c, relative_subject_end(c, ti));
}

int rel_relative_verb(const sctx *c, long ti)
{
    return relative_object_at(c, ti) >= 0;
}

int rel_relative_object(const sctx *c, long ti, args *out)
{
    long a = relative_object_at(c, ti);
    if (a < 0 || rel_men_kind(c, c->tk[a].men) == HOME_EVENT)
        return 0; /* (not "for its war in Ukraine, which Tehran denies": no war is denied) */
    rel_add_arg(out, c->tk[a].men);
    return 1;
}

int rel_relative_tail(const sctx *c)
{
    return relative_antecedent(c, c->men_last) >= 0;
}

/* Token i is a modal verb in lower case: "would", "might" (not the month
 * "May"). */
static int modal_at(const sctx *c, long i)
{
    static const char *const modals[] = {"would", "could", "might", "may", "should", "will", "can", "must", NULL};
    if (!word_in(c, i, C_CLAUSE_STOP) || rel_lower(c->t[c->tk[i].s]) != c->t[c->tk[i].s])
        return 0;
    for (const char *const *w = modals; *w; w++)
        if (tok_is_str(c, i, *w))
            return 1;
    return 0;
}

/* A modal and a bare verb at token i: "might take". */
static int modal_bare(const sctx *c, long i)
{
    return modal_at(c, i) && bare_form(c, i + 1) && lower_word(c, i + 1);
}

/* "and" right before the verb at v, or before its "has"/"have". */
static int conj_aux_before(const sctx *c, long v)
{
    return word_in(c, v - 1 - perfect_aux(c, v - 1, 0), C_CONJ);
}

/* Whether the reporting verb at p is followed by a name and a modal with a
 * bare verb, then a past form after "and" at v: "said the United States
 * might take back the canal and accused China". */
static int modal_clause(const sctx *c, long p, long v)
{
    long q = skip_dets_right(c, p + 1 + word_in2(c, p + 1, C2_THAT));
    if (!conj_aux_before(c, v) || q >= v || c->tk[q].men < 0)
        return 0;
    long la = men_last(c, q);
    la += rel_is_punct(c, la + 1, ".") && c->tk[la + 1].s == c->tk[la].e; /* "U.S." */
    return modal_bare(c, la + 1);
}

/* Whether the name ending at token q (or its noun there: "Taliban forces")
 * was made to act by the verb before it: "prompted Beijing to threaten",
 * "forced Russia to withdraw" (done, not wished for as in "urged A to"). */
static int made_to(const sctx *c, long q)
{
    if (q >= 1 && lower_word(c, q) && !(c->tk[q].flags & TK_TRIG) && c->tk[q - 1].men >= 0)
        q--; /* "prompting Taliban forces to attack": the name's forces */
    for (long k = q, words = 0; q >= 0 && c->tk[q].men < 0 && k >= 2 && words < 3; words++) {
        if (!lower_word(c, k) || (c->tk[k].flags & TK_TRIG))
            break;
        k--; /* "prompting Lebanon's foreign minister to accuse": the name's minister */
        long s = is_word(c, k, C_S) ? k - 1 : k;
        if (s >= 1 && rel_is_punct(c, s, "'") && after_possessive(c, s) == k + 1 && c->tk[s - 1].men >= 0)
            q = s - 1;
    }
    if (q < 0 || c->tk[q].men < 0)
        return 0;
    long v = skip_dets_left(c, men_first(c, q) - 1);
    while ((word_in(c, v, C_CONJ) || rel_is_punct(c, v, ",")) && v >= 1 && c->tk[v - 1].men >= 0)
        v = skip_dets_left(c, men_first(c, v - 1) - 1); /* "prompting Australia and New Zealand to lodge" */
    return word_in2(c, v, C2_PROMPT) || word_in3(c, v, C3_FORCED);
}

/* Whether token q is the "of" or "on" after a noun that stops what follows:
 * "blockade of", "suspension of", "freeze on"; not one in [lo, ..) that is
 * a negation too, which rel_cues counted ("kept its ban on aid to A"). */
static int stopped_by(const sctx *c, long q, long lo)
{
    if (word_in(c, q - 1, C_OF | C_ON) && plain_lower(c, q))
        q--; /* "restrictions on arms exports to A": a noun before the trigger's */
    long s = skip_dets_left(c, q - 1);
    return word_in(c, q, C_OF | C_ON) && word_in3(c, s, C3_STOPPAGE) && !(s >= lo && is_neg(c, s));
}

static int amount_part(const sctx *c, long i);

/* Whether a negating verb stands before the noun phrase whose name starts
 * at token start, past its determiners, an adjective and an amount:
 * "blocked EU aid", "veto new EU sanctions", "blocked a joint EU
 * statement", "vetoed a 50 billion euro EU aid package". */
static int negated_phrase(const sctx *c, long start)
{
    long q = skip_dets_left(c, start - 1);
    if (q > 0 && !is_neg(c, q) && (c->tk[q].flags & (TK_WORD | TK_TRIG)) == TK_WORD && c->tk[q].men < 0 &&
        rel_lower(c->t[c->tk[q].s]) == c->t[c->tk[q].s])
        q = skip_dets_left(c, q - 1);
    long a = q;
    while (a > 0 && q - a < 5 && amount_part(c, a))
        a--;
    int amount = a < q;
    if (amount)
        q = skip_dets_left(c, a);
    return q >= 0 && start - q <= 4 + 5 * amount && is_neg(c, q);
}

/* Whether a modal verb governs the noun phrase whose subject starts at token
 * start, a few plain words before it: "would seek UN sanctions", "would
 * trigger the snapback of UN sanctions". */
static int modal_phrase(const sctx *c, long start)
{
    for (long q = start - 1; q >= 0 && start - q <= 6 && (c->tk[q].flags & TK_WORD) && c->tk[q].men < 0; q--)
        if (modal_at(c, q) && !tok_is(c, q, "will") && !tok_is(c, q, "can") && !tok_is(c, q, "must"))
            return 1; /* (not "threatened to veto the renewal of EU sanctions": the sanctions are there) */
    return 0;
}

/* Token i is a plain word ending in "ly": an adverb ("overwhelmingly"). */
static int adverb_at(const sctx *c, long i)
{
    return plain_lower(c, i) && c->tk[i].e - c->tk[i].s > 3 && c->t[c->tk[i].e - 2] == 'l' &&
           c->t[c->tk[i].e - 1] == 'y';
}

/* Token i is an adverb that may stand between a clause's subject and its
 * verb: "-ly" or one of a few short ones ("and the EU later imposed"). */
static int subject_adverb_at(const sctx *c, long i)
{
    return adverb_at(c, i) || tok_is(c, i, "later") || tok_is(c, i, "then") || tok_is(c, i, "also") ||
           tok_is(c, i, "soon") || tok_is(c, i, "again") || tok_is(c, i, "already") || tok_is(c, i, "still");
}

/* Before the partners of talks ending at token q, "with A, B and C": the
 * talks' trigger's last token ("with" or the one before it), else q. */
static long talks_partners_left(const sctx *c, long q)
{
    long p = q;
    while (p > 0 && q - p < 12 && (c->tk[p].men >= 0 || rel_is_punct(c, p, ",") || word_in(c, p, C_CONJ | C_DET)))
        p--;
    if (p == q || p < 1 || !is_word(c, p, C_WITH))
        return q;
    return c->tk[p].flags & TK_TRIG_END ? p : p - 1; /* ("talks with" a trigger of its own) */
}

/* Whether the gerund trigger at ts follows a noun or verb of weighing and
 * "on": "a referendum on joining the EU", "voted on joining NATO". */
static int on_deliberation(const sctx *c, long ts)
{
    return ts >= 2 && is_word(c, ts - 1, C_ON) && word_in3(c, ts - 2, C3_DELIBERATE) && ing_form(c, ts);
}

int rel_warned_against(const sctx *c, long te)
{
    return te >= 1 && te + 1 < c->n && (c->t[c->tk[te].s] | 0x20) == 'a' && word_in2(c, te, C2_AGAINST) &&
           ing_form(c, te + 1) && (c->tk[te - 1].flags & TK_TRIG_END) &&
           (word_starts(c, te - 1, "warn") || word_starts(c, te - 1, "caution"));
}

int rel_after_warned_against(const sctx *c, long ti)
{
    if (ti < 2 || ti > c->n)
        return 0;
    if ((c->t[c->tk[ti - 1].s] | 0x20) == 'a')
        return rel_warned_against(c, ti - 1);
    return (c->t[c->tk[ti - 2].s] | 0x20) == 'a' && ing_form(c, ti - 1) && rel_warned_against(c, ti - 2);
}

int rel_war_in_ended(const sctx *c, long ti, long te)
{
    if (te - ti != 2 || !tok_is(c, te - 1, "in") || !word_in(c, ti - 1, C_ARTICLE))
        return 0;
    long q = ti - 2 - is_word(c, ti - 2, C_TO); /* "an end to the war in" */
    return tok_is(c, q, "end") || tok_is(c, q, "ends") || tok_is(c, q, "ended") || tok_is(c, q, "ending");
}

int rel_topic_mention(const sctx *c, long first)
{
    long q = first - 1;
    for (int w = 0;
         w < 4 && q > 0 && (plain_lower(c, q) || word_in(c, q, C_CONJ | C_OF | C_ARTICLE) || c->tk[q].men >= 0); w++)
        q = c->tk[q].men >= 0 ? men_first(c, q) - 1 : q - 1; /* "on Swedish and U.S. technology", "on members of the
                                                                 Iraqi diaspora" */
    return (is_word(c, q, C_ON) || tok_is(c, q, "about")) && word_in3(c, q - 1, C3_INFO);
}

int rel_on_topic(const sctx *c, long ts)
{
    long q = ts - 1;
    while (q > ts - 3 && plain_lower(c, q))
        q--;
    return (is_word(c, q, C_ON) || tok_is(c, q, "about") || tok_is(c, q, "into")) && word_in3(c, q - 1, C3_INFO);
}

/* Whether a negation opens the subject phrase starting at token start:
 * "neither", "nor", "not" or "no", then at most three words ("a
 * single", "of the"; not "that": "no evidence that A supplied" is a claim). */
static int denied_subject(const sctx *c, long start)
{
    for (long q = start - 1;
         q >= 0 && start - q <= 4 && (c->tk[q].flags & (TK_WORD | TK_TRIG)) == TK_WORD && c->tk[q].men < 0 &&
         !word_in2(c, q, C2_THAT); /* (not a verb between: "would not back Ukraine's bid") */
         q--)
        if (word_in(c, q, C_NEG) &&
            (tok_is(c, q, "neither") || tok_is(c, q, "nor") || tok_is(c, q, "not") || tok_is(c, q, "no")))
            return 1;
    return 0;
}

/* Whether the verb of stopping at q ("stop", "halt", "cease", "end") is
 * asked of someone, after "to" and a verb of asking or making: "urged Russia
 * to stop attacking Ukraine", "called on Rwanda to end its support for the
 * M23" (the act goes on: no negation, no wish). */
static int stop_asked(const sctx *c, long q)
{
    if (!is_word(c, q - 1, C_TO) ||
        !(tok_is(c, q, "stop") || tok_is(c, q, "halt") || tok_is(c, q, "cease") || tok_is(c, q, "end")))
        return 0;
    int named = 0; /* whom: a name ("urged Washington to stop"; not "ordered security forces to stop sharing
                      intelligence": the subject's own stop) */
    for (long v = q - 2; v >= 0 && q - v <= 8 && !rel_is_punct(c, v, ",;:"); v--) {
        if (word_in2(c, v, C2_OBJ_CONTROL))
            return named;
        named |= c->tk[v].men >= 0;
    }
    return 0;
}

/* Token q is a negating particle ("not", "never", "no", "neither", "nor",
 * "cannot", "without"), not a verb of refusal ("avoid", "refused"). */
static int neg_particle(const sctx *c, long q)
{
    static const char *const PARTICLES[] = {"not", "never", "no", "neither", "nor", "cannot", "without", NULL};
    for (const char *const *w = PARTICLES; *w; w++)
        if (tok_is_str(c, q, *w))
            return 1;
    return 0;
}

/* Whether the negating particle at q leaves the past-form trigger at ts,
 * after "and", alone: "said he would not bow to pressure and accused A" (a
 * bare verb negated), "said it had no claims on A and called on B" (a noun
 * phrase negated); not "has not attacked and invaded A". So too a trigger
 * after a past form after "and": "would not be intimidated and offered to
 * help A". */
static int unshared_negation(const sctx *c, long q, long ts)
{
    if (!neg_particle(c, q) || !((past_form(c, ts) && word_in(c, ts - 1, C_CONJ)) || conj_verb_in(c, q + 1, ts)))
        return 0;
    if (tok_is(c, q, "no"))
        return !tok_is(c, q + 1, "longer"); /* "no longer supplied and trained A": both no longer */
    long nv = q + 1 + adverb_at(c, q + 1);  /* "would not immediately comment" */
    long object = ts + c->tk[ts].tlen;
    return (plain_lower(c, nv) && bare_form(c, nv)) || tok_is(c, nv, "be") ||        /* "would not be intimidated" */
           (word_in(c, q - 1, C_BE_AUX) && !past_form(c, nv) && !ing_form(c, nv)) || /* "was not for sale" (not
                                                                                        "was not attacked and
                                                                                        invaded") */
           (word_in(c, q - 1, C_BE_AUX) && past_form(c, nv) && past_form(c, ts) && c->tk[ts].tlen == 1 &&
            names_at(c, object)); /* "was not involved and warned Tehran": an active verb, its own object */
}

/* Whether the trigger at ts gives something (aid, supplies), which a
 * "dropped" before it delivers ("dropped aid into Gaza") rather than ends
 * ("dropped its tariffs on A"). */
static int dropped_goods(const sctx *c, long ts)
{
    const rel_type *t = rel_type_at(c, ts);
    return t && (t->aid || t->supply);
}

/* Whether the bare verb at ts ("help", "continue to help") follows "and"
 * in a clause a modal opened, beyond the cue window: "would merge the two
 * armed forces and help Uganda". */
static int modal_coordinated(const sctx *c, long ts)
{
    long v = ts;
    if (is_word(c, v - 1, C_TO) && lower_word(c, v - 2) && bare_form(c, v - 2))
        v -= 2; /* "and continue to cooperate" */
    if (!word_in(c, v - 1, C_CONJ) || !bare_form(c, v) || past_form(c, ts))
        return 0;
    for (long q = v - 2; q >= 0 && v - q <= 10; q--) {
        if (!(c->tk[q].flags & TK_WORD) || c->tk[q].men >= 0 || word_in(c, q, C_REPORT | C_CONJ))
            return 0; /* the clause ends: "said", a name, a comma, another "and" */
        if (word_in(c, q, C_MODAL))
            return c->t[c->tk[q].s] != 'M'; /* (not the month: "in May") */
    }
    return 0;
}

/* Whether the word at v is a form of "confirm" after a negation: "did not
 * confirm", "declined to confirm". */
static int negated_confirm(const sctx *c, long v)
{
    return word_starts(c, v, "confirm") && (is_neg(c, v - 1) || (is_word(c, v - 1, C_TO) && is_neg(c, v - 2)));
}

/* Whether the negation at q is of a confirmation, or a denial paired with
 * one: "did not confirm", "declined to confirm", "neither confirm nor
 * deny". */
static int unconfirmed(const sctx *c, long q)
{
    if (negated_confirm(c, q + 1 + is_word(c, q + 1, C_TO)))
        return 1;
    if ((tok_is(c, q, "nor") || tok_is(c, q, "or")) && word_starts(c, q - 1, "confirm"))
        return 1;
    return word_starts(c, q, "den") && (tok_is(c, q - 1, "nor") || tok_is(c, q - 1, "or")) &&
           word_starts(c, q - 2, "confirm");
}

/* Looks at the words between the subject (ending before `from`) and the
 * trigger at ts, and at the start of the subject's clause (before `start`). */
/* Whether token q is a month or "week", "month", "year" (outside names):
 * the end of a time ("in October", "last week"). */
static int time_word(const sctx *c, long q)
{
    static const char *const TIMES[] = {"january", "february", "march",     "april",   "may",      "june",
                                        "july",    "august",   "september", "october", "november", "december",
                                        "week",    "weekend",  "month",     "year",    NULL};
    if ((size_t)q >= (size_t)c->n || c->tk[q].men >= 0 || !(c->tk[q].flags & TK_WORD))
        return 0;
    for (int k = 0; TIMES[k]; k++)
        if (tok_is_str(c, q, TIMES[k]))
            return 1;
    return 0;
}

void rel_cues(const sctx *c, long start, long from, long ts, int8_t *neg, int8_t *hyp)
{
    long lo = ts;
    for (int w = 0; lo > 0 && w < CUE_WORDS && lo > from;) {
        const tok *k = &c->tk[--lo];
        if (k->word >= 0 && k->men < 0 && (c->lx->wordv[k->word].cue2 & C2_SUBCLAUSE)) {
            lo++; /* "deporting Afghans living in the country without papers, after accusing the Taliban": the
                     clause before is not the adjunct's */
            break;
        }
        w += !amount_part(c, lo); /* (an amount's tokens count as none: "blocked a 6.6 billion euro tranche of military
                                     aid") */
    }
    if (from > lo)
        lo = from;
    if (lo < 0)
        lo = 0;
    if (ts >= 1 && rel_is_punct(c, ts - 1, ",") && ing_form(c, ts))
        lo = ts; /* "A said it would never give up B, rejecting C's calls": the clause before is not the participle's */
    if (from < ts && rel_is_punct(c, from, ","))
        for (long q = from + 1; q < ts; q++)
            if (rel_is_punct(c, q, ",")) { /* "Hungary, which refused to send weapons, criticised": the aside's */
                if (q + 1 > lo)
                    lo = q + 1;
                break;
            }
    if (ts >= 2 && word_in2(c, ts - 1, C2_IT | C2_THEY) && past_form(c, ts) &&
        (plain_lower(c, ts - 2) || (lower_word(c, ts - 2) && (c->tk[ts - 2].flags & TK_TRIG) && !is_neg(c, ts - 2))) &&
        !past_form(c, ts - 2) && !ing_form(c, ts - 2) && ts - 1 > lo)
        lo = ts - 1; /* "suspended a ceasefire declaration it signed with A": the relative clause's own verb */
    if (ts >= 1 && past_form(c, ts) && word_in3(c, ts - 1, C3_DEAL_NAME) && ts > lo)
        lo = ts; /* "suspended a peace declaration signed with A": the participle's, not the suspension's */
    long at = ts >= 2 ? skip_dets_left(c, ts - 1) : -1;
    if (at >= 0 && ts > lo && c->tk[at].e - c->tk[at].s == 2 && c->t[c->tk[at].s] == 'a' && tok_is(c, at, "at") &&
        !past_form(c, ts) && !ing_form(c, ts))
        lo = ts; /* "failed to make progress at talks hosted by A": where it failed, the talks held */
    if (ts >= 2 && is_word(c, ts - 1, C_TO) && word_in3(c, ts - 2, C3_STANCE)) {
        if (ts > lo)
            lo = ts; /* "would not back Ukraine's bid to join the EU": the bid's verb, not the backing's */
        *hyp = 1;    /* (a bid, a plan: sought, not done) */
    }
    long wf = ts >= 3 && (c->tk[ts - 1].cue & (C_FOR | C_DET)) ? skip_dets_left(c, ts - 1) : -1;
    if (wf >= 2 && is_word(c, wf, C_FOR) && tok_is(c, wf - 1, "way") && tok_is(c, wf - 2, "the"))
        *hyp = 1; /* "could pave the way for a meeting between A and B": made possible, not held */
    if (ts >= 3 && is_word(c, ts - 1, C_FOR) && word_in(c, ts - 2, C_AND_BUT))
        for (long q = ts - 3; q >= 1 && ts - q <= 16 && !rel_is_punct(c, q, ".;:"); q--)
            if (word_in2(c, q - 1, C2_CALL) && is_word(c, q, C_FOR)) {
                *hyp = 1; /* "called for new elections in Georgia and for sanctions on B": wished for too */
                break;
            }
    int negs = 0, negated = 0; /* two cancel out: "did not stop supplying", "a \"no limits\" partnership" */
    int asked_stop = 0;        /* "urged Russia to stop attacking Ukraine": the act goes on */
    for (long q = lo; q < ts; q++) {
        if ((c->tk[q].cue & C_NEG || word_in2(c, q, C2_END)) && stop_asked(c, q)) {
            asked_stop = 1;
            continue;
        }
        if (!(c->tk[q].cue & (C_T | C_NEG | C_MODAL))) { /* most words: neither test can hold */
            if (!word_in2(c, q, C2_END | C2_RULE | C2_CALL) || (past_form(c, ts) && conj_in(c, q + 1, ts)))
                continue; /* "ruled out giving up territory and thanked A": the verb after "and" is its own */
            if (word_in2(c, q, C2_CALL) && is_word(c, q + 1, C_FOR))
                *hyp = 1; /* "called for stable ties with Tokyo": wished for, not there */
            long nx = q + 1 + word_in2(c, q + 1, C2_OFF); /* "cut off gas supplies to A", "tore up its pact with A" */
            if (word_in2(c, q, C2_END) &&
                !(word_in(c, nx, C_PREP | C_CONJ) && !(nx + 1 == ts && tok_is(c, nx, "past"))) &&
                !names_in(c, q + 1, ts) &&   /* ("reverse past agreements with A": an adjective) */
                !adjunct_in(c, q + 1, ts) && /* ("ease visa rules after talks": what eased ends before) */
                !(word_starts(c, q, "drop") && dropped_goods(c, ts))) {
                if (start >= 1 && (tok_is(c, start - 1, "until") || tok_is(c, start - 1, "unless")))
                    *hyp = 1; /* "would continue until Israel ended its offensive in Gaza": an end awaited, the act
                                 goes on */
                else
                    negs++; /* "ended military cooperation with A"; not "talks ended with an agreement", "used frozen
                               Russian assets to fund" (what ended is the name's), "the drills ended and A accused" */
            }
            if (word_in2(c, q, C2_RULE) && word_in2(c, q + 1, C2_OUT)) {
                negs++;   /* "ruled out sending troops"; "has not ruled out sending troops": a possibility */
                *hyp = 1; /* (a ruling out speaks of what might be) */
            }
            continue;
        }
        int own = ((c->tk[q].flags & TK_TRIG) || (past_form(c, q) && past_form(c, ts)) ||
                   (past_form(c, ts) && conj_aux_before(c, ts) && q < ts - 2 && !neg_particle(c, q)) ||
                   (!neg_particle(c, q) && conj_verb_in(c, q + 1, ts))) &&
                  conj_in(c, q + 1, ts);   /* a trigger or a past verb with a predicate of its own: "denied sheltering
                                              militants and accused A", "told its citizens to avoid Japan and
                                              suspended imports", "... to avoid Japan and halted imports of" (not
                                              "has not attacked and invaded A") */
        own = own || but_in(c, q + 1, ts); /* "rejected the accusation but said it welcomed U.S. help" */
        own = own || (neg_particle(c, q) && q + 2 < ts && bare_form(c, q + 1) && past_form(c, ts) &&
                      !bare_form(c, ts) && conj_in(c, q + 1, ts)); /* "did not apologise and accused Spain": the
                                                                       past form is no verb the negation governs */
        own = own || (((past_form(c, q) && past_form(c, ts)) || (present_verb(c, q) && present_verb(c, ts))) &&
                      q < ts - 2 && rel_is_punct(c, ts - 1, ",")); /* "rejected that account, accused A of", "junta
                                                                      bars French-funded NGOs, accuses A": a series of
                                                                      verbs */
        own = own || unshared_negation(c, q, ts);
        if (is_neg(c, q) && !own && unconfirmed(c, q)) {
            *hyp = 1; /* "declined to confirm that it supplied", "will neither confirm nor deny reports that": not
                         known, no denial */
            continue;
        }
        if (is_neg(c, q) && !own) {                                    /* not "rejected A's claims and threatened A" */
            negs += !(negated && tok_is(c, q, "nor")); /* "neither condemned nor supported", "did not condemn nor
                                                          sanction": one negation */
            negated = 1;
        }
        if (word_in(c, q, C_MODAL) && !own && c->t[c->tk[q].s] != 'M') /* (not the month: "in May") */
            *hyp = 1; /* not "accused A of B and warned C": the claim is A's, the warning a fact */
    }
    if (stopped_by(c, skip_dets_left(c, (from == ts ? start : ts) - 1), lo))
        negs++;            /* "Israel's blockade of aid to Gaza", "the suspension of US aid to Ukraine" */
    else if (from == ts) { /* "blocked EU aid to Ukraine": a subject inside the noun phrase */
        negs += negated_phrase(c, start);
        *hyp |= modal_phrase(c, start); /* "would trigger the snapback of UN sanctions on Iran" */
    }
    if (from < ts && ing_form(c, ts)) /* "vetoed a UN resolution condemning A", "blocked a joint EU statement
                                         condemning A": the statement condemns no one */
        negs += negated_phrase(c, start);
    long rf = skip_dets_left(c, ts - 1);
    if (is_word(c, rf, C_FOR | C_TO) && word_in3(c, rf - 1, C3_READY))
        *hyp = 1; /* "ready for talks with Washington", "open to dialogue with A" */
    for (int k = 0; k < 2 && plain_lower(c, rf) && !word_in3(c, rf, C3_WISH); k++)
        rf = skip_dets_left(c, rf - 1);
    long fw = is_word(c, rf, C_FOR) && rf >= 1 && c->tk[rf - 1].men >= 0
                  ? skip_dets_left(c, men_first(c, rf - 1) - 1)
                  : rf - 1; /* "asked the European Union for new sanctions on A" */
    if (word_in3(c, rf, C3_WISH) || (is_word(c, rf, C_FOR) && word_in3(c, fw, C3_WISH)))
        *hyp = 1; /* "urged dialogue with A", "wants closer ties with A", "hoped for ties with A": wished for */
    if (tok_is(c, ts - 1, "any") || (from == ts && tok_is(c, start - 1, "any")))
        *hyp = 1; /* "warned Maduro that any attack on Guyana", "any Chinese invasion of Taiwan": none has happened */
    if (is_word(c, ts - 1, C_TO) && tok_is(c, ts - 2, "yet"))
        negs++; /* "have yet to agree": not done (and an infinitive, below) */
    if (start < from && from < ts && denied_subject(c, start)) /* (from == ts: negated_phrase) */
        negs++; /* "Neither China nor India has condemned", "Not a single NATO member has sent" */
    if (negs & 1)
        *neg = 1;
    if (modal_coordinated(c, ts))
        *hyp = 1; /* "said it would merge the two forces and help Uganda" */
    for (long q = start - 1; q >= 0 && q >= start - 8 && !rel_is_punct(c, q, ",;:"); q--)
        if (word_in(c, q, C_SUBORD))
            *hyp = 1;
    long claim = start - 1 - word_in2(c, start - 1, C2_THAT);
    if (word_in3(c, claim, C3_ALLEGE))
        *hyp = 1; /* "the US alleged Chinese hackers had breached", "suspected Russian hackers": a claim */
    if (ts >= 2 && is_word(c, ts - 1, C_ON) &&
        (on_deliberation(c, ts) || ((c->tk[talks_partners_left(c, ts - 2)].flags & TK_TRIG_END) && ing_form(c, ts))))
        *hyp = 1;     /* "a referendum on joining the EU", "held talks on joining NATO", "is in talks with the United
                         States and Britain on joining": weighed, not done */
    long tp = ts - 1; /* the infinitive's "to": "plans to attack", "ready to resume talks" */
    if (!is_word(c, tp, C_TO) && is_word(c, ts - 2, C_TO) &&
        (plain_lower(c, ts - 1) || ((c->tk[ts - 1].flags & TK_TRIG) && lower_word(c, ts - 1))) && bare_form(c, ts - 1))
        tp = ts - 2;                        /* "to send troops to A" too */
    long v = tp - 1 - adverb_at(c, tp - 1); /* "voted overwhelmingly to condemn" */
    if (v >= 2 && is_word(c, tp, C_TO) && !word_in(c, v, C_REALIS_TO) &&
        ((word_in2(c, v, C2_DAY) && is_word(c, v - 1, C_ON)) ||
         ((is_word(c, v - 1, C_IN) || tok_is(c, v - 1, "last")) && time_word(c, v))))
        v -= 2; /* "agreed in October to supply Armenia", "agreed on Wednesday to help Uganda" */
    if (is_word(c, tp, C_TO) && !word_in(c, v, C_REALIS_TO) && c->tk[ts].men < 0 && !summoned_to(c, tp) &&
        !made_to(c, tp - 1) && !asked_stop)
        *hyp = 1; /* "plans to attack"; not "in response to U.S.-ROK drills", a name's dyad */
}

/* ---- right side: objects, agents, "between A and B" ---- */

/* Token r is a capitalised plain word (outside mentions, no trigger). */
static int cap_plain(const sctx *c, long r)
{
    return (size_t)r < (size_t)c->n && c->tk[r].men < 0 && (c->tk[r].flags & (TK_WORD | TK_TRIG)) == TK_WORD &&
           c->t[c->tk[r].s] >= 'A' && c->t[c->tk[r].s] <= 'Z';
}

/* After the capitalised words of a title starting at q ("Secretary of
 * State", "Minister of National Defense"): the index past them. */
static long skip_title_right(const sctx *c, long q)
{
    for (long start = q; q - start < 5; q++)
        if (!cap_plain(c, q) && !(q > start && word_in(c, q, C_OF | C_FOR) && cap_plain(c, q + 1)))
            break;
    return q;
}

/* "his Russian counterpart Sergei Lavrov", "Russian President Vladimir
 * Putin", "the Lebanese group Hezbollah": a person (or an armed group after
 * a country's name) named a few plain words after mention m (ending at
 * *last) is the one meant, m only says where from. Returns the person's
 * mention and moves *last to its end, or returns m. */
static int32_t person_after(const sctx *c, int32_t m, long *last)
{
    long q = *last + 1, words = 0;
    while (q < c->n && words < 5 && c->tk[q].men < 0 && (c->tk[q].flags & (TK_WORD | TK_TRIG)) == TK_WORD) {
        /* a title's "of" ("Minister of National Defense"); past three words only capitalised ones */
        int title_of = words && word_in(c, q, C_OF | C_FOR) && cap_plain(c, q - 1) && cap_plain(c, q + 1);
        if (!title_of && (word_in(c, q, C_PREP | C_CLAUSE_STOP | C_CONJ | C_DET | C_REPORT) ||
                          word_in2(c, q, C2_AS | C2_SUBCLAUSE) || (words >= 3 && !cap_plain(c, q))))
            break; /* not "hits Russian refinery as Witkoff heads to Moscow": a clause of its own */
        q++, words++;
    }
    if (words && rel_is_punct(c, q, ",") && word_in2(c, q - 1, C2_COUNTERPART) && q + 1 < c->n && c->tk[q + 1].men >= 0)
        q++; /* "his South Korean counterpart, Cho Tae-yul," */
    if (q >= c->n || c->tk[q].men < 0 || (!words && rel_men_kind(c, m) != HOME_COUNTRY))
        return m; /* right after: "Chinese President Xi Jinping" (a country's adjective), not "Hezbollah Nasrallah" */
    if (rel_men_kind(c, c->tk[q].men) != HOME_PERSON &&
        !(rel_men_kind(c, c->tk[q].men) == HOME_GROUP && rel_men_kind(c, m) == HOME_COUNTRY))
        return m; /* (but "the Lebanese group Hezbollah", "the Syrian Kurdish YPG": the group) */
    *last = men_last(c, q);
    return c->tk[q].men;
}

/* The words "as well as" start at token q. */
static int as_well_as(const sctx *c, long q)
{
    return tok_is(c, q, "as") && tok_is(c, q + 1, "well") && tok_is(c, q + 2, "as");
}

/* Whether the sentence ends without a full stop after its last token (a
 * headline: "Trump Threatens Tariffs on Canada, Mexico"). */
static int headline_end(const sctx *c)
{
    for (size_t off = c->n ? c->tk[c->n - 1].e : c->sstart; off < c->send; off++)
        if (c->t[off] == '.' || c->t[off] == '!' || c->t[off] == '?' || rel_word_byte((unsigned char)c->t[off]))
            return 0;
    return 1;
}

/* Whether the comma at token cm is the sentence's first and ends a phrase
 * that opens it with a preposition, a gerund or a subordinator, which is
 * not the word right before a name ending there (before; -1 if a noun
 * ends there): "Amid concern over A,", "Citing A's threats,", not "After
 * A, B and C held drills". */
static int opening_phrase(const sctx *c, long cm, long before)
{
    long w = 0;
    while (w < cm && !(c->tk[w].flags & TK_WORD))
        w++; /* a quotation mark */
    if (w >= cm || w == before || c->tk[w].men >= 0 ||
        !(word_in(c, w, C_PREP) || word_in2(c, w, C2_SUBCLAUSE) || ing_form(c, w)))
        return 0; /* (not "Beijing views the cooperation among A, B and C": a name, no gerund) */
    for (long q = w + 1; q < cm; q++)
        if (rel_is_punct(c, q, ","))
            return 0;
    return 1;
}

/* The last token of the names joined by commas and "and"/"or" from the
 * mention ending at token l ("Lithuania, Latvia and Estonia"). */
static long names_run_end(const sctx *c, long l)
{
    for (;;) {
        long q = l + 1 + rel_is_punct(c, l + 1, ",");
        q = skip_dets_right(c, q + word_in(c, q, C_CONJ));
        if (q == l + 1 || q >= c->n || c->tk[q].men < 0)
            return l;
        l = men_last(c, q);
    }
}

/* Past the determiners from token q, and past a plain word between them and
 * an actor's name ("the paramilitary Rapid Support Forces"), or an amount
 * before one ("two Chinese firms"). */
static long dets_adjective_right(const sctx *c, long q)
{
    long d = skip_dets_right(c, q);
    return plain_lower(c, d) && d + 1 < c->n && c->tk[d + 1].men >= 0 && (d > q || word_in3(c, d, C3_AMOUNT)) &&
                   rel_men_class(c, c->tk[d + 1].men) == 2
               ? d + 1
               : d;
}

/* Adds "and B", ", B and C" (or "as well as B") after the mention ending
 * at *last; a list joined by commas only counts once an "and"/"or" closes
 * it. */
static void conj_list(const sctx *c, long *last, args *out, int objects)
{
    args more = {.n = 0};
    long end = *last;
    for (;;) {
        long q = end + 1;
        long pe = after_possessive(c, q), pw;        /* "Pyongyang's launches and Moscow's support": parallel nouns */
        int adjective = pe < 0 && plain_lower(c, q); /* "Dutch jets and Italian planes" too */
        if (adjective || (pe < 0 && word_in(c, q, C_AGENTS_OF)))
            pe = q; /* (or "the Sudanese army and the RSF") */
        pw = pe;
        while (pw >= 0 && pw < c->n && pw - pe < 3 && c->tk[pw].men < 0 && (c->tk[pw].flags & TK_WORD) &&
               !word_in(c, pw, C_CONJ | C_PREP))
            pw++;
        long pn = pw >= 0 ? dets_adjective_right(c, pw + 1) : -1, pa = pw + 1;
        if (adjective && pw > pe && word_in(c, pw, C_CONJ)) { /* "a Russian bank and a Chinese firm", "and two
                                                                   Chinese businessmen" */
            pa = skip_dets_right(c, pa);
            pa += word_in3(c, pa, C3_AMOUNT);
            pn = pa < c->n && c->tk[pa].men >= 0 ? pa : pn;
        }
        if (pw > pe && pe >= 0 && word_in(c, pw, C_CONJ) && pn < c->n && c->tk[pn].men >= 0 &&
            (adjective ? pn == pa && rel_men_class(c, c->tk[pa].men) == 2 &&
                             (plain_lower(c, men_last(c, pa) + 1) || word_in(c, men_last(c, pa) + 1, C_AGENTS_OF) ||
                              (pw == pe + 1 && word_in3(c, pe, C3_TRAINEES))) /* "M23 rebels and Rwandan troops" */
                       : after_possessive(c, men_last(c, pn) + 1) >= 0 ||
                             (pw == pe + 1 && word_in(c, pe, C_AGENTS_OF) && rel_men_class(c, c->tk[pn].men) == 2)))
            q = pw; /* (and "between Sudan's army and the paramilitary RSF": the forces' state, then an actor) */
        if (rel_is_punct(c, q, "("))
            q = skip_paren_right(c, q);
        int comma = rel_is_punct(c, q, ",") && !opening_phrase(c, q, -1); /* not "After talks with A, B and C
                                                                             agreed": the list is the clause's */
        q += comma;
        if (comma && c->tk[q < c->n ? q : 0].men < 0 && !word_in(c, q, C_CONJ)) {
            long a = q; /* ", Ambassador for Security Affairs, and B": skip the apposition */
            while (a < c->n && a - q < 6 && c->tk[a].men < 0 && !rel_is_punct(c, a, ",;:.()"))
                a++;
            if (rel_is_punct(c, a, ","))
                q = a + 1;
        }
        int conj = word_in(c, q, C_CONJ);
        q += conj;
        if (!conj && as_well_as(c, q)) /* "from Germany and Italy, as well as the United States" */
            conj = 1, q += 3;
        q = dets_adjective_right(c, q);
        long tq = (comma || conj) && q < c->n && c->tk[q].men < 0 ? skip_title_right(c, q) : q;
        if (tq > q && tq < c->n && c->tk[tq].men >= 0 && !strcmp(men_type(c, c->tk[tq].men), "person"))
            q = tq; /* "met Aoun and Prime Minister Nawaf Salam" */
        if (!(comma || conj) || q >= c->n || c->tk[q].men < 0) {
            if (more.n && q >= c->n && headline_end(c)) { /* "Trump Threatens Tariffs on Canada, Mexico" */
                for (int i = 0; i < more.n; i++)
                    rel_add_arg(out, more.m[i]);
                *last = end;
            }
            return;
        }
        long l = men_last(c, q);
        int32_t m = person_after(c, possessive_head(c, &l), &l); /* "and South Korean Minister Kim" */
        if (word_in(c, l + 1, C_REPORT)) /* "..., South Korea said" */
            return;
        long le = comma && conj && !more.n ? names_run_end(c, l) : -1;
        le += le >= 0 && word_in(c, le + 1, C_AGENTS_OF) && (past_form(c, le + 2) || word_in(c, le + 2, C_REPORT));
        le += le >= 0 && subject_adverb_at(c, le + 1); /* "and Britain later imposed" */
        if (le >= 0 && le + 1 < c->n && c->tk[le + 1].men < 0 &&
            (past_form(c, le + 1) || (c->tk[le + 1].flags & TK_TRIG) || word_in(c, le + 1, C_CLAUSE_STOP) ||
             word_in(c, le + 1, C_REPORT)))
            return; /* "struck Lebanon, and Hezbollah responded", "with Georgia, and Lithuania, Latvia and Estonia
                       imposed", "for Denmark, and European Union leaders said": a clause of its own, not a list */
        long v = l + 1 + subject_adverb_at(c, l + 1); /* "and the EU later criticised" */
        if (objects && !comma && conj && !more.n && v < c->n && c->tk[v].men < 0 && !is_word(c, v + 1, C_BY) &&
            (((c->tk[v].flags & TK_TRIG) && !word_in(c, v, C_PREP) &&
              (c->t[c->tk[v].e - 1] != 's' || (present_verb(c, v) && !word_in(c, v + 1, C_PREP)))) ||
             (perfect_aux(c, v, 1) && past_verb(c, v + 1))))
            return; /* "suspended consultations with Rwanda and Belgium cut ties with Kigali", "deployed troops in Libya
                       and Egypt supports Haftar", "... and Egypt has backed": a clause of its own (not "and China
                       ties with": a noun) */
        rel_add_arg(&more, m);
        end = l;
        if (conj) {
            for (int i = 0; i < more.n; i++)
                rel_add_arg(out, more.m[i]);
            more.n = 0;
            *last = end;
        }
    }
}

static void conj_right(const sctx *c, long *last, args *out)
{
    conj_list(c, last, out, 0);
}

/* The same after an object: a name before a verb's trigger starts a clause
 * of its own ("suspended consultations with Rwanda and Belgium cut ties":
 * not Belgium; "between A and B ratified" keeps B). */
static void conj_object(const sctx *c, long *last, args *out)
{
    conj_list(c, last, out, 1);
}

/* The "A, B and C" list whose first name starts at q (after determiners;
 * an actor's when actors_only), each named person taking the place of the
 * country before it ("South Korean Minister Kim"), added to out. */
static void list_at(const sctx *c, long q, int actors_only, args *out)
{
    q = skip_dets_right(c, q);
    long tq = q < c->n && c->tk[q].men < 0 ? skip_title_right(c, q) : q;
    if (tq > q && tq < c->n && c->tk[tq].men >= 0 && !strcmp(men_type(c, c->tk[tq].men), "person"))
        q = tq; /* "between Prime Minister Kyriakos Mitsotakis and President Tayyip Erdogan" */
    if (q >= c->n || c->tk[q].men < 0 || (actors_only && rel_men_class(c, c->tk[q].men) != 2))
        return;
    long l = men_last(c, q);
    rel_add_arg(out, person_after(c, possessive_head(c, &l), &l));
    conj_right(c, &l, out);
}

/* Whether mention m names a place (gazetteer type location). */
static int is_place(const sctx *c, int32_t m)
{
    return !strcmp(men_type(c, m), "location");
}

/* Whether one of the arguments in a names a place. */
static int names_place(const sctx *c, const args *a)
{
    for (int i = 0; i < a->n; i++)
        if (is_place(c, a->m[i]))
            return 1;
    return 0;
}

/* Whether a name stands among the few words from token q, before any
 * punctuation, trigger or preposition ("between their ministers in New
 * Delhi": none). */
static int names_soon(const sctx *c, long q)
{
    for (long p = q; p < c->n && p < q + 6 && !(c->tk[p].flags & TK_TRIG) && !rel_is_punct(c, p, ",;:.!?()") &&
                     !word_in(c, p, C_PREP);
         p++)
        if (c->tk[p].men >= 0)
            return 1;
    return 0;
}

/* One side of "between ethnic Serb protesters and NATO peacekeepers" from
 * token q: determiners, a plain word, a name and up to two plain words after
 * it (the people it stands for). The name's mention (its token after in
 * *next), else -1. */
static int32_t group_side(const sctx *c, long q, long *next)
{
    q = skip_dets_right(c, q);
    q += plain_lower(c, q) && q + 1 < c->n && c->tk[q + 1].men >= 0; /* "ethnic" */
    if (q >= c->n || c->tk[q].men < 0)
        return -1;
    long last = men_last(c, q);
    int32_t m = person_after(c, c->tk[q].men, &last); /* "Cambodian Prime Minister Hun Manet" */
    long p = last + 1;
    for (int words = 0; words < 2 && lower_word(c, p) && plain_to(c, p, p + 1); words++)
        p++; /* "protesters", "officials" */
    if (m == c->tk[q].men)
        p = skip_title_right(c, p); /* "Thai acting Prime Minister Phumtham Wechayachai": a name unknown */
    *next = p;
    return m;
}

/* "between [the] A and [the] B" starting at q (after "between"); or two
 * groups named by their actors ("between Serb protesters and NATO
 * peacekeepers"). */
static int between_pair(const sctx *c, long q, args *pair)
{
    long r = skip_dets_right(c, q);
    if (word_in(c, r, C_AGENTS_OF) && word_in(c, r + 1, C_OF | C_FROM))
        q = r + 2; /* "talks between representatives of Mali, Burkina Faso and Niger and ECOWAS": their states */
    pair->n = 0;
    list_at(c, q, 0, pair);
    if (pair->n >= 2)
        return 1;
    long p, end;
    int32_t a = group_side(c, q, &p), b = a >= 0 && tok_is(c, p, "and") ? group_side(c, p + 1, &end) : -1;
    pair->n = 0;
    if (b >= 0 && b != a) {
        rel_add_arg(pair, a);
        rel_add_arg(pair, b);
    }
    return pair->n >= 2;
}

/* True if the mention ending at token last is joined by '-' to another. */
static int dyad_next(const sctx *c, long last)
{
    /* both ends must be mentions: ".-ROK" is no dyad */
    return last >= 0 && c->tk[last].men >= 0 && rel_is_punct(c, last + 1, "-") && last + 2 < c->n &&
           c->tk[last + 2].men >= 0 && c->tk[last + 1].s == c->tk[last].e && c->tk[last + 2].s == c->tk[last + 1].e;
}

/* Whether "between" at token p, after the trigger ending before te,
 * follows a stretch of land or water or a link across it, and an actor is
 * named before the trigger: "a Chinese task group held drills in the Tasman
 * Sea between A and B" (the sea's ends, no parties; but "clashes erupted on
 * the border between A and B"). */
static int sea_between(const sctx *c, long te, long p)
{
    return p > te && c->actor_first >= 0 && c->actor_first < te && word_in3(c, p - 1, C3_STRETCH);
}

static long trigger_start(const sctx *c, long te);

/* "talks were held in 2012, between A and B": a pair named a little further
 * on, past commas and auxiliaries but not past another actor, nor a place
 * unless right after the trigger ("talks between Ethiopia and Somaliland"). */
int rel_find_between(const sctx *c, long te, args *pair)
{
    for (long p = te, words = 0, adjunct = 0; p < c->n && words < RIGHT_WORDS; p++) {
        adjunct |= word_in2(c, p, C2_OBJ_STOP | C2_SUBCLAUSE);
        if (rel_is_punct(c, p, ";:.!?") || (c->tk[p].men >= 0 && rel_men_class(c, c->tk[p].men) == 2) ||
            (adjunct && (c->tk[p].flags & TK_TRIG) && !(c->tk[p].flags & TK_IN_MENTION)))
            return 0; /* (not "agreed to keep channels open after a meeting between A and B": the meeting's pair) */
        if (word_in(c, p, C_BETWEEN)) {
            long v = p > te && (c->tk[p - 1].flags & TK_TRIG_END) ? trigger_start(c, p) : -1;
            if (v > te && (is_word(c, v - 1, C_TO) || past_form(c, v) || ing_form(c, v)))
                return 0; /* "who hosted the talks, has offered to mediate between A and B": the mediation's (not
                             "the Turkey-mediated accord between A and B") */
            if (between_pair(c, p + 1, pair) && (p == te || !names_place(c, pair)) && !sea_between(c, te, p))
                return 1;
            pair->n = 0; /* "a railway between Hanoi and the Chinese border": a thing's ends */
            return 0;
        }
        words += (c->tk[p].flags & TK_WORD) != 0;
    }
    return 0;
}

/* Before an inline markup tag ending at token p ("51<sup>st</sup>"), the
 * token before it, else p. */
static long skip_tag_left(const sctx *c, long p)
{
    for (long q = p - 1; rel_is_punct(c, p, ">") && q >= 0 && q >= p - 4; q--)
        if (rel_is_punct(c, q, "<"))
            return q - 1;
    return p;
}

/* Whether the trigger at ti heads a noun phrase that opens its clause ("The
 * meeting", "The 51st Security Consultative Meeting", ", the trilateral
 * summit"): no verb or name stands before it. */
static int opens_clause(const sctx *c, long ti)
{
    long p = (c->tk[ti].flags & TK_IN_MENTION) ? men_first(c, ti) - 1 : ti - 1;
    if (p < 0)
        return 1; /* "Talks in Geneva included" */
    for (int words = 0; words < 3; words++) {
        p = skip_tag_left(c, p);
        if (p < 0 || (c->tk[p].flags & (TK_WORD | TK_TRIG)) != TK_WORD || c->tk[p].men >= 0 ||
            word_in(c, p, C_DET | C_PREP | C_CLAUSE_STOP | C_CONJ))
            break;
        p--; /* "trilateral", "51st" */
    }
    if (!word_in(c, p, C_DET)) /* a noun's determiner: not "Officials discussed a plan that included" */
        return 0;
    p = skip_dets_left(c, p);
    return p < 0 || rel_is_punct(c, p, ",;:");
}

long rel_find_participants(const sctx *c, long ti, long te, args *pair)
{
    if (!opens_clause(c, ti))
        return -1;
    for (long p = te, words = 0; p < c->n && words < RIGHT_WORDS; p++) {
        if (c->tk[p].men >= 0 && word_in(c, p - 1, C_IN)) { /* "the talks in Geneva were attended by" */
            p = men_last(c, p);
            continue;
        }
        if (rel_is_punct(c, p, ",") && word_in2(c, p + 1, C2_REL_PRON)) {
            long q = p + 2; /* "the talks, which were hosted by A, were attended by": the aside's */
            while (q < c->n && q - p < 12 && !rel_is_punct(c, q, ",;:.!?"))
                q++;
            if (rel_is_punct(c, q, ",")) {
                p = q;
                continue;
            }
        }
        if (rel_is_punct(c, p, ";:.!?") || (c->tk[p].flags & TK_TRIG) ||
            (c->tk[p].men >= 0 && rel_men_class(c, c->tk[p].men) == 2))
            return -1;
        long list = word_in2(c, p, C2_INCLUDE)                                     ? p + 1
                    : word_in2(c, p, C2_GATHER) && word_in2(c, p + 1, C2_TOGETHER) ? p + 2
                    : word_in2(c, p, C2_ATTENDED) && is_word(c, p + 1, C_BY)       ? p + 2
                                                                                   : -1;
        if (list >= 0 && word_in(c, list, C_AGENTS_OF) && word_in(c, list + 1, C_FROM | C_OF))
            list += 2; /* "attended by officials from A and B" */
        if (list >= 0) /* "brought together President Joe Biden, ...", "Secretary of State Antony Blinken" */
            return between_pair(c, skip_title_right(c, list), pair) ? p : -1;
        words += (c->tk[p].flags & TK_WORD) != 0;
    }
    return -1;
}

int rel_topic_verb(const sctx *c, long i)
{
    return word_in(c, i, C_DISCUSS);
}

/* The first token of the trigger whose last token is te - 1, or -1 if
 * none ends there. */
static long trigger_start(const sctx *c, long te)
{
    for (long q = te - 1; q >= 0 && te - q <= REL_MAX_TOKENS; q--)
        if ((c->tk[q].flags & TK_TRIG) && q + c->tk[q].tlen == te)
            return q;
    return -1;
}

/* Whether a verb of discussing ends right before the noun phrase opening at
 * token np, past an article and up to two adjectives ("discussed new French
 * arms supplies"): the phrase is its topic. */
static int discussed_before(const sctx *c, long np)
{
    long q = np - 1;
    for (int w = 0; w < 2 && plain_lower(c, q); w++)
        q--;
    q = skip_dets_left(c, q);
    long t = q >= 0 && (c->tk[q].flags & TK_TRIG_END) ? trigger_start(c, q + 1) : -1;
    return t >= 0 && rel_topic_verb(c, t);
}

/* The relation of the trigger whose last token is te - 1, or -1 if none
 * ends there. */
static int64_t relation_ending(const sctx *c, long te)
{
    long q = trigger_start(c, te);
    return q < 0 ? -1 : (int64_t)c->lx->trigs[c->tk[q].trig].relation;
}

const rel_type *rel_type_at(const sctx *c, long q)
{
    uint32_t r = (c->tk[q].flags & TK_TRIG) ? c->lx->trigs[c->tk[q].trig].relation : REL_STOP;
    return r != REL_STOP ? &c->lx->types[r] : NULL;
}

/* The relation type of the trigger whose last token is te - 1, or NULL if
 * none ends there. */
static const rel_type *type_ending(const sctx *c, long te)
{
    long q = trigger_start(c, te);
    return q < 0 ? NULL : rel_type_at(c, q);
}

/* Its CAMEO code, or "" if none ends there. */
static const char *cameo_ending(const sctx *c, long te)
{
    const rel_type *t = type_ending(c, te);
    return t ? t->cameo : "";
}

/* Whether the name ending at token last opens a compound of goods'
 * making ("US-supplied", "Iranian-made", "Chinese-built") or of backing
 * before a plain noun ("Iran-backed militias attacked"), unless that
 * backing is the trigger ts itself ("a US-brokered ceasefire") or the noun
 * hackers, who act for their state ("Iran-linked hackers targeted"). */
static int maker_compound(const sctx *c, long last, long ts)
{
    if (rel_is_punct(c, last + 1, ".") && c->tk[last + 1].s == c->tk[last].e)
        last++; /* "a U.S.-owned factory": the abbreviation's period */
    if (!rel_is_punct(c, last + 1, "-"))
        return 0;
    if (word_in3(c, last + 2, C3_MADE))
        return !(tok_is(c, last + 2, "based") && rel_hackers_at(c, last + 3)); /* "a Dubai-based exchange" (not
                                                                                  "China-based hackers") */
    long n = last + 3;
    return last + 2 != ts && word_in2(c, last + 2, C2_BACKED) &&
           (rel_noun_after(c, last + 2) ||
            (n < c->n && n != ts && (c->tk[n].flags & TK_TRIG) && c->tk[n].men < 0 && lower_word(c, n) &&
             !past_form(c, n))) && /* "put on hold U.S.-backed talks on normalising ties": the talks' backer */
           !rel_hackers_at(c, last + 3);
}

/* After "what it said were" at token p (a speaker's frame around an
 * object: "struck what it said was a Hezbollah depot"): the token after
 * "were" or "was"; else p. */
static long what_said_end(const sctx *c, long p)
{
    if (c->tk[p].e - c->tk[p].s != 4 || !tok_is(c, p, "what"))
        return p;
    long v = p + 1;
    while (v < c->n && v - p <= 3 && !word_in(c, v, C_REPORT))
        v++; /* "what it said", "what Israeli officials said" */
    return v + 1 < c->n && word_in(c, v, C_REPORT) && (tok_is(c, v + 1, "were") || tok_is(c, v + 1, "was")) ? v + 2 : p;
}

int rel_find_in_place(const sctx *c, long te, args *obj)
{
    int cyber = !strcmp(cameo_ending(c, te), "176");
    for (long p = te, words = 0; p < c->n && words < RIGHT_WORDS; p++) {
        long claimed = what_said_end(c, p);
        if (claimed > p && (p = claimed) >= c->n) /* "struck what it said were militant bases in Pakistan" */
            return 0;
        if (rel_is_punct(c, p, ",") && word_in2(c, p + 1, C2_INCLUDING))
            continue; /* "sanctions on 400 companies, including dozens in China and India" */
        if (rel_is_punct(c, p, ",;:.!?") || word_in(c, p, C_CLAUSE_STOP) ||
            (word_in2(c, p, C2_SUBCLAUSE) && word_in(c, p + 1, C_ARTICLE | C_POSS_PRON)))
            return 0; /* (and "attacked ships until the war in Gaza ended": another clause's place) */
        if (word_in2(c, p, C2_AT) && cyber && (p = skip_dets_right(c, p + 1)) < c->n && c->tk[p].men >= 0 &&
            rel_men_class(c, c->tk[p].men) == 2) {
            rel_add_arg(obj, c->tk[p].men); /* "breached email accounts at the State Department" */
            return 1;
        }
        if (c->tk[p].men >= 0 && rel_men_class(c, c->tk[p].men) == 2) {
            long before = skip_dets_left(c, men_first(c, p) - 1);
            if ((before < te || (before == te && word_in(c, te, C_OBJ_PREP))) &&
                maker_compound(c, men_last(c, p), -1)) {
                /* "strikes on Iranian-backed groups in Iraq": the object's backer (not "shot down drones fired by
                   Iran-backed militias at a base in Syria": an agent's) */
                p = men_last(c, p);
                continue;
            }
            return 0; /* an actor the object search passed over: an adjunct's */
        }
        words += (c->tk[p].flags & TK_WORD) != 0;
        int near = !word_in(c, p, C_IN) && tok_is(c, p, "near"); /* "struck targets near Beirut" */
        if (!word_in(c, p, C_IN) && !word_in2(c, p, C2_ACROSS) && !near)
            continue;
        if (word_in3(c, p - 1, C3_MADE) || (c->tk[p].flags & TK_TRIG))
            return 0; /* "shot down drones made in Iran": the maker is not struck; nor is B in "attack ships in
                         coordination with B", a trigger of its own */
        long q = skip_dets_right(c, p + 1);
        for (int w = 0;
             !near && w < 2 && q < c->n && c->tk[q].men < 0 && (c->tk[q].flags & (TK_WORD | TK_TRIG)) == TK_WORD; w++)
            q++; /* "in southern Lebanon", "at cities across Ukraine" (but "near the border with A": either side) */
        if (q >= c->n || c->tk[q].men < 0)
            continue;
        if (near && goods_in_tail(c, c->d->mentions.v[c->tk[q].men].nend, 1, 0, C3_STRETCH, 0))
            return 0; /* "struck camps near the Malian frontier": either side of it */
        const char *type = men_type(c, c->tk[q].men);
        if (strcmp(type, "country") != 0 &&
            (strcmp(type, "location") != 0 || !*c->g->ents[c->d->mentions.v[c->tk[q].men].entity].country))
            return 0; /* a state's region ("Kursk"), not a sea or a strait (no country) */
        long last = men_last(c, q);
        rel_add_arg(obj, c->tk[q].men);
        conj_right(c, &last, obj); /* "in Ukraine and Japan" */
        return 1;
    }
    return 0;
}

enum { ROLE_OK, ROLE_AGENT, ROLE_BAD };

/* Whether a trigger occurrence starts in tokens [from, to). */
static int trigger_in(const sctx *c, long from, long to)
{
    for (long q = from; q < to; q++)
        if (c->tk[q].flags & TK_TRIG)
            return 1;
    return 0;
}

/* Whether the word after the name ending at token last is a conflict's
 * one-word form and starts no other ("North Korean threats"), read in the
 * text: the tokens of a run may end with the name. */
static int hostile_word_after(const sctx *c, long last)
{
    size_t end;
    const rel_word *w = text_word_after(c, c->tk[last].e, &end);
    int alone = 0; /* a one-word form: "threats" (not "at", which only starts "at war with") */
    for (uint32_t k = w ? w->first : 0; w && k < w->end; k++) {
        uint32_t r = c->lx->trigs[k].relation;
        if (r == REL_STOP || c->lx->types[r].polarity >= 0)
            return 0;
        alone |= c->lx->trigs[k].ntok == 1;
    }
    return alone;
}

/* Whether a trigger of asking (CAMEO 02, 10) starts in tokens [from, to):
 * "Trump's demand to sell Greenland". */
static int demand_in(const sctx *c, long from, long to)
{
    for (long q = from; q < to; q++)
        if (c->tk[q].flags & TK_TRIG) {
            uint32_t r = c->lx->trigs[c->tk[q].trig].relation;
            if (r != REL_STOP && (!strncmp(c->lx->types[r].cameo, "02", 2) || !strncmp(c->lx->types[r].cameo, "10", 2)))
                return 1;
        }
    return 0;
}

/* Whether an occurrence of a directed trigger starts in tokens [from, to)
 * ("the attack on", "sanctions on"). */
static int directed_act_in(const sctx *c, long from, long to)
{
    for (long q = from; q < to; q++)
        if (c->tk[q].flags & TK_TRIG) {
            uint32_t r = c->lx->trigs[c->tk[q].trig].relation;
            if (r != REL_STOP && !c->lx->types[r].symmetric)
                return 1;
        }
    return 0;
}

/* Whether the name at np is the object of a trigger ending right before
 * it or of "on", "against", "at" ("the attack on A"; not "attributed the
 * attack to A"). */
static int act_object(const sctx *c, long np)
{
    long w = skip_dets_left(c, np - 1);
    return w >= 0 && ((c->tk[w].flags & TK_TRIG_END) || word_in(c, w, C_ON) || word_in2(c, w, C2_AGAINST | C2_AT));
}

/* Whether a trigger occurrence in a past form, an article, a modal or an
 * auxiliary stands in tokens [from, to): a finite verb, or a noun phrase of
 * its own ("China's foreign ministry condemned the attack on Japan",
 * "South Korea's police attributed the attack": the possessor's noun is the
 * verb's subject, not the attack's), other than a receiving ("Bahrain's
 * king received a phone call from A": a party to the call). */
static int new_phrase_in(const sctx *c, long from, long to)
{
    for (long q = from; q < to; q++) {
        if (word_in2(c, q, C2_RECEIVE))
            return 0;
        if (((c->tk[q].flags & TK_TRIG) && past_form(c, q)) || word_in(c, q, C_MODAL | C_BE_AUX) ||
            (word_in(c, q, C_ARTICLE) && !is_word(c, q - 1, C_OF)))
            return 1; /* and an article, a modal or an auxiliary: "condemns the attack", "will condemn" (not "Putin's
                         mention of the supply") */
    }
    return 0;
}

int rel_strikes_place(const char *cameo)
{
    return !strncmp(cameo, "18", 2) || !strncmp(cameo, "19", 2) || !strncmp(cameo, "20", 2) || !strcmp(cameo, "176");
}

/* Whether the trigger ending before te strikes (rel_strikes_place). */
static int strike_ending(const sctx *c, long te)
{
    return rel_strikes_place(cameo_ending(c, te));
}

/* Whether the trigger whose last token is te - 1 is an assault (19x,
 * 176), a deployment (074), or a supply (072). */
static int assault_ending(const sctx *c, long te)
{
    const rel_type *t = type_ending(c, te);
    return t && t->assault;
}

static int deploy_ending(const sctx *c, long te)
{
    const rel_type *t = type_ending(c, te);
    return t && t->deploy;
}

static int supply_ending(const sctx *c, long te)
{
    const rel_type *t = type_ending(c, te);
    return t && t->supply;
}

/* The trigger ending before te supplies or aids ("arm", "back"). */
static int arming_ending(const sctx *c, long te)
{
    const rel_type *t = type_ending(c, te);
    return t && (t->supply || t->aid);
}

/* Token i is "troops", "forces", "soldiers"... in lower case, in a mention
 * or not ("troops" may name an issue; "US troops" a force). */
static int troops_word(const sctx *c, long i)
{
    return is_word(c, i, C_AGENTS_OF) && (unsigned)(c->t[c->tk[i].s] - 'a') < 26u;
}

/* Whether the word after token last is such a word, read in the text past
 * the last token (the untokenised tail) too. */
static int troops_after(const sctx *c, long last)
{
    if (last + 1 < c->n)
        return troops_word(c, last + 1);
    size_t end;
    const rel_word *w = text_word_after(c, c->tk[last].e, &end);
    return w && (w->cue & C_AGENTS_OF);
}

/* Whether the trigger at p names the forces of the deployment ending at
 * te - 1: "the deployment of US missiles to Germany" ("missiles to" a
 * supply's form, "troops to" a deployment's). */
static int forces_of_deployment(const sctx *c, long p, long te)
{
    const rel_type *o = rel_type_at(c, p);
    return deploy_ending(c, te) && o && (o->supply || o->deploy);
}

/* Whether the trigger whose last token is te - 1 is a visit's (CAMEO 042),
 * whose object is a place: "travelled to Beijing for talks". */
static int visit_ending(const sctx *c, long te)
{
    return !strcmp(cameo_ending(c, te), "042");
}

/* The polarity (rel_type.polarity) of the trigger whose last token is
 * te - 1, or 0 if none ends there. */
static int trigger_polarity(const sctx *c, long te)
{
    int64_t r = relation_ending(c, te);
    return r < 0 || r == REL_STOP ? 0 : c->lx->types[r].polarity;
}

/* Whether the trigger whose last token is te - 1 asks or appeals (CAMEO
 * root 02). */
static int appeal_trigger(const sctx *c, long te)
{
    int64_t r = relation_ending(c, te);
    return r >= 0 && r != REL_STOP && strncmp(c->lx->types[r].cameo, "02", 2) == 0;
}

/* "shot down 40 drones launched by A", "struck a tanker operated by A",
 * "air strikes on villages held by A", "condemned the move by A": the "by"
 * at p names the owner of the trigger's object, a plain noun between the
 * trigger (ending at trig_last) and a participle of WIELDED or LED, or the
 * noun itself or any participle after it right before "by" when the
 * trigger is active; not where an agent came first ("was hit by drones
 * launched by A"). */
static int owner_by(const sctx *c, long p, long trig_last)
{
    if (!is_word(c, p, C_BY) || p - 2 <= trig_last)
        return 0;
    long ts = trigger_start(c, trig_last + 1);
    if (ts >= 2 && rel_is_punct(c, ts - 1, ",") && c->tk[ts - 2].men >= 0 && past_form(c, ts))
        return 0; /* "The PKK, designated a terrorist group by Ankara": a reduced passive, A its agent */
    int participle = past_form(c, p - 1) && (c->tk[p - 1].flags & (TK_WORD | TK_TRIG)) == TK_WORD &&
                     c->tk[p - 1].men < 0 && plain_lower(c, p - 2); /* "a peace plan proposed by A" */
    if (!word_in2(c, p - 1, C2_WIELDED | C2_LED) && !((participle || (plain_lower(c, p - 1) && !past_form(c, p - 1))) &&
                                                      !rel_passive(c, trigger_start(c, trig_last + 1))))
        return 0; /* a noun's owner after an active verb: "condemned the move by A", "dismissed a peace plan proposed
                     by A" */
    int held = word_in2(c, p - 1, C2_LED);
    for (long q = trig_last + 1; q < p - 1; q++) {
        if (held && c->tk[q].men >= 0 &&
            (is_word(c, q - 1, C_IN) || (plain_lower(c, q - 1) && is_word(c, q - 2, C_IN)))) {
            q = men_last(c, q); /* "struck ports in Yemen held by the Houthis", "hideouts in eastern Afghanistan held
                                   by the Pakistani Taliban": the holder's */
            continue;
        }
        if (is_word(c, q, C_BY) || !(c->tk[q].flags & TK_WORD) || c->tk[q].men >= 0 || (c->tk[q].flags & TK_TRIG))
            return 0;
    }
    return 1;
}

/* Whether the trigger whose last token is te - 1 is the object of a verb
 * of receiving: "received a phone call". */
static int received(const sctx *c, long te)
{
    long q = trigger_start(c, te);
    return q >= 0 && word_in2(c, skip_dets_left(c, q - 1), C2_RECEIVE);
}

/* Whether the trigger occurrence at p has the relation of the one ending
 * before te: "delivered hundreds of missiles to Russia" is one supply. */
static int same_relation(const sctx *c, long p, long te)
{
    return relation_ending(c, te) == c->lx->trigs[c->tk[p].trig].relation;
}

static long title_left(const sctx *c, long q);
static int qualifies_person(const sctx *c, int32_t m, int32_t p);

/* The word that decides the role of a noun phrase starting at np: the one
 * before it, or an agent's preposition one word further ("by conjoined A",
 * "from two Latin American countries") or before a noun and "of" ("by
 * dozens of A") or before unnamed agents and "and" ("by regional leaders and
 * A"). */
static long role_word(const sctx *c, long np, long trig_last)
{
    long p = skip_dets_left(c, np - 1);
    if (p > trig_last && cap_plain(c, p))
        p = skip_dets_left(c, title_left(c, p)); /* "a visit by Prime Minister Shehbaz Sharif to Beijing": past the
                                                    title */
    if (p - 1 > trig_last && word_in3(c, p, C3_COMPASS) && word_in(c, skip_dets_left(c, p - 1), C_PREP))
        p = skip_dets_left(c, p - 1); /* "support for armed groups in eastern Congo": where */
    else if (p > trig_last && !word_in(c, p, C_PREP) && word_in(c, skip_dets_left(c, p - 1), C_AGENT_PREP))
        p = skip_dets_left(c, p - 1);
    else if (is_word(c, p, C_OF)) { /* "hit by dozens of Russian missiles", "by the foreign ministers of A" */
        long n = p - 1;
        while (n > trig_last && p - n <= 2 &&
               (plain_to(c, n, n + 1) || ((c->tk[n].flags & TK_TRIG) && same_relation(c, n, trig_last + 1))))
            n--; /* ("hit by a barrage of Russian missiles": the trigger's own noun) */
        long by = skip_dets_left(c, n);
        if (n < p - 1 && by > trig_last && word_in(c, by, C_AGENT_PREP))
            p = by;
    } else if (word_in(c, p, C_CONJ)) { /* "brokered by regional leaders and Brazil": Brazil is an agent too */
        long n = p - 1;
        while (n > trig_last && p - n <= 3 && lower_word(c, n) && !(c->tk[n].flags & TK_TRIG) &&
               !word_in(c, n, C_PREP | C_CONJ))
            n--;
        long by = skip_dets_left(c, n);
        if (n < p - 1 && by > trig_last && is_word(c, by, C_BY))
            p = by;
    }
    return p;
}

/* Whether the trigger ending before te is a form of "deport". */
static int deport_ending(const sctx *c, long te)
{
    return word_starts(c, trigger_start(c, te), "deport");
}

static int plural_noun(const sctx *c, long i);

/* What the word before a noun phrase starting at np says about its role. */
static int prep_role(const sctx *c, long np, long trig_last, int sym)
{
    long p = role_word(c, np, trig_last);
    if (!sym && p == trig_last + 1 && is_word(c, p, C_IN) && word_in3(c, trig_last, C3_DIPLOMAT))
        return ROLE_OK; /* "recalled its ambassador in Lima": where the envoy served */
    if (!sym && is_word(c, p, C_BY) && trigger_in(c, trig_last + 1, p) &&
        !rel_passive(c, trigger_start(c, trig_last + 1)))
        return ROLE_OK; /* "condemned the drills by A": A's drills, the object (not "were killed in an attack by
                           A": A attacks) */
    if (!sym && owner_by(c, p, trig_last))
        return ROLE_OK; /* "shot down drones launched by A": A's drones, the object */
    if (is_word(c, p, C_OF) && p > trig_last + 1 && (tok_is(c, p - 1, "violation") || tok_is(c, p - 1, "breach")) &&
        !strncmp(cameo_ending(c, trig_last + 1), "11", 2))
        return ROLE_BAD; /* "called the incursion a violation of Moldova's sovereignty": the wronged, not criticised
                            (but "condemned the Israeli attack as a violation of Iran's sovereignty": the attack's) */
    if (!sym && is_word(c, p, C_TO) && tok_is(c, p - 1, "entry") && rel_passive(c, trigger_start(c, trig_last + 1)))
        return ROLE_AGENT; /* "a Serbian minister was denied entry to Croatia": Croatia refuses him */
    if (sym && is_word(c, p, C_FROM) && received(c, trig_last + 1))
        return ROLE_OK; /* "received a phone call from A": a partner */
    if (!sym && is_word(c, p, C_FROM) && p - 1 > trig_last &&
        (word_in3(c, p - 1, C3_TRADE) || word_in3(c, p - 1, C3_MADE) ||
         (is_word(c, trig_last, C_ON) && plain_run(c, trig_last + 1, p))) &&
        trigger_polarity(c, trig_last + 1) < 0)
        return ROLE_OK; /* "imposed tariffs on imports from A", "tariffs on canola oil and pork from A": A's goods,
                           A is the target */
    if (!sym && is_word(c, p, C_FROM) && p - 1 > trig_last &&
        (plural_noun(c, p - 1) || word_in(c, p - 1, C_AGENTS_OF)) && !strncmp(cameo_ending(c, trig_last + 1), "11", 2))
        return ROLE_OK; /* "accused hackers from Belarus of": whose people, the accused (CAMEO 11x) */
    if (!sym && is_word(c, p, C_IN) && p - 1 > trig_last && word_in3(c, p - 1, C3_MADE) &&
        !strncmp(cameo_ending(c, trig_last + 1), "16", 2))
        return ROLE_OK; /* "tariffs on electric vehicles made in A": A's goods, A is the target (CAMEO 16x) */
    if (sym && is_word(c, p, C_FROM) && p - 1 > trig_last && word_in(c, p - 1, C_AGENTS_OF))
        return ROLE_OK; /* "met a delegation from Turkey", "met officials from A": their country meets */
    if (is_word(c, p, C_OF) && p == trig_last + 1 && deploy_ending(c, trig_last + 1) &&
        lower_word(c, men_last(c, np) + 1))
        return ROLE_AGENT; /* "the deployment of US missiles in Germany": whose forces */
    if (word_in(c, p, C_AGENT_PREP) &&
        !(p == trig_last && (word_starts(c, p - 1, "stand") || tok_is(c, p - 1, "stood")))) { /* ("stood by A") */
        if (sym && (is_word(c, p, C_FROM) ||
                    !(p - 1 == trig_last || (c->tk[p - 1].flags & TK_TRIG_END) || word_in(c, p - 1, C_LIGHT_VERB))))
            return ROLE_BAD; /* "a ceasefire brokered by A and B": brokers, not parties ("signed by", "held by" are) */
        return ROLE_AGENT;
    }
    if (p == trig_last + 1 && word_in(c, p, C_CONJ))
        return ROLE_BAD; /* "China's drills and Russia's flights", "Russia attacked and Ukraine retaliated": a new
                            phrase, no object */
    if (p == trig_last) /* the trigger's own preposition: "war on A" */
        return ROLE_OK;
    if (p > trig_last && (c->tk[p].flags & TK_TRIG_END) &&
        relation_ending(c, p + 1) == relation_ending(c, trig_last + 1))
        return ROLE_OK; /* one of the same relation's: "a barrage of missiles at A" */
    if (word_in(c, p, C_FOR | C_TO) && word_in2(c, p - 1, C2_DESTINED))
        return ROLE_BAD;            /* "seized a tanker bound for Israel" */
    if (word_in(c, p, C_FOR) && appeal_trigger(c, trig_last + 1))
        return ROLE_BAD;            /* "asked A for Patriot systems": what is asked for, not whom */
    if (sym && word_in(c, p, C_ON)) /* "share intelligence on North Korea": a topic, no partner */
        return ROLE_BAD;
    if (word_in(c, p, C_ON) && p > trig_last + 1 && !strcmp(cameo_ending(c, trig_last + 1), "043"))
        return ROLE_BAD; /* "would host a conference on Gaza's reconstruction": a topic, no guest */
    if (p == trig_last + 1 && word_in3(c, p, C3_NAMED))
        return ROLE_BAD; /* "held an exercise named Freedom Edge": what the exercise is called */
    if (is_word(c, p, C_TO) && deport_ending(c, trig_last + 1))
        return ROLE_BAD; /* "deported 40 migrants to China": where they go, not whom the deportation coerces */
    if (is_word(c, p, C_OF) && word_in3(c, p - 1, C3_PRINCIPAL))
        return ROLE_BAD; /* "plotting an attack on behalf of Russian intelligence": a principal; "targeting critics
                            of Beijing": whom they oppose; no target */
    if (sym && word_in(c, p, C_FOR) && trigger_polarity(c, trig_last + 1) < 0)
        return ROLE_BAD; /* "North Korean troops fought for Russia": whose side, no foe */
    if (sym && is_word(c, p, C_OF) && p == trig_last + 1 && strncmp(cameo_ending(c, p), "04", 2) == 0)
        return ROLE_BAD; /* "held the fourth meeting of the NCG": the forum, no partner ("ratification of
                            Sweden's bid" has one) */
    if (is_word(c, p, C_WITH) && p > trig_last + 1 && word_in3(c, p - 1, C3_BORDER) &&
        !assault_ending(c, trig_last + 1))
        return ROLE_BAD; /* "drills near the border with A", "fund a defence line along their borders with A": a place,
                            no partner nor recipient ("shelled posts along the border with A" strikes A) */
    if (word_in2(c, p, C2_AGAINST) && trigger_polarity(c, trig_last + 1) > 0 &&
        !rel_vows_reprisal(c, trigger_start(c, trig_last + 1)))
        return ROLE_BAD; /* "vowed to bolster its forces against the United States": no partner ("vowed revenge
                            against A" threatens A) */
    if (is_word(c, p, C_WITH) && p > trig_last + 1 && !strcmp(cameo_ending(c, trig_last + 1), "042"))
        return ROLE_BAD; /* "visited the DMZ with his counterpart A": a companion, not the host */
    if (!sym && is_word(c, p, C_WITH) && !strcmp(cameo_ending(c, trig_last + 1), "070") &&
        trigger_in(c, trig_last + 1, p))
        return ROLE_BAD; /* "supported dialogue with Beijing": the dialogue is supported, not Beijing */
    if (word_in2(c, p, C2_INTO) && p > trig_last && supply_ending(c, trig_last + 1))
        return ROLE_BAD; /* "sent balloons into South Korea", "sent troops into Ukraine": a way in, no recipient */
    if (word_in(c, p, C_OBJ_PREP) || !word_in(c, p, C_PREP))
        return ROLE_OK;
    long tb = trigger_start(c, trig_last + 1) - 1;
    tb -= tb >= 1 && perfect_aux(c, tb, 1) && past_form(c, trig_last); /* "mercenaries have deployed in Mali" */
    if (is_word(c, p, C_IN) &&
        (p > trig_last + 1 ||
         (past_form(c, trig_last) && (word_in2(c, tb, C2_FORCES | C2_GOODS) || rel_forces_after(c, tb)))) &&
        deploy_ending(c, trig_last + 1))
        return ROLE_OK; /* "deployed missiles in Germany", "Italian jets deployed in Estonia": where the forces go */
    if (!sym && word_in(c, p, C_BETWEEN)) /* "criticized the drills between A and B" (not "would support talks
                                             between A and B": the talks are supported, not A and B) */
        return strcmp(cameo_ending(c, trig_last + 1), "070") || !trigger_in(c, trig_last + 1, p) ? ROLE_OK : ROLE_BAD;
    return ROLE_BAD;
}

/* Whether tokens [from, to) are all words outside mentions (a trigger's
 * too: "Russia's largest trading partner"), no punctuation. */
static int word_run(const sctx *c, long from, long to)
{
    for (long q = from; q < to; q++)
        if (!(c->tk[q].flags & TK_WORD) || c->tk[q].men >= 0)
            return 0;
    return 1;
}

/* "accused A of complicity in genocide by arming B": whether the gerund at
 * ts, after "by", is the means of the act named after "of" at token of (up
 * to five words, no actor, between): the accused's act too. */
static int means_after_of(const sctx *c, long of, long ts)
{
    if (ts - of < 3 || ts - of > 7 || !is_word(c, of, C_OF) || !is_word(c, ts - 1, C_BY) || !ing_form(c, ts))
        return 0;
    for (long q = of + 1; q < ts - 1; q++)
        if (!(c->tk[q].flags & TK_WORD) || (c->tk[q].men >= 0 && rel_men_class(c, c->tk[q].men) == 2))
            return 0;
    return 1;
}

/* "accused A of preparing for war", "of planning to attack", "of sending
 * troops to fight": a gerund at g and at most two words up to the trigger
 * at ts, three before its infinitive's "to" ("of preparing an invasion to
 * seize"); no name nor punctuation (triggers too: "sending", "troops to"). */
static int gerund_before(const sctx *c, long g, long ts)
{
    if (!ing_form(c, g) || ts - g > 3 + is_word(c, ts - 1, C_TO))
        return 0;
    for (long q = g; q < ts; q++)
        if (!(c->tk[q].flags & TK_WORD) || c->tk[q].men >= 0)
            return 0;
    return 1;
}

/* Is the trigger ending at token v one whose object is the subject of an
 * infinitive after it: "urged A to", "called on A to", "appealed to A to"
 * (OBJ_CONTROL)? */
static int object_controls(const sctx *c, long v)
{
    if (word_in(c, v, C_ON | C_TO))
        v--;
    return word_in2(c, v, C2_OBJ_CONTROL);
}

/* "exercises to counter North Korean threats": "to" at p leads a verb of
 * its own (a lower-case bare form right before a name), whose object the
 * name is; not "to eastern Ukraine", "to neighbouring Poland". (Only a
 * symmetric trigger's partner cannot stand there: "deployed troops to
 * augment Russian forces" names whom the deployment is for.) */
static int infinitive_at(const sctx *c, long p)
{
    long v = p + 1 + adverb_at(c, p + 1), np = skip_dets_right(c, v + 1); /* "to jointly hunt" */
    if (!is_word(c, p, C_TO) || np >= c->n || (c->tk[v].flags & (TK_WORD | TK_TRIG)) != TK_WORD || c->tk[v].men >= 0 ||
        c->tk[v].cue || c->tk[np].men < 0)
        return 0;
    const char *w = c->t + c->tk[v].s;
    size_t n = c->tk[v].e - c->tk[v].s;
    static const char *const ADJ_ENDS[] = {"ern", "al", "ic", "ian", "ish", "ese", "ing", NULL};
    if (n < 3 || *w < 'a' || *w > 'z' || !bare_form(c, v))
        return 0;
    for (const char *const *e = ADJ_ENDS; *e; e++) {
        size_t k = strlen(*e);
        if (n > k && strncasecmp(w + n - k, *e, k) == 0)
            return 0;
    }
    return 1;
}

/* Token i is a word that starts with a digit. */
static int digit_token(const sctx *c, long i)
{
    return i >= 0 && i < c->n && (c->tk[i].flags & TK_WORD) && (unsigned)(c->t[c->tk[i].s] - '0') < 10u;
}

/* Token i is a '.' or ',' inside a number ("6,700", "2.5"), its neighbours
 * touching it. */
static int digit_mark(const sctx *c, long i)
{
    return rel_is_punct(c, i, ".,") && digit_token(c, i - 1) && digit_token(c, i + 1) && c->tk[i - 1].e == c->tk[i].s &&
           c->tk[i].e == c->tk[i + 1].s;
}

/* Whether a word of one of the lists in kinds (C2_GOODS, C2_FORCES) or
 * kinds3 (C3_ARMS) stands among the first `words` words of the sentence's
 * text from offset off, before a comma, a stop or a preposition other than
 * "of" (or "with" too, if with): the tail after the last argument, which may
 * be left uncut ("received Danish jets", "provided A with shells"). */
static int goods_in_tail(const sctx *c, size_t off, long words, uint64_t kinds, uint64_t kinds3, int with)
{
    const char *t = c->t;
    while (off < c->send && words > 0) {
        unsigned char b = (unsigned char)t[off];
        if (rel_space_byte(b)) {
            off++;
            continue;
        }
        if (!rel_word_byte(b)) {
            if (strchr(",;:.!?", b) && !(off + 1 < c->send && off > 0 && (unsigned)(t[off - 1] - '0') < 10u &&
                                         (unsigned)(t[off + 1] - '0') < 10u))
                return 0; /* (not a NUL byte: off < send; "1,000 tents": one number) */
            off++; /* "S-400" */
            continue;
        }
        size_t e;
        const rel_word *w = rel_text_word(c, off, &e);
        if (w && ((w->cue2 & kinds) || (w->cue3 & kinds3)))
            return 1;
        if (w && (w->cue & C_PREP) && !(w->cue & (with ? C_OF | C_WITH : C_OF)) &&
            !(e + 1 < c->send && t[e] == ' ' && (unsigned)(t[e + 1] - '0') < 10u))
            return 0; /* (but "about 1,500 troops": an amount) */
        off = e, words--;
    }
    return 0;
}

/* Whether a word of the cue lists `bits` comes within a few plain words
 * after token last (no preposition, name, trigger or punctuation but a
 * hyphen between: not "helping Iran sell oil"), in the tokens or the text
 * past them. */
static int goods_after(const sctx *c, long last, uint64_t bits)
{
    long q = last + 1, words = 0;
    for (; q < c->n && words < 4; q++) {
        if (word_in2(c, q, bits))
            return 1;
        if (word_in(c, q, C_PREP) || rel_is_punct(c, q, ",;:.!?") || c->tk[q].men >= 0 || (c->tk[q].flags & TK_TRIG))
            return 0;
        words += (c->tk[q].flags & TK_WORD) != 0;
    }
    return q == c->n && words < 4 && goods_in_tail(c, c->tk[q - 1].e, 4 - words, bits, 0, 0);
}

/* Whether a trigger that starts or ends at token q reacts to another's
 * act: disapproval (CAMEO 11x: criticize, accuse, protest) or praise (051). */
static int reaction(const sctx *c, long q)
{
    long s = (c->tk[q].flags & TK_TRIG) ? q : trigger_start(c, q + 1);
    if (s < 0)
        return 0;
    uint32_t r = c->lx->trigs[c->tk[s].trig].relation;
    return r != REL_STOP && c->lx->types[r].reaction;
}

/* Token i is a plain lower-case word ending in a single "s": "firms",
 * "countries" (or a verb's third person, "keeps": its subject is read all
 * the same by antecedent). */
static int plural_noun(const sctx *c, long i)
{
    if (!(plain_lower(c, i) || (i == 0 && cap_plain(c, i))) || c->tk[i].e - c->tk[i].s < 3)
        return 0; /* (capitalised opening the sentence: "Firms in China that supplied") */
    size_t e = c->tk[i].e;
    return rel_lower(c->t[e - 1]) == 's' && rel_lower(c->t[e - 2]) != 's';
}

/* "ordered French troops to leave and turned to Russia": a plain past form
 * after "and"/"or"/"but", then a preposition, a determiner or a name, is a
 * new predicate of the subject; the object search ends there (not "sent
 * aid to Ukraine and allied nations": a noun follows). */
static int coordinated_verb(const sctx *c, long p)
{
    if (p > 0 && word_in(c, p - 1, C_CONJ | C_AND_BUT) && word_in(c, p, C_REPORT) &&
        (past_form(c, p) || tok_is(c, p, "said") || tok_is(c, p, "told") || tok_is(c, p, "wrote")))
        return 1; /* "condemned the collision and said its treaty with the Philippines applied": the report's */
    return p > 0 && word_in(c, p - 1, C_CONJ | C_AND_BUT) && plain_lower(c, p) && past_form(c, p) && p + 1 < c->n &&
           (word_in(c, p + 1, C_PREP | C_DET) || names_at(c, p + 1));
}

/* "gave a speech and met Trump", "criticised the plan and then sent tanks
 * to B": a past form without "-ed" after "and" (and a word) at p, a verb
 * (not a noun of the phrase before). */
static int irregular_after_and(const sctx *c, long p)
{
    return word_in3(c, p, C3_IRREGULAR_PAST) &&
           (word_in(c, p - 1, C_CONJ) || (p >= 2 && plain_lower(c, p - 1) && word_in(c, p - 2, C_CONJ)));
}

/* "sending arms and offering troops for an AU mission": a participle
 * after "and" at p, as the trigger ending before te is, opens a predicate
 * of its own. */
static int parallel_participle(const sctx *c, long p, long te)
{
    return p > te && word_in(c, p - 1, C_CONJ | C_AND_BUT) && ing_form(c, p) && ing_form(c, te - 1);
}

/* The alias a country's mention m matched, if it is one word other than
 * the country's name ("Ankara", "Afghans": a city, a people), its length
 * into *n; else NULL. */
static const char *country_alias_word(const sctx *c, int32_t m, size_t *n)
{
    const mention *mn = &c->d->mentions.v[m];
    const char *al = c->g->aliases[mn->alias].surface;
    if (rel_men_kind(c, m) != HOME_COUNTRY || strchr(al, ' ') || !strcmp(al, c->g->ents[mn->entity].name))
        return NULL;
    *n = strlen(al);
    return al;
}

/* Whether mention m (tokens np..last) is a city naming a deal or a
 * meeting: "the Ankara declaration", "the Minsk agreements", "the Doha
 * talks"; an alias of a country that is one capitalised word, not its
 * name nor a demonym ("the Iran deal", "the Turkish proposal" name a
 * party). */
static int city_named_deal(const sctx *c, int32_t m, long np, long last)
{
    size_t n;
    const char *al;
    if (np != last || rel_men_kind(c, m) != HOME_COUNTRY)
        return 0; /* (most names) */
    /* the word before the name, past a year ("the 2015 Doha accord"), and the one after, past "peace" ("the
       Algiers peace agreement") */
    long before = np - 1 - (digit_token(c, np - 1) && c->tk[np - 1].e - c->tk[np - 1].s == 4);
    if (!(tok_is(c, before, "the") || (before >= 1 && (c->tk[before].flags & TK_TRIG_END))) ||
        !(al = country_alias_word(c, m, &n)) || n <= 3) /* (a headline drops "the": "sign Beijing declaration") */
        return 0;
    size_t after = c->d->mentions.v[m].nend;
    if (c->send - after > 7 && !memcmp(c->t + after, " peace ", 7))
        after += 6;
    if (!text_cue_within(c, after, 1, 0, C3_DEAL_NAME)) /* (read in the text: a cut tail holds no tokens) */
        return 0;
    return strcmp(al + n - 2, "an") != 0 && strcmp(al + n - 3, "ans") != 0 && strcmp(al + n - 3, "ese") != 0 &&
           strcmp(al + n - 3, "ish") != 0;
}

/* Whether token i is a form of "deny" ("denied", "denies", "deny",
 * "denying"). */
static int deny_word(const sctx *c, long i)
{
    return i >= 0 && i < c->n && (c->t[c->tk[i].s] | 0x20) == 'd' &&
           (tok_is(c, i, "denied") || tok_is(c, i, "denies") || tok_is(c, i, "deny") || tok_is(c, i, "denying"));
}

/* Whether a gerund starts at token p, right after a passive participle or
 * after "or" and a second one: "have been killed fighting", "were killed
 * or wounded fighting". */
static int gerund_after_passive(const sctx *c, long p)
{
    if ((tok_is(c, p, "or") || tok_is(c, p, "and")) && lower_word(c, p + 1) && past_verb(c, p + 1))
        p += 2;
    return lower_word(c, p) && ing_form(c, p);
}

/* Whether a word of consent follows the name ending at token last, past
 * its possessive: "with Egypt's blessing", "with U.S. approval". */
static int consent_after(const sctx *c, long last)
{
    long q = last + 1;
    if (rel_is_punct(c, q, "'") && is_word(c, q + 1, C_S))
        q += 2;
    return tok_is(c, q, "blessing") || tok_is(c, q, "approval") || tok_is(c, q, "consent") ||
           tok_is(c, q, "permission") || tok_is(c, q, "acquiescence"); /* (literals: no length computed) */
}

/* Whether a reporting verb in lower case follows the name ending at token
 * last, read in the text (the tail may hold no tokens): "and Chile said". */
static int report_after(const sctx *c, long last)
{
    size_t end, off = c->tk[last].e;
    const rel_word *w = text_word_after(c, off, &end);
    return w && (w->cue & C_REPORT) && off + 1 < c->send && c->t[off] == ' ' && c->t[off + 1] >= 'a' &&
           c->t[off + 1] <= 'z';
}

static int prior_kind_at(const sctx *c, long q);

/* Whether "under" at p opens a deal's name: "under a deal with", "under
 * the new agreement with". */
static int under_deal(const sctx *c, long p)
{
    long q = skip_dets_right(c, p + 1);
    if (q < c->n && plain_lower(c, q) && prior_kind_at(c, q) < 0)
        q++; /* "a similar deal" */
    return q < c->n && prior_kind_at(c, q) == PRIOR_DEAL;
}

/* Whether two names joined by "and" end right before token ts: "Putin
 * and Chinese President Xi Jinping discussed". */
static int names_pair_before(const sctx *c, long ts)
{
    long f = ts >= 1 && c->tk[ts - 1].men >= 0 ? title_left(c, men_first(c, ts - 1) - 1) : -1;
    if (f >= 0 && c->tk[f].men >= 0 && rel_men_kind(c, c->tk[f].men) == HOME_COUNTRY)
        f = men_first(c, f) - 1; /* "and Chinese President Xi Jinping" (the title in the name) */
    return f >= 1 && word_in(c, f, C_CONJ) && c->tk[f - 1].men >= 0;
}

/* Whether token q places what follows: "near", "along", "on", "close to"
 * ("near the borders of A"). */
static int stretch_placed(const sctx *c, long q)
{
    return tok_is(c, q, "near") || tok_is(c, q, "along") || tok_is(c, q, "on") ||
           (tok_is(c, q, "to") && tok_is(c, q - 1, "close"));
}

void rel_scan_right(const sctx *c, long te, int sym, int topic, int passive, right_res *r)
{
    r->obj.n = r->pair.n = r->agent.n = 0;
    r->owner = -1;
    r->by = r->with = r->from = r->for_obj = r->half_named = 0;
    int32_t thing = -1;
    long thing_last = 0;
    int words = 0, via_verb = 0, cargo = 0, thing_with = 0, thing_to = 0, included = 0;
    for (long p = te; p < c->n && words < RIGHT_WORDS;) {
        const tok *k = &c->tk[p];
        if (!(k->flags & TK_WORD)) {
            if (rel_is_punct(c, p, "(["))
                p = skip_paren_right(c, p);
            else if (rel_is_punct(c, p, ",") && !r->obj.n && p > te && word_in2(c, p + 1, C2_INCLUDING) &&
                     lower_word(c, p - 1) && c->t[c->tk[p - 1].e - 1] == 's' && !(c->tk[p - 1].flags & TK_TRIG))
                p += 2, included = 1; /* "hosted European leaders, including Macron and Zelensky": those named */
            else if (rel_is_punct(c, p, ",;:.!?") && !digit_mark(c, p))
                break;
            else
                p++;
            continue;
        }
        if (k->men < 0) {
            if (p == te && (word_in(c, p, C_POSS_PRON) || word_in3(c, p, C3_HIS_HER)) && word_in2(c, te - 1, C2_SUMMON))
                break; /* "Putin summoned his Security Council": his own, no protest */
            if ((p == te || (p == te + 1 && is_word(c, te, C_TO))) && word_in2(c, te - 1, C2_HELP) &&
                hostile_bare_verb(c, p))
                break; /* "helped drive Ukrainian forces out of Kursk": they are driven out, not helped */
            if (p == te && passive && gerund_after_passive(c, p))
                break; /* "soldiers have been killed fighting Ukrainian forces": the gerund's object, no victim's */
            if ((p == te || (p == te + 1 && is_word(c, te, C_TO))) && word_in2(c, te - 1, C2_HELP) &&
                (k->flags & TK_TRIG) == 0 && !k->cue && bare_form(c, p))
                via_verb = 1; /* "helped (to) retake Kursk": a place after the verb is the verb's, no one helped */
            if (p == te && word_in2(c, te - 1, C2_HELP) && (k->flags & TK_TRIG) && bare_form(c, p) &&
                !strcmp(cameo_ending(c, p + k->tlen), "045"))
                break; /* "helped broker a ceasefire between A and B": the mediation's pair, no one helped */
            long claimed = what_said_end(c, p);
            if (claimed > p) {
                words += (int)(claimed - p), p = claimed; /* "attacks on what it said were militant bases in
                                                             Pakistan": the claim's frame, the bases the object */
                continue;
            }
            if (p == te && deny_word(c, te - 1) && ing_form(c, p) && lower_word(c, p))
                break; /* "Iran denied sending drones to Russia": Russia is the sending's, no one rebuffed */
            if (p == te && !r->obj.n && rel_description_object(c, te, &r->obj))
                return; /* "accused the group of attacking Israeli troops": the group is accused */
            if (p > te && is_word(c, p, C_IN) && in_message(c, skip_dets_right(c, p + 1)))
                break; /* "accused Mali of arming rebels in a letter to the United Nations": where it was said */
            if (p > te && !r->obj.n && word_in2(c, p, C2_UNDER) && under_deal(c, p))
                break; /* "sent troops to the border under a deal with Washington": the deal's party, no target */
            if (p > te && word_in(c, p, C_CONJ) && word_in(c, p + 1, C_OF | C_FOR) && ing_form(c, p + 2))
                break; /* "accusing it of threatening their sovereignty and of being under the influence of France": a
                          charge of its own */
            if (p > te && word_in(c, p, C_CONJ) && plain_lower(c, p + 1) && past_form(c, p + 1) &&
                (word_in3(c, p + 2, C3_OBJ_PRON) || word_in2(c, p + 2, C2_IT)))
                break; /* "seized a tanker in the Gulf of Oman and diverted it to Iranian waters": a verb of its own */
            if (p > te && !r->obj.n &&
                (tok_is(c, p, "over") ||
                 (tok_is(c, p, "for") && (ing_form(c, p + 1) || word_in(c, p + 1, C_ARTICLE))) ||
                 (tok_is(c, p, "on") && (tok_is(c, p + 1, "charges") || tok_is(c, p + 1, "suspicion")))) &&
                !strcmp(cameo_ending(c, te), "173"))
                break; /* "arrested two men over a plot linked to Russia", "for spying for Russia", "on charges of
                          working for Iran": why, not whom
                          (but "an arrest warrant for Putin") */
            if (p == te && !sym && !r->obj.n && (tok_is(c, p, "over") || tok_is(c, p, "at")) &&
                trigger_polarity(c, te) < 0) { /* ("in protest at Paris's support for Morocco's plan": Paris's) */
                static const char *const CONDUCT[] = {"remarks",  "comments", "statements", "actions",  "conduct",
                                                      "policies", "policy",   "stance",     "handling", "treatment",
                                                      "decision", "refusal",  "role",       NULL};
                long q = skip_dets_right(c, p + 1), l = q < c->n && c->tk[q].men >= 0 ? men_last(c, q) : -1;
                long a = l >= 0 && rel_men_class(c, c->tk[q].men) == 2 ? after_possessive(c, l + 1) : -1;
                int act = 0;
                for (; a >= 0 && a < c->n && a - l <= 7 && !act; a++) { /* "over Russia's full-scale invasion" */
                    act = (c->tk[a].flags & TK_TRIG) || (c->tk[a].men >= 0 && rel_men_class(c, c->tk[a].men) != 2);
                    for (int w = 0; !act && CONDUCT[w]; w++) /* (a trigger, or an event named: "full-scale invasion") */
                        act = tok_is_str(c, a, CONDUCT[w]);  /* "protested over Takaichi's remarks" */
                    if (!act && !plain_lower(c, a) && !rel_is_punct(c, a, "-"))
                        break;
                }
                if (act) {
                    rel_add_arg(&r->obj, c->tk[q].men); /* "sanctions over Russia's invasion of Ukraine",
                                                            "pressure over India's purchases of Russian oil": the
                                                            act's author, not its object */
                    return;
                }
            }
            if (((p == te + 1 && is_word(c, te, C_TO) && word_in3(c, te - 1, C3_VOW)) ||
                 (p == te && is_word(c, te - 1, C_TO) && word_in3(c, te - 2, C3_VOW))) &&
                is_neg(c, p))
                break; /* "promised to stop buying Russian oil", "vowed to halt arms sales to B": no partner */
            if (sym && p == te && is_word(c, te - 1, C_TO) && bare_form(c, p) &&
                (plain_lower(c, p) || (!(c->tk[p].flags & TK_TRIG) && is_neg(c, p))) &&
                !(p + 1 < c->n && (c->tk[p + 1].flags & TK_TRIG) && same_relation(c, p + 1, te)))
                break; /* "agreed to use frozen Russian assets", "agreed to restrict sales to A": the verb's object, no
                          partner (not "agreed to strengthen ties with A": the same relation goes on) */
            if (p == te && word_in2(c, p, C2_THAT | C2_REL_PRON) && word_in2(c, p + 1, C2_EFFECT) &&
                strike_ending(c, te)) {
                p += 2, words += 2; /* "an airstrike that killed A": A is struck */
                continue;
            }
            if (p > te + 1 && is_word(c, p, C_TO) && word_in3(c, p - 1, C3_TRAVEL)) {
                long q = skip_dets_left(c, p - 2);
                for (int adj = 0; adj < 2 && q > te && plain_lower(c, q); adj++)
                    q = skip_dets_left(c, q - 1);
                if (q >= te && word_in(c, q, C_PREP))
                    break; /* "offered free refunds on (direct) flights to Japan" (not "suspended direct flights to
                              A": the trigger's own object) */
            }
            if (p > te && word_in(c, p, C_FROM) && word_in3(c, p - 1, C3_ROUTE))
                break; /* "help finance a rail link from Iraq to the Turkish border": the link's ends */
            if (p > te + 1 && is_word(c, p, C_OF) && word_in3(c, p - 1, C3_STRETCH) && c->tk[p - 1].men < 0 &&
                stretch_placed(c, skip_dets_left(c, p - 2)))
                break; /* "held joint exercises near the borders of Poland and Lithuania", "close to the border
                          of A": where, not with whom */
            if (p > te && is_word(c, p, C_TO) && word_in2(c, te - 1, C2_EXPEL))
                break; /* "expelled a bishop and two priests to the Vatican": where they were sent */
            if (p == te && word_in2(c, skip_day_right(c, p), C2_THAT) && !strncmp(cameo_ending(c, te), "10", 2)) {
                long q = skip_day_right(c, p) + 1; /* "demanded that Ukraine withdraw", "demanded on Thursday that
                                                      China withdraw": the clause's subject is asked */
                words += (int)(q - p), p = q;
                continue;
            }
            if ((k->flags & TK_TRIG) && p > te && word_in(c, p - 1, C_OF | C_FOR) && word_in3(c, p - 2, C3_OFFER) &&
                !strncmp(cameo_ending(c, te), "12", 2)) {
                p += k->tlen, words++; /* "rejected offers of talks from Seoul": what was offered; Seoul offered */
                continue;
            }
            if (word_in(c, p, C_CLAUSE_STOP) || word_in2(c, p, C2_OBJ_STOP) || coordinated_verb(c, p) ||
                (p > te && (k->flags & TK_TRIG) && ing_form(c, p) && plural_noun(c, p - 1) && c->tk[p - 1].men < 0 &&
                 !same_relation(c, p, te) && (assault_ending(c, te) || arming_ending(c, te))) ||
                /* "attacked firms supplying aid to B", "arm rebels fighting B": the firms' or rebels' act, B no target
                   or recipient (a penalty's is: "sanctioned firms supplying drones to B") */
                (tok_is(c, p, "since") &&
                 ((p > te && names_soon(c, p + 1)) || word_in(c, p + 1, C_ARTICLE | C_POSS_PRON))) ||
                /* "since President Lee took office", "strikes in Syria since the fall of Assad" (not "since 2024") */
                (p > te && p + 1 < c->n && word_in2(c, p, C2_PROMPT) && (c->tk[p + 1].flags & TK_TRIG)) ||
                /* "A's attack on Gaza drew criticism from B": B reacts, no agent */
                ((sym || thing >= 0) && infinitive_at(c, p)) || /* "deploy a carrier to the Middle East to deter A" */
                (p == te && infinitive_at(c, te - 1) && supply_ending(c, te)) ||
                (p > te && infinitive_at(c, p) && (supply_ending(c, p) || supply_ending(c, p + 1))) ||
                (p > te && is_word(c, p, C_TO) &&
                 ((lower_word(c, p + 1) && !(c->tk[p + 1].flags & TK_TRIG) && bare_form(c, p + 1)) ||
                  tok_is(c, p + 1, "be")) &&
                 object_controls(c,
                                 te - 1)) || /* "urged lawmakers to approve aid to Ukraine", "urged leaders to be
                                                wary of China", "urged its citizens to avoid Japan": the lawmakers' */
                /* "banned nickel exports to attract Chinese investment", both the exports' and the ban's object
                   (but "pledged to back A") */
                (word_in2(c, p, C2_AS) && !word_in2(c, p - 1, C2_SUCH) &&
                 (names_at(c, skip_dets_right(c, p + 1)) || (p > te && reaction(c, te - 1)))) ||
                /* "sign a pact as China tensions rise", "condemned the launch as a violation of UN Security Council
                   resolutions": what it is called */
                (word_in2(c, p, C2_CAUSE) &&
                 (is_word(c, p - 1, C_IN) || (word_in(c, p - 1, C_ARTICLE) && is_word(c, p - 2, C_IN)))) ||
                /* "in response to A", "in the face of Chinese pressure" */
                (p > te && tok_is(c, p, "time") && is_word(c, p + 1, C_OF) && word_in(c, p - 1, C_ARTICLE)) ||
                /* "vowed to respond at a time of Pakistan's choosing": when, no object */
                (p > te && (k->flags & TK_TRIG) && is_word(c, p, C_IN) && !same_relation(c, p, te)) ||
                /* "attack ships in solidarity with B": an adjunct of the subject's, B not attacked */
                ((k->flags & TK_TRIG) && !(word_in3(c, p, C3_TRADE) && rel_under_penalty(c, p)) &&
                 !(p == te + 1 && is_word(c, te, C_TO) && !strncmp(cameo_ending(c, te), "13", 2) &&
                   assault_ending(c, p + k->tlen)) && /* "threatened to strike Iran": Iran is threatened */
                 !(is_word(c, p - 2, C_OF) && tok_is(c, p, "war") && tok_is(c, p - 1, "the") &&
                   assault_ending(c, te)) &&
                 !(p > te && word_in3(c, p, C3_MADE) && word_in(c, p + 1, C_IN | C_FROM)) &&
                 !(p > te && !r->obj.n && rel_attributive(c, p)) && /* "released six detained Americans" */
                 !(tok_is(c, p - 1, "the") && word_in2(c, p - 2, C2_AGAINST) && p == skip_day_right(c, te) + 2 &&
                   !strncmp(cameo_ending(c, te), "11", 2)) && /* "protested (on Tuesday) against the attack by A": the
                                                                  act whose author is protested */
                 (rel_topic_verb(c, p) || (r->agent.n && !forces_of_deployment(c, p, te)) ||
                  ((word_in(c, skip_dets_left(c, p - 1), C_PREP) || word_in2(c, skip_dets_left(c, p - 1), C2_AS) ||
                    past_form(c, p) || irregular_after_and(c, p) || parallel_participle(c, p, te)) &&
                   !same_relation(c, p, te)) ||
                  (p == te && word_in2(c, te - 1, C2_OBJ_CONTROL) && trigger_polarity(c, p + k->tlen) < 0))))
                break; /* "help expel Ukrainian forces": no help to them; "met in Manila to discuss ...": what is
                          discussed is no partner; "after Ankara
                          criticised", "consulted on joining AUKUS", "backed by A attacked": a predicate of
                          its own; so is "a truce brokered by A": A brokers, and is no party; "warned against
                          any attack on A": A is not warned */
            if (r->agent.n && p > te && c->tk[p - 1].men >= 0 && plain_lower(c, p) && !k->cue &&
                (past_form(c, p) || names_at(c, p + 1) || word_in(c, p + 1, C_ARTICLE)))
                break; /* "Russian diplomats expelled by Germany left Berlin": a new predicate (not "a visit by a US
                          envoy to Caracas": a noun) */
            if ((r->agent.n || passive || (!sym && is_word(c, p, C_FOR) && trigger_polarity(c, te) < 0)) &&
                word_in(c, p, C_FOR | C_OF) && ing_form(c, p + 1) && !(c->tk[p + 1].flags & TK_TRIG))
                break; /* "was criticised by A for delaying B's bid": B is the delaying's; so are "sanctions for
                          processing payments for Russian firms" */
            if (p > te && word_in(c, p, C_FOR | C_OF) && ing_form(c, p + 1) && rel_alleged(c, te - 1))
                break; /* "accused the West of waging a war against Moscow": Moscow is accused of nothing */
            if (!sym && p > te + 1 && word_in(c, p, C_BETWEEN) && !strncmp(cameo_ending(c, te), "03", 2) &&
                trigger_start(c, p) > te && !same_relation(c, trigger_start(c, p), te))
                break; /* "offered to revive talks between Tehran and Washington": the talks' pair, no partner */
            if (sym && word_in(c, p, C_BETWEEN) && between_pair(c, p + 1, &r->pair)) {
                if (p == te || !(names_place(c, &r->pair) || sea_between(c, te, p)))
                    return;
                r->pair.n = 0; /* "agreed to build a railway between Hanoi and the Chinese border": a thing's ends */
                break;
            }
            if (sym && p == te && word_in(c, p, C_BETWEEN) && names_soon(c, p + 1)) {
                r->half_named = 1; /* "after clashes between ethnic Serb protesters and NATO peacekeepers": one
                                      party unnamed, and neither is the clause's subject */
                return;
            }
            r->with |= is_word(c, p, C_WITH); /* "met with their counterparts" */
            cargo |= p > te && word_in3(c, p, C3_CARRYING) && (c->tk[p - 1].flags & TK_WORD) && c->tk[p - 1].men < 0 &&
                     !c->tk[p - 1].cue; /* "seized a ship carrying arms to A" */
            p++, words++;
            continue;
        }
        long last = men_last(c, p), np = p;
        long before = skip_dets_left(c, p - 1);
        int reports = p > te && (word_in(c, before, C_CONJ) || cap_plain(c, before)) && report_after(c, last);
        if (reports && before > te && cap_plain(c, before))
            before = skip_dets_left(c, title_left(c, before)); /* "and President Gustavo Petro said" */
        if (p > te && word_in(c, before, C_CONJ) &&
            ((plain_lower(c, last + 1) && (ing_form(c, last + 1) || past_form(c, last + 1))) ||
             (lower_word(c, last + 1) && (c->tk[last + 1].flags & TK_TRIG) && present_verb(c, last + 1)) ||
             (perfect_aux(c, last + 1, 1) && past_verb(c, last + 2)) || reports))
            break; /* "with China suspending its controls and the U.S. halving tariffs", "deployed troops in Libya and
                      Egypt supports Haftar", "... and Egypt has backed", "recalled its ambassador from A on Thursday
                      and President Gustavo Petro said": a clause of its own */
        int role = prep_role(c, p, te - 1, sym);
        if (included && role == ROLE_BAD && word_in2(c, role_word(c, p, te - 1), C2_INCLUDING))
            role = ROLE_OK; /* (the list after ", including") */
        if (topic && role == ROLE_OK && !is_word(c, skip_dets_left(c, p - 1), C_WITH))
            role = ROLE_BAD;   /* "discussed North Korea with Japan": North Korea is the topic */
        if (topic && role == ROLE_OK &&
            (tok_is(c, skip_dets_left(c, p - 1) - 1, "relations") || tok_is(c, skip_dets_left(c, p - 1) - 1, "ties")) &&
            names_pair_before(c, trigger_start(c, te)))
            role = ROLE_BAD; /* "Putin and Xi discussed relations with the United States": a topic too (not "Putin
                                discussed ties with Modi": his partner) */
        if (cargo && role == ROLE_OK &&
            (word_in(c, role_word(c, p, te - 1), C_TO | C_FOR) || word_in3(c, role_word(c, p, te - 1), C3_CARRYING)) &&
            trigger_polarity(c, te) < 0)
            role = ROLE_BAD;   /* "seized a ship carrying arms to A", "a tanker carrying Iraqi crude": the cargo's
                                  way or maker, A is not seized ("sent ships carrying arms to A": A is supplied) */
        args chain = {.n = 0}; /* "DPRK-Russia [cooperation]": both take the role */
        rel_add_arg(&chain, c->tk[p].men);
        while (dyad_next(c, last))
            rel_add_arg(&chain, c->tk[last + 2].men), last = men_last(c, last + 2);
        int32_t m = chain.n == 1 ? compound_head(c, &last, possessive_head(c, &last)) : chain.m[0];
        if (m < 0) { /* "Iran-backed militias": no name's */
            p = last + 1;
            continue;
        }
        if (m != chain.m[0] && rel_men_class(c, chain.m[0]) == 2 && rel_men_kind(c, m) == HOME_EVENT &&
            trigger_polarity(c, te) > 0)
            m = chain.m[0], last = men_last(c, p); /* "enabling Russia's war in Ukraine": Russia is helped */
        if (chain.n == 1)
            m = person_after(c, m, &last);
        chain.m[0] = m;
        long hn = last + 1 + (last + 2 < c->n && plain_lower(c, last + 1)); /* "with Egyptian technical help" */
        if (role != ROLE_BAD && is_word(c, skip_dets_left(c, np - 1), C_WITH) && hn < c->n &&
            (c->tk[hn].flags & TK_TRIG) && trigger_polarity(c, hn + c->tk[hn].tlen) > 0 &&
            (hn + c->tk[hn].tlen >= c->n || rel_is_punct(c, hn + c->tk[hn].tlen, ",.;")))
            role = ROLE_BAD;    /* "signed the deal with American help": a helper (rel_with_help), no partner */
        if (role != ROLE_BAD && is_word(c, skip_dets_left(c, np - 1), C_WITH) && consent_after(c, last))
            role = ROLE_BAD; /* "signed a security pact with Egypt's blessing": a consent, no partner */
        if (chain.n == 1 && (m == c->tk[np].men ? possessed_relation(c, men_last(c, np)) ||
                                                      word_in3(c, men_last(c, np) + 1, C3_CURRENCY)
                                                : possessed_relation(c, last)))
            role = ROLE_BAD; /* "sanctioned Russia's allies": not Russia; "30 billion Canadian dollars": an amount;
                                "received Philippine President Marcos's predecessor": not Marcos */
        if (chain.n == 1 &&
            (assault_ending(c, te) ||
             (tok_is(c, men_last(c, np) + 2, "based") && strcmp(cameo_ending(c, te), "163") != 0)) &&
            maker_compound(c, men_last(c, np), -1))
            role = ROLE_BAD; /* "shot down Iranian-made drones": the maker is not struck; nor is Dubai robbed in "stole
                                ... from the Dubai-based exchange" (but "sanctioned a China-based refinery": as "a
                                Chinese refinery") */
        if (sym && !is_word(c, skip_dets_left(c, np - 1), C_WITH) && hostile_word_after(c, last))
            role = ROLE_BAD;    /* "agreed to strengthen responses to North Korean threats": the threat's author, no
                                   partner */
        if (chain.n == 1 && rel_men_kind(c, m) == HOME_EVENT && (sym || !strcmp(cameo_ending(c, te), "043")))
            role = ROLE_BAD;    /* "held talks on ending the war in Ukraine", "hosted talks on ending the war": the
                                   topic, no party, no guest */
        if (role == ROLE_BAD) { /* "in Ukraine and Japan": the whole list is an adjunct */
            conj_right(c, &last, &chain);
            p = last + 1;
            continue;
        }
        p = last + 1;
        words++;
        if (role == ROLE_AGENT && !sym) {
            r->from |= is_word(c, role_word(c, np, te - 1), C_FROM);
            for (int i = 0; i < chain.n; i++)
                rel_add_arg(&r->agent, chain.m[i]);
            conj_right(c, &last, &r->agent);
            p = last + 1;
            continue;
        }
        if (!sym && supply_ending(c, te) && (troops_word(c, last) || troops_after(c, last)) &&
            !word_in2(c, trigger_start(c, te), C2_RECEIVE) && !is_word(c, role_word(c, np, te - 1), C_TO))
            continue; /* "an offer to send US troops": whose troops, no recipient (but "received Hamas leaders":
                         visitors) */
        if (!sym && role == ROLE_OK && deploy_ending(c, te) && plain_run(c, skip_dets_right(c, te), np) &&
            rel_forces_after(c, last)) {
            if (r->owner < 0) /* "deployed Russian nuclear weapons", "deployed US troops": whose forces, no target */
                r->owner = m;
            continue;
        }
        if (!sym && chain.n == 1 && supply_ending(c, te) && to_past_nouns(c, c->tk[last].e)) {
            thing_to = 1; /* "sell its Panama port operations to a group": the goods' name, then whom to (may be
                             unnamed: no recipient then) */
            continue;
        }
        if (!sym && chain.n == 1 && is_word(c, last + 1, C_TO) && names_at(c, skip_dets_right(c, last + 2)) &&
            supply_ending(c, te)) {
            if (thing < 0) /* "sell Greenland to the United States": what is sold, then whom to */
                thing = m, thing_last = last;
            continue;
        }
        if (chain.n == 1 && city_named_deal(c, m, np, last))
            continue; /* "signed the Ankara declaration", "the Minsk agreements": no party */
        if (chain.n == 1 && rel_men_class(c, m) == 1 && !assault_ending(c, te) && !deploy_ending(c, te) &&
            !supply_ending(c, te) && !strcmp(men_type(c, m), "location") && rel_noun_after(c, last) &&
            !ing_form(c, last + 1) && !is_word(c, skip_dets_left(c, np - 1), C_WITH))
            continue; /* "pulled out of the Black Sea grain deal": a place qualifying the object */
        if (chain.n == 1 && (rel_men_class(c, m) == 1 || (!sym && role == ROLE_OK && !reaction(c, te - 1) &&
                                                          !assault_ending(c, te) && goods_after(c, last, C2_GOODS)))) {
            /* prefer an actor further on: "sent Iranian weapons to Ukraine" (not "protested US arms sales to
               Taiwan": the seller is protested; not "struck Hezbollah weapons depots in Lebanon": the owner is
               struck) */
            long in = skip_dets_left(c, np - 1); /* "arming rebel groups in the Amhara and Tigray regions": where */
            for (int w = 0; w < 3 && in > te && (plain_lower(c, in) || cap_plain(c, in) || is_word(c, in, C_CONJ)); w++)
                in = skip_dets_left(c, in - 1);
            if (thing < 0 && !(supply_ending(c, te) && rel_men_class(c, m) == 1 && is_word(c, in, C_IN)))
                thing = m, thing_last = last, thing_with = is_word(c, skip_dets_left(c, np - 1), C_WITH);
            continue;
        }
        r->by = role == ROLE_AGENT;
        r->for_obj = is_word(c, skip_dets_left(c, np - 1), C_FOR);
        for (int i = 0; i < chain.n; i++)
            rel_add_arg(&r->obj, chain.m[i]);
        conj_object(c, &last, &r->obj);
        long by = last + 1;
        while (by < last + 3 && plain_lower(c, by) && !past_form(c, by) && !ing_form(c, by))
            by++; /* "sanctions were imposed on Iranian banks by A": the name's noun (not "a Ukrainian wanted by A") */
        long q = skip_dets_right(c, by + 1); /* "an attack on B by A" */
        if (!sym && !r->agent.n && is_word(c, by, C_BY) && q < c->n && c->tk[q].men >= 0) {
            args *to = &r->agent;
            if (trigger_in(c, te, np)) { /* "criticized the attack on B by A": A, whose attack it is */
                to = &r->obj;
                to->n = 0;
            }
            long l = men_last(c, q);
            rel_add_arg(to, possessive_head(c, &l));
            conj_right(c, &l, to);
        } else if (!sym && act_object(c, np) && directed_act_in(c, te, np) && reaction(c, te - 1)) {
            r->obj.n = 0; /* "condemned the attack on Israel", "criticised sanctions on Russia": the act's object, not
                             the reaction's */
        }
        return;
    }
    if (sym && thing >= 0 && !thing_with && is_place(c, thing))
        return; /* "agreed on an arrangement for missions to the Second Thomas Shoal": no partner ("signed a deal
                   with Somaliland" is one) */
    if (thing >= 0 && !via_verb && !thing_to &&
        !(rel_men_kind(c, thing) == HOME_WEAPON && (sym || supply_ending(c, te) || deploy_ending(c, te)))) {
        rel_add_arg(&r->obj, thing);         /* not "held drills involving B-52 bombers": a weapon is no partner, nor
                                                the goods a recipient ("US-supplied ATACMS missiles") */
        conj_right(c, &thing_last, &r->obj); /* "struck Kharkiv and Odesa" */
    }
}

/* ---- left side: subjects ---- */

/* Before a name's token q + 1: the index before its title and the country
 * that qualifies it ("and South Korean President Lee": before "South";
 * "and Secretary of State Blinken": before "Secretary"), or q if no
 * capitalised word stands there. */
static long title_left(const sctx *c, long q)
{
    long r = q;
    int words = 0;
    while (words < 5 && (cap_plain(c, r) || (words && word_in(c, r, C_OF | C_FOR) && cap_plain(c, r - 1)) ||
                         (!words && word_in3(c, r, C3_TITLE))))
        r--, words++;
    if (!words)
        return q;
    return r >= 0 && c->tk[r].men >= 0 ? men_first(c, r) - 1 : r;
}

/* Whether a trigger ends right before the title and the names that
 * qualify it ending at token q, or before a qualifying name there: the
 * name after q is that trigger's object ("met Israeli Prime Minister
 * Netanyahu", "met Chinese President Xi", whose mention holds the title). */
static int trigger_before_title(const sctx *c, long q)
{
    long b = title_left(c, q);
    if (names_at(c, b))
        b = men_first(c, b) - 1;
    b = skip_dets_left(c, b);
    return b >= 0 && (c->tk[b].flags & TK_TRIG_END);
}

/* The person "he" or "she" at token q stands for: the last one named
 * before it in its sentence, else the first of the sentence before; or -1. */
static int32_t he_referent(const sctx *c, long q)
{
    if (q < 0 || c->tk[q].men >= 0 || c->tk[q].e - c->tk[q].s > 3 || !word_in2(c, q, C2_HE))
        return -1;
    for (long p = q - 1; p >= 0; p--)
        if (c->tk[p].men >= 0 && rel_men_kind(c, c->tk[p].men) == HOME_PERSON)
            return c->tk[p].men;
    const mention *mv = c->d->mentions.v;
    int32_t first = -1;
    for (size_t i = mentions_before(c, c->tk[0].s); i-- > 0 && mv[i].sentence + 1 >= c->sent;)
        if (mv[i].sentence + 1 == c->sent && rel_men_kind(c, (int32_t)i) == HOME_PERSON)
            first = (int32_t)i;
    return first;
}

/* "A and B", "A, B and C", "A, right, and B" before the phrase at np (the
 * link nearest to it must be "and"/"or", or a comma if the phrase is
 * itself listed before one: "A, B and a dozen allies"). Returns the start
 * of the list. */
static long conj_left(const sctx *c, long np, int allow_things, int listed, args *out)
{
    for (int first = 1;; first = 0, listed = 0) {
        long r = np - 1;
        if (r >= 3 && word_in2(c, r, C2_LED | C2_BACKED) && rel_is_punct(c, r - 1, "-") && c->tk[r - 2].men < 0 &&
            (c->tk[r - 2].flags & TK_WORD))
            r -= 3; /* "Syria and the Kurdish-led SDF": an adjective of the name's */
        long q = title_left(c, r);
        if (word_in2(c, q, C2_COUNTERPART)) { /* "A and his South Korean counterpart B" */
            q--;
            if (q >= 0 && c->tk[q].men >= 0 && rel_men_kind(c, c->tk[q].men) == HOME_COUNTRY)
                q = men_first(c, q) - 1;
        }
        q = skip_dets_left(c, q); /* "A and the B", "A and President B" */
        int conj = word_in(c, q, C_CONJ);
        q -= conj;
        int32_t he = first && conj ? he_referent(c, q) : -1;
        if (he >= 0) {
            rel_add_arg(out, he); /* "where he and Indian Prime Minister Narendra Modi agreed": the person before */
            return q;
        }
        int comma = rel_is_punct(c, q, ",");
        long cm = q;
        q -= comma;
        if (first ? !(conj || (listed && comma)) : !(conj || comma) || conj)
            return np; /* one "and" to a list: "with Georgia, and Lithuania and Estonia imposed" is two */
        int aside = q >= 1 && c->tk[q].men < 0 && (c->tk[q].flags & TK_WORD) && rel_is_punct(c, q - 1, ",");
        q -= 2 * aside; /* an aside between commas */
        if (rel_is_punct(c, q, ")"))
            q = skip_paren_left(c, q);
        q = skip_dets_left(c, q);
        if (q > 0 && c->tk[q].men < 0 && plain_to(c, q, q + 1)) {
            if (possessor_start(c, q + 1) < q)
                q = possessor_start(c, q + 1); /* "Sudan's army and the RSF": Sudan's */
            else if (((c->tk[q].cue & C_AGENTS_OF) || word_in2(c, q, C2_GOODS)) && c->tk[q - 1].men >= 0)
                q--; /* "the Sudanese army and the RSF", "Dutch jets and an Italian plane" */
        }
        long wf = q >= 0 && c->tk[q].men >= 0 ? men_first(c, q) : -1;
        if (wf > 0 && rel_men_kind(c, c->tk[q].men) == HOME_WEAPON && c->tk[wf - 1].men >= 0)
            q = wf - 1; /* "Dutch F-35 jets and an Italian plane": the state that flies them */
        if (q < 0 || c->tk[q].men < 0 || rel_men_class(c, c->tk[q].men) < (allow_things ? 1 : 2))
            return np;
        long before = skip_dets_left(c, possessor_start(c, men_first(c, q)) - 1);
        if (first && comma && !listed && !aside && !rel_is_punct(c, before, ","))
            return np; /* "struck Lebanon, and Hezbollah fired": two clauses ("A, B, and C" is a list; so
                          is "A, right, and B") */
        if (comma && !conj && opening_phrase(c, cm, men_last(c, q) + 1 == cm ? before : -1))
            return np; /* "Amid concern over North Korea, Seoul and Tokyo agreed", "Citing Russia's threats,
                          Finland and Sweden joined": an opening phrase, no list ("Officials from A, B and C
                          met" is one) */
        rel_add_arg(out, c->tk[q].men);
        np = possessor_start(c, men_first(c, q));
    }
}

/* Whether a capitalised reporting verb stands before token q: a
 * headline's "Kremlin Says Putin, Trump to Meet". */
static int headline_report(const sctx *c, long q)
{
    return q >= 1 && word_in(c, q - 1, C_REPORT) && cap_plain(c, q - 1);
}

/* "Seoul, Tokyo hold talks", "US, Japan, Philippines Hold Joint Drills",
 * "India, Pakistan Agree to Ceasefire": a headline's subjects joined by
 * commas alone. The first opens the sentence (or follows a capitalised
 * reporting verb: "Kremlin Says Putin, Trump to Meet"), the last (its mention
 * np..last) is followed by at most two words up to the trigger at ts, the
 * first of them a verb without a final s (not "Seoul, Tokyo's ally,
 * holds"; not a dateline, "SEOUL, South Korea (AP) -"). Adds the ones
 * before the last to group; returns whether there were any. */
static int headline_list(const sctx *c, long np, long last, long ts, args *group)
{
    if (ts - last - 1 > 2)
        return 0;
    for (long q = last + 1; q < ts; q++)
        if (!(c->tk[q].flags & TK_WORD) || c->tk[q].men >= 0)
            return 0;
    const tok *v = &c->tk[last + 1];
    if (v->e - v->s < 2 || (rel_lower(c->t[v->e - 1]) == 's' && rel_lower(c->t[v->e - 2]) != 's'))
        return 0; /* "holds", not "discuss" */
    args found = {.n = 0};
    for (long q = np - 1;;) {
        if (q < 1 || !rel_is_punct(c, q, ",") || c->tk[q - 1].men < 0 || rel_men_class(c, c->tk[q - 1].men) != 2)
            return 0;
        rel_add_arg(&found, c->tk[q - 1].men);
        q = men_first(c, q - 1);
        if (q == 0 || headline_report(c, q))
            break; /* (or after a headline's reporting verb: "Kremlin Says Putin, Trump to Meet") */
        q--;
    }
    for (int i = 0; i < found.n; i++)
        rel_add_arg(group, found.m[i]);
    return 1;
}

/* "upgraded their relationship to a": p is "to" or "into" after a verb
 * of upgrading and at most three plain words. */
static int upgraded_to(const sctx *c, long p)
{
    if (!word_in(c, p, C_TO) && !word_in2(c, p, C2_INTO))
        return 0;
    for (long q = p - 1; q >= 0 && p - q <= 4 && (c->tk[q].flags & (TK_WORD | TK_TRIG)) == TK_WORD && c->tk[q].men < 0;
         q--)
        if (word_in2(c, q, C2_UPGRADE))
            return 1;
    return 0;
}

static int32_t last_mention_of(const sctx *c, size_t hi, uint32_t e);

/* Nouns of an act named before, and the kind of act each names
 * (rel_type.prior_act): "condemned the strikes" (force or coercion),
 * "rejected the charge" (an accusation), "dismissed the threat", "opposed
 * the sanctions", "welcomed the agreement" (its parties). Sorted: looked
 * up by binary search (prior_kind; test_rel checks the order). */
#define PRIOR(w, kind)                                                                                                 \
    {                                                                                                                  \
        w, sizeof w - 1, kind                                                                                          \
    }
static const struct {
    const char *word;
    uint8_t len, kind;
} PRIOR_WORDS[] = {
    PRIOR("accord", PRIOR_DEAL),        PRIOR("accusation", PRIOR_CHARGE),  PRIOR("accusations", PRIOR_CHARGE),
    PRIOR("agreement", PRIOR_DEAL),     PRIOR("airstrike", PRIOR_FORCE),    PRIOR("airstrikes", PRIOR_FORCE),
    PRIOR("allegation", PRIOR_CHARGE),  PRIOR("allegations", PRIOR_CHARGE), PRIOR("announcement", PRIOR_MOVE),
    PRIOR("arrangement", PRIOR_DEAL),   PRIOR("arrests", PRIOR_FORCE),      PRIOR("assassination", PRIOR_FORCE),
    PRIOR("assault", PRIOR_FORCE),      PRIOR("attack", PRIOR_FORCE),       PRIOR("attacks", PRIOR_FORCE),
    PRIOR("ban", PRIOR_PENALTY),        PRIOR("bans", PRIOR_PENALTY),       PRIOR("blockade", PRIOR_FORCE),
    PRIOR("bombing", PRIOR_FORCE),      PRIOR("bombings", PRIOR_FORCE),     PRIOR("broadcasts", PRIOR_MOVE),
    PRIOR("case", PRIOR_CHARGE),        PRIOR("ceasefire", PRIOR_DEAL),     PRIOR("charge", PRIOR_CHARGE),
    PRIOR("charges", PRIOR_CHARGE),     PRIOR("claim", PRIOR_CHARGE),       PRIOR("claims", PRIOR_CHARGE),
    PRIOR("closure", PRIOR_MOVE),       PRIOR("collision", PRIOR_FORCE),    PRIOR("comments", PRIOR_REMARK),
    PRIOR("crackdown", PRIOR_FORCE),    PRIOR("curbs", PRIOR_PENALTY),      PRIOR("deal", PRIOR_DEAL),
    PRIOR("decision", PRIOR_MOVE),      PRIOR("declaration", PRIOR_DEAL),   PRIOR("demand", PRIOR_REMARK),
    PRIOR("demands", PRIOR_REMARK),     PRIOR("deployment", PRIOR_DEPLOY),  PRIOR("deployments", PRIOR_DEPLOY),
    PRIOR("detention", PRIOR_FORCE),    PRIOR("downing", PRIOR_FORCE),      PRIOR("drills", PRIOR_SHOW),
    PRIOR("duties", PRIOR_PENALTY),     PRIOR("embargo", PRIOR_PENALTY),    PRIOR("exercises", PRIOR_SHOW),
    PRIOR("expulsion", PRIOR_EXPEL),    PRIOR("expulsions", PRIOR_EXPEL),   PRIOR("incident", PRIOR_FORCE),
    PRIOR("incidents", PRIOR_FORCE),    PRIOR("incursion", PRIOR_FORCE),    PRIOR("incursions", PRIOR_FORCE),
    PRIOR("invasion", PRIOR_FORCE),     PRIOR("killing", PRIOR_FORCE),      PRIOR("killings", PRIOR_FORCE),
    PRIOR("launch", PRIOR_SHOW),        PRIOR("launches", PRIOR_SHOW),      PRIOR("letter", PRIOR_CHARGE),
    PRIOR("levies", PRIOR_PENALTY),     PRIOR("massacre", PRIOR_FORCE),     PRIOR("measures", PRIOR_MOVE),
    PRIOR("meeting", PRIOR_TALKS),      PRIOR("move", PRIOR_MOVE),          PRIOR("negotiations", PRIOR_TALKS),
    PRIOR("normalisation", PRIOR_DEAL), PRIOR("normalization", PRIOR_DEAL), PRIOR("outcome", PRIOR_MOVE),
    PRIOR("pact", PRIOR_DEAL),          PRIOR("protest", PRIOR_REMARK),     PRIOR("protests", PRIOR_REMARK),
    PRIOR("raid", PRIOR_FORCE),         PRIOR("raids", PRIOR_FORCE),        PRIOR("ramming", PRIOR_FORCE),
    PRIOR("rapprochement", PRIOR_DEAL), PRIOR("remarks", PRIOR_REMARK),     PRIOR("restrictions", PRIOR_PENALTY),
    PRIOR("sanctions", PRIOR_PENALTY),  PRIOR("seizure", PRIOR_FORCE),      PRIOR("shelling", PRIOR_FORCE),
    PRIOR("stationing", PRIOR_DEPLOY),  PRIOR("step", PRIOR_MOVE),          PRIOR("strike", PRIOR_FORCE),
    PRIOR("strikes", PRIOR_FORCE),      PRIOR("summit", PRIOR_TALKS),       PRIOR("talks", PRIOR_TALKS),
    PRIOR("tariffs", PRIOR_PENALTY),    PRIOR("test", PRIOR_SHOW),          PRIOR("tests", PRIOR_SHOW),
    PRIOR("threat", PRIOR_THREAT),      PRIOR("threats", PRIOR_THREAT),     PRIOR("treaty", PRIOR_DEAL),
    PRIOR("trip", PRIOR_VISIT),         PRIOR("truce", PRIOR_DEAL),         PRIOR("visit", PRIOR_VISIT),
    PRIOR("visits", PRIOR_VISIT),       PRIOR("warning", PRIOR_THREAT),     PRIOR("warnings", PRIOR_THREAT)};
#undef PRIOR

/* The kind of the act noun w[0..len) (PRIOR_FORCE...), or -1. */
static int prior_kind(const char *w, size_t len)
{
    if (len < 4 || len > 13 || (unsigned)(w[0] - 'a') >= 26u)
        return len == 3 && w[0] == 'b' && w[1] == 'a' && w[2] == 'n' ? PRIOR_PENALTY : -1;
    /* (most words after "the": a name; "ban" is the one noun of three letters, "new" and "two" none) */
    size_t lo = 0, hi = sizeof PRIOR_WORDS / sizeof *PRIOR_WORDS;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2, n = PRIOR_WORDS[mid].len, k = 0;
        const char *x = PRIOR_WORDS[mid].word;
        while (k < len && k < n && w[k] == x[k])
            k++; /* (inline: most words differ in the first byte or two) */
        int d = k < len && k < n ? (unsigned char)w[k] - (unsigned char)x[k] : len < n ? -1 : len > n;
        if (d == 0)
            return PRIOR_WORDS[mid].kind;
        if (d < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return -1;
}

int rel_prior_words_sorted(void)
{
    for (size_t i = 1; i < sizeof PRIOR_WORDS / sizeof *PRIOR_WORDS; i++)
        if (strcmp(PRIOR_WORDS[i - 1].word, PRIOR_WORDS[i].word) >= 0)
            return 0;
    return 1;
}

/* Whether token q is a noun opening an appositive after a comma, with an
 * article or in the plural: ", a charge Hamas rejected", ", charges the UN
 * rejected". */
static int appositive_act_noun(const sctx *c, long q)
{
    if (q >= 2 && word_in(c, q - 1, C_ARTICLE) && rel_is_punct(c, q - 2, ","))
        return 1;
    return q >= 1 && rel_is_punct(c, q - 1, ",") && lower_word(c, q) && c->t[c->tk[q].e - 1] == 's';
}

/* prior_kind of token q (a word outside mentions), or -1. */
static int prior_kind_at(const sctx *c, long q)
{
    if (!lower_word(c, q))
        return -1;
    return prior_kind(c->t + c->tk[q].s, c->tk[q].e - c->tk[q].s);
}

int rel_clash_word(const sctx *c, long ti)
{
    return word_starts(c, ti, "clash");
}

int rel_clash_over_issue(const sctx *c, long ti)
{
    static const char *const ISSUES[] = {
        "sanctions", "tariffs",   "trade",    "policy",  "policies", "remarks",   "comments", "statements",  "access",
        "rights",    "migration", "migrants", "debt",    "aid",      "elections", "election", "recognition", "claims",
        "plan",      "plans",     "deal",     "funding", "visas",    "budget",    "taxes",    "history",     NULL};
    for (long q = ti + c->tk[ti].tlen; q < c->n && q <= ti + 12 && !rel_is_punct(c, q, ",;:.!?"); q++)
        if (tok_is(c, q, "over")) {
            long w = skip_dets_right(c, q + 1);
            for (int k = 0; k < 2 && w < c->n && lower_word(c, w) && c->tk[w].men < 0; k++) {
                for (const char *const *i = ISSUES; *i; i++)
                    if (tok_is_str(c, w, *i))
                        return 1;
                w++; /* "over trade policy" */
            }
            return 0;
        }
    return 0;
}

int rel_aside_subject(const sctx *c, long mt)
{
    size_t off = c->tk[mt].e;
    if (off + 2 >= c->send || !rel_space_byte((unsigned char)c->t[off]) || (unsigned)(c->t[off + 1] - 'a') >= 26u)
        return 0; /* (most names: punctuation after them) */
    long an = men_first(c, mt) - 1;
    if (an < 2 || c->tk[an].men >= 0 || !(c->tk[an].flags & TK_WORD))
        return 0; /* (most names: after a name or punctuation) */
    if ((unsigned)(c->t[c->tk[an].s] - 'a') < 26u) {
        an = skip_dets_left(c, an);
        if (an < 2 || ((c->tk[an - 1].flags & c->tk[an - 2].flags) & TK_WORD))
            return 0; /* (most: no comma one or two words before the name) */
    } else if (cap_plain(c, an) || word_in3(c, an, C3_TITLE)) {
        an = skip_dets_left(c, title_left(c, an)); /* ", which Turkish President Tayyip Erdogan called" */
    }
    if (an < 1 || !(tok_is(c, an, "which") ? rel_is_punct(c, an - 1, ",")
                                           : appositive_act_noun(c, an) && prior_kind_at(c, an) >= 0))
        return 0;
    size_t end;
    const rel_word *w = text_word_after(c, (size_t)(rel_verb_after_name(c->t + off, c->t + c->send) - c->t), &end);
    return w && w->first < w->end; /* a trigger's word after the name: "condemned", "called", "has condemned", "a
                                      move the Taliban government called cruel" */
}

const char *rel_verb_after_name(const char *t, const char *end)
{
    if (end - t < 2 || !rel_space_byte((unsigned char)t[0]))
        return NULL;
    t++;
    if (end - t > 11 && t[0] == 'g' && !strncmp(t, "government ", 11))
        t += 11; /* ", a charge the Taliban government denies" */
    if (t[0] == 'h' && end - t > 4 && (!strncmp(t, "has ", 4) || !strncmp(t, "had ", 4)))
        t += 4; /* "has denied" */
    else if (t[0] == 'h' && end - t > 5 && !strncmp(t, "have ", 5))
        t += 5;
    return t;
}

int rel_talks_before(const sctx *c, long ti)
{
    return ti > 0 && prior_kind_at(c, ti - 1) == PRIOR_TALKS;
}

/* Whether the reporting verb at p is followed by the visit at ts in an
 * adjunct of its own: "said during a visit to Ankara", "said on a two-day
 * visit to Manila" (the speaker visits). */
static int said_on_visit(const sctx *c, long p, long ts)
{
    long q = p + 1;
    if (!(is_word(c, q, C_ON) || tok_is(c, q, "during")) ||
        !(word_in(c, q + 1, C_ARTICLE) || word_in3(c, q + 1, C3_HIS_HER)))
        return 0;
    for (q += 2; q < ts && ts - q <= 4 && (plain_lower(c, q) || rel_is_punct(c, q, "-"));)
        q++;
    return q == ts && (c->tk[ts].flags & TK_TRIG) &&
           !strcmp(c->lx->types[c->lx->trigs[c->tk[ts].trig].relation].cameo, "042");
}

/* Whether ", which" after token q follows an act rather than a name: a
 * time closing the clause ("held drills around Taiwan in October, which
 * Taipei condemned", "last week, which"), or the act's own noun with no
 * name before it ("held drills, which"), its partner's forces ("drills
 * with Guyana's military, which") or its place ("in Doha, which"); not "praised the AUKUS pact,
 * which Indonesia has criticised" (the pact's, rel_relative_object). */
static int which_follows_act(const sctx *c, long q)
{
    if (word_in2(c, q, C2_DAY) || (digit_token(c, q) && c->tk[q].e - c->tk[q].s == 4) || time_word(c, q))
        return 1; /* "on Monday", "in 2022", "in October", "last week" */
    long in = q >= 2 && c->tk[q].men >= 0 ? skip_dets_left(c, men_first(c, q) - 1) : -1;
    in -= in >= 1 && word_in3(c, in, C3_COMPASS); /* "struck the group in northern Iraq, which" */
    if (in >= 0 && is_word(c, in, C_IN) && (rel_men_kind(c, c->tk[q].men) == HOME_COUNTRY || is_place(c, c->tk[q].men)))
        return 1; /* "struck Hamas leaders in Doha, which Qatar called state terrorism": where the act was */
    if (q >= 4 &&
        (word_in2(c, q, C2_FORCES) || tok_is(c, q, "military") || tok_is(c, q, "army") || tok_is(c, q, "navy")) &&
        is_word(c, q - 1, C_S) && rel_is_punct(c, q - 2, "'") && c->tk[q - 3].men >= 0 &&
        is_word(c, men_first(c, q - 3) - 1, C_WITH))
        return 1; /* "hold drills with Guyana's military, which Caracas condemned": the act's partner's forces */
    return q >= 1 && c->tk[q].men < 0 && ((c->tk[q].flags & TK_TRIG) || prior_kind_at(c, q) >= 0) &&
           c->tk[q - 1].men < 0;
}

size_t rel_headline_last_word(const sctx *c, size_t *end)
{
    size_t e = c->send;
    while (e > c->sstart && rel_space_byte((unsigned char)c->t[e - 1]))
        e--;
    size_t w = e;
    while (w > c->sstart && (unsigned)(c->t[w - 1] - 'a') < 26u)
        w--;
    *end = e;
    return w < e && w > c->sstart && c->t[w - 1] == ' ' ? w : 0;
}

/* prior_kind of a headline's last word, right after the trigger ending
 * before te, with no article ("Qatar condemns attack"), or -1. */
static int headline_prior_kind(const sctx *c, long te)
{
    size_t end, w = rel_headline_last_word(c, &end), off = c->tk[te - 1].e;
    while (off < w && c->t[off] == ' ')
        off++;
    return w && off == w ? prior_kind(c->t + w, end - w) : -1;
}

/* The entity of the one subject of the trigger at ti, else UINT32_MAX
 * (none, or a list): whose reaction, apology or act it is. */
static uint32_t lone_subject(const sctx *c, long ti)
{
    left_res L;
    rel_scan_left(c, ti, ti, 0, &L);
    return L.subj.n == 1 ? c->d->mentions.v[L.subj.m[0]].entity : UINT32_MAX;
}

int rel_apology_object(const sctx *c, long ti, args *obj)
{
    if (strcmp(c->lx->types[c->lx->trigs[c->tk[ti].trig].relation].cameo, "055") != 0)
        return 0; /* (most triggers: no apology) */
    uint32_t who = lone_subject(c, ti);
    if (who == UINT32_MAX)
        return 0;
    const stated_rel *rv = c->d->rels.v;
    for (size_t i = c->d->rels.n; i-- > 0 && rv[i].sentence + 2 >= c->sent;) {
        if (rv[i].b != who || c->lx->types[rv[i].relation].quadclass != 3)
            continue; /* "Kenya summoned Uganda's envoy ... Uganda apologised": to Kenya */
        int32_t m = last_mention_of(c, mentions_before(c, c->tk[ti].s), rv[i].a);
        if (m >= 0)
            rel_add_arg(obj, m);
        return m >= 0;
    }
    return 0;
}

unsigned rel_prior_word(const char *w, size_t n)
{
    if (n > 1 && w[0] == '"')
        w++, n--;                             /* 'the "illegal unilateral sanctions"' */
    for (int words = 0; words < 3; words++) { /* "the strikes", "the latest strikes", "the Zapad drills" */
        if (n == 0 || ((unsigned)(w[0] - 'a') >= 26u && (unsigned)(w[0] - 'A') >= 26u))
            return 0;
        size_t len = 1;
        while (len < n && rel_word_byte((unsigned char)w[len]))
            len++;
        if ((unsigned)(w[0] - 'a') < 26u && prior_kind(w, len) >= 0)
            return 1; /* (a name's words are none: "the United States") */
        if (len >= n || (unsigned char)w[len] > ' ')
            return 0; /* (a line break may stand for the space) */
        w += len + 1, n -= len + 1;
    }
    return 0;
}

/* Whether entities a and b are one, or of one country (the gazetteer's
 * country column). */
static int same_home(const sctx *c, uint32_t a, uint32_t b)
{
    uint32_t h = c->ent_home[a] >> HOME_SHIFT;
    return a == b || (h && h == c->ent_home[b] >> HOME_SHIFT);
}

/* The first of the relations stated by the trigger of relation i (one
 * trigger's relations are stored together), at lo or after it. */
static size_t trigger_first(const sctx *c, size_t i, size_t lo)
{
    const stated_rel *rv = c->d->rels.v;
    while (i > lo && rv[i - 1].trig_start == rv[i].trig_start)
        i--;
    return i;
}

int rel_reprisal_target(const sctx *c, long ti, args *obj)
{
    uint32_t self = rel_vows_reprisal(c, ti) ? lone_subject(c, ti) : UINT32_MAX;
    const stated_rel *rv = c->d->rels.v;
    for (size_t i = c->d->rels.n; self != UINT32_MAX && i-- > 0 && rv[i].sentence + FORCE_SENTENCES >= c->sent;) {
        int pk = c->lx->types[rv[i].relation].prior_act; /* (a penalty too: "Belarus called the measures
                                                             illegitimate and vowed to respond"; an expulsion:
                                                             "Austria expelled four Russian diplomats ... Moscow
                                                             promised to respond in kind") */
        if ((pk != PRIOR_FORCE && pk != PRIOR_PENALTY && pk != PRIOR_EXPEL) || rv[i].symmetric || rv[i].negated ||
            rv[i].hypothetical || !same_home(c, rv[i].b, self) || same_home(c, rv[i].a, self))
            continue;
        size_t hi = mentions_before(c, c->tk[ti].s), j = trigger_first(c, i, 0);
        for (; j < c->d->rels.n && rv[j].trig_start == rv[i].trig_start; j++) {
            int32_t m = same_home(c, rv[j].b, self) ? last_mention_of(c, hi, rv[j].a) : -1;
            if (m >= 0)
                rel_add_arg(obj, m); /* ("U.S. and British warplanes struck Houthi targets": both) */
        }
        return obj->n > 0;
    }
    return 0;
}

/* (rel_release_asked: "release" after up to three words of an article, a
 * possessive or an adjective of haste, read in the text from the trigger's
 * end, as the tail past the last name holds no tokens.) */
int rel_release_asked(const sctx *c, long te)
{
    size_t off = c->tk[te - 1].e;
    static const char *const BEFORE[] = {"the",       "his",           "her",   "their", "its",
                                         "immediate", "unconditional", "swift", "safe",  NULL};
    for (int w = 0; w < 4; w++) {
        while (off < c->send && rel_space_byte((unsigned char)c->t[off]))
            off++;
        size_t e = off;
        while (e < c->send && rel_word_byte((unsigned char)c->t[e]))
            e++;
        if (e - off == 7 && !memcmp(c->t + off, "release", 7))
            return 1;
        int ok = !w && e - off == 3 && !memcmp(c->t + off, "for", 3); /* "called for", read in the text */
        if (e > off && c->send - e > 2 && c->t[e] == '\'' && c->t[e + 1] == 's' && c->t[e + 2] == ' ')
            ok = 1, e += 2; /* "the journalist's" */
        for (int i = 0; !ok && BEFORE[i]; i++)
            ok = strlen(BEFORE[i]) == e - off && !memcmp(c->t + off, BEFORE[i], e - off);
        if (!ok)
            return 0;
        off = e;
    }
    return 0;
}

/* Whether the trigger word at text offset s names taking people or a ship
 * ("seized", "detained", "abducted"). */
static int taking_word(const char *s)
{
    return !strncasecmp(s, "seiz", 4) || !strncasecmp(s, "detain", 6) || !strncasecmp(s, "abduct", 6) ||
           !strncasecmp(s, "kidnap", 6) || !strncasecmp(s, "captur", 6) || !strncasecmp(s, "arrest", 6);
}

static int speaker_before(const sctx *c, long p, left_res *l);
static int opener_subject(const sctx *c, long ts, uint32_t pronoun, left_res *l);
static int prior_actor(const sctx *c, long ti, long q, int kind, int headline, int32_t struck, args *obj);

int rel_unanswered_act(const sctx *c, long ti, left_res *l, args *obj)
{
    l->subj.n = 0; /* (opener_subject adds to it) */
    long te = ti + c->tk[ti].tlen, q = ti - 1, d = q - 1;
    int kind = prior_kind_at(c, q);
    if (kind < 0 || !(tok_is(c, te - 1, "unanswered") || tok_is(c, te - 1, "unpunished")))
        return 0;
    for (int w = 0; w < 2 && d > 0 && plain_lower(c, d) && !word_in(c, d, C_DET); w++)
        d--; /* "the latest attack" */
    if (!word_in(c, d, C_DET))
        return 0;
    long r = d - 1 - word_in2(c, d - 1, C2_THAT); /* "warned that the attack" */
    if (!(word_in(c, r, C_REPORT) || word_starts(c, r, "warn")) ||
        !(speaker_before(c, r, l) || (word_in(c, r - 1, C_AND_BUT) && opener_subject(c, r, 0, l))))
        return 0; /* ("A's defence ministry said ... and warned that the strikes would not go unanswered") */
    return prior_actor(c, ti, q, kind, 0, -1, obj);
}

int rel_vetoed_act(const sctx *c, long ti)
{
    for (long q = ti + c->tk[ti].tlen; q < c->n && q - ti <= 12 && !rel_is_punct(c, q, ",;:.!?"); q++) {
        if (c->tk[q].flags & TK_TRIG)
            return 1;
        if (plain_lower(c, q) && !amount_part(c, q) && !digit_token(c, q - 1) && !digit_token(c, q - 2) &&
            !word_in(c, q, C_DET)) /* (past "2 billion euro") */
            return 0; /* "vetoed an Algerian-drafted U.N. Security Council resolution demanding a ceasefire": the
                         resolution vetoed, its drafter rejected */
    }
    return 0;
}

int rel_release_demand(const sctx *c, long te, args *obj)
{
    if (strncmp(cameo_ending(c, te), "10", 2) != 0 || !rel_release_asked(c, te))
        return 0; /* (most demands name whom they ask) */
    const stated_rel *rv = c->d->rels.v;
    size_t hi = mentions_before(c, c->tk[te - 1].s);
    for (size_t i = c->d->rels.n; i-- > 0 && rv[i].sentence + FORCE_SENTENCES >= c->sent;) {
        if (rv[i].negated || rv[i].hypothetical || rv[i].symmetric || !taking_word(c->d->bytes + rv[i].trig_start))
            continue;
        int32_t m = last_mention_of(c, hi, rv[i].a);
        if (m >= 0)
            rel_add_arg(obj, m); /* "Russia detained a U.S. journalist ... Washington demanded his release" */
        return obj->n > 0;
    }
    int32_t m =
        c->lone_act >= 0 && c->lone_act_sent + FORCE_SENTENCES >= c->sent && taking_word(c->t + c->lone_act_word)
            ? last_mention_of(c, hi, (uint32_t)c->lone_act)
            : -1;
    if (m >= 0)
        rel_add_arg(obj, m); /* "Iran's navy seized an oil tanker ... demanded the release of the ship" */
    return m >= 0;
}

int rel_shared_cut_target(const sctx *c, long ti, args *obj)
{
    const stated_rel *rv = c->d->rels.v;
    for (size_t i = c->d->rels.n; i-- > c->first_rel;) {
        if (!c->lx->types[rv[i].relation].reduce || rv[i].negated || rv[i].hypothetical)
            continue;
        size_t hi = mentions_before(c, c->tk[ti].s), j = trigger_first(c, i, c->first_rel);
        for (; j <= i; j++) {
            int32_t m = last_mention_of(c, hi, rv[j].b);
            if (m >= 0)
                rel_add_arg(obj, m); /* ("expelled the ambassadors of A and B, while C recalled its envoys") */
        }
        return obj->n > 0;
    }
    return 0;
}

int rel_sanction_targets(const sctx *c, long ti, int32_t ma)
{
    static const char *const HELD[] = {"firms",   "companies", "entities", "individuals", "tankers",
                                       "vessels", "banks",     "networks", "people",      NULL};
    long q = skip_dets_right(c, ti + 1);
    int held = 0;
    for (int w = 0; w < 3 && q < c->n && !held; w++, q++) {
        for (int i = 0; HELD[i] && !held; i++)
            held = tok_is_str(c, q, HELD[i]);
        if (!held && !plain_lower(c, q) && c->tk[q].men < 0)
            return 0; /* "also targeted Chinese shadow fleet tankers" (a name, plain words before the noun) */
        if (c->tk[q].men >= 0)
            q = men_last(c, q);
    }
    if (!held || !word_starts(c, ti, "target"))
        return 0;
    const stated_rel *rv = c->d->rels.v;
    uint32_t e = c->d->mentions.v[ma].entity;
    for (size_t i = c->d->rels.n; i-- > 0 && rv[i].sentence + 2 >= c->sent;)
        if (!strcmp(c->lx->types[rv[i].relation].cameo, "163") && !rv[i].negated && same_home(c, rv[i].a, e))
            return 1; /* "The United States imposed sanctions on ... The Treasury Department also targeted tankers and
                         firms in Hong Kong" */
    return 0;
}

/* Whether entity e, or one of its country, is named before token ti: "the
 * GRU" accused, "Russia's embassy" answers. */
static int accused_named(const sctx *c, long ti, uint32_t e)
{
    for (long q = 0; q < ti; q++)
        if (c->tk[q].men >= 0 && !(q > 0 && c->tk[q - 1].men == c->tk[q].men) &&
            same_home(c, e, c->d->mentions.v[c->tk[q].men].entity))
            return 1;
    return 0;
}

/* Whether a subject of the reaction at ti is a party of r (or of its
 * home): "a party's own official welcomes no deal of his". */
static int subject_party(const sctx *c, long ti, const stated_rel *r)
{
    left_res L;
    rel_scan_left(c, ti, ti, 0, &L);
    for (int i = 0; i < L.subj.n; i++) {
        uint32_t e = c->d->mentions.v[L.subj.m[i]].entity;
        if (same_home(c, e, r->a) || same_home(c, e, r->b))
            return 1;
    }
    return 0;
}

/* The parties of the agreement r, named before token ti, into obj, if the
 * reaction's subject is none of them nor of one's country ("Armenia and
 * Azerbaijan signed ... Turkey welcomed the agreement": both; not "Armenia
 * welcomed it", nor the Taliban's minister the Taliban's recognition). */
static int deal_parties(const sctx *c, long ti, const stated_rel *r, args *obj)
{
    if (subject_party(c, ti, r))
        return 0;
    size_t hi = mentions_before(c, c->tk[ti].s), j = (size_t)(r - c->d->rels.v);
    const stated_rel *rv = c->d->rels.v;
    while (j > 0 && rv[j - 1].trig_start == r->trig_start)
        j--;
    for (; j < c->d->rels.n && rv[j].trig_start == r->trig_start; j++) { /* "Japan, the Philippines and the United
                                                                           States began sharing": all three */
        int32_t x = rv[j].relation == r->relation ? last_mention_of(c, hi, rv[j].a) : -1,
                y = last_mention_of(c, hi, rv[j].b);
        if (x >= 0 && y >= 0) {
            rel_add_arg(obj, x);
            rel_add_arg(obj, y);
        }
    }
    return obj->n > 0;
}

/* Whether r's two entities are named in its sentence joined by "and" or a
 * comma, as one subject: "Turkey and Greece agreed", "Venezuelan
 * President Nicolas Maduro and Guyanese President Irfaan Ali agreed", "Kim
 * Yong-hyun and U.S. Defense Secretary Lloyd Austin" (only capitalised
 * words after "and"; not "France recognised Palestine",
 * "joining Britain"). */
static int joint_subject(const sctx *c, const stated_rel *r)
{
    const mention *mv = c->d->mentions.v;
    for (size_t i = 0; i + 1 < c->d->mentions.n; i++) {
        if (mv[i].sentence != r->sentence || (mv[i].entity != r->a && mv[i].entity != r->b))
            continue;
        uint32_t other = mv[i].entity == r->a ? r->b : r->a;
        for (size_t j = i + 1; j < c->d->mentions.n && j <= i + 3 && mv[j].sentence == r->sentence; j++) {
            if (mv[j].entity != other)
                continue;
            const char *p = c->t + mv[i].nend, *end = c->t + mv[j].nstart;
            if ((end - p == 2 && !memcmp(p, ", ", 2)) || (end - p == 6 && !memcmp(p, ", the ", 6)))
                return 1; /* (a headline's "Israel, Lebanon agree"; "Japan, the Philippines and ...") */
            if (end - p < 5 || end - p > 48 || memcmp(p, " and ", 5) != 0)
                break;
            p += 5;
            if (end - p >= 4 && !memcmp(p, "the ", 4))
                p += 4; /* "and the United States" (a name's own "The" outside it: "and the Philippines") */
            for (; p < end && (*p == ' ' || (*p >= 'A' && *p <= 'Z') ||
                               (p[-1] != ' ' && (*p == '.' || rel_word_byte((unsigned char)*p))));)
                p++;
            if (p == end)
                return 1;
            break;
        }
    }
    return 0;
}

/* Whether stated relation r refuses entry ("refused entry to", "denied
 * entry to"): a reaction's word, and an act. */
static int entry_refused(const sctx *c, const stated_rel *r)
{
    const char *b = c->d->bytes;
    uint32_t e = r->trig_end;
    return (e >= 8 && !memcmp(b + e - 8, "entry to", 8)) || (e + 6 <= c->d->len && !memcmp(b + e, " entry", 6));
}

/* Whether stated relation r is an act a reaction to "the move" may name:
 * no reaction (but a refusal of entry) nor charge itself, nor a standing penalty a thing is
 * "subject to" ("stopped the transit of goods subject to European Union
 * sanctions ... called the move illegal": not the EU's move). */
static int move_act(const sctx *c, const stated_rel *r)
{
    const rel_type *t = &c->lx->types[r->relation];
    if (t->reaction && !entry_refused(c, r))
        return 0;
    if (t->prior_act == PRIOR_CHARGE)
        return 0;
    if (t->prior_act == PRIOR_PENALTY)
        for (uint32_t p = r->trig_start > 40 ? r->trig_start - 40 : 0; p + 11 <= r->trig_start; p++)
            if (c->d->bytes[p] == 's' && !memcmp(c->d->bytes + p, "subject to ", 11))
                return 0;
    return 1;
}

/* The mention after "on" or "against" at token e, past a determiner and
 * up to two plain words ("on Russian energy infrastructure", "on the
 * Ukrainian capital"), or -1: the target of a force named after its noun. */
static int32_t struck_named(const sctx *c, long e)
{
    if (e >= c->n || !(tok_is(c, e, "on") || tok_is(c, e, "against")))
        return -1;
    long q = skip_dets_right(c, e + 1);
    for (int w = 0; w < 2 && q < c->n && plain_lower(c, q); w++)
        q++;
    return q < c->n ? c->tk[q].men : -1;
}

/* The actor of the first act of the latest sentence stating one (this one
 * or the MOVE_SENTENCES before, the talks' too), into obj, for a reaction to "the move", "the
 * decision", "the step": "Moldova expelled a Russian diplomat, accusing
 * Moscow of ... Romania welcomed the decision" (Moldova's); after an
 * agreement or talks of a joint subject, its parties (deal_parties); an
 * act undone too ("lifted its ban"); an act announced only if none was stated ("the
 * EU said it stood ready to help Chisinau. Russia said the move was
 * unfriendly": Moldova's expulsion before) or in this sentence ("said it
 * would hold drills with Guyana's military, which Caracas condemned"). */
/* The host and the guests of the latest hosting stated (this sentence or
 * the two before), none of them the reaction's subject, into obj: "Biden
 * hosted Marcos and Kishida ... Beijing said it opposed the meeting". */
static int host_talks(const sctx *c, long ti, args *obj)
{
    const stated_rel *rv = c->d->rels.v;
    for (size_t i = c->d->rels.n; i-- > 0 && rv[i].sentence + 2 >= c->sent;) {
        if (!c->lx->types[rv[i].relation].host || rv[i].negated || rv[i].hypothetical)
            continue;
        if (subject_party(c, ti, &rv[i]))
            return 0;
        size_t hi = mentions_before(c, c->tk[ti].s), j = trigger_first(c, i, 0);
        for (int32_t m = last_mention_of(c, hi, rv[i].a); m >= 0; m = -1)
            rel_add_arg(obj, m);
        for (; j < c->d->rels.n && rv[j].trig_start == rv[i].trig_start; j++) {
            int32_t m = last_mention_of(c, hi, rv[j].b);
            if (m >= 0)
                rel_add_arg(obj, m);
        }
        return obj->n > 1;
    }
    return 0;
}

static int latest_act(const sctx *c, long ti, int joint_only, args *obj)
{
    const stated_rel *rv = c->d->rels.v;
    size_t i, first = SIZE_MAX;
    uint32_t self = lone_subject(c, ti); /* (not its own act, nor its country's: "Serbia recalled its ambassador
                                            after Croatia refused entry to a Serbian minister ... Serbian President
                                            Aleksandar Vucic called the decision shameful") */
    for (int wish = 0; wish < 2 && first == SIZE_MAX; wish++) { /* an act stated, else one announced */
        i = c->d->rels.n;
        while (i-- > 0 && rv[i].sentence + MOVE_SENTENCES >= c->sent &&
               (first == SIZE_MAX || rv[i].sentence == rv[first].sentence))
            if (move_act(c, &rv[i]) && !(self != UINT32_MAX && same_home(c, rv[i].a, self)) &&
                (rv[i].sentence + 2 >= c->sent || rv[i].sentence > 0) &&
                (joint_only ? rv[i].symmetric && !rv[i].negated && joint_subject(c, &rv[i])
                            : wish || !rv[i].hypothetical || rv[i].sentence == c->sent))
                first = i; /* (the main clause's verb comes first; talks are a joint subject's: "Kim and Austin
                              signed ... Austin said ... North Korea denounced the talks"; three sentences back
                              not the first, a headline restating the lede) */
    }
    if (first == SIZE_MAX)
        return joint_only && host_talks(c, ti, obj);
    if (rv[first].symmetric && joint_subject(c, &rv[first]))
        return c->lx->types[rv[first].relation].quadclass <= 2 &&
               deal_parties(c, ti, &rv[first], obj); /* ("the two clashed": whose, unsaid) */
    if ((rv[first].symmetric && c->lx->types[rv[first].relation].quadclass > 2) || joint_only)
        return 0; /* (a host's talks: a joint subject's) */
    size_t hi = mentions_before(c, c->tk[ti].s);
    for (i = first; i < c->d->rels.n && rv[i].sentence == rv[first].sentence; i++) {
        int32_t m = rv[i].trig_start == rv[first].trig_start ? last_mention_of(c, hi, rv[i].a) : -1;
        if (m >= 0 && move_act(c, &rv[i]))
            rel_add_arg(obj, m); /* ("France recognised Palestine ... called the move": France's; "A and B imposed
                                    sanctions": both; "Fiji reversed its agreement with Vanuatu", "China lifted its
                                    ban": an act undone is one too) */
    }
    return obj->n > 0;
}

/* Whether the trigger of statement r names drills or exercises. */
static int drills_named(const sctx *c, const stated_rel *r)
{
    for (uint32_t p = r->trig_start; p + 5 <= r->trig_end; p++)
        if (!strncasecmp(c->d->bytes + p, "drill", 5) || !strncasecmp(c->d->bytes + p, "exerc", 5))
            return 1;
    return 0;
}

int rel_joined_for_drills(const sctx *c, long ti, long last)
{
    if (!word_starts(c, ti, "join") || !(is_word(c, last + 1, C_FOR) || is_word(c, last + 1, C_IN)))
        return 0;
    for (long q = skip_dets_right(c, last + 2), w = 0; q < c->n && w < 3; q++, w++) {
        if (c->tk[q].flags & TK_TRIG)
            return c->lx->types[c->lx->trigs[c->tk[q].trig].relation].military;
        if (!plain_lower(c, q))
            return 0;
    }
    return 0;
}

int32_t rel_spied_for(const sctx *c, long te)
{
    for (long q = te + 1; q + 1 < c->n && q - te <= 32 && !rel_is_punct(c, q, ";:"); q++) {
        long m = -1;
        if (is_word(c, q, C_FOR) && (tok_is(c, q - 1, "spying") || tok_is(c, q - 1, "espionage")))
            m = skip_dets_right(c, q + 1); /* "suspected of spying for Russia" */
        else if (tok_is(c, q, "behalf") && tok_is(c, q - 1, "on") && is_word(c, q + 1, C_OF))
            m = skip_dets_right(c, q + 2); /* "spying on exiles on behalf of Iran's intelligence services" */
        if (m >= 0)
            return m < c->n && c->tk[m].men >= 0 && rel_men_class(c, c->tk[m].men) == 2 ? c->tk[m].men : -1;
    }
    return -1;
}

int rel_prompting_act(const sctx *c, long ti, long pr, args *obj)
{
    static const char *const MOVES[] = {"move", "step", "decision", "act", NULL};
    long w = pr - 1, n = w - 1;
    if (tok_is(c, w, "that") && n >= 2 && word_in(c, n - 1, C_ARTICLE) && rel_is_punct(c, n - 2, ","))
        for (int i = 0; MOVES[i]; i++)
            if (tok_is_str(c, n, MOVES[i])) {
                n -= 2; /* ", a move that drew" */
                break;
            }
    if (w < 1 || !(tok_is(c, w, "which") || n != w - 1) || !rel_is_punct(c, n, ",") || !latest_act(c, ti, 0, obj))
        return 0;
    if (c->d->mentions.v[obj->m[0]].sentence != c->sent)
        obj->n = 0; /* (the act of a sentence before: "sent a destroyer through the Taiwan Strait, which drew
                       protests": an act the lexicon does not name) */
    return obj->n > 0;
}

/* Whether the act noun at token q and the trigger of statement r share
 * their first three letters ("strikes" and "struck", "raid" and "raided";
 * "airstrikes" read from "strikes"). */
static int root_of(const sctx *c, long q, const char *t, size_t tn)
{
    const char *w = c->t + c->tk[q].s;
    size_t n = c->tk[q].e - c->tk[q].s;
    if (n > 6 && w[0] == 'a' && w[1] == 'i' && w[2] == 'r')
        w += 3, n -= 3;
    return n >= 3 && tn >= 3 && (w[0] | 0x20) == (t[0] | 0x20) && (w[1] | 0x20) == (t[1] | 0x20) &&
           (w[2] | 0x20) == (t[2] | 0x20);
}

static int same_root(const sctx *c, long q, const stated_rel *r)
{
    return root_of(c, q, c->d->bytes + r->trig_start, r->trig_end - r->trig_start);
}

/* Whether an act of force sharing the root of the noun at q is stated
 * since sentence `from` (a lone act of another word after it names no
 * "strikes": "Israeli warplanes struck ports ... The Houthis have attacked
 * ships ... Iran condemned the strikes"). */
static int force_root_since(const sctx *c, long q, uint32_t from)
{
    const stated_rel *rv = c->d->rels.v;
    for (size_t i = c->d->rels.n; i-- > 0 && rv[i].sentence >= from;)
        if (c->lx->types[rv[i].relation].prior_act == PRIOR_FORCE && !rv[i].symmetric && same_root(c, q, &rv[i]))
            return 1;
    return 0;
}

/* The speaker of the sentence or one of the two before the reaction at ti
 * (c->speaker, opening it before "said"), into obj, unless the reaction's
 * subject: "The Chinese foreign ministry said the two countries should not
 * stir up trouble. Manila rejected the remarks" (China's); for "the
 * demand" or "the protest" at q, the author of one stated there first. */
static int latest_speaker(const sctx *c, long ti, long q, args *obj)
{
    uint32_t self = lone_subject(c, ti), who = UINT32_MAX;
    const stated_rel *rv = c->d->rels.v;
    const char *cameo = c->t[c->tk[q].s] == 'd' ? "100" : c->t[c->tk[q].s] == 'p' ? "114" : NULL;
    for (size_t i = c->d->rels.n; cameo && i-- > 0 && rv[i].sentence + 2 >= c->sent && who == UINT32_MAX;)
        if (!strcmp(c->lx->types[rv[i].relation].cameo, cameo) && rv[i].a != self && !rv[i].negated)
            who = rv[i].a; /* "the demand", "the protest": one stated first ("Russia demanded that Kyiv withdraw",
                              "Greece lodged a formal protest with Turkey") */
    for (size_t i = c->d->rels.n;
         !cameo && self != UINT32_MAX && i-- > 0 && rv[i].sentence + 2 >= c->sent && who == UINT32_MAX;) {
        const char *k = c->lx->types[rv[i].relation].cameo; /* 111 criticize, 112 accuse */
        if (k[0] == '1' && k[1] == '1' && (k[2] == '1' || k[2] == '2') && !rv[i].negated &&
            same_home(c, rv[i].b, self) && !same_home(c, rv[i].a, self))
            who = rv[i].a; /* "the remarks" after words against the subject: "Serbia accused Croatia of celebrating
                              ethnic cleansing ... Zagreb called the remarks an insult" */
    }
    if (who == UINT32_MAX && c->speaker >= 0 && c->speaker_sent < c->sent && c->speaker_sent + 2 >= c->sent)
        who = (uint32_t)c->speaker; /* ("Baku said Armenia must first change its constitution") */
    if (who == UINT32_MAX || (self != UINT32_MAX && same_home(c, self, who)))
        return 0; /* (its own words) */
    int32_t m = last_mention_of(c, mentions_before(c, c->tk[ti].s), who);
    if (m >= 0)
        rel_add_arg(obj, m);
    return m >= 0;
}

/* Whether the latest charge stated (CHARGE_SENTENCES back) accuses the
 * reaction's subject at ti, or one of its country. */
static int charge_against_subject(const sctx *c, long ti)
{
    uint32_t self = lone_subject(c, ti);
    if (self == UINT32_MAX)
        return 1; /* (unsaid: as before) */
    const stated_rel *rv = c->d->rels.v;
    for (size_t i = c->d->rels.n; i-- > 0 && rv[i].sentence + CHARGE_SENTENCES >= c->sent;)
        if (c->lx->types[rv[i].relation].prior_act == PRIOR_CHARGE)
            return same_home(c, rv[i].b, self);
    return 1;
}

/* Whether "and" and a past form stand in tokens [from, to): a verb of the
 * clause's subject after an infinitive ("urged both sides to cease fire and
 * offered to mediate": the urger offers). */
static int and_past_in(const sctx *c, long from, long to)
{
    for (long q = from; q + 1 < to; q++)
        if (word_in(c, q, C_AND_BUT) && past_form(c, q + 1) && !is_word(c, q - 1, C_TO))
            return 1;
    return 0;
}

/* Whether the pair phrase at np ("both sides") is the object of a verb
 * that urges it, and a past form after "and" comes before the trigger at
 * ts: that verb's subject acts, not the pair. */
static int urged_pair(const sctx *c, long np, long ts)
{
    return word_in2(c, np - 1, C2_OBJ_CONTROL) && and_past_in(c, np + 2, ts);
}

static long sentence_opening(const sctx *c);

/* The actor opening the sentence, a past form after it (past a
 * possessive and up to two plain words), before the appositive noun at an:
 * the mover of an act the lexicon has no word for ("Kosovo police closed
 * the offices of a Serbian bank, a move that Belgrade condemned"), into
 * obj, unless it shares the reaction's subject's home (self). */
static int opening_mover(const sctx *c, long an, uint32_t self, args *obj)
{
    long a = c->actor_first;
    if (a < 0 || a >= an || a != sentence_opening(c) || rel_men_class(c, c->tk[a].men) != 2 ||
        (self != UINT32_MAX && same_home(c, c->d->mentions.v[c->tk[a].men].entity, self)))
        return 0;
    long r = men_last(c, a) + 1, ap = after_possessive(c, r);
    r = ap >= 0 ? ap : r;
    for (int w = 0; w < 2 && plain_lower(c, r) && !past_form(c, r); w++)
        r++; /* "Kosovo police", "Iran's navy" */
    if (r >= an || !past_form(c, r) || !lower_word(c, r))
        return 0;
    rel_add_arg(obj, c->tk[a].men);
    return 1;
}

int rel_prior_act(const sctx *c, long ti, long te, args *obj)
{
    const char *cameo = c->lx->types[c->lx->trigs[c->tk[ti].trig].relation].cameo;
    int praise = !strcmp(cameo, "051"); /* "welcomed the deployment", "welcomed the sanctions" */
    int host = !strcmp(cameo, "043") || !strcmp(cameo, "045"); /* "hosted the talks": a joint subject's, named before;
                                                                   "had brokered the truce": its parties' */
    if (!praise && !host && (cameo[0] != '1' || (cameo[1] != '1' && cameo[1] != '2')))
        return 0; /* criticising, protesting, rejecting "the ..." */
    long q = te - 1 - (te - ti == 4 && (tok_is(c, te - 1, "was") || tok_is(c, te - 1, "were"))); /* "said the move
                                                                                                    was" */
    int kind = te - ti >= 3 && tok_is(c, q - 1, "the") ? prior_kind_at(c, q) : -1; /* "denied the charge" */
    if (kind < 0 && tok_is(c, te, "the")) {
        q = te + 1 + rel_is_punct(c, te + 1, "\""); /* 'the "illegal unilateral sanctions"' */
        kind = prior_kind_at(c, q);
        for (int adj = 0; kind < 0 && adj < 2 && (plain_lower(c, q) || (c->tk[q].men < 0 && cap_plain(c, q))); adj++)
            kind = prior_kind_at(c, ++q); /* "the latest strikes", "the Zapad drills" */
    }
    int headline = kind < 0 && (kind = headline_prior_kind(c, te)) >= 0; /* "Qatar condemns attack" */
    int own = 0;                                                         /* a denied gerund: the denier's own act */
    long sb = ti - 1 - (tok_is(c, ti - 1, "has") || tok_is(c, ti - 1, "had") || tok_is(c, ti - 1, "have"));
    if (sb > 0 && c->tk[sb].men < 0 && c->tk[sb - 1].men >= 0 &&
        (tok_is(c, sb, "government") || tok_is(c, sb, "authorities") || tok_is(c, sb, "military") ||
         tok_is(c, sb, "officials")))
        sb--; /* ", a charge the Taliban government denies", ", which Iraqi officials have criticised" */
    long an = sb >= 0 && c->tk[sb].men >= 0 ? skip_dets_left(c, title_left(c, men_first(c, sb) - 1))
              : sb >= 2 && word_in2(c, sb, C2_HE | C2_IT | C2_THEY) ? sb - 1
                                                                    : -1,
         e; /* (", which Turkish President Tayyip Erdogan called": past the title; ", a charge he rejects":
               rel_aside_pronoun) */
    an -= an >= 3 && tok_is(c, an, "that") && appositive_act_noun(c, an - 1); /* ", a move that Belgrade condemned" */
    int apposed = kind < 0 && an >= 0 && appositive_act_noun(c, an);
    if (apposed)
        headline = (kind = prior_kind_at(c, an)) >= 0; /* "accused Hamas of killing a soldier, an accusation Hamas
                                                           rejected", ", charges the UN rejected" */
    else if (kind < 0 && an >= 1 && tok_is(c, an, "which") && rel_is_punct(c, an - 1, ",") &&
             (word_starts(c, ti, "den") || word_starts(c, ti, "rej") || word_starts(c, ti, "dismiss")))
        kind = PRIOR_CHARGE, headline = 1; /* "accused the UAE of arming the RSF, which Abu Dhabi denies", ", which
                                              N'Djamena rejects" */
    else if (kind < 0 && an >= 2 && tok_is(c, an, "which") && rel_is_punct(c, an - 1, ",") && cameo[1] == '1' &&
             which_follows_act(c, an - 2) &&
             ((e = skip_day_right(c, te)) >= c->n || !(c->tk[e].flags & TK_WORD) || word_in2(c, e, C2_AS)))
        kind = PRIOR_MOVE, headline = 1; /* "China held drills around Taiwan in October, which Taipei condemned as
                                            provocative": the sentence's act (not ", Uganda, which Kenya condemned":
                                            the name's, rel_scan_right) */
    if (kind < 0 && cameo[1] == '2' &&
        (tok_is(c, te - 1, "involvement") || tok_is(c, te - 1, "interfering") || tok_is(c, te - 1, "meddling") ||
         tok_is(c, te - 1, "role")))
        kind = PRIOR_CHARGE, headline = 1; /* "Russia denied interfering": the charge named before */
    if (kind < 0 && cameo[1] == '2' && deny_word(c, te - 1) && ing_form(c, te) && lower_word(c, te))
        kind = PRIOR_CHARGE, headline = 1, own = 1; /* "Belarus denied orchestrating the crossings"
                                                       (rel_scan_right: the gerund's object is no one rebuffed) */
    if (kind < 0 && cameo[1] == '2' && deny_word(c, te - 1) &&
        (tok_is(c, te, "it") || tok_is(c, te, "that") || tok_is(c, te, "any")))
        kind = PRIOR_CHARGE, headline = 1, own = 1; /* "Ethiopia denied it had any plans to invade its neighbour",
                                                       "denied any plan to invade": the charge named before */
    e = skip_day_right(c, q + 1 + rel_is_punct(c, q + 1, "\""));
    int32_t struck = kind == PRIOR_FORCE ? struck_named(c, e) : -1; /* "the strikes on Russian energy sites" */
    if (kind < 0 || (host && kind != PRIOR_TALKS && !(kind == PRIOR_DEAL && cameo[2] == '5')) ||
        ((kind == PRIOR_FORCE || kind == PRIOR_SHOW || kind == PRIOR_DEAL ||
          ((kind == PRIOR_MOVE || kind == PRIOR_TALKS) && !word_starts(c, ti, "oppos") &&
           !word_starts(c, ti, "refus"))) &&
         cameo[1] == '2') || /* (but "said it opposed the decision", "opposed the meeting", "a move Thailand
                                has refused to accept": another's) */
        (praise && (kind == PRIOR_CHARGE || kind == PRIOR_THREAT || kind == PRIOR_REMARK)) ||
        !(headline || e >= c->n || !(c->tk[e].flags & TK_WORD) || word_in(c, e, C_AND_BUT) || word_in2(c, e, C2_AS) ||
          ((te - ti == 3 || te - ti == 1) && (c->t[c->tk[ti].s] | 0x20) == 'c') ||
          (te - ti == 4 && (c->t[c->tk[ti].s] | 0x20) == 's') || struck >= 0))
        return 0; /* the noun ends its phrase (not "the attack on Bahrain", "the attack by militants": named there;
                     "called the charges absurd" has a word of rel_drop_idle_verbs's after it) */
    if (own && !charge_against_subject(c, ti))
        return 0; /* "Chad has denied allowing weapons to cross": its own act, not the charge against the UAE */
    if (prior_actor(c, ti, q, kind, headline, struck, obj))
        return 1;
    uint32_t self = lone_subject(c, ti);
    if (apposed && kind == PRIOR_MOVE && opening_mover(c, an, self, obj))
        return 1; /* "Kosovo police closed ..., a move that Belgrade condemned": no act named, the sentence's */
    int32_t m = kind == PRIOR_CHARGE && an >= 0 && (tok_is(c, an, "claim") || tok_is(c, an, "claims")) &&
                        c->speaker >= 0 && c->speaker_sent == c->sent && (uint32_t)c->speaker != self
                    ? last_mention_of(c, mentions_before(c, c->tk[ti].s), (uint32_t)c->speaker)
                    : -1;
    if (m >= 0)
        rel_add_arg(obj, m); /* "Trump said Washington had mediated the truce, a claim New Delhi denied": no charge,
                                the sentence's speaker's */
    return m >= 0;
}

int rel_passive_prior(const sctx *c, long ti, args *obj)
{
    const char *cameo = c->lx->types[c->lx->trigs[c->tk[ti].trig].relation].cameo;
    int praise = !strcmp(cameo, "051");
    if ((!praise && (cameo[0] != '1' || cameo[1] != '1')) || ti < 3 ||
        !(tok_is(c, ti - 1, "was") || tok_is(c, ti - 1, "were")) || !word_in(c, ti - 3, C_ARTICLE))
        return 0;
    int kind = prior_kind_at(c, ti - 2);
    if (kind < 0 || (praise && (kind == PRIOR_CHARGE || kind == PRIOR_THREAT)))
        return 0;
    return prior_actor(c, ti, ti - 2, kind, 0, -1, obj);
}

/* The actor of the act of kind (PRIOR_FORCE...) that the noun at token q
 * names (headline: a noun read from elsewhere, q no guide; struck: the
 * mention an act of force is said to hit, or -1), stated before the
 * reaction at ti, into obj (rel_prior_act). */
static int prior_actor(const sctx *c, long ti, long q, int kind, int headline, int32_t struck, args *obj)
{
    const stated_rel *rv = c->d->rels.v;
    if ((kind == PRIOR_MOVE || kind == PRIOR_TALKS) && latest_act(c, ti, kind == PRIOR_TALKS, obj))
        return 1;
    if (kind == PRIOR_MOVE && !headline && tok_is(c, q, "announcement"))
        kind = PRIOR_DEAL; /* "Azerbaijan and Armenia have agreed on the text of a peace treaty ... (three sentences)
                              Turkey welcomed the announcement": an agreement announced, further back */
    else if (kind == PRIOR_MOVE || kind == PRIOR_TALKS)
        return 0;
    if (kind == PRIOR_REMARK)
        return !headline && latest_speaker(c, ti, q, obj);
    int incursion = !headline && (word_starts(c, q, "incursion") || word_starts(c, q, "incident"));
    /* "violated Estonian airspace ... called the incursion a provocation": a show of force; "fired water cannon at
       a Philippine vessel ... condemned the incident": either */
    int launch = !headline && kind == PRIOR_SHOW && word_starts(c, q, "launch"); /* "fired missiles into the sea
                                                                                  ... condemned the launch": force */
    int lone = (kind == c->lone_act_kind || (launch && c->lone_act_kind == PRIOR_FORCE)) && c->lone_act >= 0 &&
               c->lone_act_sent + 2 >= c->sent;
    if (lone && kind == PRIOR_FORCE && !headline && struck < 0 &&
        !root_of(c, q, c->t + c->lone_act_word, c->lone_act_wlen) &&
        force_root_since(c, q, c->sent > ROOT_SENTENCES ? c->sent - ROOT_SENTENCES : 0))
        lone = 0; /* "Israeli warplanes struck ports ... have attacked ships ... Iran condemned the strikes" */
    if (lone && kind == PRIOR_SHOW && !launch && !headline && !root_of(c, q, c->t + c->lone_act_word, c->lone_act_wlen))
        lone = 0; /* "staged joint air drills, a day after North Korea fired a missile into the sea ... condemned the
                     drills": the drills, not the launch */
    uint32_t back = kind == PRIOR_CHARGE ? CHARGE_SENTENCES
                    : kind == PRIOR_DEAL ? DEAL_SENTENCES
                    : kind == PRIOR_FORCE || kind == PRIOR_SHOW
                        ? FORCE_SENTENCES
                        : 2; /* a charge is answered late in a story too, a deal welcomed, a raid
                                condemned after a sentence on its toll */
    size_t own = SIZE_MAX;   /* a penalty on the reaction's subject, before a later one on others */
    if (kind == PRIOR_PENALTY && !headline) {
        uint32_t self = lone_subject(c, ti);
        for (size_t i = c->d->rels.n; self != UINT32_MAX && i-- > 0 && rv[i].sentence + back >= c->sent;)
            if (c->lx->types[rv[i].relation].prior_act == PRIOR_PENALTY && same_home(c, rv[i].b, self) &&
                !same_home(c, rv[i].a, self)) {
                own = i; /* "imposed sanctions on a Chinese refinery ... also targeted firms in Hong Kong ... China
                            opposed the sanctions": those on China */
                break;
            }
    }
    for (size_t i = own != SIZE_MAX ? own + 1 : c->d->rels.n; i-- > 0 && rv[i].sentence + back >= c->sent;) {
        if (lone && i < c->lone_act_rels)
            break; /* the act with no one named as its target came after this one */
        int pk = c->lx->types[rv[i].relation].prior_act;
        int guest = kind == PRIOR_VISIT && !pk && c->lx->types[rv[i].relation].host && !rv[i].negated;
        pk = guest ? PRIOR_VISIT : pk; /* "India hosted the Taliban's foreign minister ... Pakistan criticised the
                                          visit": the guest's */
        if (kind == PRIOR_DEAL && !pk && rv[i].symmetric && !rv[i].negated &&
            ((!strncasecmp(c->d->bytes + rv[i].trig_start, "agree", 5) && !rv[i].hypothetical) ||
             ((!strncasecmp(c->d->bytes + rv[i].trig_start, "agree", 5) ||
               (tok_is(c, q, "arrangement") && c->lx->types[rv[i].relation].quadclass <= 2)) &&
              joint_subject(c, &rv[i]))))
            pk = PRIOR_DEAL; /* "Ukraine and Poland agreed to end the dispute ... welcomed the deal"; "A, B and C began
                                sharing missile warning data ... condemned the arrangement" */
        if (kind == PRIOR_SHOW && !launch && !pk && rv[i].symmetric && !rv[i].negated && drills_named(c, &rv[i]) &&
            joint_subject(c, &rv[i]))
            pk = PRIOR_SHOW; /* "The United States and South Korea began annual military drills ... called the drills
                                a rehearsal for invasion": both hold them (not "fired missiles ..., hours after the
                                United States, South Korea and Japan wrapped up joint air drills ... condemned the
                                launch") */
        if ((pk != kind && !(kind == PRIOR_DEPLOY && pk == PRIOR_SHOW) && !(incursion && pk == PRIOR_SHOW) &&
             !(launch && pk == PRIOR_FORCE && !rv[i].symmetric)) ||
            (struck >= 0 && (!same_home(c, rv[i].b, c->d->mentions.v[struck].entity) ||
                             ((c->ent_home[rv[i].a] & HOME_KIND) == HOME_COUNTRY &&
                              same_home(c, rv[i].a, c->d->mentions.v[struck].entity)))))
            continue; /* ("Israel struck Hezbollah depots ... condemned the strikes on Lebanon": its home; not
                         "Sudan's army shot down drones launched by the RSF ... condemned the attacks on Port
                         Sudan": a state's own city, struck by another) */
        if (kind == PRIOR_CHARGE && rv[i].sentence + 2 < c->sent && !accused_named(c, ti, rv[i].b))
            continue; /* (far back, only the accused answers: "Russia's embassy ... dismissed the accusations") */
        if (kind == PRIOR_DEAL && (rv[i].negated || rv[i].hypothetical))
            continue; /* ("said he would sign trade deals with both countries": no deal yet) */
        if (kind == PRIOR_DEAL && rv[i].sentence == c->sent && subject_party(c, ti, &rv[i]))
            continue; /* the subject's own in its aside: "The US, which has a defence treaty with Manila, praised
                         the agreement" (Japan's and the Philippines', before) */
        if (kind == PRIOR_DEAL)
            return deal_parties(c, ti, &rv[i], obj); /* "A and B signed a deal. C welcomed the agreement" */
        if (kind == PRIOR_FORCE && struck < 0 && !headline && !same_root(c, q, &rv[i]))
            for (size_t j = i;
                 j-- > 0 && rv[j].sentence + ROOT_SENTENCES >= c->sent && !(lone && j < c->lone_act_rels);)
                if (c->lx->types[rv[j].relation].prior_act == PRIOR_FORCE && !rv[j].symmetric &&
                    same_root(c, q, &rv[j])) {
                    i = j; /* "Israeli aircraft struck depots ..., hours after the group launched drones at a base
                              ... Aoun condemned the strikes": the striking, in that sentence or one before, a
                              story's lede and its toll between ("Israeli warplanes struck ports ... The Houthis have
                              launched hundreds of missiles at Israel. Iran condemned the strikes") */
                    break;
                }
        if (rv[i].symmetric && c->lx->types[rv[i].relation].quadclass <= 2 && joint_subject(c, &rv[i]))
            return deal_parties(c, ti, &rv[i], obj); /* "The United States and South Korea began annual military
                                                        drills. Pyongyang called the drills a provocation": both */
        if (rv[i].symmetric)
            return 0; /* "the two clashed ... condemned the attack": whose, unsaid */
        size_t hi = mentions_before(c, c->tk[ti].s), j = trigger_first(c, i, 0);
        for (; j < c->d->rels.n && rv[j].trig_start == rv[i].trig_start; j++) {
            int32_t m = last_mention_of(c, hi, guest ? rv[j].b : rv[j].a);
            if (m >= 0)
                rel_add_arg(obj,
                            m); /* "Israel struck Hezbollah depots. Aoun condemned the strikes": Israel's;
                                   "Lithuania, Latvia and Estonia imposed entry bans ... called the bans": each's */
        }
        return obj->n > 0;
    }
    int32_t m = lone && struck < 0 ? last_mention_of(c, mentions_before(c, c->tk[ti].s), (uint32_t)c->lone_act) : -1;
    if (m >= 0)
        rel_add_arg(obj, m); /* "The U.S. military struck a vessel. Petro condemned the strikes": the U.S.'s */
    return m >= 0;
}

/* "the potential ... attacks": a trigger led by an article is a noun in a
 * noun phrase, whose actor can only be a possessor ("A's attacks") or come
 * after it ("by A", "between A and B"). */
static int noun_phrase(const sctx *c, long ts)
{
    if (past_form(c, ts) || irregular_after_and(c, ts) || modal_coordinated(c, ts))
        return 0; /* a past form is a verb: "the big states called on NATO", "gave a speech and met Trump"; so is a
                     bare form after "and" that a modal governs: "would merge the forces and help Uganda" */
    if (ts > 0 && (c->tk[ts - 1].flags & TK_TRIG) && c->tk[ts - 1].tlen == 1 && past_form(c, ts - 1) &&
        !bare_form(c, ts) && reaction(c, ts - 1))
        return 1; /* "protested strikes on Syria", "slammed attacks on Crimea": a plural noun, the object of a
                     verb of reaction before it, someone else's act (not "threatened tariffs", "joined sanctions",
                     "rejected talks": the subject's own) */
    if (word_in3(c, ts - 1, C3_COVERS) || (word_in(c, ts - 1, C_ARTICLE) && word_in3(c, ts - 2, C3_COVERS)))
        return 1; /* "its treaty covers attacks on its coast guard", "would cover any attacks on A": no one's */
    for (long q = ts - 1, w = 0; q >= 0 && w <= 3; q--) {
        if ((c->tk[q].men >= 0 && rel_men_class(c, c->tk[q].men) == 2) || (c->tk[q].flags & TK_TRIG))
            return 0; /* an actor right before the noun acts: "U.S. sanctions" */
        if (amount_part(c, q) && c->tk[q].men < 0)
            continue; /* "a $11 billion arms package" */
        if (!(c->tk[q].flags & TK_WORD)) {
            if (!rel_is_punct(c, q, "-"))
                return 0;
            continue;
        }
        if ((c->t[c->tk[q].s] == 'd' && (word_starts(c, q, "defy") || word_starts(c, q, "defie"))) ||
            (c->t[c->tk[q].s] == 'i' && word_starts(c, q, "ignor")))
            return 1; /* "passed the law, defying weeks of protests and warnings from the EU": others' */
        if (word_in(c, q, C_BE_AUX | C_CLAUSE_STOP))
            return 0;                 /* "were attacked", "has attacked": a verb */
        if (word_in2(c, q, C2_NOMINAL_PREP) && !(q == ts - 1 && word_in2(c, q, C2_AGAINST) && ing_form(c, ts)) &&
            !(digit_token(c, q + 1) && word_in3(c, q, C3_AMOUNT))) /* (not "sent about 500 troops to A": an amount) */
            return 1; /* "sanctioned U.S. firms over arms sales to Taiwan": not Beijing's sales; "warned
                         against attacks on Israel" (but "warned Japan against deploying": Japan's) */
        if (q == ts - 1 && word_in(c, q, C_PREP) && ing_form(c, ts))
            return 0; /* "prolonged the war by arming Kyiv": a gerund after a preposition */
        if (q == ts - 1 && (tok_is(c, q, "after") || tok_is(c, q, "before")) && !past_form(c, ts) &&
            (c->tk[ts].flags & TK_TRIG) && rel_type_at(c, ts)->quadclass == 4 && !rel_type_at(c, ts)->symmetric)
            return 1; /* "talks stalled after strike on Doha": a bare noun of force, no one's named (not "agreed
                         after talks with A": the subject's) */
        if (q == ts - 1 && is_word(c, q, C_TO) && bare_form(c, ts))
            return 0;                 /* "signed a contract to buy jets": an infinitive, a verb */
        if (word_in(c, q, C_ARTICLE)) { /* "launch an invasion", "announced a pact", "in a show of force", "join
                                           any sanctions" are still predicates: the clause's subject acts */
            int blocked = word_in(c, q - 1, C_NEG) && past_form(c, q - 1) && (c->tk[ts].flags & TK_TRIG) &&
                          !strncmp(c->lx->types[c->lx->trigs[c->tk[ts].trig].relation].cameo, "07", 2);
            /* ("blocked the sale of A to B": a supply, negated; not "denied a request from A") */
            return !word_in(c, q - 1, C_LIGHT_VERB | C_IN | C_BE_AUX) && /* "is an ally of A": a predicate noun */
                   !(rel_is_punct(c, q - 1, ",") && q >= 2 && c->tk[q - 2].men >= 0 && ts - q <= 3) &&
                   /* "Turkey, an ally of Azerbaijan,": an appositive, the name's */
                   !word_in2(c, q - 1, C2_NOUN_VERB | C2_END | C2_JOIN) &&
                   !tok_is(c, q - 1, "under") && /* "freed prisoners under a ceasefire deal with A": the subject's */
                   !((is_word(c, q - 1, C_ON) || tok_is(c, q - 1, "during")) && (c->tk[ts].flags & TK_TRIG) &&
                     !strcmp(c->lx->types[c->lx->trigs[c->tk[ts].trig].relation].cameo, "042")) &&
                   /* "Kishida, on a two-day visit to Manila,", "said during a visit to Ankara": the subject's */
                   !(word_in2(c, q - 1, C2_OUT) && word_in2(c, q - 2, C2_RULE)) &&     /* "ruled out any supply" */
                   !(word_in2(c, q - 1, C2_OUT) && word_in(c, q - 2, C_LIGHT_VERB)) && /* "carried out a raid" */
                   !blocked && !upgraded_to(c, q - 1) &&
                   !(is_word(c, q - 1, C_FOR) && word_in2(c, q - 2, C2_RESPONSIBILITY)) &&
                   !(is_word(c, q - 1, C_FOR) && word_in2(c, q - 2, C2_CALL) && (c->tk[ts].flags & TK_TRIG) &&
                     tok_is(c, ts + c->tk[ts].tlen - 1, "with")) && /* "called for a meeting with Putin": the
                                                                        caller's wish (not "called for a truce") */
                   !(word_in3(c, q - 1, C3_BEHIND) && word_in(c, q - 2, C_BE_AUX)) && /* "was behind the attack" */
                   !(word_in(c, q - 1, C_TO | C_ON) && word_in2(c, skip_day_left(c, q - 2), C2_NOUN_VERB)) &&
                   !(is_word(c, q - 1, C_WITH) &&
                     (tok_is(c, q - 2, "ahead") || tok_is(c, q - 2, "forward") || word_starts(c, q - 2, "proceed")));
            /* "would move ahead with the sale of F-16s to Turkey", "proceeded with the sale": a predicate */
            /* "agreed to a ceasefire", "agreed on Wednesday to a ceasefire" */
        }
        w++;
    }
    return 0;
}

int rel_alleged(const sctx *c, long te)
{
    long q = te;
    while (q > 0 && !(c->tk[q].flags & TK_TRIG))
        q--;
    if (!(c->tk[q].flags & TK_TRIG))
        return 0;
    uint32_t r = c->lx->trigs[c->tk[q].trig].relation;
    return r != REL_STOP && strncmp(c->lx->types[r].cameo, "112", 3) == 0;
}

/* Whether the reporting word at p is a plural noun: "had no claims on A",
 * "denied the reports", "its territorial claims" (no speaker's frame). */
static int report_noun(const sctx *c, long p)
{
    if (p < 1)
        return 0;
    const tok *k = &c->tk[p], *b = &c->tk[p - 1];
    return c->t[k->e - 1] == 's' &&
           (word_in(c, p - 1, C_DET) || (b->e - b->s == 2 && !strncasecmp(c->t + b->s, "no", 2)) ||
            (plain_lower(c, p - 1) && b->e - b->s > 4 && !strncmp(c->t + b->e - 2, "al", 2)));
}

/* "A announced a new submarine deal": the reporting verb at p has the
 * trigger at ts for its object, a noun a few plain words after it; its
 * subject is the trigger's. */
static int announces(const sctx *c, long p, long ts)
{
    if (ts - p > 10 || !word_in2(c, p, C2_NOUN_VERB))
        return 0;
    for (long q = p + 1, words = 0; q < ts; q++) {
        if ((rel_is_punct(c, q, "-") && q > p + 1 && q + 1 < ts) || rel_is_punct(c, q, "$%") || digit_mark(c, q))
            continue; /* "announced a 30-day truce", "a $2.5 billion sale", "announced 25% tariffs" */
        if ((c->tk[q].flags & (TK_WORD | TK_TRIG)) != TK_WORD || c->tk[q].men >= 0 || word_in(c, q, C_CLAUSE_STOP))
            return 0; /* "announced that", "announced Russia's attack" */
        if (++words > 5)
            return 0;
    }
    return 1;
}

/* Token i is part of an amount: a number, "$", "%", a number's inner mark, or
 * "million"/"billion". */
static int amount_part(const sctx *c, long i)
{
    if (i < 0 || i >= c->n)
        return 0;
    unsigned char b = (unsigned char)(c->t[c->tk[i].s] | 0x20);
    if ((unsigned)(b - 'a') < 26u) /* (most tokens: a word not starting with m or b, one byte read) */
        return (b == 'm' && tok_is(c, i, "million")) || (b == 'b' && tok_is(c, i, "billion"));
    return digit_token(c, i) || digit_mark(c, i) || rel_is_punct(c, i, "$%");
}

/* reporter_pronoun's bits beside C2_IT, C2_HE, C2_THEY: "the group", "the country", "his country" */
enum { SELF_GROUP = 1u << 0, SELF_STATE = 1u << 1, SELF_HOME = 1u << 2 };

/* The pronoun opening the clause reported by the verb at p, as
 * reporter_pronoun's bits, its token into *at; else 0. */
static uint32_t pronoun_after_report(const sctx *c, long p, long *at)
{
    long q = p + 1;
    if (is_word(c, q, C_ON) && word_in2(c, q + 1, C2_DAY))
        q += 2; /* "said on Monday it would" */
    else if (word_in2(c, q, C2_DAY))
        q++; /* "said Friday that it would" */
    if (q < c->n && c->tk[q].men >= 0 && (tok_is(c, p, "told") || tok_is(c, p, "tells")))
        q = men_last(c, q) + 1; /* "China told Japan it would suspend imports": the teller's */
    q += word_in2(c, q, C2_THAT) ||
         ((tok_is(c, q, "as") || tok_is(c, q, "when")) && word_in2(c, q + 1, C2_IT | C2_HE | C2_THEY)); /* "said on
                                                                     Thursday as it sanctioned two firms" */
    uint32_t poss = word_in(c, q, C_POSS_PRON)   ? (tok_is(c, q, "its") ? C2_IT : C2_THEY)
                    : word_in3(c, q, C3_HIS_HER) ? C2_HE
                                                 : 0;
    if (poss == C2_HE && (tok_is(c, q + 1, "country") || tok_is(c, q + 1, "government")))
        poss = C2_THEY | SELF_HOME;     /* "Armenia's prime minister said his country had": the reporter's state */
    if (!poss && tok_is(c, q, "the")) { /* "Hezbollah's leader said the group would attack": the reporter's */
        static const char *const GROUP[] = {"group",        "movement", "militia",  "organisation",
                                            "organization", "bloc",     "alliance", NULL};
        for (const char *const *w = GROUP; *w && !poss; w++)
            if (tok_is_str(c, q + 1, *w))
                poss = C2_IT | SELF_GROUP;
        if (tok_is(c, q + 1, "country") || tok_is(c, q + 1, "kingdom"))
            poss = C2_IT | SELF_STATE;
        q += poss != 0;
    }
    *at = q;
    if (poss)
        return poss;
    return word_in2(c, q, C2_IT | C2_HE | C2_THEY)
               ? (uint32_t)(c->lx->wordv[c->tk[q].word].cue2 & (C2_IT | C2_HE | C2_THEY))
               : 0;
}

/* "The Pentagon said it would send", "Israel said its jets struck": the
 * pronoun (C2_IT, C2_HE or C2_THEY; a possessive's: "its", "their", "his",
 * "her"; "the group", "the country" with SELF_GROUP, SELF_STATE) right after the reporting verb at p (or after its
 * "that", or a day: "said Friday that it", "said on Monday it"), a few words before the trigger at ts, that stands for
 * the reporter; else 0. */
static uint32_t reporter_pronoun(const sctx *c, long p, long ts)
{
    long q;
    uint32_t bits = pronoun_after_report(c, p, &q);
    if (q >= ts || !bits) /* "it had carried out a raid" */
        return 0;
    int cut = 0; /* a word since the pronoun (or since "and would") ends its clause */
    int modal = word_in(c, q + 1, C_MODAL);
    for (long k = q + 1, words = 1; k < ts; k++) {
        if (amount_part(c, k) || rel_is_punct(c, k, "\"") ||
            (rel_is_punct(c, k, "-") && c->tk[k].s == c->tk[k - 1].e && c->tk[k + 1].s == c->tk[k].e))
            continue; /* "it had approved a $500 million sale", "it had fired anti-ship missiles at", 'it had
                         "neutralised" militants' */
        if (word_in(c, k, C_CONJ) &&
            ((word_in(c, k + 1, C_MODAL | C_BE_AUX) && k + 1 < ts) ||
             (modal && lower_word(c, k + 1) && bare_form(c, k + 1)) ||
             (modal && k <= q + 5 && past_form(c, k + 1)))) { /* ("said it would talk and offered to help B": a
                                                                  verb of the pronoun's or the reporter's, one) */
            cut = 0; /* "said it would not recognise the sanctions and would cooperate with B", "said he would respect
                        the result and continue to cooperate with B", "said it stood with A and was preparing
                        sanctions on B": the pronoun's verb */
            words = 0;
            continue;
        }
        if ((c->tk[k].flags & TK_TRIG) &&
            (word_in2(c, k, C2_NOUN_VERB) || (is_word(c, k + 1, C_TO) && k + 2 <= ts && bare_form(c, k + 2)) ||
             (k == q + 1 + modal && ts - k <= 3) || (k + 1 == ts && word_in2(c, k, C2_HELP)))) {
            words++; /* "said it would reinstate its sanctions on B", "said it offered to help B", "said it would
                        send more troops to B" (the pronoun's verb, its goods the trigger), "said it was ready to
                        help mediate between A and B" */
            continue;
        }
        if (cut)
            continue;
        if ((c->tk[k].flags & (TK_WORD | TK_TRIG)) != TK_WORD || c->tk[k].men >= 0 || ++words > 5 ||
            (word_in(c, k, C_REPORT | C_PREP) && !(word_in3(c, k, C3_BEHIND) && word_in(c, k - 1, C_BE_AUX)) &&
             !(is_word(c, k, C_TO) && bare_form(c, k + 1)) &&
             !(tok_is(c, k, "like") && word_in(c, k - 1, C_MODAL) && is_word(c, k + 1, C_TO)) && /* "would like to" */
             !(is_word(c, k, C_FOR | C_TO) && word_in3(c, k - 1, C3_READY))))
            cut = 1; /* "said it was concerned, and Japan attacked"; "would tighten controls on exports" (but "said it
                        was behind a cyberattack", "said it was ready to resume talks", "ready for talks") */
    }
    return cut ? 0 : bits;
}

/* "France said it took note and recalled that it had fought alongside B",
 * "said it believed that it would": the reporting verb at p opens with a
 * pronoun of the same kind as bits, whose own verb is the reporting verb at
 * rep (right after it, or after up to six lower-case words and "and"). */
static int reporter_chain(const sctx *c, long p, long rep, uint32_t bits)
{
    long at;
    uint32_t said = pronoun_after_report(c, p, &at);
    if (!(said & bits & (C2_IT | C2_HE | C2_THEY)) || at >= rep || rep - at > 8)
        return 0;
    if (rep == at + 1)
        return 1;
    for (long k = at + 1; k < rep - 1; k++)
        if (!lower_word(c, k))
            return 0;
    return word_in(c, rep - 1, C_CONJ);
}

/* Whether a word for one holder of an office (a title in lower case, or
 * "minister", "spokesman"...) follows token last within three plain words:
 * "the Dutch economy minister", "Russia's deputy foreign minister". */
static int office_after(const sctx *c, long last)
{
    long q = after_possessive(c, last + 1);
    if (q < 0)
        q = last + 1;
    for (long k = q; k < q + 3 && plain_lower(c, k); k++)
        if (word_in3(c, k, C3_OFFICE | C3_TITLE))
            return 1;
    return word_in3(c, q, C3_OFFICE | C3_TITLE) && cap_plain(c, q + 1); /* "Mexican President Andres Manuel Lopez
                                                                            Obrador said he": a name the gazetteer
                                                                            lacks */
}

/* Whether the reporter's mention m can be what pronoun (reporter_pronoun)
 * stands for: a person for "he"/"she", not for "it"; a state for "the
 * country", neither for "the group". */
static int pronoun_agrees(const sctx *c, uint32_t pronoun, int32_t m)
{
    unsigned kind = rel_men_kind(c, m);
    if (pronoun & (SELF_GROUP | SELF_STATE))
        return pronoun & SELF_STATE ? kind == HOME_COUNTRY : kind != HOME_COUNTRY && kind != HOME_PERSON;
    int person = kind == HOME_PERSON;
    return pronoun & C2_THEY ? 1 : pronoun & C2_HE ? person : !person;
}

/* The one actor before the subordinator at token sub that the pronoun
 * (bits pron) agrees with, if only one does, into l. */
static void lone_agreeing(const sctx *c, uint32_t pron, long sub, left_res *l)
{
    int32_t found = -1;
    for (long k = 0; k < sub; k = men_last(c, k) + 1) {
        int32_t m = c->tk[k].men;
        if (m < 0 || rel_men_class(c, m) != 2 || !pronoun_agrees(c, pron, m))
            continue;
        if (found >= 0 && c->d->mentions.v[found].entity != c->d->mentions.v[m].entity)
            return;
        found = m;
    }
    if (found < 0)
        return;
    rel_add_arg(&l->subj, found);
    l->start = sub + 1;
    l->end = sub + 2;
}

/* The subject a pronoun opening a subordinate clause (its pronoun bits
 * pron; the subordinator at token sub) stands for: the name opening the
 * sentence, if a verb follows it and the pronoun agrees, into l. */
static void opening_subject(const sctx *c, uint32_t pron, long sub, left_res *l)
{
    long q = 0;
    while (q < sub && !(c->tk[q].flags & TK_WORD))
        q++; /* a quotation mark */
    q = skip_dets_right(c, q);
    if (q >= sub || c->tk[q].men < 0 || rel_men_class(c, c->tk[q].men) != 2) {
        lone_agreeing(c, pron, sub, l); /* "The deal came a day before Modi travelled to Russia, where he held" */
        return;
    }
    long last = men_last(c, q);
    int32_t m = c->tk[q].men;
    if (last + 1 >= sub ||
        !(past_verb(c, last + 1) || perfect_aux(c, last + 1, 1) || word_in(c, last + 1, C_MODAL | C_BE_AUX) ||
          tok_is(c, last + 1, "did") || tok_is(c, last + 1, "does")) ||
        !pronoun_agrees(c, pron, m))
        return; /* "Mongolia's president", "Russia and China": not a lone subject named first */
    for (long k = last + 1; k < sub; k++) {
        if ((pron & C2_THEY) && c->tk[k].men < 0 && plural_noun(c, k))
            return; /* "Venezuela fined six airlines after they suspended flights": they may be the airlines */
        long nx = men_last(c, k) + 1;
        if (nx == sub - 1 && rel_is_punct(c, nx, ",") && (tok_is(c, sub, "which") || tok_is(c, sub, "whom")))
            break; /* "criticised Israel, which it accused": the clause's object, not its subject */
        if (c->tk[k].men >= 0 && rel_men_class(c, c->tk[k].men) == 2 && pronoun_agrees(c, pron, c->tk[k].men) &&
            !(nx < sub && (c->tk[nx].flags & TK_WORD) && c->tk[nx].men < 0 && c->t[c->tk[nx].s] >= 'a' &&
              c->t[c->tk[nx].s] <= 'z' && !word_in(c, nx, C_PREP | C_CONJ)))
            return; /* "China warned Japan after it deployed": it may be Japan (not "an ICC arrest warrant") */
    }
    rel_add_arg(&l->subj, m);
    l->start = sub + 1; /* the clause's cues only: "denied the report after it attacked" */
    l->end = sub + 2;
}

/* "Sudan cut ties with the UAE, accusing it of arming the RSF": the actors
 * that the pronoun at token pron ("it", "them"), right after the participle
 * trigger at ts, stands for: the object ending right before the comma at
 * ts - 1, a name after a preposition, a trigger or a past form (not the
 * subject: "Russia expelled two diplomats, accusing them"), past a place
 * ("brought a case against A at the ICJ, accusing it"); into out. */
static int comma_object(const sctx *c, long ts, long pron, args *out)
{
    uint32_t pr =
        word_in2(c, pron, C2_IT | C2_THEY) ? (uint32_t)(c->lx->wordv[c->tk[pron].word].cue2 & (C2_IT | C2_THEY)) : 0;
    if (!pr && word_in3(c, pron + 1, C3_MEMBER) && tok_is(c, pron, "its"))
        pr = plural_noun(c, pron + 1) ? C2_THEY : C2_IT; /* "cut ties with A, accusing its neighbour of" */
    if (!pr || ts < 3 ||
        !((rel_is_punct(c, ts - 1, ",") && ing_form(c, ts)) || (tok_is(c, ts - 1, "and") && past_form(c, ts))))
        return 0; /* (or "suspended cooperation with Benin and accused it of hosting French troops") */
    /* ("cut ties with A on Tuesday, accusing it of") */
    for (long last = skip_day_left(c, ts - 2), hops = 0; last >= 0 && c->tk[last].men >= 0 && hops < 2; hops++) {
        int32_t m = c->tk[last].men;
        args list = {.n = 0};
        rel_add_arg(&list, m);
        long np = pr & C2_THEY ? conj_left(c, men_first(c, last), 0, 0, &list) : men_first(c, last);
        long before = skip_dets_left(c, np - 1), d = np - 1;
        while (d >= np - 4 && d > 0 && (plain_lower(c, d) || cap_plain(c, d)))
            d--; /* "leaving the West African bloc ECOWAS, accusing it": the name's noun before it */
        if (d < np - 1 && word_in(c, d, C_ARTICLE))
            before = skip_dets_left(c, d);
        else if (d < np - 1 && d == np - 2 && word_in(c, d, C_PREP))
            before = d; /* "with neighbouring Benin and accused it" */
        if (before < 0 || c->tk[before].men >= 0)
            return 0;
        if (word_in(c, before, C_IN) || word_in2(c, before, C2_AT)) {
            last = before - 1; /* a place: the object is before it */
            continue;
        }
        if (rel_men_class(c, m) != 2 || !pronoun_agrees(c, pr, m) ||
            !(word_in(c, before, C_PREP) || (c->tk[before].flags & TK_TRIG_END) || past_verb(c, before)))
            return 0; /* ("left the bloc ECOWAS, accusing it of": an irregular past too) */
        *out = list;
        return 1;
    }
    return 0;
}

/* Whether the tokens from q up to p are one name, after an article or not:
 * one the gazetteer knows or up to five capitalised words ("the Mekong
 * River Commission"). */
static int names_in_before(const sctx *c, long q, long p)
{
    q += word_in(c, q, C_ARTICLE);
    if (q < p && c->tk[q].men >= 0)
        return men_first(c, q) == q && men_last(c, q) + 1 == p;
    long r = q;
    while (r < p && r - q < 5 && (cap_plain(c, r) || (r > q && is_word(c, r, C_OF))))
        r++;
    return r > q && r == p;
}

/* Whether tokens s..p (p a comma, s - 1 the comma before) are a possessive
 * name and at most three plain words, after a name: "Japan, China's
 * rival," (its subject is Japan's), a place after "in" closing them:
 * "Hezbollah, Iran's ally in Lebanon,". */
static int possessive_aside(const sctx *c, long s, long p)
{
    if (s < 2 || c->tk[s].men < 0 || c->tk[s - 2].men < 0)
        return 0;
    long e = after_possessive(c, men_last(c, s) + 1);
    for (long q = e + 1; e >= 0 && q < p && q - e <= 3; q++)
        if (is_word(c, q, C_IN) && (p - q <= 4 || names_in_before(c, q + 1, p))) {
            p = q; /* "Iran's ally in Lebanon,", "Iran's main ally in the region,", "Mali's partners in the
                      Alliance of Sahel States," */
            break;
        }
    return e >= 0 && e < p && p - e <= 3 && word_run(c, e, p);
}

/* Whether a name at token q is a list's member, "and" or a comma after it:
 * "Japan, the Philippines and Canada held drills," is no aside. */
static int listed_name(const sctx *c, long q)
{
    if (q >= c->n || c->tk[q].men < 0)
        return 0;
    long l = men_last(c, q);
    return word_in(c, l + 1, C_CONJ) || rel_is_punct(c, l + 1, ",");
}

/* Whether token q is the '.' of an abbreviation: right after a letter or
 * two ("U.S.", "U.N."), touching them. */
static int abbreviation_dot(const sctx *c, long q)
{
    return q > 0 && rel_is_punct(c, q, ".") && c->tk[q].s == c->tk[q - 1].e && c->tk[q - 1].e - c->tk[q - 1].s <= 2 &&
           (c->tk[q - 1].flags & TK_WORD);
}

/* The comma that opens an aside which the comma at p closes, if the aside
 * starts with a determiner, a relative pronoun (after a preposition too)
 * or a past form ("A, the sister of B,"; "A, whose minister was B,"; "A,
 * of which B is a member,"; "A, backed by B,"), a title's
 * noun and "of" ("A, secretary of B's Security Council,"), or is a
 * possessive name's ("A, China's rival,"), else -1. Periods of an
 * abbreviation ("a close ally of U.S. President Trump") stay inside. */
static long aside_open(const sctx *c, long p)
{
    if (word_in(c, skip_day_left(c, p - 1), C_REPORT))
        return -1; /* ", the Ethiopian government said on Friday, accusing": the reporter, no aside */
    for (long q = p - 1; q >= 0 && p - q < 20 && (!rel_is_punct(c, q, ";:.!?") || abbreviation_dot(c, q)); q--)
        if (rel_is_punct(c, q, ","))
            return (word_in(c, q + 1, C_DET) && !listed_name(c, q + 2)) || word_in2(c, q + 1, C2_REL_PRON) ||
                           past_form(c, q + 1) || possessive_aside(c, q + 1, p) ||
                           (word_in(c, q + 1, C_PREP) && word_in2(c, q + 2, C2_REL_PRON)) || /* "A, of which B is" */
                           (plain_lower(c, q + 1) && is_word(c, q + 2, C_OF))                /* "A, secretary of B," */
                       ? q
                       : -1;
    return -1;
}

/* The subject of a relative clause whose pronoun is at token p: an actor
 * named in the few words before it ("Chinese firms that supplied", "Russia,
 * which supplies"), into l; none when they name none ("the company that
 * supplied"). */
static void antecedent(const sctx *c, long p, left_res *l)
{
    static const char *const WHOSE_FORCES[] = {"military", "jets", "militias", "police", "spies",
                                               "hackers",  "army", "navy",     NULL};
    if (tok_is(c, p, "whose") && !word_in(c, p + 1, C_AGENTS_OF)) {
        int forces = (tok_is(c, p + 1, "coast") && tok_is(c, p + 2, "guard")) || /* "China, whose coast guard has" */
                     word_in2(c, p + 1, C2_FORCES) || /* "Russia, whose mercenaries support Mali's army" */
                     word_in3(c, p + 1, C3_RULERS);   /* "Niger, whose junta has accused Benin" */
        for (int i = 0; WHOSE_FORCES[i] && !forces; i++)
            forces = tok_is_str(c, p + 1, WHOSE_FORCES[i]);
        if (!forces)
            return; /* "Lee, whose party once criticised Japan": the party's (but "Russia, whose troops attacked") */
    }
    long q = p - 1;
    if (rel_is_punct(c, q, ","))
        q--;
    for (long the = q - 1; c->described && the >= 0 && the >= q - 2; the--) {
        int d = description_at(c, the, 0);
        int32_t m = d >= 0 ? description_antecedent(c, the, d) : -1;
        if (m >= 0 && rel_men_class(c, m) == 2) { /* "The junta, which seized power and expelled French troops": the
                                                     country the junta rules */
            rel_add_arg(&l->subj, m);
            l->start = the;
            l->end = q + 1;
            return;
        }
    }
    int member = 0, joined = 0;
    for (int words = 0; q >= 0 && words <= 2 && c->tk[q].men < 0; q--, words++) {
        if (words > 0 && !joined && word_in(c, q, C_CONJ) && q >= 1 && lower_word(c, q - 1) &&
            (c->tk[q - 1].flags & (TK_WORD | TK_TRIG)) == TK_WORD && !(c->tk[q - 1].cue & ~(uint32_t)C_AGENTS_OF)) {
            joined = 1, words--; /* "Iranian officials and companies that": one noun phrase */
            continue;
        }
        if (words > 0 && word_in(c, q, C_ARTICLE) && rel_is_punct(c, q - 1, ",") && q >= 2 && c->tk[q - 2].men >= 0) {
            q -= 2; /* "Petro, a leftist who has clashed with Trump": the name the aside describes */
            member = 0;
            break;
        }
        if ((c->tk[q].flags & (TK_WORD | TK_TRIG)) != TK_WORD || (c->tk[q].cue & ~(uint32_t)C_AGENTS_OF))
            return; /* a trigger, a preposition, punctuation: no noun phrase ("U.S. forces, which": its agents) */
        member |= word_in3(c, q, C3_MEMBER);
    }
    if (member && q >= 0 && c->tk[q].men >= 0) { /* "Hungary, a NATO member that": Hungary, not NATO */
        q = skip_dets_left(c, men_first(c, q) - 1);
        if (!rel_is_punct(c, q, ",") || q < 1 || c->tk[q - 1].men < 0)
            return;
        q--;
    }
    if (q < 0 || c->tk[q].men < 0 || rel_men_class(c, c->tk[q].men) != 2)
        return;
    long in = skip_dets_left(c, possessor_start(c, men_first(c, q)) - 1);
    if (word_in3(c, in, C3_COMPASS))
        in = skip_dets_left(c, in - 1); /* "a corridor through southern Armenia that will give B" */
    int right_before = q == p - 1 || (q == p - 2 && word_in2(c, p + 1, C2_EFFECT)); /* ", which killed" */
    if (right_before && (word_in(c, in, C_IN) || tok_is(c, in, "through") || tok_is(c, in, "across")) &&
        !plural_noun(c, in - 1))
        return; /* "an attack on a US base in Jordan that killed", "the embassy in Belgrade, which killed": a place,
                   not what killed ("companies in the UAE that helped": theirs) */
    rel_add_arg(&l->subj, c->tk[q].men);
    l->start = conj_left(c, men_first(c, q), 0, 0, &l->subj); /* "entities in China, Iran and Turkey that helped" */
    l->end = q + 1;
}

/* Who weighs what the noun of deliberation at q weighs ("Moldova's
 * referendum on joining", "the Moldovan referendum on"): its possessor,
 * into l; returns 0 when it has none and a preposition leads its phrase
 * ("ahead of a referendum on joining": no one named), else 1 and the
 * subject scan goes on ("Georgia held a vote on joining NATO"). */
static int deliberator(const sctx *c, long q, left_res *l)
{
    for (long p = q - 1; p >= 0 && q - p <= 3; p--) {
        if (c->tk[p].men >= 0) {
            long last = p;
            int32_t m = possessive_head(c, &last);
            if (m >= 0 && rel_men_class(c, m) == 2) {
                rel_add_arg(&l->subj, m);
                l->start = men_first(c, p);
                l->end = p + 1;
            }
            return 0;
        }
        if (word_in(c, p, C_PREP))
            return 0;
        if ((c->tk[p].flags & (TK_WORD | TK_TRIG)) != TK_WORD || past_form(c, p) ||
            !(word_in(c, p, C_ARTICLE) || plain_lower(c, p)))
            break; /* "held a vote on": the verb's subject */
    }
    return 1;
}

/* "Japan, together with Australia and the Philippines, held drills",
 * "Japan, alongside Australia, ...": the aside after the subject ending at
 * token last names more subjects, into group. */
static void along_with(const sctx *c, long last, args *group)
{
    long q = last + 2;
    if (!rel_is_punct(c, last + 1, ","))
        return;
    if (word_in2(c, q, C2_TOGETHER | C2_ALONG) && is_word(c, q + 1, C_WITH))
        q += 2; /* "together with", "along with" */
    else if (word_in2(c, q, C2_ALONG) && !is_word(c, q + 1, C_WITH))
        q++; /* "alongside" */
    else
        return;
    list_at(c, q, 1, group);
}

int rel_along_after(const sctx *c, long last, args *group)
{
    if (last < 0 || last >= c->n || c->tk[last].men < 0)
        return 0; /* (an object named in a sentence before: "the two") */
    long q = last + 1;
    while (q < c->n && q - last <= 8 && c->tk[q].men < 0 &&
           ((c->tk[q].flags & (TK_WORD | TK_TRIG)) == TK_WORD ||
            ((c->tk[q].flags & TK_TRIG) && word_in(c, q - 1, C_ARTICLE))))
        q++; /* "joined the BRICS group as a partner country on Wednesday, along with" (a noun after "a") */
    if (--q + 3 >= c->n)
        return 0;
    int n = group->n;
    along_with(c, q, group);
    return group->n > n;
}

/* "its war", "their annual exercise", "their annual Freedom Shield
 * exercise": "its" or "their" within four words before the trigger at ts,
 * nothing but words between. */
static int poss_pron_before(const sctx *c, long ts)
{
    if (word_in(c, ts - 1, C_POSS_PRON) || word_in(c, ts - 2, C_POSS_PRON))
        return 1;
    for (long q = ts - 1; q >= 0 && ts - q <= 4; q--) {
        if (ts - q > 2 && word_in(c, q, C_POSS_PRON))
            return 1;
        if (!(c->tk[q].flags & TK_WORD) || (c->tk[q].flags & TK_TRIG) || (c->tk[q].men < 0 && c->tk[q].cue))
            return 0; /* only names and plain words between */
    }
    return 0;
}

/* "sanctioned three firms for supplying B": the plain words ending at
 * token q (one or two, after a determiner) are the object of a trigger
 * before them, and the act after "for" is theirs, no name's. Returns the
 * trigger's last token, or -1. */
static long unnamed_object(const sctx *c, long q)
{
    long v = q;
    while (v >= 0 && q - v < 2 && plain_to(c, v, q + 1))
        v--;
    if (v == q)
        return -1;
    v = skip_dets_left(c, v);
    return v >= 0 && (c->tk[v].flags & TK_TRIG_END) ? v : -1;
}

/* Whether the noun phrase ending at token last is who is accused of the
 * trigger at ts: "six Iranian officials (it) accused of supplying drones",
 * "firms suspected of": a plain noun, a pronoun or a relative word or two,
 * then "accused of", "suspected of", "charged with", "blamed for" (and up
 * to two plain words before the trigger: "of overseeing drone shipments"). */
static int accused_of(const sctx *c, long last, long ts)
{
    long v = ts - 1;
    while (v > ts - 3 && plain_lower(c, v)) /* "accused of overseeing drone shipments" */
        v--;
    if (!word_in(c, v, C_OF | C_WITH | C_FOR) || --v <= last || v - last > 4 || !word_in2(c, v, C2_ACCUSED))
        return 0;
    for (long q = last + 1; q < v; q++)
        if (!(plain_lower(c, q) || word_in(c, q, C_AGENTS_OF | C_BE_AUX) || perfect_aux(c, q, 0) ||
              word_in2(c, q, C2_IT | C2_THEY | C2_THAT | C2_REL_PRON)))
            return 0; /* (or "Israel has previously been blamed for") */
    return 1;
}

/* Whether the "of" or "for" at token p follows an accusation's object
 * that no name nor pronoun holds, a few words ("accused the West of",
 * "blamed Western countries for"). */
static int unnamed_accused(const sctx *c, long p)
{
    for (long q = p - 1; q >= 0 && p - q <= 4; q--) {
        if (c->tk[q].flags & TK_TRIG_END)
            return q < p - 1 && rel_alleged(c, q);
        if (!(c->tk[q].flags & TK_WORD) || c->tk[q].men >= 0 || word_in2(c, q, C2_IT | C2_THEY) ||
            word_in3(c, q, C3_OBJ_PRON))
            return 0; /* "accusing it of arming B": the pronoun's (comma_object) */
    }
    return 0;
}

/* "Biden met Xi and warned him against attacking B", "accused them of
 * supplying B": the object pronoun at token p stands for the object of
 * the trigger before it, the nearest name on its left if a trigger ends
 * right before that name (its title and country between) and it agrees
 * ("him", "her": a person); into l, governed by the verb before p.
 * Else l stays empty: not "Biden warned him against attacking B". */
static void object_pronoun(const sctx *c, long p, left_res *l)
{
    long q = p - 1;
    while (q >= 0 && c->tk[q].men < 0 && !rel_is_punct(c, q, ";:"))
        q--;
    if (q < 0 || c->tk[q].men < 0 || rel_men_class(c, c->tk[q].men) != 2 ||
        (!word_in2(c, p, C2_THEY) && rel_men_kind(c, c->tk[q].men) != HOME_PERSON))
        return;
    if (!trigger_before_title(c, men_first(c, q) - 1))
        return;
    rel_add_arg(&l->subj, c->tk[q].men);
    l->start = p;
    l->end = p + 1;
    l->gov = p - 1;
    l->against = word_in2(c, p + 1, C2_AGAINST); /* "warned him against deploying": no fact */
}

/* The pair noun's token if a pair phrase starts at token q ("both sides",
 * "the two countries", "the two nuclear-armed neighbours", not "both sides
 * of"; "the two" before a verb stands for its noun), else -1. */
static long sentence_opening(const sctx *c);

static long pair_phrase(const sctx *c, long q)
{
    if (word_in(c, q, C_ARTICLE) && word_in2(c, q + 1, C2_PAIR) && c->t[c->tk[q].s] == 'T' &&
        tok_is(c, q + 1, "allies") && sentence_opening(c) == q + 1)
        return q + 1; /* "The allies condemned": a sentence's opening */
    if (q >= 1 && word_in(c, q, C_ARTICLE) && tok_is(c, q + 1, "allies") && !is_word(c, q + 2, C_OF) &&
        (word_in2(c, q - 1, C2_AGAINST) || word_in(c, q - 1, C_ON | C_TO | C_WITH)))
        return q + 1; /* "threatened strategic action against the allies": a preposition's object */
    if ((word_in(c, q, C_ARTICLE) ||
         ((size_t)q < (size_t)c->n && c->tk[q].e - c->tk[q].s == 3 && tok_is(c, q, "its"))) &&
        word_in2(c, q + 1, C2_TWO))
        q++; /* "the two", "its two neighbours" */
    else if (!word_in2(c, q, C2_BOTH))
        return -1;
    else if (is_word(c, q + 1, C_OF) && ing_form(c, q + 2))
        return q; /* "accusing both of failing to stop smuggling": the pair, no noun */
    if (word_in2(c, q, C2_TWO) && q + 1 < c->n && c->tk[q + 1].men < 0 &&
        ((c->tk[q + 1].flags & TK_TRIG) ||
         (past_form(c, q + 1) && !tok_is(c, q + 1, "armed") && !word_in2(c, q + 2, C2_PAIR)) ||
         word_in(c, q + 1, C_MODAL | C_BE_AUX)))
        return q; /* "where the two signed": "two" for the pair noun (not "the two armed forces", "the two
                     landlocked neighbours") */
    if (word_in2(c, q, C2_TWO) && q >= 2 && word_in(c, q - 2, C_BETWEEN) &&
        (q + 1 >= c->n || !(c->tk[q + 1].flags & TK_WORD)))
        return q; /* "hosted talks between the two.": the pair, no noun */
    long n = q + 1;
    if (n < c->n && c->tk[n].men >= 0 && rel_men_kind(c, c->tk[n].men) == HOME_BLOC)
        n = men_last(c, n) + 1; /* "the two NATO allies" */
    else if (!word_in2(c, n, C2_PAIR) && (c->tk[n].flags & (TK_WORD | TK_TRIG)) == TK_WORD && c->tk[n].men < 0 &&
             !c->tk[n].cue) {
        if (rel_is_punct(c, n + 1, "-") && lower_word(c, n + 2) && c->tk[n + 2].s == c->tk[n + 1].e)
            n += 2; /* "the two nuclear-armed neighbours" */
        n++;        /* "the two Asian neighbours" */
    }
    return word_in2(c, n, C2_PAIR) && !is_word(c, n + 1, C_OF) ? n : -1;
}

/* Before an amount ending at token q ("more than a dozen", "two", "20"),
 * past its determiners: the token before it, or q. */
static long skip_amount_left(const sctx *c, long q)
{
    for (int words = 0; words < 4 && q >= 0 && c->tk[q].men < 0 && (digit_token(c, q) || word_in3(c, q, C3_AMOUNT));
         words++)
        q = skip_dets_left(c, q - 1);
    return q;
}

/* Whether tokens [q, ts) are an article, an amount and at most two plain
 * words: the start of a verb's object before the trigger noun at ts ("a $330
 * million", "about 180 ballistic"). */
static int object_words_to(const sctx *c, long q, long ts)
{
    q = skip_dets_right(c, q);
    for (int plain = 0; q < ts; q++)
        if (!amount_part(c, q) && !word_in3(c, q, C3_AMOUNT) && !(plain_lower(c, q) && plain++ < 2))
            return 0;
    return 1;
}

/* Whether the verb at p is an order ("told its citizens to", "urged Japan
 * to"): an object-control verb with "to" a few words after it. */
static int told_to(const sctx *c, long p)
{
    if (!word_in2(c, p, C2_OBJ_CONTROL))
        return 0;
    for (long q = p + 2; q < c->n && q <= p + 4; q++) {
        q = skip_day_right(c, q); /* "advised its citizens on Monday to" */
        if (is_word(c, q, C_TO))
            return 1;
    }
    return 0;
}

/* Whether the trigger at ts follows a possessive of a plain lower-case
 * noun ("the allies' support", "the group's attacks"), up to two plain
 * words between ("the country's genocide case against"). */
static int unnamed_possessor(const sctx *c, long ts)
{
    long q = ts - 1;
    while (q > ts - 3 && plain_lower(c, q) && !rel_is_punct(c, q - 1, "'"))
        q--;
    if (is_word(c, q, C_S) && rel_is_punct(c, q - 1, "'") && c->tk[q - 1].e == c->tk[q].s)
        q--;
    return rel_is_punct(c, q, "'") && q >= 1 && c->tk[q - 1].e == c->tk[q].s && lower_word(c, q - 1) &&
           !(c->tk[q - 1].flags & TK_TRIG); /* ("the group's": a cue word too) */
}

/* The token that opens the sentence's text: after its determiners, and
 * after a dateline ("SEOUL, Nov 5 (Wire) -": an upper-case word first, a
 * dash a few tokens on). */
static long sentence_opening(const sctx *c)
{
    const tok *w = &c->tk[0];
    int caps = c->n > 0 && (w->flags & TK_WORD) && w->e - w->s >= 2;
    for (uint32_t k = w->s; caps && k < w->e; k++)
        caps = (unsigned)(c->t[k] - 'A') < 26u;
    for (long q = 1; caps && q < c->n && q < 12; q++)
        if (rel_is_punct(c, q, "-"))
            return skip_dets_right(c, q + 1);
    return skip_dets_right(c, 0);
}

/* The actor opening the sentence (actor_first) as the subject of the
 * trigger at ts, into l: with pronoun bits, the subject of a reporting verb
 * after ", and" whose pronoun agrees with it, its next word a verb
 * ("Pakistan retaliated ..., and said it had"); without, the reporter of a
 * clause whose verbs have no subject ("Beijing said ..., and blamed B"). */
static int opener_subject(const sctx *c, long ts, uint32_t pronoun, left_res *l)
{
    long a = c->actor_first;
    if (a < 0 || a >= ts || a != sentence_opening(c))
        return 0;
    long e = men_last(c, a), r = e + 1;
    if (!pronoun) { /* "China's foreign ministry said", "U.S. officials said": the speaker's words */
        long ap = after_possessive(c, r);
        r = r + (rel_is_punct(c, r, ".") && c->tk[r].s == c->tk[e].e); /* ("U.S.") */
        r = ap >= 0 ? ap : r;
        for (int w = 0; w < 3 && r < c->n && (plain_lower(c, r) || word_in(c, r, C_AGENTS_OF)); w++)
            r++;
        if (rel_is_punct(c, r, ","))
            for (long q = r + 2; q < ts && q - r < 20; q++)
                if (rel_is_punct(c, q, ",")) {
                    r = aside_open(c, q) == r ? q + 1 : r; /* "Beijing, which calls the islands Diaoyu, said" */
                    break;
                }
    }
    if (pronoun ? !(past_verb(c, e + 1) || perfect_aux(c, e + 1, 1) || word_in(c, e + 1, C_BE_AUX | C_REPORT) ||
                    modal_at(c, e + 1)) ||
                      !pronoun_agrees(c, pronoun, c->tk[a].men)
                : !word_in(c, r + perfect_aux(c, r, 0), C_REPORT))
        return 0; /* ("Trump has said") */
    rel_add_arg(&l->subj, c->tk[a].men);
    l->start = a;
    l->end = e + 1;
    return 1;
}

/* The actor named right before the reporting verb at p, past up to three
 * plain words and a possessive ("Rubio said", "China's foreign ministry
 * said"), into l. */
static int speaker_before(const sctx *c, long p, left_res *l)
{
    long q = p - 1;
    for (int w = 0; w < 3 && q > 0 && (plain_lower(c, q) || word_in(c, q, C_AGENTS_OF)); w++)
        q--;
    if (q > 1 && is_word(c, q, C_S) && rel_is_punct(c, q - 1, "'"))
        q -= 2;
    if (q < 0 || c->tk[q].men < 0 || rel_men_class(c, c->tk[q].men) != 2)
        return 0;
    l->subj.n = 0;
    rel_add_arg(&l->subj, c->tk[q].men);
    l->start = men_first(c, q);
    l->end = q + 1;
    l->gov = -1;
    l->against = l->reported = 0;
    return 1;
}

/* The participle after the last comma a few tokens before token q (", allowing
 * U.S. forces access to more bases and"), else -1. */
static long participle_before(const sctx *c, long q)
{
    for (long p = q; p > 0 && q - p < 12; p--) {
        if (rel_is_punct(c, p, ";:!?()")) /* (a '.' inside a sentence: "U.S.") */
            return -1;
        if (rel_is_punct(c, p, ","))
            return ing_form(c, p + 1) && plain_lower(c, p + 1) ? p + 1 : -1;
    }
    return -1;
}

/* Whether token q names people in the plural: "hundreds of people", "two
 * men", "officers". */
static int people_noun(const sctx *c, long q)
{
    return plural_noun(c, q) || word_in(c, q, C_AGENTS_OF) || tok_is(c, q, "people") || tok_is(c, q, "men");
}

/* The participle before the trigger at ts whose people act in it, else -1:
 * "companies involved in supplying", "people accused of collaborating with
 * Israel" (not "Iran has been accused of"), "two men suspected of taking
 * part in a gun battle with Kosovo police", "officers involved in a raid". */
static long involved_participle(const sctx *c, long ts)
{
    if (ts < 3)
        return -1;
    if (!((c->tk[ts - 1].cue | c->tk[ts - 2].cue | c->tk[ts - 3].cue | (ts >= 4 ? c->tk[ts - 4].cue : 0)) &
          (C_IN | C_OF)))
        return -1; /* (most triggers: no "in" or "of" in the four words before) */
    if (is_word(c, ts - 1, C_IN) || is_word(c, ts - 1, C_OF)) {
        if (!ing_form(c, ts))
            return -1;
        if (is_word(c, ts - 1, C_IN))
            return tok_is(c, ts - 2, "involved") ? ts - 2 : -1;
        return (tok_is(c, ts - 2, "accused") || tok_is(c, ts - 2, "suspected")) && people_noun(c, ts - 3) ? ts - 2 : -1;
    }
    long p = ts - 1;
    for (int w = 0; w < 2 && !word_in(c, p, C_ARTICLE) && plain_lower(c, p); w++)
        p--; /* "a gun battle" */
    if (p < 4 || !word_in(c, p, C_ARTICLE) || !is_word(c, p - 1, C_IN))
        return -1; /* (most triggers) */
    p -= 2;
    if (tok_is(c, p, "part") && tok_is(c, p - 1, "taking") && is_word(c, p - 2, C_OF) &&
        (tok_is(c, p - 3, "accused") || tok_is(c, p - 3, "suspected")))
        p -= 3;
    else if (!tok_is(c, p, "involved"))
        return -1;
    return people_noun(c, skip_day_left(c, p - 1)) ? p : -1; /* ("arrested three men on Thursday suspected of") */
}

int rel_involved_gerund(const sctx *c, long ts)
{
    return involved_participle(c, ts) >= 0;
}

/* "criticised Syria, a close ally of Russia,": the actor before the comma
 * of an appositive that opens with an article and ends in the role noun at
 * ts, into l. */
static int appositive_role(const sctx *c, long ts, left_res *l)
{
    if (!word_in3(c, ts, C3_ROLE))
        return 0; /* (most triggers: no role noun) */
    long q = ts - 1;
    for (int adj = 0; adj < 2 && plain_lower(c, q); adj++)
        q--; /* "a close", "a key regional" */
    if (!word_in(c, q, C_ARTICLE) || q < 2 || !rel_is_punct(c, q - 1, ",") || c->tk[q - 2].men < 0 ||
        rel_men_class(c, c->tk[q - 2].men) != 2)
        return 0;
    rel_add_arg(&l->subj, c->tk[q - 2].men);
    conj_left(c, men_first(c, q - 2), 0, 0, &l->subj); /* "Niger and Mali, two allies of A," */
    l->start = q;
    l->end = ts;
    return 1;
}

/* Whether the tokens between a name ending at la and the trigger at ts are
 * one plain noun or two joined by "and"/"or" ("Russian drone attacks",
 * "Houthi missile and drone attacks"). */
static int noun_modifiers_to(const sctx *c, long la, long ts)
{
    return (ts == la + 2 && plain_lower(c, la + 1)) ||
           (ts == la + 4 && plain_lower(c, la + 1) && word_in(c, la + 2, C_CONJ) && plain_lower(c, la + 3));
}

/* "hold talks in Paris as Druze clashes subside": a noun trigger at ts
 * opening a clause after "as", "while", "after"... (two modifiers at most
 * between), a verb of its own after it; the clause's subject, not the
 * sentence's before it. */
static int subclause_noun(const sctx *c, long ts)
{
    long q = ts - 1, v = ts + c->tk[ts].tlen;
    if (!word_in2(c, ts - 1, C2_AS | C2_SUBCLAUSE) && !word_in2(c, ts - 2, C2_AS | C2_SUBCLAUSE) &&
        !word_in2(c, ts - 3, C2_AS | C2_SUBCLAUSE))
        return 0; /* (most triggers: no such word before) */
    if (v >= c->n || !plain_lower(c, v) || word_in(c, v, C_PREP | C_CONJ | C_DET | C_BE_AUX) || past_form(c, ts))
        return 0; /* (a name, a preposition or punctuation after) */
    for (int w = 0; w < 2 && q > 0 && !word_in2(c, q, C2_AS | C2_SUBCLAUSE) && c->tk[q].men < 0 &&
                    (cap_plain(c, q) || plain_lower(c, q));
         w++)
        q--; /* "as Druze clashes" */
    return q >= 1 && word_in2(c, q, C2_AS | C2_SUBCLAUSE) && !(q == ts - 1 && ing_form(c, ts));
}

/* Whether the trigger at ts is the infinitive of a plot named after a
 * preposition: "over a plot to kill", "in a scheme to smuggle" (someone's
 * plot, not the sentence subject's act; "agreed on a plan to deploy" is the
 * subject's). */
static int plot_of_others(const sctx *c, long ts)
{
    static const char *const PLOTS[] = {"plot", "plots", "conspiracy", "scheme", "schemes", NULL};
    if (ts < 4 || !is_word(c, ts - 1, C_TO) || !word_in(c, ts - 3, C_ARTICLE) || !word_in(c, ts - 4, C_PREP))
        return 0;
    for (int i = 0; PLOTS[i]; i++)
        if (tok_is_str(c, ts - 2, PLOTS[i]))
            return 1;
    return 0;
}

/* The token at q, or past a possessive and up to two nouns after it (before
 * ts): where "were" stands in "said South Africa's troops were". */
static long be_after_name(const sctx *c, long q, long ts)
{
    long ap = after_possessive(c, q), be = ap >= 0 ? ap : q;
    while (ap >= 0 && be < ts && be - ap < 2 && (plain_lower(c, be) || word_in(c, be, C_AGENTS_OF)))
        be++;
    return be;
}

void rel_scan_left(const sctx *c, long ts, long from, int allow_things, left_res *l)
{
    l->subj.n = 0;
    l->start = l->end = from;
    l->gov = -1;
    l->against = l->reported = 0;
    if (from == ts && appositive_role(c, ts, l))
        return;
    if (from == ts && rel_after_warned_against(c, ts))
        return; /* "Beijing warned against sending troops to Taiwan": anyone's, not Beijing's */
    if (from == ts && ts >= 3 && is_word(c, ts - 1, C_IN) && tok_is(c, ts, "protest"))
        for (long q = ts - 2; q >= 1 && ts - q <= 5 && !rel_is_punct(c, q, ",;:"); q--)
            if (lower_word(c, q) && c->tk[q].men < 0 && past_verb(c, q)) {
                int32_t m = c->tk[q - 1].men; /* "boycotted the vote in protest": the verb's subject protests */
                if (m >= 0 && rel_men_class(c, m) == 2) {
                    rel_add_arg(&l->subj, m); /* "a vote Algeria boycotted in protest" */
                    l->start = men_first(c, q - 1);
                    l->end = q;
                } else {
                    rel_scan_left(c, q, q, allow_things, l);
                }
                return;
            }
    long involved = from == ts ? involved_participle(c, ts) : -1;
    if (involved >= 0) {
        for (long q = involved - 1;
             q >= 0 && involved - q <= 6 &&
             (names_at(c, q) || ((c->tk[q].flags & (TK_WORD | TK_TRIG)) == TK_WORD && !(c->tk[q].cue & ~C_AGENTS_OF)) ||
              is_word(c, q, C_CONJ));
             q--)                    /* (plain nouns: "officials", "companies") */
            if (c->tk[q].men >= 0) { /* "sanctions on Iranian officials and companies involved in supplying B" */
                if (rel_men_class(c, c->tk[q].men) == 2) {
                    rel_add_arg(&l->subj, c->tk[q].men);
                    l->start = q;
                    l->end = involved;
                    l->gov =
                        tok_is(c, involved + 1, "of") ? involved : -1; /* ("Russian officers accused of": claimed) */
                }
                break;
            }
        return; /* (the people involved act: a name among them, or none named) */
    }
    /* (ts is a verb, no trigger, for post_object_trigger: then no trigger before has its relation) */
    const uint32_t rel = c->tk[ts].flags & TK_TRIG ? c->lx->trigs[c->tk[ts].trig].relation : (uint32_t)c->lx->n_types;
    long the = ts - 2; /* "said the North had also supplied Russia with shells": "the" a few words before */
    while (from == ts && c->described && the >= 0 && ts - the <= 5 &&
           !(c->tk[the].e - c->tk[the].s == 3 && (c->t[c->tk[the].s] | 0x20) == 't'))
        the--;
    if (from == ts && c->described && the >= 0 && ts - the <= 5) {
        long q = ts - 1;
        while (q > the + 1 && (word_in(c, q, C_BE_AUX | C_MODAL) || tok_is(c, q, "has") || tok_is(c, q, "had") ||
                               tok_is(c, q, "have") || tok_is(c, q, "also")))
            q--;
        int d = q == the + 1 + tok_is(c, the + 1, "same") && !rel_is_punct(c, the - 1, ",") ? description_at(c, the, 0)
                                                                                            : -1;
        int32_t m = d >= 0 && !is_word(c, q + 1, C_OF) ? description_antecedent(c, the, d) : -1;
        if (m >= 0 && rel_men_class(c, m) == 2) { /* ("said the same group had targeted") */
            rel_add_arg(&l->subj, m);
            l->start = the;
            l->end = q + 1;
            return;
        }
    }
    if (from == ts && c->described && ts >= 4 && is_word(c, ts - 1, C_OF) && ing_form(c, ts)) {
        long t = tok_is(c, ts - 3, "the") ? ts - 3 : ts - 4; /* "the group of", "the Gulf state of" */
        int d = t >= 1 && rel_alleged(c, t - 1) ? description_at(c, t, 1) : -1;
        int32_t m = d >= 0 ? description_antecedent(c, t, d) : -1;
        if (m >= 0 && rel_men_class(c, m) == 2) { /* "accused the Gulf state of supplying weapons to the RSF" */
            rel_add_arg(&l->subj, m);
            l->start = t;
            l->end = ts - 1;
            l->gov = t - 1; /* (a claim) */
            return;
        }
    }
    long of = ts - 1;
    if (from == ts && ts >= 4 && !is_word(c, of, C_OF) &&
        ((c->tk[ts - 2].cue | c->tk[ts - 3].cue | c->tk[ts - 4].cue) & C_OF)) { /* "Israel, which it accuses of
                                                                                 carrying out sabotage attacks" */
        long g = ts - 1;
        while (g > ts - 4 && g > 1 && plain_lower(c, g) && !is_word(c, g - 1, C_OF))
            g--;
        of = is_word(c, g - 1, C_OF) && ing_form(c, g) ? g - 1 : ts - 1;
    }
    if (from == ts && of >= 3 && is_word(c, of, C_OF) && ing_form(c, of + 1) && (c->tk[of - 1].flags & TK_TRIG) &&
        rel_alleged(c, of - 1)) {
        long a = relative_object_at(c, of - 1);
        if (a >= 0 && rel_men_class(c, c->tk[a].men) == 2) { /* "Iran, which Washington accuses of arming B": Iran's,
                                                                 claimed */
            rel_add_arg(&l->subj, c->tk[a].men);
            l->start = of - 1;
            l->end = of;
            l->gov = of - 1;
            return;
        }
    }
    long co = ts >= 3 && c->tk[ts - 1].e - c->tk[ts - 1].s == 2 && tok_is(c, ts - 1, "is") &&
                      (tok_is(c, ts - 2, "that") || tok_is(c, ts - 2, "which"))
                  ? ts - 3 /* "a coalition that is fighting" */
                  : ts - 1;
    if (from == ts && co >= 1 && c->tk[co].e - c->tk[co].s == 9 && tok_is(c, co, "coalition") &&
        (c->tk[ts].flags & TK_TRIG) && ing_form(c, ts)) {
        long q = co;
        for (int adj = 0; adj < 2 && plain_lower(c, q - 1) && !word_starts(c, q - 1, "lead"); adj++)
            q--; /* "a military coalition" */
        long v = skip_dets_left(c, q - 1);
        if (v > 0 && v < q - 1 && (word_starts(c, v, "lead") || tok_is(c, v, "led") || word_starts(c, v, "head"))) {
            rel_scan_left(c, v, v, allow_things, l); /* "Riyadh leads a coalition fighting the Houthis": the leader's */
            return;
        }
    }
    if (from == ts && ts >= 4 && word_in(c, ts - 1, C_MODAL) && is_word(c, ts - 2, C_CONJ)) {
        for (long v = ts - 3; v >= 1 && ts - v <= 14 && !rel_is_punct(c, v, ",;:"); v--)
            if (past_form(c, v) && lower_word(c, v) && word_in2(c, v - 1, C2_IT | C2_HE | C2_THEY)) {
                rel_scan_left(c, v, v, allow_things, l); /* "he ordered the Pentagon to prepare and would cut aid
                                                            to A": the verb's subject, not the one ordered */
                if (l->subj.n)
                    return;
                break;
            }
    }
    if (from == ts && ing_form(c, ts) && plural_noun(c, ts - 1)) {
        antecedent(c, ts, l); /* "sanctioned firms supplying drones to B", "Chinese firms supplying": the firms' */
        return;
    }
    if (from == ts && ts >= 3 && ing_form(c, ts) && plain_lower(c, ts - 1) && !tok_is(c, ts - 1, "vote") &&
        !tok_is(c, ts - 1, "resolution")) { /* ("abstained from a U.N. vote condemning A": the voters') */
        long m = ts - 2 - (plain_lower(c, ts - 2) && ts >= 4);
        if (c->tk[m].men >= 0 && m == men_last(c, m) && word_in(c, men_first(c, m) - 1, C_ARTICLE | C_PREP)) {
            antecedent(c, ts, l); /* "sanctions on a Chinese independent refinery buying Iranian oil": the
                                     refinery's, its maker's name before it (a headline's "on Chinese refinery
                                     buying") */
            if (l->subj.n)
                return;
        }
    }
    if (from == ts && ts >= 2 && ing_form(c, ts) && word_in2(c, ts - 1, C2_THAT) && lower_word(c, ts - 2))
        return; /* "Russia warned that supplying Tomahawks to Ukraine would": a gerund subject, no one's */
    if (from == ts && past_form(c, ts) && plural_noun(c, ts - 1) && !is_word(c, ts + 1, C_BY)) {
        long np = ts - 1;
        while (np > 0 && ts - np < 3 && plain_lower(c, np - 1) && !past_verb(c, np - 1))
            np--;
        long v = skip_dets_left(c, np - 1);
        if (past_verb(c, v) && !rel_is_punct(c, v - 1, "-"))
            return; /* "have traced missile parts seized at sea to Iranian suppliers": a passive participle after
                       an object, no clause of its own (not "Russian forces seized", "traced drones launched by A",
                       "state-sponsored hackers targeted") */
    }
    long pt = skip_dets_left(c, ts - 1); /* "firms supplying aid to B": the noun is the participle's */
    if (from == ts && pt > 0 && (c->tk[pt].flags & TK_TRIG) && c->tk[pt].tlen == 1 && ing_form(c, pt) &&
        plural_noun(c, pt - 1)) {
        antecedent(c, pt, l);
        return;
    }
    if (from == ts && subclause_noun(c, ts))
        return; /* "as Druze clashes subside": the clashing parties are not the sentence's subject */
    if (from == ts && plot_of_others(c, ts))
        return; /* "charged an Indian official over a plot to kill a Sikh activist": the plotters', not the charger's */
    if (from == ts && on_deliberation(c, ts) && !deliberator(c, ts - 2, l))
        return; /* "destabilise the country ahead of a referendum on joining the EU": not the destabiliser's */
    if (from == ts && unnamed_possessor(c, ts))
        return; /* "reaffirmed the allies' support for Ukraine": the allies', unnamed */
    int pron = from == ts && poss_pron_before(c, ts); /* "its war", "their annual Freedom Shield exercise" */
    long rf = skip_dets_left(c, ts - 1); /* "ready for a ceasefire with A": the subject's own, wished for */
    int nominal = from == ts && !pron && !allow_things && noun_phrase(c, ts) &&
                  !(is_word(c, rf, C_FOR | C_TO) && word_in3(c, rf - 1, C3_READY));
    int words = 0;
    long p = from - 1;
    int comma = 0;
    long g = skip_dets_left(c, from - 1) < from - 1 ? skip_dets_left(c, from - 1) : from; /* "signing an agreement" */
    long part = ing_form(c, g) && word_in(c, g - 1, C_CONJ) ? participle_before(c, g - 2) : -1;
    if (part > 0)
        p = part - 1; /* ", allowing A's forces access to bases and signing a pact with B": the participle's subject */
    long and_at = ts - 1;
    int coord = from == ts && (past_form(c, ts) || (tok_is(c, ts, "cut") && c->tk[ts].tlen > 1));
    /* (", and cut diplomatic ties with": the one past form spelt as the present) */
    if (coord) {
        and_at -= perfect_aux(c, ts - 1, 1); /* ", and has signed" */
        coord = word_in(c, and_at, C_AND_BUT) && rel_is_punct(c, and_at - 1, ",");
    }
    for (long q = and_at - 2; coord && q >= 0; q--) /* ", and called on A": the subject of the verb before */
        if ((c->tk[q].flags & TK_TRIG) && c->tk[q].men < 0 && past_form(c, q)) {
            rel_scan_left(c, q, q, allow_things, l);
            if (l->subj.n) {
                long rv = skip_dets_left(c, l->start - 1);
                rv = skip_day_left(c, rv - word_in2(c, rv, C2_THAT));
                left_res inner = *l;
                l->subj.n = 0;
                int perfect = tok_is(c, q - 1, "had") || (tok_is(c, q - 2, "had") && adverb_at(c, q - 1));
                if (!(perfect && word_in(c, rv, C_REPORT) && opener_subject(c, ts, 0, l)))
                    *l = inner; /* (but a reported clause's subject is not: "Lithuania said that Russian aircraft
                                   had violated its airspace, and summoned a Russian diplomat": the reporter's, its
                                   tense not the clause's) */
                return;
            }
            l->subj.n = 0;
            l->start = l->end = from;
            l->gov = -1;
            l->against = l->reported = 0;
            if (!word_in2(c, skip_dets_left(c, q - 1), C2_THAT | C2_REL_PRON))
                break; /* (past a relative clause's verb: "accused A of backing the group that attacked police,
                          killing an officer, and called on B": the accuser's) */
        }
    if (coord && opener_subject(c, ts, 0, l))
        return;           /* "Beijing said its coast guard acted against vessels that intruded into Chinese waters, and
                             blamed the Philippines": no verb before has a subject, the reporter's */
    uint32_t pronoun = 0; /* "A said it would attack B": A's pronoun (reporter_pronoun) */
    /* the trigger's verb: itself, or a plain past form right before a noun ("and imposed tariffs on A") */
    long vt = !past_form(c, ts) && ts >= 1 && past_form(c, ts - 1) && !(c->tk[ts - 1].flags & TK_TRIG) ? ts - 1 : ts;
    /* a verbal act (CAMEO quadclass 1 or 3) has a speaker: not a name's thing; thing: such a name was passed */
    int verbal = rel < c->lx->n_types && (c->lx->types[rel].quadclass == 1 || c->lx->types[rel].quadclass == 3),
        thing = 0;
    long rep = -1; /* the reporting verb whose pronoun is pronoun */
    for (; p >= 0 && words < LEFT_WORDS;) {
        const tok *k = &c->tk[p];
        if (!(k->flags & TK_WORD)) {
            if (rel_is_punct(c, p, ";:"))
                return;
            if (rel_is_punct(c, p, ",") && word_in(c, p + 1, C_AND_BUT) && !(coord && p == and_at - 1)) {
                if (pronoun && word_in(c, p + 2, C_REPORT))
                    opener_subject(c, ts, pronoun, l); /* "Pakistan retaliated with drone attacks, and said it had
                                                        shot down five Indian jets": the sentence's subject */
                else if (word_in2(c, p + 2, C2_IT | C2_HE | C2_THEY) && p + 3 <= ts && ts - p <= 8 &&
                         !names_in(c, p + 3, ts))
                    if (opener_subject(c, ts,
                                       (uint32_t)(c->lx->wordv[c->tk[p + 2].word].cue2 & (C2_IT | C2_HE | C2_THEY)), l))
                        l->start = p + 2, l->end = p + 3; /* "Canada will not send troops, but it will continue to
                                                             supply weapons to Kyiv": the pronoun opening the clause,
                                                             the sentence's subject, the clause's cues only */
                if (tok_is(c, p + 2, "its") && ts - p >= 4 && ts - p <= 6 && plain_to(c, p + 3, ts) &&
                    opener_subject(c, ts, C2_IT, l))
                    l->start = p + 2, l->end = ts; /* "Qatar said the strike derailed talks, and its prime minister
                                                      called the attack state terrorism": the sentence's subject's */
                return; /* a new coordinated clause: its subject is further back (not ", and called on A": the
                           subject's next predicate) */
            }
            if (rel_is_punct(c, p, ",") && opening_phrase(c, p, -1))
                return; /* "On the sidelines of the G20, Albanese met Xi": the opening phrase holds no subject */
            if (rel_is_punct(c, p, ",")) {
                comma = 1;
                long q = aside_open(c, p);
                if (q >= 0) { /* "A, the sister of B, threatened", "A, whose minister was B, has consulted" */
                    p = q - 1;
                    continue;
                }
            }
            p = rel_is_punct(c, p, ")]") ? skip_paren_left(c, p) : p - 1;
            continue;
        }
        if (k->men < 0) {
            if (tok_is(c, p, "since") && perfect_aux(c, p - 1, 1)) {
                p--, words++; /* "Egypt has since signed a pact with Somalia and sent weapons": an adverb */
                continue;
            }
            if ((k->cue & C_REPORT) && word_in(c, p - 1, C_BE_AUX) && is_word(c, p + 1, C_TO)) {
                l->reported = 1; /* "A is believed to have supplied B", "A was reported to have met B" */
                p--, words++;
                continue;
            }
            if ((k->cue & C_REPORT) && word_in2(c, p + 1, C2_RESPONSIBILITY) && is_word(c, p + 2, C_FOR)) {
                p--, words++; /* "A claimed responsibility for an attack on B": A's own act */
                continue;
            }
            if ((k->cue & C_REPORT) && said_on_visit(c, p, ts)) {
                p--, words++; /* "Keir Starmer said during a visit to Ankara": the speaker's visit */
                continue;
            }
            if ((k->cue & C_REPORT) && !comma && !pronoun && p >= 3 && word_in2(c, p - 1, C2_IT | C2_THEY) &&
                (word_in2(c, p - 2, C2_REL_PRON) || word_in2(c, p - 2, C2_THAT)) && c->tk[p - 3].men < 0 &&
                !word_in(c, p - 3, C_REPORT) && !(c->tk[ts].flags & TK_IN_MENTION)) {
                antecedent(c, p - 2, l); /* "sanctions on Iranian firms that it said supplied drones to Russia": the
                                            firms', as the speaker says */
                l->reported = 1;
                return;
            }
            if ((k->cue & C_REPORT) && pronoun && reporter_chain(c, p, rep, pronoun)) {
                rep = p, p--, words++; /* "said it noted that it had": the first reporter's */
                continue;
            }
            if ((k->cue & C_REPORT) && !announces(c, p, ts) && !report_noun(c, p) &&
                !((p == ts - 2 || (p == ts - 3 && plain_to(c, p + 1, ts - 1))) && word_in2(c, ts - 1, C2_SUBCLAUSE)) &&
                !(rel_is_punct(c, ts - 1, ",") && ing_form(c, ts)) && /* "A said, urging B to", "A said it would
                                                                           never give up, rejecting B's calls" */
                !(past_form(c, vt) && word_in(c, vt - 1, C_CONJ) && (!names_in(c, p + 1, vt) || told_to(c, p))) &&
                /* "Denmark reported drone incursions and blamed Russia": a verb of its own, no frame ("told its
                   citizens to avoid Japan and suspended imports": an order, no frame either) */
                (pronoun || !(pronoun = reporter_pronoun(c, p, ts)))) {
                long at;
                uint32_t said_pron = 0;
                if (thing && from == ts && word_in(c, ts - 1, C_AND_BUT)) {
                    if (!opener_subject(c, ts, 0, l)) /* "Beijing said the Philippine ship had intruded into Chinese
                                                         waters and accused Manila": the reporter's */
                        speaker_before(c, p, l);      /* "U.S. Secretary of State Marco Rubio said ...": the name
                                                         before the verb */
                } else if (from == ts && past_form(c, vt) && word_in(c, vt - 1, C_CONJ) &&
                           (said_pron = pronoun_after_report(c, p, &at)) && at < vt)
                    opener_subject(c, ts, said_pron, l); /* "Hungary said it had claims on Romania and called on B":
                                                            the reporter's, whichever verb "called" joins */
                else if (from == ts && past_form(c, vt) && modal_clause(c, p, vt))
                    opener_subject(c, ts, 0, l); /* "Trump said the United States might take back the canal and
                                                    accused China": the reporter's, the past form is not the modal's */
                return; /* word_in(c, p, C_REPORT): k outside mentions; "A said after meeting B", "A told reporters
                           after meeting B": A met B */
            }
            if (pronoun && rep < 0)
                rep = p;
            if ((k->flags & TK_TRIG) && c->lx->trigs[k->trig].relation == rel && !coord &&
                !(from == ts && past_verb(c, ts) &&
                  word_in(c, ts - 1, C_CONJ)) && /* "protested and summoned A", "attended a summit and met A" */
                !(from == ts && ing_form(c, ts) && word_in2(c, ts - 1, C2_SUBCLAUSE | C2_OBJ_STOP) &&
                  past_verb(c, p)) && /* "visited Japan after visiting China": a verb's event, then the adjunct's */
                !(comma && (ing_form(c, ts) || pron || word_in3(c, ts - 1, C3_HIS_HER) ||
                            word_in3(c, ts - 2, C3_HIS_HER) || (from == ts && past_form(c, ts) && past_form(c, p)))))
                return; /* "supplying shells and missiles to B": the trigger before speaks for this one (not "welcomed
                           the deal, thanking B": a participle of the same subject; nor "travelled to Tianjin, his
                           first visit to China": an appositive of the same subject's; nor "suspended the treaty,
                           expelled B's advisers": a series of verbs) */
            if (!comma && word_in2(c, p, C2_PAIR | C2_TWO) &&
                (pair_phrase(c, p - 1) == p || pair_phrase(c, p - 2) == p) &&
                !urged_pair(c, pair_phrase(c, p - 1) == p ? p - 1 : p - 2, ts))
                return; /* "visited Vietnam, where the two sides signed": the pair's (rel_pair_subject) */
            if (ts - p <= 3 && word_in3(c, p, C3_OBJ_PRON) &&
                (word_in(c, p + 1, C_TO | C_OF | C_FOR | C_FROM) || word_in2(c, p + 1, C2_AGAINST))) {
                object_pronoun(c, p, l); /* "met Xi and warned him against attacking B": Xi's attack, if named */
                return;
            }
            if ((word_in2(c, p, C2_SUBCLAUSE) || (tok_is(c, p, "where") && word_in2(c, p + 1, C2_IT | C2_HE))) &&
                word_in2(c, p + 1, C2_IT | C2_HE | C2_THEY) &&
                ((plain_to(c, p + 2, ts) && ts - p <= 4) ||
                 (word_in(c, p + 2, C_LIGHT_VERB) && plain_to(c, skip_dets_right(c, p + 3), ts)))) {
                /* ("for a summit, where he held his first formal talks with B": not the summit's talks; "where
                   they" is the pair's, their_tail) */
                opening_subject(c, (uint32_t)(c->lx->wordv[c->tk[p + 1].word].cue2 & (C2_IT | C2_HE | C2_THEY)), p,
                                l); /* "Mongolia ignored an ICC warrant when it hosted Putin": Mongolia */
                if (l->subj.n || word_in2(c, p, C2_SUBCLAUSE))
                    return; /* ("Putin then flew to Vietnam, where he signed": the pronoun's, below) */
            }
            if (words && !comma && word_in2(c, p, C2_SUBCLAUSE) && c->described) {
                int d = description_at(c, p + 1, 0);
                int32_t m = d >= 0 ? description_antecedent(c, p + 1, d) : -1;
                if (m >= 0 && rel_men_class(c, m) == 2) { /* "while the group fired rockets at Israel": the group's */
                    rel_add_arg(&l->subj, m);
                    l->start = p + 1;
                    l->end = p + 3;
                    return;
                }
            }
            if (words && !comma && !nominal && !word_in(c, ts - 1, C_PREP) && word_in2(c, p, C2_SUBCLAUSE) &&
                !((p == ts - 2 || (c->tk[p + 1].flags & TK_TRIG)) && past_form(c, ts) && is_word(c, ts + 1, C_BY)))
                return; /* "after the island's president visited": the clause's subject has no name ("after
                           months of talks", "after talks brokered by A" are no clause) */
            long verb = skip_day_left(c, p - 1); /* "said Friday that" */
            if (tok_is(c, verb, "time") && tok_is(c, verb - 2, "the") && is_word(c, verb - 3, C_FOR))
                verb -= 4; /* "confirmed for the first time that": an adverbial, no antecedent */
            int relative = word_in2(c, p, C2_REL_PRON) ||
                           (word_in2(c, p, C2_THAT) && !past_form(c, verb) && !word_in(c, verb, C_REPORT));
            if (relative && word_in2(c, p + 1, C2_IT | C2_HE | C2_THEY) &&
                (plain_to(c, p + 2, ts) || (perfect_aux(c, p + 2, 1) && plain_to(c, p + 3, ts))) && ts - p <= 4) {
                opening_subject(c, (uint32_t)(c->lx->wordv[c->tk[p + 1].word].cue2 & (C2_IT | C2_HE | C2_THEY)), p,
                                l); /* "ordered the deployment under the treaty that he signed with B": the pronoun's */
                l->reported |= negated_confirm(c, verb);
                return; /* ("declined to confirm that it supplied B": not known) */
            }
            if (!comma && !(c->tk[ts].flags & TK_IN_MENTION) && relative &&
                word_in2(c, p + 1, C2_IT | C2_HE | C2_THEY) && word_in2(c, p, C2_REL_PRON)) {
                opening_subject(c, (uint32_t)(c->lx->wordv[c->tk[p + 1].word].cue2 & (C2_IT | C2_HE | C2_THEY)), p,
                                l); /* "ties with both Russia and the United States, which it upgraded to a strategic
                                       partnership": the pronoun's, the antecedent its object */
                return;
            }
            if (!comma && !(c->tk[ts].flags & TK_IN_MENTION) && relative) {
                antecedent(c, p, l); /* "Chinese firms that supplied": the firms', named or not ("confirmed
                                        that" opens no relative clause) */
                return;
            }
            if (word_in(c, p, C_FOR | C_OF) && ing_form(c, p + 1) && p + 1 < ts && cap_plain(c, p - 1))
                return; /* "thanked Kim for sending troops to help expel": Kim, a name the gazetteer lacks, acts */
            if (word_in(c, p, C_FOR | C_OF) && ing_form(c, p + 1) && unnamed_accused(c, p))
                return; /* "accused the West of attacking Crimea": the West attacks, unnamed */
            if (is_word(c, p, C_OF) && ing_form(c, p + 1) && word_in2(c, p - 2, C2_IT | C2_HE | C2_THEY) &&
                (tok_is(c, p - 1, "suspects") || tok_is(c, p - 1, "suspected") || tok_is(c, p - 1, "accuses") ||
                 tok_is(c, p - 1, "accused")) &&
                plain_lower(c, p - 3) && p >= 4 && c->tk[p - 4].men < 0)
                return; /* "arrested hundreds of people it suspects of working with Israel": the people's, unnamed
                           (not "six Iranian officials it accused of supplying B") */
            if (p == ts - 1 && is_word(c, p, C_FOR) && ing_form(c, ts) && unnamed_object(c, p - 1) >= 0)
                return; /* "sanctioned three firms for supplying B": the firms supply */
            if (is_word(c, p, C_TO) && ((p + 1 < ts && lower_word(c, p + 1)) || p + 1 == ts) && bare_form(c, p + 1) &&
                object_controls(c, unnamed_object(c, p - 1)) && !and_past_in(c, p + 2, ts))
                return; /* "urged lawmakers to approve aid to Ukraine", "urged partners to supply weapons to Kyiv",
                           "urged allies to send troops to A": the lawmakers', the partners', the allies' */
            if (p == ts - 1 && word_in2(c, p, C2_AGAINST) && ing_form(c, ts) && !word_in3(c, p - 1, C3_OBJ_PRON) &&
                unnamed_object(c, p - 1) >= 0)
                return; /* "warned its citizens against travelling to Japan": the citizens', unnamed */
            if (((p == ts - 2 && word_in(c, ts - 1, C_OF | C_FOR)) || means_after_of(c, p + 1, ts)) && p >= 1 &&
                (c->tk[p - 1].flags & TK_TRIG_END) && comma_object(c, trigger_start(c, p), p, &l->subj)) {
                l->start = p; /* "cut ties with A, accusing it of arming B": A arms B, a claim */
                l->end = p + 1;
                l->gov = p - 1;
                return;
            }
            p--, words++;
            continue;
        }
        long told = men_first(c, p) - 1, told_pron = p + 1 + word_in2(c, p + 1, C2_THAT);
        if ((tok_is(c, told, "told") || tok_is(c, told, "tells")) && word_in2(c, told_pron, C2_IT | C2_HE | C2_THEY) &&
            told_pron < ts) {
            p = told, words++; /* "China told Japan it would suspend imports": the addressee, the teller's pronoun */
            continue;
        }
        if (possessed_relation(c, p))
            return; /* "accused Ukraine's Western backers of attacking Crimea": the backers, unnamed */
        if (maker_compound(c, p, ts) || /* "Ukraine fired US-supplied ATACMS missiles at Russia": not the US */
            city_named_deal(c, k->men, men_first(c, p), p)) { /* "ended the 2015 Doha agreement, accusing" */
            p = men_first(c, p) - 1;
            words++;
            continue;
        }
        long last = p, np = men_first(c, p);
        int32_t head = k->men;
        if (np > 0 && rel_men_kind(c, head) == HOME_WEAPON && c->tk[np - 1].men >= 0 &&
            rel_men_class(c, c->tk[np - 1].men) == 2) {
            head = c->tk[np - 1].men; /* "Israeli F-35 jets struck": the state that flies them */
            np = men_first(c, np - 1);
        }
        args group = {.n = 0};
        rel_add_arg(&group, head);
        for (;;) {
            for (;;) {
                if (np > 0 && c->tk[np - 1].men >= 0) /* "Russian Main Intelligence Directorate" */
                    np = men_first(c, np - 1);
                else if (np > 1 && dyad_next(c, np - 2)) /* "Russia-North Korea": joint actors */
                    rel_add_arg(&group, c->tk[np - 2].men), np = men_first(c, np - 2);
                else
                    break;
            }
            long q = skip_dets_left(c, np - 1); /* "A of [the] B": A is the head */
            if (!is_word(c, q, C_OF) || q < 1 || c->tk[q - 1].men < 0)
                break;
            head = c->tk[q - 1].men;
            group.n = 0;
            rel_add_arg(&group, head);
            np = men_first(c, q - 1);
        }
        np = possessor_start(c, np);
        int listed = word_in(c, last + 1, C_CONJ) && last + 2 < ts && /* "A, B and a dozen allies accused" */
                     plain_to(c, skip_dets_right(c, last + 2), ts);
        long start = conj_left(c, np, allow_things, listed, &group);
        if (start == np && !nominal && headline_list(c, np, last, ts, &group))
            start = 0;
        /* the word before the whole list tells whether it is a subject */
        long prev = skip_dets_left(c, start - 1);
        if (((digit_token(c, prev) && c->tk[prev].e - c->tk[prev].s < 4) ||
             (word_in3(c, prev, C3_AMOUNT) && !word_in(c, prev, C_PREP))) &&
            word_in(c, prev - 1, C_PREP) && !word_in2(c, prev - 1, C2_SUBCLAUSE))
            prev--; /* "imposed sanctions on 18 (seven) Russian officers, accusing": a count of the name's people */
        else if ((digit_token(c, prev) || word_in3(c, prev, C3_AMOUNT)) &&
                 (c->tk[skip_amount_left(c, prev)].flags & TK_TRIG_END))
            prev = skip_amount_left(c, prev); /* "charged five Russian officers with hacking B": the verb's object */
        else if (digit_token(c, prev) && c->tk[prev].e - c->tk[prev].s == 4 && word_in(c, prev - 1, C_ARTICLE))
            prev = skip_dets_left(c, prev - 1); /* "ended the 2015 Doha agreement, accusing": a year */
        if (prev >= 2 && word_in2(c, prev, C2_LED) && rel_is_punct(c, prev - 1, "-") && c->tk[prev - 2].men >= 0)
            prev = skip_dets_left(c, men_first(c, prev - 2) - 1); /* "in the Russia-led CSTO": before the compound */
        if (plain_lower(c, prev) && !past_form(c, prev) && !ing_form(c, prev)) {
            long pa = prev - (prev > 0 && plain_lower(c, prev - 1) && !past_form(c, prev - 1));
            long pd = pa >= 1 && word_in(c, pa - 1, C_ARTICLE) ? skip_dets_left(c, pa - 1) : -1;
            if (word_in(c, pd, C_PREP) && !word_in2(c, pd, C2_SUBCLAUSE))
                prev = pd; /* "granted asylum to a former Bolivian minister, drawing": the preposition before the
                              adjectives (not "after the eastern Libyan parliament moved": a clause's subject) */
        }
        long tp = cap_plain(c, prev) && !word_in2(c, prev, C2_DAY) ? skip_dets_left(c, title_left(c, prev)) : -1;
        /* (not "said on Thursday Niger had accused": a day, no title) */
        if (word_in(c, tp, C_PREP) && !is_word(c, tp, C_WITH) && !word_in2(c, tp, C2_SUBCLAUSE))
            prev = tp; /* "a threat by President Donald Trump, saying it would": the title the name's, the preposition
                          before both (not "with President Putin making a trip", "after President Trump threatened":
                          a clause's subject) */
        /* the name's last token, with the period of an abbreviation ("U.S.", "U.N.") */
        long la = last + (rel_is_punct(c, last + 1, ".") && c->tk[last + 1].s == c->tk[last].e);
        long poss_end = after_possessive(c, last + 1);
        long amount = 0; /* "Washington's approval of a $571 million arms package": the amount counts as none */
        for (long q = poss_end; poss_end >= 0 && q < ts && ts - last - amount > POSS_TOKENS; q++)
            amount += amount_part(c, q);
        int possessive = poss_end >= 0 && ts - last - amount <= POSS_TOKENS && !prep_in(c, poss_end, ts) &&
                         !(past_form(c, ts) && conj_in(c, last + 1, ts)) && /* "North Korea's launch and urged" */
                         !new_phrase_in(c, poss_end, ts); /* "A's police attributed the attack": a verb's subject */
        int pp =
            word_in(c, prev, C_PREP) && !word_in(c, prev, C_BETWEEN) &&
            !(is_word(c, prev, C_WITH) && ts == last + 1 && ing_form(c, ts)) && /* "with China suspending" */
            /* "angered by Finland joining NATO", "sent drones to Russian troops fighting Ukraine": the gerund's own
               subject (not "concerns by Russia and China surrounding North Korea": about it) */
            !((word_in(c, prev, C_FOR | C_BY | C_TO) || tok_is(c, prev, "over")) && ts == last + 1 && ing_form(c, ts) &&
              (c->tk[ts].flags & TK_TRIG) && !tok_is(c, ts, "surrounding")) &&
            !(word_in(c, prev, C_FROM | C_OF) &&
              (word_in(c, prev - 1, C_AGENTS_OF) || tok_is(c, prev - 1, "warships") ||
               tok_is(c, prev - 1, "ships"))) && /* "officials from A", "warships from A" */
            !(is_word(c, prev, C_OF) && word_in3(c, prev - 1, C3_AMOUNT) &&
              c->t[c->tk[prev - 1].e - 1] == 's') && /* "Hundreds of North Korean soldiers have been killed" */
            !(is_word(c, prev, C_IN) && word_in3(c, prev - 1, C3_RULERS)) && /* "juntas in A, B and C expelled" */
            !(word_in(c, prev, C_TO | C_BY | C_WITH) && word_in2(c, prev - 1, C2_LINKED) && /* "hackers linked to A" */
              plain_to(c, prev - 2, prev - 1) && /* not "Hamas, backed by Iran," */
              !word_in(c, ts, C_PREP) &&         /* nor "ships linked to Israel in solidarity with B": no predicate */
              !(prev >= 3 && c->tk[prev - 3].men >= 0)) && /* nor "M23 rebels backed by Rwanda": the named group acts */
            !(word_in(c, prev, C_BY) && word_in2(c, prev - 1, C2_WIELDED) && /* "drones launched by A" */
              plain_to(c, prev - 2, prev - 1)) &&
            !(word_in2(c, prev, C2_SUBCLAUSE) &&
              (plain_to(c, la + 1, ts) || (past_form(c, ts) && force_noun_to(c, la + 1, ts)) ||
               (word_in(c, last + 1, C_LIGHT_VERB) && skip_dets_right(c, last + 2) == ts) || /* "held a meeting" */
               (past_form(c, la + 1) && lower_word(c, la + 1) && !(c->tk[la + 1].flags & TK_TRIG) && ts > la + 2 &&
                object_words_to(c, la + 2, ts)) || /* "after A approved a ($330 million) sale of", "after Iran
                                                      fired about 180 ballistic missiles at Israel" */
               (ts == last + 3 && past_form(c, last + 1) && is_word(c, ts - 1, C_TO) && bare_form(c, ts)) ||
               (word_in(c, la + 1, C_REPORT) && reporter_pronoun(c, la + 1, ts)) || /* "after Trump said he would be
                                                                                         open to strikes on A" */
               ((c->tk[la + 1].flags & TK_TRIG) && past_verb(c, la + 1) &&
                (past_form(c, ts) || irregular_after_and(c, ts)) && word_in(c, ts - 1, C_CONJ)))) &&
            /* "after A's lawmakers visited", "after A and B held drills", "after A threatened to annex", "after A met B
               in Alaska and hosted C" */
            !(word_in2(c, prev, C2_INCLUDING) && rel_is_punct(c, prev - 1, ",") &&
              rel_is_punct(c, last + 1, ",")); /* "Several countries, including A and B, condemned" */
        pp |= plain_lower(c, prev) && word_in(c, skip_dets_left(c, prev - 1), C_FROM | C_IN | C_OF) &&
              !word_in(c, skip_dets_left(c, prev - 2), C_AGENTS_OF); /* "profits from frozen Russian assets", "parts
                                                                         of southern Lebanon ahead of strikes" */
        if ((pp || (prev >= 0 && (c->tk[prev].flags & TK_TRIG_END))) && start < np &&
            (ts == last + 1 || (ts == last + 2 && (subject_adverb_at(c, last + 1) || perfect_aux(c, last + 1, 1)))) &&
            /* "and Belgium later cut", "and Egypt has backed" */
            word_in(c, np - 1, C_CONJ) &&
            (c->t[c->tk[ts].e - 1] != 's' || (present_verb(c, ts) && !word_in(c, ts + c->tk[ts].tlen, C_PREP))) &&
            !ing_form(c, ts)) {
            group.n = 0; /* "suspended consultations with Rwanda and Belgium cut ties", "criticised Russia and
                            Germany expelled", "deployed troops in Libya and Egypt supports Haftar": the last name's
                            clause (not "with A and B ties with C": a noun) */
            rel_add_arg(&group, head);
            start = np, prev = np - 1, pp = 0;
        }
        int obj = prev >= 0 && (c->tk[prev].flags & TK_TRIG_END) &&
                  !(la + 1 + (la + 2 == ts && perfect_aux(c, la + 1, 1)) == ts && past_form(c, ts) &&
                    appositive_act_noun(c, prev)); /* (not ", a charge Hamas rejected", ", a pact Beijing has
                                                      criticised": a clause's subject) */
        if (!obj && prev >= 0 && (c->tk[prev].flags & (TK_WORD | TK_TRIG)) == TK_WORD && c->tk[prev].men < 0 &&
            !word_in(c, prev, C_PREP | C_CONJ | C_CLAUSE_STOP | C_BE_AUX | C_REPORT) &&
            rel_lower(c->t[c->tk[prev].s]) == c->t[c->tk[prev].s]) {
            long q = skip_dets_left(c, prev - 1); /* "killed a senior Hezbollah commander": an adjective between */
            q = skip_amount_left(c, q);           /* "struck more than a dozen Houthi targets" */
            if (names_at(c, q))
                q = skip_dets_left(c, men_first(c, q) - 1); /* "killed Hezbollah leader Hassan Nasrallah" */
            obj = q >= 0 && (c->tk[q].flags & TK_TRIG_END) && !(la + 1 == ts - 1 && perfect_aux(c, la + 1, 1));
            /* (not "dismissed a case Sudan had brought against B": a clause's subject, the noun its object) */
        } else if (!obj && cap_plain(c, prev)) {
            obj = trigger_before_title(c, prev); /* "met Israeli Prime Minister Netanyahu and pledged" */
        } else if (!obj && is_word(c, prev, C_IN) && plural_noun(c, prev - 1)) {
            long q = skip_amount_left(c, skip_dets_left(c, prev - 2));
            obj = q >= 0 && (c->tk[q].flags & TK_TRIG_END); /* "sanctioned companies in China and India for
                                                               supplying": the places' companies, its object */
        }
        long after_name = rel_is_punct(c, last + 1, "(") ? skip_paren_right(c, last + 1) : last + 1; /* "(ELN)" */
        int near =
            ts - after_name <= 2 && word_in(c, prev, C_NEAR_PREP) &&
            !(is_word(c, prev, C_OF) && word_in3(c, prev - 1, C3_STRETCH)) && /* ("the island of A was": a place) */
            !(word_in(c, la + 1, C_CONJ) && past_form(c, ts)); /* ("since the fall of Assad and seized": the clause
                                                                  subject's second verb) */
        /* "accused A of supplying B", "blamed A for attacks", "help A fight
         * B", "condemns Russian attacks on B" (a reaction to the name's act),
         * "urged A to attack B" ("to stop pressuring B", "to lift the
         * sanctions on B": negated),
         * "sanctioned a Hong Kong company for helping B" (past one or two
         * plain nouns), "accused A of prolonging the war by arming B" (any gerund
         * after an accusation's "of"): the object of the trigger before is
         * this one's subject; not "struck Houthi targets" (a noun right
         * after the object) */
        long lk = skip_day_right(c, la + 1), lk0 = lk; /* "accused the UAE on Thursday of supplying" */
        long gv = la + 1 < c->n && c->t[c->tk[la + 1].s] == '\'' ? after_possessive(c, la + 1) : -1;
        if (gv > la && (tok_is(c, gv, "former") || tok_is(c, gv, "new") || tok_is(c, gv, "current")))
            gv++;
        if (gv > la && (tok_is(c, gv, "government") || tok_is(c, gv, "authorities") || tok_is(c, gv, "regime") ||
                        tok_is(c, gv, "leadership")))
            lk = lk0 = skip_day_right(c, gv + 1); /* "accused Argentina's former government of sending munitions":
                                                      the state's */
        while (lk < ts - 1 && lk <= lk0 + 1 && (c->tk[lk].flags & (TK_WORD | TK_TRIG)) == TK_WORD &&
               c->tk[lk].men < 0 && !(c->tk[lk].cue & ~(uint32_t)C_AGENTS_OF))
            lk++; /* "sanctioned North Korean officials for helping", "US defence companies for selling" */
        long ld = is_word(c, lk, C_ON) ? skip_day_right(c, lk) : lk;
        if (ld > lk && word_in(c, ld, C_WITH | C_OF | C_FOR))
            lk = ld; /* "charged four Russian officers on Friday with hacking" */
        if (rel_is_punct(c, lk, ",") && ts - 2 > lk && is_word(c, ts - 1, C_OF | C_FOR) &&
            rel_is_punct(c, ts - 2, ",") && aside_open(c, ts - 2) == lk)
            lk = lk0 = ts - 1; /* "accused Syria, which is backed by Russia, of links to B": past the aside */
        int against_gerund = obj && ts == lk0 + 2 && word_in2(c, lk0, C2_AGAINST) && ing_form(c, lk0 + 1) &&
                             lower_word(c, lk0 + 1); /* "warned A against deepening ties with B": A's ties */
        int of_for =
            obj &&
            ((ts == la + 1 && !word_in(c, ts, C_PREP) && /* ("condemned U.S. strikes on B": past the period) */
              (bare_form(c, ts) || (!past_form(c, ts) && (reaction(c, prev) || discussed_before(c, np))))) ||
             (noun_modifiers_to(c, la, ts) && !past_form(c, ts) && !ing_form(c, ts) &&
              (reaction(c, prev) || discussed_before(c, np))) ||
             /* ("slammed the U.S. arms sale to B", "condemned Russian drone attacks on B", "discussed new French arms
                supplies to B") */
             (ts == lk + 1 && ((word_in(c, lk, C_OF | C_FOR) && !visit_ending(c, prev + 1)) ||
                               word_in2(c, lk, C2_AGAINST) || (word_in(c, lk, C_TO) && object_controls(c, prev)))) ||
             against_gerund ||
             (ts == lk + 2 && word_in(c, lk, C_TO) && (c->tk[lk + 1].flags & TK_TRIG) && lower_word(c, lk + 1) &&
              bare_form(c, lk + 1) && object_controls(c, prev)) || /* "urged Germany to send troops to A": a verb, its
                                                                      goods the trigger (not "to allow aid into A") */
             (is_word(c, lk0, C_TO) && (is_neg(c, lk0 + 1) || word_in2(c, lk0 + 1, C2_END)) &&
              skip_dets_right(c, lk0 + 2) == ts && object_controls(c, prev)) ||
             (tok_is(c, lk0, "not") && is_word(c, lk0 + 1, C_TO) && ts == lk0 + 2 &&
              object_controls(c, prev)) || /* "urged Tehran not to send drones to B" */
             (is_word(c, lk0, C_OF) &&
              (ing_form(c, ts) || gerund_before(c, lk0 + 1, ts) || means_after_of(c, lk0, ts)) &&
              rel_alleged(c, prev)) ||
             ((ts == lk + 1 || gerund_before(c, lk + 1, ts)) && is_word(c, lk, C_WITH) &&
              (tok_is(c, prev, "charged") || tok_is(c, prev, "charging")) &&
              rel_alleged(c, prev)) || /* "charged two Russian officers with (conspiring to) hacking B" */
             (is_word(c, lk0, C_FOR) && gerund_before(c, lk0 + 1, ts) && reaction(c, prev)));
        /* ("thanked A for sending troops to B": the gerund before the trigger is A's) */
        if (obj && !of_for && object_controls(c, prev) && is_word(c, lk0, C_TO) && lk0 + 1 < ts &&
            plain_lower(c, lk0 + 1) && bare_form(c, lk0 + 1))
            return; /* "urged Israel (on Tuesday) to allow aid into Gaza": the aid is no one's named, nor the
                       urger's */
        if (obj && !nominal && ts == lk + 1 && word_in(c, lk, C_IN) && ing_form(c, ts) && word_in2(c, prev, C2_JOIN) &&
            c->tk[prev].flags & TK_TRIG) { /* "Japan joined the US in sanctioning B": both act */
            left_res joiner;
            rel_scan_left(c, prev, prev, 0, &joiner);
            for (int i = 0; i < joiner.subj.n; i++)
                rel_add_arg(&group, joiner.subj.m[i]);
            l->subj = group;
            l->start = start;
            l->end = last + 1;
            return;
        }
        /* "Washington launched the NCG to give B a say": the object of a verb
         * that is no trigger, before a purpose clause, whose subject is the
         * verb's (unless the verb hands its object the action: "urged") */
        /* (the verb before the object: a number or an adjective may stand
         * between, "released six Americans", "use frozen Russian assets";
         * a gerund is the verb, "is using Iranian drones to attack") */
        long verb =
            prev >= 0 && !past_form(c, prev) && !ing_form(c, prev) && (digit_token(c, prev) || plain_lower(c, prev))
                ? prev - 1
                : prev;
        int will = verb == prev - 1 && (word_in(c, verb, C_MODAL) || tok_is(c, verb, "will")) && bare_form(c, prev);
        verb += will; /* "will close Russia's last consulate": the verb after "will" */
        int purpose =
            !obj && !pp && verb >= 0 && (c->tk[verb].flags & (TK_WORD | TK_TRIG)) == TK_WORD && c->tk[verb].men < 0 &&
            (past_form(c, verb) || ing_form(c, verb) || (bare_form(c, verb) && is_word(c, verb - 1, C_TO))) &&
            !word_in(c, verb, C_REPORT | C_BE_AUX) && ts == lk + 1 && word_in(c, lk, C_TO) && !object_controls(c, verb);
        /* "Venezuela released six Americans after talks with B", "Poland
         * will close Russia's last consulate after blaming B": the object of
         * a verb that is no trigger, then an adjunct holding the trigger: the
         * verb's subject holds the talks */
        long la_poss = poss_end; /* "addressed Israel's parliament before flying to B": past the possessed noun */
        for (int w = 0; la_poss >= 0 && w < 2 && la_poss < ts - 1 && plain_lower(c, la_poss); w++)
            la_poss++;
        int adjunct = !obj && !pp && !purpose && verb >= 0 && c->tk[verb].men < 0 &&
                      (c->tk[verb].flags & (TK_WORD | TK_TRIG)) == TK_WORD && (past_form(c, verb) || will) &&
                      !word_in(c, verb, C_REPORT | C_BE_AUX) && (ts == lk + 1 || (la_poss >= 0 && ts == la_poss + 1)) &&
                      word_in2(c, ts - 1, C2_SUBCLAUSE | C2_OBJ_STOP);
        long t0 = obj ? trigger_start(c, prev + 1) : -1; /* (obj may hold past a title or "in": no trigger there) */
        const rel_type *hit = rel_type_at(c, ts), *by = t0 >= 0 ? rel_type_at(c, t0) : NULL;
        if (by && by->assault && hit && hit->assault && (past_verb(c, ts) || tok_is(c, ts, "hit")) &&
            (ts == la + 1 || (la_poss >= 0 && ts == la_poss + 1))) {
            rel_scan_left(c, t0, t0, allow_things, l); /* "An Israeli strike on Beirut's southern suburbs killed B":
                                                          the strike's author kills, not its target */
            return;
        }
        /* "killed in a Russian strike on B", "in response to Houthi attacks
         * on B": a name right before a trigger noun, in a noun phrase after a
         * preposition, is the noun's agent (without an article, a plural
         * noun: not "A's ambassador to Israel met B") */
        int modifier = pp && start == np && (skip_dets_left(c, np - 1) < np - 1 || !bare_form(c, ts)) &&
                       !past_form(c, ts) && !ing_form(c, ts) && !word_in2(c, prev, C2_NOMINAL_PREP | C2_AGAINST) &&
                       !rel_targets(c, ts) && /* "strikes on Houthi targets in Yemen": the targets are hit */
                       (ts == la + 1 || noun_modifiers_to(c, la, ts));
        /* "ratified A's bid to join B": A's noun, then the trigger's infinitive */
        long to = ts - 1; /* "the EU's decision to open accession talks": a verb and a noun between */
        while (to > ts - 3 && to > poss_end && plain_lower(c, to))
            to--;
        int poss_to = poss_end >= 0 && poss_end < to && is_word(c, to, C_TO) && word_run(c, poss_end, to) &&
                      to - poss_end <= 3 && !demand_in(c, poss_end, to); /* "Trump's offer to buy" too; not "Trump's
                                                                            demand to sell": whoever is asked sells */
        /* "welcomed the decision by A to send tanks": the noun's agent, then the trigger's infinitive */
        int by_to = word_in(c, prev, C_BY) && plain_lower(c, prev - 1) && word_in(c, prev - 2, C_ARTICLE) &&
                    ts == last + 2 && is_word(c, last + 1, C_TO) && bare_form(c, ts);
        if (prev >= 2 && word_in2(c, prev, C2_BACKED) && rel_is_punct(c, prev - 1, "-") && c->tk[prev - 2].men >= 0) {
            if (rel_men_kind(c, head) == HOME_COUNTRY && rel_noun_after(c, last))
                return; /* "Iran-backed Iraqi militias attacked": the militias, no state, nor their backer */
            obj = 0;    /* "Iran-backed Houthis attacked": the Houthis */
        }
        if (word_in2(c, prev, C2_THAT) && past_form(c, ts) && word_in(c, ts - 1, C_CONJ) && plain_lower(c, la + 1) &&
            bare_form(c, la + 1)) {
            p = start - 1; /* "demanded that the M23 withdraw from the areas it had seized and called on Rwanda": a
                              bare verb's subject (a subjunctive) is not the past verb's */
            words++;
            continue;
        }
        if (past_form(c, ts) && conj_aux_before(c, ts) && modal_bare(c, la + 1)) {
            long rv = skip_dets_left(c, start - 1);
            rv = skip_day_left(c, rv - word_in2(c, rv, C2_THAT));
            if (rv > 0 && word_in(c, rv, C_REPORT) && (c->tk[rv].flags & TK_WORD)) {
                rel_scan_left(c, rv, rv, allow_things, l); /* "Egypt's foreign ministry said Cairo would take
                                                              measures and accused B": the reporter */
                return;
            }
            p = start - 1; /* "Trump said the United States might take back the canal and accused China": a bare verb
                              after a modal is not coordinated with a past form, the clause before is */
            words++;
            continue;
        }
        long rp = plain_lower(c, prev) ? skip_dets_left(c, prev - 1) : prev; /* "where senior Hamas leaders" */
        if (comma && ing_form(c, ts) && rel_is_punct(c, ts - 1, ",") &&
            (tok_is(c, rp, "where") || word_in2(c, rp, C2_REL_PRON))) {
            p = start - 1; /* "struck a building where Hamas leaders had gathered, killing a Qatari officer": the
                              participle is the main clause's, not the relative clause's */
            words++;
            continue;
        }
        int accused = !nominal && accused_of(c, last, ts);
        int ok = nominal ? possessive || against_gerund
                         : (possessive || pron || near || of_for || poss_to || by_to || modifier || accused ||
                            (!pp && !obj && !purpose && !adjunct));
        ok = ok && !word_in2(c, prev, C2_SUMMON); /* "summoned the Russian ambassador to protest": the summoner */
        if (!ok && pp && last + 1 == ts && past_form(c, ts) && start >= 2 &&
            (tok_is(c, start - 1, "one") || tok_is(c, start - 1, "ones")) && word_in(c, start - 2, C_ARTICLE))
            ok = 1; /* "a clause like the one Moscow agreed with North Korea": a relative clause's subject */
        if (ok && verbal && word_in3(c, la + 1, C3_THING)) {
            ok = 0; /* "the U.S. measures ... vowed", "the Philippine ship ... accused": no speaker */
            thing = 1;
        }
        if (ok && word_in(c, prev, C_REPORT) && past_form(c, ts) && word_in(c, ts - 1, C_AND_BUT) &&
            word_in(c, be_after_name(c, la + 1, ts), C_BE_AUX)) {
            ok = 0; /* "China said Volt Typhoon was a ransomware group and accused Washington": the reported clause
                       describes the name, the reporter accuses (below) */
            thing = 1;
        }
        ok = ok && !(pron && word_in(c, prev, C_BY) && past_form(c, prev - 1) && word_in(c, prev - 2, C_BE_AUX));
        /* "South Korea was praised by Washington for its support of Ukraine": "its" is the passive's subject */
        long nx = la + 1;
        ok =
            ok && !(comma && ing_form(c, ts) && nx < ts && (c->tk[nx].flags & TK_TRIG) && c->tk[nx].men < 0 &&
                    c->t[c->tk[nx].e - 1] == 's' &&
                    (prev < 0 || (c->tk[prev].flags & TK_WORD) || skip_dets_right(c, prev + 1) == sentence_opening(c)));
        /* "triggered the mechanism to restore U.N. sanctions on Iran, accusing Tehran", "U.N. sanctions on Iran were
           reimposed after A triggered the mechanism, accusing Tehran": a noun's modifier is not the participle's
           subject */
        ok = ok && !(comma && ing_form(c, ts) && prev >= 0 && c->tk[prev].men < 0 &&
                     (c->tk[prev].flags & (TK_WORD | TK_TRIG)) == TK_WORD && past_form(c, prev) &&
                     !word_in(c, prev, C_BE_AUX | C_PREP) && rel_lower(c->t[c->tk[prev].s]) == c->t[c->tk[prev].s]);
        /* "ordered the French ambassador to leave, accusing Paris": the verb's object is not the participle's
           subject */
        if (ok && comma && prev >= 1 && ing_form(c, ts) && (plain_lower(c, prev) || cap_plain(c, prev))) {
            long dv = prev; /* "left the West African bloc ECOWAS, accusing it": the verb's object, described */
            for (int w = 0; w < 3 && dv > 0 && (plain_lower(c, dv) || cap_plain(c, dv)); w++)
                dv--;
            ok = !(word_in(c, dv, C_ARTICLE) && dv >= 1 && c->tk[dv - 1].men < 0 &&
                   ((c->tk[dv - 1].flags & TK_TRIG_END) || past_verb(c, dv - 1)) &&
                   !word_in(c, dv - 1, C_BE_AUX | C_REPORT));
        }
        ok = ok && !(from < ts && word_in2(c, from, C2_PROMPT) && prev >= 0 && c->tk[prev].men < 0 &&
                     (c->tk[prev].flags & (TK_WORD | TK_TRIG)) == TK_WORD && past_form(c, prev) &&
                     !word_in(c, prev, C_REPORT | C_BE_AUX)); /* "A boarded a Taiwanese boat, prompting protests
                                                                from B": the boat's, boarded, did not prompt */
        long pv = skip_amount_left(c, prev);                  /* "had captured two North Korean soldiers and offered" */
        if (pv > 0 && plain_lower(c, pv) && !past_form(c, pv) && !ing_form(c, pv) && word_in(c, pv - 1, C_DET))
            pv = skip_dets_left(c, pv - 1); /* "formed their own Alliance of Sahel States and expelled" */
        ok = ok && !(past_form(c, ts) && conj_in(c, last + 1, ts) && pv >= 0 && c->tk[pv].men < 0 &&
                     (c->tk[pv].flags & (TK_WORD | TK_TRIG)) == TK_WORD &&
                     (past_verb(c, pv) || (bare_form(c, pv) && is_word(c, pv - 1, C_TO)) ||
                      (lower_word(c, pv) && c->t[c->tk[pv].e - 1] == 's' && pv > 0 && c->tk[pv - 1].men >= 0)) &&
                     !word_in(c, pv, C_REPORT | C_BE_AUX));
        /* "A called China's actions provocative and urged B": a verb's object, not the subject (or an infinitive's:
           "told its citizens to avoid Japan and suspended imports"; or a present verb's after its subject's name:
           "Rwanda commands the M23 and has deployed troops") */
        ok = ok && !(ts - 3 > last && ts - 3 - last <= 6 && word_in(c, ts - 1, C_POSS_PRON) && lower_word(c, ts - 2) &&
                     past_form(c, ts - 2) && word_in(c, ts - 3, C_CONJ) && prev >= 0 &&
                     (c->tk[prev].flags & TK_TRIG_END) && !word_in(c, prev, C_REPORT | C_BE_AUX));
        /* "France condemned Russia and renewed its support for B": the first verb's object, not the subject */
        if (ok && tok_is(c, last + 1, "member") &&
            (tok_is(c, start - 1, "a") || tok_is(c, start - 1, "an") || tok_is(c, start - 1, "another")))
            return; /* "the first time a NATO member has fired on Russian assets": one member, unnamed */
        if (ok && pronoun && !pronoun_agrees(c, pronoun, head) && !(pronoun == C2_HE && office_after(c, la)))
            return; /* "Biden said it would": not Biden (but "the Dutch economy minister said he") */
        if (ok && (pronoun & SELF_HOME) && group.n == 1 && rel_men_kind(c, head) == HOME_PERSON && np >= 1) {
            long t = title_left(c, np - 1) + 1; /* (the qualifying name before the title) */
            if (t < np && c->tk[t].men >= 0 && qualifies_person(c, c->tk[t].men, head))
                group.m[0] = c->tk[t].men; /* "Belarusian President Alexander Lukashenko said his country had begun
                                              receiving Russian weapons": Belarus receives */
        }
        if (rel_men_class(c, head) >= (allow_things ? 1 : 2) && ok) {
            along_with(c, last, &group);
            l->subj = group;
            l->start = start;
            l->end = last + 1;
            l->gov = of_for ? prev : -1;
            l->against = of_for && (word_in2(c, lk, C2_AGAINST) || word_in2(c, lk0, C2_AGAINST)); /* "warned A
                                                                                               against deploying" */
            l->reported |= accused;                             /* what one is accused of is a claim */
            return;
        }
        if (verbal && (obj || pp) && start == np && la + 1 < ts && plain_lower(c, la + 1))
            thing = 1; /* "said the strike violated Iraqi sovereignty and called on B", "said the ship had intruded
                          into Chinese waters and accused Manila": a verb's or a preposition's object, a name's
                          thing (the reporter's, below) */
        p = start - 1;
        words++;
    }
}

/* Whether mention m names the country of the person named by mention p
 * ("Chinese President Xi Jinping": China only says where he is from). */
static int qualifies_person(const sctx *c, int32_t m, int32_t p)
{
    uint32_t hm = c->ent_home[c->d->mentions.v[m].entity], hp = c->ent_home[c->d->mentions.v[p].entity];
    return (hm & HOME_KIND) == HOME_COUNTRY && (hp & HOME_KIND) == HOME_PERSON && hm >> HOME_SHIFT &&
           hm >> HOME_SHIFT == hp >> HOME_SHIFT;
}

int rel_their_pair(const sctx *c, long ts, left_res *l)
{
    long q = ts - 1;
    for (int words = 0; !word_in2(c, q, C2_THEIR); q--) /* "their first meeting", "their first NCG meeting" */
        if (++words > 4 || q <= 0 ||
            !(plain_lower(c, q) || c->tk[q].men >= 0 || digit_token(c, q) || rel_is_punct(c, q, "+-")))
            return 0;
    args pair = {.n = 0};
    long start = q;
    for (long p = q - 1; p >= 0 && q - p <= THEIR_TOKENS && pair.n < 2; p--) {
        if (rel_is_punct(c, p, ";:\""))
            break; /* (nor inside a quotation before it) */
        int32_t m = c->tk[p].men;
        if (m < 0 || rel_men_class(c, m) != 2)
            continue;
        p = men_first(c, p);
        if ((pair.n && c->d->mentions.v[pair.m[0]].entity == c->d->mentions.v[m].entity) ||
            is_word(c, skip_dets_left(c, p - 1), C_IN) || word_in(c, p - 1, C_POSS_PRON) ||
            (pair.n && qualifies_person(c, m, pair.m[0])))
            continue; /* (not "met B in Beijing, where they": a place; not "Chinese President Xi": his country; not
                         "a meeting of their Nuclear Consultative Group": theirs) */
        rel_add_arg(&pair, m);
        start = p;
    }
    if (pair.n < 2)
        return 0;
    l->subj = pair;
    l->start = start;
    l->end = q;
    l->gov = -1;
    l->against = l->reported = 0;
    return 1;
}

size_t rel_belief_tail(sctx *c)
{
    if (c->belief_at != SIZE_MAX)
        return c->belief_at;
    const char *t = c->t;
    size_t e = c->send, end;
    c->belief_at = 0;
    while (e > c->sstart && !rel_word_byte((unsigned char)t[e - 1]) && t[e - 1] != ',')
        e--; /* the full stop, a closing quote */
    size_t w = e;
    while (w > c->sstart && rel_word_byte((unsigned char)t[w - 1]))
        w--;
    const rel_word *x = w < e ? rel_text_word(c, w, &end) : NULL;
    if (!x || end != e || !(x->cue2 & C2_BELIEF))
        return 0; /* most sentences */
    for (size_t p = w, words = 0; p > c->sstart && words < BELIEF_WORDS; p--) {
        unsigned char b = (unsigned char)t[p - 1];
        if (b == ',')
            return c->belief_at = p - 1;
        words += b == ' ';
        if (!rel_word_byte(b) && b != ' ' && b != '.' && b != '-')
            return 0;
    }
    return 0;
}

static int pair_joint(const sctx *c, int32_t a, int32_t b);

/* Whether mention m names a group by a plural after "the" ("the Houthis",
 * "the Rapid Support Forces"): one that "they" may stand for. */
static int plural_group(const sctx *c, int32_t m)
{
    const mention *x = &c->d->mentions.v[m];
    const char *type = c->g->ents[x->entity].type;
    if (x->nstart < 4 || x->nend - x->nstart < 4 || (strcmp(type, "group") != 0 && strcmp(type, "organization") != 0))
        return 0;
    return c->t[x->nend - 1] == 's' && c->t[x->nend - 2] != 's' && strncasecmp(c->t + x->nstart - 4, "the ", 4) == 0;
}

int rel_pronoun_subject(const sctx *c, long ts, left_res *l)
{
    int aside = ts > 4 && rel_is_punct(c, 2, ",") && word_in2(c, 3, C2_REL_PRON); /* "The junta, which seized
                                                                                      power and expelled B," */
    int desc = c->sent > 0 && ts >= 2 && ts <= (aside ? 16 : 8) ? description_at(c, 0, 0) : -1;
    if (desc >= 0) { /* "The group has attacked ships": the last group named */
        for (long q = 2; q < ts; q++)
            if ((c->tk[q].men >= 0 && rel_men_class(c, c->tk[q].men) == 2) ||
                (!(c->tk[q].flags & TK_WORD) && !(aside && rel_is_punct(c, q, ","))))
                return 0;
        int32_t m = description_antecedent(c, 0, desc);
        if (m < 0)
            return 0;
        l->subj.n = 0;
        rel_add_arg(&l->subj, m);
        l->start = 0;
        l->end = 2;
        l->gov = -1;
        l->against = l->reported = 0;
        return 1;
    }
    int they = tok_is(c, 0, "they");
    if (c->sent == 0 || ts < 1 || ts > 8 || !(they || word_in2(c, 0, C2_HE)) || noun_phrase(c, ts))
        return 0;
    for (long q = 1; q < ts; q++)
        if ((c->tk[q].men >= 0 && rel_men_class(c, c->tk[q].men) == 2) || !(c->tk[q].flags & TK_WORD))
            return 0; /* "He and Kishida", "He, too," */
    const mention *mv = c->d->mentions.v;
    size_t lo = 0, hi = c->d->mentions.n, n = hi;
    const uint32_t prev = c->sent - 1;
    while (lo < hi) { /* the previous sentence's first mention */
        size_t mid = lo + (hi - lo) / 2;
        if (mv[mid].sentence < prev)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (; lo < n && mv[lo].sentence == prev; lo++) {
        if (rel_men_class(c, (int32_t)lo) != 2 || (!they && rel_men_kind(c, (int32_t)lo) != HOME_PERSON))
            continue;
        args subj = {.n = 0};
        rel_add_arg(&subj, (int32_t)lo);
        size_t b = lo + 1;
        int group = they && plural_group(c, (int32_t)lo) &&
                    !(b < n && mv[b].sentence == prev && pair_joint(c, (int32_t)lo, (int32_t)b));
        if (they && !group) { /* "Japan and South Korea held talks. They urged": the pair that opened it ("The Houthis
                                 control most of Yemen. They halted attacks": the group, named by a plural) */
            if (b >= n || mv[b].sentence != prev || rel_men_class(c, (int32_t)b) != 2 ||
                !pair_joint(c, (int32_t)lo, (int32_t)b) || mv[lo].entity == mv[b].entity ||
                (b + 1 < n && mv[b + 1].sentence == prev && pair_joint(c, (int32_t)b, (int32_t)b + 1)))
                return 0;
            rel_add_arg(&subj, (int32_t)b);
        }
        l->subj = subj;
        l->start = 0;
        l->end = 1;
        l->gov = -1;
        l->against = l->reported = 0;
        return 1;
    }
    return 0;
}

int rel_aside_pronoun(const sctx *c, long ti, const args *obj, left_res *l)
{
    long p = ti - 1 - perfect_aux(c, ti - 1, 1), an = p - 1;
    int he = word_in2(c, p, C2_HE);
    if (an < 2 || !(he || word_in2(c, p, C2_IT)) || !appositive_act_noun(c, an))
        return 0;
    int kind = prior_kind_at(c, an);
    const stated_rel *rv = c->d->rels.v;
    uint32_t who = UINT32_MAX;
    for (size_t i = c->d->rels.n; kind == PRIOR_CHARGE && i-- > 0 && rv[i].sentence + CHARGE_SENTENCES >= c->sent;)
        if (c->lx->types[rv[i].relation].prior_act == PRIOR_CHARGE) {
            who = rv[i].b; /* ", a charge he rejects": the accused of the charge named */
            break;
        }
    size_t hi = mentions_before(c, c->tk[ti].s);
    int32_t m = who != UINT32_MAX ? last_mention_of(c, hi, who) : -1;
    for (size_t k = hi;
         kind >= 0 && kind != PRIOR_CHARGE && he && m < 0 && k-- > 0 && c->d->mentions.v[k].sentence == c->sent;)
        if (rel_men_kind(c, (int32_t)k) == HOME_PERSON && rel_men_class(c, (int32_t)k) == 2)
            m = (int32_t)k; /* "Petro suspended ... after Washington decertified Colombia, a decision he called an
                               insult": the sentence's first person */
    if (m < 0 || (rel_men_kind(c, m) == HOME_PERSON) != he)
        return 0; /* ("he" a person, "it" none) */
    for (int i = 0; i < obj->n; i++)
        if (c->d->mentions.v[obj->m[i]].entity == c->d->mentions.v[m].entity)
            return 0;
    l->subj.n = 0;
    rel_add_arg(&l->subj, m);
    l->start = p;
    l->end = p + 1;
    l->gov = -1;
    l->against = l->reported = 0;
    return 1;
}

int rel_relative_pronoun(const sctx *c, long ti, const args *obj, left_res *l)
{
    long q = relative_subject_end(c, ti); /* "which it has fought", "whom he has accused" */
    int he = word_in2(c, q, C2_HE);
    long a = he || word_in2(c, q, C2_IT) ? relative_antecedent(c, q) : -1;
    if (a < 0 || obj->n != 1 || obj->m[0] != c->tk[a].men)
        return 0;   /* (the antecedent the object: not "APT28, which it links to Russian military intelligence") */
    long first = 0; /* the sentence's first person for "he", its first state or group for "it" */
    while (first < q && !(c->tk[first].men >= 0 && rel_men_class(c, c->tk[first].men) == 2 &&
                          (rel_men_kind(c, c->tk[first].men) == HOME_PERSON) == he))
        first++;
    if (first >= q)
        return 0;
    for (int i = 0; i < obj->n; i++)
        if (c->d->mentions.v[obj->m[i]].entity == c->d->mentions.v[c->tk[first].men].entity)
            return 0;
    l->subj.n = 0;
    rel_add_arg(&l->subj, c->tk[first].men);
    l->start = q;
    l->end = q + 1;
    l->gov = -1;
    l->against = l->reported = 0;
    return 1;
}

int rel_force_expelled(const sctx *c, long ti, int32_t m)
{
    if (!word_in2(c, ti + c->tk[ti].tlen - 1, C2_EXPEL))
        return 0;
    /* the words after the mention, read from the text (a sentence is
     * tokenized up to its last mention only): "two Chinese vessels", "a
     * Chinese research vessel" (but "expelled French troops": a presence
     * ended, relations reduced) */
    size_t t0 = c->d->mentions.v[m].nend, ws = t0, we;
    while (ws < c->send && rel_space_byte((unsigned char)c->t[ws]))
        ws++;
    for (we = ws; we < c->send && rel_word_byte((unsigned char)c->t[we]);)
        we++;
    if ((we - ws == 6 && !memcmp(c->t + ws, "troops", 6)) || (we - ws == 8 && !memcmp(c->t + ws, "soldiers", 8)))
        return 0;
    if (goods_in_tail(c, t0, 2, C2_FORCES, 0, 0))
        return 1;
    /* "expelled more than 1.5 million Afghans": a people's plural name, no noun after it (not "two Swiss
       diplomats"), people deported (CAMEO 174) */
    size_t n, off = c->d->mentions.v[m].nend, e;
    const char *al = country_alias_word(c, m, &n);
    if (!al || n <= 4 || al[n - 1] != 's')
        return 0;
    while (off < c->send && rel_space_byte((unsigned char)c->t[off]))
        off++;
    int lower = off < c->send && (unsigned)(c->t[off] - 'a') < 26u;
    const rel_word *w = lower ? rel_text_word(c, off, &e) : NULL;
    return !(lower && (!w || !w->cue || (w->cue & C_AGENTS_OF))); /* a plain word or "diplomats": a noun */
}

int rel_with_help(const sctx *c, long ts, int32_t *helper, left_res *l)
{
    if (ts < 1 || (c->tk[ts].flags & TK_IN_MENTION))
        return 0; /* not "talks with the Asia Pacific Fund": a name holding the word */
    long p = ts + c->tk[ts].tlen, w, h = plain_lower(c, ts - 1) ? ts - 2 : ts - 1; /* "with Russian technical help" */
    if (h >= 1 && c->tk[h].men >= 0 && rel_men_class(c, c->tk[h].men) == 2) {      /* "with Chinese help" */
        *helper = c->tk[h].men;
        w = skip_dets_left(c, men_first(c, h) - 1);
    } else { /* "with the help of Russia" */
        long m = skip_dets_right(c, p + 1);
        if (!is_word(c, p, C_OF) || m >= c->n || c->tk[m].men < 0 || rel_men_class(c, c->tk[m].men) != 2)
            return 0;
        *helper = c->tk[m].men;
        w = skip_dets_left(c, ts - 1);
        p = men_last(c, m) + 1;
    }
    if (!is_word(c, w, C_WITH))
        return 0;
    if (!rel_is_punct(c, p, ",.;") && p < c->n)
        return 0; /* "with U.S. support for Ukraine": the trigger's own object */
    if (w > 0) {  /* "built the drones with Russian assistance": the clause's subject */
        rel_scan_left(c, ts, w, 0, l);
        return l->subj.n > 0;
    }
    if (!rel_is_punct(c, p, ",")) /* "With Chinese help, Pakistan launched": the subject after the comma */
        return 0;
    p = skip_dets_right(c, p + 1);
    if (p >= c->n || c->tk[p].men < 0 || rel_men_class(c, c->tk[p].men) != 2)
        return 0;
    l->subj.n = 0;
    rel_add_arg(&l->subj, c->tk[p].men);
    l->start = p;
    l->end = men_last(c, p) + 1;
    l->gov = -1;
    l->against = l->reported = 0;
    return 1;
}

int32_t rel_event_possessor(const sctx *c, long ti)
{
    long p = men_first(c, ti) - 1;
    for (int w = 0; w < HEAD_WORDS && p >= 0 && (c->tk[p].flags & (TK_WORD | TK_TRIG)) == TK_WORD && c->tk[p].men < 0 &&
                    !c->tk[p].cue;
         w++)
        p--; /* "Russia's brutal war in Ukraine" */
    if (p < 2 || !is_word(c, p, C_S) || !rel_is_punct(c, p - 1, "'") || c->tk[p - 2].men < 0 ||
        c->tk[p - 1].s != c->tk[p - 2].e)
        return -1;
    return rel_men_class(c, c->tk[p - 2].men) == 2 ? c->tk[p - 2].men : -1;
}

/* ---- "both sides": a pair named before ---- */

enum { PAIR_BYTES = 4000 }; /* how far back the pair may be named */

/* Whether the text between mentions a and b joins them as a pair: "A and
 * B", "A and the B", "A, and B", the dyad "A-B", "A's army and the B" (a
 * possessive and one lower-case word before the joint). */
static int pair_joint(const sctx *c, int32_t a, int32_t b)
{
    const mention *mv = c->d->mentions.v;
    const char *gap = c->t + mv[a].nend;
    size_t n = mv[b].nstart - mv[a].nend;
    if (n > 8 && gap[0] == '\'' && gap[1] == 's' && gap[2] == ' ' && gap[3] >= 'a' && gap[3] <= 'z') {
        size_t w = 4;
        while (w < n && gap[w] >= 'a' && gap[w] <= 'z')
            w++;
        gap += w, n -= w; /* "Sudan's army and the RSF" */
    }
    static const char *const JOINTS[] = {" and ", " and the ", ", and ", "-"};
    for (size_t j = 0; j < sizeof JOINTS / sizeof *JOINTS; j++)
        if (n == strlen(JOINTS[j]) && strncasecmp(gap, JOINTS[j], n) == 0)
            return 1;
    return 0;
}

enum { PAIR_MENTIONS = 256 }; /* how far back last_mention_of looks */

/* The mention of entity e last before mention hi (and at most
 * PAIR_MENTIONS back), or -1. */
static int32_t last_mention_of(const sctx *c, size_t hi, uint32_t e)
{
    const mention *mv = c->d->mentions.v;
    for (size_t k = hi; k-- > 0 && hi - k <= PAIR_MENTIONS;)
        if (mv[k].entity == e)
            return (int32_t)k;
    return -1;
}

/* "A spoke by phone with B. ... the two leaders agreed": the two people
 * (C2_PAIR_PEOPLE; any two actors else, countries for C2_PAIR_COUNTRIES)
 * of the last symmetric relation stated so far (in this sentence or the
 * three before, and not before sentence `since`), its trigger and names
 * before the phrase at normalised offset off (mentions before hi), into
 * pair. */
enum { PAIR_RELS = 64 }; /* how many relations stated before a pair phrase pair_met_before reads */

/* Whether mentions x and y are of the kind a pair word asks for: people
 * (C2_PAIR_PEOPLE), countries (C2_PAIR_COUNTRIES), any actors else. */
static int pair_kind(const sctx *c, int32_t x, int32_t y, uint32_t kind)
{
    unsigned want = kind == C2_PAIR_COUNTRIES ? HOME_COUNTRY : kind == C2_PAIR_PEOPLE ? HOME_PERSON : 0;
    return !want || (rel_men_kind(c, x) == want && rel_men_kind(c, y) == want);
}

/* Whether two stated relations join the same two entities, either way. */
static int same_pair(const stated_rel *x, const stated_rel *y)
{
    return (x->a == y->a && x->b == y->b) || (x->a == y->b && x->b == y->a);
}

static int pair_met_before_as(const sctx *c, size_t hi, uint32_t off, uint32_t kind, uint32_t since, int clashes,
                              int only_clash, args *pair)
{
    uint32_t orig = c->d->nt.map ? (uint32_t)norm_orig(&c->d->nt, off) : off; /* stated_rel offsets are original */
    const stated_rel *rv = c->d->rels.v;
    size_t n = c->d->rels.n;
    /* relations are in sentence order: this sentence's too ("A met B, and the two sides signed"), back to
     * the third before (or to sentence since, when given), at most PAIR_RELS of them */
    for (size_t i = n; i-- > 0 && n - i <= PAIR_RELS && (since || only_clash || rv[i].sentence + 3 >= c->sent);) {
        const stated_rel *r = &rv[i];
        if (r->sentence < since)
            return 0;
        const char *cameo = c->lx->types[r->relation].cameo;
        int visit = !strcmp(cameo, "042") || !strcmp(cameo, "043"); /* "A hosted B in Hanoi, where the two sides" */
        int clash = clashes && c->lx->types[r->relation].quadclass >= clashes; /* "A shelled B. C urged both sides" */
        int truce = !strncmp(cameo, "087", 3); /* "Malawi and Mozambique signed a truce": the two sides of a conflict */
        if (!(only_clash ? clash || truce : r->symmetric || visit || clash) || r->trig_end > orig)
            continue; /* not "Both sides ... DPRK-Russia cooperation": stated before the phrase */
        int32_t x = last_mention_of(c, hi, r->a), y = last_mention_of(c, hi, r->b);
        if (x < 0 || y < 0 || !pair_kind(c, x, y, kind) ||
            (visit && (rel_men_class(c, x) != 2 || rel_men_class(c, y) != 2)))
            continue; /* (not "visited Hanoi": a place; "the two leaders" are no host country and its guest) */
        for (size_t j = i + 1; !only_clash && j < n && rv[j].sentence == r->sentence; j++)
            if (rv[j].relation == r->relation && !same_pair(&rv[j], r))
                return 0; /* "A, B and C met": a group, no pair (not "A bombed B, and B shelled A") */
        for (size_t j = i; !only_clash && j-- > 0 && rv[j].sentence == r->sentence;)
            if (rv[j].relation == r->relation && !same_pair(&rv[j], r))
                return 0; /* (but "Israel struck Iran, killing the head of the IRGC": Israel and Iran clashed) */
        pair->n = 0;
        rel_add_arg(pair, x < y ? x : y);
        rel_add_arg(pair, x < y ? y : x);
        return 1;
    }
    return 0;
}

/* A pair that met (a symmetric relation or a visit), else one that clashed
 * (a material conflict): "Iran and Saudi Arabia met ... thanked Riyadh for
 * condemning Israel's attacks on Iran. The two countries" met. (Not one that
 * quarrelled, a verbal conflict: "Guyana accused Venezuela ... The United
 * States warned Caracas ... urged the two sides" are not the US and
 * Venezuela.) */
static int pair_met_before(const sctx *c, size_t hi, uint32_t off, uint32_t kind, uint32_t since, args *pair)
{
    return pair_met_before_as(c, hi, off, kind, since, 0, 0, pair) ||
           pair_met_before_as(c, hi, off, kind, since, 4, 0, pair);
}

/* The pair of the last material conflict stated before normalised offset
 * off (not far back: PAIR_RELS relations), into pair. */
static int pair_clashed_before(const sctx *c, uint32_t off, uint32_t kind, args *pair)
{
    return pair_met_before_as(c, mentions_before(c, off), off, kind, 0, 4, 1, pair);
}

/* Whether a relation between entities a and b is stated in the document
 * (not far back: PAIR_RELS relations). */
static int pair_related(const sctx *c, uint32_t a, uint32_t b)
{
    const stated_rel *rv = c->d->rels.v;
    for (size_t i = c->d->rels.n, k = 0; i-- > 0 && k < PAIR_RELS; k++)
        if ((rv[i].a == a && rv[i].b == b) || (rv[i].a == b && rv[i].b == a))
            return 1;
    return 0;
}

/* Whether "between the two sides" (a pair phrase after "between") stands
 * in this sentence from byte from to byte to: "Qatar and Turkey hosted talks
 * between the two sides, and both governments agreed": Qatar and Turkey are
 * the hosts, not the pair. */
static int hosts_pair(const sctx *c, uint32_t from, uint32_t to)
{
    for (long q = 0; q + 1 < c->n && c->tk[q].s < to; q++)
        if (c->tk[q].s >= from && word_in(c, q, C_BETWEEN) && pair_phrase(c, q + 1) >= 0)
            return 1;
    return 0;
}

/* Whether the word after normalised offset off (a pair's last name) is a
 * verb of a directed relation whose subjects act together, not on each
 * other: "Israel and the United States bombed the sites" are allies, no
 * sides ("India and Pakistan accused each other" are). */
static int joint_act_after(const sctx *c, uint32_t off)
{
    size_t end;
    const rel_word *w = text_word_after(c, off, &end);
    if (!w || end < 2 || !((c->t[end - 2] == 'e' && c->t[end - 1] == 'd') || (w->cue3 & C3_IRREGULAR_PAST)))
        return 0; /* a past form: "bombed", "struck" */
    if ((end + 11 <= c->send && !strncmp(c->t + end, " each other", 11)) ||
        (end + 12 <= c->send && !strncmp(c->t + end, " one another", 12)))
        return 0;
    for (uint32_t k = w->first; k < w->end; k++) {
        uint32_t r = c->lx->trigs[k].relation;
        if (r != REL_STOP && !c->lx->types[r].symmetric && c->lx->trigs[k].second < 0)
            return 1;
    }
    return 0;
}

/* Whether entities a and b, unrelated to each other, are each related to
 * one third entity in sentence sent: "Egypt signed a defence pact with
 * Eritrea and Somalia" makes them Egypt's partners, no pair of sides. */
static int co_parties(const sctx *c, uint32_t a, uint32_t b, uint32_t sent)
{
    const stated_rel *rv = c->d->rels.v;
    for (size_t i = c->d->rels.n, k = 0; i-- > 0 && k < PAIR_RELS && rv[i].sentence >= sent; k++) {
        if (rv[i].sentence != sent || (rv[i].a != a && rv[i].b != a))
            continue;
        uint32_t z = rv[i].a == a ? rv[i].b : rv[i].a;
        if (z == b)
            return 0;
        for (size_t j = c->d->rels.n, n = 0; j-- > 0 && n < PAIR_RELS && rv[j].sentence >= sent; n++)
            if (rv[j].sentence == sent && ((rv[j].a == b && rv[j].b == z) || (rv[j].b == b && rv[j].a == z)))
                return 1;
    }
    return 0;
}

/* The two actors of the document's first stated relation (of the kind a
 * pair phrase names: C2_PAIR_COUNTRIES, C2_PAIR_PEOPLE, any), when its
 * lede (first two sentences) states it: "Thailand suspended a peace
 * declaration with Cambodia ... Anwar spoke with Hun Manet ... The two
 * neighbours fought a five-day war" (the story's pair, when no pair of
 * that kind is named near the phrase; "both sides", "the two leaders"
 * likewise), into pair. */
static int lede_stated_pair(const sctx *c, size_t hi, uint32_t kind, args *pair)
{
    const stated_rel *rv = c->d->rels.v;
    if (!c->d->rels.n || rv[0].sentence > 1 || rv[0].sentence >= c->sent)
        return 0;
    for (size_t j = 1; j < c->d->rels.n && rv[j].sentence == rv[0].sentence; j++)
        if (rv[j].relation == rv[0].relation && !same_pair(&rv[j], &rv[0]))
            return 0; /* "Japan, South Korea and China met": a group, no pair */
    int32_t x = last_mention_of(c, hi, rv[0].a), y = last_mention_of(c, hi, rv[0].b);
    if (x < 0 || y < 0 || x == y || !pair_kind(c, x, y, kind))
        return 0; /* (persons for "the two leaders", countries for "the two countries") */
    pair->n = 0;
    rel_add_arg(pair, x < y ? x : y);
    rel_add_arg(pair, x < y ? y : x);
    return 1;
}

/* The only two entities of the kind a pair word asks for (people,
 * countries: pair_kind) named before mention hi, their last mentions into
 * pair: "Iran hanged a man who spied for Israel ... since the two countries
 * fought" (no relation of theirs stated). */
static int only_pair(const sctx *c, size_t hi, uint32_t kind, args *pair)
{
    if (kind != C2_PAIR_COUNTRIES && kind != C2_PAIR_PEOPLE)
        return 0; /* ("both sides": any actors, people with their states) */
    if (hi > 64)
        return 0; /* (a long story: not read whole) */
    const mention *mv = c->d->mentions.v;
    int32_t x = -1, y = -1; /* the last mentions of the last two met, reading back */
    for (size_t i = hi; i-- > 0;) {
        int32_t m = (int32_t)i;
        if (rel_men_class(c, m) != 2 || !pair_kind(c, m, m, kind) || (x >= 0 && mv[x].entity == mv[m].entity) ||
            (y >= 0 && mv[y].entity == mv[m].entity))
            continue;
        if (y >= 0)
            return 0; /* a third */
        *(x < 0 ? &x : &y) = m;
    }
    if (y < 0)
        return 0;
    pair->n = 0;
    rel_add_arg(pair, y < x ? y : x);
    rel_add_arg(pair, y < x ? x : y);
    return 1;
}

/* The lede's pair (lede_stated_pair), else the only pair named
 * (only_pair). */
static int lede_pair(const sctx *c, size_t hi, uint32_t kind, args *pair)
{
    return lede_stated_pair(c, hi, kind, pair) || only_pair(c, hi, kind, pair);
}

/* The last pair of actors of that kind joined before normalised offset
 * off, not far back, not in a longer list ("A, B and C"), into pair. */
static int pair_before(const sctx *c, uint32_t off, uint32_t kind, args *pair)
{
    const mention *mv = c->d->mentions.v;
    size_t hi = mentions_before(c, off);
    for (size_t b = hi; b >= 2 && mv[b - 1].nend + PAIR_BYTES >= off; b--) {
        int32_t x = (int32_t)(b - 2), y = (int32_t)(b - 1);
        if (rel_men_class(c, x) != 2 || rel_men_class(c, y) != 2 || mv[x].entity == mv[y].entity ||
            mv[x].nend > mv[y].nstart || !pair_joint(c, x, y))
            continue;
        if (x > 0 && mv[x - 1].nend + 2 == mv[x].nstart && c->t[mv[x - 1].nend] == ',')
            continue; /* "A, B and C": not a pair */
        if (!pair_kind(c, x, y, kind) || hosts_pair(c, mv[y].nend, off) || joint_act_after(c, mv[y].nend) ||
            (mv[y].sentence < c->sent && co_parties(c, mv[x].entity, mv[y].entity, mv[y].sentence)))
            continue;
        args met = {.n = 0};
        if (mv[y].sentence < c->sent && !pair_related(c, mv[x].entity, mv[y].entity) &&
            pair_met_before(c, hi, off, kind, 0, &met)) {
            *pair = met; /* "India and Pakistan agreed a truce. Saudi Arabia and Iran offered to help. China urged
                            both sides": sides have a relation of their own (not "Officials in Vietnam and Laos
                            said the two countries": named in the phrase's sentence) */
            return 1;
        }
        int other = pair_met_before(c, hi, off, kind, mv[y].sentence, &met) && /* ("U.S. and Chinese diplomats
                                                                                  attended. ... Thai jets bombed
                                                                                  Cambodian positions ...") */
                    !(mv[met.m[0]].entity == mv[x].entity && mv[met.m[1]].entity == mv[y].entity) &&
                    !(mv[met.m[0]].entity == mv[y].entity && mv[met.m[1]].entity == mv[x].entity);
        pair->n = 0;
        rel_add_arg(pair, other ? met.m[0] : x); /* a pair that met since is nearer */
        rel_add_arg(pair, other ? met.m[1] : y);
        return 1;
    }
    return pair_met_before(c, hi, off, kind, 0, pair) || lede_pair(c, hi, kind, pair);
}

/* "the three countries", "the three leaders": the noun's token when a trio
 * phrase starts at token q, else -1. */
static long trio_phrase(const sctx *c, long q)
{
    if (!tok_is(c, q, "the") || !tok_is(c, q + 1, "three"))
        return -1;
    long n = q + 2 +
             ((plain_lower(c, q + 2) || cap_plain(c, q + 2)) &&
              word_in2(c, q + 3, C2_PAIR)); /* "the three Baltic states", "the three Sahel states" */
    return word_in2(c, n, C2_PAIR) && !is_word(c, n + 1, C_OF) ? n : -1;
}

/* The last list of exactly three actors of that kind ("A, B and C", of
 * three entities) ending before normalised offset off, in its sentence or
 * the two before, into trio: "Spain, Ireland and Norway recognised ...
 * Israel recalled its ambassadors from the three countries". */
static int trio_before(const sctx *c, uint32_t off, uint32_t kind, args *trio)
{
    const mention *mv = c->d->mentions.v;
    size_t hi = mentions_before(c, off);
    for (size_t z = hi; z >= 3 && mv[z - 1].sentence + 2 >= c->sent && hi - z < 32; z--) {
        int32_t a = (int32_t)(z - 3), b = (int32_t)(z - 2), d = (int32_t)(z - 1);
        if (mv[b].nend + 2 > mv[d].nstart || mv[a].nend + 2 != mv[b].nstart || c->t[mv[a].nend] != ',' ||
            !pair_joint(c, b, d))
            continue; /* "A, B and C" (or "A, B, and C") */
        if ((a > 0 && mv[a - 1].nend + 2 == mv[a].nstart && c->t[mv[a - 1].nend] == ',') ||
            mv[a].entity == mv[b].entity || mv[b].entity == mv[d].entity || mv[a].entity == mv[d].entity)
            return 0; /* a longer list, or a name twice */
        for (int32_t m = a; m <= d; m++)
            if (rel_men_class(c, m) != 2 || !pair_kind(c, m, m, kind))
                return 0;
        trio->n = 0;
        rel_add_arg(trio, a);
        rel_add_arg(trio, b);
        rel_add_arg(trio, d);
        return 1;
    }
    return 0;
}

/* "Tehran vowed to respond to Israel's strikes on its air defences": "its"
 * after an assault (or a show of force, or force at sea: "accused China of
 * ramming its vessel") stands for the actor opening the sentence (not a
 * person), into obj. */
int rel_its_object(const sctx *c, long te, args *obj)
{
    long q = te;
    if (q < c->n && (c->tk[q].flags & TK_TRIG) && assault_ending(c, te) && assault_ending(c, q + c->tk[q].tlen))
        q += c->tk[q].tlen; /* "after Israeli strikes hit its nuclear sites": the noun's verb */
    q += word_in(c, q, C_ON) || word_in2(c, q, C2_AGAINST);
    if (!tok_is(c, q, "its") || tok_is(c, q + 1, "own") || c->actor_first < 0 || c->actor_first >= te ||
        !(assault_ending(c, te) || !strcmp(cameo_ending(c, te), "150") || !strcmp(cameo_ending(c, te), "170")))
        return 0; /* not "shelled its own towns" ("violated its airspace" is a show of force) */
    int32_t m = c->tk[c->actor_first].men;
    if (rel_men_kind(c, m) == HOME_PERSON)
        return 0;
    long v = men_last(c, c->actor_first) + 1;
    while (v < te - 1 && !word_in(c, v, C_REPORT | C_MODAL) && !past_form(c, v) && !(c->tk[v].flags & TK_TRIG))
        v++;
    if (v >= te - 1)
        return 0; /* no verb of its own: "Chadian and Libyan jets entered its airspace" (the opener is a subject) */
    obj->n = 0;
    rel_add_arg(obj, m);
    return 1;
}

/* Whether token q is "restraint" or "calm" ("urged restraint on both
 * sides": the pair that clashed). */
static int calm_noun(const sctx *c, long q)
{
    return tok_is(c, q, "restraint") || tok_is(c, q, "calm");
}

/* The pair phrase ("both sides") after a noun of calm and "on" or "from",
 * or after the people of it, "of" and a determiner, up to four plain words
 * from token te, or -1: "urged restraint on both sides", "spoke with the
 * national security advisers of both countries". */
static long pair_after_noun(const sctx *c, long te)
{
    if (calm_noun(c, te) && (is_word(c, te + 1, C_ON) || tok_is(c, te + 1, "from")))
        return pair_phrase(c, te + 2);
    long q = skip_dets_right(c, te);
    for (int w = 0; q < c->n && w < 4 && plain_lower(c, q) && !word_in(c, q, C_AGENTS_OF); w++)
        q++;
    return q + 1 < c->n && word_in(c, q, C_AGENTS_OF) && is_word(c, q + 1, C_OF) ? pair_phrase(c, q + 2) : -1;
}

/* Adds to out the foe of mention m's entity in the last fight or armed
 * attack stated before normalised offset off (not far back: PAIR_RELS
 * relations), if any: "The RSF attacked Sudan's army ... urged both sides in
 * Sudan's war" (not "Sudan cut ties with the UAE": no war). */
static void foe_before(const sctx *c, uint32_t off, int32_t m, args *out)
{
    uint32_t orig = c->d->nt.map ? (uint32_t)norm_orig(&c->d->nt, off) : off, e = c->d->mentions.v[m].entity;
    const stated_rel *rv = c->d->rels.v;
    for (size_t i = c->d->rels.n, k = 0; i-- > 0 && k < PAIR_RELS; k++) {
        const char *cameo = c->lx->types[rv[i].relation].cameo;
        if (rv[i].trig_end > orig || (rv[i].a != e && rv[i].b != e) ||
            !(cameo[0] == '2' || (cameo[0] == '1' && (cameo[1] == '8' || cameo[1] == '9'))))
            continue;
        int32_t foe = last_mention_of(c, mentions_before(c, off), rv[i].a == e ? rv[i].b : rv[i].a);
        if (foe >= 0)
            rel_add_arg(out, foe);
        return;
    }
}

/* The actor whose war "in"/"of" at token q names ("both sides in Sudan's
 * war", "of the Ukraine conflict"), else -1. */
static int32_t war_named_after(const sctx *c, long q)
{
    if (!is_word(c, q, C_IN) && !is_word(c, q, C_OF))
        return -1;
    q = skip_dets_right(c, q + 1);
    if (q >= c->n || c->tk[q].men < 0 || rel_men_class(c, c->tk[q].men) != 2)
        return -1;
    long l = men_last(c, q), w = after_possessive(c, l + 1);
    w = w >= 0 ? w : l + 1;
    w += tok_is(c, w, "civil");
    return tok_is(c, w, "war") || tok_is(c, w, "conflict") || tok_is(c, w, "fighting") ? c->tk[q].men : -1;
}

int rel_pair_object(const sctx *c, long ts, long te, args *obj)
{
    long at = te + (word_in(c, te, C_WITH | C_TO | C_ON | C_FROM) && !(c->tk[te].flags & TK_TRIG));
    long n3 = trio_phrase(c, at); /* "recalled its ambassadors from the three countries" */
    if (n3 >= 0)
        return trio_before(c, c->tk[at].s, c->lx->wordv[c->tk[n3].word].cue2 & C2_PAIR, obj);
    long n = pair_phrase(c, te + (word_in(c, te, C_WITH | C_TO | C_ON) && !(c->tk[te].flags & TK_TRIG)));
    /* (after a preposition: "lodged complaints with both countries") */
    if (n < 0)
        n = pair_after_noun(c, te);
    if (n < 0 && (c->tk[ts].flags & TK_TRIG) && (rel_type_at(c, ts)->supply || rel_type_at(c, ts)->deploy)) {
        long q = te; /* "has supplied patrol vessels to both countries" */
        while (q < c->n && q < te + 4 && plain_lower(c, q))
            q++;
        n = q > te && is_word(c, q, C_TO) ? pair_phrase(c, q + 1) : -1;
    }
    if (n < 0 && (c->tk[ts].flags & TK_TRIG)) {
        long q = te; /* "threatened \"strategic\" action against the allies" */
        while (q < c->n && q < te + 5 && c->tk[q].men < 0 && (plain_lower(c, q) || rel_is_punct(c, q, "\"")))
            q++;
        n = word_in2(c, q, C2_AGAINST) && !strncmp(cameo_ending(c, te), "13", 2) ? pair_phrase(c, q + 1) : -1;
    }
    if (n < 0)
        return comma_object(c, ts, te, obj) || rel_its_object(c, te, obj); /* "cut ties with A, accusing it of" */
    long q = ts - 1; /* the pair is named before the subject: the nearest actor before the trigger */
    while (q >= 0 && (c->tk[q].men < 0 || rel_men_class(c, c->tk[q].men) != 2))
        q--;
    uint32_t before = q >= 0 ? c->d->mentions.v[c->tk[q].men].nstart : c->tk[te].s;
    if (word_in2(c, n, C2_BOTH))
        before = c->tk[n].s; /* "tariffs on imports from Mexico and Canada, accusing both of": the pair right before */
    uint32_t kind = c->lx->wordv[c->tk[n].word].cue2 & C2_PAIR;
    int32_t war = war_named_after(c, n + 1);
    if (war >= 0) { /* "called on both sides in Sudan's war": Sudan and its foe in a fight stated before, else Sudan */
        obj->n = 0;
        rel_add_arg(obj, war);
        foe_before(c, c->tk[n].s, war, obj);
        return 1;
    }
    long open = rel_is_punct(c, ts - 1, ",") ? aside_open(c, ts - 1) : -1;
    if (open >= 0 && pair_before(c, c->tk[ts - 1].s, kind, obj) && c->d->mentions.v[obj->m[0]].nstart > c->tk[open].s)
        return 1; /* "A, which mediated between B and C, urged both sides": the aside's pair */
    if (text_cue_within(c, c->tk[n].e, 6, 0, C3_CALM) || calm_noun(c, te)) {
        if (pair_clashed_before(c, before, kind, obj))
            return 1; /* "Israel struck Iran ... talks between Iran and the United States ... Germany urged both
                         countries to avoid further escalation": the pair that clashed */
        return lede_pair(c, mentions_before(c, before), kind, obj); /* else the story's pair ("Kosovo accused Serbia ...
                                               called on both sides to avoid escalation") */
    }
    return pair_before(c, before, kind, obj);
}

int rel_mediation_pair(const sctx *c, long ts, long te, args *obj)
{
    if (!tok_is(c, ts, "mediate") || c->tk[ts].tlen != 1 || (te < c->n && (c->tk[te].flags & TK_WORD)))
        return 0; /* (most triggers; "mediated talks": their own object; "thanked A for its mediation": no act) */
    return pair_clashed_before(c, c->tk[ts].s, C2_PAIR_ANY, obj);
}

int rel_with_pair(const sctx *c, long ts, long te, args *obj)
{
    if ((is_word(c, te - 1, C_WITH) || (is_word(c, te - 1, C_TO) && !strncmp(cameo_ending(c, te), "04", 2))) &&
        (pair_phrase(c, te) >= 0 || pair_after_noun(c, te) >= 0))
        return rel_pair_object(c, ts, te, obj); /* "signed with both countries", "spoke with the advisers of both",
                                                   "had spoken to the leaders of both countries" */
    long q = te;
    while (q < c->n && q < te + 4 && (c->tk[q].flags & TK_WORD) && c->tk[q].men < 0 &&
           !word_in(c, q, C_PREP | C_CONJ | C_CLAUSE_STOP))
        q++; /* "sign trade deals with both countries", "held talks with both sides" */
    return is_word(c, q, C_WITH) && pair_phrase(c, q + 1) >= 0 && rel_pair_object(c, ts, q, obj);
}

int rel_him_at(const sctx *c, long te)
{
    if (te >= c->n || (c->t[c->tk[te].s] != 'h' && c->t[c->tk[te].s] != 't' && c->t[c->tk[te].s] != 'i'))
        return 0; /* (most words) */
    return tok_is(c, te, "him") || tok_is(c, te, "her") ||
           ((tok_is(c, te, "them") || tok_is(c, te, "it")) &&
            word_in(c, te + 1, C_OF | C_FOR)); /* "accusing them of", "accused it of hosting French troops" */
}

int rel_him_object(const sctx *c, long ts, long te, args *obj)
{
    long q = te + (word_in(c, te, C_ON | C_TO | C_WITH) || word_in2(c, te, C2_AGAINST));
    int it = q == te && tok_is(c, q, "it") && word_in(c, q + 1, C_OF | C_FOR); /* "accused it of", "blamed it for" */
    int them = q == te && tok_is(c, q, "them") && word_in(c, q + 1, C_OF | C_FOR);
    if (!(it || them || rel_him_at(c, q)) || (lower_word(c, q + 1) && !c->tk[q + 1].cue))
        return 0; /* (not "her remarks"; but "him on Friday") */
    if (it && comma_object(c, ts, q, obj))
        return 1; /* "filed a case against the UAE at the ICJ, accusing it of": past the place */
    for (long p = ts - 1; p >= 0; p--)
        if (c->tk[p].men >= 0 && them) {
            if (!people_noun(c, p + 1))
                return 0; /* "expelled three French diplomats, accusing them of": the diplomats' country (not
                             "expelled the envoys of Mali and Niger, accusing them of") */
            rel_add_arg(obj, c->tk[p].men);
            return 1;
        } else if (c->tk[p].men >= 0 &&
                   (it ? rel_men_class(c, c->tk[p].men) == 2 && rel_men_kind(c, c->tk[p].men) != HOME_PERSON
                       : rel_men_kind(c, c->tk[p].men) == HOME_PERSON)) {
            rel_add_arg(obj, c->tk[p].men);
            return 1;
        }
    return 0;
}

int rel_pair_subject(sctx *c, long ts, left_res *l)
{
    if (c->pair_np == -2) { /* the sentence's first "both sides" or "the three countries", looked for once */
        c->pair_np = -1;
        for (long q = 0; q + 1 < c->n && c->pair_np < 0; q++)
            if (pair_phrase(c, q) >= 0 ||
                ((c->t[c->tk[q + 1].s] | 0x20) == 't' && c->tk[q + 1].e - c->tk[q + 1].s == 5 &&
                 trio_phrase(c, q) >= 0)) /* (a trio is rare: its first letter first) */
                c->pair_np = q;
    }
    long q = c->pair_np, n = q >= 0 ? pair_phrase(c, q) : -1, n3 = q >= 0 && n < 0 ? trio_phrase(c, q) : -1;
    if (n3 >= 0) { /* "The three Sahel states left the ECOWAS bloc" after "Burkina Faso, Mali and Niger" */
        if (n3 >= ts || (n3 + 1 < ts && noun_phrase(c, ts)) ||
            !trio_before(c, c->tk[q].s, c->lx->wordv[c->tk[n3].word].cue2 & C2_PAIR, &l->subj))
            return 0;
        n = n3;
    } else if (n < 0 || n >= ts || (n + 1 < ts && noun_phrase(c, ts)) || urged_pair(c, q, ts) ||
               !pair_before(c, c->tk[q].s,
                            n > q && c->tk[n - 1].men >= 0 && rel_men_kind(c, c->tk[n - 1].men) == HOME_BLOC
                                ? C2_PAIR_COUNTRIES /* "the two NATO allies": states */
                                : c->lx->wordv[c->tk[n].word].cue2 & C2_PAIR,
                            &l->subj))
        return 0; /* "Both countries stressed the importance of partnerships": no predicate of theirs */
    l->start = q;
    l->end = n + 1;
    l->gov = -1;
    l->against = l->reported = 0;
    return 1;
}

int rel_reciprocal(const sctx *c, long ti, long te)
{
    return (word_in2(c, te, C2_EACH) && word_in2(c, te + 1, C2_OTHER)) || word_in2(c, ti - 1, C2_TRADED) ||
           (tok_is(c, ti - 1, "each") && c->lx->types[c->lx->trigs[c->tk[ti].trig].relation].release);
    /* ("Russia and Ukraine each released 103 prisoners of war": each the other's) */
}

/* Whether a word of the cue lists `bits` heads the noun phrase after a
 * trigger ending before te: within six words, before a preposition or
 * punctuation (a hyphen, "$" or a number's mark may stand between), and
 * before any name unless names may stand in it ("four Israeli hostages"). */
static int object_word(const sctx *c, long te, uint64_t bits, uint64_t bits3, int names)
{
    for (long q = te, words = 0; q < c->n && words < 6; q++) {
        if (word_in2(c, q, bits) || word_in3(c, q, bits3))
            return 1;
        if (word_in(c, q, C_PREP) || (!names && c->tk[q].men >= 0) ||
            (!(c->tk[q].flags & TK_WORD) && !rel_is_punct(c, q, "-$") && !digit_mark(c, q)))
            return 0;
        words += (c->tk[q].flags & TK_WORD) != 0;
    }
    return 0;
}

int rel_coordinated(const sctx *c, long ti)
{
    return word_in(c, ti - 1, C_CONJ) && past_form(c, ti);
}

int rel_proposal_after(const sctx *c, long te)
{
    size_t p = c->tk[te - 1].e, end;
    while (p < c->send && c->t[p] == ' ')
        p++;
    const rel_word *w = rel_text_word(c, p, &end); /* the tail may hold no tokens */
    return w && (w->cue3 & C3_PROPOSAL);
}

int rel_called_for_joint(const sctx *c, long ti)
{
    int to = 0;
    for (long q = ti - 1; q >= 1 && ti - q <= 10 && (c->tk[q].flags & TK_WORD) && c->tk[q].men < 0; q--) {
        if (is_word(c, q, C_FOR) && word_in2(c, q - 1, C2_CALL)) {
            const char *cameo = c->lx->types[c->lx->trigs[c->tk[ti].trig].relation].cameo;
            return to || (ti - q <= 4 && (!strcmp(cameo, "040") || !strcmp(cameo, "0871"))); /* talks, a truce */
        }
        to |= is_word(c, q, C_TO);
    }
    return 0;
}

int rel_proposed(const sctx *c, long ti)
{
    long te = ti + c->tk[ti].tlen;
    if (te < c->n && (tok_is(c, te, "proposal") || tok_is(c, te, "proposals") || tok_is(c, te, "plan")))
        return 1; /* "Egypt, Qatar and U.S. present new Gaza truce proposal": its authors */
    long q = ti - 1;
    for (int toks = 0; q >= 0 && toks < 6 && /* "proposed a three-month humanitarian truce" */
                       (word_in(c, q, C_ARTICLE) || plain_lower(c, q) || digit_token(c, q) || rel_is_punct(c, q, "-"));
         q--, toks++)
        if (word_starts(c, q, "propos"))
            return 1;
    return word_starts(c, q, "propos");
}

/* One-word triggers that state their relation only with a word in their
 * object (rel_object_word_missing): the trigger's start, the word's list. */
static const struct {
    const char *prefix;
    uint64_t need;
} OBJECT_WORD_TRIGGERS[] = {
    {"violat", C3_AIRSPACE},   /* CAMEO 2.0 VIOLATE * AIRSPACE, 150 */
    {"enter", C3_AIRSPACE},    /* "a Russian jet entered Estonian airspace": the same */
    {"designat", C3_TERROR},   /* CAMEO 2.0 BRAND * TERRORIST, 1123 */
    {"list", C3_TERROR},       /* "listed the PKK as a terrorist organisation": the same */
    {"closure", C3_MISSION},   /* "ordered the closure of Russia's last consulate": CAMEO 16 */
    {"clos", C3_MISSION},      /* "closed the last Russian consulate in Gdansk": the same */
    {"shut", C3_MISSION},      /* "shut Russia's embassy": the same */
    {"reduc", C3_MISSION},     /* "would reduce Poland's diplomatic presence in Moscow": the same */
    {"train", C3_TRAINEES},    /* "Turkish officers are training Syrian units": military cooperation (not "a
                                  train", "trained its guns on") */
    {"recogni", C3_STATEHOOD}, /* "recognised Palestine as a state", "the Taliban government": CAMEO 054 (not
                                  "recognized the Soviet Union's involvement") */
    {"captur", C3_TRAINEES},   /* "captured two North Korean soldiers": CAMEO 173 (not "captured the town") */
    {"order", C3_ARMS},        /* "ordered air defence systems from Norway": a purchase (not "ordered troops to") */
};

/* Whether the verb at ti fires, launches or tests a missile or rocket
 * named within six words, aimed at no one ("fired a ballistic missile off
 * its east coast"; "fired a missile at Israel", "into Israel" are attacks). */
static int missile_launched(const sctx *c, long ti)
{
    for (long q = ti + 1; q < c->n && q <= ti + 6 && !rel_is_punct(c, q, ",;:."); q++) {
        if (word_in3(c, q, C3_MISSILE)) {
            const rel_type *t = q + 1 < c->n && (c->tk[q + 1].flags & TK_TRIG) ? rel_type_at(c, q + 1) : NULL;
            if (t && t->assault)
                return 0; /* "launched missile strikes on A": the strikes' (an attack), no show of force */
            for (long p = q + 1; p < c->n && p <= q + 3 && !rel_is_punct(c, p, ",;:."); p++) {
                long at = skip_dets_right(c, p + 1);
                if ((tok_is(c, p, "at") || tok_is(c, p, "toward") || tok_is(c, p, "towards") || tok_is(c, p, "into") ||
                     tok_is(c, p, "against")) &&
                    at < c->n && c->tk[at].men >= 0)
                    return 0; /* "fired missiles at Israel", "a missile barrage against Afghan posts" (not "into
                                 the sea") */
            }
            return 1;
        }
        if (c->tk[q].men >= 0 || word_in(c, q, C_PREP))
            return 0;
    }
    /* past the last token, in the text: "North Korea fired two ballistic missiles." */
    long last = c->n - 1;
    return last >= ti && last < ti + 6 && !rel_is_punct(c, last, ",;:.") &&
           text_cue_within(c, c->tk[last].e, 4, 0, C3_MISSILE);
}

/* Whether the trigger "back" at ti is no verb: a verb follows a modal, a
 * negation, "to", a relative pronoun or an adverb ("would not back
 * Ukraine's bid", "which back the army"), and no particle's word ("back
 * down", "back home"). */
static int back_not_verb(const sctx *c, long ti)
{
    /* the words before a verb "back": a modal, a negation, "to", a relative
     * pronoun, an adverb of degree ("which back the army", "would not back
     * Ukraine's bid", "strongly back Kyiv") */
    static const char *const BEFORE[] = {"would",    "will",     "could",       "should",  "can",    "may",   "might",
                                         "must",     "did",      "does",        "do",      "to",     "not",   "never",
                                         "which",    "that",     "who",         "also",    "firmly", "fully", "openly",
                                         "publicly", "strongly", "unanimously", "jointly", NULL};
    /* the words after a particle "back": "back down", "back home", "back to" */
    static const char *const AFTER[] = {"down", "away", "off", "out", "up",   "home", "into",
                                        "in",   "from", "on",  "to",  "onto", "over", NULL};
    int verb = ti > 0 && c->tk[ti - 1].men >= 0 && rel_men_class(c, c->tk[ti - 1].men) == 2 && ti + 1 < c->n &&
               (c->tk[ti + 1].men >= 0 || word_in(c, ti + 1, C_ARTICLE | C_POSS_PRON));
    /* ("Egypt and Saudi Arabia back the army": a present verb after actors, an object after it) */
    for (int i = 0; BEFORE[i] && !verb; i++)
        verb = tok_is_str(c, ti - 1, BEFORE[i]) && lower_word(c, ti - 1);
    for (int i = 0; AFTER[i] && verb; i++)
        verb = !tok_is_str(c, ti + 1, AFTER[i]);
    return !verb;
}

/* Whether a word of list (NULL-ended) is among the first `words` words of
 * the text from offset off, each starting before limit: lower-case words
 * only, read in the text (the tail may hold no tokens); punctuation (but a quote mark), a
 * capital or the end stops the look. */
static int listed_word_within(const sctx *c, size_t off, size_t limit, int words, const char *const *list)
{
    for (int n = 0; n < words; n++) {
        while (off < limit && (rel_space_byte((unsigned char)c->t[off]) || c->t[off] == '"' || (n && c->t[off] == '-')))
            off++; /* (a line break too; "a large-scale provocation": a compound's parts; 'a "barbaric" violation') */
        size_t end = off;
        while (off < limit && end < c->send && (unsigned)(c->t[end] - 'a') < 26u)
            end++;
        if (end == off)
            return 0;
        for (int i = 0; list[i]; i++)
            if (strlen(list[i]) == end - off && !memcmp(c->t + off, list[i], end - off))
                return 1;
        off = end;
    }
    return 0;
}

/* Whether a word calling a charge untrue or an act wrong starts within
 * four words of the text from offset off ("called the allegations
 * preposterous", "... a fabrication", "... politically motivated"; "called
 * the seizure unlawful", "called the drills a provocation", "... an act of
 * aggression"), read in the text (the tail may hold no tokens). */
static int dismissive_after(const sctx *c, size_t off)
{
    static const char *const UNTRUE[] = {
        "baseless",      "absurd",       "preposterous", "unfounded",    "false",       "groundless",  "ridiculous",
        "fabricated",    "fabrication",  "nonsense",     "lies",         "lie",         "slander",     "slanderous",
        "untrue",        "fiction",      "fake",         "malicious",    "politically", "outrageous",  "defamatory",
        "illegal",       "unlawful",     "provocation",  "provocative",  "reckless",    "dangerous",   "irresponsible",
        "violation",     "unacceptable", "aggression",   "piracy",       "hostile",     "escalation",  "blackmail",
        "barbaric",      "criminal",     "crime",        "terrorism",    "cowardly",    "flagrant",    "null",
        "invalid",       "illegitimate", "unfriendly",   "mistake",      "regrettable", "unjustified", "destabilising",
        "destabilizing", "murder",       "massacre",     "atrocity",     "war",         "threat",      "rehearsal",
        "invasion",      "sham",         "farce",        "stunt",        "execution",   "insult",      "genocide",
        "intimidation",  "coercion",     "interference", "breach",       "affront",     "unprovoked",  "aggressive",
        "betrayal",      "shameful",     "disgraceful",  "deplorable",   "cruel",       "inhumane",    "inhuman",
        "unjust",        "unfair",       "arbitrary",    "hypocritical", "abhorrent",   "scandalous",  "unsafe",
        "smear",         "unwarranted",  "paranoid",     "hysterical",   "meaningless", "pointless",   "senseless",
        "futile",        "heinous",      "vile",         "grotesque",    "despicable",  "disgrace",    NULL};
    return listed_word_within(c, off, c->send, 4, UNTRUE);
}

/* Whether "to", up to three words and a hostile act follow within 96
 * bytes of the text from offset off, in the sentence ("linked Indian
 * officials to the killing of", "linked Moscow to a sabotage plot"), or
 * the act within three words of off ("linked the attack to Russia"). */
static int linked_to_act(const sctx *c, size_t off)
{
    static const char *const ACTS[] = {
        "killing",   "killings",  "murder",    "assassination", "attack",       "attacks",    "bombing",
        "bombings",  "plot",      "plots",     "sabotage",      "hack",         "hacking",    "cyberattack",
        "poisoning", "explosion", "blast",     "shooting",      "abduction",    "kidnapping", "arson",
        "espionage", "spying",    "incursion", "incursions",    "cyberattacks", "explosions", "blasts",
        "strike",    "strikes",   "raid",      "raids",         "downing",      "disruption", "disruptions",
        "fires",     "shelling",  "theft",     "thefts",        "heist",        "breach",     "breaches",
        NULL};
    size_t end = off + 96 < c->send ? off + 96 : c->send;
    for (size_t p = off; p + 4 < end && c->t[p] != '.'; p++) {
        int to = c->t[p + 1] == 't' && c->t[p + 2] == 'o' && rel_space_byte((unsigned char)c->t[p + 3]);
        if (!rel_space_byte((unsigned char)c->t[p]) || !(to || p == off))
            continue;
        if (listed_word_within(c, p + (to ? 4 : 1), end, 4, ACTS)) /* (or right after the verb: "linked the
                                                                       attack to Russia") */
            return 1;
    }
    return 0;
}

int32_t rel_case_filer(const sctx *c, long ti, int32_t m)
{
    long f = men_first(c, ti - 1);
    if (f < 3 || !is_word(c, f - 1, C_S) || !rel_is_punct(c, f - 2, "'") || c->tk[f - 3].men < 0 ||
        rel_men_class(c, c->tk[f - 3].men) != 2 || strcmp(men_type(c, m), "organization") != 0)
        return m;
    return c->tk[f - 3].men;
}

int rel_common_foe(const sctx *c, long te)
{
    static const char *const FOES[] = {"militants",   "rebels",     "jihadists",
                                       "jihadist",    "insurgents", "insurgency",
                                       "terrorists",  "terrorism",  "extremists",
                                       "gangs",       "pirates",    "piracy",
                                       "smugglers",   "cartels",    "traffickers",
                                       "groups",      "crime",      "criminals",
                                       "trafficking", "smuggling",  "corruption",
                                       "fraud",       "poaching",   "poachers",
                                       "fires",       "wildfires",  "blazes",
                                       "floods",      "drought",    "locusts",
                                       "pollution",   "disease",    "diseases",
                                       "pandemic",    "epidemic",   "outbreak",
                                       "malaria",     "hunger",     "poverty",
                                       NULL}; /* (and "to fight forest fires": no war between the allies) */
    long q = skip_dets_right(c, te);
    for (int w = 0; w < 3 && q < c->n && lower_word(c, q); w++, q++)
        for (int i = 0; FOES[i]; i++)
            if (tok_is_str(c, q, FOES[i]))
                return 1;
    return 0;
}

int rel_behind_form(const sctx *c, long ti)
{
    char f = c->t[c->tk[ti].s]; /* (most triggers: another first letter) */
    return (f == 'b' && tok_is(c, ti, "behind")) || (f == 'r' && tok_is(c, ti, "responsible"));
}

int32_t rel_behind_accused(const sctx *c, long ti, long *rep)
{
    long b = ti - 1 - word_in(c, ti - 1, C_NEG); /* "was not behind" */
    if (b >= 0 && plain_lower(c, b) && (tok_is(c, b, "also") || c->t[c->tk[b].e - 1] == 'y'))
        b--; /* "was also responsible", "was likely behind" */
    if (b < 2 || !word_in(c, b, C_BE_AUX) || !linked_to_act(c, c->tk[ti + c->tk[ti].tlen - 1].e))
        return -1; /* (not "stood behind Kyiv", "responsible for security") */
    long m = b - 1 - (tok_is(c, b, "been") && (tok_is(c, b - 1, "had") || tok_is(c, b - 1, "has")));
    for (int w = 0; m >= 0 && c->tk[m].men < 0 && w < 2 && plain_lower(c, m); w++)
        m--; /* "Russian intelligence was behind" */
    if (m >= 2 && m < b - 1 && is_word(c, m, C_S) && rel_is_punct(c, m - 1, "'"))
        m -= 2; /* "Russia's military intelligence" */
    if (m < 0 || c->tk[m].men < 0 || rel_men_class(c, c->tk[m].men) != 2)
        return -1;
    long f = men_first(c, m) - 1;
    if (f >= 2 && is_word(c, f, C_S) && rel_is_punct(c, f - 1, "'") && c->tk[f - 2].men >= 0)
        f = men_first(c, f - 2) - 1; /* "said North Korea's Lazarus Group was responsible" */
    f = skip_dets_left(c, f);        /* "said the Lazarus Group was" */
    f -= f >= 1 && tok_is(c, f, "that");
    f = skip_day_left(c, f); /* "said on Tuesday that" */
    if (f < 1 || !(word_in(c, f, C_REPORT) || tok_is(c, f, "saying")) || !lower_word(c, f))
        return -1; /* (", saying Moscow was behind an arson attack": the main clause's subject reports) */
    *rep = f;
    return c->tk[m].men;
}

/* Whether a verb of having and an amount come right before the token at
 * ti: "has about 1,500 troops in", "keeps thousands of soldiers in". */
static int troops_kept(const sctx *c, long ti)
{
    static const char *const KEEP[] = {"has",     "have",      "had",      "keeps",      "keep",
                                       "kept",    "maintains", "maintain", "maintained", "stations",
                                       "station", "stationed", NULL};
    long q = ti - 1;
    int amount = 0;
    for (; q >= 0 && ti - q <= 6 && (amount_part(c, q) || word_in3(c, q, C3_AMOUNT) || is_word(c, q, C_OF)); q--)
        amount |= amount_part(c, q) || word_in3(c, q, C3_AMOUNT);
    for (int i = 0; amount && q >= 0 && KEEP[i]; i++)
        if (tok_is_str(c, q, KEEP[i]))
            return 1;
    return 0;
}

/* Whether a possessive name, a noun of up to two words and a word calling
 * an act wrong follow "called" at ti: "called China's actions dangerous",
 * "calls Russia's behaviour reckless" (the possessor criticised). */
static int called_possessed_wrong(const sctx *c, long ti)
{
    long q = ti + 1;
    if (q >= c->n || c->tk[q].men < 0 || rel_men_class(c, c->tk[q].men) != 2)
        return 0;
    long n = after_possessive(c, men_last(c, q) + 1);
    for (long e = n; e >= 0 && e < c->n && e - n < 2 && lower_word(c, e); e++)
        if (dismissive_after(c, c->tk[e].e))
            return 1; /* (a cue word too: "called China's conduct provocative") */
    return 0;
}

/* Whether "the", up to two capitalised words, a noun naming an act and a
 * word calling it wrong follow "called" at ti: "called the Zapad drills
 * aggressive" (rel_prior_act names the act's author). */
static int called_named_act_wrong(const sctx *c, long ti)
{
    long q = ti + 1;
    if (!tok_is(c, q, "the"))
        return 0;
    int w = 0;
    while (w < 2 && ++q < c->n && c->tk[q].men < 0 && cap_plain(c, q))
        w++;
    if (!w && q < c->n && c->tk[q].men >= 0 && men_last(c, q) == q && rel_men_kind(c, c->tk[q].men) == HOME_COUNTRY)
        w = 1, q++; /* "called the Russian move unjustified" */
    return w && q < c->n && prior_kind_at(c, q) >= 0 && dismissive_after(c, c->tk[q].e); /* (without a name, "called
                                                                  the drills": the lexicon's forms) */
}

int32_t rel_called_act_by(const sctx *c, long ti)
{
    static const char *const ACTS[] = {"provocation", "act", "operation", "plot", "sabotage", "campaign", NULL};
    static const char *const RULERS[] = {"regime", "government", "authorities", "leadership", NULL};
    int indefinite = 0;
    if (c->tk[ti].tlen != 1 || !word_starts(c, ti, "call"))
        return -1;
    for (long q = ti + 1; q < c->n && q - ti <= 8 && (c->tk[q].flags & TK_WORD); q++) {
        if (c->tk[q].men >= 0 && rel_men_class(c, c->tk[q].men) == 2)
            return -1; /* (an actor's act: "called Russia's actions") */
        indefinite |= q > ti + 1 && (tok_is(c, q, "a") || tok_is(c, q, "an"));
        if (!is_word(c, q, C_BY))
            continue;
        int act = indefinite && (c->tk[q - 1].flags & TK_TRIG_END) && trigger_polarity(c, q) < 0;
        for (int i = 0; indefinite && !act && ACTS[i]; i++)
            act = tok_is_str(c, q - 1, ACTS[i]);
        long r = skip_dets_right(c, q + 1);
        for (int i = 0; RULERS[i]; i++)
            if (tok_is_str(c, r, RULERS[i])) {
                r += 1 + (is_word(c, r + 1, C_IN) || is_word(c, r + 1, C_OF)); /* "the regime in Minsk" */
                break;
            }
        return act && r < c->n && c->tk[r].men >= 0 && rel_men_class(c, c->tk[r].men) == 2 ? c->tk[r].men : -1;
    }
    return -1;
}

void rel_drop_idle_verbs(sctx *c)
{
    for (size_t j = 0; j < c->n_trig; j++) {
        long ti = c->trig_at[j];
        if (c->tk[ti].tlen > 4 || !word_in3(c, ti, C3_GATED))
            continue; /* (most triggers: one cue test) */
        int idle = 0;
        long rep;
        if (rel_behind_form(c, ti)) /* "said Moscow was behind the sabotage" (not "said it was behind a cyberattack":
                                       its own) */
            idle = rel_behind_accused(c, ti, &rep) < 0;
        else if (c->tk[ti].tlen == 3) /* "called the allegations preposterous" (not "called the charges serious");
                                    "called a provocation" holds its word */
            idle = (c->t[c->tk[ti].s] | 0x20) == 'c' && !dismissive_after(c, c->tk[ti + 2].e) &&
                   !dismissive_after(c, c->tk[ti + 1].e);
        else if (c->tk[ti].tlen == 4) /* "said the move was unfriendly" (not "said the strikes were aimed at") */
            idle = (c->t[c->tk[ti].s] | 0x20) == 's' && !dismissive_after(c, c->tk[ti + 3].e);
        else if (c->tk[ti].tlen == 2) /* "has 28,500 troops in A" (not "attacked US troops in A") */
            idle = c->tk[ti + 1].e - c->tk[ti + 1].s == 2 && c->t[c->tk[ti + 1].s] == 'i' &&
                   c->t[c->tk[ti + 1].s + 1] == 'n' && (tok_is(c, ti, "troops") || tok_is(c, ti, "soldiers")) &&
                   !troops_kept(c, ti);
        else
            switch (c->t[c->tk[ti].s] | 0x20) { /* (the other gated words: rel_object_word_missing) */
            case 'b':
                idle = tok_is(c, ti, "back") && back_not_verb(c, ti); /* "came back" (not "which back the army") */
                break;
            case 'l':
                if (c->t[c->tk[ti].s + 1] == 'i' && (word_starts(c, ti, "linki") || tok_is(c, ti, "linked"))) {
                    idle = !linked_to_act(c, c->tk[ti].e); /* "linked Moscow to the sabotage" (not "linked by rail") */
                    break;
                }
                /* fall through */
            case 'f':
            case 't':
                idle = (tok_is(c, ti, "fired") || tok_is(c, ti, "launched") || tok_is(c, ti, "tested")) &&
                       !missile_launched(c, ti); /* "launched large-scale drills", "fired the minister" */
                break;
            case 'a': /* "approved Sweden's bid" (not "approved the sale of jets") */
                if (c->tk[ti].e - c->tk[ti].s <= 5 &&
                    (tok_is(c, ti, "arm") || tok_is(c, ti, "arms") || tok_is(c, ti, "armed"))) {
                    long q = skip_dets_right(c, ti + 1); /* "Iran arms the Houthis" (not "armed groups", "the arms
                                                             Russia supplied") */
                    idle = word_in(c, ti - 1, C_DET) || q >= c->n || c->tk[q].men < 0 ||
                           rel_men_class(c, c->tk[q].men) != 2 ||
                           (rel_men_kind(c, c->tk[q].men) == HOME_COUNTRY && rel_noun_after(c, men_last(c, q)));
                    /* (nor "armed Ethiopian militias": the militias) */
                    break;
                }
                idle = word_starts(c, ti, "approv") && !goods_in_tail(c, c->tk[ti].e, 4, 0, C3_STANCE, 0);
                break;
            case 'o': /* "ordered security forces to stop sharing": no purchase, and no trigger for the scans */
            case 'c': /* "captured the town" */
                if (word_starts(c, ti, "call")) {
                    idle = !called_possessed_wrong(c, ti) && /* "called China's actions dangerous" */
                           !called_named_act_wrong(c, ti) && /* "called the Zapad drills aggressive" */
                           rel_called_act_by(c, ti) < 0;     /* "called the balloons a hybrid attack by Minsk" */
                    break;
                }
                idle = (word_starts(c, ti, "order") || word_starts(c, ti, "captur")) && rel_object_word_missing(c, ti);
                break;
            }
        if (idle) {
            c->tk[ti].flags &= (uint8_t) ~(TK_TRIG | TK_TRIG_END);
            c->tk[ti].flags |= TK_USED;
        }
    }
}

/* Whether token q starts a mention whose last word has cue bits bits3:
 * "captured two North Korean soldiers" (a name holding the word). */
static int men_ends_in(const sctx *c, long q, uint64_t bits3)
{
    if (c->tk[q].men < 0 || (q > 0 && c->tk[q - 1].men == c->tk[q].men))
        return 0;
    size_t e = c->d->mentions.v[c->tk[q].men].nend, b = e;
    while (b > c->tk[q].s && rel_word_byte((unsigned char)c->t[b - 1]))
        b--;
    return text_cue_within(c, b, 1, 0, bits3);
}

int rel_object_word_missing(const sctx *c, long ti)
{
    if (c->tk[ti].tlen != 1 || !word_in3(c, ti, C3_GATED))
        return 0; /* most triggers (a form a prefix below matches must be in C3_GATED's list) */
    for (size_t i = 0; i < sizeof OBJECT_WORD_TRIGGERS / sizeof *OBJECT_WORD_TRIGGERS; i++) {
        if (!word_starts(c, ti, OBJECT_WORD_TRIGGERS[i].prefix))
            continue;
        long m = skip_dets_right(c, ti + 1);
        if (OBJECT_WORD_TRIGGERS[i].need == C3_STATEHOOD && m < c->n && c->tk[m].men >= 0 &&
            rel_men_class(c, c->tk[m].men) >= 1) { /* (a state or a region: "Somaliland") */
            size_t e = c->tk[men_last(c, m)].e;    /* the text after the name (the tail may be cut) */
            static const char *const WHEN[] = {" as ",   " within ", " next ", " later", " soon", " this ",
                                               " last ", " on ",     " in ",   " by ",   NULL};
            int when = 0;
            for (int w = 0; !when && WHEN[w] && e < c->send && c->t[e] == ' '; w++)
                when = e + strlen(WHEN[w]) <= c->send && !strncmp(c->t + e, WHEN[w], strlen(WHEN[w]));
            if (e >= c->send || c->t[e] == '.' || c->t[e] == ',' || c->t[e] == ';' || when)
                return 0; /* "would recognise Somaliland.", "recognised Palestine as a state", "would recognise
                             Palestine within weeks" (not "recognised Israel's right to exist") */
        }
        long q = ti + 1;
        for (; q < c->n && q <= ti + 8 &&
               (!word_in(c, q, C_PREP) || word_in2(c, q, C2_AS) ||
                (is_word(c, q, C_OF) && (q == ti + 1 || word_in3(c, q - 1, C3_AMOUNT)))) && /* "thousands of" */
               ((c->tk[q].flags & TK_WORD) || rel_is_punct(c, q, "'-"));
             q++)
            if (word_in3(c, q, OBJECT_WORD_TRIGGERS[i].need) || men_ends_in(c, q, OBJECT_WORD_TRIGGERS[i].need) ||
                (OBJECT_WORD_TRIGGERS[i].need == C3_STATEHOOD && c->tk[q].e - c->tk[q].s == 5 &&
                 word_starts(c, q, "state")))
                return 0; /* "violated Estonian airspace", "violated Taiwan's airspace", "designated the Houthis
                             as a terrorist group"; "recognised the State of Palestine" (a name holding the word) */
        /* past the last token, in the text: "designated the Houthis a terrorist organisation." */
        return !(q == c->n && q <= ti + 8 && text_cue_within(c, c->tk[q - 1].e, 4, 0, OBJECT_WORD_TRIGGERS[i].need));
    }
    return 0;
}

int rel_deal_struck(const sctx *c, long te)
{
    return object_word(c, te, C2_DEAL, 0, 0);
}

int rel_modal_subject(const sctx *c, long ti, size_t off)
{
    long q = ti - 1;
    while (q >= 0 && ti - q <= 3 && !word_in(c, q, C_ARTICLE) && (c->tk[q].men >= 0 || plain_lower(c, q)))
        q = c->tk[q].men >= 0 ? men_first(c, q) - 1 : q - 1; /* "a Chinese", "a full-scale" */
    if (q < 0 || !word_in(c, q, C_ARTICLE))
        return 0;
    size_t e;
    const rel_word *w = text_word_after(c, off, &e);
    return w && (w->cue & C_MODAL);
}

int rel_under_penalty(const sctx *c, long ti)
{
    if (!word_in(c, ti - 1, C_ON))
        return 0;
    for (long q = ti - 2; q >= 0 && ti - q <= 5; q--) {
        if (word_in2(c, q, C2_PENALTY))
            return 1;
        if (!plain_lower(c, q) && !digit_token(c, q) && !rel_is_punct(c, q, "%-"))
            return 0;
    }
    return 0;
}

int rel_arms_given(const sctx *c, long ti)
{
    long te = ti + c->tk[ti].tlen, q = te, words = 0;
    int give = word_in3(c, te - 1, C3_GIVE), with = 0;
    for (; q < c->n && words < 8; q++) {
        if (word_in3(c, q, C3_ARMS))
            return give || with; /* "provided drones to A"; other verbs give arms "with": "helped A with tanks" */
        if (is_word(c, q, C_WITH) && !with) {
            with = 1; /* "provided Moscow with artillery shells" */
            continue;
        }
        if (word_in(c, q, C_PREP) || (!(c->tk[q].flags & TK_WORD) && !rel_is_punct(c, q, "-$") && !digit_mark(c, q)))
            return 0; /* "provided aid to Ukraine's drone makers": the goods come first */
        words += (c->tk[q].flags & TK_WORD) != 0;
    }
    if (q < c->n || words >= 8)
        return 0;
    size_t off = c->tk[q - 1].e, e; /* the tail past the last name, not cut into tokens */
    if (!give && !with) {           /* "helped Ukraine with tanks": "with" must come first */
        const rel_word *w = text_word_after(c, off, &e);
        if (!w || !(w->cue & C_WITH))
            return 0;
        off = e, with = 1, words++;
    }
    return goods_in_tail(c, off, 8 - words, 0, C3_ARMS, !with);
}

/* The token after the vow at ti and its "to" ("vowed to", "pledged to"),
 * or right after the vow ("vowed revenge"); -1 if ti is no vow. */
static long after_vow(const sctx *c, long ti)
{
    long te = ti + c->tk[ti].tlen;
    if (word_in3(c, te - 1, C3_VOW))
        return te + is_word(c, te, C_TO);                                 /* "vowed (to)" */
    return is_word(c, te - 1, C_TO) && word_in3(c, ti, C3_VOW) ? te : -1; /* the trigger "pledged to" */
}

int rel_vows_reprisal(const sctx *c, long ti)
{
    if (ti < 0)
        return 0;
    if ((c->t[c->tk[ti].s] | 0x20) == 'w' && (c->tk[ti].flags & TK_TRIG) &&
        (tok_is(c, ti, "would") || tok_is(c, ti, "will")) &&
        !strcmp(c->lx->types[c->lx->trigs[c->tk[ti].trig].relation].cameo, "130"))
        return 1; /* the lexicon's "would retaliate", "will take countermeasures": a vow in one trigger */
    long te = ti + c->tk[ti].tlen, v = after_vow(c, ti);
    int threat = v < 0 && (c->t[c->tk[te - 1].s] | 0x20) == 't' && word_starts(c, te - 1, "threaten");
    if (threat)
        v = te + is_word(c, te, C_TO); /* "Belarus ... threatened to respond" */
    if (v < 0)
        return 0;
    if (v >= c->n) { /* "The Houthis vowed to retaliate.": the tail holds no tokens, read in the text */
        size_t p = c->tk[te - 1].e, end;
        while (p < c->send && c->t[p] == ' ')
            p++;
        if (c->send - p > 3 && !memcmp(c->t + p, "to ", 3))
            p += 3;
        const rel_word *w = rel_text_word(c, p, &end);
        return w && (w->cue3 & C3_REPRISAL);
    }
    if (v == te + 1 && tok_is(c, v, "respond") &&
        (threat || strncasecmp(c->t + c->tk[te - 1].s, "vow", 3) == 0 ||
         (tok_is(c, v + 1, "in") && tok_is(c, v + 2, "kind"))))
        return 1; /* "vowed to respond to Israel's strikes", "promised to respond in kind" (not "pledged to respond to
                     A's request") */
    return object_word(c, v, 0, C3_REPRISAL, 0);
}

int rel_ship_noun(const sctx *c, long i)
{
    return (tok_is(c, i, "ships") || tok_is(c, i, "ship")) &&
           (i + 1 >= c->n || (word_in(c, i + 1, C_PREP) && !is_word(c, i + 1, C_TO)) || past_form(c, i + 1) ||
            rel_is_punct(c, i + 1, ",;:.!?"));
}

int rel_seizes(const sctx *c, long ti)
{
    return word_starts(c, ti, "seiz") || word_starts(c, ti, "confiscat");
}

int rel_halts_imports_of(const sctx *c, long ti)
{
    long te = ti + c->tk[ti].tlen;
    return te - ti >= 3 && is_word(c, te - 1, C_OF) &&
           (word_starts(c, te - 2, "import") || word_starts(c, te - 2, "purchas"));
}

int rel_mediated_noun(const sctx *c, long ti)
{
    long v = skip_dets_left(c, ti - 1);
    if (v < 0 || v == ti - 1 || !(c->tk[v].flags & TK_TRIG_END))
        return 0; /* (most triggers: no trigger, then a determiner, before) */
    const char *cameo = cameo_ending(c, v + 1);
    return !strcmp(cameo, "045") || !strcmp(cameo, "043");
}

int rel_drafted_noun(const sctx *c, long ti)
{
    long v = skip_dets_left(c, ti - 1);
    if (v >= 0 && digit_token(c, v))
        v = skip_dets_left(c, v - 1);
    return v >= 0 && v < ti - 1 &&
           (tok_is(c, v, "drafted") || tok_is(c, v, "co-drafted") || tok_is(c, v, "authored") ||
            tok_is(c, v, "co-authored") || tok_is(c, v, "wrote"));
}

int rel_vows_hostile(const sctx *c, long ti)
{
    if (!word_in3(c, ti, C3_VOW))
        return 0; /* (most triggers: "vowed", "pledged to" start with the vow) */
    long v = after_vow(c, ti);
    if (v > 0 && is_word(c, v - 1, C_TO) && (tok_is(c, v, "keep") || tok_is(c, v, "continue"))) {
        const rel_type *t = rel_type_at(c, skip_dets_right(c, v + 1));
        return t && t->polarity < 0 && t->quadclass == 4; /* "vowed to keep attacking ships", "to continue attacks" */
    }
    return v > 0 && is_word(c, v - 1, C_TO) && hostile_bare_verb(c, v);
}

int rel_welcomed_to(const sctx *c, long ti, long after)
{
    if ((c->t[c->tk[ti].s] | 0x20) == 'g' && c->lx->types[c->lx->trigs[c->tk[ti].trig].relation].aid) {
        for (long q = after;
             q < c->n && q - after < 6 && ((c->tk[q].flags & TK_WORD) || rel_is_punct(c, q, "-")) && c->tk[q].men < 0;
             q++)
            if (((c->t[c->tk[q].s] | 0x20) == 'w' && tok_is(c, q, "welcome")) ||
                ((c->t[c->tk[q].s] | 0x20) == 'r' && tok_is(c, q, "reception")))
                return 1; /* "gave Putin a red-carpet welcome": a host, no gift */
        return 0;
    }
    if (!word_in3(c, ti + c->tk[ti].tlen - 1, C3_WELCOME) ||
        !(is_word(c, after, C_TO | C_IN) || word_in2(c, after, C2_AT)))
        return 0;
    long q = skip_dets_right(c, after + 1);
    return names_at(c, q) && rel_men_kind(c, c->tk[q].men) == HOME_COUNTRY;
}

int rel_presupposed(const sctx *c, long ti)
{
    static const char *const GROW[] = {
        "reinforce", "reinforcing", "strengthen",    "strengthening", "deepen",   "deepening", "expand",
        "expanding", "consolidate", "consolidating", "boost",         "boosting", "enhance",   "enhancing",
        "bolster",   "bolstering",  "intensify",     "intensifying",  NULL};
    for (long v = ti - 1; v >= 0 && ti - v <= 7 && lower_word(c, v) && c->tk[v].men < 0; v--) {
        for (int i = 0; GROW[i]; i++)
            if (tok_is_str(c, v, GROW[i]))
                return 1;
        if ((word_in(c, v, C_PREP) && !is_word(c, v, C_OF)) ||
            word_in(c, v, C_CONJ | C_MODAL | C_BE_AUX | C_REPORT | C_NEG))
            return 0; /* (the noun phrase ends: "expand and cooperate with") */
    }
    return 0; /* (past a determiner and the phrase: "deepen their ties", "consolidating coordination of the joint
                 trilateral security efforts between") */
}

int rel_hackers_before(const sctx *c, long first)
{
    if (first >= 3 && is_word(c, first - 1, C_S) && rel_is_punct(c, first - 2, "'") && c->tk[first - 3].men >= 0)
        first = men_first(c, first - 3); /* "linked to Iran's Revolutionary Guards" */
    long q = skip_dets_left(c, first - 1);
    if (!word_in(c, q, C_TO | C_BY | C_FROM | C_FOR | C_WITH))
        return 0;
    q -= plain_lower(c, q - 1) || word_in2(c, q - 1, C2_LINKED | C2_BACKED); /* "linked to", "working for" */
    return q >= 1 && word_in2(c, q - 1, C2_HACKERS);
}

int rel_hackers_at(const sctx *c, long i)
{
    for (long q = i; q < c->n && q - i < 4; q++) {
        if (word_in2(c, q, C2_HACKERS))
            return 1;
        if (!plain_lower(c, q) && !rel_is_punct(c, q, "-"))
            return 0; /* "Chinese state-sponsored hackers": a compound between */
    }
    return 0;
}

int rel_hit_by_other(const sctx *c, long ti)
{
    int64_t o = relation_ending(c, ti);
    if (o >= 0 && (uint32_t)o != REL_STOP && (uint32_t)o != c->lx->trigs[c->tk[ti].trig].relation)
        return !word_in(c, trigger_start(c, ti) - 1, C_ARTICLE) && !past_form(c, ti - 1) &&
               !word_in2(c, ti - 1, C2_HELP) && !is_word(c, ti - 1, C_TO);
    /* not "the supply attack" (one noun), "helped attack" (a verb), "sent troops to fight" (an infinitive) */
    return word_in2(c, ti - 1, C2_PENALTY) || word_in3(c, ti - 1, C3_DOCUMENT); /* "an order targeting China" */
}

int rel_hit_with_penalty(const sctx *c, long ti)
{
    for (long q = ti + c->tk[ti].tlen, words = 0; q < c->n && words < 8; q++) {
        if (is_word(c, q, C_WITH) ||
            (q == ti + c->tk[ti].tlen && is_word(c, q, C_BY))) { /* "was hit by US sanctions" */
            return text_cue_within(c, c->tk[q].e, 5, C2_PENALTY, 0); /* "with new sanctions", "by US secondary
                                                                        sanctions" */
        }
        if (rel_is_punct(c, q, ",;:.!?") || word_in(c, q, C_CLAUSE_STOP))
            return 0;
        words += (c->tk[q].flags & TK_WORD) != 0;
    }
    return 0;
}

int rel_penalty_reprisal(const sctx *c, long ti)
{
    if (!word_starts(c, ti, "retaliat"))
        return 0;
    long q = ti + c->tk[ti].tlen, words = 0;
    for (; q < c->n && words < 10; q++) {
        if (word_in2(c, q, C2_PENALTY))
            return 1; /* "retaliated against U.S. tariffs", "against Washington with duties" */
        if (rel_is_punct(c, q, ";:") || (word_in(c, q, C_AND_BUT) && rel_is_punct(c, q - 1, ",")))
            return 0; /* "for the rocket fire, and Lebanon imposed restrictions": a clause of its own */
        words += (c->tk[q].flags & TK_WORD) != 0;
    }
    if (q < c->n)
        return 0;
    size_t off = c->tk[c->n - 1].e; /* the tail past the last name, not cut into tokens, commas and all */
    for (; words < 10; words++) {
        int comma = 0;
        while (off < c->send && (rel_space_byte((unsigned char)c->t[off]) || c->t[off] == ','))
            comma |= c->t[off++] == ',';
        size_t end = off;
        const rel_word *w = text_word_after(c, off, &end);
        if (w && (w->cue2 & C2_PENALTY))
            return 1; /* "retaliated against Ottawa, imposing duties on steel", ", which imposed duties" */
        if (end <= off || (comma && w && (w->cue & C_AND_BUT)))
            return 0;
        off = end;
    }
    return 0;
}

const char *const rel_denials[] = {"denies",   "denied",   "deny",      "rejects",   "rejected",
                                   "disputes", "disputed", "dismisses", "dismissed", NULL};

/* Whether the mention at token q names an entity of the mentions in a or b. */
static int names_one_of(const sctx *c, long q, const args *a, const args *b)
{
    uint32_t e = c->d->mentions.v[c->tk[q].men].entity;
    for (int i = 0; i < a->n; i++)
        if (c->d->mentions.v[a->m[i]].entity == e)
            return 1;
    for (int i = 0; i < b->n; i++)
        if (c->d->mentions.v[b->m[i]].entity == e)
            return 1;
    return 0;
}

int rel_denied_after(const sctx *c, long te, const args *subj, const args *obj)
{
    static const char *const CHARGE[] = {"charge",      "charges",    "claim",       "claims",    "accusation",
                                         "accusations", "allegation", "allegations", "assertion", NULL};
    long v = c->n - 1; /* the sentence's last word: "..., a charge Kigali denies." */
    while (v > te && !(c->tk[v].flags & TK_WORD))
        v--;
    if (v <= te || (c->t[c->tk[v].s] != 'd' && c->t[c->tk[v].s] != 'r'))
        return 0; /* (most sentences) */
    int deny = 0;
    for (int i = 0; rel_denials[i] && !deny; i++)
        deny = tok_is_str(c, v, rel_denials[i]);
    long p = v - 1;
    p -= tok_is(c, p, "has") || tok_is(c, p, "have") || tok_is(c, p, "had");
    if (!deny || p <= te || c->tk[p].men < 0)
        return 0;
    long q = men_first(c, p);
    if (!names_one_of(c, q, subj, obj))
        return 0; /* the denier is a party */
    q--;
    q -= word_in2(c, q, C2_REL_PRON | C2_THAT); /* ", which Kigali denies", ", a claim that Kigali denies" */
    for (int i = 0; CHARGE[i]; i++)
        if (tok_is_str(c, q, CHARGE[i])) {
            q--; /* ", a charge Kigali denies" */
            while (q > te && word_in(c, q, C_DET))
                q--;
            break;
        }
    for (long k = te; k < q; k++)
        if ((c->tk[k].flags & TK_TRIG) && c->lx->types[c->lx->trigs[c->tk[k].trig].relation].prior_act == PRIOR_CHARGE)
            return 0; /* "suspended cooperation with Benin and accused it of hosting French troops, an allegation Benin
                         denied": the charge's, not the suspension's */
    return q >= te && rel_is_punct(c, q, ",");
}

int rel_persons_moved(const sctx *c, long te)
{
    long p = te;
    while (p < te + 3 && (plain_lower(c, p) || cap_plain(c, p)))
        p++; /* "hand over former president Bashar al-Assad" */
    if (p < c->n && c->tk[p].men >= 0 && rel_men_kind(c, c->tk[p].men) == HOME_PERSON &&
        !word_in2(c, trigger_start(c, te), C2_RECEIVE)) { /* ("received President Zelensky": a host) */
        long l = men_last(c, p); /* "hand over Bashar al-Assad": a person, not "provided Zelensky with jets" */
        return !is_word(c, l + 1, C_WITH) && !(l + 1 >= c->n && goods_in_tail(c, c->tk[l].e, 1, 0, 0, 1));
    }
    long q = te;
    while (q < te + 4 && q < c->n && c->tk[q].men < 0 && (digit_token(c, q) || word_in3(c, q, C3_AMOUNT)))
        q++; /* "sent about 5,000 military construction workers" */
    if (object_word(c, q, C2_PERSONS, C3_MESSAGE | C3_PROPOSAL, 1))
        return 1; /* (a proposal, a plan, a draft: "sent its response to A", "sent a proposal to A") */
    return c->men_last >= te && c->men_last + 1 >= c->n && /* the tail after the last name, uncut */
           goods_in_tail(c, c->tk[c->men_last].e, 2, C2_PERSONS, C3_MESSAGE | C3_PROPOSAL,
                         0); /* "sent one Russian child back", "sent Israel and Hamas a proposal" */
}

int rel_ally_designated(const sctx *c, long ti)
{
    return word_starts(c, ti, "designat") && goods_in_tail(c, c->tk[ti].e, 8, 0, C3_ALLY, 0);
}

int rel_relative_agent(const sctx *c, long ti, long te, const args *obj, args *agent)
{
    if (!obj->n)
        return 0;
    long q = te;
    while (q < c->n && c->tk[q].men != obj->m[obj->n - 1])
        q++;
    if (q >= c->n)
        return 0;
    q = men_last(c, q) + 1;
    if (q + 1 >= c->n || c->tk[q + 1].men < 0 || !word_in2(c, q, C2_THAT | C2_REL_PRON) ||
        !(tok_is(c, q, "that") || tok_is(c, q, "which")) || !lower_word(c, q) ||
        rel_men_class(c, c->tk[q + 1].men) != 2 || !noun_phrase(c, ti))
        return 0;
    /* the verb, read in the text (the tail after the last name may be uncut) */
    size_t off = c->d->mentions.v[c->tk[q + 1].men].nend, end;
    const rel_word *w = text_word_after(c, off, &end);
    if (end >= 3 && (!strncmp(c->t + end - 3, "has", 3) || !strncmp(c->t + end - 3, "had", 3)) && end - off <= 4)
        w = text_word_after(c, end, &end); /* "that Washington has approved" */
    size_t n = end - (off = end);
    while (off > 0 && rel_word_byte((unsigned char)c->t[off - 1]))
        off--, n++;
    if (n < 4 || (unsigned)(c->t[off] - 'a') >= 26u ||
        !((c->t[end - 2] == 'e' && c->t[end - 1] == 'd') || (w && (w->cue3 & C3_IRREGULAR_PAST))))
        return 0;
    rel_add_arg(agent, c->tk[q + 1].men); /* "an arms package for Taiwan that Washington announced" */
    return 1;
}

int rel_forces_to_verb(const sctx *c, long ti)
{
    static const char *const SEND[] = {"sent",     "send",     "sends",   "sending", "dispatched", "dispatch",
                                       "deployed", "deploy",   "deploys", "rushed",  "moved",      "flew",
                                       "pledged",  "promised", "offered", NULL};
    long to = ti + c->tk[ti].tlen - 1, v = to + 1;
    if (c->tk[ti].tlen < 2 || !is_word(c, to, C_TO) || !lower_word(c, v) || !bare_form(c, v) ||
        word_in(c, v, C_ARTICLE | C_DET))
        return 0;                                     /* "troops to the border", "troops to Ukraine" */
    for (long q = ti - 1; q >= 0 && ti - q <= 8; q--) /* "has sent more than 10,000 soldiers to help" */
        for (int i = 0; SEND[i]; i++)
            if (tok_is_str(c, q, SEND[i]))
                return 0; /* "sent troops to help Russia fight": sent there */
    return 1;
}

int rel_unless_object(const sctx *c, long te, args *obj)
{
    for (long q = te; q < c->n && q - te <= 24 && !rel_is_punct(c, q, ";:"); q++) {
        if (!tok_is(c, q, "unless") || !lower_word(c, q))
            continue;
        long m = skip_dets_right(c, q + 1);
        if (m >= c->n || c->tk[m].men < 0 || rel_men_class(c, c->tk[m].men) != 2)
            return 0;
        rel_add_arg(obj, c->tk[m].men); /* "warned it would impose sanctions unless Iran restored cooperation" */
        return 1;
    }
    return 0;
}

int rel_ratifies(const sctx *c, long ti)
{
    return word_starts(c, ti, "ratif");
}

int rel_warned_about(const sctx *c, long ti, int32_t m)
{
    size_t at = c->d->mentions.v[m].nend;
    if (!word_starts(c, ti, "warn") || at + 7 > c->send || memcmp(c->t + at, " about ", 7) != 0)
        return 0;
    if (goods_in_tail(c, at + 6, 3, 0, C3_REPRISAL, 0))
        return 0; /* "warned Finland about the consequences": a threat */
    at += 7;
    return (at + 4 <= c->send && !memcmp(c->t + at, "its ", 4)) ||
                   (at + 6 <= c->send && !memcmp(c->t + at, "their ", 6))
               ? 1
               : 2;
}

int rel_gerund_weighed(const sctx *c, long ti)
{
    static const char *const RISKS[] = {"consequences", "consequence", "risks",        "risk",  "dangers",
                                        "danger",       "costs",       "implications", "price", NULL};
    if (!is_word(c, ti - 1, C_OF) || !ing_form(c, ti))
        return 0;
    for (int i = 0; RISKS[i]; i++)
        if (tok_is_str(c, ti - 2, RISKS[i]))
            return 1; /* "warned of the consequences of joining NATO": no one joins */
    return 0;
}

int rel_forces_travel(const sctx *c, int32_t m)
{
    return goods_in_tail(c, c->d->mentions.v[m].nend, 2, 0, C3_TRAINEES, 0);
}

int rel_act_verb(const sctx *c, long ti)
{
    long last = ti + c->tk[ti].tlen - 1; /* "test-fired" */
    if ((past_verb(c, last) || past_verb(c, ti)) && lower_word(c, ti) && !word_in(c, ti - 1, C_ARTICLE | C_BE_AUX))
        return 1; /* "The U.S. military struck a vessel", "fired missiles into the sea" (not "were attacked", "the
                     attacked base") */
    long v = skip_dets_left(c, ti - 1);
    v -= word_in2(c, v, C2_OUT);
    return word_in(c, v, C_LIGHT_VERB) && past_verb(c, v); /* "carried out (an air) strikes on a boat" */
}

int rel_prisoners_handed(const sctx *c, long ti)
{
    if (!word_starts(c, ti, "hand"))
        return 0;
    for (long q = ti + c->tk[ti].tlen; q < c->n && q <= ti + 7 && !rel_is_punct(c, q, ",;:.") && !is_word(c, q, C_TO);
         q++)
        if (word_in3(c, q, C3_DETAINEE) || tok_is(c, q, "POWs"))
            return 1; /* (and "handed over five Iraqi nationals wanted for terrorism to Iraq") */
    return 0;
}

int rel_envoy_sent(const sctx *c, long ti)
{
    return object_word(c, ti + c->tk[ti].tlen, 0, C3_ENVOY, 0);
}

int rel_word_diplomat(const rel_word *w)
{
    return (w->cue3 & C3_DIPLOMAT) != 0;
}

int rel_word_forces(const rel_word *w)
{
    return (w->cue2 & C2_FORCES) != 0;
}

int rel_post_kind(const sctx *c, long ti)
{
    const tok *k = &c->tk[ti];
    uint64_t cue3 = k->word >= 0 ? c->lx->wordv[k->word].cue3 : 0;
    return cue3 & C3_LEAVE ? POST_TRIGGER : cue3 & C3_SENDS_AWAY ? POST_VERB : 0;
}

int rel_leaves_body(const sctx *c, long te)
{
    long q = skip_dets_right(c, te);
    for (long d = q; q < c->n && q < d + 4 && c->tk[q].men < 0 && (plain_lower(c, q) || cap_plain(c, q));)
        q++; /* "leaving the West African bloc ECOWAS" */
    return q < c->n && c->tk[q].men >= 0 && !strcmp(men_type(c, c->tk[q].men), "organization");
}

/* Whether token q names those a state sends away: diplomats, or troops
 * ("ordered French troops to leave": a presence ended). */
static int sent_away_noun(const sctx *c, long q)
{
    return word_in3(c, q, C3_DIPLOMAT) || tok_is(c, q, "troops") || tok_is(c, q, "soldiers") ||
           tok_is(c, q, "forces") ||
           ((tok_is(c, q, "official") || tok_is(c, q, "officials") || tok_is(c, q, "staff")) &&
            tok_is(c, q - 1, "embassy")); /* "ordered a Russian embassy official to leave" */
}

long rel_post_object(const sctx *c, long ti, args *obj)
{
    int diplomat = 0;
    obj->n = 0;
    for (long q = ti - 1; q >= 0 && ti - q <= (obj->n > 1 ? 10 + 3 * obj->n : 11); q--) { /* (a list grows it) */
        int32_t m = c->tk[q].men;
        if (m >= 0) {
            if (rel_men_class(c, m) == 2 && (!obj->n || obj->m[obj->n - 1] != m) && obj->n < MAX_ARGS)
                obj->m[obj->n++] = m;
            diplomat |= rel_men_kind(c, m) == HOME_PERSON; /* "declared Mexican President Claudia Sheinbaum persona
                                                              non grata" */
        } else if (word_in3(c, q, C3_SENDS_AWAY)) {
            return obj->n && diplomat ? q : -1;
        } else if (sent_away_noun(c, q) || word_in3(c, q, C3_OFFICE | C3_TITLE)) {
            diplomat = 1; /* (or "declared Mexican President Andres Manuel Lopez Obrador persona non grata": a name
                             the gazetteer lacks, after the state's adjective and the office) */
        } else if (q >= 2 && (rel_is_punct(c, q, "'") || (tok_is(c, q, "s") && rel_is_punct(c, q - 1, "'")))) {
            continue; /* "declared Mexico's ambassador persona non grata" */
        } else if ((rel_is_punct(c, q, ",") || word_in(c, q, C_CONJ) || word_in2(c, q, C2_INCLUDING))
                       ? (obj->n && (c->tk[skip_dets_right(c, q + 1)].men >= 0 || word_in2(c, q + 1, C2_INCLUDING))) ||
                             (q == ti - 2 && q >= 1 && rel_is_punct(c, q, ",") && c->tk[q - 1].men >= 0)
                       : obj->n && (tok_is(c, q, "from") || is_word(c, q, C_OF)) && sent_away_noun(c, q - 1)) {
            continue; /* "diplomats from Peru, Argentina and Chile to leave", "from seven countries, including Peru and
                         Chile, to leave", "from Peru, the Dominican Republic and Chile" */
        } else if (!(c->tk[q].flags & TK_WORD) || (c->tk[q].flags & TK_TRIG) ||
                   (word_in(c, q, C_PREP) && !(q == ti - 1 && is_word(c, q, C_TO)))) {
            return -1; /* punctuation, another trigger, "of": no object of one verb (but "to leave") */
        }
    }
    return -1;
}

int rel_anchors_post_trigger(const sctx *c, long ti)
{
    args obj;
    for (long q = ti + c->tk[ti].tlen; q < c->n && q - ti <= 9; q++)
        if ((c->tk[q].flags & TK_TRIG) && rel_post_kind(c, q) == POST_TRIGGER)
            return rel_post_object(c, q, &obj) == ti;
    return 0;
}

int rel_gerund(const sctx *c, long ti)
{
    return ing_form(c, ti);
}

int rel_pronoun_owned(const sctx *c, long ti)
{
    return poss_pron_before(c, ti) || word_in3(c, ti - 1, C3_HIS_HER) || word_in3(c, ti - 2, C3_HIS_HER);
}

int rel_their_owned(const sctx *c, long ti)
{
    for (long q = ti - 1; q >= 0 && ti - q <= 3; q--) {
        if (tok_is(c, q, "their"))
            return 1;
        if (!plain_lower(c, q))
            return 0; /* ("their growing military cooperation") */
    }
    return 0;
}

int rel_opening_subject(const sctx *c, long ts, left_res *l)
{
    long cm = ts + c->tk[ts].tlen;
    while (cm < c->n && !rel_is_punct(c, cm, ",;:.!?\""))
        cm++;
    if (cm >= c->n || !rel_is_punct(c, cm, ",") || !opening_phrase(c, cm, -1))
        return 0;
    args subj = {.n = 0};
    long q = cm + 1;
    for (;;) { /* "A, B and C", "A and B" */
        if (q >= c->n || c->tk[q].men < 0 || rel_men_class(c, c->tk[q].men) != 2)
            return 0;
        rel_add_arg(&subj, c->tk[q].men);
        q = men_last(c, q) + 1;
        if (rel_is_punct(c, q, ",") && c->tk[q + 1 < c->n ? q + 1 : q].men >= 0)
            q++;
        else if (word_in(c, q, C_CONJ))
            q++;
        else
            break;
    }
    if (q >= c->n) { /* the tail past the last name is not cut into tokens: its word is read in the text */
        size_t end = 0, b = c->tk[q - 1].e;
        const rel_word *w = text_word_after(c, b, &end);
        while (b < end && rel_space_byte((unsigned char)c->t[b]))
            b++;
        if (!(w && (w->first != w->end || (w->cue & (C_MODAL | C_BE_AUX | C_REPORT)))) &&
            !(end > b + 3 && !strncmp(c->t + end - 2, "ed", 2)))
            return 0;
    } else if (c->tk[q].men >= 0 || !(c->tk[q].flags & TK_WORD) ||
               !((c->tk[q].flags & TK_TRIG) || past_form(c, q) || word_in(c, q, C_MODAL | C_BE_AUX | C_REPORT))) {
        return 0; /* the names must be the clause's subject: a verb follows */
    }
    l->subj = subj;
    l->start = l->end = ts;
    l->gov = -1;
    l->against = l->reported = 0;
    return 1;
}

long rel_sends_aid(const sctx *c, long ti)
{
    if (!word_starts(c, ti, "sen") && !word_starts(c, ti, "ship") && !word_starts(c, ti, "deliver"))
        return -1;
    long tl = ti + c->tk[ti].tlen - 1;
    if (goods_in_tail(c, c->tk[tl].e, 6, 0, C3_RELIEF, 0) && !goods_in_tail(c, c->tk[tl].e, 6, C2_GOODS, 0, 0))
        return tl; /* "sent 1,000 tents and 15 tonnes of food" */
    for (long q = ti + c->tk[ti].tlen; q < c->n && q - ti <= 3 && lower_word(c, q) && !word_in(c, q, C_PREP | C_CONJ);
         q++) /* ("sent only humanitarian aid") */
        if (c->tk[q].flags & TK_TRIG) {
            const rel_type *t = rel_type_at(c, q);
            return t && t->aid && !t->supply ? q : -1;
        }
    return -1;
}

long rel_possessor_role(const sctx *c, long q, int32_t *owner, int *role, args *named)
{
    static const char *const ROLES[] = {"ally",      "allies",  "partner",  "partners",  NULL, /* cooperation */
                                        "backer",    "backers", "patron",   "sponsor",   "benefactor",
                                        "protector", NULL,      "supplier", "suppliers", NULL};
    long la = men_last(c, q), b = la + 2;
    if (!rel_is_punct(c, la + 1, ",")) {
        b = la + 1 + (tok_is(c, la + 1, "has") || tok_is(c, la + 1, "had"));
        if (!(tok_is(c, b, "is") || tok_is(c, b, "was") || tok_is(c, b, "remains") || tok_is(c, b, "become") ||
              tok_is(c, b, "became") || (b > la + 1 && tok_is(c, b, "been"))))
            return -1;
        b += tok_is(c, b + 1, "one") && is_word(c, b + 2, C_OF) ? 3 : 1; /* "has become one of Poland's main arms
                                                                            suppliers" */
    }
    if (b >= c->n || c->tk[b].men < 0 || rel_men_class(c, c->tk[b].men) != 2)
        return -1;
    long e = after_possessive(c, men_last(c, b) + 1);
    for (long r = e; e >= 0 && r < c->n && r - e < 5; r++) {
        char f = c->t[c->tk[r].s];
        for (int i = 0, kind = ROLE_ALLY;
             (f == 'a' || f == 'b' || f == 'p' || f == 's') && i < (int)(sizeof ROLES / sizeof *ROLES); i++) {
            if (!ROLES[i])
                kind++; /* (past the allies: the backers, then the suppliers) */
            else if (ROLES[i][0] == f && tok_is_str(c, r, ROLES[i])) {
                *owner = c->tk[b].men;
                *role = kind;
                named->n = 0;
                rel_add_arg(named, c->tk[q].men);
                conj_left(c, men_first(c, q), 0, 0, named); /* "Niger and Burkina Faso, Mali's partners,": both */
                return r;
            }
        }
        if (!plain_lower(c, r) && !(word_in3(c, r, C3_ARMS) && lower_word(c, r)) && !(r > e && tok_is(c, r, "and")) &&
            !(rel_is_punct(c, r, "-") && r > e && c->tk[r].s == c->tk[r - 1].e) && !tok_is(c, r, "treaty"))
            return -1; /* "Pakistan's closest ally", "Hezbollah's main backer", "India's second-largest arms
                          supplier", "Hezbollah's main financial and military backer", "Manila's treaty ally" */
    }
    return -1;
}

int rel_sent_to_guard(const sctx *c, long ti, long end)
{
    if ((word_starts(c, ti, "sen") || word_starts(c, ti, "dispatch")) && c->tk[ti].tlen == 1 &&
        goods_in_tail(c, c->tk[ti].e, 5, 0, C3_WARSHIP | C3_TRAINEES, 0))
        return 1; /* "sent two frigates to Cyprus" (not "sold frigates to A"), "has sent about 1,500 special forces
                     troops to Russia" */
    static const char *const GUARD[] = {"patrol", "protect", "guard",  "escort",    "defend",  "police",
                                        "secure", "monitor", "shield", "reinforce", "bolster", NULL};
    long q = ti + c->tk[ti].tlen;
    q -= is_word(c, q - 1, C_TO); /* "troops to protect": the trigger holds "to" */
    for (; q + 1 < end && q - ti <= 8; q++) {
        if (!is_word(c, q, C_TO))
            continue;
        for (int i = 0; GUARD[i]; i++)
            if (tok_is_str(c, q + 1, GUARD[i]))
                return 1;
        return 0;
    }
    long a = end < c->n && c->tk[end].men >= 0 ? men_last(c, end) + 1 : -1, v = a + 1 + tok_is(c, a + 1, "help");
    if (a < 0 || !is_word(c, a, C_TO) || v + 1 >= c->n || c->tk[v + 1].men < 0 ||
        c->d->mentions.v[c->tk[v + 1].men].entity == c->d->mentions.v[c->tk[end].men].entity)
        return 0; /* "sent weapons to Ukraine to defend its cities": a supply */
    for (int i = 0; GUARD[i]; i++)
        if (tok_is_str(c, v, GUARD[i]))
            return 1; /* "will send jets to Poland to help protect NATO's eastern flank": another's ground guarded */
    return 0;
}

int rel_sent_to_help(const sctx *c, long te, args *obj)
{
    long q = is_word(c, te - 1, C_TO) ? te - 1 : te; /* "troops to support A": the trigger holds "to" */
    for (int words = 0; q < c->n && !is_word(c, q, C_TO); q++)
        if (++words > 6 || (c->tk[q].men >= 0 && rel_men_class(c, c->tk[q].men) == 2) || !(c->tk[q].flags & TK_WORD))
            return 0; /* "sending troops and artillery shells to", "sent Patriot systems to" (not an actor) */
    const rel_type *t = q + 1 < c->n ? rel_type_at(c, q + 1) : NULL;
    int fight_for = tok_is(c, q + 1, "fight") && is_word(c, q + 2, C_FOR); /* "troops to fight for Russia" */
    if (!t || !(t->aid || fight_for || !strcmp(t->cameo, "062")))          /* "to fight alongside Russian forces" */
        return 0;
    long m = fight_for ? q + 3 : q + 1 + c->tk[q + 1].tlen;
    if (hostile_bare_verb(c, m))
        return 0; /* "troops to help drive Ukrainian forces out" */
    if (plain_lower(c, m) && bare_form(c, m))
        m++; /* "to help protect Polish airspace" */
    m = skip_dets_right(c, m);
    if (m >= c->n || c->tk[m].men < 0 || rel_men_class(c, c->tk[m].men) != 2 || maker_compound(c, men_last(c, m), -1))
        return 0; /* (not "to support the U.N.-recognised government": the noun's backer) */
    obj->m[0] = c->tk[m].men;
    obj->n = 1;
    return 1;
}

int rel_it_recipient(const sctx *c, long te, args *obj)
{
    if (te + 1 >= c->n || !word_in2(c, te, C2_IT) || !(c->tk[te + 1].flags & TK_WORD) ||
        (c->tk[te + 1].men >= 0 && rel_men_class(c, c->tk[te + 1].men) == 2) ||
        (word_in(c, te + 1, C_PREP) && !is_word(c, te + 1, C_WITH)))
        return 0; /* "sell it radars", "sold it F-16 jets", "supply it with drones" (not "sold it to Kyiv": the
                     goods) */
    long sub = te - 1;
    while (sub > 1 && te - sub <= 8 && !(word_in2(c, sub, C2_REL_PRON) && rel_is_punct(c, sub - 1, ",")))
        sub--;
    if (sub < 2 || te - sub > 8 || c->tk[sub - 2].men < 0)
        return 0;
    left_res l = {.subj.n = 0};
    opening_subject(c, C2_IT, sub, &l);
    if (l.subj.n != 1 || c->d->mentions.v[l.subj.m[0]].entity == c->d->mentions.v[c->tk[sub - 2].men].entity)
        return 0;
    *obj = l.subj;
    return 1;
}

int rel_countered(const sctx *c, uint32_t off)
{
    for (int det = 0; det < 2; det++) { /* "to deter [the] A": a determiner may stand between */
        size_t e = off, b;
        while (e > c->sstart && rel_space_byte((unsigned char)c->t[e - 1]))
            e--;
        for (b = e; b > c->sstart && rel_word_byte((unsigned char)c->t[b - 1]);)
            b--;
        char f = (char)(c->t[b] | 0x20);
        if (e - b < 3 || !(f == 'c' || f == 'd' || f == 'r' || f == 't'))
            return 0; /* most words: counter, deter, resist, thwart... and "the" start so */
        size_t end;
        const rel_word *w = rel_text_word(c, b, &end);
        if (w && (w->cue3 & C3_COUNTER))
            return 1;
        if (!w || !(w->cue & C_DET))
            return 0;
        off = (uint32_t)b; /* "the": the word before it */
    }
    return 0;
}

int rel_fights_thing(const sctx *c, long te)
{
    return word_in3(c, te, C3_SCOURGE) || (plain_lower(c, te) && word_in3(c, te + 1, C3_SCOURGE));
}

int rel_penalty_suspended(const sctx *c, long ti)
{
    if (!word_starts(c, ti, "suspend"))
        return 0;
    long te = ti + c->tk[ti].tlen, q = skip_dets_right(c, te);
    if (object_word(c, te, C2_PENALTY, 0, 0))
        return 1;
    if (q < c->n && plain_lower(c, q))
        q++; /* "suspended its military operations" */
    const rel_type *t = q < c->n && (c->tk[q].flags & TK_TRIG) ? rel_type_at(c, q) : NULL;
    return t && t->quadclass == 4; /* "suspended air strikes against the ELN": force halted, no relations cut */
}

int rel_trade_goods(const sctx *c, long ti)
{
    long tl = ti + c->tk[ti].tlen - 1;
    const uint64_t arms = C3_ARMS | C3_WARSHIP | C3_MISSILE;
    if (word_starts(c, ti, "arm") || word_in3(c, ti, arms) || goods_in_tail(c, c->tk[tl].e, 10, 0, arms, 0))
        return 0; /* "arms sales to A", "sold oil and weapons to A" */
    /* "cut gas supplies to A", "sold wheat to A" */
    return word_in3(c, ti - 1, C3_CIVIL) || goods_in_tail(c, c->tk[tl].e, 10, 0, C3_CIVIL, 0);
}

int rel_civil_codevelopment(const sctx *c, long ti)
{
    long te = ti + c->tk[ti].tlen, d = ti + (te - ti > 1); /* "co-develop", "jointly develop", "joint development of" */
    return (word_starts(c, ti, "co-") || word_starts(c, d, "develop")) && object_word(c, te, 0, C3_CIVIL, 1);
}

int rel_force_noun(const sctx *c, long ti)
{
    long n = ti + 1;
    if (c->tk[ti].tlen != 1 || !word_in2(c, ti, C2_FORCES))
        return 0;
    if (ti > 0 && word_in(c, ti - 1, C_DET))
        return 1; /* "seized a ship" */
    return n >= c->n || !(c->tk[n].flags & TK_WORD) || word_in(c, n, C_PREP | C_BE_AUX | C_MODAL) || past_form(c, n);
}

int rel_forces_after(const sctx *c, long last)
{
    if (last < 0 || last >= c->n)
        return 0; /* a name in a sentence before ("hosted the two sides": rel_pair_object) */
    if (c->tk[last].word >= 0 && (c->lx->wordv[c->tk[last].word].cue2 & C2_FORCES) &&
        (unsigned)(c->t[c->tk[last].s] - 'a') < 26u)
        return 1; /* the name's own, in lower case: "Russian troops" (not the "Strategic Rocket Forces" a
                     host receives; not "Verifone Systems": goods name companies) */
    return goods_after(c, last, C2_GOODS | C2_FORCES);
}

int32_t rel_forces_placed(const sctx *c, long te, args *obj)
{
    if (obj->n != 1)
        return -1;
    int32_t m = obj->m[0];
    long f = skip_dets_right(c, te), l;
    if (f >= c->n || c->tk[f].men != m || rel_men_kind(c, m) != HOME_COUNTRY ||
        !rel_forces_after(c, l = men_last(c, f)))
        return -1; /* (most deployments: "deployed troops to A", "sent A jets") */
    args place = {.n = 0};
    if (!rel_find_in_place(c, l + 1, &place) || place.n != 1 ||
        c->d->mentions.v[place.m[0]].entity == c->d->mentions.v[m].entity)
        return -1;
    *obj = place;
    return m;
}

int rel_buys(const sctx *c, long ti)
{
    if (word_in2(c, ti, C2_BUY))
        return 1;
    if (!word_in2(c, ti, C2_RECEIVE))
        return 0;
    /* "received F-16 jets from", "received its first Danish fighters",
     * "took delivery of Russian S-400 missiles"; not "received a call from" */
    long q = ti + c->tk[ti].tlen, words = 0;
    for (; q < c->n && words < 8; q++) {
        if (word_in2(c, q, C2_GOODS) || (c->tk[q].men >= 0 && rel_men_kind(c, c->tk[q].men) == HOME_WEAPON))
            return 1;
        if ((word_in(c, q, C_PREP) && !word_in(c, q, C_OF)) || rel_is_punct(c, q, ",;:.!?"))
            break; /* "from A", not "received A for talks on the grain shipments" */
        words += (c->tk[q].flags & TK_WORD) != 0;
    }
    if (q == c->n && words < 8 && goods_in_tail(c, c->tk[q - 1].e, 8 - words, C2_GOODS, 0, 0))
        return 1;
    /* "received Ukrainian President Zelensky in Jeddah": a visitor, not "received Japan's backing" */
    q = skip_dets_right(c, ti + c->tk[ti].tlen);
    if (q >= c->n || c->tk[q].men < 0 || rel_men_class(c, c->tk[q].men) != 2)
        return -1;
    q = men_last(c, q);
    return q + 1 < c->n ? (after_possessive(c, q + 1) < 0 ? 2 : -1)
                        : (c->tk[q].e < c->send && c->t[c->tk[q].e] == '\'' ? -1 : 2); /* an uncut tail */
}

/* The two sides of the meeting stated earlier in the sentence, into out:
 * "A and B held their first meeting in Abu Dhabi, hosted by the UAE". */
static int meeting_parties(const sctx *c, args *out)
{
    const stated_rel *rv = c->d->rels.v;
    size_t hi = mentions_before(c, c->tk[c->n - 1].e);
    for (size_t i = c->first_rel; i < c->d->rels.n && !out->n; i++)
        if (rv[i].symmetric && !strcmp(c->lx->types[rv[i].relation].cameo, "040") && !rv[i].negated) {
            int32_t x = last_mention_of(c, hi, rv[i].a), y = last_mention_of(c, hi, rv[i].b);
            if (x >= 0 && y >= 0)
                rel_add_arg(out, x), rel_add_arg(out, y);
        }
    return out->n;
}

int rel_reduced_passive(const sctx *c, long ti, args *out)
{
    out->n = 0;
    if (!past_form(c, ti))
        return 0;
    long q = ti - 1;
    int comma = rel_is_punct(c, q, ",");
    if (q >= 0 && c->tk[q].men < 0 && (plain_to(c, q, ti) || comma))
        q--; /* "Russian troops backed by", "Hamas, backed by" */
    if (comma && c->lx->types[c->lx->trigs[c->tk[ti].trig].relation].host) {
        long d = skip_day_left(c, q);
        if (d >= 1 && c->tk[d].men >= 0 && is_word(c, men_first(c, d) - 1, C_IN))
            return meeting_parties(c, out); /* "held their first meeting in Abu Dhabi on Thursday, hosted by the
                                               UAE": the meeting's two sides are its guests */
    }
    if (comma && q > 0 && c->tk[q].men < 0 && c->tk[q - 1].men >= 0 && lower_word(c, q) && word_in3(c, q, C3_TRAINEES))
        q--; /* "M23 rebels, backed by Rwanda," */
    if (q < 0 || c->tk[q].men < 0)
        return 0;
    long first = men_first(c, q);
    if (!comma && word_in(c, skip_dets_left(c, first - 1), C_PREP))
        return 0; /* "a mission to Haiti backed by the UN": the mission is backed */
    int32_t m = c->tk[q].men;
    if (rel_men_class(c, m) != 2 && strcmp(men_type(c, m), "location") != 0)
        return 0;
    rel_add_arg(out, m);
    if (comma)
        conj_left(c, first, 0, 0, out); /* "the talks between Iran and the United States, hosted by Oman": both */
    return out->n;
}

long rel_prompted(const sctx *c, long ti)
{
    for (long q = ti - 1; q >= 0 && q >= ti - 3; q--) {
        if (word_in2(c, q, C2_PROMPT | C2_RECEIVE) || tok_is(c, q, "despite"))
            return q; /* "received a visit from A", "received threats from A", "despite objections from A" too */
        if (!(c->tk[q].flags & TK_WORD) || c->tk[q].men >= 0)
            return -1;
    }
    return -1;
}

/* ---- patterns ---- */

int rel_joint_before(sctx *c, long ts)
{
    long i = c->joint;
    if (ts > c->n)
        ts = c->n;
    /* word_in(C_CONJ), "together with", "along with" (along_with),
     * rel_is_punct("-") or a comma after a name opening the sentence
     * (headline_list), token by token (i < ts <= n) */
    for (const tok *k = c->tk + i; i < ts; i++, k++)
        if ((k->flags & TK_WORD)
                ? k->men < 0 && ((k->cue & C_CONJ) || ((k->cue & C_WITH) && word_in2(c, i - 1, C2_TOGETHER | C2_ALONG)))
                : c->t[k->s] == '-' || (c->t[k->s] == ',' && i > 0 && c->tk[i - 1].men >= 0 &&
                                        (c->tk[i - 1].men == c->tk[0].men || headline_report(c, men_first(c, i - 1)))))
            break;
    c->joint = i; /* where it stopped: each token is looked at once per sentence */
    return i < ts;
}

int rel_under_deal(const sctx *c, long ti)
{
    long q = ti - 1;
    for (int k = 0; k < 2 && (plain_lower(c, q) || digit_token(c, q)); k++)
        q--; /* "under the 2019 peace accords" (not "under their treaty signed in 1953": theirs, a joint subject's) */
    return tok_is(c, q, "the") && tok_is(c, q - 1, "under");
}

/* "was [reportedly] attacked", "came under attack": a form of be, or "under"
 * after a form of come, shortly before the trigger. */
int rel_passive_agent_noun(const sctx *c, long ti)
{
    long by = skip_dets_left(c, ti - 1);
    if (!is_word(c, by, C_BY) || by < 1 || !(c->tk[by - 1].flags & TK_TRIG_END) || !same_relation(c, ti, by))
        return 0;
    long v = trigger_start(c, by);
    return v >= 0 && rel_passive(c, v);
}

int rel_passive(const sctx *c, long ti)
{
    for (long q = ti - 1; q >= 0 && q >= ti - 3; q--)
        if (word_in(c, q, C_BE_AUX) || (word_in2(c, q, C2_UNDER) && word_in2(c, q - 1, C2_COME)))
            return 1; /* "came under attack from A" too */
    return 0;
}

int rel_deal_ended(const sctx *c, long ti)
{
    static const char *const ENDING[] = {"end",   "termin", "scrap", "abandon", "cancel",  "froze", "freez", "sever",
                                         "broke", "break",  "revok", "annul",   "rescind", "tore",  NULL};
    for (long q = ti - 1; q >= 0 && q >= ti - 4 && (c->tk[q].flags & TK_WORD) && c->tk[q].men < 0; q--) {
        if (!word_in2(c, q, C2_END))
            continue;
        for (const char *const *w = ENDING; *w; w++)
            if (word_starts(c, q, *w))
                return !is_neg(c, q - 1) && !(q >= 1 && is_neg(c, q - 2)); /* (not "did not end") */
        return 0;                                                          /* "eased", "lifted": a penalty's words */
    }
    return 0;
}

int rel_ties_reviewed(const sctx *c, long ti)
{
    static const char *const REVIEW[] = {"review",     "reconsider", "reassess", "rethink",
                                         "re-evaluat", "reevaluat",  "revisit",  NULL};
    char f = c->t[c->tk[ti].s] | 0x20; /* (most triggers: another first letter) */
    if ((f != 'c' && f != 't' && f != 'r') ||
        (!word_starts(c, ti, "cooperat") && !tok_is(c, ti, "ties") && !tok_is(c, ti, "relations")))
        return 0; /* (not "would review their border accords": no cut weighed) */
    for (long q = ti - 1; q >= 0 && q >= ti - 4 && (c->tk[q].flags & TK_WORD) && c->tk[q].men < 0; q--) {
        if ((c->t[c->tk[q].s] | 0x20) != 'r')
            continue;
        for (const char *const *w = REVIEW; *w; w++)
            if (word_starts(c, q, *w))
                return 1;
    }
    return 0;
}

int rel_suffered_in(const sctx *c, long ti)
{
    long q = ti - 1;
    while (q > ti - 3 && plain_lower(c, q))
        q--; /* "in an immigration raid" */
    q = skip_dets_left(c, q);
    return is_word(c, q, C_IN) && word_in3(c, q - 1, C3_SUFFERED);
}

int rel_passive_victim(const sctx *c, long ti, long te)
{
    long b = ti - 1 - adverb_at(c, ti - 1); /* "were reportedly killed" */
    /* "South Korean workers detained in an immigration raid": a noun, then the participle */
    int reduced = c->tk[ti].tlen == 1 && plural_noun(c, b) && word_in3(c, ti, C3_SUFFERED);
    if ((tok_is(c, te, "or") || tok_is(c, te, "and")) && lower_word(c, te + 1) && past_verb(c, te + 1))
        te += 2; /* "were killed or wounded in Kursk" */
    return (word_in(c, b, C_BE_AUX) || reduced) && past_verb(c, ti) &&
           (is_word(c, te, C_IN) || tok_is(c, te, "near") || tok_is(c, te, "along") || tok_is(c, te, "off") ||
            (reduced && tok_is(c, te, "at")));
}

int rel_called_for(const sctx *c, long ti)
{
    return word_in2(c, ti, C2_CALL) && is_word(c, ti + 1, C_FOR) && c->tk[ti].tlen == 2;
}

int rel_called_for_actor(const sctx *c, long te, const right_res *r)
{
    if (r->obj.n != 1)
        return 0;
    long q = skip_dets_right(c, te);
    if (q >= c->n || c->tk[q].men != r->obj.m[0])
        return 0;
    const char *t = c->t + c->d->mentions.v[r->obj.m[0]].nend; /* the text: the tail may be cut after the name */
    if (strncmp(t, " to ", 4) != 0)
        return 0;
    t += 4;
    size_t n = 0;
    while (rel_word_byte((unsigned char)t[n]))
        n++;
    return n >= 2 && t[0] >= 'a' && t[0] <= 'z' && t[n - 1] != 's' && !(t[n - 2] == 'e' && t[n - 1] == 'd');
}

int rel_with_others(const sctx *c, long te)
{
    if (word_starts(c, te - 1, "join") && word_in(c, te, C_ARTICLE))
        return 1; /* "A and B joined the mission": each joined it */
    /* read in the text: the tokens may stop at the last name, before the phrase */
    const char *t = c->t, *end = t + c->send, *p = t + c->tk[te - 1].e;
    static const char *const PEOPLE[] = {"leaders",   "officials", "representatives", "delegates",  "envoys",
                                         "diplomats", "ministers", "lawmakers",       "commanders", NULL};
    const char *w0 = p;
    while (w0 < end && rel_space_byte((unsigned char)*w0))
        w0++;
    size_t n0 = 0;
    while (w0 + n0 < end && rel_word_byte((unsigned char)w0[n0]))
        n0++;
    for (const char *const *w = PEOPLE; n0 > 5 && *w; w++)
        if (strlen(*w) == n0 && !strncmp(w0, *w, n0))
            return 1; /* "A and B spoke to leaders of both countries": each to them, not to each other */
    if (!is_word(c, te - 1, C_WITH)) { /* "kept ties with", "held talks in secret with"; not the trigger's own */
        const char *lim = end - p > 24 ? p + 24 : end, *w = p;
        while ((w = memchr(w, 'w', (size_t)(lim - w))) &&
               (w + 5 > end || strncmp(w, "with", 4) != 0 || rel_word_byte((unsigned char)w[-1]) ||
                !rel_space_byte((unsigned char)w[4])))
            w++;
        if (!w)
            return 0; /* most triggers: no "with" after them */
        p = w + 4;
    }
    for (int j = 0; j < 3 && p < end; j++) { /* the article, then up to two words: "the military generals" */
        while (p < end && rel_space_byte((unsigned char)*p))
            p++;
        const char *q = p;
        while (q < end && rel_word_byte((unsigned char)*q))
            q++;
        size_t m = (size_t)(q - p);
        if (j == 0) {
            if (!((m == 3 && !strncmp(p, "the", 3)) || (m == 1 && *p == 'a')))
                return 0;
        } else if (m == 0 || *p < 'a' || *p > 'z') {
            return 0;
        } else if (m > 3 && p[m - 1] == 's' && strncmp(p, "talks", 5) != 0) {
            return 1;
        }
        p = q;
    }
    return 0;
}

int rel_detainees(const sctx *c, int32_t m)
{
    const mention *x = &c->d->mentions.v[m];
    unsigned kind = rel_men_kind(c, m);
    return kind == HOME_PERSON || (kind == HOME_COUNTRY && c->t[x->nend - 1] == 's') || /* "six Americans" */
           goods_in_tail(c, x->nend, 2, 0, C3_DETAINEE, 0);
}

int rel_detainees_after(const sctx *c, long ti)
{
    for (long q = ti + c->tk[ti].tlen; q < c->n && q - ti <= 7 && c->tk[q].men < 0; q++) {
        if (word_in3(c, q, C3_DETAINEE))
            return 1;
        if (!(c->tk[q].flags & TK_WORD) || (word_in(c, q, C_PREP) && !is_word(c, q, C_OF)))
            return 0; /* (but "dozens of prisoners") */
    }
    return 0;
}

int rel_refugees(const sctx *c, int32_t m)
{
    const mention *x = &c->d->mentions.v[m];
    if (goods_in_tail(c, x->nend, 1, 0, C3_REFUGEE, 0))
        return 1;                                                           /* "Syrian refugees" */
    static const char *const from[] = {"refugees from ", "migrants from "}; /* "refugees from Myanmar" */
    for (int i = 0; i < 2; i++)
        if (x->nstart >= 14 && strncasecmp(c->t + x->nstart - 14, from[i], 14) == 0)
            return 1;
    return 0;
}

int rel_stance_object(const sctx *c, int32_t m)
{
    size_t at = c->d->mentions.v[m].nend;
    if (at + 1 < c->send && (c->t[at] == ' ' || c->t[at] == '-') && goods_in_tail(c, at, 2, 0, C3_STANCE, 0))
        return 1; /* "supported the Egyptian-Qatari effort", "backed the Turkish proposal" */
    return at + 3 < c->send && c->t[at] == '\'' && c->t[at + 1] == 's' && c->t[at + 2] == ' ' &&
           goods_in_tail(c, at + 2, 2, 0, C3_STANCE, 0);
}

int rel_penalty_waived(const sctx *c, long ti)
{
    static const char *const WAIVERS[] = {"exemption", "exemptions", "waiver", "waivers", "relief", "carve-out", NULL};
    long after = ti + c->tk[ti].tlen, before = ti - 1;
    if (before >= 0 && c->tk[before].men >= 0)
        return 0; /* "an exemption from US sanctions on Russian oil": the US sanctions still */
    before -= is_word(c, before, C_FROM) || is_word(c, before, C_ON);
    for (int i = 0; WAIVERS[i]; i++)
        if (tok_is_str(c, after, WAIVERS[i]) || tok_is_str(c, before, WAIVERS[i]))
            return 1;
    return 0;
}

int rel_buys_equity(const sctx *c, long ti)
{
    char f = c->t[c->tk[ti].s] | 0x20;
    return (f == 'b' || f == 'p' || f == 'a') &&
           (word_starts(c, ti, "bu") || word_starts(c, ti, "purchas") || word_starts(c, ti, "acqui")) &&
           goods_in_tail(c, c->tk[ti + c->tk[ti].tlen - 1].e, 4, 0, C3_EQUITY, 0);
}

int rel_reaction_aside(const sctx *c, long ti, args *agents, args *obj)
{
    static const char *const ACTS[] = {"move", "step", "decision", "measure", "action", NULL};
    long te = ti + c->tk[ti].tlen;
    if (ti < 4 || !rel_is_punct(c, ti - 3, ",") || !word_in(c, ti - 2, C_ARTICLE) || !past_form(c, ti) ||
        !is_word(c, te, C_BY))
        return 0;
    int act = 0;
    for (int i = 0; ACTS[i] && !act; i++)
        act = tok_is_str(c, ti - 1, ACTS[i]);
    if (!act)
        return 0;
    agents->n = obj->n = 0;
    for (long q = te + 1; q < c->n && !rel_is_punct(c, q, ",;:.!?"); q++)
        if (c->tk[q].men >= 0) {
            if (rel_men_class(c, c->tk[q].men) == 2)
                rel_add_arg(agents, c->tk[q].men);
            q = men_last(c, q);
        }
    for (long q = 0; q < ti - 3 && !obj->n; q++)
        if (c->tk[q].men >= 0 && rel_men_class(c, c->tk[q].men) == 2)
            rel_add_arg(obj, c->tk[q].men);
    return agents->n && obj->n;
}

int rel_troops_in_place(const sctx *c, int32_t m)
{
    static const char *const VICTIMS[] = {"soldier in ", "soldiers in ", "troops in ",
                                          "officer in ", "officers in ", NULL};
    size_t at = c->d->mentions.v[m].nstart;
    if (at >= 4 && !strncasecmp(c->t + at - 4, "the ", 4))
        at -= 4;
    for (int i = 0; VICTIMS[i]; i++) {
        size_t n = strlen(VICTIMS[i]);
        if (at > n && !strncasecmp(c->t + at - n, VICTIMS[i], n) && c->t[at - n - 1] == ' ')
            return 1;
    }
    return 0;
}

long rel_light_verb_before(const sctx *c, long ti)
{
    for (long q = ti - 1; q >= 0 && ti - q <= 4; q--) {
        if (word_in(c, q, C_LIGHT_VERB))
            return q;
        if (!(word_in(c, q, C_DET) || plain_lower(c, q)))
            return -1; /* ("held separate talks", "held a round of talks" is too far) */
    }
    return -1;
}

/* The token before ti past determiners, plain words and "of", at most
 * four back: "hosted [a new round of] talks", "hosted [earlier rounds of]
 * talks", "talks [after] clashes". */
static long past_plain_left(const sctx *c, long ti)
{
    long q = ti - 1;
    while (q >= 0 && ti - q <= 4 && (word_in(c, q, C_DET | C_OF) || plain_lower(c, q) || tok_is(c, q, "past")))
        q--; /* ("hosted past reconciliation talks": an adjective) */
    return q;
}

/* Whether the trigger before token ti (past_plain_left) is a hosting
 * ("hosted a new round of talks", "hosted peace talks"). */
static int host_before(const sctx *c, long ti)
{
    long q = past_plain_left(c, ti);
    return q >= 0 && (c->tk[q].flags & TK_TRIG) && c->lx->trigs[c->tk[q].trig].relation == c->lx->host_type;
}

int rel_hosted(const sctx *c, long ti)
{
    if (host_before(c, ti))
        return 1;
    long q = past_plain_left(c, ti); /* "hosted the talks after clashes killed dozens": the hosts are no side */
    if (q < 2 || !word_in2(c, q, C2_SUBCLAUSE) || (c->tk[q].flags & TK_TRIG))
        return 0;
    long t = trigger_start(c, q); /* ("the talks": a trigger, the hosted event) */
    return t > 0 && host_before(c, t);
}

int rel_plural_deals(const sctx *c, long ti)
{
    for (long q = ti + c->tk[ti].tlen; q < c->n && q - ti <= 4 && (plain_lower(c, q) || word_in(c, q, C_DET)); q++)
        if (word_in2(c, q, C2_DEAL) && c->t[c->tk[q].e - 1] == 's')
            return 1;
    return 0;
}

int rel_between_phrase(const sctx *c, long te)
{
    return word_in(c, te, C_BETWEEN) && pair_phrase(c, te + 1) >= 0;
}

int rel_between_pair_noun(const sctx *c, long te)
{
    long n = word_in(c, te, C_BETWEEN) ? pair_phrase(c, te + 1) : -1;
    return n >= 0 &&
           (word_in2(c, n, C2_PAIR) || (word_in2(c, n, C2_TWO) && (n + 1 >= c->n || !(c->tk[n + 1].flags & TK_WORD))));
    /* (or "between the two.", not "between the two would resume": a pair unnamed yet) */
}

int rel_between_pair(const sctx *c, long ts, long te, args *out)
{
    long p = te;
    if (word_in(c, p, C_ARTICLE)) { /* "hosted the talks between the two sides" */
        p = skip_dets_right(c, p);
        p += digit_token(c, p); /* "brokered the 2020 ceasefire between" */
    }
    long q = p + 1 < c->n && c->t[c->tk[p].s] != 'r' ? p + 1 : p; /* "hosted earlier rounds of talks between" */
    if (q + 2 < c->n && c->t[c->tk[q].s] == 'r' && word_starts(c, q, "round") && is_word(c, q + 1, C_OF) &&
        (c->tk[q + 2].flags & TK_TRIG) && (q == p || plain_lower(c, p)))
        p = q + 2;
    if (p + 1 < c->n && plain_lower(c, p) && word_in(c, p + 1, C_BETWEEN) && p > te)
        p++; /* "welcomed the agreement between the two countries": a noun of no trigger */
    if (p >= c->n || !(c->tk[p].flags & TK_TRIG || word_in(c, p, C_BETWEEN)))
        return 0; /* most triggers */
    uint32_t r = c->tk[p].flags & TK_TRIG ? c->lx->trigs[c->tk[p].trig].relation : REL_STOP;
    if (r != REL_STOP && c->lx->types[r].symmetric)
        p += c->tk[p].tlen; /* "hosted talks between" (not a stop phrase's, which has no type) */
    if (!word_in(c, p, C_BETWEEN) || pair_phrase(c, p + 1) < 0)
        return 0;
    return rel_pair_object(c, ts, p + 1, out);
}

long rel_noun_passive(const sctx *c, long ti, long te)
{
    if (past_form(c, ti) || ing_form(c, ti))
        return -1; /* a verb */
    long q = te + perfect_aux(c, te, 1);
    if (!word_in(c, q, C_BE_AUX) || !past_form(c, q + 1) || c->tk[q + 1].men >= 0)
        return -1;
    long p = skip_dets_left(c, ti - 1); /* "New sanctions were", "The sanctions were" */
    while (p >= 0 && (plain_lower(c, p) || (p == 0 && cap_plain(c, p))) && ti - p <= 3)
        p = skip_dets_left(c, p - 1);
    return p < 0 || rel_is_punct(c, p, ",;:") ? q + 2 : -1;
}

/* "Sudan's army-backed government", "state-sponsored hackers": a one-word
 * past trigger joined by a hyphen to a plain word (not a name's: "Iran-
 * backed", nor a prefix: "re-imposed") is an adjective. */
static int hyphen_participle(const sctx *c, long ti)
{
    return ti >= 2 && rel_is_punct(c, ti - 1, "-") && c->tk[ti - 1].s == c->tk[ti - 2].e &&
           c->tk[ti].s == c->tk[ti - 1].e && (c->tk[ti - 2].flags & TK_WORD) && c->tk[ti - 2].men < 0 &&
           c->tk[ti - 2].e - c->tk[ti - 2].s >= 4 && c->tk[ti].tlen == 1 && past_form(c, ti);
}

/* Whether "to" and a bare verb come right before the participle at ti:
 * "agreed to accept deported migrants" (not "to be deported"). */
static int verb_before_participle(const sctx *c, long ti)
{
    return ti >= 2 && is_word(c, ti - 2, C_TO) && plain_lower(c, ti - 1) && bare_form(c, ti - 1) &&
           !word_in(c, ti - 1, C_BE_AUX) && !perfect_aux(c, ti - 1, 1);
}

int rel_attributive(const sctx *c, long ti)
{
    if (hyphen_participle(c, ti))
        return 1;
    /* (the rare tests first: a name right after, a determiner or an amount right before, not a name's own
     * number: "APT-C-23 criticised A") */
    return ti >= 1 && ti + 1 < c->n && c->tk[ti - 1].men < 0 && c->tk[ti].tlen == 1 && past_form(c, ti) &&
           ((c->tk[ti + 1].men >= 0 &&
             (word_in(c, ti - 1, C_DET) || digit_token(c, ti - 1) || word_in3(c, ti - 1, C3_AMOUNT) ||
              is_word(c, ti - 1, C_OF))) || /* ("the release of detained Japanese nationals") */
            ((word_in(c, ti - 1, C_ARTICLE | C_OF) || verb_before_participle(c, ti)) && plain_lower(c, ti + 1) &&
             !past_form(c, ti + 1) && !ing_form(c, ti + 1) && !word_in(c, ti + 1, C_PREP)));
    /* "accused the detained staff of spying for Israel", "agreed to accept deported migrants", "the treatment
     * of jailed former Georgian president Mikheil Saakashvili" */
}
