# words.py - word lists for the benchmark generators (gen_gazetteer.py,
# gen_corpus.py): filler vocabulary for news-like sentences, and the bench's
# own entity lists (topics, agreements, commands, name parts for synthetic
# people). Written for this project; stdlib only, no data files.

# Filler vocabulary. gen_gazetteer.py drops any alias equal to one of these
# words, so filler never produces a mention by accident.
SUBJECT_NOUNS = """officials analysts diplomats lawmakers negotiators envoys observers
spokespeople ministers commanders researchers investigators delegates advisers aides
experts planners inspectors monitors auditors economists engineers veterans""".split()

ORG_NOUNS = """ministry agency committee delegation commission secretariat panel office
council bureau coalition consortium""".split()

VERBS_PAST = """said warned announced confirmed stressed argued noted reported suggested
insisted acknowledged disclosed indicated signalled reiterated emphasized claimed
estimated predicted conceded""".split()

VERBS_MEET = """met with|held talks with|spoke with|called on|consulted with|hosted|visited
|briefed|welcomed|received|thanked|criticised|praised|urged|pressed|challenged|accused
|rebuked|reassured""".replace("\n", "").split("|")

ACTIONS = """expand cooperation on
review its commitments to
tighten controls over
resume talks about
increase funding for
hold joint drills near
share intelligence about
impose new limits on
reconsider its stance toward
open a channel on
delay a decision on
publish a report on
deepen coordination on
scale back plans for
seek clarity about""".strip().split("\n")

OBJECTS = """the border crossings
the shipping lanes
regional security
the supply chains
the export rules
the maritime zone
the fishing grounds
the power grid
the grain shipments
the pipeline project
the satellite launches
the refugee flows
the election timetable
the reconstruction budget
the port facilities
the drone programme
the arms shipments
the customs regime
the air corridor
the submarine cable""".strip().split("\n")

TIMES = """on Tuesday
late on Friday
earlier this week
over the weekend
last month
in a statement
during a briefing
at a news conference
after the meeting
before the vote
in an interview
on the sidelines of the summit
according to a transcript
in remarks broadcast nationally
behind closed doors""".strip().split("\n")

ADVERBS = """quietly publicly repeatedly sharply cautiously firmly briefly formally
privately openly""".split()

CONNECTORS = ["Meanwhile,", "However,", "In addition,", "Separately,", "At the same time,", "Still,",
              "By contrast,", "Later,", "Earlier,", "In response,"]

CLAUSES = """the talks were described as constructive
no date was set for a follow-up round
the figures could not be independently verified
the details were not made public
critics called the move premature
a final text is expected within weeks
the plan still needs parliamentary approval
markets reacted calmly to the news
the agreement leaves several questions open
the timetable has slipped twice already
several delegations asked for more time
the proposal drew a mixed response
a spokesperson declined to elaborate
the numbers were revised upward
the earlier estimate proved too optimistic""".strip().split("\n")

QUOTES = """We are not going to accept this
There is still room for a compromise
Nothing has been decided yet
This is a matter of principle for us
The door remains open
We expect concrete steps, not words
Our position has not changed
It is too early to draw conclusions""".strip().split("\n")

HEADLINE_WORDS = """Talks Stall Deal Warns Pledges Rift Deepens Seeks Eyes Weighs Rejects Backs
Signals Doubts Over Plan Deadline Vote Pact Ties Rules Funds Summit Drills Push""".split()

CITIES = """Geneva Vienna Brussels Nairobi Jakarta Lisbon Montevideo Oslo Reykjavik Canberra
Wellington Helsinki Dakar Accra Quito Hanoi Manila Ankara""".split()


def filler_words():
    """Every filler word, lower-cased (for the alias filter)."""
    out = set()
    for group in (SUBJECT_NOUNS, ORG_NOUNS, VERBS_PAST, ADVERBS, HEADLINE_WORDS, CITIES):
        out.update(w.lower() for w in group)
    for group in (VERBS_MEET, ACTIONS, OBJECTS, TIMES, CONNECTORS, CLAUSES, QUOTES):
        for phrase in group:
            out.update(w.strip(",.").lower() for w in phrase.split())
    out.discard("")
    return out


