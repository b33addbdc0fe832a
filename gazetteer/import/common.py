"""common.py - helpers shared by the gazetteer importers (stdlib only).

curated_index(dir, skip) reads the hand-made gazetteer files so an importer can avoid ids and aliases
that a curated entity already owns. norm_key() approximates the matcher's normalisation (DESIGN.md):
NFKC, case fold, dash variants and hyphens as spaces, curly quotes straight, whitespace collapsed.
"""
import os
import re
import unicodedata

DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
COLUMNS = ["id", "type", "name", "aliases", "bloc", "country", "case", "note"]


def norm_key(s):
    s = unicodedata.normalize("NFKC", s)
    for d in DASHES:
        s = s.replace(d, "-")
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    s = s.replace("-", " ")
    return " ".join(s.split()).casefold()


def strip_markers(a):
    while a[:1] in ("=", "~"):
        a = a[1:]
    return a


def read_tsv(path):
    """Yields dict rows of a gazetteer TSV (comments and blank lines skipped)."""
    header = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if header is None:
                header = fields
                continue
            yield dict(zip(header, fields))


def curated_index(gaz_dir, skip):
    """Returns (ids, alias_owner, country_codes) of every *.tsv in gaz_dir except the names in skip.
    alias_owner maps norm_key(alias) -> id; country_codes is the set of ISO3 codes owned by curated
    entities of type country."""
    ids, owner, countries = set(), {}, set()
    if not gaz_dir or not os.path.isdir(gaz_dir):
        return ids, owner, countries
    for name in sorted(os.listdir(gaz_dir)):
        if not name.endswith(".tsv") or name in skip or name == "relations.tsv":
            continue
        for row in read_tsv(os.path.join(gaz_dir, name)):
            eid = row.get("id", "")
            ids.add(eid)
            if row.get("type") == "country" and row.get("country"):
                countries.add(row["country"])
            als = [row.get("name", "")] + [a for a in row.get("aliases", "").split("|") if a]
            for a in als:
                if a.startswith("~") or a[1:2] == "~":
                    continue  # short forms do not claim a surface
                owner.setdefault(norm_key(strip_markers(a)), eid)
    return ids, owner, countries


def slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii").lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s or "x"


def clean_field(s):
    """A TSV field may hold neither tab nor newline; '|' separates aliases, so it is dropped too."""
    return " ".join(s.replace("|", "/").split())


def write_tsv(path, header_comment, rows, extra_columns=()):
    cols = COLUMNS + list(extra_columns)
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        for line in header_comment.strip("\n").split("\n"):
            f.write("# " + line + "\n" if line else "#\n")
        f.write("\t".join(cols) + "\n")
        for r in rows:
            f.write("\t".join(r.get(c, "") for c in cols) + "\n")
    os.replace(tmp, path)
