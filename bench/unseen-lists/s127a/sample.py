"""Sample 20 candidate entries a list for s127a (random.Random(12631), lists in sorted file-name order).

Candidates: list items (bullets, numbered), table body rows, lines starting with bold, and headings
when the list writes papers as headings; fenced code and HTML comments are skipped.
Judgement calls:
- AcademicDissect: papers are written as `## Title` headings, each followed by a `- **Tags:** ...`
  bullet (and once a `- **Link:**` bullet). The heading is the entry's start; the bullets below it are
  continuation lines of that entry, not separate candidates. The lone H1 (document title) is left out.
- ngl567__KGR-Survey is partial (first two read_file pages); its last, cut line is left out.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
PAPERS_AS_HEADINGS = {"AcademicDissect__AcademicDissect.README.md"}
BULLET = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+\S")


def candidates(name, lines, complete):
    out = []
    in_fence = False
    in_comment = False
    last = len(lines) if complete else len(lines) - 1  # drop the cut last line of a partial list
    for i in range(last):
        line = lines[i]
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
        if name in PAPERS_AS_HEADINGS:
            m = HEADING.match(line)
            if m and len(m.group(1)) >= 2:
                out.append(i + 1)
            continue
        if s.startswith("|"):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP.match(nxt):  # header row
                continue
            out.append(i + 1)
            continue
        if BULLET.match(line) or s.startswith("**"):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(12631)
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    complete = {"ngl567__KGR-Survey.README.md": False}
    rows = []
    for name in names:
        text = open(os.path.join(HERE, name), encoding="utf-8", newline="").read()
        lines = text.split("\n")
        if text.endswith("\n"):
            lines = lines[:-1]
        cands = candidates(name, lines, complete.get(name, True))
        picked = sorted(rng.sample(cands, 20)) if len(cands) > 20 else cands
        print(name, "candidates", len(cands), "picked", len(picked))
        for ln in picked:
            rows.append({"list": name, "line": ln, "text": lines[ln - 1]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
