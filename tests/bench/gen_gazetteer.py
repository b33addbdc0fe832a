#!/usr/bin/python3
# gen_gazetteer.py - builds the benchmark gazetteer (DESIGN.md TSV format) and
# the same aliases as a plain list for `rg -F -f` / `grep -F -f`.
#
#   gen_gazetteer.py --out DIR [--data ../shared/data] [--min-aliases 36000]
#       DIR/bench.tsv     CAMEO actors (Countries, International, MilNonState),
#                         ATT&CK intrusion sets, the bench's own topics,
#                         agreements and commands, then synthetic people until
#                         --min-aliases is reached
#       DIR/aliases.txt   every alias surface, one a line (the peers' pattern
#                         file and the corpus generator's name pool)
#   gen_gazetteer.py --big N --out FILE
#       N synthetic, deterministic aliases (two per person) for the load+build
#       timing
#
# Invariants: ids are valid slugs and unique; no two aliases share a
# normalised form (case, dashes and spaces folded), so the gazetteer is
# unambiguous and the peers search exactly the entgraph alias set; no alias is
# a filler word of the corpus generator. Deterministic: same input, same bytes.
import argparse
import json
import os
import random
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import words  # noqa: E402

ORG_WORDS = set("""army forces force ministry party council union front movement organization
organisation committee agency bank court commission office bureau department association
league fund institute authority police guard brigade brigades battalion corps navy
command group church university parliament assembly senate congress government cabinet
company corporation federation alliance coalition network service services news radio
television council tribunal secretariat board centre center program programme mission
republic kingdom state states embassy administration authority nations
""".split())
SMALL_WORDS = {"of", "the", "and", "for", "in", "on", "at", "to", "de", "del", "la", "le", "du",
               "da", "do", "dos", "das", "van", "von", "der", "den", "al", "el", "bin", "ibn"}
VOWELS = set("AEIOUY")
KNOWN_ACRONYMS = set("NATO ISIS ISIL NASA FEMA OPEC ZANU FARC AQAP SADC IGAD UNDP DPKO ODNI".split())
DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")
CURLY = {0x2018: "'", 0x2019: "'", 0x201C: '"', 0x201D: '"'}
# Filler words and a few CAMEO/ATT&CK entries that are plain English words.
FILLER = words.filler_words() | set("unit play tick hope june may pole male zero camo".split())


def norm_key(s):
    """The alias identity used for de-duplication (close to entgraph's normaliser)."""
    s = unicodedata.normalize("NFKC", s).translate(DASHES).translate(CURLY).casefold()
    return " ".join(s.split())


def is_acronym_word(w):
    letters = w.replace(".", "").replace("-", "")
    if not letters.isalpha():
        return True  # digits etc.: keep as written
    if "." in w and len(letters) <= 5:
        return True
    if len(letters) <= 3 or letters in KNOWN_ACRONYMS:
        return True
    if len(letters) <= 5:
        if not VOWELS & set(letters):
            return True
        if re.search(r"[^AEIOUY]{3}$|^[AEIOUY]{2}|[^AEIOUY]{4}", letters):
            return True
    return False


def title_word(w, first, single):
    """One word of a CAMEO name (upper case in the file) in news spelling."""
    if single and is_acronym_word(w):
        return w
    if not first and w.lower() in SMALL_WORDS:
        return w.lower()
    if len(w) <= 4 and ("." in w or not VOWELS & set(w.replace(".", ""))):
        return w
    return "-".join(p[:1] + p[1:].lower() for p in w.split("-"))


def cameo_surface(raw):
    """'HAMID_KARZAI_' -> 'Hamid Karzai'; None for names not worth keeping."""
    s = re.sub(r"\([^)]*\)", " ", raw)  # drop "(AAIA)" abbreviations in parentheses
    s = s.replace("_", " ").replace("+", " ")
    s = re.sub(r"(^|\s)-+(\s|$)", " ", s)
    toks = [t.strip(",;:") for t in s.split()]
    toks = [t for t in toks if t and re.search(r"[A-Za-z]", t)]
    if not toks or len(toks) > 8:
        return None
    out = [title_word(t, i == 0, len(toks) == 1) for i, t in enumerate(toks)]
    return " ".join(out)


