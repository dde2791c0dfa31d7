#!/usr/bin/env python3
"""Draw 20 entries a list from the saved READMEs in this folder (seed 5951).

One random.Random(5951) is used over the lists in sorted file-name order. Candidate lines:
list items (bullets, numbered: `- `, `* `, `+ `, `1. `, and `[12] ` reference-numbered
paragraphs, which Jeryi-Sun__LLM-and-Law writes as its numbered list), table body rows (not the
header row or the separator row), and lines starting with bold (after indentation). Fenced code
and HTML comments are skipped. No list here writes papers as headings.
Each drawn line is mapped to the start of the entry it belongs to (an indented continuation
line, e.g. CSHaitao's `    [Paper](...)` or `    **Language**: ...`, belongs to the list item
above it), and drawing goes on until 20 distinct entries are held.
Writes sample.json: [{list, line, raw, candidates}] in draw order.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
LIST_RE = re.compile(r"^(\s*)([-*+]|\d+[.)])\s+")
REF_RE = re.compile(r"^\[\d+\]\s")
HEAD_RE = re.compile(r"^\s{0,3}#{1,6}\s")
SEP_RE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def indent(s):
    return len(s) - len(s.lstrip(" "))


def masks(lines):
    """True for lines inside fenced code or HTML comments."""
    skip = [False] * len(lines)
    fence = comment = False
    for i, l in enumerate(lines):
        s = l.strip()
        if comment:
            skip[i] = True
            if "-->" in l:
                comment = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            skip[i] = True
            fence = not fence
            continue
        if fence:
            skip[i] = True
            continue
        if s.startswith("<!--"):
            skip[i] = True
            if "-->" not in s[4:]:
                comment = True
    return skip


def is_item(l):
    return bool(LIST_RE.match(l) or REF_RE.match(l))


def candidates(lines, skip):
    out = []
    for i, l in enumerate(lines):
        if skip[i] or not l.strip():
            continue
        s = l.strip()
        if s.startswith("|"):
            if SEP_RE.match(l):
                continue
            if i + 1 < len(lines) and SEP_RE.match(lines[i + 1]) and lines[i + 1].strip().startswith("|"):
                continue  # header row
            out.append(i)
        elif is_item(l) or s.startswith("**"):
            out.append(i)
    return out


def entry_start(lines, i):
    """Index of the line where the entry holding line i starts."""
    l = lines[i]
    if l.strip().startswith("|") or is_item(l) or indent(l) == 0:
        return i
    ind = indent(l)
    j = i - 1
    while j >= 0:
        lj = lines[j]
        if not lj.strip():
            j -= 1
            continue
        if HEAD_RE.match(lj):
            return i
        if is_item(lj) and indent(lj) < ind:
            return j
        j -= 1
    return i


def entry_end(lines, start, skip):
    """Last line of the entry starting at `start` (continuation lines, trailing blanks trimmed)."""
    l = lines[start]
    if l.strip().startswith("|") or not is_item(l):
        return start
    ind = indent(l)
    end = start
    k = start + 1
    prev_blank = False
    while k < len(lines) and not skip[k]:
        lk = lines[k]
        if not lk.strip():
            prev_blank = True
            k += 1
            continue
        if HEAD_RE.match(lk) or lk.strip().startswith("|"):
            break
        if is_item(lk) and indent(lk) <= ind:
            break
        if indent(lk) > ind or (not prev_blank and not is_item(lk)):
            end = k  # indented continuation, or a lazy continuation line
            prev_blank = False
            k += 1
            continue
        break
    return end


def main():
    rng = random.Random(5951)
    result = []
    for name in sorted(f for f in os.listdir(HERE) if f.endswith(".README.md")):
        text = open(os.path.join(HERE, name), encoding="utf-8", newline="").read()
        lines = text.split("\n")
        skip = masks(lines)
        cands = candidates(lines, skip)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for i in order:
            s = entry_start(lines, i)
            if s not in held:
                held.append(s)
            if len(held) == N:
                break
        for s in held:
            e = entry_end(lines, s, skip)
            result.append({"list": name, "line": s + 1, "raw": "\n".join(lines[s:e + 1]),
                           "candidates": len(cands)})
        print(name, "candidates", len(cands), "drawn", len(held))
    with open(os.path.join(HERE, "sample.json"), "w", encoding="utf-8") as f:
        json.dump(result, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
