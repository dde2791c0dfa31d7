"""Sample 20 candidate entry lines per list with random.Random(2706) (a fresh generator per list).

Candidates: list items (bullets -,*,+ or numbered, any indentation), table body rows
(rows after a |---| separator row), and lines starting with bold (**...). Fenced code
blocks and HTML comments are skipped.
"""
import re, random, sys, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = [
    "nuochenpku__Awesome-Role-Play-Papers.README.md",
    "masamasa59__ai-agent-papers.README.md",
    "Value4AI__Awesome-LLM-in-Social-Science.README.md",
    "mtli-buaa__awesome-role-playing-agents.README.md",
]
ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
BOLD = re.compile(r"^\s*\*\*")

def candidates(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    out, fence, comment, in_table = [], False, False, False
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
        if s.startswith("```") or s.startswith("~~~"):
            fence = not fence; continue
        if fence: continue
        if comment:
            if "-->" in ln: comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s: comment = True
            continue
        if s.startswith("|"):
            if SEP.match(s): in_table = True; continue
            if in_table: out.append(i)
            continue
        in_table = False
        if ITEM.match(ln) or BOLD.match(ln):
            out.append(i)
    return lines, out

if __name__ == "__main__":
    res = {}
    for name in LISTS:
        lines, cand = candidates(os.path.join(HERE, name))
        rng = random.Random(2706)
        pick = sorted(rng.sample(cand, 20))
        res[name] = pick
        print(f"{name}: {len(cand)} candidates -> {pick}")
        for n in pick:
            print(f"  {n}: {lines[n-1][:160]}")
    json.dump(res, open(os.path.join(HERE, "sample.json"), "w"), indent=1)
