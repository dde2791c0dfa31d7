"""Sample up to 20 candidate entry lines a list with random.Random(12541).

Candidates: list items (bullets, numbered), table body rows, lines starting with bold,
and headings in lists that write papers as headings (henu77: `###` headings).
Fenced code and HTML comments are skipped.  A fence that is never closed (osherr1996's
```mermaid block at line 29 has no closing fence) is NOT treated as running to the end of
the file: only fences with a closing fence are skipped (judgement call, see FINDINGS.md).
"""
import glob
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
PAPERS_AS_HEADINGS = {"henu77__Awesome-Monocular-Depth-Estimation.README.md"}

BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
HEADING = re.compile(r"^#{1,6}\s")
SEP = re.compile(r"^\s*\|?\s*:?-{3,}")


def closed_fences(lines):
    """Return set of line indexes inside closed fenced blocks (fence lines included)."""
    inside = set()
    i = 0
    n = len(lines)
    while i < n:
        m = re.match(r"^\s*(```+|~~~+)", lines[i])
        if m:
            mark = m.group(1)[0] * 3
            j = i + 1
            while j < n and not lines[j].lstrip().startswith(mark):
                j += 1
            if j < n:  # closed
                inside.update(range(i, j + 1))
                i = j + 1
                continue
        i += 1
    return inside


def comment_lines(lines):
    inside = set()
    in_c = False
    for i, l in enumerate(lines):
        if in_c:
            inside.add(i)
            if "-->" in l:
                in_c = False
            continue
        s = l.strip()
        if s.startswith("<!--"):
            inside.add(i)
            if "-->" not in s:
                in_c = True
    return inside


def candidates(name, text):
    lines = text.split("\n")
    skip = closed_fences(lines) | comment_lines(lines)
    out = []
    for i, l in enumerate(lines):
        if i in skip or not l.strip():
            continue
        s = l.strip()
        if HEADING.match(l):
            if name in PAPERS_AS_HEADINGS and l.startswith("### "):
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
        if BULLET.match(l) or s.startswith("**"):
            out.append(i + 1)
    return out, lines


def main():
    rng = random.Random(12541)
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, "*.README.md")))
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for name in files:
            text = open(os.path.join(HERE, name), encoding="utf-8", newline="").read()
            cands, lines = candidates(name, text)
            pick = sorted(rng.sample(cands, min(20, len(cands))))
            print(name, "candidates", len(cands), "sampled", len(pick))
            for ln in pick:
                f.write(json.dumps({"list": name, "line": ln, "text": lines[ln - 1]}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
