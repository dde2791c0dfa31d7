"""Sample 20 candidate entries a list for s109f (seed 10961, one generator, lists in sorted order).

Candidates: list items (bullets, numbered; also nested ones), Markdown table body rows,
HTML table body rows (a `<tr>` that is not part of the table's header block), and lines
starting with bold.  Fenced code and HTML comments are skipped.  An entry's raw text runs
from its line through its continuation lines (non-blank lines that start no new item or
heading), and for an HTML row through its `</tr>`.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
BOLD = re.compile(r"^\*\*\S")
MD_ROW = re.compile(r"^\s*\|")
MD_SEP = re.compile(r"^\s*\|?\s*:?-{2,}")
HEADING = re.compile(r"^\s{0,3}#{1,6}\s")


def candidates(lines):
    out = []  # (index, kind)
    in_fence = in_comment = False
    table_rows = -1  # rows seen in the current HTML table
    header_left = 0
    md_header_pending = False
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith("```"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("<!--") and "-->" not in s:
            in_comment = True
            continue
        if s.startswith("<table"):
            table_rows, header_left = 0, 0
            continue
        if s.startswith("</table"):
            table_rows = -1
            continue
        if table_rows >= 0 and s.startswith("<tr"):
            table_rows += 1
            if table_rows == 1:
                # header row; a rowspan=N header occupies N rows
                j, spans = i, [1]
                while j < len(lines) and "</tr>" not in lines[j]:
                    spans += [int(n) for n in re.findall(r"rowspan=['\"]?(\d+)", lines[j])]
                    j += 1
                header_left = max(spans) - 1
                continue
            if header_left > 0:
                header_left -= 1
                continue
            out.append((i, "html_row"))
            continue
        if MD_ROW.match(line):
            if i + 1 < len(lines) and MD_SEP.match(lines[i + 1]) and not MD_ROW.match(lines[i - 1] if i else ""):
                continue  # header row
            if MD_SEP.match(line):
                continue
            out.append((i, "md_row"))
            continue
        if BULLET.match(line):
            out.append((i, "item"))
            continue
        if BOLD.match(line):
            out.append((i, "bold"))
    return out


def extent(lines, i, kind):
    if kind == "html_row":
        j = i
        while j < len(lines) and "</tr>" not in lines[j]:
            j += 1
        return lines[i : min(j, len(lines) - 1) + 1]
    j = i + 1
    while j < len(lines):
        s = lines[j]
        if not s.strip() or BULLET.match(s) or HEADING.match(s) or MD_ROW.match(s) or BOLD.match(s) or s.strip().startswith("<"):
            break
        j += 1
    return lines[i:j]


def main():
    rng = random.Random(10961)
    names = sorted(n for n in os.listdir(HERE) if n.endswith(".README.md"))
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for name in names:
            text = open(os.path.join(HERE, name), encoding="utf-8", newline="").read()
            lines = text.split("\n")
            cands = candidates(lines)
            picked = sorted(rng.sample(cands, min(20, len(cands))))
            print(name, len(cands), "candidates")
            for i, kind in picked:
                raw = "\n".join(extent(lines, i, kind))
                f.write(json.dumps({"list": name, "line": i + 1, "kind": kind, "raw": raw}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
