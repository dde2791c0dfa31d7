"""Sample 20 candidate entry lines per list with random.Random(11931).

Candidates: list items (bullets / numbered, also inside blockquotes), table rows
(body rows; a header row only when it carries a link, i.e. is content), lines
starting with bold, and level-3 headings in the list that writes papers as
headings (Kobaayyy).  In that list, the bullets that belong to a paper heading
(the lines right under a ### heading up to the next heading) are parts of the
heading's entry, not candidates of their own.  Fenced code and HTML comments
are skipped.  One generator, lists in sorted file-name order.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
HEADING_LISTS = {"Kobaayyy__Awesome-CVPR2024-CVPR2021-CVPR2020-Low-Level-Vision.README.md"}

LIST_RE = re.compile(r"^\s*(>\s*)*([-*+]|\d+[.)])\s+\S")
SEP_RE = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")


def candidates(name, lines):
    out = []
    in_fence = in_comment = False
    in_heading_entry = False
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
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
        if re.match(r"^#{1,6}\s", s):
            level = len(s) - len(s.lstrip("#"))
            if name in HEADING_LISTS and level == 3:
                out.append(i)
                in_heading_entry = True
            else:
                in_heading_entry = False
            continue
        if not s:
            continue
        if s.startswith("|"):
            if SEP_RE.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            is_header = SEP_RE.match(nxt) is not None
            if is_header and "](" not in s:
                continue
            out.append(i)
            continue
        if LIST_RE.match(line):
            if name in HEADING_LISTS and in_heading_entry:
                continue
            out.append(i)
            continue
        if s.startswith("**"):
            out.append(i)
            continue
    return out


def main():
    rng = random.Random(11931)
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    rows = []
    for name in names:
        with open(os.path.join(HERE, name), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        cand = candidates(name, lines)
        picked = sorted(rng.sample(cand, min(20, len(cand))))
        print(name, "candidates:", len(cand), "picked:", len(picked))
        for i in picked:
            rows.append({"list": name, "line": i + 1, "text": lines[i]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
