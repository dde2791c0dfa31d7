"""Sample 20 candidate entries per list with random.Random(3304) (fresh generator per list).

Candidates: list items (-, *, + bullets or numbered, any indent), table body rows
(not the header row, not the |---| separator, not rows whose cells are all empty),
and lines starting with bold (** or __). Fenced code and HTML comments are skipped.
A nested list item whose previous line is an indented non-blank, non-list
continuation line (e.g. "  [[pdf]](...)") belongs to the entry above it and is not
a separate candidate (SongYii's "  - Authors. *Venue*" lines).
"""
import json, random, re, sys, os

LISTS = [
    "YimingCuiCuiCui__awesome-weakly-supervised-segmentation.README.md",
    "gyguo__awesome-weakly-supervised-semantic-segmentation.README.md",
    "LLiSJ-web__Awesome-Salient-Object-Detection.README.md",
    "SongYii__awesome-weakly-supervised-object-detection.README.md",
]
ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")
SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")

def candidates(lines):
    out, fence, comment = [], False, False
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith("```"):
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
        if ITEM.match(line):
            prev = lines[i - 1] if i > 0 else ""
            if (line.startswith(" ") and prev.strip() and prev.startswith(" ")
                    and not ITEM.match(prev)):
                continue  # continuation of the entry above
            out.append(i + 1)
        elif s.startswith("|"):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP.match(nxt):
                continue  # header row
            cells = [c.strip() for c in s.strip("|").split("|")]
            if not any(cells):
                continue
            out.append(i + 1)
        elif s.startswith("**") or s.startswith("__"):
            out.append(i + 1)
    return out

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    for name in LISTS:
        lines = open(os.path.join(here, name), encoding="utf-8").read().split("\n")
        cand = candidates(lines)
        pick = sorted(random.Random(3304).sample(cand, 20))
        print(name, len(cand), pick)
        if "-v" in sys.argv:
            for n in pick:
                print(f"  {n}: {lines[n-1][:160]}")
