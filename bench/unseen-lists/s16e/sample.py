"""Sample 20 candidate entries per list with random.Random(1605).

Candidate lines: list items (bullets -, *, + and numbered items, any indent), table body
rows (not the header row nor the |---| separator), and lines starting with bold (**),
outside fenced code and HTML comments.

Entries that span several lines: a sampled candidate line that is only the continuation of
an entry above it is mapped to the line where that entry starts, and its raw is the whole
entry. Two cases occur in these four files:
  * uncertainty-toolbox paper_list.md: the nested "- By ...", "- 2007", "- [[ArXiv]](...)"
    bullets under a "* Title" bullet are details of that entry;
  * a line that starts with bold right under a bullet, indented, continuing its title
    (shuolucs, the DEXTER entry).
A raw also takes the following non-blank, non-candidate lines (a link broken over two
lines). Candidates are shuffled once per list (lists in file-name order, one RNG), and the
first 20 distinct entry starts are kept.

Usage: python3 sample.py  -> writes sample.jsonl next to this file.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
N = 20
SEED = 1605

ITEM = re.compile(r"^(\s*)([-*+]|\d+[.)])\s+\S")
SEP = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")


def scan(lines):
    """Return (candidates, kinds): candidate line indexes (0-based) and their kind."""
    cands, kinds = [], {}
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if "-->" in s:
                in_comment = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if ITEM.match(line):
            cands.append(i)
            kinds[i] = "item"
        elif s.startswith("|"):
            if SEP.match(s):
                continue
            # header row: the next line is a separator
            if i + 1 < len(lines) and SEP.match(lines[i + 1].strip()):
                continue
            cands.append(i)
            kinds[i] = "row"
        elif s.startswith("**"):
            cands.append(i)
            kinds[i] = "bold"
    return cands, kinds


def entry_start(lines, i, kinds, fname):
    """Map a candidate line to the line where its entry starts."""
    line = lines[i]
    if fname.startswith("uncertainty-toolbox__"):
        m = ITEM.match(line)
        if m and m.group(1) and m.group(2) == "-":
            j = i - 1
            while j >= 0 and lines[j].strip():
                mj = ITEM.match(lines[j])
                if mj and not mj.group(1) and mj.group(2) == "*":
                    return j
                j -= 1
    if kinds.get(i) == "bold" and line.startswith(" ") and i > 0 and ITEM.match(lines[i - 1]):
        return i - 1
    return i


def entry_raw(lines, start, kinds, fname):
    out = [lines[start]]
    j = start + 1
    while j < len(lines) and lines[j].strip():
        if j in kinds:
            if entry_start(lines, j, kinds, fname) != start:
                break
        elif ITEM.match(lines[j]) or lines[j].lstrip().startswith("#"):
            break
        out.append(lines[j])
        j += 1
    return "\n".join(out)


def main():
    rng = random.Random(SEED)
    rows = []
    for fname in LISTS:
        with open(os.path.join(HERE, fname), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        cands, kinds = scan(lines)
        order = list(cands)
        rng.shuffle(order)
        seen, picked = set(), []
        for i in order:
            s = entry_start(lines, i, kinds, fname)
            if s in seen:
                continue
            seen.add(s)
            picked.append((s, i))
            if len(picked) == N:
                break
        for s, i in sorted(picked):
            rows.append({"list": fname, "line": s + 1, "sampled_line": i + 1,
                         "raw": entry_raw(lines, s, kinds, fname)})
        print(fname, "candidates:", len(cands), "picked:", len(picked))
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
