#!/usr/bin/env python3
"""Sample 20 candidate entry lines per list with random.Random(3203).

Candidates: list items (bullets `-`, `*`, `+`, or numbered `1.`), table body rows
(not the header row or the |---| separator), and lines starting with bold (`**`).
Lines inside fenced code blocks and inside HTML comments are skipped.
Run from this folder: python3 sample.py > sample.json
"""
import json
import random
import re
import sys
from pathlib import Path

LISTS = [
    "i-am-shreya__Eye-Gaze-Survey.README.md",
    "kenshi7798__awesome-text-to-motion.README.md",
    "GuangtaoLyu__awesome-motion-prediction.README.md",
    "animate-x__Awesome-human-motion.README.md",
]
ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
SEP = re.compile(r"^\s*\|?\s*:?-{3,}")


def candidates(text):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False
    for no, line in enumerate(text.split("\n"), 1):
        s = line.strip()
        if in_comment:
            if "-->" in line:
                in_comment = False
            prev_table = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            prev_table = False
            continue
        if in_fence:
            continue
        if "<!--" in line:
            before, _, after = line.partition("<!--")
            if "-->" not in after:
                in_comment = True
            if not before.strip():
                prev_table = False
                continue
        is_table = s.startswith("|")
        if is_table:
            if SEP.match(s.replace("|", "", 1)) or set(s) <= set("|-: "):
                prev_table = True
                continue
            # a table row is a body row when the previous table line exists (header seen)
            if prev_table:
                out.append(no)
            prev_table = True
            continue
        prev_table = False
        if ITEM.match(line) or s.startswith("**"):
            out.append(no)
    return out


def main():
    rng = random.Random(3203)
    result = {}
    for name in LISTS:
        text = Path(name).read_text(encoding="utf-8")
        cands = candidates(text)
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        lines = text.split("\n")
        result[name] = [{"line": n, "text": lines[n - 1]} for n in picked]
        print(f"{name}: {len(cands)} candidates", file=sys.stderr)
    json.dump(result, sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
