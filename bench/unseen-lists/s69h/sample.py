#!/usr/bin/env python3
"""Draw 20 entries a list with ONE random.Random(6981), lists in sorted file-name order.

Candidate lines: list items (-, *, + bullets; "N." / "N)" numbered), table body rows (not the
header row or the |---| separator), and lines starting with bold (**...). Lines inside fenced code
blocks and HTML comments are skipped. No list here writes papers as headings, so no heading lines.
A drawn line is mapped to the first line of the entry it belongs to: a line that is indented
under a list item, or that continues a list item's paragraph with no blank line between,
belongs to that item (none of the three lists has such continuation lines among candidates, but the rule
is applied). Output: one line a drawn entry: file, entry start line, entry end line.
"""
import glob, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def candidates(lines):
    out, in_code, in_comment = [], False, False
    prev_table = False  # previous line was a table line (header seen)
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if "-->" in s:
                in_comment = False
            prev_table = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_code = not in_code
            prev_table = False
            continue
        if in_code:
            continue
        if s.startswith("<!--") and "-->" not in s:
            in_comment = True
            continue
        if s.startswith("|"):
            # header row: a table line whose next line is a separator
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP.match(s):
                pass
            elif SEP.match(nxt):
                pass  # header
            else:
                out.append(i)
            continue
        if ITEM.match(line) or s.startswith("**"):
            out.append(i)
    return out


def entry_span(lines, i):
    """Start and end (0-based, inclusive) of the entry holding line i."""
    start = i
    # walk up over continuation lines (indented, non-item, non-blank) to the item they belong to
    while start > 0 and lines[start].strip() and not ITEM.match(lines[start]) \
            and not lines[start].lstrip().startswith(("|", "**", "#")) \
            and lines[start - 1].strip() and (ITEM.match(lines[start - 1]) or lines[start].startswith((" ", "\t"))):
        start -= 1
    end = start
    if ITEM.match(lines[start]):
        indent = len(lines[start]) - len(lines[start].lstrip())
        j = start + 1
        while j < len(lines):
            l = lines[j]
            if not l.strip():
                break
            ind = len(l) - len(l.lstrip())
            if ITEM.match(l) and ind <= indent:
                break
            if l.lstrip().startswith(("#", "|")):
                break
            end = j
            j += 1
    return start, end


def main():
    rng = random.Random(6981)
    files = sorted(glob.glob(os.path.join(HERE, "*.README.md")))
    for f in files:
        lines = open(f, encoding="utf-8").read().split("\n")
        cand = candidates(lines)
        order = cand[:]
        rng.shuffle(order)
        held, seen = [], set()
        for i in order:
            s, e = entry_span(lines, i)
            if s in seen:
                continue
            seen.add(s)
            held.append((s, e))
            if len(held) == 20:
                break
        print(f"# {os.path.basename(f)}: {len(cand)} candidates, {len(held)} drawn", file=sys.stderr)
        for s, e in sorted(held):
            print(f"{os.path.basename(f)}\t{s + 1}\t{e + 1}")


if __name__ == "__main__":
    main()
