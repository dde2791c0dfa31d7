"""Sample 20 candidate entry lines a list with random.Random(10311), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows, lines starting with bold, and, in the
list that writes papers as headings (YanjieZe__SR-Paper-List), its level-3 headings.
Skipped: fenced code, HTML comments, lines inside <details>...</details> and <pre>...</pre> blocks
(abstracts, vocabulary notes and BibTeX in the JSLiam94 list), and in the headings list the
`**Domain:**` / `**Method:**` lines, which are continuation lines of a heading entry.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
HEADING_LISTS = {"YanjieZe__SR-Paper-List.README.md"}
ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def candidates(name, lines):
    out = []
    fence = None
    in_comment = False
    html_depth = 0
    for i, line in enumerate(lines):
        s = line.strip()
        if fence:
            if s.startswith(fence):
                fence = None
            continue
        m = re.match(r"^\s*(```|~~~)", line)
        if m:
            fence = m.group(1)
            continue
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        opened = len(re.findall(r"<(details|pre)\b", line, re.I))
        closed = len(re.findall(r"</(details|pre)>", line, re.I))
        if html_depth > 0 or opened:
            html_depth += opened - closed
            html_depth = max(html_depth, 0)
            continue
        if ITEM.match(line):
            out.append(i)
        elif s.startswith("|"):
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if SEP.match(s) or SEP.match(nxt.strip()):
                continue  # separator or header row
            out.append(i)
        elif s.startswith("**"):
            if name in HEADING_LISTS and re.match(r"^\*\*(Domain|Method):\*\*", s):
                continue
            out.append(i)
        elif name in HEADING_LISTS and re.match(r"^###\s", line):
            out.append(i)
    return out


def main():
    rng = random.Random(10311)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        name = os.path.basename(path)
        with open(path, encoding="utf-8", newline="") as f:
            lines = f.read().split("\n")
        cands = candidates(name, lines)
        pick = sorted(rng.sample(cands, min(20, len(cands))))
        print(name, "candidates:", len(cands))
        for i in pick:
            rows.append({"list": name, "line": i + 1, "text": lines[i]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
