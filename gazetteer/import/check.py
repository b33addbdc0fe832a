#!/usr/bin/python3
"""check.py - validate entgraph gazetteer TSV files (format: DESIGN.md "Gazetteer files").

Usage: gazetteer/import/check.py [-q] [PATH...]     (default PATH: the gazetteer/ folder of this checkout)

A PATH is a .tsv file or a folder of *.tsv (relations.tsv, the relation lexicon, is skipped).
Errors (exit status 1): invalid UTF-8, missing header or required column (id, type, name), a row with a
different number of fields than the header, a bad id, type, case or country value, an id used twice
(in any two files), an empty alias, an alias that is a common English word outside type `issue`.
Warnings (printed, exit 0): an alias shared by two entities after normalisation, a short form (~) on an
entity that has no full alias, markers on the name. Stdlib only; run with /usr/bin/python3.
"""
import os
import re
import sys
import unicodedata

ID_RE = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")
TYPE_RE = re.compile(r"^[a-z][a-z_-]*$")
ISO3_RE = re.compile(r"^[A-Z]{3}$")
AUTO_EXACT_RE = re.compile(r"^[A-Z0-9.]{2,5}$")  # DESIGN.md: short all-caps aliases are exact
CASES = {"", "auto", "exact", "any"}
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
# Words that must never be an alias of a non-issue entity: they occur in ordinary text.
COMMON = set("""a an the us we it is in on at of to by or and as be may will can new one two
space cyber north south east west state states union party people army navy force forces
command unit group office house council defense defence security treaty war world china's
government president minister leader media news time march june august may april""".split())


def norm(s):
    """Approximate the matcher's key: NFKC, casefold, dashes and hyphens as space, quotes straight."""
    s = unicodedata.normalize("NFKC", s)
    for d in DASHES:
        s = s.replace(d, "-")
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("-", " ")
    s = " ".join(s.split())
    return s.casefold()


def split_alias(a):
    """Strip the markers: returns (surface, exact, short)."""
    exact = short = False
    while a[:1] in ("=", "~"):
        if a[0] == "=":
            exact = True
        else:
            short = True
        a = a[1:]
    return a, exact, short


def tsv_files(paths):
    out = []
    for p in paths:
        if os.path.isdir(p):
            for n in sorted(os.listdir(p)):
                if n.endswith(".tsv") and n != "relations.tsv":
                    out.append(os.path.join(p, n))
        else:
            out.append(p)
    return out


def check(paths, quiet=False):
    errors, warnings = [], []
    ids = {}          # id -> "file:line"
    aliases = {}      # normalised alias -> list of (id, file:line)
    with_parties = set()  # ids with a "parties" value: treaties whose shared names their parties tell apart
    n_ent = n_alias = 0
    for path in tsv_files(paths):
        try:
            raw = open(path, "rb").read()
        except OSError as e:
            errors.append(f"{path}: {e.strerror}")
            continue
        lines = raw.split(b"\n")
        header = None
        for lineno, bline in enumerate(lines, 1):
            where = f"{path}:{lineno}"
            try:
                line = bline.decode("utf-8")
            except UnicodeDecodeError as e:
                errors.append(f"{where}: invalid UTF-8 at byte {e.start}")
                continue
            if line.endswith("\r"):
                line = line[:-1]
            if lineno == 1 and line.startswith("\ufeff"):
                line = line[1:]
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if header is None:
                header = fields
                for req in ("id", "type", "name"):
                    if req not in header:
                        errors.append(f"{where}: header lacks column '{req}'")
                if len(set(header)) != len(header):
                    errors.append(f"{where}: duplicate column name in header")
                if any(req not in header for req in ("id", "type", "name")):
                    break
                continue
            if len(fields) != len(header):
                errors.append(f"{where}: {len(fields)} fields, header has {len(header)}")
                continue
            row = dict(zip(header, fields))
            eid, etype, name = row["id"], row["type"], row["name"]
            n_ent += 1
            if row.get("parties", ""):
                with_parties.add(eid)
            if not ID_RE.match(eid):
                errors.append(f"{where}: bad id '{eid}'")
            if eid in ids:
                errors.append(f"{where}: duplicate id '{eid}' (first at {ids[eid]})")
            else:
                ids[eid] = where
            if not TYPE_RE.match(etype):
                errors.append(f"{where}: bad type '{etype}'")
            if not name.strip() or name != name.strip():
                errors.append(f"{where}: empty name or name with outer spaces")
            if name[:1] in ("=", "~"):
                warnings.append(f"{where}: name '{name}' starts with a marker")
            case = row.get("case", "")
            if case not in CASES:
                errors.append(f"{where}: bad case '{case}'")
            country = row.get("country", "")
            if country and not ISO3_RE.match(country):
                errors.append(f"{where}: bad country '{country}' (ISO 3166-1 alpha-3)")
            bloc = row.get("bloc", "")
            if bloc and not ID_RE.match(bloc):
                errors.append(f"{where}: bad bloc '{bloc}'")
            al = [name] + (row["aliases"].split("|") if row.get("aliases", "") != "" else [])
            seen, has_full, has_short = set(), False, False
            for a in al:
                surf, exact, short = split_alias(a)
                if not surf.strip() or surf != surf.strip():
                    errors.append(f"{where}: empty alias or alias with outer spaces in '{row.get('aliases', '')}'")
                    continue
                has_short |= short
                has_full |= not short
                key = norm(surf)
                auto_exact = case in ("", "auto") and AUTO_EXACT_RE.match(surf)
                exact = exact or case == "exact" or bool(auto_exact)
                if etype != "issue" and not exact and key in COMMON:
                    errors.append(f"{where}: alias '{surf}' is a common word (allowed only for type issue)")
                if (key, short) in seen:
                    continue
                seen.add((key, short))
                n_alias += 1
                if not short:
                    aliases.setdefault(key, []).append((eid, where, surf))
            if has_short and not has_full:
                warnings.append(f"{where}: '{eid}' has short forms but no full alias")
    for key, owners in sorted(aliases.items()):
        ents = sorted({o[0] for o in owners})
        if len(ents) > 1 and not all(e in with_parties for e in ents):  # treaties told apart by their parties
            places = ", ".join(f"{o[0]} ({o[1]}: '{o[2]}')" for o in owners)
            warnings.append(f"alias '{key}' shared by {places}")
    for w in warnings:
        if not quiet:
            print(f"warning: {w}", file=sys.stderr)
    for e in errors:
        print(f"error: {e}", file=sys.stderr)
    if not quiet:
        print(f"check.py: {len(ids)} entities, {n_alias} aliases, {len(errors)} errors, "
              f"{len(warnings)} warnings", file=sys.stderr)
    return 1 if errors else 0


def main(argv):
    quiet = False
    if argv and argv[0] == "-q":
        quiet, argv = True, argv[1:]
    if not argv:
        argv = [os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")]
    return check(argv, quiet)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
