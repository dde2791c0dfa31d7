#!/usr/bin/env python3
"""Sample 20 candidate entries a list (all if fewer) with random.Random(8551).

Candidate lines (fenced code and HTML comments skipped):
  * list items (bullets, numbered).  A nested bullet is a detail line of its parent entry
    (authors / date / task / summary bullets in Thinklab-SJTU) and is NOT a candidate of its
    own, except inside a table of contents (parent item links to a #anchor), where every
    nested line is its own item;
  * table body rows: Markdown rows after the |---| separator, and HTML <tr> rows whose
    cells are <td> (not the <th> header row);
  * lines starting with bold (**...**).
The raw extent written here is a first guess (list item + its deeper-indented lines, an HTML
<tr> through </tr>, else one line); labels.jsonl holds the checked raw.

One generator for all lists, lists in sorted file-name order.  Writes sample.jsonl.
"""
import glob
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r"^(\s*)([-*+]|\d+[.)])\s+\S")
TOC_LINK = re.compile(r"\]\([^)]*#[^)]*\)")


def candidates(lines):
    out = []
    in_fence = in_comment = False
    parent = None  # last top-level list item line
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("<!--") and "-->" not in s[4:]:
            in_comment = True
            continue
        if s.startswith("```"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        m = ITEM.match(line)
        if m:
            if len(m.group(1)) == 0:
                parent = line
                out.append((i, "item"))
            elif parent is not None and TOC_LINK.search(parent):
                out.append((i, "toc-item"))
            continue
        if not s:
            continue
        if s.startswith("|") and i >= 2 and re.match(r"^\s*\|?\s*:?-{3,}", lines[i - 1]) is None:
            # body row: some earlier line in this table block is the separator
            j = i - 1
            while j >= 0 and lines[j].strip().startswith("|"):
                if re.match(r"^\s*\|?\s*:?-{3,}", lines[j]):
                    out.append((i, "table-row"))
                    break
                j -= 1
            continue
        if s == "<tr>":
            nxt = next((l.strip() for l in lines[i + 1:] if l.strip()), "")
            if nxt.startswith("<td"):
                out.append((i, "html-row"))
            continue
        if line.startswith("**") or line.startswith("__"):
            out.append((i, "bold"))
    return out


def extent(lines, i, kind):
    if kind == "html-row":
        j = i
        while not lines[j].strip() == "</tr>":
            j += 1
        return lines[i:j + 1]
    if kind == "item":
        ind = len(ITEM.match(lines[i]).group(1))
        j = i + 1
        while j < len(lines) and lines[j].strip() and (len(lines[j]) - len(lines[j].lstrip())) > ind:
            j += 1
        return lines[i:j]
    return [lines[i]]


def main():
    rng = random.Random(8551)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        name = os.path.basename(path)
        lines = open(path, encoding="utf-8").read().split("\n")
        cands = candidates(lines)
        picked = sorted(rng.sample(cands, 20)) if len(cands) > 20 else cands
        print(name, "candidates:", len(cands), "picked:", len(picked))
        for i, kind in picked:
            rows.append({"list": name, "line": i + 1, "kind": kind,
                         "raw": "\n".join(extent(lines, i, kind))})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
