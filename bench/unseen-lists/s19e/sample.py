#!/usr/bin/env python3
"""Sample 20 candidate entry lines a list with random.Random(1929) (a fresh generator per list).

Candidates: list items (bullets, numbered), table body rows, and lines starting with bold
(leading indentation allowed, so indented `**Title**, Venue. [[Paper]]` paragraphs count).
Fenced code and HTML comments are skipped. Output: one JSON object a line (list, line, raw line).
"""
import json, random, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LISTS = [
    "zhangxjohn__LLM-Agent-Benchmark-List.README.md",
    "aialt__awesome-mobile-agents.README.md",
    "quchangle1__LLM-Tool-Survey.README.md",
    "yunqi-meng__GUIAgent-paperlist.README.md",
]
DELIM = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)+\|?\s*$")
BULLET = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")
BOLD = re.compile(r"^\s*\*\*\S")


def candidates(lines):
    out, in_fence, in_comment, in_table = [], False, False, False
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
        if DELIM.match(line) and i >= 2 and "|" in lines[i - 2]:
            in_table = True
            continue
        if in_table:
            if s and "|" in s:
                out.append(i)
                continue
            in_table = False
        if BULLET.match(line) or BOLD.match(line):
            out.append(i)
    return out


def main():
    res = []
    for name in LISTS:
        lines = (HERE / name).read_text(encoding="utf-8").split("\n")
        cands = candidates(lines)
        rng = random.Random(1929)
        pick = sorted(rng.sample(cands, min(20, len(cands))))
        print(f"# {name}: {len(cands)} candidates, {len(pick)} sampled", file=sys.stderr)
        for ln in pick:
            res.append({"list": name, "line": ln, "raw": lines[ln - 1]})
    for r in res:
        print(json.dumps(r, ensure_ascii=False))


if __name__ == "__main__":
    main()
