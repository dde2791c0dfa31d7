"""Sample 20 candidate entry lines per list with random.Random(13981) (one generator, lists in sorted file-name order).

Candidates: list items (bullets, numbered), table body rows (rows after a |---| separator, not the
header or separator), lines starting with bold. Fenced code and HTML comments are skipped.
The last line of a PARTIAL file (cut mid-entry, no final newline) is left out.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
PARTIAL = {"pbiecek__xai_resources.README.md"}
rng = random.Random(13981)
out = []
for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
    name = os.path.basename(path)
    text = open(path, encoding="utf-8", newline="").read()
    lines = text.split("\n")
    if name in PARTIAL and not text.endswith("\n"):
        lines = lines[:-1]
    cands = []
    in_fence = in_comment = False
    in_table = False
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
        if in_comment:
            if "-->" in s:
                in_comment = False
            continue
        if s.startswith("<!--") and "-->" not in s:
            in_comment = True
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith("|"):
            if re.match(r"^\|[\s:|-]+\|?$", s) and "-" in s:
                in_table = True
                continue
            if in_table:
                cands.append(i)
            continue
        in_table = False
        if re.match(r"^\s*([-*+]|\d+[.)])\s+\S", ln) or s.startswith("**"):
            cands.append(i)
    picked = sorted(rng.sample(cands, min(20, len(cands))))
    for i in picked:
        out.append({"list": name, "line": i, "text": lines[i - 1], "n_candidates": len(cands)})
    print(name, "candidates:", len(cands), "picked:", picked)
with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
