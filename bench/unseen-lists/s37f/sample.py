"""Sample 20 candidate entries per saved README with random.Random(3706).

Candidates: list items (bullets, numbered), table body rows (not the header row
or the |---| separator row) and lines starting with bold (**). Fenced code
blocks and HTML comments are skipped.  A bullet that directly follows (no blank
line) a bold-start line belongs to that bold entry (citation-style entries:
**Title** / - Authors: / - Venue: / - description) and is not a candidate of its
own.  Lists are processed in sorted file-name order with one shared RNG.
Writes sample.json next to this file.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")


def candidates(lines):
    out = []  # (start_index, end_index_exclusive)
    in_fence = False
    in_comment = False
    prev_table = False
    table_row = 0
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        s = line.strip()
        if in_comment:
            if "-->" in line:
                in_comment = False
            i += 1
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            prev_table = False
            i += 1
            continue
        if in_fence:
            i += 1
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            i += 1
            continue
        if s.startswith("|"):
            table_row = table_row + 1 if prev_table else 1
            prev_table = True
            is_sep = re.match(r"^\|?[\s:\-|]+\|?$", s) is not None
            if table_row >= 2 and not is_sep:
                out.append((i, i + 1))
            i += 1
            continue
        prev_table = False
        if s.startswith("**"):
            j = i + 1
            while j < n and lines[j].strip() and LIST_RE.match(lines[j]):
                j += 1
            out.append((i, j))
            i = j
            continue
        if LIST_RE.match(line):
            out.append((i, i + 1))
        i += 1
    return out


def main():
    rng = random.Random(3706)
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    result = []
    for f in files:
        with open(os.path.join(HERE, f), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        cands = candidates(lines)
        picked = sorted(rng.sample(cands, 20))
        for a, b in picked:
            result.append({"list": f, "line": a + 1,
                           "raw": "\n".join(lines[a:b])})
        print(f, "candidates:", len(cands))
    with open(os.path.join(HERE, "sample.json"), "w", encoding="utf-8") as fh:
        json.dump(result, fh, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
