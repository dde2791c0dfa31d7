"""Sample 20 candidate entry lines per list with random.Random(4105).

Candidates: list items (bullets, numbered), table body rows (not the header row
or the |---| separator), and lines starting with bold (** or __).  Lines inside
fenced code blocks and HTML comments are skipped.  A fresh Random(4105) is used
for each list, in the order of LISTS; the sample is printed sorted by line.
"""
import os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = [
    "shi-ang__SurvivalAnalysisPapers.README.md",
    "hurcy__awesome-ehr-deeplearning.README.md",
    "JHoelli__Awesome-Time-Series-Explainability.README.md",
    "ChunaraLab__ChunaraLab.github.io.README.md",
]
LIST_RE = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
SEP_RE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$")


def candidates(path):
    with open(path, encoding="utf-8", newline="") as f:
        lines = f.read().splitlines()
    out, in_fence, in_comment = [], False, False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if "-->" in s:
                in_comment = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if re.match(r"^([*_-])(\s*\1){2,}$", s):
            continue  # thematic break (***), not bold
        if s.startswith("|"):
            nxt = lines[i] if i < len(lines) else ""
            if SEP_RE.match(s) or SEP_RE.match(nxt.strip()):
                continue  # separator row or header row
            out.append((i, line))
        elif LIST_RE.match(line) or s.startswith("**") or s.startswith("__"):
            out.append((i, line))
    return out


if __name__ == "__main__":
    for name in LISTS:
        cands = candidates(os.path.join(HERE, name))
        rng = random.Random(4105)
        picked = sorted(rng.sample(cands, 20))
        print(f"## {name}: {len(cands)} candidate lines")
        for n, line in picked:
            print(f"{n}\t{line}")
