"""Sample 20 candidate entry lines per list with random.Random(4531).

Candidates: list items (bullets -,*,+ or numbered N. / N), possibly indented, followed by
whitespace), table body rows (| ... | lines that are neither the header row nor the
separator row), and lines starting with bold (** or __). Fenced code blocks and HTML
comments are skipped. Each list gets its own random.Random(4531); sample(candidates, 20),
then sorted by line number. Paths are relative to this file.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = [
    "ga642381__speech-trident.README.md",
    "kuan2jiu99__Awesome-Speech-Generation.README.md",
    "TouchSky-Lab__Awesome-Text-to-Speech-TTS.README.md",
]
ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])(?:\s|$)")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


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
        rng = random.Random(4531)
        picked = sorted(rng.sample(cands, 20))
        print(name, "candidates:", len(cands))
        for ln in picked:
            rows.append({"list": name, "line": ln, "text": lines[ln - 1]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    for r in rows:
        print(r["list"][:12], r["line"], r["text"][:150])


if __name__ == "__main__":
    main()
