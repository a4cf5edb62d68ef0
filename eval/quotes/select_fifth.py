#!/usr/bin/env python3
"""Draws quote-evaluation batch "fifth" from FANG-COVID reproducibly.

Usage (from the project root): python3 eval/quotes/select_fifth.py [../shared/data/fang-covid/fang-covid-de-20k.jsonl.gz]

Rule: articles whose id is not in the batches before "fifth" of eval/quotes/fang-covid-quotes.tsv, whose text is 1,500-3,500
characters long and holds at least three quotation-mark pairs (see quote_pairs), sorted by id and
shuffled with Python's random.Random(20261125); walking that order, an article is taken while its
outlet has fewer than three taken. The batch is the shortest prefix of the taken articles that holds
at least eight outlets and, once labelled, at least 120 quotes: ranks 1-16 (eight outlets are first
reached at rank 16, and the 16 hold 163 quotes). The script prints 24 ranks.
Prints only ids, outlets, lengths and pair counts (no text). Drawn with Python 3.11.7 (random.shuffle of a seeded
Random gives the same order on Python 3.2 and later).
"""
import gzip
import json
import random
import sys
from collections import Counter

SEED = 20261125
PER_OUTLET = 3
PRINTED = 24
LABELS = "eval/quotes/fang-covid-quotes.tsv"


def quote_pairs(text):
    """German „…“ and ‚…‘ are counted by their opening mark, »…« and «…» by the rarer of the two
    marks, straight "…" and English “…” (where “ outnumbers „) by half their count."""
    german = text.count("\u201e")
    guillemets = min(text.count("\u00bb"), text.count("\u00ab"))
    straight = text.count('"') // 2
    english = max(0, text.count("\u201c") - german) // 2
    return german + guillemets + straight + english


def main(batch="fifth", seed=SEED, parity=None, lengths=(1500, 3500)):
    """Prints the draw of batch `batch` with `seed` (select_sixth.py calls it for the next batch). With
    `parity` 0 or 1 only articles whose numeric id has that parity are eligible, so two batches labelled
    at the same time can be drawn from disjoint halves of the corpus (neither draw depends on the other's
    labels). `lengths` bounds the text's Java length (both ends included)."""
    path = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/fang-covid/fang-covid-de-20k.jsonl.gz"
    used = set()
    with open(LABELS, encoding="utf-8") as labels:
        for line in labels:
            if line.startswith(f"# batch: {batch}"):
                break  # the batch drawn here; reading on would change the draw
            if line.strip() and not line.startswith("#"):
                used.add(line.split("\t")[0])
    eligible = []
    with gzip.open(path, "rt", encoding="utf-8") as corpus:
        for line in corpus:
            record = json.loads(line)
            text = record["text"]
            if record["id"] in used:
                continue
            if parity is not None and int(record["id"].split("-")[1]) % 2 != parity:
                continue
            length = len(text.encode("utf-16-le")) // 2  # Java String length
            if lengths[0] <= length <= lengths[1] and quote_pairs(text) >= 3:
                eligible.append((record["id"], record["outlet"], length, quote_pairs(text)))
    eligible.sort(key=lambda e: int(e[0].split("-")[1]))
    random.Random(seed).shuffle(eligible)
    taken = Counter()
    rank = 0
    print(f"# {len(eligible)} eligible articles, seed {seed}")
    for article_id, outlet, length, pairs in eligible:
        if taken[outlet] >= PER_OUTLET:
            continue
        taken[outlet] += 1
        rank += 1
        print(f"{rank}\t{article_id}\t{outlet}\t{length}\t{pairs}")
        if rank == PRINTED:
            break


if __name__ == "__main__":
    main()
