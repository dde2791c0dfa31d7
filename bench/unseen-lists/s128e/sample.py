#!/usr/bin/env python3
"""Sample 20 candidate entries a list with random.Random(12741), lists in sorted file-name order.

Candidate lines: list items (bullets, numbered), table body rows, lines starting with bold, and
headings when the list writes papers as headings (jcochanc: the ### headings are the entries).
Fenced code and HTML comments (also multi-line) are skipped.
An entry that starts at a bold line or a paper heading owns the lines that follow it (its field
bullets / link bullets / notes), so those lines are not separate candidates:
  * bold entry (zhangjunmengyang): from the bold line to the next blank line;
  * heading entry (jcochanc): from the ### heading to the line before the next heading,
    trailing blank lines dropped.
A plain list item owns its lazy continuation lines (non-blank lines that are not list items,
headings or bold starts); its nested list items are candidates of their own.
Writes sample.jsonl: {"list", "line", "raw"} a line.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
HEADING_LISTS = {"jcochanc__Causal-Papers-Code.README.md"}

LIST_RE = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
TABLE_RE = re.compile(r"^\s*\|")
SEP_RE = re.compile(r"^\s*\|?\s*:?-{2,}")
HEAD_RE = re.compile(r"^#{1,6}\s")


def masked(lines):
    """True for lines inside fenced code or HTML comments."""
    out, fence, comment = [], False, False
    for ln in lines:
        s = ln.strip()
        if fence:
            out.append(True)
            if s.startswith("```"):
                fence = False
            continue
        if comment:
            out.append(True)
            if "-->" in ln:
                comment = False
            continue
        if s.startswith("```"):
            fence = True
            out.append(True)
            continue
        if s.startswith("<!--"):
            out.append(True)
            if "-->" not in ln:
                comment = True
            continue
        out.append(False)
    return out


def entries(name, text):
    lines = text.split("\n")
    mask = masked(lines)
    res = []
    i, n = 0, len(lines)
    heading_mode = name in HEADING_LISTS
    while i < n:
        ln = lines[i]
        if mask[i] or not ln.strip():
            i += 1
            continue
        if heading_mode and ln.startswith("### "):
            j = i + 1
            while j < n and not HEAD_RE.match(lines[j]):
                j += 1
            k = j
            while k > i + 1 and not lines[k - 1].strip():
                k -= 1
            res.append((i + 1, "\n".join(lines[i:k])))
            i = j
            continue
        if ln.startswith("**"):
            j = i + 1
            while j < n and lines[j].strip() and not mask[j]:
                j += 1
            res.append((i + 1, "\n".join(lines[i:j])))
            i = j
            continue
        if (LIST_RE.match(ln) and not heading_mode) or (TABLE_RE.match(ln) and not SEP_RE.match(ln)):
            j = i + 1
            while (j < n and lines[j].strip() and not mask[j] and not LIST_RE.match(lines[j])
                   and not HEAD_RE.match(lines[j]) and not lines[j].startswith("**")
                   and not TABLE_RE.match(ln)):
                j += 1
            res.append((i + 1, "\n".join(lines[i:j])))
            i = j
            continue
        i += 1
    return res


def main():
    rng = random.Random(12741)
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    out = []
    for name in names:
        text = open(os.path.join(HERE, name), encoding="utf-8").read()
        cands = entries(name, text)
        pick = rng.sample(cands, min(20, len(cands)))
        pick.sort()
        print(name, "candidates:", len(cands))
        for line, raw in pick:
            out.append({"list": name, "line": line, "raw": raw})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
