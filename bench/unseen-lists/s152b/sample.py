"""Sample candidate entry lines from the three saved lists (s152b).

Candidates: list items (bullets, numbered), table body rows, lines starting
with bold, and headings when the list writes papers as headings
(kboroz__TimeSeriesPrediction: every '## ' heading is a paper title).
Fenced code and HTML comments are skipped. 20 a list (all if fewer),
one random.Random(14211), lists in sorted file-name order.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
PAPERS_AS_HEADINGS = {"kboroz__TimeSeriesPrediction.README.md"}
rng = random.Random(14211)
out = []
for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
    name = os.path.basename(path)
    lines = open(path, encoding="utf-8", newline="").read().split("\n")
    cands, fence, comment = [], False, False
    for n, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith("```") or s.startswith("~~~"):
            fence = not fence
            continue
        if fence:
            continue
        if comment:
            if "-->" in s:
                comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                comment = True
            continue
        if re.match(r"^\s*([-*+]|\d+[.)])\s+\S", line):
            cands.append(n)
        elif s.startswith("|") and not re.match(r"^\|?\s*:?-{2,}", s):
            cands.append(n)  # table row (header rows are dropped below)
        elif s.startswith("**") or s.startswith("__"):
            cands.append(n)
        elif name in PAPERS_AS_HEADINGS and re.match(r"^#{1,6}\s+\S", s):
            cands.append(n)
    # drop table header rows (a row followed by a separator row)
    cands = [n for n in cands if not (lines[n - 1].strip().startswith("|") and n < len(lines)
             and re.match(r"^\|?\s*:?-{2,}", lines[n].strip()))]
    pick = sorted(rng.sample(cands, min(20, len(cands))))
    print(name, len(cands), "candidates,", len(pick), "sampled")
    for n in pick:
        out.append({"list": name, "line": n, "text": lines[n - 1]})
with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as fh:
    for r in out:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
