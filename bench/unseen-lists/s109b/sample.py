"""Sample 20 candidate entry lines per list with random.Random(10921).

Candidates: list items (bullets -, *, + and numbered), table body rows,
lines starting with bold. Fenced code and HTML comments are skipped.
No list here writes papers as headings, so headings are not candidates.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(10921)
out = []
for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
    name = os.path.basename(path)
    lines = open(path, encoding="utf-8").read().split("\n")
    cands = []
    in_fence = False
    in_comment = False
    prev_table = False
    for i, line in enumerate(lines, 1):
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
        if re.match(r"^\s*([-*+]|\d+[.)])\s+\S", line):
            cands.append(i)
        elif s.startswith("|"):
            # table body: not the header (next line is separator) nor the separator
            if re.match(r"^\|?\s*:?-{3,}", s):
                pass
            elif i < len(lines) and re.match(r"^\s*\|?\s*:?-{3,}", lines[i]):
                pass
            else:
                cands.append(i)
        elif s.startswith("**"):
            cands.append(i)
    k = min(20, len(cands))
    picked = sorted(rng.sample(cands, k))
    print(name, "candidates", len(cands), "picked", k)
    for ln in picked:
        out.append({"list": name, "line": ln, "text": lines[ln - 1]})
with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
