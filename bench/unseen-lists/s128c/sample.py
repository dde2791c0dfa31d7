"""Sample up to 20 candidate entry lines per list with random.Random(12721).

Candidates: list items (bullets / numbered), table body rows (not header or
delimiter rows), lines starting with bold, and headings (##+) in lists that
write papers as headings. Fenced code and HTML comments are skipped.
Lists are processed in sorted file-name order with one generator.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
HEADING_LISTS = {  # lists that write papers as headings
    "SaulZhang__Awesome_Video_Frame_Prediction.README.md",
    "mrpositron__motion-generation-papers.README.md",
}
rng = random.Random(12721)
out = []
for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
    name = os.path.basename(path)
    lines = open(path, encoding="utf-8").read().split("\n")
    cands, in_fence, in_comment, table_row = [], False, False, 0
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
        if re.match(r"^(```|~~~)", s):
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
        if s.startswith("|"):
            table_row += 1
            if table_row >= 3:  # skip header and delimiter rows
                cands.append(i)
            continue
        table_row = 0
        if re.match(r"^([-*+]|\d+[.)])\s+", s):
            cands.append(i)
        elif s.startswith("**") or s.startswith("__"):
            cands.append(i)
        elif name in HEADING_LISTS and re.match(r"^#{2,6}\s", s):
            cands.append(i)
    picked = cands if len(cands) <= 20 else sorted(rng.sample(cands, 20))
    print(name, "candidates", len(cands), "picked", len(picked))
    for i in picked:
        out.append({"list": name, "line": i, "text": lines[i - 1]})
with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
