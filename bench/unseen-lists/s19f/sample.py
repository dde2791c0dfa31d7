"""Sample 20 candidate entry lines a list with random.Random(1936).

Candidates: list items (bullets, numbered), table body rows (not the header row
or the |---| separator), and lines starting with bold. Fenced code and HTML
comments are skipped. CRLF files are read with the \r dropped (line numbers are
unchanged). Prints one JSON object a sampled line (list, line, raw).
"""
import json, random, re, sys
from pathlib import Path

HERE = Path(__file__).parent
LISTS = sorted(p.name for p in HERE.glob("*.README.md"))
SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
ITEM = re.compile(r"^([-*+]|\d+[.)])\s+")


def candidates(text):
    lines = text.replace("\r\n", "\n").split("\n")
    out = []
    in_fence = in_comment = False
    for i, line in enumerate(lines):
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
        if ITEM.match(s):
            out.append(i + 1)
        elif s.startswith("|"):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP.match(nxt):  # header row
                continue
            out.append(i + 1)
        elif s.startswith("**") or s.startswith("__"):
            out.append(i + 1)
    return out, lines


def main():
    res = []
    for name in LISTS:
        text = (HERE / name).read_text(encoding="utf-8")
        cands, lines = candidates(text)
        rng = random.Random(1936)
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        print(f"{name}: {len(cands)} candidates, {len(picked)} sampled", file=sys.stderr)
        for ln in picked:
            res.append({"list": name, "line": ln, "raw": lines[ln - 1]})
    for r in res:
        print(json.dumps(r, ensure_ascii=False))


if __name__ == "__main__":
    main()
