"""Sample 20 entries a list with ONE random.Random(6251), lists in sorted file-name order.

Candidate lines (fenced code and HTML comments skipped):
  * list items: bullets (-, *, + at any indent) and numbered items (1. / 1)),
    also inside a blockquote ("> - Architecture: ...", "> 1. ...");
  * table body rows (not header or separator rows);
  * lines starting with bold, also bold inside a leading link ("[**Title**](url)",
    the shape Pranav-chib uses for every paper);
  * paper-title headings: an ATX heading whose text ends with a parenthesised
    author/year group, "#### Title (A B, C D 2016)" (daviddao writes every paper so;
    its dataset headings such as "#### comma.ai Dataset" do not match).
Mapping a drawn line to the start of its entry:
  * a blockquote list item belongs to the nearest paper-title heading above it,
    when no other heading lies between them (study notes under a paper heading);
  * every other candidate line starts its own entry.
Entry extent (for `raw`):
  * paper-title heading: up to the next heading or "---" rule, trailing blank lines cut;
  * other entries: the following non-blank lines that are neither candidates nor
    headings; after a blank line the entry goes on only if the next non-blank line
    is a badge line "[![" (Pranav-chib puts a GitHub badge after a blank line once).
For each list: shuffle its candidate lines and walk them until 20 distinct entries.
Run: python3 sample.py > sample.json  (JSON lines: list, line, raw, candidates)
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))

ITEM = re.compile(r"^\s*(>\s*)*([-*+]|\d+[.)])(\s|$)")
QUOTE_ITEM = re.compile(r"^\s*>\s*([-*+]|\d+[.)])(\s|$)")
BOLD = re.compile(r"^\s*\[?(\*\*|__)\S")
SEP = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")
HEADING = re.compile(r"^\s{0,3}#{1,6}\s")
PAPER_HEADING = re.compile(r"^#{1,6}\s+.+\([^()]*\d{4}[^()]*\)\s*(:star:)?\s*$")


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
                continue  # header row
            if in_table:
                cand.append(i)
            continue
        in_table = False
        if s in ("---", "***") or set(s) == {"-"}:
            continue
        if PAPER_HEADING.match(line):
            cand.append(i)
        elif ITEM.match(line) or BOLD.match(line):
            cand.append(i)
    return cand


def entry_start(lines, n):
    if QUOTE_ITEM.match(lines[n - 1]):
        i = n - 1
        while i >= 1:
            if PAPER_HEADING.match(lines[i - 1]):
                return i
            if HEADING.match(lines[i - 1]):
                break
            i -= 1
    return n


def entry_raw(lines, start, cand_set):
    out = [lines[start - 1]]
    if PAPER_HEADING.match(lines[start - 1]):
        j = start + 1
        while j <= len(lines):
            l = lines[j - 1]
            if HEADING.match(l) or set(l.strip()) == {"-"}:
                break
            out.append(l)
            j += 1
    else:
        j = start + 1
        while j <= len(lines):
            l = lines[j - 1]
            if not l.strip():
                k = j
                while k <= len(lines) and not lines[k - 1].strip():
                    k += 1
                if k <= len(lines) and lines[k - 1].lstrip().startswith("[!["):
                    out.extend(lines[j - 1:k - 1])
                    j = k
                    continue
                break
            if j in cand_set or HEADING.match(l) or l.strip().startswith("<"):
                break
            out.append(l)
            j += 1
    while out and not out[-1].strip():
        out.pop()
    return "\n".join(out)


def main():
    rng = random.Random(6251)
    for name in LISTS:
        text = open(os.path.join(HERE, name), encoding="utf-8").read()
        lines = text.split("\n")
        cand = scan(lines)
        cand_set = set(cand)
        order = cand[:]
        rng.shuffle(order)
        held = []
        for n in order:
            s = entry_start(lines, n)
            if s not in held:
                held.append(s)
            if len(held) == 20:
                break
        for s in sorted(held):
            print(json.dumps({"list": name, "line": s, "raw": entry_raw(lines, s, cand_set),
                              "candidates": len(cand)}, ensure_ascii=False))


if __name__ == "__main__":
    main()
