"""Sample 20 candidate entry lines per list with random.Random(2106).

Candidates: list items (bullets -, *, + and numbered, at any indent), table body
rows (not the header row, not the |---| separator), and lines starting with bold.
Fenced code blocks and HTML comments are skipped.
"""
import json, random, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LISTS = [
    "windmaple__awesome-AutoML.README.md",
    "yiminzme__awesome-bayesian-optimization.README.md",
    "leili666__awesome-architecture-search.README.md",
    "guan-yuan__awesome-AutoML-and-Lightweight-Models.README.md",
]
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")

def candidates(text):
    lines = text.split("\n")
    out, fence, comment = [], False, False
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith("```") or s.startswith("~~~"):
            fence = not fence
            continue
        if fence:
            continue
        if comment:
            if "-->" in line:
                comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                comment = True
            continue
        if re.match(r"^\s*([-*+]|\d+[.)])\s+\S", line):
            out.append(i + 1)
        elif s.startswith("|"):
            if SEP.match(line):
                continue
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if SEP.match(nxt):
                continue  # header row
            out.append(i + 1)
        elif s.startswith("**"):
            out.append(i + 1)
    return out, lines

# Lists whose indented sub-items continue the paper above them (an authors/venue
# line, notes, or "+ [owner/repo](github)" code lines): a sampled sub-item is
# mapped to the entry it belongs to (the nearest top-level item above it).
NESTED_CONTINUES = {
    "leili666__awesome-architecture-search.README.md",
    "guan-yuan__awesome-AutoML-and-Lightweight-Models.README.md",
}

def entry_start(name, lines, n):
    if name not in NESTED_CONTINUES or not lines[n - 1][:1].isspace():
        return n
    i = n - 1
    while i > 0 and not re.match(r"^([-*+]|\d+[.)])\s+\S", lines[i - 1]):
        i -= 1
    return i

def main():
    rng = random.Random(2106)
    for name in LISTS:
        text = (HERE / name).read_text(encoding="utf-8")
        cands, lines = candidates(text)
        first = rng.sample(cands, 20)
        entries = []
        for n in first:
            e = entry_start(name, lines, n)
            if e not in entries:
                entries.append(e)
        # only if two sampled lines fell in one entry: draw further lines, same generator
        rest = [c for c in cands if c not in first]
        while len(entries) < 20:
            n = rest.pop(rng.randrange(len(rest)))
            e = entry_start(name, lines, n)
            if e not in entries:
                entries.append(e)
        print(f"## {name}: {len(cands)} candidates", file=sys.stderr)
        for e in sorted(entries):
            print(json.dumps({"list": name, "line": e, "text": lines[e - 1]}, ensure_ascii=False))

if __name__ == "__main__":
    main()
