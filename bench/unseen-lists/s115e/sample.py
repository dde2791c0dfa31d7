"""Sample 20 candidate entry lines per list with random.Random(11551).

Candidates: list items (bullets / numbered), table body rows (rows after a
header + delimiter row; rows whose cells are all empty are skipped), lines
starting with bold (not '***' rules).  Fenced code and HTML comments are skipped.
Per-list extension (judgement call): LeoZhiheng__PaperList-SOT writes every
paper as a plain paragraph that starts with a Markdown link, so for that list
paragraph lines starting with "[" are candidates too (as the brief allows
headings for lists that write papers as headings).
The last line of the Yangyi-Chen file is cut mid-entry by the two-page fetch
limit and is left out.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LINK_PARA_LISTS = {"LeoZhiheng__PaperList-SOT.README.md"}
TRUNCATED = {"Yangyi-Chen__PaperList-Trustworthy-Applications.README.md"}

DELIM = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")


def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if "-->" in s:
                in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        # tables
        if "|" in s and i + 1 < len(lines) and DELIM.match(lines[i + 1]) and not DELIM.match(line):
            in_table = "header"
            continue
        if in_table == "header" and DELIM.match(line):
            in_table = "body"
            continue
        if in_table == "body":
            if "|" in s and s:
                cells = [c.strip() for c in s.strip("|").split("|")]
                if any(cells):
                    out.append(i)
                continue
            in_table = False
        if re.match(r"^\s*([-*+]|\d+[.)])\s+\S", line):
            out.append(i)
        elif re.match(r"^\*\*[^*\s]", s):  # bold, not a '***' thematic break
            out.append(i)
        elif name in LINK_PARA_LISTS and s.startswith("["):
            out.append(i)
    if name in TRUNCATED and out and out[-1] == len(lines) - 1:
        out.pop()
    return out


def main():
    rng = random.Random(11551)
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    rows = []
    for name in names:
        text = open(os.path.join(HERE, name), encoding="utf-8", newline="").read()
        lines = text.split("\n")
        cand = candidates(name, lines)
        pick = sorted(rng.sample(cand, min(20, len(cand))))
        print(name, "candidates:", len(cand))
        for i in pick:
            rows.append({"list": name, "line": i + 1, "text": lines[i]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
