#!/usr/bin/env python3
"""Sample 20 entries a list from the four READMEs in this folder (s12c).

Candidate lines: list items (bullets `-`/`*`/`+`, numbered `1.`/`1)`) that have content,
table body rows (rows after a `|---|` separator), and lines starting with bold (`**`, after
leading spaces). Lines inside fenced code (``` or ~~~) and HTML comments are skipped.
Empty bullets (a lone `-` used as a spacer, 23 lines in the point-cloud list) have no
content and are not candidates.

One RNG, random.Random(2026120203), is used for all lists in sorted file-name order: each
list's candidates are fully shuffled with rng.sample(cands, len(cands)); the shuffled lines
are walked in order, each mapped to the line where its entry starts, and duplicates are
skipped until 20 distinct entries are taken.

Entry starts (where one entry spans several lines):
* DWCTOD: a bullet `- 论文/Paper:` / `- 代码/Code:` / `- 主页/Website` belongs to the bold
  title line above it.
* autonomousdrivingkr: an indented sub-bullet belongs to its top-level parent bullet
  (authors / citation line), except when the parent carries no link and has two or more
  sub-bullets that all carry links (a group label such as `* Adelaide` or `* Talks`): then
  each sub-bullet is its own entry. Table-of-contents anchor links are their own entries.
* hoya012, Yochengliu: one line an entry.

Writes samples.json (list, line, raw) beside this script; `raw` is the entry's source
lines (CR stripped), joined with \\n.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))

BULLET = re.compile(r"^(\s*)([-*+]|\d+[.)])\s+\S")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
DW_FIELD = re.compile(r"^\s*-\s*(论文/Paper|代码/Code|主页/Website)")


def read_lines(name):
    with open(os.path.join(HERE, name), encoding="utf-8", newline="") as fh:
        return [ln.rstrip("\r") for ln in fh.read().split("\n")]


def candidates(lines):
    out, fence, comment, in_table = [], None, False, False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if fence:
            if s.startswith(fence):
                fence = None
            continue
        if s.startswith("```") or s.startswith("~~~"):
            fence = s[:3]
            continue
        if comment:
            if "-->" in s:
                comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                comment = True
            continue
        if SEP.match(ln) and "|" in ln:
            in_table = True
            continue
        if in_table and s.startswith("|"):
            out.append(i + 1)
            continue
        in_table = False
        if BULLET.match(ln) or ln.lstrip().startswith("**"):
            out.append(i + 1)
    return out


def indent(ln):
    return len(ln) - len(ln.lstrip(" "))


def ad_children(lines, p):
    """1-based line numbers of the sub-bullets of top-level bullet at line p."""
    kids, j = [], p
    while j < len(lines):
        ln = lines[j]
        if not ln.strip() or ln.startswith("#") or (BULLET.match(ln) and indent(ln) == 0):
            break
        if BULLET.match(ln) and indent(ln) > 0:
            kids.append(j + 1)
        j += 1
    return kids


def entry_span(name, lines, n):
    """(start, end) 1-based inclusive for the entry that line n belongs to."""
    ln = lines[n - 1]
    if name.startswith("DWCTOD"):
        start = n
        if DW_FIELD.match(ln):
            k = n - 1
            while k > 0 and not lines[k - 1].lstrip().startswith("**"):
                k -= 1
            start = k
        end = start
        j = start + 1
        while j <= len(lines) and (not lines[j - 1].strip() or DW_FIELD.match(lines[j - 1])):
            if DW_FIELD.match(lines[j - 1]):
                end = j
            j += 1
        return start, end
    if name.startswith("autonomousdrivingkr"):
        if "](#" in ln:
            return n, n
        if BULLET.match(ln) and indent(ln) > 0:
            p = n - 1
            while p > 0 and not (BULLET.match(lines[p - 1]) and indent(lines[p - 1]) == 0):
                p -= 1
            kids = ad_children(lines, p)
            parent = lines[p - 1]
            separate = ("](" not in parent and len(kids) >= 2
                        and all("](" in lines[k - 1] for k in kids))
            if separate:
                end = n
                j = n + 1
                while j <= len(lines):
                    nx = lines[j - 1]
                    if not nx.strip() or nx.startswith("#") or (BULLET.match(nx) and indent(nx) <= indent(ln)):
                        break
                    end = j
                    j += 1
                return n, end
            n, ln = p, parent
        end = n
        j = n + 1
        while j <= len(lines):
            nx = lines[j - 1]
            if not nx.strip() or nx.startswith("#") or (BULLET.match(nx) and indent(nx) == 0):
                break
            end = j
            j += 1
        return n, end
    return n, n


def main():
    rng = random.Random(2026120203)
    out = []
    for name in LISTS:
        lines = read_lines(name)
        cands = candidates(lines)
        order = rng.sample(cands, len(cands))
        seen, taken = set(), []
        for n in order:
            s, e = entry_span(name, lines, n)
            if s in seen:
                continue
            seen.add(s)
            taken.append((s, e, n))
            if len(taken) == 20:
                break
        for s, e, n in sorted(taken):
            out.append({"list": name, "line": s, "sampled_line": n,
                        "raw": "\n".join(lines[s - 1:e])})
        print(f"{name}: {len(lines)} lines, {len(cands)} candidate lines, took {len(taken)}")
    with open(os.path.join(HERE, "samples.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
