"""Sample 20 candidate entry lines per list with random.Random(2005).

Candidates: list items (-, *, + bullets; numbered items), table body rows
(rows after a |---| separator row), and lines starting with bold (**).
Fenced code blocks and HTML comments are skipped.
"""
import json, random, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LISTS = [
    "ninglixu__Awesome-PointCloudRegistration.README.md",
    "agarnung__awesome-3d-point-cloud-denoising.README.md",
    "wentianli__awesome-3d-photography.README.md",
    "hwan0806__Awesome-LiDAR-Mapping.README.md",
]
SEP = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")
ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")


def candidates(text):
    lines = text.split("\n")
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
        if SEP.match(line) and "-" in line and "|" in line:
            in_table = True
            continue
        if in_table:
            if s.startswith("|"):
                out.append(i)
                continue
            in_table = False
        if ITEM.match(line) or s.startswith("**"):
            out.append(i)
    return out


def main():
    for name in LISTS:
        text = (HERE / name).read_text(encoding="utf-8")
        cands = candidates(text)
        rng = random.Random(2005)
        picked = sorted(rng.sample(cands, 20))
        lines = text.split("\n")
        print(f"## {name}: {len(cands)} candidates")
        for ln in picked:
            print(json.dumps({"list": name, "line": ln, "text": lines[ln - 1]}, ensure_ascii=False))


if __name__ == "__main__":
    main()
