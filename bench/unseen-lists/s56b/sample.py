#!/usr/bin/env python3
"""Draw 20 entries a list from the s56b lists, with ONE random.Random(5621).

Candidate lines: list items (bullets, numbered), table body rows (not the header row
before a |---| separator, not the separator), lines starting with bold, and heading lines
that are papers' titles (pprp writes each benchmark paper as a `### N. Name` heading under
`## 详细介绍`). Fenced code and HTML comments are skipped.

Each drawn line is mapped to the start of the entry it belongs to:
* a list item owns the indented, non-blank lines after it that do not start a new item
  (goodmanpzh: `* **Title** <br>` + `  *Authors, date*. ...` + `  [[pdf]...]`);
* in pprp's per-paper sections, every candidate line between a `### N. Name` heading and
  the blank line that ends its `**简介：**` paragraph (key-value table rows, the 简介 line,
  the sub-bullets of section 2) belongs to the heading entry;
* any other candidate line is an entry by itself.
Lists are taken in sorted file-name order; for each list the candidates are shuffled and
walked until 20 distinct entries are held.  Writes sample.json (list, drawn line, entry
start, raw) beside this script.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
SEED = 5621

ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
PAPER_HEADING = re.compile(r"^###\s+\d+\.\s+")


def masked(lines):
    """Indexes (0-based) of lines inside fenced code or HTML comments."""
    out = set()
    fence = None
    comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if fence:
            out.add(i)
            if s.startswith(fence):
                fence = None
            continue
        if comment:
            out.add(i)
            if "-->" in s:
                comment = False
            continue
        m = re.match(r"^(```|~~~)", s)
        if m:
            fence = m.group(1)
            out.add(i)
            continue
        if s.startswith("<!--"):
            out.add(i)
            if "-->" not in s:
                comment = True
    return out


def paper_sections(lines, skip):
    """pprp: map line index -> heading index for per-paper sections under '## 详细介绍'."""
    owner = {}
    in_detail = False
    i = 0
    while i < len(lines):
        s = lines[i]
        if s.startswith("## "):
            in_detail = s.strip() == "## 详细介绍"
        if in_detail and PAPER_HEADING.match(s) and i not in skip:
            h = i
            j = i + 1
            seen_intro = False
            end = i
            while j < len(lines):
                t = lines[j]
                if t.startswith("#") or t.strip() == "---":
                    break
                if t.startswith("**简介"):
                    seen_intro = True
                if seen_intro and not t.strip():
                    break
                end = j
                j += 1
            for k in range(h, end + 1):
                owner[k] = h
            i = end + 1
            continue
        i += 1
    return owner


def entries(lines):
    skip = masked(lines)
    owner = paper_sections(lines, skip)
    cands = []
    header_rows = {i - 1 for i, l in enumerate(lines) if SEP.match(l) and "|" in l and i not in skip}
    for i, line in enumerate(lines):
        if i in skip or not line.strip():
            continue
        s = line.strip()
        is_cand = False
        if ITEM.match(line):
            is_cand = True
        elif s.startswith("|") and not SEP.match(line) and i not in header_rows:
            is_cand = True
        elif s.startswith("**"):
            is_cand = True
        elif i in owner and owner[i] == i:
            is_cand = True  # a paper heading
        if is_cand:
            cands.append(i)

    def start_and_raw(i):
        if i in owner:
            h = owner[i]
            end = max(k for k, v in owner.items() if v == h)
            return h, lines[h:end + 1]
        if ITEM.match(lines[i]):
            indent = len(lines[i]) - len(lines[i].lstrip())
            j = i + 1
            while j < len(lines) and j not in skip:
                t = lines[j]
                if not t.strip() or ITEM.match(t):
                    break
                if len(t) - len(t.lstrip()) <= indent:
                    break
                j += 1
            return i, lines[i:j]
        return i, [lines[i]]

    return cands, start_and_raw


def main():
    rng = random.Random(SEED)
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    out = []
    for name in names:
        with open(os.path.join(HERE, name), encoding="utf-8", newline="") as fh:
            lines = fh.read().splitlines()
        cands, start_and_raw = entries(lines)
        order = list(cands)
        rng.shuffle(order)
        held = {}
        for i in order:
            if len(held) >= N:
                break
            start, raw = start_and_raw(i)
            if start not in held:
                held[start] = {"list": name, "drawn": i + 1, "line": start + 1, "raw": "\n".join(raw)}
        print(f"{name}: {len(lines)} lines, {len(cands)} candidates, {len(held)} entries drawn")
        out.extend(sorted(held.values(), key=lambda d: d["line"]))
    with open(os.path.join(HERE, "sample.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
