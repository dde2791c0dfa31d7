"""Sample entries to label: random.Random(12641), lists in sorted file-name order, 20 a list.

Candidate lines: list items, table body rows, lines starting with bold, and (a judgement call for
these lists, which write papers as plain paragraphs) the first line of each plain paragraph.
Skipped: YAML front matter, fenced code, HTML comments, headings. A list item that directly follows
a paragraph line (no blank line between) belongs to that paragraph's entry (e.g. '- Preprint: URL'
under a citation) and is not a separate candidate, unless the paragraph is a one-line label ending in ':' with list items under it.
"""
import glob
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r"^\s*([-*+]|\d+[.)])\s+")
TABLE_RE = re.compile(r"^\s*\|")
SEP_RE = re.compile(r"^\s*\|?\s*:?-{2,}")


def candidates(lines):
    out = []
    in_code = in_comment = False
    start = 0
    if lines and lines[0].strip() == "---":  # YAML front matter
        for j in range(1, len(lines)):
            if lines[j].strip() == "---":
                start = j + 1
                break
    prev_kind = "blank"  # blank | heading | para | label | list | table
    for i in range(start, len(lines)):
        s = lines[i]
        st = s.strip()
        if in_code:
            if st.startswith("```") or st.startswith("~~~"):
                in_code = False
            continue
        if st.startswith("```") or st.startswith("~~~"):
            in_code = True
            continue
        if in_comment:
            if "-->" in st:
                in_comment = False
            continue
        if st.startswith("<!--"):
            if "-->" not in st:
                in_comment = True
            continue
        if not st:
            prev_kind = "blank"
            continue
        if re.match(r"^#{1,6}\s", st):
            prev_kind = "heading"
            continue
        if TABLE_RE.match(s):
            if not SEP_RE.match(s) and prev_kind == "table":
                out.append(i + 1)  # body row (header row is the first table line)
            prev_kind = "table"
            continue
        if LIST_RE.match(s):
            if prev_kind in ("para",):
                continue  # detail line of the paragraph entry above
            out.append(i + 1)
            prev_kind = "list"
            continue
        if prev_kind in ("blank", "heading", "label"):
            out.append(i + 1)  # first line of a paragraph (or bold-start line)
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            prev_kind = "label" if st.endswith(":") and LIST_RE.match(nxt) else "para"
            continue
        if prev_kind == "list":
            continue  # lazy continuation of a list item
        # continuation line of a paragraph: keep prev_kind


    return out


def main():
    rng = random.Random(12641)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        name = os.path.basename(path)
        lines = open(path, encoding="utf-8").read().split("\n")
        cands = candidates(lines)
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        print(name, "candidates", len(cands), "picked", len(picked))
        for ln in picked:
            rows.append({"list": name, "line": ln, "text": lines[ln - 1]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
