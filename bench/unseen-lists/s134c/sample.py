"""Sample 20 candidate entry lines a list with random.Random(13141), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows, lines starting with bold.
Skipped: fenced code, HTML comments, and list items NESTED inside another list item
(CommonMark: indent >= the parent item's content column), which in these lists are
notes/links belonging to their parent entry (yue-heu's "  - code: ..." notes), not entries.
No list here writes papers as headings, so headings are not candidates.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r"^( *)([-*+]|\d{1,3}[.)])( +|$)")
DELIM_RE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def candidates(lines):
    out = []
    fence = None
    in_comment = False
    in_table = False
    open_items = []  # content columns of open list items
    prev = ""
    for i, line in enumerate(lines, 1):
        s = line.rstrip("\n")
        st = s.strip()
        if fence:
            if st.startswith(fence):
                fence = None
            prev = s
            continue
        m = re.match(r"^ {0,3}(```+|~~~+)", s)
        if m:
            fence = m.group(1)[:3]
            continue
        if in_comment:
            if "-->" in s:
                in_comment = False
            continue
        if st.startswith("<!--"):
            if "-->" not in st:
                in_comment = True
            continue
        # tables
        if in_table:
            if st and "|" in st and not re.match(r"^-{3,}$", st):
                out.append(i)
                prev = s
                continue
            in_table = False
        if DELIM_RE.match(s) and "|" in s and "|" in prev:
            in_table = True
            prev = s
            continue
        lm = LIST_RE.match(s)
        if lm:
            indent = len(lm.group(1))
            col = indent + len(lm.group(2)) + max(1, len(lm.group(3)))
            while open_items and indent <= open_items[-1][0]:
                open_items.pop()
            nested = bool(open_items) and indent >= open_items[-1][1]
            if not nested:
                open_items = []
                out.append(i)
            open_items.append((indent, col))
            prev = s
            continue
        if st and not s.startswith(" ") and open_items:
            # unindented non-list text: ends lazy continuation only if a new block (heading/bold/html)
            if st.startswith("#") or st.startswith("**"):
                open_items = []
        if st.startswith("#"):
            open_items = []
        if re.match(r"^(\*\*|__)\S", st) and not s.startswith(" "):
            out.append(i)
        prev = s
    return out


def main():
    rng = random.Random(13141)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        name = os.path.basename(path)
        lines = open(path, encoding="utf-8", newline="").read().split("\n")
        cands = candidates(lines)
        pick = sorted(rng.sample(cands, min(20, len(cands))))
        print(name, "candidates", len(cands), "picked", len(pick))
        for ln in pick:
            rows.append({"list": name, "line": ln, "text": lines[ln - 1]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
