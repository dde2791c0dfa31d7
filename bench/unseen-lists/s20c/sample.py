"""Sample 20 candidate entry lines a list with random.Random(2003) (a fresh generator per list,
lists in sorted file-name order). Candidates: list items (bullets -,*,+ at any indent, numbered),
table body rows (lines with '|' after a header + separator row, until a line without '|'), and
lines starting with bold (**). Fenced code blocks and HTML comments are skipped."""
import glob, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")
SEP_RE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def candidates(lines):
    out, fence, comment, in_table = [], False, False, False
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith("```") or s.startswith("~~~"):
            fence = not fence
            in_table = False
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
        if SEP_RE.match(line) and "|" in line and i > 0 and "|" in lines[i - 1]:
            in_table = True
            continue
        if in_table:
            if "|" in line and s:
                out.append(i + 1)
                continue
            in_table = False
        if LIST_RE.match(line) or s.startswith("**"):
            out.append(i + 1)
    return out


def main():
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        lines = open(path, encoding="utf-8").read().split("\n")
        cand = candidates(lines)
        rng = random.Random(2003)
        picked = sorted(rng.sample(cand, 20))
        print(f"== {os.path.basename(path)}: {len(cand)} candidates")
        for n in picked:
            print(f"{n}\t{lines[n-1]}")


if __name__ == "__main__":
    main()
