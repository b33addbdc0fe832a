#!/usr/bin/python3
"""cameo_countries.py - CAMEO/Phoenix country actor dictionary -> gazetteer/countries_cameo.tsv (type country).

Usage:
  gazetteer/import/cameo_countries.py [--input FILE] [--output FILE] [--curated DIR]
Defaults: --input ../shared/data/cameo/Phoenix.Countries.actors.txt (relative to the repository root),
          --output gazetteer/countries_cameo.tsv, --curated gazetteer.

The input is a TABARI .actors file (latin-1): an entry is a line "NAME_ [CODE]" (or "NAME_" followed by
tab-indented "[CODE dates]" lines), then "+ALTERNATE_NAME_" lines; "_" stands for a space and "#" starts
a comment. Country entries carry a 3-letter code (ISO 3166-1 alpha-3 in almost every case; dated codes
trace transitions such as "[USRARM <900823] [ARM >911221]", the open-ended or last one wins) or a 6-letter
parent+territory code ("[USAASM]" = American Samoa). Person, party and institution entries (codes with a
role such as AFGGOV, AFGMIL) are ignored. Entries with the same code are merged ("CROATIA_" twice;
"LEIPZIG_" joins Germany).

What it writes:
  - one row per country or territory, id = lower-case ISO3 (prefixed "country-" if a curated id has it),
    name = a readable English name, aliases = the entry's alternates with "_" -> " " and capitalisation
    fixed (title case; "of", "and", "the"... lower case; acronyms such as UAE and D.P.R.K. upper case),
    country = ISO3 (a few CAMEO codes are mapped to ISO: TMP->TLS, KSV->XKX, IMY->IMN, MAYOTTE->MYT...);
  - sub-national regions that CAMEO codes as territories (Gaza, Republika Srpska, Transnistria, Iraqi
    Kurdistan) become type location with the parent's ISO3;
  - skipped: every ISO3 that a curated entity of type country owns (states.tsv: USA, KOR, PRK, RUS, CHN,
    JPN, GBR, AUS, UKR, SUN), the fictional test country Kinakuta, and any alias (or whole entry, when
    its name is taken) that a curated entity already owns (curated "Hanoi" is a location, so Vietnam
    does not get it);
  - bloc: partner for NATO members and US treaty allies in Asia (NZL, PHL, THA), as in states.tsv;
    empty otherwise. Former states (Czechoslovakia, East Germany, Serbia and Montenegro) are kept with
    "former state" in the note.
Stdlib only; deterministic (sorted by id). Licence: MIT (../shared/data/cameo/petrarch2-LICENSE.txt).
"""
import argparse
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import clean_field, curated_index, norm_key, write_tsv  # noqa: E402

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
DEFAULT_INPUT = os.path.join(ROOT, "..", "shared", "data", "cameo", "Phoenix.Countries.actors.txt")
DEFAULT_OUTPUT = os.path.join(ROOT, "gazetteer", "countries_cameo.tsv")
DEFAULT_CURATED = os.path.join(ROOT, "gazetteer")
# Generated files that are NOT read as owners: countries win over ATT&CK groups, so this importer runs
# first and ignores groups_attack.tsv (attack_groups.py reads countries_cameo.tsv as an owner).
GENERATED = {"groups_attack.tsv", "countries_cameo.tsv"}

# CAMEO role codes (second part of a 6+ letter code); anything else after a country code is a territory.
ROLES = set("GOV ELI SPY MIL REB UNR OPP EUR OCC COP UNO LEG EDU INS BUS LAB HLH ENV AGR DEV JUD MED HRI "
            "CVL REF SEP PTY CRM REL IGO NGO MNC AUT".split())
