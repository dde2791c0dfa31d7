#!/usr/bin/env python3
"""Sample 20 entries a list with ONE random.Random(5871), lists in sorted file-name order.

Candidate lines: list items (bullets -, *, + and numbered "1." / "1)"), table body rows (lines
starting with "|" that are neither a header row, i.e. a row directly followed by a |---| separator,
nor the separator itself), and lines starting with bold (** or __). Lines inside fenced code blocks
and HTML comments are skipped. None of the three lists writes papers as headings, so no heading
line is a candidate.

Lines are split on "\n" and a trailing "\r" is dropped (jinzhuoran's README uses CRLF), so line
numbers are the 1-based line numbers of the file.

For each list the candidates are shuffled with the shared rng and walked in that order; each drawn
line is mapped to the start of the entry it belongs to (an indented non-item line directly under an
item, with no blank line between, belongs to that item's first line) and drawing stops when 20
distinct entries are held. An entry's raw text is its first line plus any following lazy or
indented continuation lines (non-blank, not themselves an item, table row, heading or HTML tag).
Writes sample.json (list, line, raw) and prints the picks with the candidate counts.
"""
import glob
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r"^\s*(?:[-*+]\s|\d+[.)]\s)")
BOLD = re.compile(r"^\s*(?:\*\*|__)")
SEP = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")
HEAD = re.compile(r"^\s{0,3}#{1,6}\s")
N = 20
SEED = 5871


def read_lines(path):
    text = open(path, encoding="utf-8", newline="").read()
    return [l[:-1] if l.endswith("\r") else l for l in text.split("\n")]


def skipped_mask(lines):
    """True for lines inside fenced code or HTML comments."""
    mask, fence, comment = [], None, False
    for line in lines:
        s = line.strip()
        if comment:
            mask.append(True)
            if "-->" in line:
                comment = False
            continue
        if fence:
            mask.append(True)
            if s.startswith(fence):
                fence = None
            continue
        m = re.match(r"^\s*(```|~~~)", line)
        if m:
            fence = m.group(1)
            mask.append(True)
            continue
        if s.startswith("<!--"):
            mask.append(True)
            if "-->" not in s[4:]:
                comment = True
            continue
        mask.append(False)
    return mask


def is_table_row(s):
    return s.startswith("|")


def candidates(lines, mask):
    out = []
    for i, line in enumerate(lines):
        if mask[i]:
            continue
        s = line.strip()
        if is_table_row(s):
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP.match(s) or SEP.match(nxt):
                continue
            out.append(i + 1)
        elif ITEM.match(line) or BOLD.match(line):
            out.append(i + 1)
    return out


def entry_start(lines, n):
    """Map 1-based line n to the first line of its entry."""
    i = n - 1
    line = lines[i]
    if ITEM.match(line) or is_table_row(line.strip()) or not line.startswith((" ", "\t")):
        return n
    j = i - 1
    while j >= 0 and lines[j].strip():
        if ITEM.match(lines[j]):
            return j + 1
        j -= 1
    return n


def entry_raw(lines, mask, start):
    """First line plus continuation lines (non-blank, not a new item/row/heading/tag)."""
    out = [lines[start - 1]]
    if is_table_row(lines[start - 1].strip()):
        return "\n".join(out)
    j = start
    while j < len(lines):
        l = lines[j]
        s = l.strip()
        if not s or mask[j] or ITEM.match(l) or is_table_row(s) or HEAD.match(l) or s.startswith("<"):
            break
        if BOLD.match(l) and not l.startswith((" ", "\t")):
            break
        out.append(l)
        j += 1
    return "\n".join(out)


def main():
    rng = random.Random(SEED)
    picks = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        lines = read_lines(path)
        mask = skipped_mask(lines)
        cands = candidates(lines, mask)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for n in order:
            s = entry_start(lines, n)
            if s not in held:
                held.append(s)
            if len(held) == N:
                break
        name = os.path.basename(path)
        print(f"## {name}: {len(lines)} lines, {len(cands)} candidates, {len(held)} entries drawn")
        for s in sorted(held):
            raw = entry_raw(lines, mask, s)
            print(f"{s}\t{raw}")
            picks.append({"list": name, "line": s, "raw": raw})
    with open(os.path.join(HERE, "sample.json"), "w", encoding="utf-8") as f:
        json.dump(picks, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
