"""Sample 20 entries a list with ONE random.Random(6241), lists in sorted file-name order.

Candidate lines: list items (bullets -, *, + at any indent; numbered 1. / 1)),
table body rows (not header or separator rows) and lines starting with bold.
None of the three lists writes papers as headings, so no heading is a candidate.
Fenced code and HTML comments (one-line and multi-line) are skipped.
Each drawn line is mapped to the start of the entry it belongs to:
  * a nested bullet with no link directly under a paper item (the authors
    sub-bullet of the Related Survey entries) belongs to that item;
  * non-candidate continuation lines (an indented authors line after a blank
    line, a wrapped venue line) are never drawn; they are added to the entry's
    raw text by entry_raw.
Draw until 20 distinct entries are held.
Run: python3 sample.py  -> JSON lines (list, line, raw, candidates)
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))

BULLET = re.compile(r"^(\s*)[-*+](\s|$)")
NUMBERED = re.compile(r"^(\s*)\d+[.)](\s|$)")
BOLD = re.compile(r"^\s*(\*\*|__)\S")
SEP = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")
HEADING = re.compile(r"^#{1,6}\s")
LABEL_ONLY = re.compile(r"^\s*[-*+]\s+\*\*[^*]+\*\*\s*$")


def indent(line):
    return len(line) - len(line.lstrip(" "))


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


def is_authors_subbullet(lines, n):
    """A nested bullet without a link right under a paper item (not a bold label)."""
    line = lines[n - 1]
    if n < 2 or not BULLET.match(line) or "](" in line:
        return False
    prev = lines[n - 2]
    if not prev.strip() or LABEL_ONLY.match(prev):
        return False
    return (BULLET.match(prev) or NUMBERED.match(prev)) and indent(line) > indent(prev)


def entry_start(lines, n):
    if is_authors_subbullet(lines, n):
        return n - 1
    return n


def entry_raw(lines, start, cand_set):
    """The entry's lines: the item line, wrapped lines, an authors sub-bullet, and an
    indented continuation paragraph after blank lines (authors line of list items)."""
    out = [lines[start - 1]]
    base = indent(lines[start - 1])
    j = start + 1
    while j <= len(lines):
        nxt = lines[j - 1]
        if HEADING.match(nxt):
            break
        if not nxt.strip():
            # look past blank lines for an indented non-item continuation paragraph
            k = j
            while k <= len(lines) and not lines[k - 1].strip():
                k += 1
            if (k <= len(lines) and k not in cand_set and indent(lines[k - 1]) > base
                    and not HEADING.match(lines[k - 1])
                    and (BULLET.match(lines[start - 1]) or NUMBERED.match(lines[start - 1]))):
                out.extend(lines[j - 1:k])
                j = k + 1
                continue
            break
        if j in cand_set:
            if is_authors_subbullet(lines, j) and j == start + len(out):
                out.append(nxt)
                j += 1
                continue
            break
        out.append(nxt)
        j += 1
    return "\n".join(out)


def main():
    rng = random.Random(6241)
    for name in LISTS:
        lines = open(os.path.join(HERE, name), encoding="utf-8").read().split("\n")
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
            print(json.dumps({"list": name, "line": s,
                              "raw": entry_raw(lines, s, cand_set),
                              "candidates": len(cand)}, ensure_ascii=False))


if __name__ == "__main__":
    main()
