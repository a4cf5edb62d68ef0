#!/usr/bin/env python3
"""Draws quote-evaluation batch "eleventh" from FANG-COVID reproducibly (select_fifth.py's rule with another
seed and a quote target of 130, restricted to articles with an even numeric id).

Usage (from the project root): python3 eval/quotes/select_eleventh.py [../shared/data/fang-covid/fang-covid-de-20k.jsonl.gz]

Rule: articles whose id is not in the batches before "eleventh" of eval/quotes/fang-covid-quotes.tsv, whose
numeric id is even (batches "eleventh" and "twelfth" are labelled at the same time, one from the even ids and
one from the odd ids, so that neither draw depends on the other), whose text
is 1,500-3,500 characters long and holds at least three quotation-mark pairs, sorted by id and shuffled with
Python's random.Random(20261131); walking that order, an article is taken while its outlet has fewer than three
taken. The batch is the shortest prefix of the taken articles that holds at least eight outlets and, once
labelled, at least 130 quotes. The script prints 24 ranks: ids, outlets, lengths and pair counts (no text).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import select_fifth  # noqa: E402

SEED = 20261131

if __name__ == "__main__":
    select_fifth.main("eleventh", SEED, parity=0)
