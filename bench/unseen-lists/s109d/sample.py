#!/usr/bin/env python3
"""Sample 20 candidate entries a list with random.Random(10941); writes sample.jsonl.

Candidates: list items (bullets, numbered), table body rows, lines starting with bold,
and headings in the list that writes its papers as headings (stopaimme). Fenced code and
HTML comments are skipped. Parts of a multi-line entry are not separate candidates:
the detail bullets (`- 论文：`, `- 代码：`...) under an amusi bold title, and the
`**Authors**:` line under a stopaimme paper heading.
The raw of an entry: amusi bold title -> through its last detail bullet; stopaimme paper
heading (### ...) -> through its `[📄Paper](...)` links line; otherwise the line itself.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
HEADING_LISTS = {"stopaimme__ICLR2024-3D-Generation-Paperlist.README.md"}

BULLET = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")
BOLD = re.compile(r"^\s*\*\*")
TABLE = re.compile(r"^\s*\|")
SEP = re.compile(r"^\s*\|?\s*:?-{3,}")
HEADING = re.compile(r"^#{1,6}\s")


def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    in_table_header = False
    skip_detail = False  # inside an amusi entry: bullets/blank lines belong to the title
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith("```"):
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
        if skip_detail:
            if s == "" or BULLET.match(line):
                continue
            skip_detail = False
        if TABLE.match(line):
            # header row is the row followed by a separator row
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if SEP.match(line) or SEP.match(nxt.strip()) and nxt.strip().startswith("|"):
                continue
            out.append(i)
            continue
        if name in HEADING_LISTS and HEADING.match(line):
            out.append(i)
            continue
        if BOLD.match(line):
            if name in HEADING_LISTS and s.startswith("**Authors**"):
                continue
            out.append(i)
            if name.startswith("amusi__"):
                skip_detail = True
            continue
        if BULLET.match(line):
            out.append(i)
    return out


def raw_of(name, lines, i):
    line = lines[i]
    if name.startswith("amusi__") and BOLD.match(line):
        end = i
        j = i + 1
        while j < len(lines) and (lines[j].strip() == "" or BULLET.match(lines[j])):
            if BULLET.match(lines[j]):
                end = j
            j += 1
        return "\n".join(lines[i:end + 1])
    if name in HEADING_LISTS and line.startswith("### "):
        j = i + 1
        while j < len(lines) and not lines[j].startswith("[📄Paper]") and not HEADING.match(lines[j]):
            j += 1
        if j < len(lines) and lines[j].startswith("[📄Paper]"):
            return "\n".join(lines[i:j + 1])
    return line


def main():
    rng = random.Random(10941)
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    rows = []
    for name in names:
        with open(os.path.join(HERE, name), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        cands = candidates(name, lines)
        pick = sorted(rng.sample(cands, min(20, len(cands))))
        print(name, "candidates:", len(cands))
        for i in pick:
            rows.append({"list": name, "line": i + 1, "raw": raw_of(name, lines, i)})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
