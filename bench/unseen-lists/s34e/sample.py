"""Sample 20 candidate entry lines per list with random.Random(3405).

Candidates: list items (bullets, numbered), table body rows (not header or
delimiter rows), and lines starting with bold; fenced code and HTML comments
are skipped. Paths are relative to this file.
"""
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
LISTS = [
    "PolarisRisingWar__HGNN_Collection.README.md",
    "gzcsudo__Awesome-Hypergraph-Network.README.md",
    "WxxShirley__Awesome-Graph-Prompt.README.md",
    "ConanCui__Paper-List.README.md",
]
ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
BOLD = re.compile(r"^\s*\*\*")
DELIM = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")


def candidates(text):
    out = []
    in_fence = False
    in_comment = False
    lines = text.split("\n")
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
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if s.startswith("|"):
            if DELIM.match(s):
                continue
            nxt = lines[i] if i < len(lines) else ""
            if DELIM.match(nxt.strip()):
                continue  # header row
            out.append(i)
            continue
        if ITEM.match(line) or BOLD.match(line):
            out.append(i)
    return out


def main():
    rng = random.Random(3405)
    result = {}
    for name in LISTS:
        text = (HERE / name).read_text(encoding="utf-8")
        cands = candidates(text)
        picked = sorted(rng.sample(cands, 20))
        result[name] = {"candidates": len(cands), "lines": picked}
    (HERE / "sample.json").write_text(json.dumps(result, indent=1), encoding="utf-8")
    for name, r in result.items():
        print(name, r["candidates"], r["lines"])


if __name__ == "__main__":
    main()
