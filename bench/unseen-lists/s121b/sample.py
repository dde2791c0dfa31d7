"""Sample 20 candidate entry lines a list with random.Random(12121).

One generator, lists taken in sorted file-name order (Python's default, case-sensitive sort).
Candidate lines: list items (bullets, numbered), table body rows (not header or separator rows),
lines starting with bold; fenced code and HTML comments skipped.

Extension (judgement call, see FINDINGS.md): autodriving-heart__Awesome-BEV-Perception writes its
papers neither as list items nor as headings but as plain paragraph lines, each title alone on a
line, with its link (if any) on the next paragraph. For that list the candidate lines are the
plain paragraph lines (not headings, not link-only lines such as `[project](...)`), in the same
spirit as "headings when the list writes papers as headings". Its headings are topic labels, so
they are not candidates.
"""
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PARAGRAPH_LISTS = {"autodriving-heart__Awesome-BEV-Perception.README.md"}

LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
BOLD_START = re.compile(r"^\s*(\*\*|__)\S")
HEADING = re.compile(r"^\s{0,3}#{1,6}")
LINK_ONLY = re.compile(r"^\s*(\[[^\]]*\]\([^)]*\)\s*)+$|^\s*\[\[[^\]]*\]\]\([^)]*\)\s*$")


def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table_header = False
    for i, raw in enumerate(lines, 1):
        line = raw.rstrip("\r\n")
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
            if "-->" not in s:
                in_comment = True
            continue
        if not s:
            continue
        if TABLE_ROW.match(line):
            if TABLE_SEP.match(line):
                continue
            # header row: the row directly followed by a separator row
            nxt = lines[i].rstrip("\r\n") if i < len(lines) else ""
            if TABLE_SEP.match(nxt):
                continue
            out.append(i)
            continue
        if LIST_ITEM.match(line) or BOLD_START.match(line):
            out.append(i)
            continue
        if name in PARAGRAPH_LISTS:
            if HEADING.match(line) or LINK_ONLY.match(line):
                continue
            out.append(i)
    return out


def main():
    rng = random.Random(12121)
    files = sorted(p.name for p in HERE.glob("*.README.md"))
    rows = []
    for name in files:
        text = (HERE / name).read_text(encoding="utf-8")
        lines = text.splitlines(keepends=True)
        # splitlines also splits on other separators; the lists here use only \n or \r\n
        assert len(lines) == text.count("\n") + (0 if text.endswith("\n") else 1)
        cands = candidates(name, lines)
        k = min(20, len(cands))
        picked = sorted(rng.sample(cands, k))
        print(name, "candidates:", len(cands), "sampled:", k)
        for ln in picked:
            rows.append({"list": name, "line": ln, "text": lines[ln - 1].rstrip("\r\n")})
    with open(HERE / "sample.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
