#!/usr/bin/env python3
"""Draws quote-evaluation batch "thirteenth" from FANG-COVID reproducibly (select_fifth.py's rule with another
seed and a quote target of 130, restricted to longer articles: 3,501-5,000 characters).

Usage (from the project root): python3 eval/quotes/select_thirteenth.py [../shared/data/fang-covid/fang-covid-de-20k.jsonl.gz]

Rule: articles whose id is not in the batches before "thirteenth" of eval/quotes/fang-covid-quotes.tsv, whose
text is 3,501-5,000 characters long (every earlier batch drew from 1,500-3,500 characters, so this draw is
disjoint from batches "eleventh" and "twelfth", labelled at the same time, and measures longer articles) and
holds at least three quotation-mark pairs, sorted by id and shuffled with Python's random.Random(20261133);
walking that order, an article is taken while its outlet has fewer than three taken. The batch is the
shortest prefix of the taken articles that holds at least eight outlets and, once labelled, at least 130
quotes. The script prints 24 ranks: ids, outlets, lengths and pair counts (no text).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import select_fifth  # noqa: E402

SEED = 20261133

if __name__ == "__main__":
    select_fifth.main("thirteenth", SEED, lengths=(3501, 5000))
