"""Sample 20 entries a list with ONE random.Random(6261), lists in sorted file-name order.

Candidate lines: list items (bullets -, *, + at any indent; numbered 1. / 1)),
table body rows (not header or separator rows), lines starting with bold, and
heading lines that are papers' titles (none of the three lists writes papers as
headings, so no heading is a candidate). Fenced code and HTML comments are skipped.

Mapping a drawn line to the start of its entry:
* CurryTang__awesome-fake-news-detection: every paper is a top-level bullet
  carrying a [Paper](...) link; all bullets after it (nested `- - ...`, indented
  `  - ...`, and top-level note bullets without a [Paper] link) up to the next
  paper bullet are its study notes, so they map to that paper bullet.
* the other lists: every bullet / numbered item is its own entry (nested TOC
  items are separate items); a non-item continuation line (`[[Paper]](...)` on the
  next line) is not a candidate and belongs to the item above.
Draw until 20 distinct entries are held.
Run: python3 sample.py  -> JSON lines (list, line, raw, candidates)
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))

BULLET = re.compile(r"^\s*[-*+](\s|$)")
NUMBERED = re.compile(r"^\s*\d+[.)]\s")
BOLD = re.compile(r"^\s*(\*\*|__)\S")
SEP = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")
HEADING = re.compile(r"^#{1,6}\s")
CURRY_PAPER = re.compile(r"^- (?!- ).*\[Paper\]\(")


def scan(lines):
    cand = []
    in_fence = in_comment = in_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if s.startswith("|"):
            if SEP.match(s):
                in_table = True
                continue
            nxt = lines[i].strip() if i < len(lines) else ""
            if not in_table and SEP.match(nxt):
                continue
            if in_table:
                cand.append(i)
            continue
        in_table = False
        if BULLET.match(line) or NUMBERED.match(line) or BOLD.match(line):
            cand.append(i)
    return cand


def entry_start(name, lines, n):
    if name.startswith("CurryTang__"):
        i = n
        while i >= 1:
            if CURRY_PAPER.match(lines[i - 1]):
                return i
            if HEADING.match(lines[i - 1]):
                break
            i -= 1
        return n
    return n


def entry_raw(name, lines, start, cand_set):
    out = [lines[start - 1]]
    j = start + 1
    if name.startswith("CurryTang__"):
        # the paper bullet plus its note bullets, up to the next paper bullet
        while j <= len(lines):
            nxt = lines[j - 1]
            if CURRY_PAPER.match(nxt) or HEADING.match(nxt):
                break
            out.append(nxt)
            j += 1
        while out and not out[-1].strip():
            out.pop()
        return "\n".join(out)
    while j <= len(lines):
        nxt = lines[j - 1]
        if not nxt.strip() or HEADING.match(nxt) or j in cand_set:
            break
        out.append(nxt)
        j += 1
    return "\n".join(out)


def main():
    rng = random.Random(6261)
    for name in LISTS:
        lines = open(os.path.join(HERE, name), encoding="utf-8").read().split("\n")
        cand = scan(lines)
        cand_set = set(cand)
        order = cand[:]
        rng.shuffle(order)
        held = []
        for n in order:
            s = entry_start(name, lines, n)
            if s not in held:
                held.append(s)
            if len(held) == 20:
                break
        for s in sorted(held):
            print(json.dumps({"list": name, "line": s,
                              "raw": entry_raw(name, lines, s, cand_set),
                              "candidates": len(cand)}, ensure_ascii=False))


if __name__ == "__main__":
    main()
