"""Sample 20 candidate entry lines per list with random.Random(4003).

Candidates: list items (bullets / numbered), table body rows (not header or
separator rows), lines starting with bold. Fenced code and HTML comments are
skipped. Paths are relative to this file. Writes sample.json next to it.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = [
    "zenrran4nlp__Awesome-LLM-Inference-Serving.README.md",
    "AmadeusChan__Awesome-LLM-System-Papers.README.md",
    "tiingweii-shii__Awesome-Resource-Efficient-LLM-Papers.README.md",
    "PDZZXL__Awesome-LLM-Serving.README.md",
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
        lines = open(os.path.join(HERE, name), encoding="utf-8").read().split("\n")
        cands = candidates(lines)
        rng = random.Random(4003)
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        result[name] = {"n_candidates": len(cands), "lines": picked}
        print(name, len(cands), picked)
    with open(os.path.join(HERE, "sample.json"), "w") as f:
        json.dump(result, f, indent=1)


if __name__ == "__main__":
    main()
