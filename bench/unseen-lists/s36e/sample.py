"""Sample 20 candidate entry lines per list with random.Random(3605).

Candidates: list items (bullets or numbered), table body rows (not the header
row, not the |---| separator), and lines starting with bold. Lines inside
fenced code blocks and HTML comments are skipped. Output: sample.json next to
this file, {list: [line numbers (1-based), ...]} sorted.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20

LIST_RE = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
BOLD_RE = re.compile(r"^\s*(?:\*\*|__)\S")
SEP_RE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
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
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if SEP_RE.match(line) or SEP_RE.match(nxt):
                continue  # separator or header row
            out.append(i + 1)
            continue
        if LIST_RE.match(line) or BOLD_RE.match(line):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(3605)
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    result = {}
    for f in files:
        with open(os.path.join(HERE, f), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        cands = candidates(lines)
        picked = sorted(rng.sample(cands, min(N, len(cands))))
        result[f] = picked
        print(f, "candidates:", len(cands), "sampled:", picked)
    with open(os.path.join(HERE, "sample.json"), "w", encoding="utf-8") as fh:
        json.dump(result, fh, indent=1)


if __name__ == "__main__":
    main()