CODE_FIX = {"TMP": "TLS", "KSV": "XKX", "IMY": "IMN", "ROM": "ROU", "ZAR": "COD"}
NAME_ISO = {"MAYOTTE": "MYT", "SAINT BARTHELEMY": "BLM"}   # CAMEO codes these as FRA
SKIP_CODES = {"KNT"}                                        # Kinakuta: CAMEO's fictional test country
# Regions CAMEO codes like territories or folds into a state: written as type location.
REGIONS = {"GAZA": "PSE", "REPUBLICA SRPSKA": "BIH", "TRANSNISTRIA": "MDA", "IRAQI KURDISTAN": "IRQ"}
FORMER = {"CSK", "DDR", "SCG", "ANT", "SUN", "YUG"}
# Readable names (and modern names added as aliases) where CAMEO's entry name is dated or misspelt.
NAMES = {
    "ARE": ("United Arab Emirates", ["~Emirates"]),  # a short form: "thanked the Emirates" (not the airline unnamed)
    "TZA": ("Tanzania", []), "ZAF": ("South Africa", []), "MDG": ("Madagascar", ["Madagascar"]),
    "SWZ": ("Eswatini", ["Eswatini", "Kingdom of Eswatini"]), "FRO": ("Faroe Islands", ["Faroe Islands"]),
    "BRN": ("Brunei", []), "CZE": ("Czech Republic", ["Czechia"]),
    "MKD": ("North Macedonia", ["North Macedonia", "Republic of North Macedonia"]),
    "TUR": ("Turkey", ["Türkiye", "Turkiye"]), "CIV": ("Côte d'Ivoire", ["Côte d'Ivoire"]),
    "COD": ("Democratic Republic of the Congo", []), "COG": ("Republic of the Congo", []),
    "CPV": ("Cabo Verde", ["Cabo Verde"]), "TLS": ("Timor-Leste", []), "XKX": ("Kosovo", []),
    "WLF": ("Wallis and Futuna", ["Wallis and Futuna"]), "DDR": ("East Germany", ["East Germany"]),
    "CSK": ("Czechoslovakia", []), "SCG": ("Serbia and Montenegro", []), "IMN": ("Isle of Man", []),
    "ANT": ("Netherlands Antilles", []), "VNM": ("Vietnam", ["Viet Nam"]), "LAO": ("Laos", []),
    "FSM": ("Micronesia", []), "PSE": ("Palestine", ["State of Palestine"]), "BHS": ("Bahamas", []),
    "GMB": ("Gambia", []), "VIR": ("US Virgin Islands", []), "PCN": ("Pitcairn Islands", []),
    "VCT": ("Saint Vincent and the Grenadines", ["St Vincent and the Grenadines", "St. Vincent and the Grenadines"]),
}
# Demonyms CAMEO gives a territory that name a state in running text: kept only for that state
# ("Samoan" is Samoa's; CAMEO lists it under American Samoa), and added to it; with the demonyms
# CAMEO lacks ("the Swedish ambassador", "Kazakh President Tokayev").
# Bare "Congo" is the Democratic Republic of the Congo in wire copy ("Congo's M23 rebels", "eastern Congo");
# the other is "Republic of Congo", "Congo-Brazzaville".
DEMONYM_OF = {"samoan": "WSM", "swedish": "SWE", "slovenian": "SVN", "maldivian": "MDV", "azeri": "AZE",
              "kazakh": "KAZ", "kazakhstani": "KAZ", "icelandic": "ISL", "nepali": "NPL", "congo": "COD"}
# Demonyms name a country's people in the plural too ("deported thousands of Afghans", "Haitians fled"), as
# "Americans" and "Russians" do in states.tsv: demonym_plural adds "Afghans" for "Afghan". These look like
# demonyms to it but are CAMEO's misspellings of the country or a word of its name: no plural.
NOT_DEMONYM = set("turkei portugali paraguai uruguai zimbabwei vatican".split())
# Aliases CAMEO lists that are ordinary English words or names in running text ("North Pole", "Male"
# for Maldives' capital, "New Orleans", "Nasser"; "Grenadines", listed for Grenada, is the other state's
# name, Saint Vincent and the Grenadines): dropped (compared in lower case).
DROP = set("pole moron male hippo tyre cork bale orleans nasser doris chablis santiago grenadines".split())
# Capitals a curated entity owns that still speak for their country where it was named since: kept as short
# forms ("Brussels" is the EU's, organizations.tsv; "Belgium ... cut ties with Brussels" is Belgium's).
SHORT_WHEN_OWNED = {"brussels", "tallinn", "hanoi"}
# States that CAMEO lacks, added from ISO 3166-1 so every country exists: (iso3, name, aliases).
EXTRA = [("VAT", "Vatican City", ["Holy See", "Vatican", "Vatican City State"]),
         ("MAC", "Macau", ["Macao", "Macau SAR", "Macao SAR"])]
PARTNERS = set("ALB BEL BGR CAN HRV CZE DNK EST FIN FRA DEU GRC HUN ISL ITA LVA LTU LUX MNE NLD MKD NOR "
               "POL PRT ROU SVK SVN ESP SWE TUR NZL PHL THA".split())
SMALL = set("of and the de da del la le les des du di do dos das e et y i on upon van von der den au aux "
            "en in".split())
ACRONYMS = set("UAE DRC DR USA US UK USSR PRC ROC DPRK ROK RSA KSA FYROM BIH CAR PNG NZ UN SAR FRY SFRY "
               "TRNC DDR GDR FRG BRD RP RI PNG SVG".split())


