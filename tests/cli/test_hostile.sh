#!/usr/bin/env bash
# Hostile names through every output: gazetteer names, notes and blocs with
# quotes, <, >, &, backslashes, control characters, <script>, event-handler
# attributes and a very long name, plus an article and a file name full of
# the same. Checks that DOT, SVG, GraphML and the TSV tables escape them: the
# SVG holds no script element and no on* attribute, XML parses and validates,
# TSV rows keep their column count and unescape to the original text.
. tests/lib.sh

G=$TMP/hostile.tsv
DOC=$(python3 - "$TMP" "$G" <<'PY'
import os, sys
tmp, gaz = sys.argv[1], sys.argv[2]
long = "Very Long Name " + "Abcdefghij" * 500
rows = [
    ["id", "type", "name", "aliases", "bloc", "country", "note", 'x"<y>&z'],
    ["xss", "organization", '<script>alert("x")</script>', "Evil Corp",
     '"><script>alert(2)</script>', "USA", "]]><!-- <img src=x onerror=alert(3)>", "<svg onload=alert(4)>"],
    ["amp", "person", "Tom & Jerry's \"Bar\" <b>bold</b>", "Tom Jerry", "us-rok", "KOR", "note & <i>", "v"],
    ["bsl", "person", "C:\\path\\n\\t\\\\ back\\slash", "Backslash Man", "", "", "\\", "\\"],
    ["ctl", "person", "Ctl\x01\x1b[31mRed\x7f\x0bX", "Control Man", "", "", "\x02", "\x03"],
    ["onattr", "person", '" onmouseover="alert(5)" x="', "Mouse Man", "", "", "javascript:alert(6)", ""],
    ["longname", "person", long, "Long Man", "", "", "", ""],
    ["uni", "person", "Z\u0308\u200b\u202eevil\u202c \U0001F600", "Unicode Man", "", "", "", ""],
]
with open(gaz, "w", encoding="utf-8") as f:
    for r in rows:
        f.write("\t".join(r) + "\n")
d = os.path.join(tmp, "docs")
os.makedirs(d)
name = os.path.join(d, 'a<script>&"q\'\tb\\c\nd.txt')
with open(name, "w", encoding="utf-8") as f:
    f.write("Evil Corp met Tom Jerry and Backslash Man. Control Man met Mouse Man, Long Man and "
            "Unicode Man. <script>alert(7)</script> & \"quotes\" \\ \x1b[0m \x01 Evil Corp and "
            "Tom Jerry <img onerror=alert(8)> again.\n")
print(d)
PY
)
eg -q -g "$G" -o "$TMP/o" "$DOC"; check_status "hostile run exits 0" 0 $?
O=$TMP/o
for f in graph.dot graph.svg graph.graphml mentions.tsv nodes.tsv edges.tsv; do
    check "hostile run writes $f" test -s "$O/$f"
done

# Python checks print "ok - ..." / "not ok - ..." lines themselves.
python3 - "$O" "$G" <<'PY'
import csv, os, re, sys
import xml.etree.ElementTree as ET
out, gaz = sys.argv[1], sys.argv[2]
names = {}
with open(gaz, encoding="utf-8") as f:
    rows = [l.rstrip("\n").split("\t") for l in f]
for r in rows[1:]:
    names[r[0]] = r[2]

def check(name, cond, why=""):
    print(("ok - " if cond else "not ok - ") + name)
    if not cond and why:
        print("# " + str(why)[:300])

def local(tag):
    return tag.rsplit("}", 1)[-1]

controls = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

# --- SVG: well-formed, nothing that runs script ---
raw = open(os.path.join(out, "graph.svg"), encoding="utf-8").read()
check("SVG has no raw C0 control characters", not controls.search(raw))
try:
    svg = ET.fromstring(raw.encode("utf-8"))
    check("SVG parses as XML", True)
except ET.ParseError as e:
    svg = None
    check("SVG parses as XML", False, e)
if svg is not None:
    els = list(svg.iter())
    check("SVG has no script element", not [e for e in els if local(e.tag).lower() == "script"])
    check("SVG has no foreignObject/iframe/embed element",
          not [e for e in els if local(e.tag).lower() in ("foreignobject", "iframe", "embed", "object")])
    bad = [(local(e.tag), a) for e in els for a in e.attrib if local(a).lower().startswith("on")]
    check("SVG has no on* event attribute", not bad, bad)
    hrefs = [v for e in els for a, v in e.attrib.items() if local(a) == "href"]
    check("SVG has no javascript: link", not [h for h in hrefs if h.strip().lower().startswith("javascript")], hrefs)
    texts = ["".join(e.itertext()) for e in els if local(e.tag) == "text"]
    for key in ("xss", "amp", "onattr", "bsl"):
        check("SVG node label shows the %s name as text" % key, names[key] in texts, names[key])
    titles = [v for e in els for a, v in e.attrib.items() if local(a) == "title"]
    check("SVG tooltips carry the hostile evidence as text",
          any("<script>alert(7)</script>" in t for t in titles))

