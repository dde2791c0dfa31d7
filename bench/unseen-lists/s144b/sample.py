"""Sample 20 candidate entry lines a list with one random.Random(13651), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows (after a header row + separator row;
separator rows themselves skipped), lines starting with bold (** or __), and, for the list that writes
papers as headings (shenxiangzhuang), headings of level 3 and deeper. Fenced code and HTML comments are
skipped. The cut last line of a partial file (no final newline) is left out.
Writes sample.jsonl: {list, line, text}.
"""
import glob
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
HEADING_LISTS = {"shenxiangzhuang__shenxiangzhuang.github.io.README.md"}

BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
HEADING = re.compile(r"^(#{1,6})\s+\S")


def candidates(name, text):
    lines = text.split("\n")
    partial_cut = not text.endswith("\n")
    if text.endswith("\n"):
        lines = lines[:-1]
    out = []
    in_fence = False
    in_comment = False
    in_table = False
    for i, line in enumerate(lines):
        n = i + 1
        if partial_cut and i == len(lines) - 1:
            break
        s = line.strip()
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            in_table = False
            continue
        if in_fence:
            continue
        # tables
        if s.startswith("|") and i + 1 < len(lines) and SEP.match(lines[i + 1]) and not in_table:
            in_table = True  # header row: not a candidate
            continue
        if in_table:
            if SEP.match(line):
                continue
            if s.startswith("|") or ("|" in s and s):
                out.append(n)
                continue
            in_table = False
        m = HEADING.match(line)
        if m:
            if name in HEADING_LISTS and len(m.group(1)) >= 3:
                out.append(n)
            continue
        if BULLET.match(line) or s.startswith("**") or s.startswith("__"):
            out.append(n)
    return out, lines


def main():
    rng = random.Random(13651)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        name = os.path.basename(path)
        text = open(path, encoding="utf-8").read()
        cands, lines = candidates(name, text)
        k = min(20, len(cands))
        pick = sorted(rng.sample(cands, k))
        print(name, "candidates:", len(cands), "sampled:", k)
        for n in pick:
            rows.append({"list": name, "line": n, "text": lines[n - 1]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
