#!/usr/bin/python3
# gen_corpus.py - deterministic news-like corpus for the benchmark.
#
#   gen_corpus.py --gaz bench.tsv --out DIR --bytes N [--seed 7]
#
# Writes DIR/dNNN/aNNNNNN.txt articles (1,000 a folder) until N bytes, then
# DIR.stats (files, bytes, names inserted) as the "complete" marker. Every
# article is a headline, an optional dateline and paragraphs of English-like
# sentences built from the word lists in words.py, with gazetteer names put in
# about once per 100 bytes. Article i depends only on (seed, i), so a smaller
# corpus is a prefix of a bigger one with the same seed. Names follow a
# Zipf-like law over a fixed ranking (countries, groups, topics, agreements and
# commands ranked first), so a few names are very common and most are rare;
# each article has a small cast of actors that it names repeatedly.
# Non-ASCII: curly quotes and apostrophes, em and en dashes, accented names.
import argparse
import math
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import words as W  # noqa: E402

MIN_SIZE, MAX_SIZE = 300, 20000
ACTOR_TYPES_FIRST = ("country", "group", "unit")
TOPIC_TYPES = ("issue", "agreement")


def load_pool(path, seed):
    """(actors, topics): lists of alias lists, in rank order."""
    first, rest, topics = [], [], []
    with open(path, encoding="utf-8") as fp:
        header = None
        for line in fp:
            line = line.rstrip("\n")
            if not line or line[0] == "#":
                continue
            f = line.split("\t")
            if header is None:
                header = {name: i for i, name in enumerate(f)}
                continue
            etype, name = f[header["type"]], f[header["name"]]
            al = f[header["aliases"]] if len(f) > header["aliases"] else ""
            aliases = [name] + [a for a in al.split("|") if a]
            if etype in TOPIC_TYPES:
                topics.append(aliases)
            elif etype in ACTOR_TYPES_FIRST:
                first.append(aliases)
            else:
                rest.append(aliases)
    rng = random.Random(seed)
    rng.shuffle(first)
    rng.shuffle(rest)
    return first + rest, topics


def poss_or_the(doc):
    """A possessive name ("Jordan\u2019s"), or a plain adjective half the time."""
    if doc.r.random() < 0.5:
        return doc.poss()
    return doc.r.choice(("regional", "national", "joint", "special", "new"))


