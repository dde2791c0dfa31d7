#!/usr/bin/env python3
"""Sample up to 20 distinct entries per list in this folder with ONE random.Random(5981).

The lists (*.README.md here) are visited in sorted file-name order, all drawing from the
same generator. Candidate lines:
  * list items (-, *, + or "1." / "1)" followed by whitespace, any indentation),
  * table body rows (lines starting with '|' that are neither a separator row nor the
    header row just before one; separators here may use a single dash, e.g. "| :- |"),
  * lines starting with bold (** or __, after optional indentation).
None of the three lists writes papers as headings, so no heading is a candidate.
Fenced code blocks and HTML comments (one-line or multi-line) are skipped.

Each drawn line is mapped to the start of the entry it belongs to:
  * a more-indented list item with no link in it that directly follows a list item is the
    parent's one-line description (MasterYip writes "- **[MDM](...)** - Tevet et al., 2023"
    and then "  - Pioneering work ..."), so it belongs to the parent entry;
  * indented child items that carry a link (the table-of-contents sub-items of LimiTrix)
    are entries of their own.
A bare "FIXME" / "FIXME: ..." line is a maintainer's note, not part of any entry (it is
not a candidate and is never added to an entry's raw lines).
For each list the candidates are shuffled and walked until 20 distinct entries are held.
Writes sample.json (list -> candidates, entries [{line, raw}]) next to this script.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
SEED = 5981
ITEM = re.compile(r"^(\s*)(?:[-*+]|\d+[.)])\s+\S")
BOLD = re.compile(r"^\s*(\*\*|__)")
SEP = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")
HEADING = re.compile(r"^\s{0,3}#{1,6}\s")
LINK = re.compile(r"\]\(")


def indent(line):
    return len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())


def candidates(lines):
    out, fence, comment = [], None, False
    for i, line in enumerate(lines):
        s = line.strip()
        if comment:
            if "-->" in line:
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
            if "-->" not in s[4:]:
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


def is_description(lines, i):
    """A linkless, more-indented list item right under a list item."""
    if i == 0 or not ITEM.match(lines[i]) or LINK.search(lines[i]):
        return False
    prev = lines[i - 1]
    return bool(ITEM.match(prev)) and indent(lines[i]) > indent(prev)


def entry_spans(lines, cand):
    """Map each candidate line index to (start, end) of its entry."""
    spans = {}
    for i in cand:
        start = i
        while is_description(lines, start):
            start -= 1
        end = start
        while end + 1 < len(lines) and is_description(lines, end + 1):
            end += 1
        spans[i] = (start, end)
    return spans


def main():
    rng = random.Random(SEED)
    names = sorted(n for n in os.listdir(HERE) if n.endswith(".README.md"))
    result = {}
    for name in names:
        with open(os.path.join(HERE, name), encoding="utf-8", newline="") as f:
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
        result[name] = {"candidates": len(cand),
                        "entries_in_file": len({spans[i] for i in cand}),
                        "entries": entries}
        print(f"## {name}: {len(cand)} candidates, "
              f"{result[name]['entries_in_file']} entries in file, {len(entries)} drawn")
        for e in entries:
            print(f"{e['line']}\t{e['raw'][:200]}")
    with open(os.path.join(HERE, "sample.json"), "w", encoding="utf-8") as f:
        json.dump(result, f, indent=1, ensure_ascii=False)


if __name__ == "__main__":
    main()
