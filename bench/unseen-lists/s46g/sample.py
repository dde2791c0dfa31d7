"""Sample 20 candidate entry lines per list with random.Random(4671).

Candidates: list items (-, *, + bullets; numbered items), table body rows
(not the header row nor the |---| separator), and lines starting with bold.
Fenced code blocks and HTML comments are skipped. Paths are relative to this file.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = [
    "AlonzoLeeeooo__awesome-radiology-report-generation.README.md",
    "baeseongsu__awesome-machine-learning-for-healthcare.README.md",
    "ResearchGroup-MedVLLM__PaperReading.README.md",
]
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+")


def candidates(lines):
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
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP.match(nxt):
                continue  # header row
            out.append(i + 1)
        elif ITEM.match(line) or s.startswith("**"):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(4671)
    result = []
    for name in LISTS:
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            lines = f.read().split("\n")
        cands = candidates(lines)
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        for ln in picked:
            result.append({"list": name, "line": ln, "text": lines[ln - 1]})
        print(name, "candidates:", len(cands))
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in result:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
