#!/usr/bin/python3
"""attack_groups.py - MITRE ATT&CK threat groups -> gazetteer/groups_attack.tsv (type `group`).

Usage:
  gazetteer/import/attack_groups.py [--input FILE] [--output FILE] [--curated DIR]
Defaults: --input ../shared/data/attack/intrusion-sets.json (relative to the repository root),
          --output gazetteer/groups_attack.tsv, --curated gazetteer (the hand-made files).

Input: either the MISP galaxy cluster (clusters/mitre-intrusion-set.json: {"values": [{"value",
"description", "meta": {"synonyms", "external_id"}}]}) or the derived array in ../shared/data/attack
(intrusion-sets.json: [{"external_id", "name", "aliases", "description", "revoked", "deprecated", ...}]).

What it writes, per active group (revoked and deprecated records are skipped; their aliases live on in
the groups that replaced them):
  id       slug of the name ("sandworm-team"); "-g0034" is appended if a curated id already has it
  aliases  the ATT&CK aliases (meta.synonyms), plus the bare stem of "X Group"/"X Team" names
           ("Lazarus", "Sandworm"), plus "Unit NNNNN"/"Military Unit NNNNN" found in the first sentence of
           the description (the sentence that says who runs the group). Then:
           - an alias a curated entity already owns is dropped (e.g. "Unit 74455" belongs to the curated
             unit-74455); the note names the owner;
           - an alias two groups share is dropped from both, unless it is one group's own name;
           - all-capital aliases longer than 5 characters ("IRON VIKING") get "=" (exact case), so the
             chemical element or word in ordinary text does not match; a group whose name is such a
             word ("PLATINUM", "BITTER") gets case `exact` for the whole row;
           - an alias that is an ordinary English word or phrase (STOP below: "Silence", "Reaper",
             "Sea Turtle") is dropped; if it is the group's own name it is kept only as a short form
             ("~Equation") and "<Name> group" is added as the full form.
  country  ISO3 of the state the description attributes the group to (first sentence up to the first
           "target..."/"against"/"victims" word; else an "attributed to / on behalf of / based in"
           phrase anywhere in the description); empty for criminal or unattributed groups
  bloc     adversary for PRK, RUS and CHN (as in states.tsv); empty otherwise
  note     "MITRE ATT&CK Gxxxx: <first sentence>" plus remarks on dropped aliases
  attack_id, units, url  extra columns (kept as attributes by the loader)
Stdlib only; deterministic (sorted by ATT&CK id). Source and licence: ../shared/data/attack/SOURCE.txt
(MISP galaxy CC0/BSD-2; ATT&CK (c) The MITRE Corporation, ATT&CK terms of use).
"""
import argparse
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import clean_field, curated_index, norm_key, slug, write_tsv  # noqa: E402

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
DEFAULT_INPUT = os.path.join(ROOT, "..", "shared", "data", "attack", "intrusion-sets.json")
DEFAULT_OUTPUT = os.path.join(ROOT, "gazetteer", "groups_attack.tsv")
DEFAULT_CURATED = os.path.join(ROOT, "gazetteer")
# Generated files that are not owners. countries_cameo.tsv IS read as an owner (countries win over group
# aliases such as TA505's "CHIMBORAZO", an Ecuadorian province), so run cameo_countries.py first.
GENERATED = {"groups_attack.tsv"}

# Ordinary English words and phrases (lower case) that are also group aliases: they would fire on
# ordinary text, so they are dropped (or kept as a short form when they are the group's name).
STOP = set("""play silence equation inception chimera leviathan patchwork confucius honeybee machete
rancor strider windigo dragonfly whitefly sidewinder cleaver thrip mantis karma tick reaper mirage snake
krypton cicada buckeye axiom armageddon bahamut elfin frankenstein gadolinium newscaster phosphorus
rattlesnake sharpshooter springtail swallowtail chafer lyceum akira poseidon cobalt gorgon medusa tonto
comment hangover webmasters""".split()) | {
    "sea turtle", "dust storm", "lotus blossom", "tortoise shell", "elephant beetle", "cloud atlas",
    "the white company", "homeland justice"}

