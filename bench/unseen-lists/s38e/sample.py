"""Sample 20 candidate entry lines per list with random.Random(3805).

Candidate lines: list items (bullets or numbered, any indentation), table body
rows (rows after a |---| separator line), and lines starting with bold (**).
Lines inside fenced code blocks and HTML comments are skipped.
Paths are relative to this file.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = [
    "fjchange__awesome-video-anomaly-detection.README.md",
    "huguyuehuhu__Awesome-Group-Activity-Recognition.README.md",
    "VIPL-SLP__awesome-sign-language-processing.README.md",
    "Kali-Hac__3D-skeleton-based-person-re-ID-survey.README.md",
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
    rng = random.Random(3805)
    result = {}
    for name in LISTS:
        with open(os.path.join(HERE, name), encoding="utf-8", newline="") as f:
            text = f.read()
        cands = candidates(text)
        picked = sorted(rng.sample(cands, min(N, len(cands))))
        result[name] = {"candidates": len(cands), "lines": picked}
        lines = text.split("\n")
        print(f"== {name}: {len(cands)} candidates")
        for ln in picked:
            print(f"{ln}: {lines[ln-1]}")
    with open(os.path.join(HERE, "sample.json"), "w") as f:
        json.dump(result, f, indent=1)


if __name__ == "__main__":
    main()
