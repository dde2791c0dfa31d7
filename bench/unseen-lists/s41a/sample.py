"""Sample 20 candidate entry lines per list with random.Random(4101) (a fresh generator per list).

Candidates: list items (bullets -, *, + or numbered, at any indent), table body rows (not the
header row, not the |---| separator row), and lines starting with bold (** or __).
Lines inside fenced code and inside HTML comments are skipped.
Paths are relative to this file; writes sample.json next to it.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = [
    "fengbintu__Neural-Networks-on-Silicon.README.md",
    "KnowingNothing__compiler-and-arch.README.md",
    "BRTResearch__AIChip_Paper_List.README.md",
    "Xilinx__finn.README.md",
]
ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
SEP = re.compile(r"^\s*\|?\s*:?-{3,}")


def candidates(lines):
    out, fence, comment = [], False, False
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith("```") or s.startswith("~~~"):
            fence = not fence
            continue
        if fence:
            continue
        if comment:
            if "-->" in s:
                comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                comment = True
            continue
        if ITEM.match(line) or s.startswith("**") or s.startswith("__"):
            out.append(i + 1)
        elif s.startswith("|"):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP.match(nxt):
                continue
            out.append(i + 1)
    return out


def main():
    result = {}
    for name in LISTS:
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            lines = f.read().split("\n")
        cands = candidates(lines)
        rng = random.Random(4101)
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        result[name] = {"n_candidates": len(cands), "lines": picked}
        print(name, len(cands), picked)
    with open(os.path.join(HERE, "sample.json"), "w", encoding="utf-8") as f:
        json.dump(result, f, indent=1)


if __name__ == "__main__":
    main()
