"""Sample 20 candidate entry lines a list with random.Random(12851), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows, lines starting with bold.
Skipped: fenced code, HTML comments, lines inside HTML blocks (<details> ... </details>),
table header and delimiter rows, and list items nested under another list item
(they are the detail lines of their parent entry: venue, notes, code link), except
nested table-of-contents items (a link to an in-page #anchor), which are entries of their own.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r"^(\s*)([-*+]|\d+[.)])\s+(.*)$")


def candidates(lines):
    out = []
    in_fence = in_comment = in_details = False
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_fence:
            if s.startswith("```") or s.startswith("~~~"):
                in_fence = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = True
            continue
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if in_details:
            if "</details>" in line:
                in_details = False
            continue
        if "<details>" in line and "</details>" not in line:
            in_details = True
            # the line itself may still be a list item, but here it is always a nested detail line
            continue
        if s.startswith("|"):
            is_delim = re.fullmatch(r"\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?", s) is not None
            nxt = lines[i].strip() if i < len(lines) else ""
            is_header = re.fullmatch(r"\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?", nxt) is not None
            if not is_delim and not is_header:
                out.append(i)
            continue
        m = ITEM.match(line)
        if m:
            indent = len(m.group(1).expandtabs(4))
            if indent == 0 or re.match(r"\[[^\]]*\]\(#", m.group(3)):
                out.append(i)
            continue
        if s.startswith("**") and not line.startswith(" "):
            out.append(i)
    return out


def main():
    rng = random.Random(12851)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        name = os.path.basename(path)
        lines = open(path, encoding="utf-8").read().split("\n")
        cands = candidates(lines)
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        print(name, "candidates", len(cands), "picked", len(picked))
        for n in picked:
            rows.append({"list": name, "line": n, "text": lines[n - 1]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
