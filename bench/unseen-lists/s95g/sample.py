#!/usr/bin/env python3
"""Sample 20 candidate entry lines a list with random.Random(9571), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows, lines starting with bold, and
(judgement call, see FINDINGS.md) the citation-paragraph entry lines of AndreWeiner's list
("M. **Alsalman** et al.: [Title (2018)](url)"), which are that list's entries although they are
neither list items nor bold-first lines. The "- Aim: ..." attribute bullets directly under such an
entry line (no blank line between) are part of that entry, not entries of their own, so they are
not candidates. No list writes papers as headings. Fenced code and HTML comments are skipped.
"""
import glob
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r"^\s*(?:[-*+]|\d+[.)])(?:\s|$)")
BOLD_RE = re.compile(r"^\s*(?:\*\*|__)\S")
CITE_RE = re.compile(r"^(?:[A-Z]\. )+\*\*[^*]+\*\*")
DELIM_RE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    in_cite_block = False
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            prev_table = False
            continue
        if in_fence:
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if not s:
            in_cite_block = False
            prev_table = False
            continue
        if CITE_RE.match(line):
            out.append(i)
            in_cite_block = True
            prev_table = False
            continue
        is_table = s.startswith("|")
        if is_table:
            # header row = first row of a table; skip it and the delimiter row
            if prev_table and not DELIM_RE.match(s):
                out.append(i)
            prev_table = True
            continue
        prev_table = False
        if in_cite_block:
            continue  # attribute bullets of a citation-paragraph entry
        if LIST_RE.match(line) or BOLD_RE.match(line):
            out.append(i)
    return out


def main():
    rng = random.Random(9571)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        name = os.path.basename(path)
        with open(path, encoding="utf-8", newline="") as f:
            lines = f.read().split("\n")
        cands = candidates(lines)
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        print(name, len(cands), "candidates,", len(picked), "sampled")
        for ln in picked:
            rows.append({"list": name, "line": ln, "text": lines[ln - 1]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
