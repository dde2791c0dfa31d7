#!/usr/bin/env python3
"""Sample 20 candidate entry lines a list with random.Random(13181); writes sample.jsonl.

Candidate lines: list items (bullets -, *, + and numbered items, any indent), table body rows
(rows after a header and a delimiter row, with or without outer pipes), lines starting with
bold (** or __), and, for declare-lab__conv-emotion (which writes each paper/model as an H2
section heading), the H2 headings.  Fenced code blocks and HTML comments are skipped.
In dair-ai__ML-Papers-of-the-Week the indented `- <link>` bullet under each numbered item is the
link line of that entry (part of its raw), not an entry of its own.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
HEADING_LISTS = {"declare-lab__conv-emotion.README.md"}
LINK_CHILD_LISTS = {"dair-ai__ML-Papers-of-the-Week.README.md"}

LIST_RE = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")
DELIM_RE = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)+\|?\s*$")


def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if "-->" in line:
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
        if DELIM_RE.match(line) and i > 0 and "|" in lines[i - 1]:
            in_table = True
            continue
        if in_table:
            if s and "|" in s and not re.match(r"^-{3,}$", s):
                out.append(i + 1)
                continue
            in_table = False
        if LIST_RE.match(line):
            if name in LINK_CHILD_LISTS and line.startswith("  ") and re.match(r"^\s+-\s+(Paper:\s*)?https?://\S+\s*$", line):
                continue
            out.append(i + 1)
            continue
        if s.startswith("**") or s.startswith("__"):
            out.append(i + 1)
            continue
        if name in HEADING_LISTS and re.match(r"^##\s+\S", line):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(13181)
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as fh:
        for name in names:
            lines = open(os.path.join(HERE, name), encoding="utf-8").read().split("\n")
            cands = candidates(name, lines)
            picked = sorted(rng.sample(cands, 20)) if len(cands) > 20 else cands
            print(name, len(cands), "candidates,", len(picked), "sampled")
            for ln in picked:
                fh.write(json.dumps({"list": name, "line": ln, "text": lines[ln - 1]}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
