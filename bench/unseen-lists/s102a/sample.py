"""Sample 20 entries a list for s102a.

Candidate lines: list items (bullets, numbered), table body rows, lines starting with bold,
and headings when the list writes papers as headings (none of these three lists does).
Fenced code and HTML comments are skipped.

One merge (judgement call, see FINDINGS.md): in weiaicunzai's list a paper is a bold title line,
an authors line, then `- pdf:` / `- code:` bullets. Those bullets belong to the entry that the
bold line starts, so a bullet whose contiguous block (no blank line between) starts with a bold
line is mapped to that bold line; each entry start is one candidate.

Writes sample.jsonl: one {"list", "line", "text"} a sampled entry start (1-based line).
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 10211
N = 20

BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
BOLD = re.compile(r"^\s*\*\*")
SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if "-->" in s:
                in_comment = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            in_table = False
            continue
        if in_fence:
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        # tables: a separator row starts a body; body rows until a line without '|'
        if SEP.match(s) and "|" in s and i > 0 and "|" in lines[i - 1]:
            in_table = True
            continue
        if in_table:
            if "|" in s and s:
                out.append(i)
                continue
            in_table = False
        if BULLET.match(line) or BOLD.match(line):
            out.append(i)
    return out


def entry_start(lines, i):
    """Map a `- pdf:`/`- code:` bullet under a bold title block to the bold line."""
    if not BULLET.match(lines[i]):
        return i
    j = i - 1
    while j >= 0 and lines[j].strip():
        if BOLD.match(lines[j]):
            return j
        j -= 1
    return i


def main():
    rng = random.Random(SEED)
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    rows = []
    for name in names:
        text = open(os.path.join(HERE, name), encoding="utf-8").read()
        lines = text.split("\n")
        starts = sorted({entry_start(lines, i) for i in candidates(lines)})
        pick = sorted(rng.sample(starts, min(N, len(starts))))
        print(name, "candidates", len(starts), "picked", len(pick))
        for i in pick:
            rows.append({"list": name, "line": i + 1, "text": lines[i]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
