"""Sample 20 entries per list with random.Random(3904).

Candidate lines: list items (bullets or numbered, any indentation), table body
rows (rows after a |---| separator line), and lines starting with bold (**).
Lines inside fenced code blocks and HTML comments are skipped.  Candidates are
drawn in the order of rng.shuffle until 20 distinct entry starts are
collected (a candidate line is its own entry start in these four lists: no
list here puts an entry's details on nested bullets).

Paths are relative to this file.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = [
    "algomatic-inc__awesome-ai-agents-guide.README.md",
    "Steve2457__Awesome-RL-GUI-Agents.README.md",
    "longzhaohuang__GUI-Agent-Survey.README.md",
    "Asaf-Yehudai__LLM-Agent-Evaluation-Survey.README.md",
]
N = 20

ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])(?:\s|$)")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def candidates(text):
    lines = text.split("\n")
    out = []
    in_fence = False
    in_comment = False
    in_table_body = False
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
        if s.startswith("|"):
            if SEP.match(s):
                in_table_body = True
                continue
            if in_table_body:
                out.append(i)
            continue
        in_table_body = False
        if ITEM.match(line) or s.startswith("**"):
            out.append(i)
    return out


def main():
    rng = random.Random(3904)
    result = {}
    for name in LISTS:
        with open(os.path.join(HERE, name), encoding="utf-8", newline="") as f:
            text = f.read()
        lines = text.split("\n")
        cands = candidates(text)
        order = list(cands)
        rng.shuffle(order)
        picked = sorted(order[:N])
        result[name] = {"candidates": len(cands), "lines": picked}
        print(f"== {name}: {len(cands)} candidates")
        for ln in picked:
            print(f"{ln}: {lines[ln-1]}")
    with open(os.path.join(HERE, "sample.json"), "w") as f:
        json.dump(result, f, indent=1)


if __name__ == "__main__":
    main()