class Doc:
    """One article being written; counts the names it inserts."""

    def __init__(self, rng, actors, topics, target):
        self.r, self.actors, self.topics = rng, actors, topics
        self.ln_actors = math.log(len(actors))
        self.names = 0
        # The article's cast: the few actors it is about, named again and
        # again, as in real news (co-occurrence is clustered, not random).
        self.cast = []
        self.cast_max = min(3 + target // 1500, 15)
        self.in_sentence = set()

    def pick(self, pool, ln):
        r = self.r
        if r.random() < 0.75:  # Zipf-like head
            i = int(math.exp(r.random() * ln)) - 1
        else:  # uniform tail: every name turns up sometimes
            i = r.randrange(len(pool))
        return pool[min(i, len(pool) - 1)]

    def surface(self, aliases):
        self.names += 1
        if len(aliases) == 1 or self.r.random() < 0.6:
            return aliases[0]
        return self.r.choice(aliases)

    def actor(self):
        r, cast = self.r, self.cast
        for attempt in range(4):  # nobody meets themselves in one sentence
            if cast and attempt < 2 and (len(cast) >= self.cast_max or r.random() < 0.7):
                # earlier cast members (the protagonists) come back more often
                aliases = cast[int(len(cast) * r.random() * r.random())]
            else:
                aliases = self.pick(self.actors, self.ln_actors)
                if aliases not in cast:
                    cast.append(aliases)
            if id(aliases) not in self.in_sentence:
                break
        self.in_sentence.add(id(aliases))
        return self.surface(aliases)

    def poss(self):
        return self.actor() + ("\u2019s" if self.r.random() < 0.6 else "'s")

    def topic(self):
        if self.r.random() < 0.6:
            return self.r.choice(W.OBJECTS)
        return self.surface(self.pick(self.topics, math.log(len(self.topics))))

    def sentence(self):
        self.in_sentence.clear()
        r, a, t = self.r, self.actor, self.topic
        c = r.choice
        k = r.randrange(12)
        if k == 0:
            s = "%s %s %s %s to discuss %s." % (a(), c(W.VERBS_MEET), a(), c(W.TIMES), t())
        elif k == 1:
            s = "%s %s that the %s would %s %s." % (a(), c(W.VERBS_PAST), c(W.ORG_NOUNS), c(W.ACTIONS), t())
        elif k == 2:
            s = "\u201c%s,\u201d %s %s %s." % (c(W.QUOTES), a(), c(W.VERBS_PAST), c(W.TIMES))
        elif k == 3:
            s = "%s the %s in %s %s %s that %s had %s %s the %s." % (
                c(W.CONNECTORS), c(W.SUBJECT_NOUNS), c(W.CITIES), c(W.VERBS_PAST), c(W.TIMES), a(),
                c(W.ADVERBS), c(W.VERBS_MEET), c(W.ORG_NOUNS))
        elif k == 4:
            s = "%s and %s %s agreed to %s %s \u2014 a step the %s %s was overdue." % (
                a(), a(), c(W.ADVERBS), c(W.ACTIONS), t(), c(W.SUBJECT_NOUNS), c(W.VERBS_PAST))
        elif k == 5:
            s = "%s %s %s on %s to %s %s." % (
                poss_or_the(self), c(W.ORG_NOUNS), c(W.VERBS_PAST), a(), c(W.ACTIONS), t())
        elif k in (6, 7):
            s = "%s, %s %s %s." % (c(W.CLAUSES).capitalize(), c(W.SUBJECT_NOUNS), c(W.VERBS_PAST),
                                   c(W.TIMES))
        elif k == 8:
            s = "%s %s %s concerns over %s, citing a %d\u2013%d review by the %s." % (
                a(), c(W.ADVERBS), c(W.VERBS_PAST), t(), 1990 + r.randrange(30), 2021 + r.randrange(4),
                c(W.ORG_NOUNS))
        elif k == 9:
            s = "%s %s %s for talks on %s." % (a(), c(W.VERBS_MEET), a(), t())
        else:
            s = "%s the %s %s %s that %s, and %s." % (
                c(W.CONNECTORS), c(W.SUBJECT_NOUNS), c(W.VERBS_PAST), c(W.TIMES), c(W.CLAUSES), c(W.CLAUSES))
        if r.random() < 0.3:
            s = s[:-1] + ", %s %s %s." % (c(W.SUBJECT_NOUNS), c(W.VERBS_PAST), c(W.TIMES))
        return s[0].upper() + s[1:] if s[0].islower() else s

    def write(self, target):
        r = self.r
        head = [r.choice(W.HEADLINE_WORDS) for _ in range(r.randrange(2, 5))]
        head.insert(r.randrange(len(head) + 1), self.actor())
        out = [" ".join(head), ""]
        size = len(out[0]) + 1
        first = True
        while size < target:
            para = [self.sentence() for _ in range(r.randrange(1, 5))]
            if first and r.random() < 0.7:
                para[0] = "%s \u2014 %s" % (r.choice(W.CITIES).upper(), para[0])
            first = False
            text = " ".join(para)
            if len(out) > 2 and size >= MIN_SIZE and size + len(text) > min(target + 200, MAX_SIZE):
                break
            out.append(text)
            out.append("")
            size += len(text.encode("utf-8")) + 2
        return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description="benchmark corpus generator")
    ap.add_argument("--gaz", required=True, help="gazetteer TSV (names to insert)")
    ap.add_argument("--out", required=True, help="corpus folder")
    ap.add_argument("--bytes", type=float, required=True, help="total size, e.g. 1e8")
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    actors, topics = load_pool(a.gaz, a.seed)
    total, names, i = 0, 0, 0
    goal = int(a.bytes)
    ln_lo, ln_hi = math.log(MIN_SIZE), math.log(MAX_SIZE)
    while total < goal:
        rng = random.Random(a.seed * 1000003 + i)
        target = int(math.exp(ln_lo + rng.random() * (ln_hi - ln_lo)))
        doc = Doc(rng, actors, topics, target)
        data = doc.write(target).encode("utf-8")
        folder = os.path.join(a.out, "d%03d" % (i // 1000))
        if i % 1000 == 0:
            os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "a%06d.txt" % i), "wb") as fp:
            fp.write(data)
        total += len(data)
        names += doc.names
        i += 1
    stats = "files %d\nbytes %d\nnames %d\nbytes_per_name %.1f\n" % (i, total, names, total / max(names, 1))
    with open(a.out.rstrip("/") + ".stats", "w") as fp:
        fp.write(stats)
    print("gen_corpus: %s: %d files, %.1f MB, %d names (one per %.0f bytes)"
          % (a.out, i, total / 1e6, names, total / max(names, 1)))


if __name__ == "__main__":
    main()
