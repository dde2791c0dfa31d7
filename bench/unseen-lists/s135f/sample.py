#!/usr/bin/env python3
"""Sample 20 candidate entry lines a list with random.Random(13181); writes sample.jsonl.

Candidate lines: list items (bullets, numbered), Markdown table body rows, HTML table rows
(`<tr ...>` lines: tensorflow/lingvo's bibtex2html tables), lines starting with bold.
No list here writes papers as headings. Fenced code and HTML comments are skipped.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
rng = random.Random(13181)

LIST_RE = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")
SEP_RE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def candidates(lines):
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
        if LIST_RE.match(line):
            out.append(i)
        elif s.startswith("|"):
            if SEP_RE.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP_RE.match(nxt) and "-" in nxt:
                continue  # header row
            out.append(i)
        elif s.startswith("<tr"):
            out.append(i)
        elif s.startswith("**"):
            out.append(i)
    return out


files = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as fo:
    for f in files:
        text = open(os.path.join(HERE, f), encoding="utf-8", newline="").read()
        lines = text.split("\n")
        cand = candidates(lines)
        pick = sorted(rng.sample(cand, min(N, len(cand))))
        print(f, "candidates", len(cand), "sampled", len(pick))
        for i in pick:
            fo.write(json.dumps({"list": f, "line": i + 1, "text": lines[i]}, ensure_ascii=False) + "\n")
