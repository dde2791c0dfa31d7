"""Sample 20 entries per list with random.Random(4306).

Candidate lines: list items (bullets -, *, + or numbered 1. / 1) at any
indent), table body rows (not the header row or the |---| separator), and
lines that start with bold (**). Lines inside fenced code blocks and HTML
comments are skipped.

For every list (sorted file-name order) a fresh random.Random(4306) shuffles
the candidate lines (rng.sample over all of them); they are then taken in that
order and mapped to the entry they belong to:
  * in the lists named in GROUP_NESTED, an indented list item nested under a
    list item (a detail bullet such as "  - Code: ..." or an authors bullet)
    belongs to the nearest list item above it with a smaller indent, within
    the same block (no blank line); elsewhere every candidate line is its own
    entry;
  * OVERRIDES below: top-level bullets that are, read by hand, continuation
    lines of the entry above them (one case: the last "Poster" entry of
    shaoshitong's list, whose authors / Code / Idea lines are written as
    top-level bullets).
A line whose entry was already taken is skipped; the first 20 distinct
entries are kept. Output: one JSON object per sampled entry
(list, line = entry start, sampled = the candidate line drawn, text),
sorted by list then line.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
SEED = 4306

ITEM = re.compile(r"^([ \t]*)(?:[-*+]|\d+[.)])[ \t]+\S")
BOLD = re.compile(r"^[ \t]*\*\*")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}")

# (file, candidate line) -> entry start line, decided by hand (see docstring)
OVERRIDES = {
    ("shaoshitong__awesome-papers-in-efficient-diffusion-llm-ar.README.md", 89): 88,
    ("shaoshitong__awesome-papers-in-efficient-diffusion-llm-ar.README.md", 90): 88,
    ("shaoshitong__awesome-papers-in-efficient-diffusion-llm-ar.README.md", 91): 88,
}
# lists whose nested bullets are details of the paper above (authors, Code:,
# Idea:); elsewhere a nested bullet (e.g. a table-of-contents sub-item) is an
# entry of its own
GROUP_NESTED = {"shaoshitong__awesome-papers-in-efficient-diffusion-llm-ar.README.md"}


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if "-->" in line:
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
        if s.startswith("|"):
            nxt = lines[i] if i < len(lines) else ""
            if SEP.match(s):
                continue
            if SEP.match(nxt.strip()):  # header row
                continue
            out.append(i)
            continue
        if ITEM.match(line) or BOLD.match(line):
            out.append(i)
    return out


def indent(line):
    m = ITEM.match(line)
    return len(m.group(1).expandtabs(4)) if m else None


def entry_start(fname, lines, ln):
    if (fname, ln) in OVERRIDES:
        return OVERRIDES[(fname, ln)]
    ind = indent(lines[ln - 1])
    if not ind or fname not in GROUP_NESTED:
        return ln
    j = ln - 1
    while j >= 1:
        prev = lines[j - 1]
        if not prev.strip():
            break
        pind = indent(prev)
        if pind is not None and pind < ind:
            return entry_start(fname, lines, j)
        j -= 1
    return ln


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    for f in files:
        lines = open(os.path.join(HERE, f), encoding="utf-8").read().split("\n")
        cands = candidates(lines)
        rng = random.Random(SEED)
        order = rng.sample(cands, len(cands))
        taken = {}
        for ln in order:
            start = entry_start(f, lines, ln)
            if start in taken:
                continue
            taken[start] = ln
            if len(taken) == N:
                break
        print(f"# {f}: {len(cands)} candidate lines", flush=True)
        for start in sorted(taken):
            print(json.dumps({"list": f, "line": start, "sampled": taken[start],
                              "text": lines[start - 1]}, ensure_ascii=False))


if __name__ == "__main__":
    main()
