"""Sample 20 candidate entry lines per list with random.Random(4206).
Candidates: list items (bullets, numbered), table body rows, lines starting with bold;
fenced code and HTML comments are skipped. Paths are relative to this file."""
import os, re, random, json

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")
BOLD = re.compile(r"^\s*\*\*")
TROW = re.compile(r"^\s*\|")
TSEP = re.compile(r"^\s*\|?\s*:?-{2,}")

def candidates(lines):
    out, fence, comment = [], False, False
    prev_table = False
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
        if s.startswith("```") or s.startswith("~~~"):
            fence = not fence; prev_table = False; continue
        if fence: continue
        if comment:
            if "-->" in s: comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s: comment = True
            continue
        if TROW.match(ln):
            # body row: inside a table after its separator line
            if TSEP.match(ln):
                prev_table = True; continue
            if prev_table:
                out.append(i)
            continue
        prev_table = False
        if ITEM.match(ln) or BOLD.match(ln):
            out.append(i)
    return out

if __name__ == "__main__":
    rng = random.Random(4206)
    for name in LISTS:
        lines = open(os.path.join(HERE, name), encoding="utf-8").read().split("\n")
        c = candidates(lines)
        pick = sorted(rng.sample(c, min(20, len(c))))
        print(json.dumps({"list": name, "candidates": len(c), "lines": pick}))
        for n in pick:
            print(f"  {n}: {lines[n-1][:160]}")
