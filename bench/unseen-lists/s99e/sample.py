#!/usr/bin/env python3
"""Sample 20 candidate entries a list with one random.Random(9951), lists in sorted file-name order.

Candidate lines: list items (bullets, numbered), table body rows, lines starting with bold,
and headings in a list that writes papers as headings (MaximeVandegar: the `#####` headings).
Fenced code and HTML comments are skipped.
A list item that is only a field line of a multi-line entry (an indented sub-bullet under a
paper bullet in OSU-NLP-Group, a bullet under a paper heading in MaximeVandegar) is not a
candidate of its own: it belongs to the raw of the entry it continues.
Writes sample.jsonl: {list, line (1-based), raw (the entry's source lines joined with \n)}.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
HEADING_LISTS = {"MaximeVandegar__Papers-in-100-Lines-of-Code.README.md"}
NESTED_FIELD_LISTS = {"OSU-NLP-Group__GUI-Agents-Paper-List.README.md"}

ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+")
TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{3,}")


def indent(s):
    return len(s) - len(s.lstrip(" "))


def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            prev_table = False
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
        is_table = s.startswith("|")
        if is_table:
            # body row: a table row after the header+separator that is not the separator itself
            if prev_table and not TABLE_SEP.match(s) and i >= 2 and lines[i - 1].strip().startswith("|"):
                # the first row after the separator and later rows are body rows
                if any(TABLE_SEP.match(lines[j].strip()) for j in range(max(0, i - 200), i)):
                    out.append(i)
            prev_table = True
            continue
        prev_table = False
        if name in HEADING_LISTS:
            if s.startswith("#####"):
                out.append(i)
            elif ITEM.match(ln) and not _under_paper_heading(lines, i):
                out.append(i)
            elif s.startswith("**"):
                out.append(i)
            continue
        if ITEM.match(ln):
            if name in NESTED_FIELD_LISTS and indent(ln) > 0:
                continue  # field line of the paper bullet above
            out.append(i)
        elif s.startswith("**"):
            out.append(i)
    return out


def _under_paper_heading(lines, i):
    j = i - 1
    while j >= 0 and lines[j].strip() != "":
        if lines[j].startswith("#####"):
            return True
        j -= 1
    return False


def extent(name, lines, i):
    """Lines of the entry starting at i (0-based), returned as a list."""
    raw = [lines[i]]
    if name in HEADING_LISTS and lines[i].startswith("#####"):
        j = i + 1
        while j < len(lines) and lines[j].strip() != "" and ITEM.match(lines[j]):
            raw.append(lines[j])
            j += 1
    elif name in NESTED_FIELD_LISTS and ITEM.match(lines[i]) and indent(lines[i]) == 0:
        j = i + 1
        while j < len(lines) and lines[j].strip() != "" and indent(lines[j]) > 0:
            raw.append(lines[j])
            j += 1
    return raw


def main():
    rng = random.Random(9951)
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    rows = []
    for name in names:
        with open(os.path.join(HERE, name), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        cands = candidates(name, lines)
        pick = sorted(rng.sample(cands, N)) if len(cands) > N else cands
        print(name, "candidates", len(cands), "picked", len(pick))
        for i in pick:
            rows.append({"list": name, "line": i + 1, "raw": "\n".join(extent(name, lines, i))})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
