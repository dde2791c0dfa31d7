"""Sample up to 20 candidate entry lines per list with random.Random(12251).

Candidates: list items (bullets / numbered), table body rows, lines starting with bold
(`**` / `***`), outside fenced code, HTML comments and YAML front matter.
Blockquoted lines (`> ...`) are not candidates: in MPX0222 they are the tables and
summaries that belong to the bold entry line above them (judgement call, see FINDINGS.md).
No list here writes papers as headings, so headings are not candidates.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))

LIST_RE = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")
BOLD_RE = re.compile(r"^\s*\*\*")
TABLE_RE = re.compile(r"^\s*\|.*\|\s*$")
SEP_RE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def candidates(lines):
    out = []
    in_fence = in_comment = False
    in_front = bool(lines) and lines[0].strip() == "---"
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_front:
            if i > 1 and s == "---":
                in_front = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if "-->" in s:
                in_comment = False
            continue
        if s.startswith("<!--") and "-->" not in s:
            in_comment = True
            continue
        if TABLE_RE.match(line):
            # body rows only: skip header (row followed by separator) and separators
            if SEP_RE.match(line):
                prev_table = True
                continue
            nxt = lines[i] if i < len(lines) else ""
            if SEP_RE.match(nxt):
                prev_table = True
                continue
            out.append(i)
            prev_table = True
            continue
        prev_table = False
        if LIST_RE.match(line) or BOLD_RE.match(line):
            out.append(i)
    return out


def main():
    rng = random.Random(12251)
    rows = []
    for name in FILES:
        lines = open(os.path.join(HERE, name), encoding="utf-8").read().split("\n")
        cand = candidates(lines)
        k = min(20, len(cand))
        picked = sorted(rng.sample(cand, k))
        print(name, "candidates", len(cand), "picked", k)
        for ln in picked:
            rows.append({"list": name, "line": ln, "text": lines[ln - 1]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
