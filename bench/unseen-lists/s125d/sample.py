"""Sample 20 candidate entry lines a list with random.Random(12491), lists in sorted file-name order.

Candidates: list items (bullets, numbered) that are not nested under another item
(leading indentation < 2 spaces; the indented sub-bullets in these lists are the
links/notes lines of their parent entry), table body rows (not the header row nor
the |---| separator), and lines starting with bold. Fenced code and HTML comments
are skipped. No list here writes papers as headings, so headings are not candidates.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(12491)
out = []
for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
    name = os.path.basename(path)
    lines = open(path, encoding="utf-8", newline="").read().split("\n")
    lines = [l[:-1] if l.endswith("\r") else l for l in lines]
    cands = []
    in_fence = in_comment = False
    for i, line in enumerate(lines):
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
        indent = len(line) - len(line.lstrip(" "))
        if re.match(r"^\s*([-*+]|\d+[.)])\s+\S", line) and indent < 2:
            cands.append(i + 1)
        elif s.startswith("|"):
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if re.match(r"^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?$", s):
                continue  # separator row
            if re.match(r"^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?$", nxt):
                continue  # header row
            cands.append(i + 1)
        elif s.startswith("**") or s.startswith("__"):
            cands.append(i + 1)
    k = min(20, len(cands))
    pick = sorted(rng.sample(cands, k))
    for ln in pick:
        out.append({"list": name, "line": ln, "text": lines[ln - 1], "n_candidates": len(cands)})
with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(out))