# The bench's own entity lists: (name, aliases...) tuples.
TOPICS = [  # type issue: match in any case
    ("cyber security", "cybersecurity", "cyber defence", "cyber defense"),
    ("missile defense", "missile defence", "missile shield"),
    ("ballistic missile", "ballistic missiles"),
    ("nuclear deterrence", "extended deterrence", "nuclear umbrella"),
    ("denuclearization", "denuclearisation"),
    ("space security", "counterspace", "anti-satellite weapons"),
    ("ransomware",), ("disinformation", "influence operations"),
    ("sanctions evasion", "sanctions busting"), ("export controls",),
    ("arms control",), ("nonproliferation", "non-proliferation"),
    ("supply chain security",), ("critical infrastructure",),
    ("food security",), ("energy security",), ("maritime security",),
    ("human rights",), ("climate change",), ("cryptocurrency theft", "crypto heists"),
    ("artificial intelligence",), ("quantum computing",), ("semiconductors", "chipmaking"),
    ("hypersonic weapons", "hypersonic missiles"), ("submarine-launched ballistic missile", "SLBM"),
    ("intercontinental ballistic missile", "ICBM"), ("burden sharing", "cost sharing"),
    ("humanitarian aid",), ("refugee crisis",), ("election interference",),
]

AGREEMENTS = [
    ("Mutual Defense Treaty", "Mutual Defence Treaty"),
    ("Nuclear Non-Proliferation Treaty", "Non-Proliferation Treaty", "NPT"),
    ("New START", "New START Treaty", "New Strategic Arms Reduction Treaty"),
    ("Outer Space Treaty",), ("Comprehensive Nuclear-Test-Ban Treaty", "CTBT"),
    ("Intermediate-Range Nuclear Forces Treaty", "INF Treaty"),
    ("Paris Agreement", "Paris climate accord"), ("Artemis Accords",),
    ("Washington Declaration",), ("Camp David Principles",),
    ("Joint Comprehensive Plan of Action", "JCPOA", "Iran nuclear deal"),
    ("Treaty of Friendship, Cooperation and Mutual Assistance",),
    ("Comprehensive Strategic Partnership Treaty",), ("Special Measures Agreement",),
    ("Status of Forces Agreement", "SOFA"), ("Open Skies Treaty",),
    ("Chemical Weapons Convention",), ("Biological Weapons Convention",),
    ("Budapest Convention", "Convention on Cybercrime"), ("Wassenaar Arrangement",),
    ("Missile Technology Control Regime", "MTCR"), ("Minsk Agreements", "Minsk II"),
    ("Black Sea Grain Initiative", "grain deal"), ("Comprehensive Military Agreement",),
    ("Panmunjom Declaration",), ("Singapore Joint Statement",), ("Agreed Framework",),
    ("Six-Party Talks",), ("Indo-Pacific Economic Framework",), ("Quad Vaccine Partnership",),
]

COMMANDS = [
    ("United States Forces Korea", "U.S. Forces Korea", "USFK"),
    ("Combined Forces Command", "CFC", "ROK-U.S. Combined Forces Command"),
    ("United Nations Command", "UNC"),
    ("Indo-Pacific Command", "INDOPACOM", "U.S. Indo-Pacific Command"),
    ("United States Space Force", "U.S. Space Force", "Space Force"),
    ("United States Cyber Command", "U.S. Cyber Command", "Cyber Command", "USCYBERCOM"),
    ("Republic of Korea Space Operations Center",), ("Korean People's Army", "KPA"),
    ("Strategic Rocket Forces",), ("Eastern Military District",),
    ("Reconnaissance General Bureau", "RGB"), ("Main Intelligence Directorate",),
    ("Seventh Fleet", "7th Fleet", "U.S. Seventh Fleet"), ("Pacific Fleet",),
    ("Northern Fleet",), ("Joint Chiefs of Staff", "JCS"),
    ("Space Development Agency",), ("National Reconnaissance Office", "NRO"),
    ("Second Infantry Division", "2nd Infantry Division"), ("Eighth Army", "8th Army"),
    ("Kunsan Air Base",), ("Osan Air Base",), ("Camp Humphreys",),
    ("Cyber Operations Command",), ("Defense Intelligence Agency", "DIA"),
    ("Missile Defense Agency", "MDA"), ("Air Combat Command",), ("Marine Corps Forces Korea",),
    ("Naval Forces Korea",), ("Special Operations Command Korea",),
]

