"""Sample 20 candidate entry lines per list with random.Random(1706).

Candidates: list items (bullets -, *, + or numbered 1. / 1) at any indent, followed
by whitespace), table body rows (| ... lines that are neither a header row, i.e.
followed by a separator row, nor the separator row itself), and lines starting
with bold (**). Fenced code blocks and HTML comments are skipped.
Lines are split on \\n with a trailing \\r removed (one list uses CRLF).
Each list gets its own random.Random(1706); the sample is sorted by line number.
"""
import json, random, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LISTS = [
    "harlanhong__awesome-talking-head-generation.README.md",
    "shamrock7__awesome-virtual-try-on.README.md",
    "ChaofWang__Awesome-Super-Resolution.README.md",
    "minar09__awesome-virtual-try-on.README.md",
]
ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
SEP = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")
FENCE = re.compile(r"^\s*(```|~~~)")


def candidates(lines):
    out = []
    in_fence = in_comment = False
    for i, line in enumerate(lines):
        if in_fence:
            if FENCE.match(line):
                in_fence = False
            continue
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if FENCE.match(line):
            in_fence = True
            continue
        if line.lstrip().startswith("<!--"):
            if "-->" not in line:
                in_comment = True
            continue
        s = line.strip()
        if s.startswith("|"):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if nxt.startswith("|") and SEP.match(nxt):
                continue  # header row
            out.append(i + 1)
        elif ITEM.match(line) or s.startswith("**"):
            out.append(i + 1)
    return out


def main():
    res = {}
    for name in LISTS:
        lines = [l.rstrip("\r") for l in (HERE / name).read_text(encoding="utf-8").split("\n")]
        cand = candidates(lines)
        rng = random.Random(1706)
        picked = sorted(rng.sample(cand, 20))
        res[name] = {"n_candidates": len(cand), "lines": picked}
        print(name, len(cand), picked, file=sys.stderr)
        for ln in picked:
            print(f"{name}:{ln}: {lines[ln-1]}")
            # show following lines that may continue the entry
            j = ln
            while j < len(lines) and lines[j].strip() and not ITEM.match(lines[j]) and not lines[j].lstrip().startswith(("|", "#")):
                print(f"    +{j+1}: {lines[j]}")
                j += 1
    json.dump(res, open("/tmp/s17f-work/sample.json", "w"), indent=1)


if __name__ == "__main__":
    main()
