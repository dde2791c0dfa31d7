#!/usr/bin/env python3
"""Draw up to 20 entries a list with ONE random.Random(8161), lists in sorted file-name order.

Candidate lines: list items, table body rows, lines starting with bold, and heading-like lines
that are papers' titles (RS-KR '### N. Title' headings naming a paper; sgyta '<summary>' titles).
Fenced code and HTML comments are skipped. A drawn line is mapped to the start of the entry it
belongs to, using entry spans read by eye from each file (ENTRY_SPANS below)."""
import json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20

# multi-line entries (start, end), 1-based inclusive, read by eye
ENTRY_SPANS = {
    "RS-KR__GNN-RS-Beginner.README.md": [
        (46, 48), (50, 52), (56, 60), (64, 69), (74, 79), (83, 90), (95, 100),
        (104, 107), (120, 121), (122, 123), (129, 133)],
    "RUCAIBox__Awesome-RSPapers.README.md": [(l, l + 1) for l in range(5, 60, 3)],
    "sgyta__memo.README.md": [
        (2, 7), (8, 14), (16, 23), (28, 35), (37, 44), (50, 58), (61, 67), (69, 75),
        (81, 87), (89, 95), (97, 103), (105, 112), (113, 119), (124, 125), (130, 131), (135, 136)],
}
# headings that are papers' titles
TITLE_HEADINGS = {
    "RS-KR__GNN-RS-Beginner.README.md": {56, 64, 74, 83, 95, 104, 129},
}
ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")
ROW = re.compile(r"^\s*\|.*\|?\s*$")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
BOLD = re.compile(r"^\s*\*\*")
SUMMARY_TITLE = re.compile(r"^\s*\S*\s*<summary>(?!<strong>)")


def candidates(name, lines):
    out, fence, comment, prev_row = [], False, False, False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith("```") or s.startswith("~~~"):
            fence = not fence
            continue
        if fence:
            continue
        if comment:
            if "-->" in s:
                comment = False
            continue
        if s.startswith("<!--"):
            comment = "-->" not in s
            continue
        is_row = bool(ROW.match(line)) and "|" in s[1:]
        if is_row:
            if not SEP.match(line) and prev_row and not (i + 1 <= len(lines) and SEP.match(lines[i])):
                out.append(i)   # body row: not the header (followed by separator) nor the separator
            prev_row = True
            continue
        prev_row = False
        if ITEM.match(line) or BOLD.match(line) or i in TITLE_HEADINGS.get(name, ()):
            out.append(i)
        elif name == "sgyta__memo.README.md" and SUMMARY_TITLE.match(line):
            out.append(i)
    return out


def start_of(name, ln):
    for a, b in ENTRY_SPANS.get(name, []):
        if a <= ln <= b:
            return a, b
    return ln, ln


def main():
    rng = random.Random(8161)
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    drawn = []
    for name in files:
        lines = open(os.path.join(HERE, name), encoding="utf-8").read().split("\n")
        cands = candidates(name, lines)
        rng.shuffle(cands)
        held, order = {}, []
        for ln in cands:
            a, b = start_of(name, ln)
            if a not in held:
                held[a] = b
                order.append(a)
            if len(order) == N:
                break
        n_entries = len({start_of(name, c)[0] for c in cands})
        print(f"{name}: {len(cands)} candidate lines, {n_entries} entries, drew {len(order)}", file=sys.stderr)
        for a in order:
            raw = "\n".join(lines[a - 1:held[a]]).rstrip("\n")
            drawn.append({"list": name, "line": a, "raw": raw})
    for d in drawn:
        print(json.dumps(d, ensure_ascii=False))


if __name__ == "__main__":
    main()
