"""Sample 20 candidate entries a list with random.Random(12661), lists in sorted file-name order.

Candidates: list items (bullets, numbered), Markdown table body rows, HTML table body rows
(<tr> inside <tbody>, or a row whose <tr> is missing: a <td> line right after </tr>), and lines
starting with bold. Fenced code and HTML comments are skipped. Field sub-bullets of a bold-line
entry (`- **URL**: ...`, `- **BibTeX**:` under a `**Author (year)** - Title` line) are parts of that
entry, not entries of their own, so they are not candidates.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
rng = random.Random(12661)
out = []
for name in files:
    lines = open(os.path.join(HERE, name), encoding="utf-8").read().split("\n")
    cands = []
    fence = False
    comment = False
    tbody = False
    md_table_sep = False
    prev_nonblank = ""
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if re.match(r"^\s*(```|~~~)", line):
            fence = not fence
            continue
        if fence:
            continue
        if comment:
            if "-->" in line:
                comment = False
            continue
        if s.startswith("<!--") and "-->" not in s:
            comment = True
            continue
        if "<tbody>" in s:
            tbody = True
        if "</tbody>" in s:
            tbody = False
        cand = False
        if tbody and (s.startswith("<tr>") or (s.startswith("<td") and prev_nonblank.startswith("</tr>"))):
            cand = True
        elif re.match(r"^\s*([-*+]|\d+[.)])\s+", line):
            if not re.match(r"^\s*[-*+]\s+\*\*[^*]+\*\*\s*[:：]", line):
                cand = True
        elif s.startswith("|"):
            if re.match(r"^\|?\s*:?-{3,}", s):
                md_table_sep = True
            elif md_table_sep:
                cand = True
        elif s.startswith("**"):
            cand = True
        if not s.startswith("|"):
            md_table_sep = False if s else md_table_sep
        if cand:
            cands.append(i)
        if s:
            prev_nonblank = s
    pick = sorted(rng.sample(cands, min(20, len(cands))))
    for ln in pick:
        out.append({"list": name, "line": ln, "text": lines[ln - 1], "candidates": len(cands)})
with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(out))
