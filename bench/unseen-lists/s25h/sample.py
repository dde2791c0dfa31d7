"""Sample 20 candidate entry lines per list with random.Random(2508).

Candidates: list items (bullets -, *, + and numbered items), table body rows
(not the header row, not the |---| separator), and lines starting with bold.
Fenced code blocks and HTML comments are skipped.
"""
import json, random, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LISTS = [
    "cooperleong00__Awesome-LLM-Interpretability.README.md",
    "riverback__Awesome-Concept-Bottleneck-Models.README.md",
    "YuweiYin__Overview_of_Artificial_Intelligence.README.md",
    "FF-GardenFn__mechanistic-interpretability-techniques.README.md",
]
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")


def candidates(text):
    lines = text.split("\n")
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
        if ITEM.match(line):
            out.append(i + 1)
        elif s.startswith("|"):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP.match(nxt):  # header row
                continue
            out.append(i + 1)
        elif "|" in s and SEP.match(s):
            continue
        elif s.startswith("**"):
            # a bold line that is the header of a pipe table without leading |
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP.match(nxt):
                continue
            out.append(i + 1)
        elif "|" in s and i > 0:
            # body row of a table without leading pipes: previous rows lead to a separator
            j = i - 1
            while j >= 0 and "|" in lines[j] and not SEP.match(lines[j].strip()):
                j -= 1
            if j >= 0 and SEP.match(lines[j].strip()) and "|" in lines[j]:
                out.append(i + 1)
    return out


def main():
    result = {}
    for name in LISTS:
        text = (HERE / name).read_text(encoding="utf-8")
        cands = candidates(text)
        rng = random.Random(2508)
        picked = sorted(rng.sample(cands, 20))
        result[name] = {"n_candidates": len(cands), "lines": picked}
        print(name, len(cands), picked, file=sys.stderr)
    json.dump(result, sys.stdout, indent=1)


if __name__ == "__main__":
    main()