# Name parts for synthetic people: a mix of languages, some with accents so
# that the corpus carries non-ASCII names.
FIRST_NAMES = """Ana Andrés Amara Aiko Björn Bongani Camille Chloé Dmitri Dorota Elif Émile
Farida Fatou Gustavo Hana Hiroshi Ibrahim Ingrid Ivana Jae-won Javier Jiho Kofi Kwame Lars
Léa Lucía Magdalena Mariam Mateus Mehmet Min-jun Nadia Nikolai Noor Olga Omar Paulo Priya
Rafael Renée Saanvi Sébastien Seo-yeon Siobhán Søren Tamar Teodor Thandiwe Tomás Uzma
Valentina Viktor Wanjiru Xavier Yara Yusuf Zainab Zoltán Agnieszka Aleksander Beatriz
Cristina Dagmar Eun-ji Florian Gunnar Halima Ilse Jorge Katarzyna Leilani Malik Niamh
Oksana Pedro Quentin Rosalind Samira Tariq Ulrike Vusumuzi Wiktor Ximena Yosef Zofia
Aurélien Benedikt Cosmin Dalia Eero Fionnuala Goran Hélène Ismael Jovana Kasia Luka
Mihai Nuno Orsolya Piotr Radek Stanislav Tuomas Vesna Wendell Yerlan Zhanna""".split()

SURNAMES = """Abara Achterberg Adeyemi Aguilar Åkesson Albuquerque Aldana Amundsen Anand
Arrieta Asante Bakshi Balogun Bělohlávek Bergström Bianchi Bjørnstad Boateng Borowski
Brandão Castellanos Çelik Chaudhry Cisneros Dąbrowski Dahlberg Delacroix Dimitrov Duarte
Dvořák Eklund Enríquez Esposito Falk Fernández Fitzgerald Fonseca Gallardo Gašparović
Grünewald Guerrero Gyllenhammar Haddad Halvorsen Hämäläinen Herrera Horváth Ibáñez Iwasaki
Jablonski Jaramillo Jovanović Kaczmarek Kamau Karlsson Kovács Kowalczyk Krüger Kuznetsov
Lindqvist Lombardi Løvland Maalouf Machado Magnússon Marković Mbeki Mendoza Moreau Müller
Mwangi Nakamura Navarro Nieminen Nowak Nyström Okafor Olawale Ortega Østergaard Papadakis
Pereira Petrović Quispe Rahman Ramírez Rasmussen Rocha Rønning Saarinen Salazar Sánchez
Schröder Sigurðsson Sørensen Szabó Takahashi Tanaka Teixeira Thorsen Tremblay Uchenna
Valdés Varga Villanueva Vlček Wahlberg Watanabe Wiśniewski Yamamoto Yilmaz Zapata Zieliński
Żukowski Abernathy Blackwood Carrington Donnelly Ellsworth Fairbanks Gallagher Hargreaves
Kettering Langford Merriweather Northcott Pemberton Radcliffe Sutherland Thornbury
Whitcombe Yardley Oyelaran Nwachukwu Chikwanha Mutasa Odhiambo Wekesa Kiplagat Adjei
Oduya Mensah Quaye Sarpong Tembo Banda Phiri Zulu Dlamini Nkosi Khumalo Moyo""".split()

# Syllables for the 1M-alias gazetteer: enough combinations for millions of
# distinct, pronounceable surnames.
SYLL_START = "b br c ch d dr f g gr h j k kr l m n p pr r s sh st t tr v w z".split()
SYLL_VOWEL = "a e i o u ai ea ou".split()
SYLL_END = "n r s l k m nd rt st th x".split()
