"""Sample 20 candidate entry lines per list with random.Random(4521).

Candidates: list items (bullets -,*,+ or numbered "N." / "N)", possibly indented, followed by
whitespace or end of line), table body rows ("|" lines that are neither a header row, i.e.
the row just above a separator row, nor the separator row itself), and lines starting with
bold (** or __). Lines inside fenced code blocks (``` or ~~~) and inside HTML comments are
skipped. Each list gets its own random.Random(4521); rng.sample(candidates, 20), then sorted
by line number. Writes sample.jsonl beside this file. Paths are relative to this file.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 4521
N = 20
LISTS = [
    "Charles-Xie__awesome-described-object-detection.README.md",
    "jianzongwu__Awesome-Open-Vocabulary.README.md",
    "witnessai__Awesome-Open-Vocabulary-Object-Detection.README.md",
]
ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])(?:\s|$)")
SEP = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
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
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP.match(nxt):  # header row
                continue
            out.append(i + 1)
        elif ITEM.match(line):
            out.append(i + 1)
        elif s.startswith("**") or s.startswith("__"):
            out.append(i + 1)
    return out


def main():
    rows = []
    for name in LISTS:
        with open(os.path.join(HERE, name), encoding="utf-8", newline="") as f:
            lines = f.read().split("\n")
        cands = candidates(lines)
        rng = random.Random(SEED)
        picked = sorted(rng.sample(cands, N))
        print(name, "candidates:", len(cands))
        for ln in picked:
            rows.append({"list": name, "line": ln, "text": lines[ln - 1]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    for r in rows:
        print(r["list"][:14], r["line"], r["text"])


if __name__ == "__main__":
    main()
