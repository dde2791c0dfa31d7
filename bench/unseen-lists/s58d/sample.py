"""Draw 20 entries a list from the saved READMEs of s58d.

One random.Random(5841) is used over the lists in sorted file-name order.
Candidate lines: list items (bullets, numbered), table body rows (not the
header or separator rows), and lines starting with bold; fenced code and HTML
comments are skipped (none of the three lists writes papers as headings, so no
heading line is a candidate). Each list's candidates are shuffled and walked; a
drawn line is mapped to the first line of the entry it belongs to (a
continuation line belongs to the entry above it) until 20 distinct entries are
held.  Prints JSON lines: list, line, raw (the entry's lines as the file has
them), for hand labelling.
"""
import glob
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 5841
PER_LIST = 20

ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
BOLD = re.compile(r"^\s*\*\*")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
HEADING = re.compile(r"^\s{0,3}#{1,6}\s")


def is_table_line(s):
    return s.lstrip().startswith("|")


def masked(lines):
    """True for lines inside fenced code or HTML comments."""
    out = []
    fence = False
    comment = False
    for s in lines:
        t = s.strip()
        if not comment and t.startswith("```"):
            out.append(True)
            fence = not fence
            continue
        if fence:
            out.append(True)
            continue
        if comment:
            out.append(True)
            if "-->" in s:
                comment = False
            continue
        if t.startswith("<!--"):
            out.append(True)
            if "-->" not in s:
                comment = True
            continue
        out.append(False)
    return out


def candidates(lines):
    """1-based numbers of candidate lines."""
    skip = masked(lines)
    cands = []
    n = len(lines)
    for i, s in enumerate(lines):
        if skip[i] or not s.strip():
            continue
        if is_table_line(s):
            if SEP.match(s):
                continue
            # header row: the next line is a separator row
            if i + 1 < n and SEP.match(lines[i + 1]) and is_table_line(lines[i + 1]):
                continue
            # body row: a separator row above it in the same table
            j = i - 1
            while j >= 0 and is_table_line(lines[j]) and not SEP.match(lines[j]):
                j -= 1
            if j >= 0 and SEP.match(lines[j]) and is_table_line(lines[j]):
                cands.append(i + 1)
            continue
        if ITEM.match(s) or BOLD.match(s):
            cands.append(i + 1)
    return cands


def entry_start(lines, cset, ln):
    """A candidate line starts its own entry; anything else belongs to the
    nearest candidate above it with no blank line between."""
    i = ln
    while i >= 1:
        if i in cset:
            return i
        if not lines[i - 1].strip():
            break
        i -= 1
    return ln


def entry_raw(lines, cset, start):
    """The start line and the continuation lines under it: non-blank lines
    that are not candidates, headings or table rows themselves."""
    out = [lines[start - 1]]
    k = start + 1
    n = len(lines)
    while k <= n:
        s = lines[k - 1]
        if not s.strip() or k in cset or HEADING.match(s) or is_table_line(s):
            break
        if s.strip() == "---":
            break
        out.append(s)
        k += 1
    return "\n".join(out)


def main():
    rng = random.Random(SEED)
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, "*.README.md")))
    for name in files:
        with open(os.path.join(HERE, name), encoding="utf-8", newline="") as fh:
            text = fh.read()
        lines = text.split("\n")
        cands = candidates(lines)
        cset = set(cands)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for ln in order:
            st = entry_start(lines, cset, ln)
            if st not in held:
                held.append(st)
            if len(held) >= PER_LIST:
                break
        print("# %s: %d candidates, %d entries drawn" % (name, len(cands), len(held)), file=sys.stderr)
        for st in sorted(held):
            print(json.dumps({"list": name, "line": st, "raw": entry_raw(lines, cset, st)}, ensure_ascii=False))


if __name__ == "__main__":
    main()