def read_latin_or_utf8(path):
    data = open(path, "rb").read()
    lines = []
    for b in data.split(b"\n"):
        try:
            lines.append(b.decode("utf-8"))
        except UnicodeDecodeError:
            lines.append(b.decode("latin-1"))
    return lines


def parse_tabari(path):
    """Yields (head, [aliases], [codes], comment) from a TABARI .actors file."""
    cur = None
    for line in read_latin_or_utf8(path):
        line = line.rstrip("\r")
        body, _, comment = line.partition("#")
        if not body.strip():
            if cur and comment:
                cur[3] += comment
            continue
        if body[0] == "+":
            if cur:
                cur[1].append(body[1:].split("[")[0].strip())
            continue
        if body[0] in " \t[":
            if cur:
                cur[2].extend(re.findall(r"\[([^\]]*)\]", body))
            continue
        if cur:
            yield tuple(cur)
        head = body.split("[")[0].strip()
        cur = [head, [], re.findall(r"\[([^\]]*)\]", body), comment]
    if cur:
        yield tuple(cur)


def cameo_type(kind, name, codes, comment):
    first = codes[0].split()[0] if codes and codes[0].split() else ""
    ws = name.lower().split()
    if kind == "countries" and re.fullmatch(r"[A-Z]{3}", first):
        return "country"
    if set(ws) & ORG_WORDS or len(ws) > 4:
        return "organization"
    if kind == "milnonstate":
        return "organization"
    if "CountryInfo" in comment or "rulers" in comment or 2 <= len(ws) <= 4:
        return "person"
    return "organization"


def slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:60].strip("-") or "e"


class Builder:
    """Collects entities; enforces unique ids and globally unique aliases."""

    def __init__(self):
        self.rows = []
        self.ids = set()
        self.keys = set()
        self.n_aliases = 0

    def usable(self, a):
        if not a or len(a) < 3 or len(a) > 120 or a[0] in "=~#" or "|" in a or "\t" in a:
            return False
        if not any(c.isalpha() for c in a):
            return False
        if any(unicodedata.category(c)[0] not in "LNZP" and c not in "'-." for c in a):
            return False  # mojibake and control bytes from the old files
        k = norm_key(a)
        return k not in self.keys and k not in FILLER

    def add(self, etype, name, aliases, country="", note=""):
        if not self.usable(name):
            return 0
        keep, seen = [name], {norm_key(name)}
        for a in aliases:
            if a and self.usable(a) and norm_key(a) not in seen:
                keep.append(a)
                seen.add(norm_key(a))
        base = slug(name)
        eid, n = base, 2
        while eid in self.ids:
            eid, n = "%s-%d" % (base, n), n + 1
        self.ids.add(eid)
        self.keys |= seen
        self.n_aliases += len(keep)
        self.rows.append((eid, etype, name, "|".join(keep[1:]), country, note))
        return len(keep)


def add_cameo(b, data):
    files = [("countries", "Phoenix.Countries.actors.txt"),
             ("international", "Phoenix.International.actors.txt"),
             ("milnonstate", "Phoenix.MilNonState.actors.txt")]
    for kind, fname in files:
        for head, aliases, codes, comment in parse_tabari(os.path.join(data, "cameo", fname)):
            name = cameo_surface(head)
            if not name:
                continue
            etype = cameo_type(kind, name, codes, comment)
            country = ""
            if kind == "countries" and codes and re.match(r"[A-Z]{3}", codes[0]):
                country = codes[0][:3]
            surf = [cameo_surface(a) for a in aliases]
            b.add(etype, name, [s for s in surf if s], country, "CAMEO " + fname.split(".")[1].lower())


def add_attack(b, data):
    with open(os.path.join(data, "attack", "intrusion-sets.json"), encoding="utf-8") as fp:
        groups = json.load(fp)
    for g in sorted(groups, key=lambda g: g.get("external_id", "")):
        if g.get("revoked") or g.get("deprecated"):
            continue
        b.add("group", g["name"], g.get("aliases", []), "", "ATT&CK " + g.get("external_id", ""))


