"""Sample 20 candidate entries a list with random.Random(10381).

Candidate lines: list items (bullets, numbered), table body rows (rows after a
|---| separator), lines starting with bold, and, in the list that writes papers
as headings (AI4Phys, level-4 headings), those headings.  Fenced code and HTML
comment lines are skipped.

Entry folding (so that a sampled line is always the start of an entry):
  * AI4Phys: the `- **Date:**` / `- **Description:**` / `- **Link:**` /
    `- **Domain:**` bullets under a paper heading are fields of that heading's
    entry, not candidates of their own.  Bullets outside paper-heading blocks
    (News, table of contents) are candidates.
  * youkq95: tab-indented bullets are the citation / notes of the top-level
    bullet above them, so only top-level bullets are candidates.
  * haochen-chen: every table body row is a candidate (paper rows and the
    benchmark-result rows alike).
"""
import json, random, re
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = sorted(p.name for p in HERE.glob("*.README.md"))
LIST_RE = re.compile(r"^\s*([-*+]|\d+[.)])(\s|$)")
HEAD_RE = re.compile(r"^ {0,3}(#{1,6})\s")
FENCE_RE = re.compile(r"^\s*(```|~~~)")
SEP_RE = re.compile(r"^\s*\|?\s*:?-{3,}")


def candidates(name, lines):
    out = []
    in_fence = in_comment = False
    in_table_body = False
    in_paper_block = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if FENCE_RE.match(line):
            in_fence = not in_fence
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
        if s.startswith("|"):
            if SEP_RE.match(s):
                in_table_body = True
            elif in_table_body:
                out.append(i)
            continue
        in_table_body = False
        h = HEAD_RE.match(line)
        if h:
            level = len(h.group(1))
            if name.startswith("AI4Phys__"):
                in_paper_block = level == 4
                if level == 4:
                    out.append(i)
            continue
        if LIST_RE.match(line):
            if name.startswith("AI4Phys__") and in_paper_block:
                continue
            if name.startswith("youkq95__") and line[:1] in ("\t", " "):
                continue
            out.append(i)
            continue
        if s.startswith("**"):
            out.append(i)
    return out


def main():
    rng = random.Random(10381)
    rows = []
    for name in FILES:
        lines = (HERE / name).read_text(encoding="utf-8").split("\n")
        cands = candidates(name, lines)
        pick = sorted(rng.sample(cands, min(20, len(cands))))
        print(name, "candidates:", len(cands), "sampled:", len(pick))
        for ln in pick:
            rows.append({"list": name, "line": ln, "text": lines[ln - 1]})
    with open(HERE / "sample.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