def demonym_plural(alias, name):
    """The plural of alias if it is a demonym of the country called name ("Haitian" of Haiti, "Kenyan",
    "Qatari", "Afghan" of Afghanistan), else None. Spelling variants of the name are none ("Azerbaidzhan")."""
    a, n = alias.lower(), name.lower()
    if not alias.isalpha() or a == n or a in NOT_DEMONYM or not any(w.startswith(a[:4]) for w in n.split()):
        return None  # (a city is none: "Milan", "Durban"; a demonym starts as a word of the name does)
    if (a.endswith(("ian", "ean")) or (a.endswith("an") and not n.endswith("an")) or
            (a.endswith("i") and n.startswith(a[:-1])) or (n.startswith(a) and n[len(a):] == "istan")):
        return alias + "s"
    return None


def fix_case(alias):
    parts = re.split(r"(\s+|-|/|\(|\)|,)", alias)
    out, first = [], True
    for p in parts:
        if not p or not re.search(r"[A-Za-zÀ-ÿ]", p):
            out.append(p)
            continue
        up = p.upper()
        if up in ACRONYMS or re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?\.?", up):
            w = up
        elif not re.search(r"[AEIOUY]", up) and len(up) <= 4:
            w = up
        elif not first and p.lower() in SMALL:
            w = p.lower()
        elif "'" in p:
            pre, rest = p.split("'", 1)
            if pre.lower() in ("d", "l") and not first:
                w = pre.lower() + "'" + rest[:1].upper() + rest[1:].lower()
            else:
                w = p[:1].upper() + p[1:].lower()
        else:
            w = p[:1].upper() + p[1:].lower()
        out.append(w)
        first = False
    return "".join(out)


def clean_alias(raw):
    a = raw.split("#")[0].replace("_", " ")
    a = " ".join(a.split()).strip(" ,")
    return a


def parse(path):
    with open(path, encoding="latin-1") as f:
        lines = f.read().split("\n")
    ents, cur = [], None
    for ln in lines:
        s = ln.split("#")[0].rstrip()
        if not s.strip():
            continue
        if s.startswith("+"):
            if cur is not None:
                cur["alts"].append(s[1:])
            continue
        if s[0] in " \t":
            m = re.search(r"\[([A-Z]+)\s*([^\]]*)\]", s)
            if m and cur is not None:
                cur["codes"].append((m.group(1), m.group(2).strip()))
            continue
        m = re.match(r"^(\S.*?)\s*(?:\[([A-Z]+)\s*([^\]]*)\])?\s*$", s)
        cur = {"name": m.group(1), "alts": [], "codes": []}
        if m.group(2):
            cur["codes"].append((m.group(2), (m.group(3) or "").strip()))
        ents.append(cur)
    return ents


def classify(e):
    """Returns (kind, iso3, parent) with kind 'country' or 'location', or None for non-country entries."""
    geo = [(c, d) for c, d in e["codes"] if len(c) == 3 or (len(c) == 6 and c[3:] not in ROLES)]
    if not geo:
        return None
    current = [c for c, d in geo if not d or d.startswith(">")]
    code = current[-1] if current else geo[-1][0]
    name = clean_alias(e["name"]).upper()
    if name in REGIONS:
        return ("location", REGIONS[name], REGIONS[name])
    if name in NAME_ISO:
        return ("country", NAME_ISO[name], "FRA")
    if code in SKIP_CODES:
        return None
    if len(code) == 6:
        parent, iso = code[:3], CODE_FIX.get(code[3:], code[3:])
        return ("country", iso, CODE_FIX.get(parent, parent))
    return ("country", CODE_FIX.get(code, code), "")


