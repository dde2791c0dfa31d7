"""Sample 20 candidate lines per list with random.Random(3204).

Candidates: list items (bullets, numbered), table body rows, lines starting with bold.
Fenced code blocks and HTML comments are skipped.
"""
import json, random, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LISTS = sorted(p.name for p in HERE.glob("*.README.md"))
ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+")
BOLD = re.compile(r"^\s*(\*\*|__)")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}")


def candidates(text):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False
    for i, line in enumerate(text.split("\n"), 1):
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
            # table body rows: not the header (the row before a separator) nor the separator
            if SEP.match(s) and set(s) <= set("|:- \t"):
                prev_table = True
                if out and out[-1] == i - 1:
                    out.pop()  # the header row just added
                continue
            out.append(i)
            continue
        if ITEM.match(line) or BOLD.match(line):
            out.append(i)
    return out


def main():
    rng = random.Random(3204)
    sample = {}
    for name in LISTS:
        text = (HERE / name).read_text(encoding="utf-8")
        cands = candidates(text)
        picked = sorted(rng.sample(cands, 20))
        sample[name] = {"candidates": len(cands), "lines": picked}
    json.dump(sample, sys.stdout, indent=1)


if __name__ == "__main__":
    main()
