#!/usr/bin/env python3
"""Sample 20 candidate entries a list with random.Random(9351), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows, lines starting with bold, and --
for a list that writes its papers as plain paragraphs (lucaznguyen) -- its plain paragraph lines
(the analogue of "headings when the list writes papers as headings"). Fenced code and HTML
comments are skipped.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 9351
N = 20
PARAGRAPH_LISTS = {"lucaznguyen__awesome-federated-domain-generalization.README.md"}

LIST_RE = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
SEP_RE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
BOLD_RE = re.compile(r"^\s*(\*\*|__)\S")
HEAD_RE = re.compile(r"^\s{0,3}#{1,6}(\s|$)")
FENCE_RE = re.compile(r"^\s{0,3}(```|~~~)")
HR_RE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")


def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        if in_fence:
            if FENCE_RE.match(line):
                in_fence = False
            continue
        if FENCE_RE.match(line):
            in_fence = True
            continue
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if line.lstrip().startswith("<!--"):
            if "-->" not in line:
                in_comment = True
            continue
        s = line.strip()
        if not s:
            continue
        if s.startswith("|"):
            if SEP_RE.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if nxt.startswith("|") and SEP_RE.match(nxt):
                continue  # header row
            out.append(i + 1)
        elif LIST_RE.match(line) or BOLD_RE.match(line):
            out.append(i + 1)
        elif name in PARAGRAPH_LISTS and not HEAD_RE.match(line) and not HR_RE.match(line) and not s.startswith("<"):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(SEED)
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as fh:
        for name in files:
            with open(os.path.join(HERE, name), encoding="utf-8", newline="") as f:
                lines = f.read().split("\n")
            cand = candidates(name, lines)
            pick = sorted(cand) if len(cand) <= N else sorted(rng.sample(cand, N))
            print(name, "candidates", len(cand), "sampled", len(pick))
            for ln in pick:
                fh.write(json.dumps({"list": name, "line": ln, "text": lines[ln - 1]}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
