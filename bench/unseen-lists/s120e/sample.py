"""Sample 20 candidate entries a list with random.Random(12051); writes sample.jsonl.

Candidate lines (fenced code and HTML comments skipped; none occur in these files):
  * list items (bullets, numbered) that start at the left margin (indent < 2):
    indented list items are the detail lines of their parent item (the dev-set
    km1994 convention: paper details in nested bullets) and are not entries of
    their own;
  * table body rows (none here);
  * lines starting with bold;
  * headings, for codecat0__CV only, which writes its papers as headings
    (### / #### levels; its field bullets "- [x] 论文地址: ..." are the heading
    entry's detail lines, so they are not candidates there).
  "- - -" lines are thematic breaks, not list items.
One generator, lists in sorted file-name order.  The printed "raw" is a first
guess of the entry's extent (start line plus indented/continuation lines); the
labels fix it by hand where needed.
"""
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
HEADING_LISTS = {"codecat0__CV.README.md"}

BULLET = re.compile(r"^( {0,1})([-*+]|\d+[.)])\s+\S")
HR = re.compile(r"^ {0,3}([-*_])( *\1){2,} *$")
HEADING = re.compile(r"^(#{1,6})\s")


def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
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
        if name in HEADING_LISTS:
            m = HEADING.match(line)
            if m and len(m.group(1)) >= 3:
                out.append(i)
            continue
        if HR.match(line):
            continue
        if BULLET.match(line):
            out.append(i)
        elif line.startswith("|") and not re.match(r"^\|[\s:|-]+\|?\s*$", line):
            out.append(i)
        elif line.startswith("**"):
            out.append(i)
    return out


def guess_raw(name, lines, i):
    """First guess: the start line plus following lines that belong to it."""
    j = i  # 1-based index of last line taken
    n = len(lines)
    if name in HEADING_LISTS:
        while j < n and lines[j].strip() and not lines[j].startswith("#"):
            j += 1
        return "\n".join(lines[i - 1:j])
    k = i
    while k < n:
        nxt = lines[k]
        if not nxt.strip():
            # blank: continue only if the next non-blank line is indented
            m = k
            while m < n and not lines[m].strip():
                m += 1
            if m < n and (lines[m].startswith("   ") or lines[m].startswith("\t")):
                k = m
                j = m + 1
                k = m + 1
                continue
            break
        if nxt.startswith((" ", "\t")):
            j = k + 1
            k += 1
            continue
        break
    return "\n".join(lines[i - 1:j])


def main():
    rng = random.Random(12051)
    rows = []
    for path in sorted(HERE.glob("*.README.md")):
        name = path.name
        lines = path.read_text(encoding="utf-8").split("\n")
        cands = candidates(name, lines)
        pick = rng.sample(cands, min(20, len(cands)))
        print(name, "candidates:", len(cands), "sampled:", len(pick))
        for i in sorted(pick):
            rows.append({"list": name, "line": i, "raw": guess_raw(name, lines, i)})
    with open(HERE / "sample.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
