"""Sample 20 candidate entry lines a list with random.Random(9831), lists in sorted file-name order.

Candidate lines: list items (bullets, numbered), table body rows, lines starting with bold, and
headings when the list writes papers as headings (Lafitte1573: the H6 `CODE` - Title headings).
Fenced code and HTML comments are skipped. In a list whose papers are headings, the field bullets
under a paper heading (- **Authors**: ..., - **Venue**: ...) belong to that paper entry and are not
separate candidates.
Writes sample.jsonl: {"list", "line", "text"} (line is 1-based).
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
HEADING_PAPER_LISTS = {"Lafitte1573__Awesome-FinTS-Generation.README.md": 6}

ITEM = re.compile(r"^\s*([-*+]|\d+[.)])(\s|$)")
TABLE_ROW = re.compile(r"^\s*\|")
TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
BOLD = re.compile(r"^\s*(\*\*|__)")
HEADING = re.compile(r"^(#{1,6})\s")


def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    paper_level = HEADING_PAPER_LISTS.get(name)
    in_paper_block = False
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("```") and not re.match(r"^```[^`]+```", s):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        m = HEADING.match(line)
        if m:
            in_paper_block = paper_level is not None and len(m.group(1)) == paper_level
            if in_paper_block:
                out.append(i)
            prev_table = False
            continue
        if TABLE_ROW.match(line):
            # body row: not the header (the row before a separator) and not the separator
            if TABLE_SEP.match(line):
                prev_table = True
                continue
            nxt = lines[i] if i < len(lines) else ""
            if not TABLE_SEP.match(nxt):
                out.append(i)
            prev_table = True
            continue
        prev_table = False
        if ITEM.match(line) or BOLD.match(line):
            if in_paper_block:
                continue
            out.append(i)
    return out


def main():
    rng = random.Random(9831)
    rows = []
    for name in sorted(f for f in os.listdir(HERE) if f.endswith(".README.md")):
        with open(os.path.join(HERE, name), encoding="utf-8", newline="") as fh:
            lines = fh.read().split("\n")
        cands = candidates(name, lines)
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        print(name, "candidates", len(cands), "picked", len(picked))
        for ln in picked:
            rows.append({"list": name, "line": ln, "text": lines[ln - 1]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
