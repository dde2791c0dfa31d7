#!/usr/bin/env python3
"""Draw 20 entries a list for hand labelling (folder s58c).

One random.Random(5831) is used over the lists in sorted file-name order.  Candidate lines:
list items (bullets, numbered items, and `[n] ` reference-numbered items), table body rows
(not the header row or the separator row; rows whose cells are all empty are skipped as they
hold nothing), and lines starting with bold (`**`, `__`, `<b>`).  Fenced code and HTML comments
are skipped.  No list here writes papers as headings.

Each drawn line is mapped to the start of the entry it belongs to.  In the
Knowledge-Precipitation-Tribe list a paper entry is a block: its start line (`[n] **Title.**`
or `**Title.** Venue.`), then optional lines (a per-paper table, a `**[Detailed analysis]**`
line, a `[translation]` link, the italic authors line) up to a `---` rule, a heading, a
`<p id=...>` anchor or the next `[n]` item; every candidate inside the block maps to its start.
Elsewhere an entry is its own line plus any directly following non-blank lines that are not
candidates or headings (for example an image under a `[n]` link item).
Writes sample.json: list, line (1-based entry start), raw (the entry's exact lines), drawn.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20

LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)]|\[\d+(?:\.\d+)?\])\s+")
BOLD = re.compile(r"^\s*(?:\*\*|__|<b>)")
HEADING = re.compile(r"^\s{0,3}#{1,6}\s")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
PAPER_START = re.compile(r"^(?:\[\d+\] \*\*|\*\*(?!\[))")   # KPT paper-block starts


def scan(lines):
    """Return (candidates, table_header_rows, skipped) with 0-based indices."""
    cands = []
    in_fence = False
    in_comment = False
    prev_table = False
    skip = set()
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            skip.add(i)
            if "-->" in s:
                in_comment = False
            prev_table = False
            continue
        if s.startswith("<!--"):
            skip.add(i)
            if "-->" not in s:
                in_comment = True
            prev_table = False
            continue
        if re.match(r"^(```|~~~)", s):
            in_fence = not in_fence
            skip.add(i)
            prev_table = False
            continue
        if in_fence:
            skip.add(i)
            continue
        if s.startswith("|"):
            is_header = not prev_table
            prev_table = True
            if is_header or SEP.match(s):
                continue
            cells = [c.strip() for c in s.strip("|").split("|")]
            if not any(cells):
                continue
            cands.append(i)
            continue
        prev_table = False
        if LIST_ITEM.match(line) or BOLD.match(line):
            cands.append(i)
    return cands, skip


def is_candidate_like(line):
    s = line.strip()
    return bool(LIST_ITEM.match(line) or BOLD.match(line) or s.startswith("|"))


def kpt_block_start(lines, i):
    """For the Knowledge-Precipitation-Tribe list: the paper-block start that line i is in, or None."""
    j = i
    while j >= 0:
        s = lines[j].strip()
        if PAPER_START.match(lines[j]):
            return j
        if j != i and (s == "---" or HEADING.match(lines[j]) or s.startswith("<p ")
                       or re.match(r"^\[\d+\]", s)):
            return None
        j -= 1
    return None


def kpt_block_end(lines, start):
    last = start
    j = start + 1
    while j < len(lines):
        s = lines[j].strip()
        if s == "---" or HEADING.match(lines[j]) or s.startswith("<p ") or re.match(r"^\[\d+\]", s):
            break
        if s:
            last = j
        j += 1
    return last


def entry_of(name, lines, i):
    if name.startswith("Knowledge-Precipitation-Tribe"):
        st = kpt_block_start(lines, i)
        if st is not None:
            return st, kpt_block_end(lines, st)
    # own line plus directly following non-blank, non-candidate, non-heading lines
    # (table rows are always single-line entries)
    if lines[i].strip().startswith("|"):
        return i, i
    end = i
    j = i + 1
    while j < len(lines) and lines[j].strip() and not is_candidate_like(lines[j]) and not HEADING.match(lines[j]):
        end = j
        j += 1
    return i, end


def main():
    rng = random.Random(5831)
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    out = []
    stats = {}
    for name in names:
        text = open(os.path.join(HERE, name), encoding="utf-8").read()
        lines = text.split("\n")
        cands, _ = scan(lines)
        order = list(cands)
        rng.shuffle(order)
        held = {}
        for i in order:
            if len(held) >= N:
                break
            st, en = entry_of(name, lines, i)
            if st not in held:
                held[st] = {"list": name, "line": st + 1, "raw": "\n".join(lines[st:en + 1]), "drawn": i + 1}
        stats[name] = {"candidates": len(cands), "entries": len(held)}
        out.extend(sorted(held.values(), key=lambda d: d["line"]))
    with open(os.path.join(HERE, "sample.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
    print(json.dumps(stats, indent=1))


if __name__ == "__main__":
    main()
