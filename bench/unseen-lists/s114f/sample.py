#!/usr/bin/env python3
"""Sample 20 candidate entry lines per list with random.Random(11461).

Candidate lines (fenced code and HTML comments skipped):
  * list items (bullets -, *, +; numbered 1. / 1))
  * table body rows (not the header row, not the |---| separator row)
  * lines starting with bold (**)
  * headings, in a list that writes its papers as headings
    (yangjiazhne: `### Title` then a `**[[Paper]]...** | *Venue*` line); there the bold
    link line right under a heading is part of that heading's entry, not a candidate of its own
  * paragraph-start lines, in a list that writes its papers as plain paragraphs
    (AndrewZhou924: `Venue Year - Title.` then `[[paper]](...)` lines): the first
    non-blank, non-heading line after a blank line or a heading
One generator, lists in sorted file-name order.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
HEADING_LISTS = {"yangjiazhne__Awesome-Model-Watermarking-And-Fingerprint.README.md"}
PARAGRAPH_LISTS = {"AndrewZhou924__Awesome-model-inversion-attack.README.md"}

LIST_RE = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")
HEAD_RE = re.compile(r"^\s{0,3}#{1,6}\s")
SETEXT_RE = re.compile(r"^\s{0,3}(=+|-+)\s*$")
SEP_RE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False
    prev_blank = True
    prev_heading = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_fence:
            if s.startswith("```") or s.startswith("~~~"):
                in_fence = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = True
            continue
        if in_comment:
            if "-->" in s:
                in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        is_table = s.startswith("|")
        is_heading = bool(HEAD_RE.match(line))
        # setext heading: a text line followed by === (title of the watermark list)
        is_setext_title = i + 1 < len(lines) and SETEXT_RE.match(lines[i + 1]) and s and not is_table
        cand = False
        if is_table:
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if SEP_RE.match(s):
                cand = False
            elif SEP_RE.match(nxt.strip()):
                cand = False  # header row
            else:
                cand = True
        elif LIST_RE.match(line):
            cand = True
        elif s.startswith("**"):
            cand = not (name in HEADING_LISTS and prev_heading)
        elif is_heading or is_setext_title:
            cand = name in HEADING_LISTS
        elif name in PARAGRAPH_LISTS and s and (prev_blank or prev_heading) and not SETEXT_RE.match(line):
            cand = True
        if cand:
            out.append(i + 1)
        prev_table = is_table
        prev_blank = not s
        prev_heading = is_heading or bool(SETEXT_RE.match(line) and i > 0 and lines[i - 1].strip())
    return out


def main():
    rng = random.Random(11461)
    names = sorted(n for n in os.listdir(HERE) if n.endswith(".README.md"))
    rows = []
    for name in names:
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            lines = f.read().split("\n")
        cands = candidates(name, lines)
        k = min(20, len(cands))
        picked = sorted(rng.sample(cands, k))
        print(name, "candidates:", len(cands), "sampled:", k)
        for ln in picked:
            rows.append({"list": name, "line": ln, "text": lines[ln - 1]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
