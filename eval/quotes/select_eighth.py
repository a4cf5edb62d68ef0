#!/usr/bin/env python3
"""Draws quote-evaluation batch "eighth" from FANG-COVID reproducibly (select_fifth.py's rule with
another seed and a quote target of 130).

Usage (from the project root): python3 eval/quotes/select_eighth.py [../shared/data/fang-covid/fang-covid-de-20k.jsonl.gz]

Rule: articles whose id is not in the batches before "eighth" of eval/quotes/fang-covid-quotes.tsv (first,
held-out, fresh, new, fifth, sixth, seventh), whose text is 1,500-3,500 characters long and holds at least
three quotation-mark pairs (see quote_pairs), sorted by id and shuffled with Python's random.Random(20261128);
walking that order, an article is taken while its outlet has fewer than three taken. The batch is the
shortest prefix of the taken articles that holds at least eight outlets and, once labelled, at least 130
quotes: ranks 1-17 (130 quotes are reached at rank 13; eight outlets only at rank 17 with
journalistenwatch.com; the 17 hold 163 quotes). The script prints 24 ranks.
Prints only ids, outlets, lengths and pair counts (no text). Drawn with Python 3 (random.shuffle of a seeded
Random gives the same order on Python 3.2 and later).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import select_fifth  # noqa: E402

SEED = 20261128

if __name__ == "__main__":
    select_fifth.main("eighth", SEED)
