#!/usr/bin/env python3
"""Sample 20 candidate entry lines a list with random.Random(12141) (one generator, lists in sorted
file-name order). Candidates: list items (bullets, numbered), table body rows, lines starting with bold,
and -- because both lists write papers as plain paragraphs that start with a Markdown link -- paragraph
lines that start with `[` (the analogue of "headings when the list writes papers as headings").
Fenced code and HTML comments are skipped."""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")
TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")

def candidates(lines):
    out, fence, comment = [], None, False
    prev_blank = True
    for i, line in enumerate(lines, 1):
        s = line.rstrip("\n")
        if comment:
            if "-->" in s:
                comment = False
            prev_blank = False
            continue
        m = FENCE.match(s)
        if fence:
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence) and not s.strip()[len(m.group(1)):].strip():
                fence = None
            prev_blank = False
            continue
        if m:
            fence = m.group(1)
            prev_blank = False
            continue
        if s.lstrip().startswith("<!--"):
            if "-->" not in s:
                comment = True
            prev_blank = False
            continue
        kind = None
        if ITEM.match(s):
            kind = "item"
        elif s.lstrip().startswith("|") and not TABLE_SEP.match(s):
            kind = "table"
        elif s.lstrip().startswith("**"):
            kind = "bold"
        elif s.startswith("[") and prev_blank:
            kind = "link-paragraph"
        if kind:
            out.append((i, kind, s))
        prev_blank = (s.strip() == "")
    return out

def main():
    rng = random.Random(12141)
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as fh:
        for f in files:
            lines = open(os.path.join(HERE, f), encoding="utf-8").read().split("\n")
            cands = candidates(lines)
            pick = cands if len(cands) <= 20 else rng.sample(cands, 20)
            print(f, "candidates:", len(cands), {k: sum(1 for c in cands if c[1] == k) for k in ("item", "table", "bold", "link-paragraph")})
            for line, kind, text in sorted(pick):
                fh.write(json.dumps({"list": f, "line": line, "kind": kind, "text": text}, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
