"""Sample 20 candidate entry lines a list with random.Random(11181), lists in sorted file-name order.

Candidate lines: list items (bullets -,*,+ and numbered, at any indent), table body rows
(lines starting with | after a |---| separator row), lines starting with bold (**),
and headings in lists that write papers as headings (here: the maxbrenner-ai notes list).
Fenced code and HTML comments are skipped.
"""
import json, random, re, glob, os

HERE = os.path.dirname(os.path.abspath(__file__))
HEADING_LISTS = {"maxbrenner-ai__Reinforcement-Learning-Papers-Notes.README.md"}
N = 20

def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    in_table_body = False
    for i, line in enumerate(lines, 1):
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
        if s.startswith("|"):
            if re.match(r"^\|?\s*:?-{2,}", s):
                in_table_body = True
                continue
            if in_table_body:
                out.append(i)
            continue
        in_table_body = False
        if re.match(r"^\s*([-*+]|\d+[.)])\s+\S", line):
            out.append(i)
        elif s.startswith("**"):
            out.append(i)
        elif name in HEADING_LISTS and re.match(r"^#{1,6}\s+\S", line):
            out.append(i)
    return out

def main():
    rng = random.Random(11181)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        name = os.path.basename(path)
        lines = open(path, encoding="utf-8").read().split("\n")
        cand = candidates(name, lines)
        pick = sorted(rng.sample(cand, min(N, len(cand))))
        print(name, "candidates:", len(cand), "sampled:", len(pick))
        for ln in pick:
            rows.append({"list": name, "line": ln, "text": lines[ln - 1]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
