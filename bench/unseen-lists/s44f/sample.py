"""Sample 20 candidate entry lines from each list in this folder.

Candidate lines (outside fenced code blocks and HTML comments):
  * top-level list items: a bullet (-, *, +) or a number ("1." / "1)") indented by at most one space;
    nested sub-bullets are left out, because in these lists they are the continuation lines of an
    entry (authors / Key / ExpEnv lines) or nested table-of-contents links, not entries of their own;
  * table body rows (a line starting with "|" that is neither a header row nor the |---| separator);
  * lines starting with bold ("**").
Each list gets its own random.Random(4461) and random.sample(candidates, 20); the sample is printed
in file order as JSON lines (list, line, text).
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = [
    "PKU-Fgx__RLVR-Survey.README.md",
    "Jiaaqiliu__Awesome-RL-Reasoning-LMs.README.md",
    "tAnGjIa520__awesome-RLVR.README.md",
]
ITEM = re.compile(r"^ ?([-*+]|\d+[.)])\s+\S")
SEP = re.compile(r"^\s*\|?\s*:?-{3,}")


def candidates(lines):
    out = []
    in_code = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_code = not in_code
            continue
        if in_code:
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if line.startswith("|"):
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if SEP.match(line) or SEP.match(nxt):
                continue  # separator or header row
            out.append(i)
        elif ITEM.match(line) or line.startswith("**"):
            out.append(i)
    return out


def main():
    for name in LISTS:
        with open(os.path.join(HERE, name), encoding="utf-8", newline="") as f:
            lines = f.read().split("\n")
        cands = candidates(lines)
        picked = sorted(random.Random(4461).sample(cands, 20))
        for i in picked:
            print(json.dumps({"list": name, "line": i + 1, "candidates": len(cands), "text": lines[i]}, ensure_ascii=False))


if __name__ == "__main__":
    main()
