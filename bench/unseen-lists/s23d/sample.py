"""Sample 20 candidate entry lines per list with random.Random(2304).

Candidates: list items (bullets -,*,+ at any indent; numbered "1." / "1)"),
table body rows (lines starting with "|" that are neither a header row, i.e. a
row directly followed by a |---| separator, nor the separator itself), and
lines starting with bold "**". Fenced code blocks and HTML comments
(single- or multi-line) are skipped. A fresh Random(2304) is used per list.
"""
import random, re, sys, os, json

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = [
    "yuxuanfanOrion__Awesome-Robotics-with-Foundation-Models.README.md",
    "UpcomAI__Embodied-AI-papers.README.md",
    "KwanWaiPang__Awesome-VLA.README.md",
    "showlab__Awesome-Robotics-Diffusion.README.md",
]
SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")


def candidates(lines):
    out = []
    in_code = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_code:
            if s.startswith("```") or s.startswith("~~~"):
                in_code = False
            continue
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_code = True
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
            if SEP.match(nxt):
                continue  # header row
            out.append(i + 1)
        elif s.startswith("**"):
            out.append(i + 1)
    return out


def main():
    res = {}
    for name in LISTS:
        lines = open(os.path.join(HERE, name), encoding="utf-8").read().split("\n")
        cand = candidates(lines)
        rng = random.Random(2304)
        pick = sorted(rng.sample(cand, 20))
        res[name] = pick
        print(name, "candidates:", len(cand), "sample:", pick)
        for n in pick:
            print("  %4d: %s" % (n, lines[n - 1][:200]))
    return res


if __name__ == "__main__":
    main()
