"""Sample 20 candidate entry lines per list with random.Random(2103).

Candidates: list items (bullets -, *, + and numbered, any indent), table body rows
(not the header row, not the |---| separator), and lines starting with bold (**).
Lines inside fenced code blocks and HTML comments are skipped.
One Random(2103) instance is used across the lists, in the order of LISTS.
"""
import json, random, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LISTS = [
    "HKUDS__Awesome-SSLRec-Papers.README.md",
    "SaeedShurrab__awesome-self-supervised-learning-in-medical-imaging.README.md",
    "HymEric__Awesome-Representation-Learning-CV-PaperAndCode.README.md",
    "qingsongedu__Awesome-SSL4TS.README.md",
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


def main():
    rng = random.Random(2103)
    for name in LISTS:
        text = (HERE / name).read_text(encoding="utf-8")
        cands, lines = candidates(text)
        picked = sorted(rng.sample(cands, 20))
        print(f"## {name}: {len(cands)} candidates", file=sys.stderr)
        for n in picked:
            print(json.dumps({"list": name, "line": n, "text": lines[n - 1]}, ensure_ascii=False))


if __name__ == "__main__":
    main()