ADVERSARY = {"PRK", "RUS", "CHN"}
# (regex, ISO3) tried in order on the attribution clause; "-speaking" language labels are not states.
NATION = [
    (r"Democratic People's Republic of Korea|DPRK|North Korean?", "PRK"),
    (r"South Korean?", "KOR"),
    (r"People's Republic of China|PRC|China|Chinese", "CHN"),
    (r"Russian Federation|Russian?|GRU|FSB|SVR", "RUS"),
    (r"Islamic Republic of Iran|Iranian|Iran|MOIS", "IRN"),
    (r"Vietnamese|Vietnam", "VNM"),
    (r"Pakistani|Pakistan", "PAK"),
    (r"Indian|India", "IND"),
    (r"Lebanese|Lebanon", "LBN"),
    (r"Nigerian|Nigeria", "NGA"),
    (r"Brazilian|Brazil", "BRA"),
    (r"Türkiye|Turkey|Turkish", "TUR"),
    (r"Belarusian|Belorussian|Belarus", "BLR"),
    (r"Israeli|Israel", "ISR"),
    (r"United Arab Emirates|Emirati", "ARE"),
    (r"Hamas|Gaza|Palestinian", "PSE"),
]
NATION_RE = re.compile(r"(?<![\w-])(" + "|".join("(?:%s)" % p for p, _ in NATION) +
                       r")(?![\w]|-speaking|-language)")
CUT_RE = re.compile(r"\b(target\w*|against|victims?|focus\w*|interested|compromis\w*|customer|"
                    r"campaigns? (?:in|on)|affecting|recruited|forums?)\b")
ATTRIB_RE = re.compile(r"\b(?:attributed to|on behalf of|sponsored by|operat\w* (?:out of|from)|"
                       r"based in|nexus to|linked to|originat\w* (?:in|from)|in association with|"
                       r"worked for|subordinate to)\s+([^.;]{0,100})")
# "<nation> state-sponsored / government / Ministry ..." anywhere in the description (last resort).
SPONSOR_RE = re.compile(r"(?:%s)(?:'s)?[ -](?:state[- ]sponsored|state[- ]backed|government|Ministry|"
                        r"intelligence|military|based|nexus|linked)" % "|".join(p for p, _ in NATION))
UNIT_RE = re.compile(r"\b(?:[Mm]ilitary )?[Uu]nit (\d{4,6})\b")


def nation_of(text):
    for m in NATION_RE.finditer(text):
        word = m.group(1)
        for pat, iso in NATION:
            if re.fullmatch(pat, word):
                return iso
    return ""


def first_sentence(desc):
    desc = " ".join(desc.split())
    m = re.search(r"(?<!\b[A-Z])(?<!\bU\.S)(?<!\bal)\.\s+(?=[A-Z])", desc)
    return desc[:m.start() + 1] if m else desc


def attribute(desc):
    """ISO3 of the sponsoring state, or ''."""
    desc = desc.replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    first = first_sentence(desc)
    cut = CUT_RE.search(first)
    iso = nation_of(first[:cut.start()] if cut else first)
    if iso:
        return iso
    for m in ATTRIB_RE.finditer(desc):
        iso = nation_of(m.group(1))
        if iso:
            return iso
    m = SPONSOR_RE.search(desc)
    return nation_of(m.group(0)) if m else ""


