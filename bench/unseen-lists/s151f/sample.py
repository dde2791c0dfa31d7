# Sample 20 candidate entry lines a list with random.Random(14181): one generator, lists in sorted file-name order.
# Candidates: list items (bullets, numbered), table body rows, lines starting with bold, and headings in lists
# that write papers as headings (xiaxia-wang__Daily-Reading). Fenced code and HTML comments are skipped.
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
HEADING_LISTS = {"xiaxia-wang__Daily-Reading.README.md"}
rng = random.Random(14181)

def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
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
        if not s:
            continue
        if re.match(r"^([-*+]|\d+[.)])\s+", s):
            out.append(i)
        elif s.startswith("|"):
            prev = lines[i - 2].strip() if i >= 2 else ""
            if re.match(r"^\|?\s*:?-{2,}", s):
                continue  # separator row
            nxt = lines[i].strip() if i < len(lines) else ""
            if re.match(r"^\|?\s*:?-{2,}:?\s*\|", nxt):
                continue  # header row
            out.append(i)
        elif s.startswith("**") or s.startswith("__"):
            out.append(i)
        elif name in HEADING_LISTS and re.match(r"^#{1,6}\s", s):
            out.append(i)
    return out

rows = []
for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
    name = os.path.basename(path)
    lines = open(path, encoding="utf-8", newline="").read().split("\n")
    cands = candidates(name, lines)
    pick = sorted(rng.sample(cands, min(20, len(cands))))
    print(name, "candidates:", len(cands), "sampled:", len(pick))
    for ln in pick:
        rows.append({"list": name, "line": ln, "text": lines[ln - 1]})

with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
