"""Sample 20 candidate entry lines a list for s111c (seed 11131).

Candidates: list items (bullets, numbered), table body rows, lines starting with bold.
Skipped: fenced code, HTML comments, table header/separator rows, the cut last line of a
partial (two-page) file, and the `- Paper:` / `- Code:` / `- Homepage:` sub-bullets that
continue a bold-title entry (amusi style: they are part of the entry that starts at the bold
line, not entries of their own).
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
PARTIAL = {"52CV__CVPR-2023-Papers.README.md", "amusi__ICCV2023-Papers-with-Code.README.md"}

BULLET = re.compile(r"^\s*([-*+]|\d+[.)])\s+")
BOLD = re.compile(r"^\s*\*\*")
TABLE = re.compile(r"^\s*\|")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}")


def candidates(path, name):
    lines = open(path, encoding="utf-8").read().split("\n")
    out = []
    in_fence = False
    in_comment = False
    in_bold_entry = False
    prev_table = False
    n = len(lines)
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if "-->" in s:
                in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if name in PARTIAL and i == n - 1:
            continue  # cut last line of a two-page file
        if s.startswith("#") or s.startswith("<a name"):
            in_bold_entry = False
            prev_table = False
            continue
        if TABLE.match(line):
            # header row = first row of a table; separator rows skipped
            if not prev_table:
                prev_table = True
                continue
            prev_table = True
            if SEP.match(line.replace("|", "|", 1)) and set(s) <= set("|-: "):
                continue
            out.append(i + 1)
            continue
        prev_table = False
        if BOLD.match(line) and not BULLET.match(line):
            in_bold_entry = True
            out.append(i + 1)
            continue
        if BULLET.match(line):
            if in_bold_entry:
                continue  # sub-bullet of a bold-title entry
            out.append(i + 1)
            continue
        if s and not s.startswith("-"):
            # a plain text line ends a bold entry only if it is not blank
            if in_bold_entry and not BOLD.match(line):
                in_bold_entry = False
    return out, lines


def main():
    rng = random.Random(11131)
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    rows = []
    for name in names:
        cands, lines = candidates(os.path.join(HERE, name), name)
        k = min(20, len(cands))
        picked = sorted(rng.sample(cands, k))
        print(name, "candidates:", len(cands), "picked:", k)
        for ln in picked:
            rows.append({"list": name, "line": ln, "text": lines[ln - 1]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
