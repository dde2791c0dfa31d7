"""Sample 20 candidate entry lines per list with random.Random(2308) (a fresh generator per list).

Candidates: list items (bullets -,*,+ or numbered, any indent), table body rows (not the header row
directly above a |---| separator, not the separator), and lines starting with bold (**).
Lines inside fenced code blocks and HTML comments are skipped.
"""
import random, re, sys, json

LISTS = [
    "YutingHe-list__Awesome-Foundation-Models-for-Advancing-Healthcare.README.md",
    "HiLab-git__SSL4MIS.README.md",
    "Event-AHU__Medical_Image_Analysis.README.md",
    "Taiz388__Medical-MLLM.README.md",
]
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])(\s|$)')

def candidates(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    out, fence, comment = [], False, False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if comment:
            if "-->" in ln:
                comment = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            fence = not fence
            continue
        if fence:
            continue
        if s.startswith("<!--"):
            if "-->" not in s[4:]:
                comment = True
            continue
        if s.startswith("|"):
            if SEP.match(ln):
                continue
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if SEP.match(nxt):
                continue  # header row
            out.append(i + 1)
        elif ITEM.match(ln) or s.startswith("**"):
            out.append(i + 1)
    return out

if __name__ == "__main__":
    res = {}
    for name in LISTS:
        c = candidates(name)
        rng = random.Random(2308)
        pick = sorted(rng.sample(c, 20))
        res[name] = pick
        print(name, len(c), "candidates ->", pick)
    json.dump(res, open("/tmp/s23h-work/sample.json", "w"), indent=1)
