#!/usr/bin/env python3
"""Draw 20 entries a list from the saved lists in this folder (s64b).

One random.Random(6421) is used over all lists, taken in sorted file-name order.

Candidate lines (fenced code blocks and HTML comments are skipped):
  * list items: "-", "*", "+" bullets and numbered items ("1." / "1)" / "1、"), at any indentation;
  * table body rows (none in these three lists);
  * lines starting with bold ("**" or "__");
  * heading lines that are papers' titles (none in these lists: every heading is a year,
    category or section heading);
  * JUDGEMENT CALL (see FINDINGS.md): amusi and Rsweater write every paper as its own
    paragraph, with no list marker ("[Title](arxiv) github venue" and
    "([Arxiv 2008](..)) **RESA:** Title. ..."). Read strictly, the kinds above would give
    those lists no paper candidates at all. So a paragraph line (not a list item, heading,
    table row or block quote) that starts, after at most three spaces, with a Markdown link
    "[", a parenthesised prefix "(", or a bare/autolinked URL ("<http", "http") counts as a
    candidate too.  This also makes amusi's "[Paper](#Paper)" contents lines and its
    "<https://github.com/...>" code lines candidates: they are non-papers.

Mapping a drawn line to the start of its entry: in all three lists every entry is one line,
separated from the next by a blank line (or, for the contents and dataset bullets, one bullet
a line; nested contents bullets are their own entries).  A candidate line that directly
follows a non-blank, non-candidate paragraph line would be a continuation; none occurs, but
the code maps it to the paragraph's first line anyway.

Output: sample.json (list -> sorted line numbers) and one line a drawn entry on stdout.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 6421
PER_LIST = 20

BULLET = re.compile(r"^\s*([-*+]|\d+[.)、])\s*\S")
BOLD = re.compile(r"^\s*(\*\*|__)\S")
HEADING = re.compile(r"^\s{0,3}#{1,6}(\s|$)")
TABLE = re.compile(r"^\s*\|")
TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
FENCE = re.compile(r"^\s{0,3}(```|~~~)")
LINK_PARA = re.compile(r"^ {0,3}(\[|\(|<https?:|https?:)")


def skip_mask(lines):
    mask = [False] * len(lines)
    in_fence = in_comment = False
    for i, line in enumerate(lines):
        if in_fence:
            mask[i] = True
            if FENCE.match(line):
                in_fence = False
            continue
        if in_comment:
            mask[i] = True
            if "-->" in line:
                in_comment = False
            continue
        if FENCE.match(line):
            mask[i] = in_fence = True
            continue
        if line.lstrip().startswith("<!--"):
            mask[i] = True
            if "-->" not in line:
                in_comment = True
    return mask


def candidates(lines):
    mask = skip_mask(lines)
    out = []
    prev_table = False
    for i, line in enumerate(lines):
        if mask[i] or not line.strip():
            prev_table = False
            continue
        if TABLE.match(line):
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if not TABLE_SEP.match(line) and prev_table and not TABLE_SEP.match(nxt):
                out.append(i)
            elif not TABLE_SEP.match(line) and prev_table:
                pass
            prev_table = True
            continue
        prev_table = False
        if HEADING.match(line) or line.lstrip().startswith(">"):
            continue
        if BULLET.match(line) or BOLD.match(line) or LINK_PARA.match(line):
            out.append(i)
    return out


def entry_start(lines, i):
    """A line continuing a paragraph (previous line non-blank, not a heading, not its own
    candidate kind) belongs to the paragraph's first line."""
    j = i
    while j > 0:
        prev = lines[j - 1]
        cur = lines[j]
        if not prev.strip() or HEADING.match(prev):
            break
        if BULLET.match(cur) or BOLD.match(cur) or TABLE.match(cur):
            break
        if LINK_PARA.match(cur) and (BULLET.match(prev) or LINK_PARA.match(prev)):
            # a new link line right under another item/link line: own entry
            break
        j -= 1
    return j


def main():
    rng = random.Random(SEED)
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    result = {}
    for f in files:
        text = open(os.path.join(HERE, f), encoding="utf-8", newline="").read()
        lines = text.replace("\r\n", "\n").split("\n")
        cand = candidates(lines)
        order = cand[:]
        rng.shuffle(order)
        held = []
        for i in order:
            s = entry_start(lines, i)
            if s not in held:
                held.append(s)
            if len(held) == PER_LIST:
                break
        result[f] = sorted(x + 1 for x in held)
        print(f"# {f}: {len(cand)} candidates, {len(held)} drawn")
        for n in result[f]:
            print(f"{f}:{n}: {lines[n - 1]}")
    json.dump(result, open(os.path.join(HERE, "sample.json"), "w"), indent=1)


if __name__ == "__main__":
    main()
