"""Sample 20 entries per list with random.Random(3903).

Candidate lines: list items (bullets or numbered, any indentation), table body
rows (rows after a |---| separator line), and lines starting with bold (**).
Lines inside fenced code blocks and HTML comments are skipped.

A candidate that is only a detail bullet of a larger entry is mapped to the line
where that entry starts: an indented list item without any link ("](" or "http")
whose nearest preceding less-indented list item in the same block exists belongs
to that item (e.g. the English/Chinese summary bullets under a "- KDD-2021 [Title](url)"
entry).  An indented item that carries its own link (a nested paper or a
table-of-contents line) stays its own candidate.  Candidates are drawn in
rng.shuffle order until 20 distinct entry starts are collected.

Paths are relative to this file.  Writes sample.json next to this file.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = [
    "zeng-yirong__Awesome_Misinformation_Detection.README.md",
    "neemakot__Fact-Checking-Survey.README.md",
    "ICTMCG__fake-news-detection.README.md",
    "zmsjf__StanceDetection-Papers.README.md",
]
N = 20
SEED = 3903

ITEM = re.compile(r"^(\s*)(?:[-*+]|\d+[.)])(?:\s|$)")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def candidates(text):
    lines = text.split("\n")
    out = []
    in_fence = in_comment = in_table_body = False
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
            if SEP.match(s):
                in_table_body = True
                continue
            if in_table_body:
                out.append(i)
            continue
        in_table_body = False
        if ITEM.match(line) or s.startswith("**"):
            out.append(i)
    return out


def entry_start(lines, ln):
    m = ITEM.match(lines[ln - 1])
    if not m:
        return ln
    indent = len(m.group(1).expandtabs(4))
    text = lines[ln - 1]
    if indent == 0 or "](" in text or "http" in text:
        return ln
    j = ln - 1
    while j >= 1 and lines[j - 1].strip():
        mj = ITEM.match(lines[j - 1])
        if mj and len(mj.group(1).expandtabs(4)) < indent:
            return j
        j -= 1
    return ln


def main():
    out = []
    for name in LISTS:
        text = open(os.path.join(HERE, name), encoding="utf-8").read()
        lines = text.split("\n")
        cands = candidates(text)
        rng = random.Random(SEED)
        order = list(cands)
        rng.shuffle(order)
        starts = []
        for ln in order:
            st = entry_start(lines, ln)
            if st not in starts:
                starts.append(st)
            if len(starts) == N:
                break
        for st in sorted(starts):
            out.append({"list": name, "line": st, "text": lines[st - 1]})
        print(name, "candidates", len(cands), "sampled", len(starts))
    with open(os.path.join(HERE, "sample.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
