#!/usr/bin/env python3
"""Sample 20 candidate entry lines a list with random.Random(14041) (one generator,
lists in sorted file-name order). Candidates: list items (bullets, numbered), table
body rows, lines starting with bold, and headings in lists that write papers as
headings (here daiwk's blog post, whose every ## heading is a paper title).
Fenced code and HTML comments are skipped. Writes sample.jsonl."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
PAPER_HEADINGS = {"daiwk__daiwk.github.io.README.md"}
LIST_RE = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
SEP_RE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if "-->" in s:
                in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if s.startswith("|"):
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if SEP_RE.match(s) or SEP_RE.match(nxt.strip()):
                continue  # separator or header row
            out.append(i + 1)
        elif LIST_RE.match(line):
            out.append(i + 1)
        elif s.startswith("**"):
            out.append(i + 1)
        elif name in PAPER_HEADINGS and re.match(r"^#{1,6}\s", s):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(14041)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        name = os.path.basename(path)
        lines = open(path, encoding="utf-8").read().split("\n")
        cands = candidates(name, lines)
        k = min(20, len(cands))
        picked = sorted(rng.sample(cands, k))
        print(name, "candidates", len(cands), "sampled", k)
        for ln in picked:
            rows.append({"list": name, "line": ln, "text": lines[ln - 1]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
