"""Sample 20 candidate entries per list with random.Random(3402).

Candidates: list items (bullets, numbered), table body rows, lines starting
with bold; fenced code and HTML comments skipped. Paths are relative to this file.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = [
    "GuoleiSun__Awesome-SAM2.README.md",
    "983632847__SAM-for-Videos.README.md",
    "YichiZhang98__SAM4MIS.README.md",
    "bo-miao__awsome-video-object-segmentation.README.md",
]
ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")
BOLD = re.compile(r"^\s*(\*\*|__)")
SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def candidates(lines):
    out, fence, comment = [], False, False
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith("```") or s.startswith("~~~"):
            fence = not fence
            prev_table = False
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
        is_table = s.startswith("|")
        if is_table:
            # body row: a table line after the header+separator, not the separator
            if SEP.match(s):
                prev_table = True
                continue
            if prev_table:
                out.append(i)
            continue
        prev_table = False
        if ITEM.match(line) or BOLD.match(line):
            out.append(i)
    return out


def main():
    rng = random.Random(3402)
    for name in LISTS:
        lines = open(os.path.join(HERE, name), encoding="utf-8").read().split("\n")
        cands = candidates(lines)
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        print(json.dumps({"list": name, "n_candidates": len(cands), "lines": picked}))


if __name__ == "__main__":
    main()
