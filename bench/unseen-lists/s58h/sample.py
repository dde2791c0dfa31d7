#!/usr/bin/env python3
"""Sample up to 20 distinct entries per list in this folder with ONE random.Random(5881).

The lists (*.README.md here) are visited in sorted file-name order, all drawing from the
same generator. Candidate lines:
  * list items (-, *, + or "1." / "1)" followed by whitespace, any indentation),
  * table body rows (lines starting with '|' that are neither a header row, i.e. the line
    just before a separator row, nor a separator row),
  * lines starting with bold (** or __, after optional indentation).
None of the three lists writes papers as headings, so no heading is a candidate.
Fenced code blocks and HTML comments are skipped (an HTML comment ends at "-->" or at
"--!>", which HTML also accepts as the end of a comment; MLGroup-JLU's README uses it).

Each drawn line is mapped to the start of the entry it belongs to: a non-blank line that is
not itself a candidate and directly follows a list item (an indented or lazy continuation
line) belongs to that item. In these three files every entry turned out to be one line.
For each list the candidates are shuffled and walked until 20 distinct entries are held.
Writes sample.json (list -> candidates, entries [{line, raw}]) next to this script.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
SEED = 5881
ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
BOLD = re.compile(r"^\s*(\*\*|__)")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
HEADING = re.compile(r"^\s{0,3}#{1,6}\s")
COMMENT_END = re.compile(r"--!?>")


def candidates(lines):
    out, fence, comment = [], None, False
    for i, line in enumerate(lines):
        s = line.strip()
        if comment:
            if COMMENT_END.search(line):
                comment = False
            continue
        if fence:
            if s.startswith(fence):
                fence = None
            continue
        m = re.match(r"^\s*(```|~~~)", line)
        if m:
            fence = m.group(1)
            continue
        if s.startswith("<!--"):
            if not COMMENT_END.search(s[4:]):
                comment = True
            continue
        if HEADING.match(line):
            continue
        if s.startswith("|"):
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if SEP.match(line) or SEP.match(nxt):
                continue
            out.append(i)
        elif ITEM.match(line) or BOLD.match(line):
            out.append(i)
    return out


def entry_spans(lines, cand):
    """Map each candidate line index to (start, end) of its entry."""
    cset = set(cand)
    spans = {}
    for i in cand:
        end = i
        if ITEM.match(lines[i]):
            k = i + 1
            while (k < len(lines) and lines[k].strip() and k not in cset
                   and not HEADING.match(lines[k]) and not lines[k].lstrip().startswith("|")):
                end = k
                k += 1
        spans[i] = (i, end)
    return spans


def main():
    rng = random.Random(SEED)
    names = sorted(n for n in os.listdir(HERE) if n.endswith(".README.md"))
    result = {}
    for name in names:
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            lines = f.read().split("\n")
        cand = candidates(lines)
        spans = entry_spans(lines, cand)
        order = cand[:]
        rng.shuffle(order)
        held = {}
        for i in order:
            if len(held) >= N:
                break
            start, end = spans[i]
            if start not in held:
                held[start] = "\n".join(lines[start:end + 1])
        entries = [{"line": s + 1, "raw": held[s]} for s in sorted(held)]
        result[name] = {"candidates": len(cand), "entries": entries}
        print(f"## {name}: {len(cand)} candidates, {len(entries)} entries")
        for e in entries:
            print(f"{e['line']}\t{e['raw'].splitlines()[0][:170]}")
    with open(os.path.join(HERE, "sample.json"), "w", encoding="utf-8") as f:
        json.dump(result, f, indent=1, ensure_ascii=False)


if __name__ == "__main__":
    main()
