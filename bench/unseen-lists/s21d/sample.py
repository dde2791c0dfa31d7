"""Sample 20 candidate entry lines per list with random.Random(2104) (a fresh RNG per list).

Candidates: list items (bullets -,*,+ or numbered 1. / 1)), table body rows (| ... | lines that are
neither a header row nor the |---| separator), and lines starting with bold (**).
Fenced code blocks and HTML comments are skipped.
"""
import json, random, re, sys

LISTS = [
    "lzhbrian__Awesome-BEV-Papers.README.md",
    "Fishsoup0__awesome-driving-generalization.README.md",
    "yoshall__Awesome-Trajectory-Computing.README.md",
    "PeterJaq__Awesome-Autonomous-Driving.README.md",
]
ITEM = re.compile(r"^\s*([-*+]|\d+[.)])(\s|$)")
SEP = re.compile(r"^\s*\|?\s*:?-{3,}")


def candidates(path):
    lines = open(path, encoding="utf-8").read().split("\n")
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
            out.append((i + 1, line))
        elif s.startswith("|"):
            if SEP.match(s.lstrip("|").strip() and s) or re.match(r"^\|\s*:?-{3,}", s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if re.match(r"^\|\s*:?-{3,}", nxt):
                continue  # header row
            out.append((i + 1, line))
    return out


if __name__ == "__main__":
    res = []
    for name in LISTS:
        c = candidates(name)
        rng = random.Random(2104)
        pick = sorted(rng.sample(c, 20))
        print(name, "candidates:", len(c), file=sys.stderr)
        for ln, text in pick:
            res.append({"list": name, "line": ln, "text": text})
    json.dump(res, open("/tmp/s21d-work/sample.json", "w"), ensure_ascii=False, indent=0)
    for r in res:
        print(r["list"][:12], r["line"], r["text"][:150])