# --- GraphML: well-formed, labels round-trip (control characters replaced) ---
gm = open(os.path.join(out, "graph.graphml"), encoding="utf-8").read()
check("GraphML has no raw C0 control characters", not controls.search(gm))
try:
    root = ET.fromstring(gm.encode("utf-8"))
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    # The key id is the writer's choice; readers find it by attr.name.
    label_key = [k.get("id") for k in root.iter(ns + "key") if k.get("for") == "node" and k.get("attr.name") == "label"]
    check("GraphML declares one node label key", len(label_key) == 1, label_key)
    labels = {}
    for n in root.iter(ns + "node"):
        for d in n.findall(ns + "data"):
            if label_key and d.get("key") == label_key[0]:
                labels[n.get("id")] = d.text or ""
    for key in ("xss", "amp", "onattr", "bsl", "longname", "uni"):
        check("GraphML label of %s round-trips" % key, labels.get(key) == names[key], labels.get(key))
    check("GraphML label of ctl keeps its printable text",
          re.sub(r"[^A-Za-z\[\]0-9]", "", labels.get("ctl", "")) == "Ctl[31mRedX", labels.get("ctl"))
    check("GraphML has an edge for every co-occurring pair", len(list(root.iter(ns + "edge"))) >= 15)
except ET.ParseError as e:
    check("GraphML parses as XML", False, e)

# --- TSV: column counts hold, fields unescape to the original ---
def unescape(s):
    return re.sub(r"\\(.)", lambda m: {"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}.get(m.group(1), "\\" + m.group(1)), s)

for f in ("nodes.tsv", "edges.tsv", "mentions.tsv"):
    data = open(os.path.join(out, f), "rb").read().decode("utf-8")
    lines = data.split("\n")
    check(f + " ends with a newline", lines[-1] == "")
    lines = lines[:-1]
    width = len(lines[0].split("\t"))
    check(f + " rows keep the header's column count", all(len(l.split("\t")) == width for l in lines),
          [l[:80] for l in lines if len(l.split("\t")) != width][:3])
    check(f + " has no raw CR", "\r" not in data)
    check(f + " has no stray backslash escape", not re.search(r"\\[^\\tnr]", re.sub(r"\\\\", "", data)))
nodes = [l.split("\t") for l in open(os.path.join(out, "nodes.tsv"), encoding="utf-8").read().split("\n")[1:-1]]
got = {r[0]: unescape(r[1]) for r in nodes}
for key, name in names.items():
    check("nodes.tsv label of %s unescapes to the name" % key, got.get(key) == name, repr(got.get(key))[:100])
docs = {unescape(l.split("\t")[0]) for l in open(os.path.join(out, "mentions.tsv"), encoding="utf-8").read().split("\n")[1:-1]}
check("mentions.tsv doc unescapes to the file name with tab and newline", any("\tb\\c\nd.txt" in d for d in docs), docs)
PY

# --- DOT: Graphviz reads it back, labels are quoted strings, not HTML ---
# The legend is the one HTML-like label; no name or evidence may reach one.
check "DOT HTML-like labels hold no names" bash -c "! grep -E '(label|tooltip)=<' '$O/graph.dot' | grep -qE 'script|onerror|onload|onmouse|Jerry|Evil|path'"
check "DOT node labels are quoted strings" bash -c "grep -A3 '^[[:space:]]*amp[[:space:]]*\\[' '$O/graph.dot' | grep -q 'label=\"Tom'"
check "DOT has no raw C0 control characters" bash -c "! LC_ALL=C grep -qP '[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f]' '$O/graph.dot'"
dot -Tsvg "$O/graph.dot" -o "$TMP/redo.svg" 2>"$TMP/dot.err"; check_status "dot reads graph.dot back" 0 $?
check "SVG from graph.dot has no script element" bash -c "! grep -qiE '<([a-z]+:)?script' '$TMP/redo.svg'"
gvpr 'N[name=="amp"]{print(label)}' "$O/graph.dot" >"$TMP/label" 2>/dev/null
check "DOT label of amp reads back as the name" test "$(cat "$TMP/label")" = "Tom & Jerry's \"Bar\" <b>bold</b>"
gvpr 'N[name=="onattr"]{print(label)}' "$O/graph.dot" >"$TMP/label" 2>/dev/null
check "DOT label of onattr reads back as the name" test "$(cat "$TMP/label")" = '" onmouseover="alert(5)" x="'

# --- nothing outside DOT and the TSV tables holds the raw markup ---
for f in "$O"/*; do
    case $f in *.tsv | *.dot) continue ;; esac
    check "$(basename "$f") holds no raw <script> or onerror markup" \
        bash -c "! grep -qE '<script>alert|<img onerror|<svg onload' '$f'"
done

# --- a long gazetteer name and a hostile id in lint ---
eg lint -g "$G"; st=$?
check "lint on the hostile gazetteer does not crash" test "$st" -lt 2
