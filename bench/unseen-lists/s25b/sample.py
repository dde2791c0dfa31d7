"""Sample 20 entries per list with random.Random(2502).

Candidates: list items (-, *, +, numbered), table body rows, and lines starting with bold.
Skipped: fenced code, HTML comments, table header and separator rows, thematic breaks (****).
An item absorbs the lines that continue it: deeper-indented lines (indented at least to the
item's content column: sub-bullets, notes) and lazy continuation lines (non-blank lines that do
not open a new item, heading, table row, HTML block or bold line). Those lines become part of
its raw. CRLF files are read with the CR dropped (raw holds the lines without CR).
"""
import json, random, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LISTS = sorted(p.name for p in HERE.glob("*.README.md"))
ITEM = re.compile(r"^(\s*)([-*+]|\d+[.)])(\s+|$)")
SEP = re.compile(r"\|?[\s:|-]+\|?")


def indent_of(s):
    s = s.expandtabs(4)
    return len(s) - len(s.lstrip())


def opens_block(s):
    t = s.strip()
    return (ITEM.match(s.expandtabs(4)) is not None or t.startswith("#") or t.startswith("|")
            or t.startswith("<") or t.startswith("**") or t.startswith("```"))


def candidates(lines):
    out = []
    in_code = in_comment = False
    i, n = 0, len(lines)
    while i < n:
        ln = lines[i]
        s = ln.strip()
        if s.startswith("```") or s.startswith("~~~"):
            in_code = not in_code; i += 1; continue
        if in_code:
            i += 1; continue
        if in_comment:
            if "-->" in ln:
                in_comment = False
            i += 1; continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            i += 1; continue
        m = ITEM.match(ln.expandtabs(4))
        if m and s not in ("-", "*", "+"):
            content_col = len(m.group(0)) if m.group(3) else len(m.group(0)) + 1
            j = i + 1
            while j < n and lines[j].strip():
                nxt = lines[j]
                if indent_of(nxt) >= content_col:
                    j += 1; continue
                if not opens_block(nxt):
                    j += 1; continue
                break
            out.append((i, j)); i = j; continue
        if s.startswith("|"):
            nxt = lines[i + 1].strip() if i + 1 < n else ""
            prev = lines[i - 1].strip() if i > 0 else ""
            is_sep = SEP.fullmatch(s) is not None
            is_header = SEP.fullmatch(nxt) is not None and not prev.startswith("|")
            if not is_sep and not is_header:
                out.append((i, i + 1))
            i += 1; continue
        if s.startswith("**") and not re.fullmatch(r"(\*\s*){3,}", s):  # not a thematic break
            out.append((i, i + 1)); i += 1; continue
        i += 1
    return out


def main():
    rng = random.Random(2502)
    rows = []
    for name in LISTS:
        text = (HERE / name).read_text(encoding="utf-8")
        lines = [l[:-1] if l.endswith("\r") else l for l in text.split("\n")]
        cands = candidates(lines)
        pick = sorted(rng.sample(cands, min(20, len(cands))))
        print(f"{name}: {len(cands)} candidates", file=sys.stderr)
        for a, b in pick:
            rows.append({"list": name, "line": a + 1, "raw": "\n".join(lines[a:b])})
    for r in rows:
        print(json.dumps(r, ensure_ascii=False))


if __name__ == "__main__":
    main()
