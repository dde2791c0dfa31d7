#!/usr/bin/env python3
"""Sample 20 entries a list with ONE random.Random(5711), lists in sorted file-name order.

Candidate lines: list items (bullets -, *, + and numbered "1." / "1)"), table body rows (lines
starting with "|" that are neither a header row, i.e. a row followed by a |---| separator, nor the
separator itself), and lines starting with bold (** or __). Lines in fenced code blocks and inside
HTML comments are skipped. (None of the three lists writes papers as headings.)

For each list the candidates are shuffled with the shared rng and walked in that order; each drawn
line is mapped to the start of the entry it belongs to (a continuation line, i.e. an indented
non-item line or an indented bold line directly under an item with no blank line between, belongs
to that item's first line) and drawing stops when 20 distinct entries are held.
Writes sample.json (list, line, text) and prints the picks.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r"^\s*(?:[-*+]\s|\d+[.)]\s)")
BOLD = re.compile(r"^\s*(?:\*\*|__)")
SEP = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")
N = 20


def skipped_mask(lines):
    """True for lines inside fenced code or HTML comments."""
    mask, fence, comment = [], None, False
    for line in lines:
        s = line.strip()
        if comment:
            mask.append(True)
            if "-->" in line:
                comment = False
            continue
        if fence:
            mask.append(True)
            if s.startswith(fence):
                fence = None
            continue
        m = re.match(r"^\s*(```|~~~)", line)
        if m:
            fence = m.group(1)
            mask.append(True)
            continue
        if s.startswith("<!--"):
            mask.append(True)
            if "-->" not in s[4:]:
                comment = True
            continue
        mask.append(False)
    return mask


def candidates(lines, mask):
    out = []
    for i, line in enumerate(lines):
        if mask[i]:
            continue
        s = line.strip()
        if s.startswith("|"):
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP.match(s) or SEP.match(nxt):
                continue
            out.append(i + 1)
        elif ITEM.match(line) or BOLD.match(line):
            out.append(i + 1)
    return out


def entry_start(lines, n):
    """Map 1-based line n to the first line of its entry."""
    i = n - 1
    line = lines[i]
    if ITEM.match(line) or line.strip().startswith("|") or not line.startswith((" ", "\t")):
        return n
    # indented non-item line: walk up while no blank line, to the nearest item line
    j = i - 1
    while j >= 0 and lines[j].strip():
        if ITEM.match(lines[j]):
            return j + 1
        j -= 1
    return n


def main():
    rng = random.Random(5711)
    picks = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        lines = open(path, encoding="utf-8").read().split("\n")
        mask = skipped_mask(lines)
        cands = candidates(lines, mask)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for n in order:
            s = entry_start(lines, n)
            if s not in held:
                held.append(s)
            if len(held) == N:
                break
        name = os.path.basename(path)
        print(f"## {name}: {len(lines)} lines, {len(cands)} candidates")
        for s in sorted(held):
            print(f"{s}\t{lines[s-1]}")
            picks.append({"list": name, "line": s, "text": lines[s - 1]})
    json.dump(picks, open(os.path.join(HERE, "sample.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
