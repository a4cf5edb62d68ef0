#!/usr/bin/env python3
"""Checks fang-covid-quotes.tsv against the corpus without running any extractor.

Usage (from the project root): python3 eval/quotes/check_labels.py [LABELS] [CORPUS]

For every label line: seven tab-separated fields, kind direct/indirect/none, integer offsets with
0 <= start < end <= the Java length of the article text (none: 0 0), the stored first words equal
to the first words of the span, and for direct spans a quotation mark right before start and right
after end (a note only: a few older labels have a mark missing in the corpus). Prints the count per batch and kind, and exits with status 1 when a line fails.
Offsets are Java String indices (UTF-16 code units), so texts are indexed as UTF-16 here.
"""
import gzip
import json
import sys
from collections import Counter

MARKS = "\"„“”»«‚‘’'"


def main():
    labels = sys.argv[1] if len(sys.argv) > 1 else "eval/quotes/fang-covid-quotes.tsv"
    corpus = sys.argv[2] if len(sys.argv) > 2 else "../shared/data/fang-covid/fang-covid-de-20k.jsonl.gz"
    rows, batch, errors = [], "first", 0
    with open(labels, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if line.startswith("# batch:"):
                named = line[len("# batch:"):].strip()
                batch = named.split(" (")[0]
                continue
            if not line.strip() or line.startswith("#"):
                continue
            rows.append((number, batch, line.split("\t")))
    ids = {fields[0] for _, _, fields in rows}
    texts = {}
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            if record["id"] in ids:
                texts[record["id"]] = record["text"].encode("utf-16-le")
    counts = Counter()

    def fail(number, message):
        nonlocal errors
        errors += 1
        print(f"line {number}: {message}")

    for number, batch, fields in rows:
        if len(fields) != 7:
            fail(number, f"{len(fields)} fields instead of 7")
            continue
        article, kind, start, end, speaker, cue, first = fields
        counts[(batch, kind)] += 1
        if article not in texts:
            fail(number, f"article {article} not in the corpus")
            continue
        try:
            start, end = int(start), int(end)
        except ValueError:
            fail(number, "offsets are not integers")
            continue
        if kind == "none":
            if (start, end) != (0, 0):
                fail(number, "a none line has offsets 0 0")
            continue
        if kind not in ("direct", "indirect"):
            fail(number, f"unknown kind {kind}")
            continue
        if not speaker or not cue or not first:
            fail(number, "empty speaker, cue or first words")
        text = texts[article]
        length = len(text) // 2
        if not 0 <= start < end <= length:
            fail(number, f"span {start}-{end} outside the text (length {length})")
            continue
        span = text[2 * start:2 * end].decode("utf-16-le")
        if " ".join(span.split()[:len(first.split())]) != " ".join(first.split()):
            fail(number, f"first words {first!r} do not open the span {span[:60]!r}")
        if kind == "direct":
            before = text[2 * start - 2:2 * start].decode("utf-16-le") if start > 0 else ""
            after = text[2 * end:2 * end + 2].decode("utf-16-le") if end < length else ""
            if before not in MARKS or after not in MARKS:
                # a note, not a failure: older batches hold a few deliberate cases (a missing mark in the corpus)
                print(f"line {number}: note: direct span not framed by marks: {before!r}…{after!r}")
    for (batch, kind), n in counts.items():
        print(f"{batch}\t{kind}\t{n}")
    print(f"{len(rows)} lines, {errors} failing")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