def add_own(b):
    for t in words.TOPICS:
        b.add("issue", t[0], t[1:])
    for t in words.AGREEMENTS:
        b.add("agreement", t[0], t[1:])
    for t in words.COMMANDS:
        b.add("unit", t[0], t[1:])


def add_people(b, min_aliases, seed=1):
    """Synthetic people 'First Last' with a 'F. Last' alias until min_aliases."""
    rng = random.Random(seed)
    firsts, lasts = words.FIRST_NAMES, words.SURNAMES
    tries = 0
    while b.n_aliases < min_aliases and tries < 10 * min_aliases:
        tries += 1
        f, l1 = rng.choice(firsts), rng.choice(lasts)
        last = l1 if rng.random() < 0.6 else l1 + "-" + rng.choice(lasts)
        name = "%s %s" % (f, last)
        mid = rng.choice(firsts)
        b.add("person", name, ["%s %s. %s" % (f, mid[0], last)], "", "synthetic")


def write_gaz(path, b, header_note):
    with open(path, "w", encoding="utf-8", newline="\n") as fp:
        fp.write("# %s - benchmark gazetteer generated by tests/bench/gen_gazetteer.py; do not edit.\n"
                 % os.path.basename(path))
        fp.write("# %s\n" % header_note)
        fp.write("id\ttype\tname\taliases\tcountry\tnote\n")
        for r in b.rows:
            fp.write("\t".join(r) + "\n")


def big_gazetteer(path, n):
    """n aliases from syllable surnames: 'Given Surname' plus 'G. Surname'."""
    rng = random.Random(1000003)
    b = Builder()
    firsts = words.FIRST_NAMES
    st, vo, en = words.SYLL_START, words.SYLL_VOWEL, words.SYLL_END
    i = 0
    while b.n_aliases < n:
        i += 1
        k = 2 + i % 3  # two to four syllables
        sur = "".join(rng.choice(st) + rng.choice(vo) + (rng.choice(en) if rng.random() < 0.4 else "")
                      for _ in range(k))
        sur = sur.capitalize()
        f = rng.choice(firsts)
        # Skip the filter and de-duplication of usable() for speed: collisions
        # are rare and only cost an extra alias; keep ids unique.
        eid = "p%07d" % i
        full = "%s %s" % (f, sur)
        if b.n_aliases + 2 > n:
            b.rows.append((eid, "person", full, "", "", ""))
            b.n_aliases += 1
        else:
            b.rows.append((eid, "person", full, "%s. %s" % (f[0], sur), "", ""))
            b.n_aliases += 2
    write_gaz(path, b, "%d synthetic aliases for the load+build timing" % b.n_aliases)
    return b


def main():
    ap = argparse.ArgumentParser(description="benchmark gazetteer generator")
    ap.add_argument("--out", required=True)
    ap.add_argument("--data", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                   "..", "..", "..", "shared", "data"))
    ap.add_argument("--min-aliases", type=int, default=36000)
    ap.add_argument("--big", type=int, default=0, help="write N synthetic aliases to --out FILE")
    a = ap.parse_args()
    if a.big:
        b = big_gazetteer(a.out, a.big)
        print("gen_gazetteer: %s: %d entities, %d aliases" % (a.out, len(b.rows), b.n_aliases))
        return
    os.makedirs(a.out, exist_ok=True)
    b = Builder()
    add_own(b)
    add_attack(b, a.data)
    add_cameo(b, a.data)
    n_real = b.n_aliases
    add_people(b, a.min_aliases)
    write_gaz(os.path.join(a.out, "bench.tsv"), b,
              "sources: CAMEO Phoenix actor dictionaries (MIT), MITRE ATT&CK groups via MISP galaxy, "
              "the bench's own lists, synthetic people")
    with open(os.path.join(a.out, "aliases.txt"), "w", encoding="utf-8", newline="\n") as fp:
        for r in b.rows:
            fp.write(r[2] + "\n")
            if r[3]:
                fp.write(r[3].replace("|", "\n") + "\n")
    print("gen_gazetteer: %s: %d entities, %d aliases (%d from CAMEO/ATT&CK/own lists, %d synthetic)"
          % (a.out, len(b.rows), b.n_aliases, n_real, b.n_aliases - n_real))


if __name__ == "__main__":
    main()
