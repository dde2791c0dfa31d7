"""Sample 20 candidate entry lines per list with random.Random(4441).

Candidates: list items (bullets -, *, + or numbered 1. / 1) at any indent),
table body rows (not the header row or the |---| separator), and lines that
start with bold (**). Lines inside fenced code blocks (``` or ~~~) and inside
HTML comments are skipped. Nothing else is excluded: table-of-contents bullets
and other non-papers stay in the pool and are labelled as non-papers.

A fresh random.Random(4441) is used for every list; lists are taken in sorted
file-name order (the *.README.md files next to this script). Output: one JSON
object per sampled line (list, line, text), sorted by list then line, after a
comment line giving the candidate count.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
SEED = 4441

ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+\S")
BOLD = re.compile(r"^[ \t]*\*\*")
SEP = re.compile(r"^\|?\s*:?-{2,}")


def candidates(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith("<!--"):
            if "-->" not in s[4:]:
                in_comment = True
            continue
        if s.startswith("|"):
            nxt = lines[i].strip() if i < len(lines) else ""
            if SEP.match(s) or SEP.match(nxt):
                continue  # separator or header row
            out.append((i, line))
            continue
        if ITEM.match(line) or BOLD.match(line):
            out.append((i, line))
    return out


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    for f in files:
        cands = candidates(os.path.join(HERE, f))
        rng = random.Random(SEED)
        picked = sorted(rng.sample(cands, min(N, len(cands))))
        print(f"# {f}: {len(cands)} candidate lines", flush=True)
        for ln, text in picked:
            print(json.dumps({"list": f, "line": ln, "text": text}, ensure_ascii=False))


if __name__ == "__main__":
    main()
