"""Chooses the articles of the entity sample (see README.md). Deterministic: seed below."""
import json, random

SEED = 20261123
# Stories of eval/stories/fang-covid-dev.json whose titles name people, organisations or places,
# with articles from at least two outlets, no member over 8,000 characters, no republished copy
# (read from the titles and outlets only, before any article text was looked at).
CANDIDATES = ["story-001", "story-003", "story-004", "story-005", "story-006", "story-009",
              "story-012", "story-015", "story-021", "story-022", "story-025", "story-027",
              "story-028", "story-032", "story-034", "story-039", "story-041", "story-042",
              "story-049", "story-050", "story-051"]

stories = json.load(open("../stories/fang-covid-dev.json"))
order = CANDIDATES[:]
random.Random(SEED).shuffle(order)
chosen, n = [], 0
for s in order:
    if n >= 30:
        break
    chosen.append(s)
    n += len(stories[s])
# The first stories in shuffled order up to 20 articles are the tuning part, the rest held out.
tuning, held, k = [], [], 0
for s in chosen:
    (tuning if k < 20 else held).append(s)
    k += len(stories[s])
print(json.dumps({"seed": SEED, "tuning": {s: stories[s] for s in tuning},
                  "heldOut": {s: stories[s] for s in held}}, indent=1))