def load(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    recs = []
    if isinstance(data, dict) and "values" in data:  # MISP galaxy cluster
        for v in data["values"]:
            meta = v.get("meta", {})
            recs.append({"external_id": meta.get("external_id", ""), "name": v.get("value", ""),
                         "aliases": meta.get("synonyms", []), "description": v.get("description", ""),
                         "url": (meta.get("refs") or [""])[0],
                         "revoked": bool(meta.get("revoked", False)),
                         "deprecated": bool(meta.get("deprecated", False))})
    else:  # the derived array of ../shared/data/attack
        for v in data:
            recs.append({"external_id": v.get("external_id", ""), "name": v.get("name", ""),
                         "aliases": v.get("aliases", []) or [], "description": v.get("description", "") or "",
                         "url": v.get("url", ""), "revoked": bool(v.get("revoked")),
                         "deprecated": bool(v.get("deprecated"))})
    recs = [r for r in recs if r["name"] and not r["revoked"] and not r["deprecated"]]
    recs.sort(key=lambda r: (r["external_id"], r["name"]))
    return recs


def build(recs, cur_ids, cur_owner):
    # 1. candidate aliases per group
    cands = []
    for r in recs:
        name = r["name"].strip()
        first = first_sentence(r["description"])
        units = []
        for m in UNIT_RE.finditer(first):
            u = "Unit " + m.group(1)
            if u not in units:
                units.append(u)
        al = [name] + [a.strip() for a in r["aliases"] if a and a.strip()]
        stem = re.match(r"^(.+?) (?:Group|Team)$", name)
        if stem and len(stem.group(1)) >= 5:
            al.append(stem.group(1))
        for u in units:
            al += [u, "Military " + u]
        fixed = []
        for a in al:
            a = clean_field(re.sub(r"^(.*\S) \((?:Group|group)\)$", r"\1 group", a))
            if a and a not in fixed:
                fixed.append(a)
        cands.append((r, name, fixed, units))
    # 2. who claims which key
    owners = {}
    for r, name, al, _ in cands:
        for a in al:
            owners.setdefault(norm_key(a), set()).add(r["external_id"])
    own_name = {norm_key(name): r["external_id"] for r, name, _, _ in cands}
    rows, used_ids = [], set(cur_ids)
    for r, name, al, units in cands:
        gid = r["external_id"]
        remarks, out, has_full = [], [], False
        for a in al:
            k = norm_key(a)
            if k in cur_owner:
                remarks.append(f'"{a}" is the curated entity {cur_owner[k]}')
                continue
            if len(owners[k]) > 1 and own_name.get(k) != gid:
                if k in own_name:
                    remarks.append(f'"{a}" is the name of group {own_name[k]}')
                else:
                    others = ", ".join(sorted(owners[k] - {gid}))
                    remarks.append(f'"{a}" dropped: also an alias of {others}')
                continue
            if k in STOP:
                if a == name:
                    out.append("~" + a)
                    grp = a + " group"
                    if norm_key(grp) not in cur_owner and grp not in al:
                        out.append(grp)
                        has_full = True
                continue
            if re.fullmatch(r"[^a-z]*[A-Z][^a-z]*", a) and len(a) > 5:
                a = "=" + a
            out.append(a)
            has_full = True
        if not has_full:
            print(f"attack_groups.py: {gid} {name}: no usable alias, skipped", file=sys.stderr)
            continue
        display = name
        aliases = [a for a in out if a.lstrip("=~") != display]
        if "~" + display in out:  # the name itself is a short form: show "<Name> group" on the node
            display = display + " group"
            aliases = [a for a in out if a != display]
        eid = slug(name)
        if eid in used_ids:
            eid = eid + "-" + gid.lower()
        used_ids.add(eid)
        iso = attribute(r["description"])
        first = clean_field(first_sentence(r["description"]))
        note = f"MITRE ATT&CK {gid}" + (f": {first}" if first else "")
        if remarks:
            note += " [aliases: " + "; ".join(remarks) + "]"
        # A name in capitals ("PLATINUM", "BITTER") is an alias too and carries no marker: the whole row
        # becomes exact-case, so "Platinum" or "Bitter" in running text does not match.
        case = "exact" if re.fullmatch(r"[^a-z]*[A-Z][^a-z]*", display) and len(display) > 5 else ""
        if case:
            aliases = [a.lstrip("=") for a in aliases]
        rows.append({"id": eid, "type": "group", "name": display, "aliases": "|".join(aliases),
                     "bloc": "adversary" if iso in ADVERSARY else "", "country": iso, "case": case,
                     "note": note, "attack_id": gid, "units": "|".join(units),
                     "url": clean_field(r["url"])})
    return rows


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--input", default=DEFAULT_INPUT)
    ap.add_argument("--output", default=DEFAULT_OUTPUT)
    ap.add_argument("--curated", default=DEFAULT_CURATED,
                    help="folder of curated *.tsv whose ids and aliases win ('' for none)")
    args = ap.parse_args(argv)
    recs = load(args.input)
    cur_ids, cur_owner, _ = curated_index(args.curated, GENERATED | {os.path.basename(args.output)})
    rows = build(recs, cur_ids, cur_owner)
    src = os.path.relpath(os.path.abspath(args.input), ROOT)
    header = f"""groups_attack.tsv - GENERATED by gazetteer/import/attack_groups.py; do not edit by hand.
Source: {src} (MITRE ATT&CK groups via the MISP galaxy; see ../shared/data/attack/SOURCE.txt).
ATT&CK content (c) The MITRE Corporation, used under the ATT&CK Terms of Use; MISP galaxy CC0/BSD-2.
Regenerate: /usr/bin/python3 gazetteer/import/attack_groups.py   (run from the repository root)
{len(rows)} groups. Aliases owned by curated entities (e.g. "Unit 74455" -> unit-74455) are left out and named
in the note; the `units` column lists the units the description names. Format: DESIGN.md.
lint reports short forms that are ordinary words (~Silence) as common words: deliberate, a short form only
counts after the group was named in full in the same article."""
    write_tsv(args.output, header, rows, extra_columns=("attack_id", "units", "url"))
    print(f"attack_groups.py: {len(rows)} groups -> {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
