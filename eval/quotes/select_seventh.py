#!/usr/bin/env python3
"""Draws quote-evaluation batch "seventh" from FANG-COVID reproducibly (select_fifth.py's rule with
another seed and a quote target of 130).

Usage (from the project root): python3 eval/quotes/select_seventh.py [../shared/data/fang-covid/fang-covid-de-20k.jsonl.gz]

Rule: articles whose id is not in the batches before "seventh" of eval/quotes/fang-covid-quotes.tsv (first,
held-out, fresh, new, fifth, sixth), whose text is 1,500-3,500 characters long and holds at least three
quotation-mark pairs (see quote_pairs), sorted by id and shuffled with Python's random.Random(20261127);
walking that order, an article is taken while its outlet has fewer than three taken. The batch is the
shortest prefix of the taken articles that holds at least eight outlets and, once labelled, at least 130
quotes: ranks 1-20 (eight outlets are first reached at rank 20 with anonymousnews.ru; 130 quotes at rank
15; the 20 hold 180 quotes). The script prints 24 ranks.
Prints only ids, outlets, lengths and pair counts (no text). Drawn with Python 3 (random.shuffle of a seeded
Random gives the same order on Python 3.2 and later).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import select_fifth  # noqa: E402

SEED = 20261127

if __name__ == "__main__":
    select_fifth.main("seventh", SEED)
