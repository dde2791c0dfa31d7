#!/usr/bin/env python3
"""Sample 20 candidate entry lines a list (random.Random(12481), lists in sorted file-name order).

Candidate lines: list items (bullets, numbered), table body rows, lines starting with bold,
and -- only for the list that writes its papers as <details><summary> labels (yuelinan) --
the <summary> lines.  Fenced code and HTML comments are skipped.  Table body rows of the
"English Note | Chinese Note" tables in the yuelinan list are NOT candidates: they are the
study notes inside a paper's <details> block, not entries of their own.
Writes sample.jsonl (list, line, text) next to this script.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SUMMARY_PAPER_LISTS = {"yuelinan__Awesome-Efficient-R1-style-LRMs.README.md"}

LIST_RE = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
SEP_RE = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")
BOLD_RE = re.compile(r"^\s*\*\*\S")
SUMMARY_RE = re.compile(r"^\s*<summary>")


def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    table_kind = None  # None, 'body', 'note'
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if "-->" in s:
                in_comment = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if s.startswith("|"):
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if table_kind is None and SEP_RE.match(nxt.strip()):
                # header row
                table_kind = "note" if "English Note" in s else "header"
                continue
            if SEP_RE.match(s):
                if table_kind == "header":
                    table_kind = "body"
                continue
            if table_kind == "note":
                continue
            if table_kind in ("body", "header"):
                table_kind = "body"
                out.append(i)
                continue
        else:
            if table_kind is not None and s == "":
                table_kind = None
            elif table_kind is not None and not s.startswith("|"):
                # a continuation line of a broken table row, or end of table
                if s.startswith("#") or s.startswith("<"):
                    table_kind = None
        if s.startswith("|"):
            continue
        if LIST_RE.match(line) or BOLD_RE.match(line):
            out.append(i)
        elif name in SUMMARY_PAPER_LISTS and SUMMARY_RE.match(line):
            out.append(i)
    return out


def main():
    rng = random.Random(12481)
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    rows = []
    for name in names:
        with open(os.path.join(HERE, name), encoding="utf-8", newline="") as fh:
            lines = fh.read().split("\n")
        cands = candidates(name, lines)
        k = min(20, len(cands))
        picked = sorted(rng.sample(cands, k))
        print(f"{name}: {len(cands)} candidates, sampled {k}")
        for i in picked:
            rows.append({"list": name, "line": i + 1, "text": lines[i]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
