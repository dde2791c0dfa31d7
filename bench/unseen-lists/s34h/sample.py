"""Sample 20 candidate entry lines a list with random.Random(3408).

Candidates: list items (bullets, numbered), table body rows, lines starting with bold.
Fenced code and HTML comments are skipped. Paths are relative to this file.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = [
    "allanj__repo-level-codegen-papers.README.md",
    "src-d__awesome-machine-learning-on-source-code.README.md",
    "Bahuia__Awesome_Text_to_SQL.README.md",
    "SEEDGuard__Awesome-Data-centric-LLM4SE-Papers.README.md",
]
ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")
BOLD = re.compile(r"^\s*(\*\*|__)\S")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def candidates(lines):
    out = []
    fence = None
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if "-->" in s:
                in_comment = False
            continue
        if fence:
            if s.startswith(fence) and not s.strip(fence[0]).strip():
                fence = None
            continue
        m = re.match(r"^(`{3,}|~{3,})(.*)$", s)
        if m and not (m.group(1)[0] == "`" and "`" in m.group(2)):
            fence = m.group(1)
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if s.startswith("|"):
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP.match(s) or SEP.match(nxt):
                continue  # separator or header row
            out.append(i + 1)
        elif ITEM.match(line) or BOLD.match(line):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(3408)
    picked = {}
    for name in LISTS:
        lines = open(os.path.join(HERE, name), encoding="utf-8").read().split("\n")
        cands = candidates(lines)
        pick = sorted(rng.sample(cands, min(20, len(cands))))
        picked[name] = pick
        print(name, len(cands), "candidates ->", pick)
    return picked


if __name__ == "__main__":
    main()
