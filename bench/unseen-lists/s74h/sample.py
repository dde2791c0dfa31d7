#!/usr/bin/env python3
"""Draw up to 20 entries a list with ONE random.Random(7481), lists in sorted file-name order.

Candidate lines: list items (bullets, numbered; also list items inside a blockquote), table body rows
(not header or separator rows), and lines starting with bold (** or __). Fenced code (also indented
fences) and HTML comments are skipped. No list here writes papers as headings.

Entry starts: a list item / table row / bold line at column 0 starts an entry. A line that is indented
(sub-bullets, indented blockquote citations, notes) belongs to the nearest preceding column-0 list item
of the same section (ljjTYJR writes the citation and study notes indented under the title bullet).
A non-blank, non-indented, non-marker line directly after an entry line (no blank in between) is a
wrapped continuation (wsunid's GFrames bullet). A nested list item inside a blockquote ("> - x" then
">   - y") belongs to its parent blockquote item.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r"^(\s*)([-*+]|\d+[.)])\s+\S")
BQ_ITEM = re.compile(r"^>(\s*)([-*+]|\d+[.)])\s+\S")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def analyse(lines):
    """Return (candidates, entry_of) where entry_of maps a candidate line number to its entry start."""
    cands, entry_of = [], {}
    in_fence = in_comment = False
    cur_entry = None          # start line of the current column-0 entry
    prev_blank = True
    prev_table = False
    bq_parent = None
    for n, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if s.startswith("```"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if not s:
            prev_blank = True
            prev_table = False
            continue
        if s.startswith("#"):
            cur_entry = None
            bq_parent = None
            prev_blank = False
            prev_table = False
            continue
        indented = line[:1] in (" ", "\t")
        is_item = bool(ITEM.match(line))
        is_bold = s.startswith("**") or s.startswith("__")
        is_row = s.startswith("|")
        m_bq = BQ_ITEM.match(line)
        if is_row:
            # header row = row followed by a separator row; separator rows skipped
            if SEP.match(line):
                prev_table = True
                continue
            nxt = lines[n] if n < len(lines) else ""
            if SEP.match(nxt):
                prev_table = True
                continue
            cands.append(n); entry_of[n] = n
            prev_table = True; prev_blank = False
            continue
        if m_bq and not indented:
            depth = len(m_bq.group(1))
            if depth <= 1 or bq_parent is None:
                bq_parent = n
            cands.append(n); entry_of[n] = bq_parent
            prev_blank = False
            continue
        if indented and cur_entry is not None:
            if is_item or is_bold:
                cands.append(n); entry_of[n] = cur_entry
            prev_blank = False
            continue
        if (is_item or is_bold) and not indented:
            cur_entry = n if is_item else None
            cands.append(n); entry_of[n] = n
            prev_blank = False
            continue
        if indented and (is_item or is_bold):
            cands.append(n); entry_of[n] = n
            prev_blank = False
            continue
        # plain text line
        if not prev_blank and cur_entry is not None and not indented:
            pass  # wrapped continuation of cur_entry (not a candidate itself)
        else:
            cur_entry = None
        prev_blank = False
    return cands, entry_of


def main():
    rng = random.Random(7481)
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    out = {}
    for f in files:
        lines = open(os.path.join(HERE, f), encoding="utf-8").read().split("\n")
        cands, entry_of = analyse(lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for n in order:
            e = entry_of[n]
            if e not in held:
                held.append(e)
            if len(held) == 20:
                break
        out[f] = {"candidates": len(cands), "entries": len(set(entry_of.values())), "drawn": sorted(held)}
        print(f, "candidates", len(cands), "entries", len(set(entry_of.values())), "drawn", sorted(held))
    json.dump(out, open(os.path.join(HERE, "sample.json"), "w"), indent=1)


if __name__ == "__main__":
    main()
