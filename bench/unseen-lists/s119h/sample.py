"""Sample 20 candidate entry lines per list with random.Random(11981)."""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
rng = random.Random(11981)

BULLET = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")
BOLD = re.compile(r"^\s*\*\*")
TABLE = re.compile(r"^\s*\|")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")

out = []
for fn in files:
    lines = open(os.path.join(HERE, fn), encoding="utf-8", newline="").read().split("\n")
    cands = []
    in_fence = False
    in_comment = False
    prev_table = False
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            prev_table = False
            continue
        if in_fence:
            continue
        if in_comment:
            if "-->" in ln:
                in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if TABLE.match(ln):
            # table body rows: not the header (first row) and not the separator row
            if SEP.match(ln):
                prev_table = True
                continue
            nxt = lines[i] if i < len(lines) else ""
            is_header = (not prev_table) and SEP.match(nxt) is not None
            prev_table = True
            if not is_header:
                cands.append(i)
            continue
        prev_table = False
        if BULLET.match(ln) or BOLD.match(ln):
            cands.append(i)
    k = min(20, len(cands))
    picked = sorted(rng.sample(cands, k))
    print(fn, len(cands), "candidates; sampled", k)
    for n in picked:
        out.append({"list": fn, "line": n, "text": lines[n - 1]})

with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
