"""Sample 20 candidate entry lines per list with random.Random(2506).

Candidates: list items (bullets -,*,+ and numbered), Markdown table body rows
(not the header row, not the |---| separator) and lines starting with bold (**).
Fenced code blocks and HTML comments are skipped. A nested list item whose parent
item is a paper entry (its line links outside the document, i.e. has "](http")
is a continuation line of that entry (authors / key / env sub-bullets), not an
entry of its own, so it is not a candidate.

Usage: python3 sample.py  -> prints JSON lines {list, line, text}
"""
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
LISTS = sorted(p.name for p in HERE.glob("*.README.md"))
N = 20
SEED = 2506

ITEM = re.compile(r"^(\s*)([-*+]|\d+[.)])\s+")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def indent_width(ws):
    return len(ws.replace("\t", "    "))


def candidates(text):
    lines = text.splitlines()
    out = []
    in_fence = False
    in_comment = False
    stack = []  # (indent, is_paper_like) of open list items
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
        m = ITEM.match(line)
        if m:
            ind = indent_width(m.group(1))
            while stack and stack[-1][0] >= ind:
                stack.pop()
            parent_paper = bool(stack) and stack[-1][1]
            stack.append((ind, "](http" in line))
            if not parent_paper:
                out.append(i + 1)
            continue
        if s.startswith("|"):
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if SEP.match(line):
                continue
            if SEP.match(nxt) and "-" in nxt:
                continue  # header row
            out.append(i + 1)
            continue
        if s.startswith("**"):
            out.append(i + 1)
    return out, lines


def main():
    rng = random.Random(SEED)
    for name in LISTS:
        text = (HERE / name).read_text(encoding="utf-8")
        cands, lines = candidates(text)
        picked = sorted(rng.sample(cands, N))
        for ln in picked:
            print(json.dumps({"list": name, "line": ln, "n_candidates": len(cands),
                              "text": lines[ln - 1]}, ensure_ascii=False))


if __name__ == "__main__":
    main()
