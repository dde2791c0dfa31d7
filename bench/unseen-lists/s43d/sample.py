"""Sample 20 candidate entry lines per list with random.Random(4304).

Candidates: list items (bullets -, *, + and numbered items, any indent), table body
rows (rows after a header + separator row, until a line without '|'), and lines
starting with bold. Fenced code and HTML comments are skipped.
Run: python3 sample.py  (writes sample.json next to this file)
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = [
    "bertjiazheng__Awesome-CAD.README.md",
    "n1ckfg__awesome-3D-drawing.README.md",
    "yizhiwang96__PKU-CSCL-Surveys.README.md",
]
SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$")
ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")
BOLD = re.compile(r"^\s*\*\*")


def candidates(lines):
    out, in_fence, in_comment, in_table = [], False, False, False
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            in_table = False
            continue
        if in_fence:
            continue
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if SEP.match(line):
            in_table = True
            continue
        if in_table:
            if "|" in line:
                out.append(i + 1)
                continue
            in_table = False
        if ITEM.match(line) or BOLD.match(line):
            out.append(i + 1)
    return out


def main():
    result = {}
    for name in LISTS:
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            lines = f.read().split("\n")
        cand = candidates(lines)
        rng = random.Random(4304)
        picked = sorted(rng.sample(cand, min(20, len(cand))))
        result[name] = {"candidates": len(cand),
                        "sample": [{"line": n, "text": lines[n - 1]} for n in picked]}
        print(name, len(cand), picked)
    with open(os.path.join(HERE, "sample.json"), "w", encoding="utf-8") as f:
        json.dump(result, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
