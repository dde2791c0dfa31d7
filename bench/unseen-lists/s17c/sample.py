"""Sample 20 candidate entry lines per list with random.Random(1703).

Candidates: list items (bullets -,*,+ or numbered), table body rows, lines starting with bold.
Fenced code blocks and HTML comments are skipped.
"""
import json, random, re, sys
from pathlib import Path

HERE = Path(__file__).parent
LISTS = [
    "Roytsai27__awesome-GNN4TDL.README.md",
    "GDM-SCNU__Awesome-Dynamic-Link-Prediction.README.md",
    "digailab__awesome-hyperbolic-graph-learning.README.md",
    "Buguemar__xai-for-graphs.README.md",
]
LIST_RE = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
BOLD_RE = re.compile(r"^\s*\*\*")
SEP_RE = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    in_table_body = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if "-->" in line:
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
        if s.startswith("|"):
            if SEP_RE.match(s):
                in_table_body = True
                continue
            if in_table_body:
                out.append(i + 1)
            continue
        in_table_body = False
        if LIST_RE.match(line) or BOLD_RE.match(line):
            out.append(i + 1)
    return out


def main():
    for name in LISTS:
        lines = (HERE / name).read_text(encoding="utf-8").split("\n")
        cands = candidates(lines)
        rng = random.Random(1703)
        picked = sorted(rng.sample(cands, 20))
        print(f"# {name}: {len(cands)} candidates", file=sys.stderr)
        for ln in picked:
            print(json.dumps({"list": name, "line": ln, "text": lines[ln - 1]}, ensure_ascii=False))


if __name__ == "__main__":
    main()
