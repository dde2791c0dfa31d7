#!/usr/bin/env python3
"""Sample 20 entries a list for s56a with ONE random.Random(5611), lists in sorted file-name order.

Candidate lines: list items (bullets, numbered), table body rows (not header/separator), lines
starting with bold, and heading lines that are papers' titles in lists that write papers as headings
(Noba1anc3: every `## ... @ Venue` heading; SCUT-DLVCLab: every Markdown `## Name` heading, the
paper blocks of the method sections).  Fenced code and HTML comments are skipped.

Each drawn line is mapped to the start of its entry: inside a paper-heading block (the heading down
to the next heading or `---` rule) every line belongs to the heading; a continuation line (an
indented line or a `>` quote line right after an item, with no blank line between) belongs to the
item above.  Lines are 1-based.
"""
import glob
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20

BULLET = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")
BULLET_EMPTY = re.compile(r"^\s*([-*+]|\d+[.)])\s*$")
HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
SEP_ROW = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def paper_heading(fname: str, text: str) -> bool:
    m = HEADING.match(text)
    if not m:
        return False
    level, title = len(m.group(1)), m.group(2).strip()
    if fname.startswith("Noba1anc3__"):
        return level == 2 and title != "Survey Documentation"
    if fname.startswith("SCUT-DLVCLab__"):
        return level == 2
    return False


def analyse(fname: str, lines: list[str]):
    """Return (candidates, entry_start) with 1-based line numbers."""
    in_fence = False
    in_comment = False
    skip = set()
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
        if in_comment:
            skip.add(i)
            if "-->" in s:
                in_comment = False
            continue
        if s.startswith("<!--"):
            skip.add(i)
            if "-->" not in s:
                in_comment = True
            continue
        if s.startswith("```") or s.startswith("~~~"):
            skip.add(i)
            in_fence = not in_fence
            continue
        if in_fence:
            skip.add(i)

    # paper-heading blocks
    block_of = {}
    cur = None
    for i, ln in enumerate(lines, 1):
        if HEADING.match(ln) and i not in skip:
            cur = i if paper_heading(fname, ln) else None
        elif ln.strip() == "---":
            cur = None
        if cur is not None:
            block_of[i] = cur

    cands = []
    table_header_seen = {}
    for i, ln in enumerate(lines, 1):
        if i in skip:
            continue
        s = ln.strip()
        if paper_heading(fname, ln):
            cands.append(i)
        elif BULLET.match(ln) or BULLET_EMPTY.match(ln):
            cands.append(i)
        elif s.startswith("|"):
            prev = lines[i - 2].strip() if i >= 2 else ""
            nxt = lines[i].strip() if i < len(lines) else ""
            if SEP_ROW.match(s):
                continue
            if SEP_ROW.match(nxt) and not prev.startswith("|"):
                continue  # header row
            cands.append(i)
        elif s.startswith("**"):
            cands.append(i)

    def start_of(i: int) -> int:
        if i in block_of:
            return block_of[i]
        # continuation lines belong to the item above (no blank line between)
        j = i
        while j > 1:
            ln = lines[j - 1]
            if BULLET.match(ln) or BULLET_EMPTY.match(ln) or lines[j - 1].strip().startswith("|"):
                return j
            prev = lines[j - 2]
            if prev.strip() == "" or HEADING.match(prev):
                return j
            if not (ln.startswith(" ") or ln.startswith("\t") or ln.lstrip().startswith(">")):
                return j
            j -= 1
        return j

    return cands, start_of


def main() -> None:
    rng = random.Random(5611)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        fname = os.path.basename(path)
        lines = open(path, encoding="utf-8").read().split("\n")
        if lines and lines[-1] == "":
            lines = lines[:-1]
        cands, start_of = analyse(fname, lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for i in order:
            st = start_of(i)
            if st not in held:
                held.append(st)
            if len(held) == N:
                break
        print(f"# {fname}: {len(cands)} candidate lines, {len(held)} entries drawn")
        for st in held:
            out.append((fname, st))
            print(f"{fname}\t{st}\t{lines[st - 1][:110]}")
    with open(os.path.join(HERE, "sample.tsv"), "w", encoding="utf-8") as f:
        for fname, st in out:
            f.write(f"{fname}\t{st}\n")


if __name__ == "__main__":
    main()
