"""Sample 20 candidate entries a list with random.Random(11721) (one generator, lists in sorted order).

Candidates: list items (bullets, numbered), table body rows, lines starting with bold, and
headings in a list that writes its papers as headings (hzxwonder: `## [N] Title`).
Fenced code and HTML comments are skipped.  In the heading-paper list the bold field lines
under a paper heading (`**Authors**:`, `**Conference**:`, `**URL**:`, `**Abstract**:`) are that
heading's fields, not entries of their own, so they are not candidates there.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
HEADING_PAPER_LISTS = {"hzxwonder__Conference-Paper.README.md"}

def candidates(name, lines):
    out, fence, comment = [], False, False
    heading_papers = name in HEADING_PAPER_LISTS
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if comment:
            if "-->" in s:
                comment = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            fence = not fence
            continue
        if fence:
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                comment = True
            continue
        if re.match(r"#{1,6}\s", s):
            if heading_papers and re.match(r"#{1,6}\s+\[\d+\]\s", s):
                out.append(i)
            continue
        if re.match(r"([-*+]|\d+[.)])\s+\S", s):
            out.append(i)
            continue
        if s.startswith("|") and not re.match(r"^\|?[\s:|-]+\|?$", s):
            # table body row: not the header (next line is the delimiter row)
            nxt = lines[i].strip() if i < len(lines) else ""
            if not re.match(r"^\|?[\s:|-]+\|?$", nxt) or "-" not in nxt:
                out.append(i)
            continue
        if s.startswith("**") and not heading_papers:
            out.append(i)
    return out

def main():
    rng = random.Random(11721)
    rows = []
    for name in sorted(f for f in os.listdir(HERE) if f.endswith(".README.md")):
        lines = open(os.path.join(HERE, name), encoding="utf-8").read().split("\n")
        cand = candidates(name, lines)
        pick = sorted(rng.sample(cand, 20)) if len(cand) > 20 else cand
        print(name, len(cand), "candidates,", len(pick), "sampled")
        for ln in pick:
            rows.append({"list": name, "line": ln, "text": lines[ln - 1]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
