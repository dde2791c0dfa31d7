"""Sample 20 candidate entry lines a list (all if fewer) with random.Random(13521).

Candidate lines (outside fenced code and HTML comments):
  * list items (bullets -, *, + and numbered 1. / 1) at any indentation),
  * table body rows (a |-row that is neither a header row nor the separator row),
  * lines starting with bold (**),
  * in a list that writes its papers as headings, the headings: becauseofAI__Awesome-3D-CV-CG
    writes each paper as a <details><summary>TITLE</summary> group label, which the labelling
    rules count as a heading, so there the <summary> lines and the Markdown headings are candidates,
  * in a list that writes its papers as bare paragraph lines (autodriving-heart__...: one title a
    line, no bullet), every non-blank line that is not a heading is a candidate (judgement call:
    without it the sampler would see only section headings of that list).
One generator for all lists, lists in sorted file-name order. Writes sample.jsonl.
"""
import glob
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
HEADING_PAPERS = {"becauseofAI__Awesome-3D-CV-CG.README.md"}
PARAGRAPH_PAPERS = {"autodriving-heart__Awesome-3D-Semantic-Segmentation.README.md"}

LIST_RE = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
SEP_RE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
HEAD_RE = re.compile(r"^\s{0,3}#{1,6}(\s|$)")


def candidates(name, lines):
    out = []
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
        if not s:
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if s.startswith("|"):
            if SEP_RE.match(s):
                continue
            if SEP_RE.match(nxt.strip()) and nxt.strip().startswith("|"):
                continue  # header row
            out.append(i + 1)
            continue
        if LIST_RE.match(line) or s.startswith("**"):
            out.append(i + 1)
            continue
        if name in HEADING_PAPERS and (HEAD_RE.match(line) or s.startswith("<summary>")):
            out.append(i + 1)
            continue
        if name in PARAGRAPH_PAPERS and not HEAD_RE.match(line):
            out.append(i + 1)
            continue
    return out


def main():
    rng = random.Random(13521)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        name = os.path.basename(path)
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        cands = candidates(name, lines)
        picked = cands if len(cands) <= 20 else rng.sample(cands, 20)
        print(name, "candidates:", len(cands), "picked:", len(picked))
        for ln in sorted(picked):
            rows.append({"list": name, "line": ln, "text": lines[ln - 1]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
