#!/usr/bin/env python3
"""Sample up to 20 candidate entry lines a list with random.Random(12981) (one generator, lists in sorted order).

Candidates: list items (bullets, numbered), table body rows, lines starting with bold, and headings in a
list that writes papers as headings (here only young-su-ko__dl4proteins, whose papers are `## N. [Title](url)`
H2 headings; its H1 title and the `### Abstract` sub-headings inside each entry are not entries).
Fenced code and HTML comments are skipped."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
HEADING_LISTS = {"young-su-ko__dl4proteins.README.md": re.compile(r"^##\s+\d+\.\s")}
LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
TABLE_ROW = re.compile(r"^\s*\|.*\|")
TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
BOLD = re.compile(r"^\s*\*\*\S")

def candidates(name, lines):
    out, fence, comment, prev_table = [], False, False, False
    for i, line in enumerate(lines, 1):
        s = line.rstrip("\n")
        if re.match(r"^\s*(```|~~~)", s):
            fence = not fence; continue
        if fence: continue
        if comment:
            if "-->" in s: comment = False
            continue
        if "<!--" in s and "-->" not in s.split("<!--", 1)[1]:
            comment = True; continue
        if name in HEADING_LISTS:
            if HEADING_LISTS[name].match(s): out.append(i)
            continue
        if TABLE_ROW.match(s):
            if TABLE_SEP.match(s): prev_table = True; continue
            if prev_table: out.append(i)
            continue
        prev_table = False
        if LIST_ITEM.match(s) or BOLD.match(s):
            out.append(i)
    return out

rng = random.Random(12981)
with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        name = os.path.basename(path)
        lines = open(path, encoding="utf-8", newline="").read().split("\n")
        c = candidates(name, lines)
        pick = sorted(c) if len(c) <= 20 else sorted(rng.sample(c, 20))
        print(name, "candidates", len(c), "picked", len(pick))
        for ln in pick:
            f.write(json.dumps({"list": name, "line": ln, "text": lines[ln - 1]}, ensure_ascii=False) + "\n")
