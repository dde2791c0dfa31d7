"""Sample 20 candidate entry lines a list with random.Random(10981), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows, lines starting with bold; fenced code and
HTML comments skipped. Judgement call: pliang279 writes each paper as its own paragraph
("[Title](url), Venue Year [[code]](...)"), with no bullet, so for that list a paragraph's first line that
starts with a link "[" also counts (the list's equivalent of "papers written as headings").
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
PARAGRAPH_LISTS = {"pliang279__awesome-multimodal-ml.README.md"}
ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def candidates(path):
    name = os.path.basename(path)
    lines = open(path, encoding="utf-8").read().split("\n")
    out = []
    in_fence = in_comment = in_table = False
    prev_blank = True
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            prev_blank = False
            continue
        if in_fence:
            continue
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("<!--") and "-->" not in s:
            in_comment = True
            continue
        if s.startswith("<!--"):
            continue
        if SEP.match(line) and "|" in line:
            in_table = True
            prev_blank = False
            continue
        if in_table:
            if s.startswith("|"):
                out.append(i)
                prev_blank = False
                continue
            in_table = False
        if ITEM.match(line) or s.startswith("**"):
            out.append(i)
        elif name in PARAGRAPH_LISTS and prev_blank and line.startswith("["):
            out.append(i)
        prev_blank = (s == "")
    return out, lines


def main():
    rng = random.Random(10981)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        cands, lines = candidates(path)
        pick = sorted(rng.sample(cands, min(20, len(cands))))
        print(os.path.basename(path), len(cands), "candidates")
        for ln in pick:
            rows.append({"list": os.path.basename(path), "line": ln, "text": lines[ln - 1]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
