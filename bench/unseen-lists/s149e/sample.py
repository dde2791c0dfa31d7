"""Sample 20 candidate entry lines a list with random.Random(14031) (one generator, lists in sorted file-name order).

Candidates: list items (bullets, numbered), table body rows, lines starting with bold.
Skipped: fenced code (also indented fences), HTML comments, table header and separator rows.
Writes sample.jsonl: {"list", "line", "text"}.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(14031)
files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, "*.README.md")))
ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")
BOLD = re.compile(r"^\s*\*\*")
SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
out = []
for name in files:
    lines = open(os.path.join(HERE, name), encoding="utf-8").read().split("\n")
    cands = []
    in_fence = in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if "-->" in s:
                in_comment = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if s.startswith("|"):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP.match(nxt):  # header row
                continue
            cands.append(i + 1)
        elif ITEM.match(line) or BOLD.match(line):
            cands.append(i + 1)
    pick = sorted(rng.sample(cands, min(20, len(cands))))
    print(name, len(cands), "candidates ->", len(pick))
    for ln in pick:
        out.append({"list": name, "line": ln, "text": lines[ln - 1]})
with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
