"""Sample 20 candidate entry lines a list with random.Random(8821).

Candidate lines: list items (bullets, numbered), table body rows, lines starting
with bold, and headings when the list writes papers as headings. Fenced code and
HTML comments are skipped. Thematic breaks (`- - -`) are not list items.

Judgement call: andyjm3/Awesome-Riemannian-Optimization writes each paper as its
own paragraph starting with a Markdown link (`[Title](url) *Venue*. Year.`), no
bullet. For that list (PARAGRAPH_LISTS) such paragraph lines are candidates too,
in the same spirit as "headings when the list writes papers as headings".
"""
import json, random, re, pathlib

HERE = pathlib.Path(__file__).resolve().parent
PARAGRAPH_LISTS = {"andyjm3__Awesome-Riemannian-Optimization.README.md"}

LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
THEMATIC = re.compile(r"^\s*([-*_])(?:\s*\1){2,}\s*$")
TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
BOLD = re.compile(r"^\s*\*\*\S")
PARA_LINK = re.compile(r"^\[[^\]]+\]\(")


def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if re.match(r"^\s*(```|~~~)", line):
            in_fence = not in_fence
            prev_table = False
            continue
        if in_fence:
            continue
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if TABLE_ROW.match(line):
            # body rows: not the header row (the one followed by a separator) and not the separator
            if TABLE_SEP.match(line):
                prev_table = True
                continue
            nxt = lines[i] if i < len(lines) else ""
            if TABLE_SEP.match(nxt):
                continue  # header row
            out.append(i)
            continue
        if THEMATIC.match(line):
            continue
        if LIST_ITEM.match(line) or BOLD.match(line):
            out.append(i)
            continue
        if name in PARAGRAPH_LISTS and PARA_LINK.match(line):
            out.append(i)
    return out


def main():
    rng = random.Random(8821)
    rows = []
    for path in sorted(HERE.glob("*.README.md"), key=lambda p: p.name):
        text = path.read_text(encoding="utf-8")
        lines = text.split("\n")
        cands = candidates(path.name, lines)
        k = min(20, len(cands))
        picked = sorted(rng.sample(cands, k))
        print(path.name, "candidates:", len(cands), "sampled:", k)
        for ln in picked:
            rows.append({"list": path.name, "line": ln, "text": lines[ln - 1]})
    with open(HERE / "sample.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
