"""Sample 20 candidate entries a list with one random.Random(10711), lists in sorted file-name order.

Candidates: list items (bullets -,*,+ and numbered), table body rows (not the header row, not the
separator row), lines starting with bold, and, for langmanbusi__Myzone (which writes its papers as
#### headings), the #### headings. In Myzone the bullets under a #### heading are part of that
heading's entry (authors, [code], images, notes), so they are not separate candidates there.
Fenced code and HTML comments are skipped.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
HEADING_LISTS = {"langmanbusi__Myzone.README.md"}

def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False
    table_row_idx = 0
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
        if s.startswith("```"):
            in_fence = not in_fence
            prev_table = False
            continue
        if in_fence:
            continue
        if in_comment:
            if "-->" in ln:
                in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        is_table = s.startswith("|")
        if is_table:
            table_row_idx = table_row_idx + 1 if prev_table else 1
            prev_table = True
            if table_row_idx == 1:            # header row
                continue
            if re.fullmatch(r"\|[\s:\-|]*", s):   # separator row
                continue
            out.append(i)
            continue
        prev_table = False
        if name in HEADING_LISTS:
            if re.match(r"####\s", s):
                out.append(i)
            continue
        if re.match(r"([-*+]|\d+[.)])(\s|$)", s) or s.startswith("**"):
            out.append(i)
    return out

def main():
    rng = random.Random(10711)
    rows = []
    for name in sorted(f for f in os.listdir(HERE) if f.endswith(".README.md")):
        lines = open(os.path.join(HERE, name), encoding="utf-8").read().split("\n")
        cand = candidates(name, lines)
        pick = sorted(rng.sample(cand, 20)) if len(cand) > 20 else cand
        print(name, "candidates", len(cand), "sampled", len(pick))
        for ln in pick:
            rows.append({"list": name, "line": ln, "text": lines[ln - 1]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
