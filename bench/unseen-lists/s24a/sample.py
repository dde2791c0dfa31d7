"""Sample 20 entries per list with random.Random(2401).

Candidates: list items (-, *, +, numbered), table body rows, lines starting with bold.
Skipped: fenced code, HTML comments, table header/separator rows, and indented
sub-items that continue a parent entry (a parent that is not a table-of-contents
anchor link); those continuation lines become part of the parent's raw.
"""
import json, random, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LISTS = sorted(p.name for p in HERE.glob("*.README.md"))
ITEM = re.compile(r"^(\s*)([-*+]|\d+[.)])\s+")
TOC = re.compile(r"^\s*([-*+]|\d+[.)])\s+\[[^\]]*\]\(#[^)]*\)\s*$")


def candidates(lines):
    out = []  # (start_index, end_index_exclusive)
    in_code = in_comment = False
    i = 0
    n = len(lines)
    while i < n:
        ln = lines[i]
        s = ln.strip()
        if s.startswith("```") or s.startswith("~~~"):
            in_code = not in_code; i += 1; continue
        if in_code:
            i += 1; continue
        if in_comment:
            if "-->" in ln: in_comment = False
            i += 1; continue
        if s.startswith("<!--") and "-->" not in s:
            in_comment = True; i += 1; continue
        if s.startswith("<!--"):
            i += 1; continue
        m = ITEM.match(ln.expandtabs(4))
        if m:
            indent = len(m.group(1))
            j = i + 1
            if not TOC.match(ln):
                # absorb deeper-indented sub-items / continuation lines
                while j < n and lines[j].strip() and (len(lines[j].expandtabs(4)) - len(lines[j].expandtabs(4).lstrip())) > indent:
                    j += 1
            out.append((i, j)); i = j; continue
        if s.startswith("|"):
            nxt = lines[i + 1].strip() if i + 1 < n else ""
            prev = lines[i - 1].strip() if i > 0 else ""
            is_sep = re.fullmatch(r"\|?[\s:|-]+\|?", s) is not None
            is_header = re.fullmatch(r"\|?[\s:|-]+\|?", nxt) is not None and not prev.startswith("|")
            if not is_sep and not is_header:
                out.append((i, i + 1))
            i += 1; continue
        if s.startswith("**"):
            out.append((i, i + 1)); i += 1; continue
        i += 1
    return out


def main():
    rng = random.Random(2401)
    rows = []
    for name in LISTS:
        text = (HERE / name).read_text(encoding="utf-8")
        lines = text.split("\n")
        cands = candidates(lines)
        pick = sorted(rng.sample(cands, min(20, len(cands))))
        print(f"{name}: {len(cands)} candidates", file=sys.stderr)
        for a, b in pick:
            rows.append({"list": name, "line": a + 1, "raw": "\n".join(lines[a:b])})
    for r in rows:
        print(json.dumps(r, ensure_ascii=False))


if __name__ == "__main__":
    main()
