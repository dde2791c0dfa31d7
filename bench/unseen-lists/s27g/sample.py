"""Sample 20 candidate entry lines per list with random.Random(2707) (a fresh RNG per list, lists in SOURCES.tsv order).
Candidates: list items (-, *, + bullets; numbered items), table body rows, lines starting with bold (**).
Fenced code blocks and HTML comments are skipped."""
import random, re, sys, os, json
HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = ["linchangyi1__Awesome-Touch.README.md", "rhett-chen__Robotic-grasping-papers.README.md",
         "zita-ch__bipedal-robot-learning-collection.README.md", "gaiyi7788__awesome-legged-locomotion-learning.README.md"]
ITEM = re.compile(r"^\s*([-*+]|\d+[.)])(\s|$|\[)")
SEP = re.compile(r"^\s*\|?\s*:?-{3,}")
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
        if ITEM.match(ln) or s.startswith("**"):
            out.append(i)
    return lines, out
if __name__ == "__main__":
    for name in LISTS:
        lines, cand = candidates(os.path.join(HERE, name))
        rng = random.Random(2707)
        pick = sorted(rng.sample(cand, 20))
        print(f"## {name}: {len(cand)} candidates; sample {pick}")
        for n in pick:
            print(n, json.dumps(lines[n-1], ensure_ascii=False))
