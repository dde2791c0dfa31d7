#!/usr/bin/env python3
"""Sample 20 candidate entries a list with random.Random(11171).

Candidates: list items (bullets, numbered), table body rows, lines starting
with bold, and headings in lists that write papers as headings.  Fenced code
and HTML comments are skipped.

Per-list shape notes:
- MC3DV__...: papers are written as level-4 headings (`#### Title`); the bold
  line under each heading is that paper's authors line, i.e. part of the
  heading entry, so bold lines are not separate candidates there, and an
  entry runs from its heading to the last non-blank line before the next
  heading.  Level-3 headings (`### 1.通用 ...`) are category headings.
- other lists: an entry is its single line (list item or table row).
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
PAPER_HEADING_LEVEL = {
    "MC3DV__Awesome-3D-Controllable-Models-in-Medical-Shapes.README.md": 4,
}

LIST_RE = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
BOLD_RE = re.compile(r"^\s*(?:\*\*|__)")
HEAD_RE = re.compile(r"^(#{1,6})\s")
SEP_RE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def candidates(name, lines):
    level = PAPER_HEADING_LEVEL.get(name)
    out = []
    in_fence = False
    in_comment = False
    n = len(lines)
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s[4:]:
                in_comment = True
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        m = HEAD_RE.match(line)
        if level is not None:
            if m and len(m.group(1)) == level:
                # entry: heading to last non-blank line before next heading
                j = i + 1
                last = i
                while j < n and not HEAD_RE.match(lines[j]):
                    if lines[j].strip():
                        last = j
                    j += 1
                out.append((i + 1, "\n".join(lines[i:last + 1])))
            continue
        if m:
            continue
        if s.startswith("|"):
            if SEP_RE.match(s):
                continue
            # header row: the row right before a separator row
            if i + 1 < n and SEP_RE.match(lines[i + 1].strip()):
                continue
            out.append((i + 1, line))
            continue
        if LIST_RE.match(line) or BOLD_RE.match(line):
            out.append((i + 1, line))
    return out


def main():
    rng = random.Random(11171)
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as fh:
        for name in names:
            with open(os.path.join(HERE, name), encoding="utf-8", newline="") as f:
                lines = f.read().split("\n")
            cands = candidates(name, lines)
            picked = cands if len(cands) <= 20 else rng.sample(cands, 20)
            picked.sort()
            print(name, "candidates:", len(cands), "sampled:", len(picked))
            for line, raw in picked:
                fh.write(json.dumps({"list": name, "line": line, "raw": raw},
                                    ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
