"""Sample 20 candidate entry lines a list with random.Random(11911).

Candidates: list items (bullets, numbered), table body rows (not the header or the
|---| separator), lines starting with bold.  Fenced code and HTML comments are skipped.

Two list-specific rules (judgement calls, see FINDINGS.md):
* kaliaanup (numbered paper items with tab-indented detail bullets `- Authors:`,
  `- Datasets:`, `- Approach: [Code]`): an indented bullet inside a numbered item
  belongs to that entry and is not a candidate of its own (as a nested 论文名称 bullet
  belongs to its parent item).
* xiaoqian19940510 writes every paper as the label of a collapsible
  `<details/><summary/> <a href=...>Title, Venue</a> by <i>Authors</summary>` block;
  a `<summary>` label counts as a heading in the labelling rules, so the list writes
  papers as headings and every summary label line (the first non-empty line after a
  `<summary/>` line) is a candidate.  Its Markdown headings (category and year
  headings) are not papers and are not candidates.
One generator, lists in sorted file-name order, rng.sample(candidates, min(20, n)).
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
NESTED_DETAIL_LISTS = {"kaliaanup__Named-Entity-Recognition-Literature.README.md"}
SUMMARY_LISTS = {"xiaoqian19940510__Event-Extraction.README.md"}
SEP = re.compile(r"^\|[\s:|-]+\|?$")


def candidates(name, lines):
    out = []
    in_fence = in_comment = False
    in_item = False          # inside a top-level numbered item (kaliaanup)
    want_summary = False     # previous non-empty line was <summary/> (xiaoqian)
    for i, line in enumerate(lines):
        s = line.strip()
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
        if name in SUMMARY_LISTS:
            if want_summary and s:
                want_summary = False
                out.append(i + 1)
                continue
            if s == "<summary/>":
                want_summary = True
                continue
        if name in NESTED_DETAIL_LISTS:
            if re.match(r"^\d+[.)]\s+", line):
                in_item = True
                out.append(i + 1)
                continue
            if in_item and (line[:1] in ("\t", " ") or not s):
                continue
            in_item = False
        if re.match(r"^\s*([-*+]|\d+[.)])\s+", line):
            out.append(i + 1)
        elif s.startswith("|"):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP.match(nxt):
                continue
            out.append(i + 1)
        elif s.startswith("**") or s.startswith("__"):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(11911)
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
