"""Sample 20 candidate entry lines a list (all if fewer) with one random.Random(9441).

Candidate lines: list items (bullets -, *, + followed by a space or '[', numbered '1.'),
table body rows (lines starting with '|' that are neither a header row nor the
'|---|' separator), lines starting with bold '**'. None of the three lists writes papers
as headings, so headings are not candidates. Fenced code and HTML comments are skipped.
Lists are taken in sorted file-name order; writes sample.jsonl (list, line, text).
"""
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
BULLET = re.compile(r"^\s*[-*+](\s|\[)")
NUMBERED = re.compile(r"^\s*\d+[.)]\s")
SEP = re.compile(r"^\s*\|?\s*:?-{3,}")


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines, 1):
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
            if "-->" not in s[4:]:
                in_comment = True
            continue
        if s.startswith("|"):
            nxt = lines[i] if i < len(lines) else ""
            if SEP.match(s) or SEP.match(nxt.strip()):
                continue  # separator row, or header row (followed by the separator)
            out.append(i)
        elif BULLET.match(line) or NUMBERED.match(line) or s.startswith("**"):
            out.append(i)
    return out


def main():
    rng = random.Random(9441)
    rows = []
    for path in sorted(HERE.glob("*.README.md"), key=lambda p: p.name):
        lines = path.read_text(encoding="utf-8").split("\n")
        cand = candidates(lines)
        pick = cand if len(cand) <= 20 else sorted(rng.sample(cand, 20))
        print(path.name, len(cand), "candidates,", len(pick), "sampled")
        for n in pick:
            rows.append({"list": path.name, "line": n, "text": lines[n - 1]})
    with open(HERE / "sample.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
