#!/usr/bin/env python3
"""Sample 20 candidate entry lines from each saved list in this folder.

Candidates: list items (bullets, numbered), table body rows, and lines starting
with bold. Fenced code and HTML comments are skipped. A nested bullet that only
continues the list item just above it (no link of its own, e.g. an authors line
under a paper) is part of that entry, not a candidate of its own.
Each list is sampled with its own random.Random(4103), lists in file-name order.
Run: python3 sample.py  (prints list, line, text of each sampled line)
"""
import pathlib
import random
import re

HERE = pathlib.Path(__file__).resolve().parent
LIST_RE = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
SEP_RE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
BOLD_RE = re.compile(r"^\s*\*\*")
LINK_RE = re.compile(r"\]\(|https?://")


def candidates(lines):
    out = []
    in_fence = None
    in_comment = False
    in_table = False
    prev_item = False  # previous non-blank line was a list item
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_fence:
            if s.startswith(in_fence[0]) and set(s) <= {in_fence[0]} and len(s) >= len(in_fence):
                in_fence = None
            continue
        m = re.match(r"^(`{3,}|~{3,})", s)
        if m:
            in_fence = m.group(1)
            in_table = False
            continue
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if not s:
            in_table = False
            continue
        if SEP_RE.match(s) and "-" in s and "|" in s:
            in_table = True
            prev_item = False
            continue
        if in_table:
            if "|" in s:
                out.append(i)
                prev_item = False
                continue
            in_table = False
        if LIST_RE.match(line):
            indented = len(line) - len(line.lstrip()) >= 2
            if indented and prev_item and not LINK_RE.search(line):
                continue  # continuation of the entry above
            out.append(i)
            prev_item = True
            continue
        if BOLD_RE.match(line):
            out.append(i)
        prev_item = False
    return out


def main():
    for path in sorted(HERE.glob("*.README.md")):
        lines = path.read_text(encoding="utf-8").split("\n")
        cands = candidates(lines)
        rng = random.Random(4103)
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        print(f"## {path.name}: {len(cands)} candidates")
        for n in picked:
            print(f"{path.name}\t{n}\t{lines[n - 1]}")


if __name__ == "__main__":
    main()
