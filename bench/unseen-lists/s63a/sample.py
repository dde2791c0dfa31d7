"""Sample 20 entries a list for s63a with ONE random.Random(6311), lists in sorted file-name order.

Candidate lines: list items (bullets, numbered), Markdown table body rows (not header or
separator rows), HTML table body rows (<tr> lines holding <td> cells), and lines starting with
bold. Fenced code (also indented fences) and HTML comments are skipped. A drawn line is mapped
to the start of the entry it belongs to: an indented, non-blank, non-item line that follows a
list item is a continuation of that item. Writes sample.json (list, line, raw).
"""
import glob
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20

ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
SEP = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")
BOLD = re.compile(r"^\s*(\*\*|__)\S")


def scan(lines):
    """Return (candidates, start_of) where start_of maps a line index to its entry start."""
    in_code = False
    in_comment = False
    skip = set()
    for i, ln in enumerate(lines):
        s = ln.strip()
        if in_comment:
            skip.add(i)
            if "-->" in s:
                in_comment = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            skip.add(i)
            in_code = not in_code
            continue
        if in_code:
            skip.add(i)
            continue
        if s.startswith("<!--"):
            skip.add(i)
            if "-->" not in s:
                in_comment = True
    cands = []
    kind = {}
    for i, ln in enumerate(lines):
        if i in skip:
            continue
        s = ln.strip()
        if not s:
            continue
        if ITEM.match(ln):
            cands.append(i); kind[i] = "item"
        elif s.startswith("|") or (s.count("|") >= 2 and not s.startswith("<")):
            # Markdown table: body rows are after the separator row
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP.match(nxt):
                continue  # header row
            cands.append(i); kind[i] = "row"
        elif s.startswith("<tr") and "<td" in s:
            cands.append(i); kind[i] = "htmlrow"
        elif BOLD.match(ln):
            cands.append(i); kind[i] = "bold"
    # continuation lines: indented, non-blank lines after a list item (not items, not code)
    start_of = {i: i for i in cands}
    for i in cands:
        if kind[i] != "item":
            continue
        j = i + 1
        while j < len(lines) and j not in skip and lines[j].strip() and lines[j][:1] in (" ", "\t") \
                and not ITEM.match(lines[j]):
            start_of[j] = i
            j += 1
    return cands, start_of, skip


def entry_raw(lines, start, skip):
    out = [lines[start]]
    j = start + 1
    if ITEM.match(lines[start]):
        while j < len(lines) and j not in skip and lines[j].strip() and lines[j][:1] in (" ", "\t") \
                and not ITEM.match(lines[j]):
            out.append(lines[j])
            j += 1
    return "\n".join(out)


def main():
    rng = random.Random(6311)
    out = []
    stats = {}
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        name = os.path.basename(path)
        with open(path, encoding="utf-8", newline="") as f:
            text = f.read()
        lines = text.split("\n")
        cands, start_of, skip = scan(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for i in order:
            st = start_of.get(i, i)
            if st not in held:
                held.append(st)
            if len(held) >= N:
                break
        stats[name] = len(cands)
        for st in sorted(held):
            out.append({"list": name, "line": st + 1, "raw": entry_raw(lines, st, skip)})
    with open(os.path.join(HERE, "sample.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    for k, v in stats.items():
        print(k, "candidates:", v)
    print("sampled:", len(out))


if __name__ == "__main__":
    main()
