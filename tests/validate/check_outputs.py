#!/usr/bin/python3
"""check_outputs.py - reads an entgraph output folder back with real clients
(networkx, igraph, the XML parser) and prints one TAP line per check.

Usage: /usr/bin/python3 check_outputs.py OUTDIR [EXPECTED_LABELS_FILE]
EXPECTED_LABELS_FILE: one node label per line that must round-trip exactly
through GraphML (networkx), nodes.tsv and the SVG text."""
import sys
import xml.etree.ElementTree as ET

import igraph
import networkx as nx

SVG_NS = "{http://www.w3.org/2000/svg}"
XLINK_TITLE = "{http://www.w3.org/1999/xlink}title"
# Keys every node carries a value for (bloc and country are declared but may be empty,
# and networkx drops empty strings).
NODE_KEYS = {"label", "type", "mentions", "documents", "aliases", "r", "g", "b", "size"}
EDGE_KEYS = {"weight", "kind", "relation", "polarity", "quadclass", "goldstein", "evidence_count",
             "evidence", "documents", "directed", "negated", "hypothetical", "score"}

failures = 0


def check(name, cond, detail=""):
    global failures
    if cond:
        print(f"ok - {name}")
    else:
        failures += 1
        print(f"not ok - {name}")
        if detail:
            print(f"# {detail}"[:500])


