"""Sample 20 candidate entry lines a list with random.Random(13151), lists in sorted file-name order.

Candidate lines: list items (bullets, numbered), table body rows (not the header row or the
separator row), lines starting with bold at column 0, skipping fenced code and HTML comments.
Judgement call: hymie122__RAG-Survey writes its papers as bare link paragraphs
("    [Title](link)") under bullet sub-category labels, so for that list a line whose text starts
with a Markdown link "[...](" is also a candidate (papers written as link paragraphs, like
papers written as headings). Indented bold lines (continuation lines inside a list item, e.g.
"  **HyDE** 20 December 2022 ...") are not separate candidates.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LINK_PARA_LISTS = {"hymie122__RAG-Survey.README.md"}

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
        if re.match(r"^\s*(```|~~~)", line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if re.match(r"^\s*([-*+]|\d+[.)])\s+\S", line):
            out.append(i)
        elif s.startswith("|"):
            if re.match(r"^\|?[\s:|-]+\|?$", s) and "-" in s:
                continue  # separator row
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if re.match(r"^\|?[\s:|-]+\|?$", nxt) and "-" in nxt:
                continue  # header row
            out.append(i)
        elif line.startswith("**"):
            out.append(i)
        elif name in LINK_PARA_LISTS and re.match(r"^\s*\[[^\]]+\]\(", line):
            out.append(i)
    return out

rng = random.Random(13151)
rows = []
for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
    name = os.path.basename(path)
    lines = open(path, encoding="utf-8").read().split("\n")
    cand = candidates(name, lines)
    pick = sorted(rng.sample(cand, min(20, len(cand))))
    print(name, "candidates:", len(cand))
    for i in pick:
        rows.append({"list": name, "line": i + 1, "text": lines[i]})
with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
