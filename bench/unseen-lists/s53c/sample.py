#!/usr/bin/env python3
"""Draw 20 entries a list for s53c with ONE random.Random(5331), lists in sorted file-name order.

Candidate lines (fenced code and HTML comments skipped):
  * list items (bullets `-`/`*`/`+`, numbered `1.`/`1)`), at any indent;
  * table body rows (not the header row, not the separator row);
  * lines starting with bold (`**x` or `__x`);
  * lines starting with an emoji shortcode bullet such as `:white_check_mark:` -- the
    ycjing list writes every entry this way instead of as a Markdown list item, so these
    lines are its item lines (`:sparkle:` lines are sub-labels of an entry, not items).
No list here writes papers as headings, so no heading is a candidate.

Each drawn line is mapped to the start of the entry it belongs to:
  * a list item inside a `:sparkle: **Code:**` / `**Pre-trained Models:**` block belongs to the
    `:white_check_mark:` entry above it (its code links);
  * every other candidate line starts its own entry (the weihaox citations start at their bold
    title line; their author and venue lines are not candidates).
Walk the shuffled candidates until 20 distinct entry starts are held.

Writes sample.json ({list, line, raw, candidates}) and prints a summary.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
SEED = 5331

LIST_RE = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
SEP_RE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
BOLD_RE = re.compile(r"^\s*(\*\*|__)\S")
EMOJI_ITEM_RE = re.compile(r"^\s*:(white_check_mark|heavy_check_mark|ballot_box_with_check):")
SPARKLE_RE = re.compile(r"^\s*:sparkle:")
HEADING_RE = re.compile(r"^\s{0,3}#{1,6}\s")


def visible(lines):
    """Mask of lines outside fenced code and HTML comments."""
    ok = [True] * len(lines)
    fence = False
    comment = False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if fence:
            ok[i] = False
            if s.startswith("```") or s.startswith("~~~"):
                fence = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            ok[i] = False
            fence = True
            continue
        if comment:
            ok[i] = False
            if "-->" in s:
                comment = False
            continue
        if s.startswith("<!--"):
            ok[i] = False
            if "-->" not in s:
                comment = True
            continue
    return ok


def candidates(lines, ok):
    out = []
    for i, ln in enumerate(lines):
        if not ok[i] or not ln.strip():
            continue
        s = ln.strip()
        if s.startswith("|"):
            if SEP_RE.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if nxt.startswith("|") and SEP_RE.match(nxt):
                continue  # header row
            out.append(i)
        elif LIST_RE.match(ln) or BOLD_RE.match(ln) or EMOJI_ITEM_RE.match(ln):
            out.append(i)
    return out


def entry_start(lines, i):
    """Map a drawn line to the first line of the entry it belongs to."""
    if LIST_RE.match(lines[i]):
        j = i - 1
        while j >= 0 and (not lines[j].strip() or LIST_RE.match(lines[j])):
            j -= 1
        if j >= 0 and SPARKLE_RE.match(lines[j]):
            k = j - 1
            while k >= 0 and not EMOJI_ITEM_RE.match(lines[k]) and not HEADING_RE.match(lines[k]):
                k -= 1
            if k >= 0 and EMOJI_ITEM_RE.match(lines[k]):
                return k
    return i


def entry_end(lines, start):
    """Last line of the entry that starts at `start` (for the raw text)."""
    ln = lines[start]
    if EMOJI_ITEM_RE.match(ln):
        # the item line plus any :sparkle: blocks (and their bullets) that follow it
        end = start
        j = start + 1
        while j < len(lines):
            s = lines[j]
            if not s.strip():
                j += 1
                continue
            if SPARKLE_RE.match(s) or (LIST_RE.match(s) and end > start and
                                        (SPARKLE_RE.match(lines[end]) or LIST_RE.match(lines[end]))):
                end = j
                j += 1
                continue
            break
        return end
    if ln.strip().startswith("|") or LIST_RE.match(ln):
        return start
    # bold-led citation: runs to the next blank line
    end = start
    while end + 1 < len(lines) and lines[end + 1].strip():
        end += 1
    return end


def main():
    rng = random.Random(SEED)
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    rows = []
    for name in names:
        text = open(os.path.join(HERE, name), encoding="utf-8").read()
        lines = text.split("\n")
        ok = visible(lines)
        cands = candidates(lines, ok)
        order = list(cands)
        rng.shuffle(order)
        held = []
        draws = 0
        for i in order:
            draws += 1
            s = entry_start(lines, i)
            if s not in held:
                held.append(s)
            if len(held) == N:
                break
        print(f"{name}: {len(cands)} candidate lines, {draws} drawn, {len(held)} entries")
        for s in held:
            e = entry_end(lines, s)
            rows.append({"list": name, "line": s + 1, "raw": "\n".join(lines[s:e + 1]),
                         "candidates": len(cands)})
    with open(os.path.join(HERE, "sample.json"), "w", encoding="utf-8") as fh:
        json.dump(rows, fh, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
