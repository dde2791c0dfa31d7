#!/usr/bin/env python3
"""Draw 20 entries a list for hand labelling (s52e).

One random.Random(5251) is used over the lists in sorted file-name order.
Candidate lines: list items (bullets, numbered; nested ones too), table body rows
(not header or separator rows), lines starting with bold, and heading lines that are
papers' titles (no list in this folder writes papers as headings, so none are used).
Fenced code and HTML comments are skipped.  Each drawn line is mapped to the start
of the entry it belongs to: a nested list item, an indented continuation paragraph
or a lazy continuation line belongs to the top-level item above it.  Drawing goes on
until 20 distinct entries are held (fewer if a list has fewer).
Output: sample.jsonl (list, line, raw) in draw order.
"""
import glob
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 5251
PER_LIST = 20

ITEM = re.compile(r"^(\s*)([-*+]|\d+[.)])(\s|$)")
SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def indent(line):
    n = 0
    for ch in line:
        if ch == " ":
            n += 1
        elif ch == "\t":
            n += 4 - n % 4
        else:
            break
    return n


def read_lines(path):
    with open(path, encoding="utf-8", newline="") as f:
        return f.read().splitlines()


def analyse(lines):
    """Return (candidates, entry_of, extent): candidate 0-based line indexes, the
    entry start each belongs to, and each entry's last line."""
    n = len(lines)
    skip = [False] * n
    in_fence = in_comment = False
    for i, l in enumerate(lines):
        s = l.strip()
        if in_fence:
            skip[i] = True
            if s.startswith("```") or s.startswith("~~~"):
                in_fence = False
            continue
        if in_comment:
            skip[i] = True
            if "-->" in s:
                in_comment = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            skip[i] = in_fence = True
            continue
        if s.startswith("<!--"):
            skip[i] = True
            in_comment = "-->" not in s
    # table rows: header = first row of a block of | lines, then separator
    table_body = set()
    i = 0
    while i < n:
        if not skip[i] and lines[i].lstrip().startswith("|"):
            j = i
            while j < n and not skip[j] and lines[j].lstrip().startswith("|"):
                j += 1
            block = list(range(i, j))
            if len(block) >= 2 and SEP.match(lines[block[1]]):
                table_body.update(block[2:])
            i = j
        else:
            i += 1
    cands = []
    for i, l in enumerate(lines):
        if skip[i]:
            continue
        if ITEM.match(l) or i in table_body or l.lstrip().startswith("**"):
            cands.append(i)
    # entries: a top-level list item owns following lines that are more indented
    # (nested items, continuation paragraphs, blank lines between them) and lazy
    # continuation lines; table rows and bold lines are one-line entries.
    entry_of, extent = {}, {}
    i = 0
    while i < n:
        if skip[i] or not ITEM.match(lines[i]):
            i += 1
            continue
        d = indent(lines[i])
        last = i
        j = i + 1
        while j < n:
            l = lines[j]
            if skip[j]:
                break
            if not l.strip():
                # blank: continue only if the next non-blank line is indented deeper
                k = j
                while k < n and not lines[k].strip():
                    k += 1
                if k < n and indent(lines[k]) > d and not skip[k]:
                    j = k
                    continue
                break
            if indent(l) > d:
                last = j
                j += 1
                continue
            # lazy continuation: same or less indent, directly after, not a new block
            if (not ITEM.match(l) and not l.lstrip().startswith(("#", "|", ">", "```"))
                    and lines[j - 1].strip()):
                last = j
                j += 1
                continue
            break
        for k in range(i, last + 1):
            entry_of[k] = i
        extent[i] = last
        i = last + 1
    for c in cands:
        if c not in entry_of:
            entry_of[c] = c
            extent[c] = c
    return cands, entry_of, extent


def main():
    rng = random.Random(SEED)
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, "*.README.md")))
    out = []
    for name in files:
        lines = read_lines(os.path.join(HERE, name))
        cands, entry_of, extent = analyse(lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for c in order:
            e = entry_of[c]
            if e not in held:
                held.append(e)
            if len(held) == PER_LIST:
                break
        n_entries = len({entry_of[c] for c in cands})
        print(f"{name}: {len(lines)} lines, {len(cands)} candidate lines, {n_entries} candidate entries, drew {len(held)}")
        for e in held:
            raw = "\n".join(lines[e:extent[e] + 1])
            out.append({"list": name, "line": e + 1, "raw": raw})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
