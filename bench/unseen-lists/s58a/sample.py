#!/usr/bin/env python3
"""Draw 20 entries a list from the saved READMEs in this folder (s58a).

One random.Random(5811) is used over all lists, taken in sorted file-name order.

Candidate lines (fenced code blocks and HTML comments are skipped):
  * list items: "-", "*", "+" bullets and numbered items ("1." / "1)"), at any indentation;
  * table body rows (a "|" row that is neither the header row nor the "---" separator row);
  * lines starting with bold ("**" or "__");
  * heading lines that are papers' titles: the xinghaochen list writes every paper as a
    level-5 heading "##### • Title ..." (a heading at level 5 or deeper, or whose text starts
    with "•", and that has text; the bare "#####" at the cut end of the saved page has none);
  * JUDGEMENT CALL (see FINDINGS.md): two of the three lists (3DFaceBody, lijiaman) write every
    paper as its own paragraph "[Title](link). Venue, Year. [[Page]](..) [[Code]](..)", with no
    list marker at all.  Read strictly, the rules above would give those lists no paper
    candidates, only their tables of contents.  So a paragraph line that starts with a Markdown
    link ("[" at column 0, not inside a list item, heading or table) counts as a candidate too,
    in every list (in the hand list that also makes the "[\\[back to top\\]](#contents)" lines
    candidates: they are non-papers).

Mapping a drawn line to the start of its entry:
  * a heading-entry (xinghaochen) owns the lines under it up to the next blank line (its
    "_authors_" line); those lines are not candidates anyway;
  * a paragraph-entry starting with "[" is one line in these lists (the next line is blank);
  * every list item here is a table-of-contents line with an anchor link: each is its own entry
    (nested TOC items are not continuation lines of their parent).
So every candidate is the start of its own entry, and drawing simply walks the shuffled
candidates until 20 distinct entry starts are held.

Output: sample.json (list -> sorted line numbers) and one line a drawn entry on stdout.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 5811
PER_LIST = 20

BULLET = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")
BOLD = re.compile(r"^\s*(\*\*|__)\S")
HEADING = re.compile(r"^\s{0,3}(#{1,6})(?:\s+(.*?))?\s*#*\s*$")
TABLE = re.compile(r"^\s*\|")
TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
FENCE = re.compile(r"^\s{0,3}(```|~~~)")
LINK_PARA = re.compile(r"^\[")


def skip_mask(lines):
    """True for lines inside fenced code or HTML comments."""
    mask = [False] * len(lines)
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        if in_fence:
            mask[i] = True
            if FENCE.match(line):
                in_fence = False
            continue
        if in_comment:
            mask[i] = True
            if "-->" in line:
                in_comment = False
            continue
        if FENCE.match(line):
            mask[i] = True
            in_fence = True
            continue
        if line.lstrip().startswith("<!--"):
            mask[i] = True
            if "-->" not in line:
                in_comment = True
    return mask


def is_paper_heading(line):
    m = HEADING.match(line)
    if not m:
        return False
    level, text = len(m.group(1)), (m.group(2) or "").strip()
    if not text:
        return False
    return level >= 5 or text.startswith("•")


def candidates(lines):
    mask = skip_mask(lines)
    out = []
    for i, line in enumerate(lines):
        if mask[i] or not line.strip():
            continue
        if TABLE.match(line):
            # header row: the row right before a separator row; separator rows themselves
            if TABLE_SEP.match(line):
                continue
            if i + 1 < len(lines) and TABLE_SEP.match(lines[i + 1]):
                continue
            out.append(i)
        elif BULLET.match(line) or BOLD.match(line):
            out.append(i)
        elif is_paper_heading(line):
            out.append(i)
        elif LINK_PARA.match(line):
            out.append(i)
    return out


def entry_start(lines, i):
    # every candidate in these three lists starts its own entry (see the docstring)
    return i


def main():
    rng = random.Random(SEED)
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    result = {}
    for name in files:
        with open(os.path.join(HERE, name), encoding="utf-8", newline="") as fh:
            text = fh.read()
        lines = text.splitlines()
        cands = candidates(lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for i in order:
            s = entry_start(lines, i)
            if s not in held:
                held.append(s)
            if len(held) == PER_LIST:
                break
        result[name] = {"candidates": len(cands), "lines": sorted(s + 1 for s in held)}
        for s in sorted(held):
            print(f"{name}\t{s + 1}\t{lines[s][:110]}")
    with open(os.path.join(HERE, "sample.json"), "w", encoding="utf-8") as fh:
        json.dump(result, fh, indent=1)
    for name, r in result.items():
        print(f"# {name}: {r['candidates']} candidates, {len(r['lines'])} drawn")


if __name__ == "__main__":
    main()
