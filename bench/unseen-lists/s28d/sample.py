"""Sample 20 candidate entry lines per list with random.Random(2804).

Candidates: list items (-, *, + bullets, numbered "1." items), table body rows
(not the header row or the |---| separator), and lines starting with bold (**).
Fenced code blocks and HTML comments are skipped.
"""
import json, random, re, sys, pathlib

HERE = pathlib.Path(__file__).parent
LISTS = sorted(p.name for p in HERE.glob("*.README.md"))
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")
BOLD = re.compile(r"^\*\*[^*\s]")  # bold text; a bare '***' line is a thematic break, not bold


def candidates(lines):
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
        if ITEM.match(line) or BOLD.match(s):
            out.append(i + 1)
        elif s.startswith("|") and not SEP.match(s):
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP.match(nxt):  # header row
                continue
            out.append(i + 1)
    return out


def main():
    rng = random.Random(2804)
    res = {}
    for name in LISTS:
        lines = (HERE / name).read_text(encoding="utf-8").split("\n")
        cand = candidates(lines)
        pick = sorted(rng.sample(cand, 20))
        res[name] = {"n_candidates": len(cand), "lines": pick}
        for ln in pick:
            print(f"{name}\t{ln}\t{lines[ln-1]}")
    json.dump(res, open(HERE / "sample.json", "w"), indent=1)


if __name__ == "__main__":
    main()
