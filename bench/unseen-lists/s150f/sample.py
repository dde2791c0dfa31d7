"""Sample 20 entries a list (all if fewer) with random.Random(14111).

Candidate lines: list items (bullets, numbered; nested ones too), table body rows
(not the header row, not the |---| separator), lines starting with bold. Fenced code
and HTML comments are skipped. None of the three lists writes papers as headings.

Several candidate lines can belong to one entry (Fishsoup0 writes a paper as a bold
title line followed by `- Paper:` / `- Code:` bullets, or as a numbered bold title
with indented `- **Link**:` sub-bullets). Each candidate line is mapped to the entry
it belongs to; the candidates are shuffled once with the generator and walked in
that order, keeping the first 20 distinct entries of each list.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20

BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{3,}")
FIELD_BULLET = re.compile(r"^- (?:Paper|Code)\s*[:：]")


def read_lines(path):
    with open(path, encoding="utf-8", newline="") as f:
        return f.read().split("\n")


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith("```"):
            in_fence = not in_fence
            prev_table = False
            continue
        if in_fence:
            continue
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if s.startswith("|"):
            if TABLE_SEP.match(s):
                prev_table = True
                continue
            # header row: a table line whose next line is the separator
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if TABLE_SEP.match(nxt):
                continue
            out.append(i)
            continue
        if BULLET.match(line) or s.startswith("**"):
            out.append(i)
    return out


def entry_span(lines, i):
    """(start, end) 0-based inclusive of the entry that candidate line i belongs to."""
    line = lines[i]
    # indented sub-bullet of a numbered/bulleted parent
    if re.match(r"^\s+[-*+]\s", line):
        j = i
        while j > 0 and re.match(r"^\s+[-*+]\s", lines[j]):
            j -= 1
        start = j
        return start, _end_of_sub(lines, start)
    # numbered/bulleted parent followed by indented sub-bullets
    if BULLET.match(line) and i + 1 < len(lines) and re.match(r"^\s+[-*+]\s", lines[i + 1]):
        return i, _end_of_sub(lines, i)
    # `- Paper:` / `- Code:` bullets under a bold title line
    if FIELD_BULLET.match(line):
        j = i - 1
        while j >= 0 and (FIELD_BULLET.match(lines[j]) or lines[j].strip() == ""):
            j -= 1
        if j >= 0 and lines[j].startswith("**"):
            return j, _end_of_fields(lines, j)
        return i, i
    # a bold title line followed (after a blank line) by `- Paper:` / `- Code:` bullets
    if line.startswith("**"):
        return i, _end_of_fields(lines, i)
    # Overview block of the survey (Paper Title / Authors / Link to Paper)
    if re.match(r"^- \*\*(Paper Title|Authors|Link to Paper)\*\*", line):
        j = i
        while j > 0 and re.match(r"^- \*\*(Authors|Link to Paper)\*\*", lines[j]):
            j -= 1
        k = j
        while k + 1 < len(lines) and re.match(r"^- \*\*(Authors|Link to Paper)\*\*", lines[k + 1]):
            k += 1
        return j, k
    # Simulator blocks: - **Description**: ... then - **Link**: ...
    if re.match(r"^- \*\*(Description|Link)\*\*", line):
        j = i
        if line.startswith("- **Link**") and i > 0 and lines[i - 1].startswith("- **Description**"):
            j = i - 1
        k = j
        if k + 1 < len(lines) and lines[k + 1].startswith("- **Link**"):
            k += 1
        return j, k
    return i, i


def _end_of_sub(lines, start):
    k = start
    while k + 1 < len(lines) and re.match(r"^\s+[-*+]\s", lines[k + 1]):
        k += 1
    return k


def _end_of_fields(lines, start):
    k = start
    last = start
    while k + 1 < len(lines) and (FIELD_BULLET.match(lines[k + 1]) or lines[k + 1].strip() == ""):
        k += 1
        if FIELD_BULLET.match(lines[k]):
            last = k
    return last


def main():
    rng = random.Random(14111)
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    out = []
    for name in files:
        lines = read_lines(os.path.join(HERE, name))
        cands = candidates(lines)
        order = cands[:]
        rng.shuffle(order)
        seen = []
        for i in order:
            span = entry_span(lines, i)
            if span in seen:
                continue
            seen.append(span)
            if len(seen) == N:
                break
        for start, end in sorted(seen):
            out.append({
                "list": name,
                "line": start + 1,
                "raw": "\n".join(lines[start:end + 1]),
                "n_candidates": len(cands),
            })
        print(name, "candidates", len(cands), "sampled", len(seen))
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
