#!/usr/bin/env python3
"""Sample 20 candidate entries a list with random.Random(1603) (a fresh generator per list).

Candidate lines: list items (bullets -, *, + and numbered 1. / 1)), table body rows (rows after a
|---| separator row), and lines starting with bold (** or __, after leading whitespace), skipping
fenced code blocks and HTML comments.  A bold line that directly continues a non-blank, non-heading
line belongs to the entry above it and is not a candidate of its own.

The entry's raw text is the candidate line plus the lines that follow it up to a blank
(whitespace-only) line, a heading (# or <hN>), another list item or a table row.

Usage: python3 sample.py [LIST_DIR]   -> prints JSON lines {list, line, raw}
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
HEAD = re.compile(r"^\s{0,3}#{1,6}(\s|$)|^\s*<h[1-6][\s>]", re.I)
SEED = 1603


def masked_lines(lines):
    """True for lines inside fenced code or HTML comments."""
    mask = []
    in_fence = False
    in_comment = False
    for ln in lines:
        s = ln.strip()
        m = False
        if in_comment:
            m = True
            if "-->" in ln:
                in_comment = False
        elif in_fence:
            m = True
            if s.startswith("```") or s.startswith("~~~"):
                in_fence = False
        elif s.startswith("```") or s.startswith("~~~"):
            m = True
            in_fence = True
        elif s.startswith("<!--"):
            m = True
            if "-->" not in ln[ln.index("<!--") + 4:]:
                in_comment = True
        mask.append(m)
    return mask


def candidates(lines):
    mask = masked_lines(lines)
    out = []
    in_table = False
    for i, ln in enumerate(lines):
        if mask[i]:
            in_table = False
            continue
        s = ln.strip()
        if s.startswith("|") or (in_table and "|" in s):
            if SEP.match(s):
                in_table = True
                continue
            if in_table:
                out.append(i)
            continue
        in_table = False
        if ITEM.match(ln):
            out.append(i)
            continue
        if s.startswith("**") or s.startswith("__"):
            prev = lines[i - 1].strip() if i > 0 else ""
            if prev and not HEAD.match(lines[i - 1]) and not mask[i - 1]:
                continue  # continuation of the entry above
            out.append(i)
    return out, mask


def entry_raw(lines, i, mask):
    raw = [lines[i]]
    if lines[i].strip().startswith("|"):
        return lines[i]
    j = i + 1
    while j < len(lines):
        ln = lines[j]
        if not ln.strip() or HEAD.match(ln) or ITEM.match(ln) or ln.strip().startswith("|") or mask[j]:
            break
        raw.append(ln)
        j += 1
    return "\n".join(raw)


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else HERE
    for name in sorted(f for f in os.listdir(d) if f.endswith(".README.md")):
        text = open(os.path.join(d, name), encoding="utf-8", newline="").read()
        lines = text.split("\n")
        cands, mask = candidates(lines)
        rng = random.Random(SEED)
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        print(f"# {name}: {len(lines)} lines, {len(text)} chars, {len(cands)} candidates", file=sys.stderr)
        for i in picked:
            print(json.dumps({"list": name, "line": i + 1, "raw": entry_raw(lines, i, mask)}, ensure_ascii=False))


if __name__ == "__main__":
    main()
