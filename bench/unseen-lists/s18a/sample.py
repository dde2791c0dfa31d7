"""Sample candidate entry lines, 20 a list (all if fewer), with random.Random(1801).

Candidates: list items (-, *, + bullets, numbered; also '-[' written without the space,
which is how acadTags writes every entry), table body rows (not the header or the
|---| separator), and lines starting with bold (leading spaces allowed).
Skipped: fenced code, HTML comments, and the last line of a file that was fetched only
in part (lingxitong: first 16,000 characters; its last line is cut off).
"""
import random, re, sys, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = [
    "lingxitong__Awesome-Computational-Pathology.README.md",
    "acadTags__Awesome-medical-coding-NLP.README.md",
    "yangzhou12__awesome-medical-vision-language-models.README.md",
    "lixiang007666__Awesome-Medical-TTA.README.md",
]
TRUNCATED = {"lingxitong__Awesome-Computational-Pathology.README.md"}

def candidates(name):
    text = open(os.path.join(HERE, name), encoding="utf-8").read()
    lines = text.split("\n")
    if name in TRUNCATED:
        lines = lines[:-1]
    out, fence, comment, prev_table = [], False, False, False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if comment:
            if "-->" in s:
                comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                comment = True
            continue
        if s.startswith("```") or s.startswith("~~~"):
            fence = not fence
            continue
        if fence:
            continue
        if s.startswith("|"):
            if re.fullmatch(r"\|[\s:|-]+\|?", s):
                prev_table = True  # separator: body rows follow
                continue
            if prev_table:
                out.append(i)
            continue
        prev_table = False
        if re.match(r"([-*+]\s|[-*+]\[|\d+[.)]\s|\*\*)", s):
            out.append(i)
    return out

rng = random.Random(1801)
for name in LISTS:
    c = candidates(name)
    pick = sorted(rng.sample(c, min(20, len(c))))
    print(name, len(c), pick)
