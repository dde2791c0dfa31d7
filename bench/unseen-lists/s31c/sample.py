"""Sample 20 candidate lines per list with random.Random(3131).

Candidates: list items (-, *, + bullets; numbered items), table body rows
(rows after a |---| separator, header and separator excluded), lines starting
with bold (**...). Fenced code blocks and HTML comments are skipped.
"""
import json, random, re, sys
from pathlib import Path

HERE = Path(__file__).parent
LISTS = [
    "yucheol-choi__awesome-quantum-compiler.README.md",
    "lockwo__qml-library.README.md",
    "PillowTomZA__PINN_Navier_Stokes_papers.README.md",
    "Jun-Pu__Awesome-Quantum-Computer-Vision.README.md",
]
SEP = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)+\|?\s*$")
ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")


def candidates(text):
    lines = text.split("\n")
    out, in_fence, in_comment, in_table = [], False, False, False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("<!--") and "-->" not in s:
            in_comment = True
            continue
        if SEP.match(line):
            in_table = True
            continue
        if in_table:
            if "|" in line and s:
                out.append(i)
                continue
            in_table = False
        if ITEM.match(line) or s.startswith("**"):
            # a table header row is followed by a separator: skip it
            if i < len(lines) and SEP.match(lines[i]):
                continue
            out.append(i)
    return out


def main():
    rng = random.Random(3131)
    result = {}
    for name in LISTS:
        cand = candidates((HERE / name).read_text(encoding="utf-8"))
        pick = sorted(rng.sample(cand, 20)) if len(cand) > 20 else cand
        result[name] = {"candidates": len(cand), "sample": pick}
    json.dump(result, sys.stdout, indent=1)


if __name__ == "__main__":
    main()
