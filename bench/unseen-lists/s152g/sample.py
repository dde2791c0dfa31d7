"""Sample 20 candidate entry lines per list with random.Random(14261).

Candidates: list items (bullets -,*,+ or numbered, at any indent), table body rows,
lines starting with bold; headings are not candidates (no list here writes papers as
headings). Fenced code blocks and HTML comments are skipped.
Lists are processed in sorted file-name order with one generator.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(14261)
out = []
for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
    name = os.path.basename(path)
    lines = open(path, encoding="utf-8", newline="").read().splitlines()
    cands = []
    in_fence = False
    in_comment = False
    prev_table_sep = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if "-->" in s:
                in_comment = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if re.match(r"^\s*([-*+]|\d+[.)])\s+\S", line):
            cands.append(i)
        elif s.startswith("|") and not re.match(r"^\|[\s:|-]+\|?$", s):
            # table body row: skip header rows (followed by separator)
            nxt = lines[i] if i < len(lines) else ""
            if not re.match(r"^\s*\|[\s:|-]+\|?\s*$", nxt):
                cands.append(i)
        elif s.startswith("**") or s.startswith("__"):
            cands.append(i)
    k = min(20, len(cands))
    picked = sorted(rng.sample(cands, k))
    print(name, "candidates:", len(cands), "sampled:", k)
    for ln in picked:
        out.append({"list": name, "line": ln, "text": lines[ln - 1]})
with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as fh:
    for r in out:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
