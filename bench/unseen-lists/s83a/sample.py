#!/usr/bin/env python3
"""Sample 20 candidate entry lines a list with random.Random(8311).

Candidates: list items (bullets, numbered), Markdown table body rows, lines starting with bold,
and, for a list that writes its papers as headings (hyperai: one H3 heading per paper), those
headings. Fenced code and HTML comments are skipped. In the heading-per-paper list the detail
bullets under a paper heading (科研团队 / 相关研究 / 发布期刊 / 论文链接) belong to that heading's
entry, so they are not candidates of their own; its table-of-contents bullets are candidates.
One generator for all lists, lists in sorted file-name order. Writes sample.jsonl.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
PAPER_HEADING_LEVEL = {"hyperai__awesome-ai4s.README.md": 3}

LIST_RE = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
HEAD_RE = re.compile(r"^(#{1,6})\s")
TABLE_SEP_RE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    paper_level = PAPER_HEADING_LEVEL.get(name)
    inside_paper_heading = False
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if "-->" in line:
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
        m = HEAD_RE.match(line)
        if m:
            level = len(m.group(1))
            if paper_level is not None:
                inside_paper_heading = level == paper_level
                if level == paper_level:
                    out.append(i)
            prev_table = False
            continue
        # Markdown table body rows: a row after a header + separator
        if s.startswith("|"):
            if TABLE_SEP_RE.match(s):
                prev_table = True
                continue
            if prev_table:
                out.append(i)
            continue
        else:
            prev_table = False if s == "" else prev_table
        if LIST_RE.match(line):
            if paper_level is not None and inside_paper_heading:
                continue
            out.append(i)
            continue
        if line.startswith("**"):
            out.append(i)
    return out


def main():
    rng = random.Random(8311)
    names = sorted(n for n in os.listdir(HERE) if n.endswith(".README.md"))
    rows = []
    for name in names:
        with open(os.path.join(HERE, name), encoding="utf-8", newline="") as f:
            lines = f.read().split("\n")
        cand = candidates(name, lines)
        k = min(20, len(cand))
        picked = sorted(rng.sample(cand, k))
        print(name, "candidates", len(cand), "picked", k)
        for ln in picked:
            rows.append({"list": name, "line": ln, "text": lines[ln - 1]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
