"""Sample 20 candidate entry lines per list with random.Random(2805) (a fresh generator per list).

Candidates: list items (bullets -, *, + and numbered items, at any indent), table body rows
(not the header row, not the |---| separator), and lines starting with bold.
Fenced code blocks and HTML comments are skipped.
"""
import json, random, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 2805
LISTS = [
    "QinYang79__Awesome-Noisy-Correspondence.README.md",
    "Paranioar__Awesome_Matching_Pretraining_Transfering.README.md",
    "hly1998__DeepTextHashing.README.md",
    "BMC-SDNU__Hashing-Retrieval.README.md",
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
        elif s.startswith("**"):
            out.append(i + 1)
    return out


def main():
    result = {}
    for name in LISTS:
        text = (HERE / name).read_text(encoding="utf-8")
        cands = candidates(text)
        rng = random.Random(SEED)
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        result[name] = {"n_candidates": len(cands), "lines": picked}
        print(name, len(cands), picked, file=sys.stderr)
    json.dump(result, sys.stdout, indent=1)


if __name__ == "__main__":
    main()
