#!/usr/bin/env python3
"""Sample 20 entries a list with ONE random.Random(7141), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows (not header or separator rows),
lines starting with bold (** or __). No list here writes papers as headings, so no heading is a
candidate. Fenced code and HTML comments are skipped. Each drawn line is mapped to the first line
of the entry it belongs to (a paragraph entry runs from its first line to the next blank line;
here every candidate already is an entry's first line, continuation lines never being candidates).
The last line of a file saved only in part (cut mid-line by the page limit) is not a candidate.
"""
import json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PARTIAL = {"xinguoxia__KGE.README.md", "LIANGKE23__Awesome-Knowledge-Graph-Reasoning.README.md"}
N = 20

LIST_RE = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
BOLD_RE = re.compile(r"^\s*(?:\*\*|__)")
SEP_RE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")


def lines_of(path):
    text = open(path, encoding="utf-8", newline="").read()
    return [l[:-1] if l.endswith("\r") else l for l in text.split("\n")]


def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    last = len(lines) - 1 if name in PARTIAL else len(lines)
    for i, line in enumerate(lines[:last]):
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
        if s.startswith("|"):
            if SEP_RE.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP_RE.match(nxt):  # header row
                continue
            out.append(i + 1)
        elif LIST_RE.match(line) or BOLD_RE.match(line):
            out.append(i + 1)
    return out


def entry_start(lines, ln):
    return ln  # every candidate line is the first line of its entry in these three lists


def main():
    rng = random.Random(7141)
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    for name in files:
        lines = lines_of(os.path.join(HERE, name))
        cands = candidates(name, lines)
        rng.shuffle(cands)
        held = []
        for ln in cands:
            st = entry_start(lines, ln)
            if st not in held:
                held.append(st)
            if len(held) == N:
                break
        print(json.dumps({"list": name, "lines": len(lines), "candidates": len(cands),
                          "drawn": sorted(held)}))


if __name__ == "__main__":
    main()
