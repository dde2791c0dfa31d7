#!/usr/bin/env python3
"""Sample 20 candidate entry lines a list with random.Random(8321); write sample.jsonl.

Candidate lines: list items (bullets, numbered), table body rows, lines starting with bold,
and (judgement call) numbered HTML `<summary>N. ...` lines, which is how
BaptisteBlouin/EventExtractionPapers writes every paper (a numbered item inside <details>).
Skipped: fenced code, HTML comments, table header/separator rows; in the zjunlp list the
4-space sub-bullets that only carry an entry's authors / [[Paper]] link (they continue the
entry above, they do not start one); and the last entry of a partial (two-page) list when the
fetch cut it off mid-line.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 8321
N = 20

LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
BOLD = re.compile(r"^\s*\*\*")
SUMMARY_ITEM = re.compile(r"^\s*<summary>\s*\d+\.\s")
TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")

# entries cut off by the end of the fetched text (partial lists)
TRUNCATED = {
    "gkiril__oie-resources.README.md",
    "BaptisteBlouin__EventExtractionPapers.README.md",
}


def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
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
        ok = False
        if s.startswith("|"):
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if TABLE_SEP.match(line):
                ok = False
            elif TABLE_SEP.match(nxt):
                ok = False  # header row
            else:
                ok = True
        elif LIST_ITEM.match(line) or BOLD.match(line) or SUMMARY_ITEM.match(line):
            ok = True
        if ok and name.startswith("zjunlp__") and re.match(r"^ {4,}- ", line):
            ok = False  # authors / [[Paper]] sub-bullet continuing the entry above
        if ok:
            out.append(i + 1)
    if name in TRUNCATED and out:
        # drop the entry the fetch cut off (last candidate in the file)
        out = out[:-1]
    return out


def main():
    rng = random.Random(SEED)
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    rows = []
    for name in names:
        text = open(os.path.join(HERE, name), encoding="utf-8", newline="").read()
        lines = text.split("\n")
        cands = candidates(name, lines)
        pick = cands if len(cands) <= N else rng.sample(cands, N)
        print(name, "candidates", len(cands), "picked", len(pick))
        for ln in sorted(pick):
            rows.append({"list": name, "line": ln, "text": lines[ln - 1]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
