"""labels.spec + the corpus -> labels.tsv (article, start, end, text, type, entity). See README.md."""
import gzip, json, re, sys

ARGS = [a for a in sys.argv[1:] if a != "-v"]
CORPUS = ARGS[0] if ARGS else "../../../shared/data/fang-covid/fang-covid-de-20k.jsonl.gz"
blocks, cur = [], None
for line in open("labels.spec", encoding="utf-8"):
    line = line.rstrip("\n")
    if not line.strip() or line.startswith("#"):
        continue
    if line.startswith("== "):
        art, story = line[3:].split()
        cur = {"article": art, "story": story, "entries": [], "excludes": []}
        blocks.append(cur)
        continue
    exclude = line.startswith("- ")
    head, surfaces = (line[2:] if exclude else line).split(":", 1)
    typ, ent = head.split()
    for s in surfaces.split("|"):
        s = s.strip()
        if exclude:
            surf, n = s.rsplit("@", 1)
            cur["excludes"].append((surf, int(n)))
        else:
            cur["entries"].append((s, typ, ent))
wanted = {b["article"] for b in blocks}
texts = {}
with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
    for line in f:
        o = json.loads(line)
        if o.get("id") in wanted:
            texts[o["id"]] = o["text"]
sel = json.load(open("selection.json"))
part = {s: "tuning" for s in sel["tuning"]} | {s: "held-out" for s in sel["heldOut"]}
out = ["# article\tstart\tend\ttext\ttype\tentity\tstory\tpart"]
for b in blocks:
    text = texts[b["article"]]
    taken = [False] * len(text)
    found = []
    for surf, typ, ent in sorted(b["entries"], key=lambda e: -len(e[0])):
        pat = re.compile(r"(?<![\w])" + re.escape(surf).replace(r"\ ", r"\s+") + r"(?![\w])")
        hits = [m for m in pat.finditer(text)]
        if not hits:
            sys.exit(f"{b['article']}: '{surf}' not found")
        for k, m in enumerate(hits, 1):
            if (surf, k) in b["excludes"] or any(taken[m.start():m.end()]):
                continue
            for i in range(m.start(), m.end()):
                taken[i] = True
            found.append((m.start(), m.end(), surf, typ, b["story"] + "/" + ent))
    for s, e, surf, typ, ent in sorted(found):
        out.append(f"{b['article']}\t{s}\t{e}\t{surf}\t{typ}\t{ent}\t{b['story']}\t{part[b['story']]}")
    if "-v" in sys.argv:
        # Capitalised words not inside a label, to check for misses while labelling.
        rest = sorted({m.group() for m in re.finditer(r"\b[A-ZÄÖÜ][\w-]+", text) if not taken[m.start()]})
        print(b["article"], "unlabelled capitals:", " ".join(rest), file=sys.stderr)
open("labels.tsv", "w", encoding="utf-8").write("\n".join(out) + "\n")
print(len(out) - 1, "mentions in", len(blocks), "articles", file=sys.stderr)
