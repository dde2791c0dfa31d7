"""Sample 20 candidate entry lines a list with random.Random(9761), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows (not the header row or the
|---| separator), lines starting with bold. Fenced code and HTML comments are skipped.
None of the three lists writes papers as headings, so headings are not candidates.
Writes sample.jsonl (list, line, text).
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
BOLD = re.compile(r"^\s*\*\*")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def candidates(lines):
    out = []
    in_fence = in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if "-->" in s:
                in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith("|"):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP.match(nxt) and nxt.startswith("|"):
                continue  # header row
            out.append(i + 1)
            continue
        if ITEM.match(line) or BOLD.match(line):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(9761)
    names = sorted(n for n in os.listdir(HERE) if n.endswith(".README.md"))
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as fh:
        for name in names:
            text = open(os.path.join(HERE, name), encoding="utf-8", newline="").read()
            lines = text.split("\n")
            cands = candidates(lines)
            picked = sorted(rng.sample(cands, min(20, len(cands))))
            print(name, "candidates", len(cands), "sampled", len(picked))
            for n in picked:
                fh.write(json.dumps({"list": name, "line": n, "text": lines[n - 1]}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
