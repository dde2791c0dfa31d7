"""Sample 20 candidate entry lines from each saved README with random.Random(4108).

Candidate lines:
  * list items (bullets `-`/`*`/`+`, numbered `1.`/`1)`), at any indent, EXCEPT a list item
    nested under another list item: such a line (an authors line, a links line, a note line,
    a sub-entry of a table of contents) is part of its parent entry, so only the parent
    counts as a candidate;
  * table body rows (not the header row nor the `|---|` separator row);
  * lines starting with bold (`**`).
Fenced code blocks (``` or ~~~, also inside `>` quotes) and HTML comments are skipped.
A fresh random.Random(4108) is used for each list, lists in file-name order.
Paths are relative to this script's folder.  Run with -v to print the sampled lines.
"""
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
SEED = 4108

ITEM = re.compile(r"^(\s*)([-*+]|\d+[.)])\s+\S")
BOLD = re.compile(r"^\s*\*\*")
TABLE = re.compile(r"^\s*\|")
SEP = re.compile(r"^\s*\|?[\s:\-|]+\|?\s*$")


def width(ws):
    return len(ws.replace("\t", "    "))


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False
    parent_indent = None  # indent of the current top-level list item, None outside a list
    for i, line in enumerate(lines, 1):
        s = line
        if in_comment:
            if "-->" in s:
                in_comment = False
            prev_table = False
            continue
        bare = s.lstrip().lstrip(">").lstrip()
        if bare.startswith("```") or bare.startswith("~~~"):
            in_fence = not in_fence
            prev_table = False
            continue
        if in_fence:
            continue
        if "<!--" in s:
            before, _, after = s.partition("<!--")
            if "-->" not in after:
                in_comment = True
            if not before.strip():
                prev_table = False
                continue
            s = before
        if TABLE.match(s):
            is_sep = bool(SEP.match(s)) and "-" in s
            if prev_table and not is_sep:
                out.append(i)
            prev_table = True
            parent_indent = None
            continue
        prev_table = False
        m = ITEM.match(s)
        if m:
            ind = width(m.group(1))
            if parent_indent is not None and ind > parent_indent:
                continue  # nested under a list item: part of the parent entry
            parent_indent = ind
            out.append(i)
            continue
        if s.strip() and not s.startswith((" ", "\t")):
            parent_indent = None  # a non-indented, non-item line ends the list
        if BOLD.match(s):
            out.append(i)
    return out


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    for f in files:
        with open(os.path.join(HERE, f), encoding="utf-8", newline="") as fh:
            lines = fh.read().split("\n")
        cand = candidates(lines)
        rng = random.Random(SEED)
        pick = sorted(rng.sample(cand, min(N, len(cand))))
        print(f"{f}\t{len(lines)} lines\t{len(cand)} candidates\t{pick}")
        if "-v" in sys.argv:
            for ln in pick:
                print(f"  {ln}: {lines[ln-1]}")


if __name__ == "__main__":
    main()
