"""Sample 20 candidate entry lines per list with random.Random(4308).

Candidates: list items (bullets -, *, + or numbered 1. / 1) at any indent),
table body rows (not the header row or the |---| separator), and lines that
start with bold (** in column 0; indented bold lines here are venue lines that
continue a numbered entry). Lines inside fenced code blocks and HTML comments
are skipped.

One exception, decided before sampling: a nested bullet with no link of its
own directly under a list item (after its indented continuation lines) is a
continuation of that entry (the authors/venue line of AnjieCheng's list, a
study note in dingwoai's list), not an entry of its own, so it is not a
candidate; it is part of the parent's raw text.

A fresh random.Random(4308) is used for every list; lists are taken in sorted
file-name order. Output: one JSON object per sampled line (list, line, raw),
sorted by list then line; raw is the entry's source lines (the start line,
following indented continuation lines and linkless nested sub-bullets).
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
SEED = 4308

ITEM = re.compile(r"^([ \t]*)(?:[-*+]|\d+[.)])[ \t]+\S")
BOLD = re.compile(r"^\*\*")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}")
LINK = re.compile(r"\]\(|https?://")


def indent(line):
    return len(line) - len(line.lstrip(" \t"))


def scan(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    kinds = {}  # line number -> "cand" | "cont"
    in_fence = False
    in_comment = False
    last_item_indent = None  # indent of the current top entry, None outside lists
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
            if SEP.match(s) or SEP.match(nxt.strip()):
                continue
            kinds[i] = "cand"
            last_item_indent = None
            continue
        m = ITEM.match(line)
        if m:
            ind = indent(line)
            if (last_item_indent is not None and ind > last_item_indent
                    and not LINK.search(line)):
                kinds[i] = "cont"
                continue
            kinds[i] = "cand"
            last_item_indent = ind
            continue
        if BOLD.match(line):
            kinds[i] = "cand"
            last_item_indent = None
            continue
        if s.startswith("#"):
            last_item_indent = None
    return lines, kinds


def raw_of(lines, kinds, start):
    out = [lines[start - 1]]
    base = indent(lines[start - 1])
    j = start + 1
    while j <= len(lines):
        ln = lines[j - 1]
        if kinds.get(j) == "cont":
            out.append(ln)
        elif kinds.get(j) == "cand" or not ln.strip() or ln.lstrip().startswith("#"):
            break
        elif ln.lstrip().startswith("<"):
            break
        else:
            out.append(ln)  # plain continuation line (authors, venue, links)
        j += 1
    return "\n".join(out)


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    for f in files:
        lines, kinds = scan(os.path.join(HERE, f))
        cands = sorted(k for k, v in kinds.items() if v == "cand")
        rng = random.Random(SEED)
        picked = sorted(rng.sample(cands, min(N, len(cands))))
        print(f"# {f}: {len(cands)} candidate lines", flush=True)
        for ln in picked:
            print(json.dumps({"list": f, "line": ln, "raw": raw_of(lines, kinds, ln)},
                             ensure_ascii=False))


if __name__ == "__main__":
    main()
