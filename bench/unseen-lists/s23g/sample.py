"""Sample 20 candidate entry lines per list with random.Random(2307).

Candidates: list items (-, *, + bullets; numbered 1. / 1)), table body rows
(rows after a |---| separator row), and lines starting with bold (**).
Fenced code blocks and HTML comments are skipped.  One fresh
random.Random(2307) per list; candidates in file order; rng.sample(cands, 20),
then sorted by line number.
"""
import json, random, re, sys, pathlib

HERE = pathlib.Path(__file__).parent
LISTS = [
    "nguyentthong__Paper-VLP.README.md",
    "yfzhang114__Awesome-Multimodal-Large-Language-Models.README.md",
    "SuperBruceJia__Awesome-Large-Vision-Language-Model.README.md",
    "WenkeHuang__Awesome-MLLM-Tuning.README.md",
]
ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")

def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
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
                in_table = True
                continue
            if in_table:
                out.append(i)
            continue
        in_table = False
        if ITEM.match(line) or s.startswith("**"):
            out.append(i)
    return out

def main():
    res = {}
    for name in LISTS:
        lines = (HERE / name).read_text(encoding="utf-8").split("\n")
        c = candidates(lines)
        rng = random.Random(2307)
        pick = sorted(rng.sample(c, 20))
        res[name] = pick
        print(name, len(c), "candidates ->", pick)
        for n in pick:
            print(f"  {n}: {lines[n-1][:150]}")
    json.dump(res, open("/tmp/s23g-work/sample.json", "w"), indent=1)

if __name__ == "__main__":
    main()