def unescape_tsv(field):
    out, i = [], 0
    while i < len(field):
        c = field[i]
        if c == "\\" and i + 1 < len(field):
            out.append({"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}.get(field[i + 1], field[i + 1]))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def read_tsv(path):
    with open(path, encoding="utf-8", newline="\n") as f:
        lines = f.read().split("\n")
    assert lines[-1] == "", "file must end with a newline"
    header = lines[0].split("\t")
    rows = [dict(zip(header, map(unescape_tsv, l.split("\t")))) for l in lines[1:-1]]
    bad = [l for l in lines[1:-1] if len(l.split("\t")) != len(header)]
    return header, rows, bad


def main():
    out = sys.argv[1]
    expected = []
    if len(sys.argv) > 2:
        with open(sys.argv[2], encoding="utf-8") as f:
            expected = [l.rstrip("\n") for l in f if l.strip()]

    g = nx.read_graphml(f"{out}/graph.graphml")
    check("graphml is undirected", not g.is_directed())
    missing = [(n, NODE_KEYS - set(d)) for n, d in g.nodes(data=True) if not NODE_KEYS <= set(d)]
    check("every node has the node keys", not missing, str(missing[:3]))
    missing = [(u, v, EDGE_KEYS - set(d)) for u, v, d in g.edges(data=True) if not EDGE_KEYS <= set(d)]
    check("every edge has the edge keys", not missing, str(missing[:3]))
    kinds = {d.get("kind") for _, _, d in g.edges(data=True)}
    check("edge kinds are cooccurrence|stated", kinds <= {"cooccurrence", "stated"}, str(kinds))
    bad = [(u, v, d) for u, v, d in g.edges(data=True)
           if d.get("directed") is True and d.get("actor") not in (u, v)]
    check("directed edges name an endpoint as actor", not bad, str(bad[:2]))
    bad = [(u, v) for u, v, d in g.edges(data=True)
           if d.get("kind") == "cooccurrence" and (d.get("directed") or d.get("polarity") != 0)]
    check("co-occurrence edges are undirected and unsigned", not bad, str(bad[:3]))
    bad = [(u, v) for u, v, d in g.edges(data=True) if d.get("polarity") not in (-1, 0, 1)]
    check("polarity is -1, 0 or 1", not bad, str(bad[:3]))
    bad = [n for n, d in g.nodes(data=True) if not all(0 <= d.get(k, -1) <= 255 for k in "rgb")]
    check("node colours are 0-255", not bad, str(bad[:3]))

    ig = igraph.Graph.Read_GraphML(f"{out}/graph.graphml")
    check("igraph reads the same node count", ig.vcount() == g.number_of_nodes(),
          f"{ig.vcount()} vs {g.number_of_nodes()}")
    check("igraph reads the same edge count", ig.ecount() == g.number_of_edges(),
          f"{ig.ecount()} vs {g.number_of_edges()}")
    check("igraph sees labels", "label" in ig.vs.attributes())

    nh, nodes, nbad = read_tsv(f"{out}/nodes.tsv")
    eh, edges, ebad = read_tsv(f"{out}/edges.tsv")
    mh, mentions, mbad = read_tsv(f"{out}/mentions.tsv")
    check("tsv rows have as many fields as the header", not (nbad or ebad or mbad), str((nbad + ebad + mbad)[:2]))
    check("mentions.tsv header", mh == ["doc", "start", "end", "sentence", "entity", "type", "surface"], str(mh))
    check("nodes.tsv rows == graphml nodes", len(nodes) == g.number_of_nodes(),
          f"{len(nodes)} vs {g.number_of_nodes()}")
    check("edges.tsv rows == graphml edges", len(edges) == g.number_of_edges(),
          f"{len(edges)} vs {g.number_of_edges()}")
    check("nodes.tsv ids == graphml ids", {r["id"] for r in nodes} == set(g.nodes))
    ids = [r["id"] for r in nodes]
    check("nodes.tsv sorted by id", ids == sorted(ids, key=lambda s: s.encode()))
    unordered = [frozenset((r["source"], r["target"])) for r in edges]
    if len(set(unordered)) < len(unordered):
        check("parallel edges read as a MultiGraph", isinstance(g, nx.MultiGraph), type(g).__name__)
    pairs = {(r["source"], r["target"]) for r in edges}
    gpairs = {(u, v) for u, v in g.edges()} | {(v, u) for u, v in g.edges()}
    check("edges.tsv pairs appear in graphml", pairs <= gpairs, str(list(pairs - gpairs)[:3]))
    seen = {r["entity"] for r in mentions}
    check("every mentioned entity is a node", seen == set(ids), str(seen ^ set(ids)))
    labels = {r["label"] for r in nodes}
    check("nodes.tsv labels == graphml labels", labels == {d["label"] for _, d in g.nodes(data=True)})

    # surfaces are the original bytes at [start,end)
    bad = []
    cache = {}
    for r in mentions:
        if r["doc"] == "-":
            continue
        if r["doc"] not in cache:
            with open(r["doc"], "rb") as f:
                cache[r["doc"]] = f.read()
        raw = cache[r["doc"]][int(r["start"]):int(r["end"])]
        if raw.decode("utf-8", "replace") != r["surface"]:
            bad.append((r["doc"], r["start"], r["surface"]))
    check("mention surfaces equal the original bytes", not bad, str(bad[:3]))

    svg = ET.parse(f"{out}/graph.svg").getroot()
    tags = {el.tag.replace(SVG_NS, "") for el in svg.iter()}
    check("svg has no script element", "script" not in tags and "foreignObject" not in tags, str(tags))
    handlers = [(el.tag, k) for el in svg.iter() for k in el.attrib if k.lower().startswith("on")]
    check("svg has no event handler attributes", not handlers, str(handlers[:3]))
    svg_edges = [el for el in svg.iter(f"{SVG_NS}g") if el.get("class") == "edge"]
    untitled = [el.get("id") for el in svg_edges
                if not any(a.get(XLINK_TITLE) for a in el.iter(f"{SVG_NS}a"))]
    check("svg edges all carry a tooltip", svg_edges and not untitled or not edges, str(untitled[:3]))
    svg_text = {"".join(t.itertext()).strip() for t in svg.iter(f"{SVG_NS}text")}

    for name in expected:
        check(f"label round-trips through graphml: {name!r}", name in {d["label"] for _, d in g.nodes(data=True)})
        check(f"label round-trips through nodes.tsv: {name!r}", name in labels)
        check(f"label round-trips through svg: {name!r}", name.strip() in svg_text, str(sorted(svg_text)[:8]))
    return failures


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
