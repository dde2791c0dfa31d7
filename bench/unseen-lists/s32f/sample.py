"""Sample 20 candidate entry lines per list with random.Random(3206).

Candidates: list items (bullets -,*,+ and numbered 1. / 1)), Markdown table body
rows (pipe rows that are neither the header row nor the --- separator), and lines
starting with bold (**). Fenced code blocks and HTML comments are skipped.
A fresh Random(3206) is used for each list, lists in sorted file-name order.
"""
import json, random, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LISTS = sorted(p.name for p in HERE.glob("*.README.md"))
ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")
SEP = re.compile(r"^\s*\|?\s*:?-{3,}")


def candidates(text):
    lines = text.split("\n")
    out, in_fence, in_comment = [], False, False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if "-->" in s:
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
        if ITEM.match(line) or s.startswith("**"):
            out.append(i + 1)
        elif s.startswith("|"):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP.match(nxt):  # header row
                continue
            out.append(i + 1)
    return out


def main():
    result = {}
    for name in LISTS:
        text = (HERE / name).read_text(encoding="utf-8")
        cand = candidates(text)
        rng = random.Random(3206)
        pick = sorted(rng.sample(cand, min(20, len(cand))))
        result[name] = {"candidates": len(cand), "sample": pick}
    json.dump(result, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
