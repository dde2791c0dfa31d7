"""Sample 20 candidate entry lines a list with random.Random(11081), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows, lines starting with bold, headings when the
list writes papers as headings; fenced code and HTML comments skipped.  ADC-Ackerman__Mamba-related-Papers-list
writes its papers as plain paragraphs (no bullets), so for that one list the first line of each paragraph is a
candidate too (the one continuation paragraph ' (IEEE TMI 2025) ...' that finishes the previous entry is not an
entry start and is left out).  Writes sample.jsonl.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
PARAGRAPH_LISTS = {"ADC-Ackerman__Mamba-related-Papers-list.README.md"}
files = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
rng = random.Random(11081)
out = []
for f in files:
    lines = open(os.path.join(HERE, f), encoding="utf-8", newline="").read().splitlines()
    cands = []
    in_fence = in_comment = False
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
        if in_comment:
            if "-->" in s:
                in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence or not s:
            continue
        if re.match(r"^([-*+]|\d+[.)])\s+\S", s):
            cands.append(i)
        elif s.startswith("|") and not re.match(r"^\|?\s*:?-{3,}", s):
            # table body row: a row below the header separator of its table
            j = i - 2
            while j >= 0 and lines[j].strip().startswith("|") and not re.match(r"^\|?\s*:?-{3,}", lines[j].strip()):
                j -= 1
            if j >= 0 and j < i - 1 and re.match(r"^\|?\s*:?-{3,}", lines[j].strip()):
                cands.append(i)
        elif s.startswith("**") or s.startswith("__"):
            cands.append(i)
        elif f in PARAGRAPH_LISTS and not s.startswith("#") and not s.startswith("<") \
                and (i == 1 or not lines[i - 2].strip()) and not s.startswith("("):
            cands.append(i)
    picked = sorted(rng.sample(cands, min(20, len(cands))))
    for i in picked:
        out.append({"list": f, "line": i, "text": lines[i - 1]})
    print(f, len(cands), "candidates,", len(picked), "sampled")
with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as fh:
    for r in out:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
