"""Sample 20 entries a list for folder s22h.

Candidate lines: list items (-, *, + bullets and numbered items, at any indent), table body rows
(not the header row nor the |---| separator), and lines starting with bold (**).  Fenced code and
HTML comments are skipped.

Multi-line entries: in Westlake-AI__openmixup (Mixup_SL.md) an entry is a top-level `* **Abbr**:
authors` line followed by an indented `   - Title. [[Venue'Year](link)] [[code](link)]` line (and
often an indented <p><img></p> line).  A sampled indented `-` line that directly continues such a
`* ` line is mapped to the entry's start line (the `* ` line).  Candidates are shuffled with
random.Random(2208) once per list and the first 20 distinct entry starts are kept.
"""
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LISTS = [
    "wasiahmad__Awesome-LLM-Synthetic-Data.README.md",
    "Westlake-AI__openmixup.README.md",
    "Guang000__Awesome-Dataset-Distillation.README.md",
    "enkiwang__Dataset-distillation-papers.README.md",
]
N = 20
SEED = 2208

ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+")
SEP = re.compile(r"^\s*\|?\s*:?-{3,}")


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
            if "-->" in s:
                in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        is_table = s.startswith("|")
        if is_table:
            # header row = a table row whose next line is a separator
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP.match(s) or SEP.match(nxt) and not prev_table:
                prev_table = True
                continue
            prev_table = True
            if s.strip("| ") == "":
                continue
            out.append(i)
            continue
        prev_table = False
        if ITEM.match(line) or s.startswith("**"):
            out.append(i)
    return out


def entry_start(lines, i):
    """Map a continuation line of a multi-line entry to the entry's first line."""
    line = lines[i]
    if line.startswith((" ", "\t")) and re.match(r"^\s+-\s", line):
        j = i - 1
        if j >= 0 and lines[j].startswith("* "):
            return j
    return i


def entry_end(lines, start):
    """Last line of the entry that starts at `start` (same list item: indented continuation)."""
    end = start
    if lines[start].startswith("* "):
        k = start + 1
        while k < len(lines) and lines[k].startswith((" ", "\t")) and lines[k].strip():
            k += 1
        end = k - 1
    return end


def main():
    out = []
    for name in LISTS:
        lines = (HERE / name).read_text(encoding="utf-8").split("\n")
        cands = candidates(lines)
        rng = random.Random(SEED)
        order = rng.sample(cands, len(cands))
        picked = []
        for i in order:
            st = entry_start(lines, i)
            if st not in picked:
                picked.append(st)
            if len(picked) == N:
                break
        for st in sorted(picked):
            en = entry_end(lines, st)
            out.append({"list": name, "line": st + 1, "raw": "\n".join(lines[st:en + 1])})
        print(f"{name}: {len(cands)} candidate lines, picked {len(picked)}", file=sys.stderr)
    for o in out:
        print(json.dumps(o, ensure_ascii=False))


if __name__ == "__main__":
    main()
