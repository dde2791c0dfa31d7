"""Sample 20 entries a list for hand labelling (s49g).

One random.Random(4971) is used over the lists in sorted file-name order.
Candidate lines: list items (bullets, numbered; also the list's own irregular
numbered forms such as "99.[arXiv ..." and "5 [Arxiv ..."), table body rows
(not header or separator rows) and lines starting with bold. Fenced code and
HTML comments are skipped. No list writes papers as headings, so no heading is
a candidate. Each drawn line is mapped to the start of its entry:
  * an indented "  - " sub-bullet under a top-level "- " paper bullet
    (LirongWu's authors/venue/links line) belongs to that bullet;
  * a line that is not a candidate itself (e.g. ChandlerBang's ") [[code]]"
    line that closes a link broken over two lines) is never drawn.
"""
import glob
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20

ITEM = re.compile(r"^\s*(?:[-*+]\s+|\d+[.)]\s*|\d+\s+(?=\[))")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if s.startswith("|"):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP.match(nxt) and nxt.startswith("|"):
                continue  # header row
            out.append(i + 1)
            continue
        if ITEM.match(line) or s.startswith("**"):
            out.append(i + 1)
    return out


def entry_start(lines, n):
    """1-based line n -> 1-based line where its entry starts."""
    line = lines[n - 1]
    if re.match(r"^ {2,}- ", line):
        j = n - 1
        while j >= 1:
            prev = lines[j - 1]
            if re.match(r"^- ", prev):
                return j
            if not re.match(r"^ {2,}- ", prev):
                break
            j -= 1
    return n


def main():
    rng = random.Random(4971)
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, "*.README.md")))
    result = []
    for name in files:
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            lines = f.read().split("\n")
        cands = candidates(lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for n in order:
            s = entry_start(lines, n)
            if s not in held:
                held.append(s)
            if len(held) == N:
                break
        print(f"{name}: {len(cands)} candidate lines, {len(held)} entries drawn")
        for s in sorted(held):
            result.append({"list": name, "line": s})
            print(f"  {s}: {lines[s-1][:110]}")
    with open(os.path.join(HERE, "sample.json"), "w", encoding="utf-8") as f:
        json.dump(result, f, indent=1)


if __name__ == "__main__":
    main()
