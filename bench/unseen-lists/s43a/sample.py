"""Sample 20 candidate entry lines per list with random.Random(4301).

Candidates: list items (bullets -, *, + or numbered 1. / 1) at any indent),
table body rows (not the header row or the |---| separator), and lines that
start with bold (**). Lines inside fenced code blocks and HTML comments are
skipped.

Two exclusions, both decided before sampling:
  * detail sub-bullets: an indented list item whose text does not start with
    a link "[" or bold "**" and whose nearest preceding non-blank line belongs
    to a list item with a smaller indent (e.g. "  - Keyword: ..." or
    "  - Code: [Official](...)" under "- [Title](arxiv)" in
    ysjprojects__Awesome-Model-Fusion). These are lines of the parent entry,
    not entries of their own; the parent line is the candidate.
  * a final line with no newline after it (the linjh1118 file is the
    16,000-character prefix that read_file returned, and its last entry is cut
    mid-title).

A fresh random.Random(4301) is used for every list; lists are taken in sorted
file-name order. Output: one JSON object per sampled line (list, line, text),
sorted by list then line.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
SEED = 4301

ITEM = re.compile(r"^([ \t]*)(?:[-*+]|\d+[.)])[ \t]+(\S.*)$")
BOLD = re.compile(r"^[ \t]*\*\*")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}")


def indent(s):
    return len(s) - len(s.lstrip(" \t"))


def candidates(path):
    text = open(path, encoding="utf-8").read()
    lines = text.split("\n")
    truncated_last = not text.endswith("\n")
    out = []
    in_fence = False
    in_comment = False
    item_indent = None  # indent of the list item the current block belongs to
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            item_indent = None
            continue
        if in_fence:
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if truncated_last and i == len(lines):
            continue
        if s.startswith("|"):
            item_indent = None
            nxt = lines[i] if i < len(lines) else ""
            if SEP.match(s):
                continue
            if SEP.match(nxt.strip()):  # header row
                continue
            out.append((i, line))
            continue
        m = ITEM.match(line)
        if m:
            ind = len(m.group(1).expandtabs(4))
            body = m.group(2)
            is_detail = (
                ind > 0
                and item_indent is not None
                and ind > item_indent
                and not body.startswith("[")
                and not body.startswith("**")
            )
            if not is_detail:
                out.append((i, line))
                item_indent = ind
            continue
        if s.startswith("#"):
            item_indent = None
            continue
        if BOLD.match(line):
            out.append((i, line))
            item_indent = None
            continue
        # other lines (blank, continuation text) keep the current item context
    return out


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    for f in files:
        cands = candidates(os.path.join(HERE, f))
        rng = random.Random(SEED)
        picked = sorted(rng.sample(cands, min(N, len(cands))))
        print(f"# {f}: {len(cands)} candidate lines", flush=True)
        for ln, text in picked:
            print(json.dumps({"list": f, "line": ln, "text": text}, ensure_ascii=False))


if __name__ == "__main__":
    main()
