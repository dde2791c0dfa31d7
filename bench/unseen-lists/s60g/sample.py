#!/usr/bin/env python3
"""Draw up to 20 entries a list from the saved lists in this folder.

One random.Random(6071) is used over the lists in sorted file-name order.

Candidate lines: list items (bullets `*`/`-`/`+`, numbered `1.`/`1)`, indented 0-3
spaces past any enclosing list, i.e. real list items, not indented code), table body
rows (not the header row or the separator row), lines starting with bold, and heading
lines that are papers' titles in the two lists that write papers as headings:
  * htbrandao__ppgi: ATX headings of the form `## N. [Title](link)` (one per paper);
  * raulsteleac__Speech_Emotion_Recognition: setext headings underlined with a single
    `-` (the three paper titles; the `--` underlined ones are section headings).
Fenced code, indented code blocks (4+ spaces outside a list) and HTML comments are
skipped.

Each drawn line is mapped to the start of the entry it belongs to (a continuation line
of a multi-line entry belongs to the entry's first line); drawing goes on until 20
distinct entries are held or the candidates run out.  The raw text of an entry is
its first line plus its continuation lines (for a list item: following non-blank,
non-item lines indented deeper; for a setext paper heading: the underline and the
first following non-blank line, the paper's own link).

Output: sample.jsonl (list, line, raw) next to this script, in draw order.
"""

import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
SEED = 6071

ITEM = re.compile(r"^( *)([*+-]|\d{1,9}[.)])( +|$)")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$")


def visible_lines(lines):
    """Yield (index, line, in_code_or_comment) for every line."""
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        skip = False
        s = line.strip()
        if in_comment:
            skip = True
            if "-->" in line:
                in_comment = False
        elif in_fence:
            skip = True
            if s.startswith("```") or s.startswith("~~~"):
                in_fence = False
        elif s.startswith("```") or s.startswith("~~~"):
            skip = True
            in_fence = True
        elif s.startswith("<!--"):
            skip = True
            if "-->" not in s:
                in_comment = True
        out.append(skip)
    return out


def candidates(name, lines):
    skip = visible_lines(lines)
    cands = []
    in_list = False  # the last non-blank line belonged to a list
    for i, line in enumerate(lines):
        if skip[i]:
            continue
        s = line.strip()
        if not s:
            continue
        indent = len(line) - len(line.lstrip(" "))
        if re.fullmatch(r"-+|=+", s) and i > 0 and lines[i - 1].strip() and indent <= 3:
            continue  # setext heading underline (an empty item cannot interrupt a paragraph)
        m = ITEM.match(line)
        if m and (indent <= 3 or in_list) and not SEP.match(line):
            cands.append(i)
            in_list = True
            continue
        if not (in_list and indent > 0):
            in_list = False
        if s.startswith("|"):
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if SEP.match(line) or SEP.match(nxt):
                continue  # separator row, or header row (the row above a separator)
            cands.append(i)
            continue
        if s.startswith("**"):
            cands.append(i)
            continue
        if name.startswith("htbrandao__") and re.match(r"^## \d+\. \[", line):
            cands.append(i)
            continue
        if name.startswith("raulsteleac__"):
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if nxt.strip() == "-" and not s.startswith("http"):
                cands.append(i)
    return cands


def entry_start(name, lines, i):
    """Walk up from a continuation line to its entry's first line."""
    # All candidates here are first lines of entries (list items, table rows,
    # headings); a continuation line would be an indented non-item line under an item.
    j = i
    while j > 0 and not ITEM.match(lines[j]) and lines[j].startswith("  ") and lines[j].strip():
        j -= 1
    return j if ITEM.match(lines[j]) else i


def entry_raw(name, lines, i):
    line = lines[i]
    raw = [line]
    if name.startswith("raulsteleac__") and i + 1 < len(lines) and lines[i + 1].strip() == "-":
        raw.append(lines[i + 1])
        k = i + 2
        while k < len(lines) and not lines[k].strip():
            k += 1
        if k == i + 2 and k < len(lines):
            raw.append(lines[k])
        return "\n".join(raw)
    m = ITEM.match(line)
    if m:
        base = len(m.group(1))
        k = i + 1
        while k < len(lines):
            nx = lines[k]
            if not nx.strip() or ITEM.match(nx):
                break
            if len(nx) - len(nx.lstrip(" ")) <= base:
                break
            raw.append(nx)
            k += 1
    return "\n".join(raw)


def main():
    rng = random.Random(SEED)
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    out = []
    for name in names:
        with open(os.path.join(HERE, name), encoding="utf-8", newline="") as fh:
            text = fh.read()
        lines = text.split("\n")
        cands = candidates(name, lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for i in order:
            if len(held) >= N:
                break
            s = entry_start(name, lines, i)
            if s not in held:
                held.append(s)
        print(f"{name}: {len(cands)} candidates, {len(held)} entries drawn")
        for s in held:
            out.append({"list": name, "line": s + 1, "raw": entry_raw(name, lines, s)})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as fh:
        for row in out:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
