"""Sample 20 candidate entry lines a list with random.Random(2903).

Candidate lines: list items (bullets -, *, + and numbered items, at any indent),
markdown table body rows (not the header row or the |---| separator), and lines
starting with bold (**). Lines inside fenced code blocks and HTML comments are skipped.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])(?:\s|$)")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


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
            if "-->" in line:
                comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                comment = True
            continue
        if LIST_ITEM.match(line):
            out.append(i + 1)
        elif s.startswith("|"):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP.match(nxt):  # header row
                continue
            out.append(i + 1)
        elif s.startswith("**"):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(2903)
    result = {}
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        name = os.path.basename(path)
        lines = open(path, encoding="utf-8", newline="").read().split("\n")
        cand = candidates(lines)
        picked = sorted(rng.sample(cand, min(20, len(cand))))
        result[name] = picked
        print(f"{name}: {len(cand)} candidates, sampled {picked}")
    json.dump(result, open(os.path.join(HERE, "sample.json"), "w"), indent=1)


if __name__ == "__main__":
    main()
