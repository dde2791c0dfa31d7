"""Sample 20 candidate entry lines a list with random.Random(11811).

Candidates: list items (bullets, numbered), table body rows (not the header or the
|---| separator), lines starting with bold, and headings in lists that write papers
as headings (shenzekai: every heading is a candidate; lines inside a paper-heading
block, i.e. its **作者：**/**关键词：** lines, belong to that entry and are not
candidates of their own).  Fenced code, HTML comments and YAML front matter are skipped.
One generator, lists in sorted file-name order, rng.sample(candidates, min(20, n)).
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
HEADING_LISTS = {"shenzekai__STLab-Summary.README.md"}
PAPER_HEADING = re.compile(r"^#{1,6}\s*\d+\.")

def candidates(name, lines):
    out = []
    in_fence = in_comment = False
    in_front = bool(lines) and lines[0].strip() == "---"
    in_paper_block = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_front:
            if i > 0 and s == "---":
                in_front = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if "-->" in s:
                in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        is_heading = re.match(r"^#{1,6}\s", s) is not None
        if name in HEADING_LISTS and is_heading:
            in_paper_block = bool(PAPER_HEADING.match(s))
            out.append(i + 1)
            continue
        if in_paper_block:
            continue
        if re.match(r"^\s*([-*+]|\d+[.)])\s+", line):
            out.append(i + 1)
        elif s.startswith("|"):
            if re.match(r"^\|[\s:|-]+\|?$", s):
                continue
            # header row: the row directly followed by a separator row
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if re.match(r"^\|[\s:|-]+\|?$", nxt):
                continue
            out.append(i + 1)
        elif s.startswith("**") or s.startswith("__"):
            out.append(i + 1)
    return out

def main():
    rng = random.Random(11811)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        name = os.path.basename(path)
        lines = open(path, encoding="utf-8").read().split("\n")
        cand = candidates(name, lines)
        picked = sorted(rng.sample(cand, min(20, len(cand))))
        print(name, "candidates", len(cand), "picked", len(picked))
        for ln in picked:
            rows.append({"list": name, "line": ln, "text": lines[ln - 1]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
