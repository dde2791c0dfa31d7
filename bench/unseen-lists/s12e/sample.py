#!/usr/bin/env python3
"""Sample 20 candidate entry lines per list, reproducibly.

Candidates: list items (bullets `-`, `*`, `+` or numbered `1.`/`1)`), Markdown table
body rows (a `|` row that is neither a header row nor a `---` separator row), and
lines starting with bold (`**`). Lines inside fenced code blocks and HTML comments
are skipped. One random.Random(2026120205) is used for all four lists, in the
order of LISTS below; each list contributes rng.sample(candidates, 20).

    python3 sample.py            # prints JSON: list, line (1-based), text
"""
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LISTS = [
    "htqin__awesome-model-quantization.README.md",
    "AIoT-MLSys-Lab__Efficient-LLMs-Survey.README.md",
    "RUCAIBox__LLMSurvey.README.md",
    "yueliu1999__Awesome-Jailbreak-on-LLMs.README.md",
]
ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def candidates(text):
    lines = text.split("\n")
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if re.match(r"^\s{0,3}(```|~~~)", line):
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
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if nxt.startswith("|") and SEP.match(nxt):
                continue  # header row
            out.append((i + 1, line))
            continue
        if ITEM.match(line) or s.startswith("**"):
            out.append((i + 1, line))
    return out


def main():
    rng = random.Random(2026120205)
    result = []
    for name in LISTS:
        text = (HERE / name).read_text(encoding="utf-8")
        cands = candidates(text)
        picked = sorted(rng.sample(cands, 20))
        print(f"{name}: {len(cands)} candidates", file=sys.stderr)
        for ln, line in picked:
            result.append({"list": name, "line": ln, "text": line})
    json.dump(result, sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