def build(ents, cur_ids, cur_owner, cur_countries):
    groups, order = {}, []
    for iso, name, alts in EXTRA:
        groups[("country", iso)] = {"kind": "country", "iso": iso, "parent": "", "entries": [
            {"name": name, "alts": alts, "codes": [(iso, "")]}]}
        order.append(("country", iso))
    for e in ents:
        c = classify(e)
        if c is None:
            continue
        kind, iso, parent = c
        key = (kind, iso if kind == "country" else clean_alias(e["name"]).upper())
        if key not in groups:
            groups[key] = {"kind": kind, "iso": iso, "parent": parent, "entries": []}
            order.append(key)
        groups[key]["entries"].append(e)
    rows, skipped = [], []
    used = set(cur_ids)
    seen_alias = {}
    for key in order:
        g = groups[key]
        iso, kind = g["iso"], g["kind"]
        if kind == "country" and iso in cur_countries:
            skipped.append(iso)
            continue
        plain = [e for e in g["entries"]
                 if any(len(c) in (3, 6) and not d for c, d in e["codes"]) and e["alts"]]
        main = plain[0] if plain else g["entries"][0]
        names = []
        for e in g["entries"]:
            names += [e["name"]] + e["alts"]
        aliases = []
        for raw in names:
            a = clean_alias(raw)
            if (len(a) < 3 and not a.isupper()) or not a[:1].isalpha() or a.lower() in DROP:
                continue
            if DEMONYM_OF.get(a.lower(), iso) != iso:
                continue
            a = fix_case(a)
            if a and a not in aliases:
                aliases.append(a)
        display, extra = NAMES.get(iso, (None, [])) if kind == "country" else (None, [])
        display = display or fix_case(clean_alias(main["name"]))
        extra = extra + [fix_case(d) for d, owner in sorted(DEMONYM_OF.items()) if owner == iso and kind == "country"]
        for a in extra:
            if a not in aliases:
                aliases.append(a)
        if kind == "country":
            plurals = [demonym_plural(a, display) for a in aliases]
            aliases += [p for p in plurals if p and p not in aliases]
        if norm_key(display) in cur_owner:
            skipped.append(f"{iso} ({display}: name owned by {cur_owner[norm_key(display)]})")
            continue
        kept, dropped = [], []
        for a in aliases:
            k = norm_key(a)
            if k in cur_owner and k in SHORT_WHEN_OWNED:
                kept.append("~" + a)  # the country's when it was named since the owner was
                dropped.append(f'"{a}" ({cur_owner[k]}; kept as a short form)')
                continue
            if k in cur_owner:
                dropped.append(f'"{a}" ({cur_owner[k]})')
                continue
            if k in seen_alias and seen_alias[k] != key:
                dropped.append(f'"{a}" (also {seen_alias[k][1].lower()})')
                continue
            seen_alias[k] = key
            if a != display and a not in kept:
                kept.append(a)
        if kind == "country":
            eid = iso.lower()
            if eid in used:
                eid = "country-" + eid
        else:
            eid = iso.lower() + "-" + re.sub(r"[^a-z0-9]+", "-", display.lower()).strip("-")
        used.add(eid)
        if kind == "country":
            note = "Country or territory"
            if iso in {x[0] for x in EXTRA}:
                note = "Country or territory added from ISO 3166-1 (absent from CAMEO)"
            if g["parent"] and g["parent"] != iso:
                note = f"Territory associated with {g['parent']}"
            if iso in FORMER:
                note = "Former state"
        else:
            note = f"Region of {iso}"
        if iso not in {x[0] for x in EXTRA}:
            note += " (CAMEO/Phoenix country dictionary; its capital and major cities are aliases)"
        if dropped:
            note += "; aliases left to other entities: " + ", ".join(dropped)
        rows.append({"id": eid, "type": kind, "name": display, "aliases": "|".join(kept),
                     "bloc": "partner" if kind == "country" and iso in PARTNERS else "",
                     "country": iso, "case": "", "note": clean_field(note), "cameo_code": key[1] if kind == "country" else ""})
    rows.sort(key=lambda r: r["id"])
    return rows, skipped


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--input", default=DEFAULT_INPUT)
    ap.add_argument("--output", default=DEFAULT_OUTPUT)
    ap.add_argument("--curated", default=DEFAULT_CURATED,
                    help="folder of curated *.tsv whose countries, ids and aliases win ('' for none)")
    args = ap.parse_args(argv)
    ents = parse(args.input)
    cur_ids, cur_owner, cur_countries = curated_index(args.curated, GENERATED | {os.path.basename(args.output)})
    rows, skipped = build(ents, cur_ids, cur_owner, cur_countries)
    src = os.path.relpath(os.path.abspath(args.input), ROOT)
    header = f"""countries_cameo.tsv - GENERATED by gazetteer/import/cameo_countries.py; do not edit by hand.
Source: {src} (PETRARCH2 / Phoenix country actor dictionary, MIT licence; ../shared/data/cameo/SOURCE.txt).
Regenerate: /usr/bin/python3 gazetteer/import/cameo_countries.py   (run from the repository root)
{len(rows)} rows. Countries owned by curated files are skipped: {", ".join(sorted(set(skipped))) or "none"}.
Aliases are CAMEO's alternates (spelling variants, demonyms, capitals and main cities), recased. Format: DESIGN.md."""
    write_tsv(args.output, header, rows, extra_columns=("cameo_code",))
    print(f"cameo_countries.py: {len(rows)} rows -> {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
